// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/portstext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ports {

QString securityLabel(Security security)
{
    switch (security) {
    case Security::Tls:
        //: Security mode: implicit TLS (encrypted from the first byte), as mail programs call it
        return PortsText::tr("SSL/TLS");
    case Security::StartTls:
        return PortsText::tr("STARTTLS");
    case Security::None:
        //: Security mode
        return PortsText::tr("no encryption");
    }
    return {};
}

QString stateLabel(const PortResult &port)
{
    switch (port.state) {
    case PortState::Reachable:
        return {};
    case PortState::Refused:
        //: State of a port: nothing listens there
        return PortsText::tr("connection refused");
    case PortState::Silent:
        //: State of a port: the connection attempt got no answer at all
        return PortsText::tr("no answer (timed out)");
    case PortState::Unreachable:
        if (port.code == ResultCode::DnsFailure)
            //: State of a port: the server name could not be resolved
            return PortsText::tr("name not found");
        //: State of a port: no route to the server
        return PortsText::tr("unreachable");
    }
    return {};
}

QString speaksLabel(const PortResult &port)
{
    switch (port.speaks) {
    case Speaks::None:
        return stateLabel(port);
    case Speaks::ImplicitTls:
        //: What a port speaks: SMTP inside TLS from the first byte
        return PortsText::tr("SMTP with SSL/TLS");
    case Speaks::StartTls:
        //: What a port speaks: plain-text SMTP that offers STARTTLS
        return PortsText::tr("SMTP with STARTTLS");
    case Speaks::PlainNoStartTls:
        //: What a port speaks: plain-text SMTP without STARTTLS
        return PortsText::tr("SMTP without encryption (no STARTTLS)");
    case Speaks::SmtpRefused:
        //: What a port speaks: SMTP, but the server refuses the session in its greeting
        return PortsText::tr("SMTP, but the server refuses the session");
    case Speaks::NotSmtp:
        if (port.protocol == Protocol::Unknown)
            //: What a port speaks: something that is not SMTP and that we cannot name
            return PortsText::tr("an unknown protocol, not SMTP");
        //: What a port speaks: %1 is a protocol name such as HTTP or SSH
        return PortsText::tr("%1, not SMTP").arg(protocolName(port.protocol));
    case Speaks::Nothing:
        //: What a port speaks: it accepts the connection but says nothing
        return PortsText::tr("accepts the connection, but says nothing");
    }
    return {};
}

QString certificateLabel(CertificateVerdict verdict)
{
    switch (verdict) {
    case CertificateVerdict::None:
        return {};
    case CertificateVerdict::Verified:
        return PortsText::tr("certificate verified");
    case CertificateVerdict::Expired:
        //: The certificate is outside its validity period (expired or not valid yet)
        return PortsText::tr("certificate expired or not yet valid");
    case CertificateVerdict::Untrusted:
        return PortsText::tr("certificate not trusted");
    case CertificateVerdict::WrongName:
        return PortsText::tr("certificate for another name");
    }
    return {};
}

QString shortDistinguishedName(const QString &name)
{
    static const QRegularExpression cn(u"(?:^|, )CN=([^,]+)"_s);
    QString found;
    for (const QRegularExpressionMatch &m : cn.globalMatch(name))
        found = m.captured(1).trimmed();
    return found.isEmpty() ? name : found;
}

bool isSelfIssued(const Tls::CertificateInfo &certificate)
{
    return certificate.selfSigned || (!certificate.subject.isEmpty() && certificate.subject == certificate.issuer);
}

QStringList certificateNames(const Tls::CertificateInfo &certificate)
{
    if (!certificate.subjectAltNames.isEmpty())
        return certificate.subjectAltNames;
    const QString cn = shortDistinguishedName(certificate.subject);
    if (cn.isEmpty() || cn == certificate.subject)
        return {};
    return { cn };
}

} // namespace SmtpDoctor::Ports
