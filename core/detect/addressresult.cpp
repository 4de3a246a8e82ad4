// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/addressresult.h"

#include "detect/autoconfigparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

bool hasPlaceholder(const QString &text)
{
    for (QStringView p : {u"%EMAILADDRESS%", u"%EMAILLOCALPART%", u"%EMAILDOMAIN%"}) {
        if (text.contains(p, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString loginFor(const QString &usernameTemplate, const EmailAddress &address)
{
    return usernameTemplate.isEmpty() ? QString() : resolveUserName(usernameTemplate, address);
}

} // namespace

QString templateFromAddressedSource(const QString &usernameTemplate, const EmailAddress &sentAddress)
{
    if (hasPlaceholder(usernameTemplate))
        return usernameTemplate;
    if (usernameTemplate.isEmpty())
        return {};
    for (const QString &form : {sentAddress.address(), sentAddress.aceAddress()}) {
        if (usernameTemplate.compare(form, Qt::CaseInsensitive) == 0)
            return u"%EMAILADDRESS%"_s;
    }
    if (usernameTemplate.compare(sentAddress.localPart(), Qt::CaseInsensitive) == 0)
        return u"%EMAILLOCALPART%"_s;
    return {};
}

bool servesWholeDomain(const DetectResult &r)
{
    const auto fromAddress = [](const auto &list) {
        return std::any_of(list.cbegin(), list.cend(), [](const auto &s) { return s.hostFromAddress; });
    };
    return !fromAddress(r.candidates) && !(r.provider && fromAddress(r.provider->outgoingServers));
}

DetectResult resultForAddress(const DetectResult &domainResult, const EmailAddress &address)
{
    if (domainResult.address && *domainResult.address == address)
        return domainResult;
    DetectResult r = domainResult;
    r.address = address;
    for (Candidate &c : r.candidates)
        c.username = loginFor(c.usernameTemplate, address);
    if (r.provider) {
        for (OutgoingServer &s : r.provider->outgoingServers)
            s.username = loginFor(s.usernameTemplate, address);
        if (r.provider->noThirdPartySmtp && r.provider->noThirdPartySmtp->bridge) {
            OutgoingServer &bridge = *r.provider->noThirdPartySmtp->bridge;
            bridge.username = loginFor(bridge.usernameTemplate, address);
        }
    }
    return r;
}

} // namespace SmtpDoctor::Detect
