// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace SmtpDoctor::Smtp {

// The test message SMTP Doctor sends (RFC 5322 + MIME). Pure functions, no I/O.
struct TestMessage
{
    QString from;        // envelope and header sender (addr-spec)
    QString to;          // recipient (addr-spec)
    QString subject;     // may contain non-ASCII: encoded as RFC 2047 UTF-8 words
    QString body;        // plain text, any line ends; encoded as UTF-8 quoted-printable or 8bit
    QDateTime date;      // Date header (with the local offset)
    QString messageId;   // without angle brackets, e.g. "abc@smtp-doctor.invalid"

    // The complete DATA payload: headers and body with CRLF line ends, every line
    // at most 998 octets, lines starting with '.' dot-stuffed (RFC 5321 4.5.2), and
    // the terminating "\r\n.\r\n". Never contains a bare CR or LF.
    [[nodiscard]] QByteArray toDataPayload() const;

    // True when an address needs the SMTPUTF8 extension (non-ASCII local part or domain).
    [[nodiscard]] static bool needsSmtpUtf8(const QString &address);
    // A fresh Message-ID "<random>@<domain of from>".
    [[nodiscard]] static QString generateMessageId(const QString &from);
};

// Adds a leading '.' to every line that starts with '.' (RFC 5321 4.5.2); input must use CRLF.
[[nodiscard]] QByteArray dotStuff(const QByteArray &crlfText);

} // namespace SmtpDoctor::Smtp
