// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/portresult.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ports {

QList<quint16> defaultPorts()
{
    return { 465, 587, 25, 2525 };
}

QString portStateId(PortState state)
{
    switch (state) {
    case PortState::Reachable:
        return u"reachable"_s;
    case PortState::Refused:
        return u"refused"_s;
    case PortState::Silent:
        return u"silent"_s;
    case PortState::Unreachable:
        return u"unreachable"_s;
    }
    return {};
}

QString speaksId(Speaks speaks)
{
    switch (speaks) {
    case Speaks::None:
        return u"none"_s;
    case Speaks::ImplicitTls:
        return u"implicit_tls"_s;
    case Speaks::StartTls:
        return u"starttls"_s;
    case Speaks::PlainNoStartTls:
        return u"plain"_s;
    case Speaks::SmtpRefused:
        return u"smtp_refused"_s;
    case Speaks::NotSmtp:
        return u"not_smtp"_s;
    case Speaks::Nothing:
        return u"nothing"_s;
    }
    return {};
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::None:
        return {};
    case Protocol::Smtp:
        return u"SMTP"_s;
    case Protocol::Ssh:
        return u"SSH"_s;
    case Protocol::Http:
        return u"HTTP"_s;
    case Protocol::Pop3:
        return u"POP3"_s;
    case Protocol::Imap:
        return u"IMAP"_s;
    case Protocol::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString certificateVerdictId(CertificateVerdict verdict)
{
    switch (verdict) {
    case CertificateVerdict::None:
        return u"none"_s;
    case CertificateVerdict::Verified:
        return u"verified"_s;
    case CertificateVerdict::Expired:
        return u"expired"_s;
    case CertificateVerdict::Untrusted:
        return u"untrusted"_s;
    case CertificateVerdict::WrongName:
        return u"wrong_name"_s;
    }
    return {};
}

const PortResult *PortReport::port(quint16 number) const
{
    for (const PortResult &p : ports) {
        if (p.port == number)
            return &p;
    }
    return nullptr;
}

} // namespace SmtpDoctor::Ports
