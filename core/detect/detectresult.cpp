// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detectresult.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

class DetectText
{
    Q_DECLARE_TR_FUNCTIONS(DetectText)
};

namespace SmtpDoctor::Detect {

QString sourceId(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Bundled:
        return u"bundled"_s;
    case SourceKind::Autoconfig:
        return u"autoconfig"_s;
    case SourceKind::WellKnown:
        return u"well_known"_s;
    case SourceKind::OnlineIspdb:
        return u"ispdb"_s;
    case SourceKind::SrvSubmissions:
        return u"srv_submissions"_s;
    case SourceKind::SrvSubmission:
        return u"srv_submission"_s;
    case SourceKind::Mx:
        return u"mx"_s;
    case SourceKind::Guess:
        return u"guess"_s;
    case SourceKind::AutoconfigHttp:
        return u"autoconfig_http"_s;
    }
    return {};
}

QString sourceStatusId(SourceStatus s)
{
    switch (s) {
    case SourceStatus::Pending:
        return u"pending"_s;
    case SourceStatus::Found:
        return u"found"_s;
    case SourceStatus::NotFound:
        return u"not_found"_s;
    case SourceStatus::Failed:
        return u"failed"_s;
    case SourceStatus::Timeout:
        return u"timeout"_s;
    case SourceStatus::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString trustId(Trust trust)
{
    switch (trust) {
    case Trust::High:
        return u"high"_s;
    case Trust::Medium:
        return u"medium"_s;
    case Trust::Low:
        return u"low"_s;
    }
    return {};
}

QString sourceName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Bundled:
        //: Source of settings: the provider list that comes with the program
        return DetectText::tr("Built-in provider list");
    case SourceKind::Autoconfig:
        //: Source of settings: the configuration file published by the mail domain (autoconfig)
        return DetectText::tr("Domain's configuration file");
    case SourceKind::WellKnown:
        //: Source of settings: the configuration file at the domain's well-known address
        return DetectText::tr("Domain's well-known configuration");
    case SourceKind::OnlineIspdb:
        //: Source of settings: Thunderbird's online provider database
        return DetectText::tr("Online provider database");
    case SourceKind::SrvSubmissions:
        //: Source of settings: DNS SRV record for implicit TLS submission
        return DetectText::tr("DNS SRV record (SSL/TLS)");
    case SourceKind::SrvSubmission:
        //: Source of settings: DNS SRV record for STARTTLS submission
        return DetectText::tr("DNS SRV record (STARTTLS)");
    case SourceKind::Mx:
        //: Source of settings: derived from the domain's incoming mail server (MX record)
        return DetectText::tr("Incoming mail server (MX)");
    case SourceKind::Guess:
        //: Source of settings: common server names tried live
        return DetectText::tr("Common server names, tried live");
    case SourceKind::AutoconfigHttp:
        //: Source of settings: configuration file fetched without encryption (HTTP)
        return DetectText::tr("Domain's configuration file (unencrypted HTTP)");
    }
    return {};
}

QString sourceStatusName(SourceStatus s)
{
    switch (s) {
    case SourceStatus::Pending:
        //: State of a settings source: still asking
        return DetectText::tr("asking…");
    case SourceStatus::Found:
        //: State of a settings source
        return DetectText::tr("found");
    case SourceStatus::NotFound:
        //: State of a settings source
        return DetectText::tr("nothing there");
    case SourceStatus::Failed:
        //: State of a settings source
        return DetectText::tr("failed");
    case SourceStatus::Timeout:
        //: State of a settings source: no answer in time
        return DetectText::tr("no answer");
    case SourceStatus::Skipped:
        //: State of a settings source: not needed because a better answer was already there
        return DetectText::tr("skipped");
    }
    return {};
}

QString trustName(Trust trust)
{
    switch (trust) {
    case Trust::High:
        //: How far detected settings can be trusted
        return DetectText::tr("trusted");
    case Trust::Medium:
        //: How far detected settings can be trusted
        return DetectText::tr("probably right");
    case Trust::Low:
        //: How far detected settings can be trusted
        return DetectText::tr("guess");
    }
    return {};
}

QString warningText(const QString &id)
{
    if (id == QLatin1String(Warning::Plaintext))
        return DetectText::tr("No encryption: anyone on the network could read the password.");
    if (id == QLatin1String(Warning::Port25))
        return DetectText::tr("Port 25 is often blocked by internet providers for sending mail.");
    if (id == QLatin1String(Warning::OutsideDomain))
        return DetectText::tr("The server belongs to a different domain than your address.");
    if (id == QLatin1String(Warning::InsecureSource))
        return DetectText::tr("These settings came over an unencrypted connection and could have been altered.");
    if (id == QLatin1String(Warning::CrossDomainRedirect))
        return DetectText::tr("The configuration file was redirected to a different domain.");
    if (id == QLatin1String(Warning::OAuth2Only))
        return DetectText::tr("This server accepts only OAuth 2 sign-in, not a password.");
    if (id == QLatin1String(Warning::ProbeFailed))
        return DetectText::tr("A live test of this server did not succeed.");
    return id;
}

QString Candidate::key() const
{
    return u"%1:%2:%3"_s.arg(host).arg(port).arg(securityId(security));
}

const Candidate *DetectResult::bestConfirmed() const
{
    for (const Candidate &c : candidates) {
        if (c.confirmed)
            return &c;
    }
    return nullptr;
}

void mergeCandidate(QList<Candidate> &list, const Candidate &c)
{
    for (Candidate &existing : list) {
        if (existing.key() != c.key())
            continue;
        // The better source's details (login name, methods, the provider's order) win,
        // whichever answered first.
        const bool takeUsername
            = c.bestSource() < existing.bestSource() ? !c.username.isEmpty() : existing.username.isEmpty();
        if (takeUsername) {
            existing.username = c.username;
            existing.usernameTemplate = c.usernameTemplate;
        }
        if (c.bestSource() < existing.bestSource()) {
            existing.order = c.order;
            if (!c.auth.isEmpty())
                existing.auth = c.auth;
        } else if (existing.auth.isEmpty()) {
            existing.auth = c.auth;
        }
        existing.hostFromAddress = existing.hostFromAddress || c.hostFromAddress;
        if (existing.addresses.isEmpty())
            existing.addresses = c.addresses;
        for (SourceKind s : c.sources) {
            if (!existing.sources.contains(s))
                existing.sources << s;
        }
        std::sort(existing.sources.begin(), existing.sources.end());
        if (int(c.trust) < int(existing.trust))
            existing.trust = c.trust;
        for (const QString &w : c.warnings) {
            if (!existing.warnings.contains(w))
                existing.warnings << w;
        }
        for (const QString &n : c.notes) {
            if (!existing.notes.contains(n))
                existing.notes << n;
        }
        // A warning that only a weaker source raised does not stick once a trusted
        // source names the same server.
        if (existing.trust == Trust::High)
            existing.warnings.removeAll(QLatin1String(Warning::InsecureSource));
        return;
    }
    list << c;
}

void rankCandidates(QList<Candidate> &list)
{
    auto securityRank = [](Security s) { return s == Security::Tls ? 0 : s == Security::StartTls ? 1 : 2; };
    std::stable_sort(list.begin(), list.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.trust != b.trust)
            return int(a.trust) < int(b.trust);
        if (a.confirmed != b.confirmed)
            return a.confirmed;
        if (a.security != b.security)
            return securityRank(a.security) < securityRank(b.security);
        if ((a.port == 25) != (b.port == 25))
            return b.port == 25;
        if (a.bestSource() != b.bestSource())
            return int(a.bestSource()) < int(b.bestSource());
        return a.order < b.order;
    });
}

} // namespace SmtpDoctor::Detect
