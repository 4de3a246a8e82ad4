// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/portjson.h"

#include "ports/portstext.h"
#include "ports/portverdict.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ports {

namespace {
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject certificateToJson(const Tls::CertificateInfo &c, CertificateVerdict verdict)
{
    return QJsonObject {
        { u"verdict"_s, certificateVerdictId(verdict) },
        { u"subject"_s, c.subject },
        { u"issuer"_s, c.issuer },
        { u"names"_s, QJsonArray::fromStringList(certificateNames(c)) },
        { u"not_before"_s, isoUtc(c.notBefore) },
        { u"not_after"_s, isoUtc(c.notAfter) },
        { u"sha256"_s, QString::fromLatin1(c.sha256) },
        { u"self_signed"_s, isSelfIssued(c) },
    };
}
} // namespace

QJsonObject portResultToJson(const PortResult &p)
{
    QJsonValue tls;
    if (p.tlsAttempted || p.tlsEstablished || p.leaf) {
        QJsonObject o {
            { u"established"_s, p.tlsEstablished },
            { u"protocol"_s, stringOrNull(p.tlsProtocol) },
            { u"cipher"_s, stringOrNull(p.tlsCipher) },
            { u"verified"_s, p.certificate == CertificateVerdict::Verified },
            { u"errors"_s, QJsonArray::fromStringList(p.certificateErrors) },
            { u"certificate"_s, p.leaf ? QJsonValue(certificateToJson(*p.leaf, p.certificate)) : QJsonValue() },
        };
        tls = o;
    }
    const bool plainSmtp = p.speaks == Speaks::StartTls || p.speaks == Speaks::PlainNoStartTls;
    return QJsonObject {
        { u"port"_s, p.port },
        { u"reachable"_s, p.state == PortState::Reachable },
        { u"state"_s, portStateId(p.state) },
        { u"speaks"_s, speaksId(p.speaks) },
        { u"protocol_name"_s, stringOrNull(protocolName(p.protocol)) },
        { u"tls"_s, tls },
        { u"starttls"_s, plainSmtp ? QJsonValue(p.startTlsOffered) : QJsonValue() },
        { u"auth_before_tls"_s, QJsonArray::fromStringList(p.authBeforeTls) },
        { u"auth_after_tls"_s, QJsonArray::fromStringList(p.authAfterTls) },
        { u"greeting"_s, stringOrNull(p.greeting) },
        { u"greeting_host"_s, stringOrNull(p.greetingHost) },
        { u"secure"_s, p.isSecure() },
        { u"address"_s, stringOrNull(p.peerAddress) },
        { u"result"_s, resultCodeId(p.code) },
        { u"detail"_s, stringOrNull(p.detail) },
        { u"ms"_s, p.ms },
    };
}

QJsonObject portReportToJson(const PortReport &r)
{
    QJsonArray ports;
    for (const PortResult &p : r.ports)
        ports << portResultToJson(p);
    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings << QJsonObject { { u"id"_s, f.id }, { u"port"_s, f.port ? QJsonValue(f.port) : QJsonValue() },
            { u"text"_s, f.text } };
    QJsonValue recommendation;
    if (r.recommendation) {
        recommendation = QJsonObject { { u"port"_s, r.recommendation->port },
            { u"security"_s, securityId(r.recommendation->security) }, { u"text"_s, r.recommendation->text } };
    }
    QJsonObject json {
        { u"host"_s, r.host },
        { u"ports"_s, ports },
        { u"findings"_s, findings },
        { u"recommendation"_s, recommendation },
        { u"ms"_s, r.ms },
        { u"exit_code"_s, portsExitCode(r) },
    };
    if (r.cancelled)
        json.insert(u"cancelled"_s, true);
    return json;
}

} // namespace SmtpDoctor::Ports
