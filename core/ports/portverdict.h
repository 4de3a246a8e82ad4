// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The port doctor's decisions, without any I/O: which probe to run next, what a
// port speaks, what is wrong, and which setting to recommend. Same input, same
// output (in the same language).

#include "ports/portresult.h"
#include "smtp/checkresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpDoctor::Ports {

// Stable finding identifiers.
namespace FindingId {
inline constexpr QStringView ImplicitTlsOnStartTlsPort = u"IMPLICIT_TLS_ON_STARTTLS_PORT";
inline constexpr QStringView PlaintextOnImplicitTlsPort = u"PLAINTEXT_ON_IMPLICIT_TLS_PORT";
inline constexpr QStringView Port25Blocked = u"PORT25_BLOCKED";
inline constexpr QStringView ForeignGreeting = u"FOREIGN_GREETING";
inline constexpr QStringView ForeignCertificate = u"FOREIGN_CERTIFICATE";
inline constexpr QStringView CertIssuerDiffers = u"CERT_ISSUER_DIFFERS";
inline constexpr QStringView CertSelfSignedOnePort = u"CERT_SELF_SIGNED_ONE_PORT";
inline constexpr QStringView CertExpired = u"CERT_EXPIRED";
inline constexpr QStringView CertUntrusted = u"CERT_UNTRUSTED";
inline constexpr QStringView CertWrongName = u"CERT_WRONG_NAME";
inline constexpr QStringView TlsHandshakeFailed = u"TLS_HANDSHAKE_FAILED";
inline constexpr QStringView StartTlsMissing = u"STARTTLS_MISSING";
inline constexpr QStringView AuthBeforeTls = u"AUTH_BEFORE_TLS";
inline constexpr QStringView OtherProtocol = u"OTHER_PROTOCOL";
inline constexpr QStringView SmtpRefused = u"SMTP_REFUSED";
inline constexpr QStringView SilentPort = u"SILENT_PORT";
inline constexpr QStringView NothingAnswered = u"NOTHING_ANSWERED";
inline constexpr QStringView NoSecureSetting = u"NO_SECURE_SETTING";
} // namespace FindingId

// Every finding id, for documentation and tests.
[[nodiscard]] QStringList allFindingIds();

// Names the protocol from the first bytes a server sent: "SSH-" SSH, "HTTP/" or an
// HTML body HTTP, "+OK" POP3, "* OK" IMAP, a reply code SMTP, else Unknown (None if empty).
[[nodiscard]] Protocol protocolFromBytes(const QByteArray &bytes);

// The next thing to find out about a port, given the probes so far.
struct ProbePlan
{
    enum class Kind {
        Check, // an SmtpCheck without credentials
        Sniff, // connect, say something neutral, keep what comes back
    };
    Kind kind = Kind::Check;
    Security security = Security::StartTls; // Check: the mode; Sniff: Tls = sniff inside TLS
    QByteArray pinnedSha256; // Check: accept exactly this certificate (to look past a certificate error)

    friend bool operator==(const ProbePlan &, const ProbePlan &) = default;
};

// The mode the first probe of a port uses: implicit TLS on 465, STARTTLS elsewhere.
[[nodiscard]] Security firstProbeSecurity(quint16 port);

// nullopt: nothing more to learn. At most four probes per port.
[[nodiscard]] std::optional<ProbePlan> nextProbe(quint16 port, const QList<CheckResult> &probes, bool sniffed);

// Turns what the probes saw into a port result (ms is left 0).
[[nodiscard]] PortResult classifyPort(quint16 port, const QList<CheckResult> &probes, const QByteArray &sniffed = {});

// The classic mistakes and suspicious signs, in port order.
[[nodiscard]] QList<Finding> findFindings(const QString &host, const QList<PortResult> &ports);

// The best secure setting, or nullopt when none exists. Never a plain-text setting.
[[nodiscard]] std::optional<Recommendation> recommend(const QList<PortResult> &ports);

// Fills findings and recommendation of a report from its ports.
void judge(PortReport &report);

// Exit code of "smtp-doctor-cli ports": 0 a secure setting exists, 3 no port answered
// with SMTP, 4 SMTP answered, but only without encryption or without a valid certificate.
[[nodiscard]] int portsExitCode(const PortReport &report);

} // namespace SmtpDoctor::Ports
