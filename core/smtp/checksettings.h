// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sasl/saslclient.h"
#include "smtp/security.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace SmtpDoctor {

// Every wait in a check has a deadline. Each step gets min(its own limit, what is
// left of the overall limit).
struct Timeouts
{
    int totalMs = 60000;       // whole check
    int resolveMs = 10000;
    int connectMs = 10000;     // all connection attempts together
    int greetingMs = 20000;    // servers may pause on purpose before greeting
    int tlsMs = 15000;         // TLS handshake
    int replyMs = 20000;       // each command's complete reply (not an idle timeout)
    int dataMs = 60000;        // final reply after the message body
    int silentProbeAfterMs = 2000; // no greeting yet: check in parallel whether the port wants TLS
};

// What to check. The secrets in here never leave the session: not in results, not in transcripts.
struct CheckSettings
{
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;

    // Authentication (optional): either a username with password, or a token.
    QString username;
    QString password;
    QString token;
    std::optional<Sasl::Mechanism> mechanism; // nullopt = automatic
    bool allowPlaintextAuth = false;           // only with Security::None, by explicit choice

    // Optional mail transaction: from alone = sender-only check (MAIL FROM, RSET);
    // from and to = send a real test message.
    QString from;
    QString to;

    QString ehloName;                        // empty = address literal of our own address
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    QByteArrayList pinnedSha256;             // lower-case hex fingerprints the user accepted
    QHostAddress connectAddress;             // if set: connect here instead of resolving host
    // If set (and connectAddress is not): connect to these instead of resolving host, raced
    // like resolved addresses (Happy Eyeballs), e.g. the A/AAAA records an SRV answer carried.
    QList<QHostAddress> connectAddresses;
    // When these settings (host and port) last completed a verified encrypted session, as
    // the caller remembers it (the GUI does, per host and port); invalid = unknown. Only the
    // diagnosis uses it: encryption that was there before and is gone now is a warning sign.
    QDateTime encryptedBeforeUtc;
    Timeouts timeouts;

    [[nodiscard]] bool wantsAuth() const { return !username.isEmpty() || !token.isEmpty(); }
};

} // namespace SmtpDoctor
