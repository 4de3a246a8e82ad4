// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/verdict.h"

#include <QCoreApplication>

namespace SmtpDoctor::Report {

namespace {
QString securityName(Security s)
{
    switch (s) {
    case Security::Tls:
        //: Name of the security mode "implicit TLS" (port 465) as shown to people
        return QCoreApplication::translate("SmtpDoctor::Verdict", "SSL/TLS");
    case Security::StartTls:
        //: Name of the security mode STARTTLS as shown to people
        return QCoreApplication::translate("SmtpDoctor::Verdict", "STARTTLS");
    case Security::None:
        //: Name of the security mode "no encryption" as shown to people
        return QCoreApplication::translate("SmtpDoctor::Verdict", "no encryption");
    }
    return {};
}
} // namespace

QString verdictText(const CheckResult &r)
{
    switch (r.code) {
    case ResultCode::Ok:
        if (r.messageSent)
            return QCoreApplication::translate("SmtpDoctor::Verdict", "Everything works: the server accepted the login and the test message.");
        if (r.senderChecked)
            return QCoreApplication::translate("SmtpDoctor::Verdict", "Everything works: the server accepted the login and the sender address.");
        if (r.auth.ok)
            return QCoreApplication::translate("SmtpDoctor::Verdict", "Everything works: the server accepted the login.");
        if (r.tls.established)
            return QCoreApplication::translate("SmtpDoctor::Verdict", "The server is reachable and the connection is secure.");
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server is reachable, but the connection is not encrypted.");
    case ResultCode::InvalidInput:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The settings are incomplete or contain invalid characters.");
    case ResultCode::DnsFailure:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server name could not be found.");
    case ResultCode::ConnectRefused:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server refused the connection on this port.");
    case ResultCode::ConnectTimeout:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server did not answer on this port; a firewall may be blocking it.");
    case ResultCode::NetworkUnreachable:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server's network cannot be reached from here.");
    case ResultCode::NoGreeting:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The connection was opened, but the server did not say hello.");
    case ResultCode::ProtocolError:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server answered in a way that does not follow the mail protocol.");
    case ResultCode::WrongSecurityMode:
        if (r.suggestedSecurity)
            //: %1 is a security mode such as "SSL/TLS" or "STARTTLS"
            return QCoreApplication::translate("SmtpDoctor::Verdict", "The encryption setting does not match this port; use %1.").arg(securityName(*r.suggestedSecurity));
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The encryption setting does not match this port.");
    case ResultCode::TlsHandshakeFailed:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "A secure connection could not be set up.");
    case ResultCode::CertificateUntrusted:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server's certificate is not trusted.");
    case ResultCode::CertificateExpired:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server's certificate has expired or is not valid yet.");
    case ResultCode::CertificateHostnameMismatch:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server's certificate was issued for a different name.");
    case ResultCode::StartTlsNotOffered:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server does not offer encryption (STARTTLS); the password was not sent.");
    case ResultCode::AuthNotOffered:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server does not offer a login on this port.");
    case ResultCode::AuthFailed:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The login was rejected.");
    case ResultCode::AuthMechanismUnsupported:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server does not support the chosen login method.");
    case ResultCode::PlaintextAuthRefused:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The password was not sent because the connection is not encrypted.");
    case ResultCode::SenderRejected:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server does not accept this sender address.");
    case ResultCode::RecipientRejected:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server does not accept this recipient address.");
    case ResultCode::MessageRejected:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server rejected the test message.");
    case ResultCode::ServerUnavailable:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server is not available right now or refuses this connection.");
    case ResultCode::Timeout:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The server took too long to answer.");
    case ResultCode::Cancelled:
        return QCoreApplication::translate("SmtpDoctor::Verdict", "The check was cancelled.");
    }
    return {};
}

} // namespace SmtpDoctor::Report
