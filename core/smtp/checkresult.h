// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/capabilities.h"
#include "smtp/phase.h"
#include "smtp/reply.h"
#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "smtp/transcript.h"
#include "tls/certificateinfo.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpDoctor {

struct PhaseTiming
{
    Phase phase = Phase::Resolve;
    bool ok = false;
    qint64 startMs = 0;    // since the start of the check
    qint64 ms = 0;         // duration
};

struct AuthOutcome
{
    QStringList offered;   // mechanisms offered when AUTH was decided (post-TLS list with TLS)
    QString used;          // mechanism name used, or empty
    bool attempted = false;
    bool ok = false;
};

// Everything a check found out. A value: copy it, store it, report it. It holds no secret.
struct CheckResult
{
    ResultCode code = ResultCode::Ok;
    QString detail;                    // technical detail in English (socket/TLS error text...)
    std::optional<Security> suggestedSecurity; // with WrongSecurityMode: the mode that fits this port
    Phase failedPhase = Phase::Resolve; // meaningful when code != Ok

    // Settings as tested (no password, no token).
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    QString username;
    QString from;
    QString to;
    QDateTime encryptedBeforeUtc;      // CheckSettings::encryptedBeforeUtc, passed through

    QStringList resolvedAddresses;     // every address the name resolved to
    QString peerAddress;               // the one that answered
    QList<PhaseTiming> phases;
    Tls::TlsInfo tls;
    Smtp::Capabilities capabilitiesBeforeTls; // implicit TLS: empty
    Smtp::Capabilities capabilities;          // the set used for decisions (post-TLS when TLS)
    AuthOutcome auth;
    Smtp::Reply lastReply;             // the last reply the server sent
    QByteArray firstBytes;             // the first bytes the server sent (up to 512), raw: tells SSH/HTTP/IMAP apart
    QString queueId;                   // from the 250 after DATA
    bool messageSent = false;
    bool senderChecked = false;
    QList<TranscriptEntry> transcript;
    qint64 totalMs = 0;
    int roundTrips = 0;                // request/response exchanges we waited for (TCP, TLS, commands)

    [[nodiscard]] bool ok() const { return code == ResultCode::Ok; }
};

} // namespace SmtpDoctor
