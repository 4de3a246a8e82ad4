// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpDoctor::Smtp {

// One complete SMTP reply (RFC 5321 section 4.2), possibly multi-line.
struct Reply
{
    int code = 0;              // 100..599; 0 means "no reply"
    QString enhanced;          // RFC 3463 enhanced status code of the first line ("5.7.8"), or empty
    QStringList lines;         // text of each line after "NNN-" / "NNN ", enhanced code kept in the text
    QList<QByteArray> rawLines; // each line as received, without CRLF

    [[nodiscard]] bool isValid() const { return code >= 100 && code <= 599; }
    [[nodiscard]] int codeClass() const { return code / 100; }
    [[nodiscard]] bool isPositive() const { return codeClass() == 2; }
    [[nodiscard]] bool isIntermediate() const { return codeClass() == 3; }
    [[nodiscard]] bool isTransientFailure() const { return codeClass() == 4; }
    [[nodiscard]] bool isPermanentFailure() const { return codeClass() == 5; }
    // All lines joined with '\n'.
    [[nodiscard]] QString text() const { return lines.join(QLatin1Char('\n')); }

    friend bool operator==(const Reply &, const Reply &) = default;
};

} // namespace SmtpDoctor::Smtp
