// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/emailaddress.h"
#include "detect/providerconfig.h"
#include "smtp/security.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpDoctor::Detect {

// Where a candidate came from, in order of priority (first = wins when valid).
enum class SourceKind {
    Bundled,        // the bundled provider database (ISPDB snapshot + our overlay)
    Autoconfig,     // https://autoconfig.<domain>/mail/config-v1.1.xml
    WellKnown,      // https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
    OnlineIspdb,    // <base>/<domain> (Thunderbird's online database by default)
    SrvSubmissions, // _submissions._tcp.<domain> (RFC 8314, implicit TLS)
    SrvSubmission,  // _submission._tcp.<domain> (RFC 6186, STARTTLS)
    Mx,             // the domain's MX host -> its provider
    Guess,          // smtp./mail./submission./bare domain, probed live
    AutoconfigHttp, // http://autoconfig.<domain>/... (only with allowHttp; untrusted)
};
inline constexpr int kSourceCount = 9;

enum class SourceStatus {
    Pending,
    Found,
    NotFound,
    Failed,
    Timeout,
    Skipped, // not needed any more: a better source had already answered
};

enum class Trust {
    High,   // bundled DB, the domain's own HTTPS autoconfig, online ISPDB, hosts in the user's own domain
    Medium, // SRV, MX-derived
    Low,    // guesses, plain HTTP
};

// Stable identifiers (JSON, tests).
[[nodiscard]] QString sourceId(SourceKind kind);     // "bundled", "autoconfig", "well_known", "ispdb", "srv_submissions", ...
[[nodiscard]] QString sourceStatusId(SourceStatus s); // "pending", "found", "not_found", "failed", "timeout", "skipped"
[[nodiscard]] QString trustId(Trust trust);          // "high", "medium", "low"
// Translated names for people.
[[nodiscard]] QString sourceName(SourceKind kind);
[[nodiscard]] QString sourceStatusName(SourceStatus s);
[[nodiscard]] QString trustName(Trust trust);

struct SourceReport
{
    SourceKind kind = SourceKind::Bundled;
    QString urlOrRecord;   // what was asked: the URL or the DNS name
    SourceStatus status = SourceStatus::Pending;
    qint64 ms = 0;         // when it finished, since the start of the detection
    QString detail;        // technical detail (English): why not found / failed
};

// Warnings a candidate can carry (stable identifiers; warningText() translates).
namespace Warning {
inline constexpr auto Plaintext = "plaintext";                 // no encryption
inline constexpr auto Port25 = "port25";                       // port 25 is often blocked for consumers
inline constexpr auto OutsideDomain = "outside_domain";        // host is not in the user's registrable domain (SRV/autoconfig)
inline constexpr auto InsecureSource = "insecure_source";      // learned over plain HTTP
inline constexpr auto CrossDomainRedirect = "cross_domain_redirect"; // autoconfig was redirected to another domain
inline constexpr auto OAuth2Only = "oauth2_only";              // a password will not work: OAuth 2 only
inline constexpr auto ProbeFailed = "probe_failed";            // the live probe did not confirm it
} // namespace Warning
[[nodiscard]] QString warningText(const QString &warningId);

struct Candidate
{
    QString host;                 // ACE
    quint16 port = 0;
    Security security = Security::StartTls;
    QList<AuthMethod> auth;
    QString username;             // the login name to use (placeholders resolved); empty = unknown
    // username before the address was put in (OutgoingServer::usernameTemplate): how to make it
    // for another address of the same domain. Empty = username holds for this address only.
    QString usernameTemplate;
    bool hostFromAddress = false; // the host name was built from the address's local part
    QList<SourceKind> sources;    // every source that named it, best first
    Trust trust = Trust::Low;
    bool probed = false;          // a live probe ran to the end
    bool confirmed = false;       // ... and succeeded: greeting, EHLO, TLS, valid certificate
    QString probeResult;          // resultCodeId() of the probe, empty when not probed
    qint64 probeMs = 0;
    QStringList warnings;         // Warning:: identifiers
    QStringList notes;            // provider notes for people (translated or from the provider's file)
    int order = 0;                // position within its best source (the provider's preference)
    // Addresses of host that came with the source's answer (A/AAAA in the additional section
    // of an SRV reply): the probe connects to them instead of resolving host again. Empty =
    // resolve. The host name stays what TLS verifies.
    QList<QHostAddress> addresses;

    [[nodiscard]] QString key() const; // "host:port:security"
    [[nodiscard]] SourceKind bestSource() const { return sources.isEmpty() ? SourceKind::Guess : sources.first(); }
};

struct DetectResult
{
    std::optional<EmailAddress> address;
    QString inputError;                  // translated, when the address was invalid
    QList<Candidate> candidates;         // ranked, best first
    QList<SourceReport> sources;
    std::optional<ProviderConfig> provider; // the config of the winning source, if any
    QStringList notes;                   // provider-wide notes (no third-party SMTP, OAuth 2 only, ...)
    bool noThirdPartySmtp = false;
    bool cancelled = false;
    qint64 ms = 0;

    [[nodiscard]] bool found() const { return !candidates.isEmpty(); }
    // The first confirmed candidate, else nullptr.
    [[nodiscard]] const Candidate *bestConfirmed() const;
};

// Pure ranking helpers (unit-tested).
// Merges c into list: the same host/port/security becomes one candidate listing all sources.
void mergeCandidate(QList<Candidate> &list, const Candidate &c);
// Orders by trust, then confirmed, then implicit TLS > STARTTLS > none, then source priority,
// then the provider's own order.
void rankCandidates(QList<Candidate> &list);

} // namespace SmtpDoctor::Detect
