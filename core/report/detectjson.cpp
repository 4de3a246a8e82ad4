// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/detectjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Report {

QJsonObject detectToJson(const Detect::DetectResult &r)
{
    using namespace Detect;
    QJsonArray candidates;
    for (const Candidate &c : r.candidates) {
        QJsonArray auth;
        for (AuthMethod m : c.auth)
            auth << authMethodId(m);
        QJsonArray sources;
        for (SourceKind s : c.sources)
            sources << sourceId(s);
        candidates << QJsonObject{
            {u"host"_s, c.host},
            {u"port"_s, c.port},
            {u"security"_s, securityId(c.security)},
            {u"auth"_s, auth},
            {u"username"_s, c.username},
            {u"sources"_s, sources},
            {u"trust"_s, trustId(c.trust)},
            {u"confirmed"_s, c.confirmed},
            {u"probe"_s, c.probeResult.isEmpty() ? QJsonValue() : QJsonValue(c.probeResult)},
            {u"probe_ms"_s, c.probed ? QJsonValue(c.probeMs) : QJsonValue()},
            {u"warnings"_s, QJsonArray::fromStringList(c.warnings)},
            {u"notes"_s, QJsonArray::fromStringList(c.notes)},
        };
    }
    QJsonArray sources;
    for (const SourceReport &s : r.sources) {
        sources << QJsonObject{{u"name"_s, sourceId(s.kind)},
                               {u"url_or_record"_s, s.urlOrRecord},
                               {u"status"_s, sourceStatusId(s.status)},
                               {u"ms"_s, s.ms},
                               {u"detail"_s, s.detail}};
    }
    QJsonObject o{
        {u"ok"_s, r.found()},
        {u"address"_s, r.address ? r.address->address() : QString()},
        {u"domain"_s, r.address ? r.address->domain() : QString()},
        {u"ace_domain"_s, r.address ? r.address->aceDomain() : QString()},
        {u"candidates"_s, candidates},
        {u"sources"_s, sources},
        {u"notes"_s, QJsonArray::fromStringList(r.notes)},
        {u"no_third_party_smtp"_s, r.noThirdPartySmtp},
        {u"ms"_s, r.ms},
    };
    if (r.provider)
        o.insert(u"provider"_s, r.provider->displayName);
    if (!r.inputError.isEmpty()) {
        o.insert(u"result"_s, u"invalid_input"_s);
        o.insert(u"detail"_s, r.inputError);
    } else {
        o.insert(u"result"_s, r.cancelled ? u"cancelled"_s : r.found() ? u"found"_s : u"not_found"_s);
    }
    return o;
}

} // namespace SmtpDoctor::Report
