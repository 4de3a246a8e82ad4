// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/jsonreport.h"

#include "diagnosis/diagnosis.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Report {

namespace {
QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject certificateToJson(const Tls::CertificateInfo &c)
{
    return QJsonObject{
        {u"subject"_s, c.subject},
        {u"issuer"_s, c.issuer},
        {u"sans"_s, strings(c.subjectAltNames)},
        {u"not_before"_s, isoUtc(c.notBefore)},
        {u"not_after"_s, isoUtc(c.notAfter)},
        {u"sha256"_s, QString::fromLatin1(c.sha256)},
        {u"self_signed"_s, c.selfSigned},
    };
}
} // namespace

QJsonObject checkToJson(const CheckResult &r)
{
    QJsonArray phases;
    for (const PhaseTiming &p : r.phases)
        phases << QJsonObject{{u"name"_s, phaseId(p.phase)}, {u"ok"_s, p.ok}, {u"ms"_s, p.ms}, {u"start_ms"_s, p.startMs}};

    QJsonObject tls{
        {u"attempted"_s, r.tls.attempted},
        {u"established"_s, r.tls.established},
        {u"protocol"_s, r.tls.protocol},
        {u"cipher"_s, r.tls.cipher},
        {u"verified"_s, r.tls.verified},
        {u"pinned"_s, r.tls.pinned},
        {u"errors"_s, strings(r.tls.errors)},
        {u"discarded_plaintext_bytes"_s, r.tls.discardedPlaintextBytes},
    };
    if (!r.tls.handshakeError.isEmpty())
        tls.insert(u"handshake_error"_s, r.tls.handshakeError);
    QJsonArray chain;
    for (const Tls::CertificateInfo &c : r.tls.chain) {
        QJsonObject o = certificateToJson(c);
        o.insert(u"pem"_s, QString::fromLatin1(c.pem));
        chain << o;
    }
    tls.insert(u"certificate"_s, r.tls.chain.isEmpty() ? QJsonValue() : QJsonValue(certificateToJson(r.tls.chain.first())));
    tls.insert(u"chain"_s, chain);

    const bool afterTls = r.tls.established;
    QJsonObject capabilities{
        {u"before_tls"_s, strings(r.capabilitiesBeforeTls.keywords)},
        {u"after_tls"_s, afterTls ? strings(r.capabilities.keywords) : QJsonArray()},
    };
    if (r.capabilities.size)
        capabilities.insert(u"size"_s, double(*r.capabilities.size));

    QJsonArray transcript;
    for (const TranscriptEntry &e : r.transcript)
        transcript << QJsonObject{{u"ms"_s, e.ms}, {u"dir"_s, Transcript::directionId(e.direction)}, {u"line"_s, e.line}};

    QJsonObject reply;
    if (r.lastReply.isValid()) {
        reply = QJsonObject{{u"code"_s, r.lastReply.code}, {u"enhanced"_s, r.lastReply.enhanced}, {u"text"_s, r.lastReply.text()}};
    }

    QJsonObject json{
        {u"ok"_s, r.ok()},
        {u"result"_s, resultCodeId(r.code)},
        {u"detail"_s, r.detail},
        {u"server"_s,
         QJsonObject{{u"host"_s, r.host},
                     {u"port"_s, r.port},
                     {u"security"_s, securityId(r.security)},
                     {u"address"_s, r.peerAddress},
                     {u"resolved"_s, strings(r.resolvedAddresses)}}},
        {u"phases"_s, phases},
        {u"tls"_s, tls},
        {u"capabilities"_s, capabilities},
        {u"auth"_s,
         QJsonObject{{u"offered"_s, strings(r.auth.offered)},
                     {u"used"_s, r.auth.used},
                     {u"attempted"_s, r.auth.attempted},
                     {u"ok"_s, r.auth.ok},
                     {u"username"_s, r.username}}},
        {u"reply"_s, reply.isEmpty() ? QJsonValue() : QJsonValue(reply)},
        {u"mail"_s,
         QJsonObject{{u"from"_s, r.from},
                     {u"to"_s, r.to},
                     {u"sender_checked"_s, r.senderChecked},
                     {u"sent"_s, r.messageSent},
                     {u"queue_id"_s, r.queueId}}},
        {u"transcript"_s, transcript},
        {u"total_ms"_s, r.totalMs},
        {u"round_trips"_s, r.roundTrips},
    };
    if (!r.ok())
        json.insert(u"failed_phase"_s, phaseId(r.failedPhase));
    if (r.suggestedSecurity)
        json.insert(u"suggested_security"_s, securityId(*r.suggestedSecurity));
    if (r.encryptedBeforeUtc.isValid())
        json.insert(u"encrypted_before_utc"_s, r.encryptedBeforeUtc.toUTC().toString(Qt::ISODate));
    return json;
}

namespace {
QJsonObject proxyToJson(const ProxyInfo &p)
{
    QJsonObject o{{u"type"_s, p.type}};
    if (!p.host.isEmpty()) {
        o.insert(u"host"_s, p.host);
        o.insert(u"port"_s, p.port);
    }
    return o;
}

QString credentialId(TestedSettings::Credential c)
{
    switch (c) {
    case TestedSettings::Credential::None:
        return u"none"_s;
    case TestedSettings::Credential::Password:
        return u"password"_s;
    case TestedSettings::Credential::Token:
        return u"token"_s;
    }
    return {};
}
} // namespace

QJsonObject environmentToJson(const Environment &e)
{
    return QJsonObject{
        {u"program_version"_s, e.programVersion},
        {u"qt_version"_s, e.qtVersion},
        {u"qt_build_version"_s, e.qtBuildVersion},
        {u"tls_library"_s, e.tlsLibrary},
        {u"tls_backend"_s, e.tlsBackend},
        {u"os"_s, e.os},
        {u"kernel"_s, e.kernel},
        {u"cpu"_s, e.cpu},
        {u"proxy"_s, proxyToJson(e.proxy)},
        {u"system_proxy"_s, proxyToJson(e.systemProxy)},
    };
}

QJsonObject testedSettingsToJson(const TestedSettings &t)
{
    QJsonArray pins;
    for (const QByteArray &pin : t.pinnedSha256)
        pins << QString::fromLatin1(pin);
    return QJsonObject{
        {u"host"_s, t.host},
        {u"port"_s, t.port},
        {u"security"_s, securityId(t.security)},
        {u"connect_address"_s, t.connectAddress},
        {u"username"_s, t.username},
        {u"credential"_s, credentialId(t.credential)},
        {u"auth_method"_s, t.mechanism ? QString::fromLatin1(Sasl::mechanismName(*t.mechanism)) : u"auto"_s},
        {u"allow_plaintext_auth"_s, t.allowPlaintextAuth},
        {u"from"_s, t.from},
        {u"to"_s, t.to},
        {u"ehlo_name"_s, t.ehloName},
        {u"extra_ca_certificates"_s, t.extraCaCertificates},
        {u"pinned_sha256"_s, pins},
        {u"timeout_ms"_s, t.timeoutMs},
    };
}

QJsonObject reportToJson(const ReportData &data)
{
    QJsonObject json = checkToJson(data.result);
    json.insert(u"diagnosis"_s, Diagnosis::diagnosisToJson(data.diagnosis));
    json.insert(u"settings"_s, testedSettingsToJson(data.settings));
    json.insert(u"environment"_s, environmentToJson(data.environment));
    json.insert(u"language"_s, reportLanguage());
    json.insert(u"generated_utc"_s, isoUtc(data.generatedUtc));
    return json;
}

} // namespace SmtpDoctor::Report
