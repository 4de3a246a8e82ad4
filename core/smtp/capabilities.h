// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/reply.h"

#include <QStringList>

#include <optional>

namespace SmtpDoctor::Smtp {

// What a server announced in its EHLO reply (RFC 5321 4.1.1.1 and the extension RFCs).
struct Capabilities
{
    bool valid = false;          // true once parsed from a 250 EHLO reply
    bool esmtp = false;          // false after a HELO fallback
    QString serverName;          // domain on the first line of the EHLO reply
    QStringList keywords;        // every extension line as sent (e.g. "SIZE 10240000"), in order
    QStringList authMechanisms;  // upper-case, de-duplicated, from "AUTH ..." and legacy "AUTH=..."
    std::optional<qint64> size;  // SIZE parameter; nullopt if absent, 0 means "no fixed limit"
    bool startTls = false;
    bool pipelining = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool chunking = false;
    bool dsn = false;
    bool enhancedStatusCodes = false;
    bool requireTls = false;

    // Parses the reply to EHLO. A non-250 reply gives an invalid (empty) set.
    [[nodiscard]] static Capabilities fromEhloReply(const Reply &reply);
    // Upper-case keyword names only ("SIZE", "AUTH", ...), for compact display.
    [[nodiscard]] QStringList keywordNames() const;
    [[nodiscard]] bool offersAuth(QStringView mechanism) const;

    friend bool operator==(const Capabilities &, const Capabilities &) = default;
};

} // namespace SmtpDoctor::Smtp
