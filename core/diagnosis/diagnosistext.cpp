// SPDX-License-Identifier: GPL-3.0-or-later
// The sentences of the diagnosis catalogue. Server words only ever enter as %1 arguments
// of details; titles, causes and advice never contain them.
#include "diagnosis/diagnosis_p.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Diagnosis::Internal {

namespace {

QString utcText(const QDateTime &dt)
{
    return dt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

Texts okTexts(const CheckResult &r)
{
    Texts t;
    if (r.messageSent)
        t.title = DiagnosisText::tr("Everything works: the server accepted the test message.");
    else if (r.senderChecked)
        t.title = DiagnosisText::tr("Everything works: the server accepted the sender address.");
    else if (r.auth.ok)
        t.title = DiagnosisText::tr("Everything works: the login was successful.");
    else
        t.title = DiagnosisText::tr("Everything works: the server is reachable and the connection is encrypted.");
    t.cause = DiagnosisText::tr("All tested steps worked, and the connection was encrypted.");
    t.advice = DiagnosisText::tr("You can use these settings in your mail program.");
    return t;
}

Texts protocolErrorTexts(const CheckResult &r)
{
    if (isUnverifiedServerLogin(r)) {
        return {
            DiagnosisText::tr("The server accepted the login without proving that it knows your password."),
            DiagnosisText::tr("With this login method (SCRAM) a genuine server proves its identity. This server did "
                              "not, which points to a faulty server or to someone impersonating it."),
            DiagnosisText::tr("Do not use this connection. Test again from another network and report the problem "
                              "to the server administrator."),
        };
    }
    return {
        DiagnosisText::tr("The server answered in a way the mail protocol does not allow."),
        DiagnosisText::tr("The server's answer was malformed or unexpected, or the connection ended suddenly. A "
                          "firewall or proxy on the way may be interfering."),
        DiagnosisText::tr("Try again, if possible from another network. If the error remains, send the check's "
                          "transcript to the server administrator."),
    };
}

Texts netTimeoutTexts(const CheckResult &r)
{
    if (r.port == 25) {
        return {
            //: %1 is the server name
            DiagnosisText::tr("The server %1 did not answer on port 25.").arg(r.host),
            DiagnosisText::tr("Port 25 is very often blocked by internet providers, company networks and cloud "
                              "hosts. Mail programs are not meant to use it."),
            DiagnosisText::tr("Use port 587 (STARTTLS) or port 465 (SSL/TLS) instead of port 25."),
        };
    }
    return {
        //: %1 is the server name, %2 the port number
        DiagnosisText::tr("The server %1 did not answer on port %2.").arg(r.host).arg(r.port),
        DiagnosisText::tr("A firewall probably blocks this port: on your network, at your internet provider or "
                          "at the server."),
        DiagnosisText::tr("Check the server name and port. Try port 587 (STARTTLS) or 465 (SSL/TLS). If that "
                          "fails too, test from another network or ask your IT department about the firewall or "
                          "VPN."),
    };
}

Texts modeMismatchTexts(const CheckResult &r)
{
    Texts t;
    //: %1 is the port number
    t.title = DiagnosisText::tr("The encryption setting does not fit port %1.").arg(r.port);
    if (fittingSecurity(r) == Security::Tls) {
        t.cause = DiagnosisText::tr("This port expects encryption from the very first moment (SSL/TLS), but the "
                                    "program started without it and waited for the server's greeting.");
        t.advice = DiagnosisText::tr("Change the encryption setting to SSL/TLS and test again.");
    } else {
        t.cause = DiagnosisText::tr("This port starts without encryption and switches to it on request "
                                    "(STARTTLS), but the program expected encryption from the first moment.");
        t.advice = DiagnosisText::tr("Change the encryption setting to STARTTLS and test again.");
    }
    return t;
}

Texts noGreetingTexts(const CheckResult &r)
{
    Texts t;
    t.title = DiagnosisText::tr("The connection was opened, but the server did not greet.");
    t.cause = DiagnosisText::tr("Some servers expect encryption from the first moment (SSL/TLS) and wait silently. "
                                "Others pause on purpose before greeting, or a firewall or antivirus program holds "
                                "the connection.");
    if (r.security == Security::Tls)
        t.advice = DiagnosisText::tr("Try again later. If the server stays silent, ask its administrator.");
    else
        t.advice = DiagnosisText::tr("Try SSL/TLS as the encryption setting (usually with port 465). If that does "
                                     "not help, try again later.");
    return t;
}

} // namespace

Texts textsFor(Kind kind, const CheckResult &r)
{
    switch (kind) {
    case Kind::Ok:
        return okTexts(r);
    case Kind::OkWithWarning:
        return {
            DiagnosisText::tr("The server works, but the connection is not encrypted."),
            DiagnosisText::tr("Others on the network could read your password and your messages."),
            DiagnosisText::tr("Choose SSL/TLS (port 465) or STARTTLS (port 587) as the encryption setting if the "
                              "server supports it."),
        };
    case Kind::StartTlsInjection:
        return {
            DiagnosisText::tr("The check succeeded, but unexpected data arrived just before encryption started."),
            DiagnosisText::tr("After agreeing to encrypt, the server (or something between you and the server) sent "
                              "unprotected data. The program discarded it. This can be a faulty server or an attack "
                              "on the connection."),
            DiagnosisText::tr("Test again from another network. If it happens again, report it to the server "
                              "administrator or your IT department."),
        };
    case Kind::InvalidInput:
        return {
            DiagnosisText::tr("The settings are incomplete or contain characters that cannot be used."),
            DiagnosisText::tr("A required field is empty, or a field contains spaces, line breaks or other "
                              "characters that are not allowed there."),
            DiagnosisText::tr("Check the server name, port, user name, password and addresses, then test again."),
        };
    case Kind::Cancelled:
        return {
            DiagnosisText::tr("The check was cancelled."),
            DiagnosisText::tr("The check was stopped before it could finish."),
            DiagnosisText::tr("Start the check again to get a result."),
        };
    case Kind::Timeout:
        return {
            DiagnosisText::tr("The server took too long to answer."),
            DiagnosisText::tr("The server or the network is slow or overloaded, or a firewall holds the "
                              "connection."),
            DiagnosisText::tr("Try again later. If it keeps happening, test from another network or contact the "
                              "server administrator."),
        };
    case Kind::NetDns:
        return {
            //: %1 is the server name the user entered
            DiagnosisText::tr("The server name %1 could not be found.").arg(r.host),
            DiagnosisText::tr("The name may be misspelled or may not exist. It is also possible that this "
                              "computer cannot look up names at the moment (DNS)."),
            DiagnosisText::tr("Check the spelling, and use exactly the outgoing mail server name your provider "
                              "documents."),
        };
    case Kind::NetRefused:
        return {
            //: %1 is the server name, %2 the port number
            DiagnosisText::tr("The server %1 refused the connection on port %2.").arg(r.host).arg(r.port),
            DiagnosisText::tr("No mail service is listening on this port, or a firewall rejects the connection."),
            DiagnosisText::tr("Check the server name and port. Mail programs usually use port 587 (STARTTLS) or "
                              "465 (SSL/TLS)."),
        };
    case Kind::NetTimeout:
        return netTimeoutTexts(r);
    case Kind::NetUnreachable:
        return {
            DiagnosisText::tr("The server's network cannot be reached from this computer."),
            DiagnosisText::tr("The internet connection may be down, a VPN may be in the way, or the server has only "
                              "an address type (such as IPv6) that your network does not support."),
            DiagnosisText::tr("Check the internet connection and VPN of this computer, then test again."),
        };
    case Kind::NetNoGreeting:
        return noGreetingTexts(r);
    case Kind::TlsModeMismatch:
        return modeMismatchTexts(r);
    case Kind::TlsVersion:
        return {
            DiagnosisText::tr("The server only offers outdated encryption."),
            DiagnosisText::tr("The server supports only old TLS versions or weak ciphers. This program does not "
                              "accept them, to protect your password."),
            DiagnosisText::tr("The server administrator must enable TLS 1.2 or newer. Please contact your provider "
                              "or IT department."),
        };
    case Kind::TlsHandshake:
        return {
            DiagnosisText::tr("A secure connection to the server could not be set up."),
            DiagnosisText::tr("The encryption handshake was interrupted. The server's encryption may be "
                              "misconfigured, or a device on the network (firewall, antivirus program, proxy) "
                              "interferes with the connection."),
            DiagnosisText::tr("Try again later or from another network. If the problem remains, report it to the "
                              "server administrator."),
        };
    case Kind::CertExpired:
        return {
            DiagnosisText::tr("The server's certificate has expired."),
            DiagnosisText::tr("Certificates are valid only for a limited time. Either the server's certificate has "
                              "really expired, or the date and time on this computer are wrong."),
            DiagnosisText::tr("First check the date, time and time zone of this computer. If they are correct, the "
                              "server administrator must renew the certificate."),
        };
    case Kind::CertNotYetValid:
        return {
            DiagnosisText::tr("The server's certificate is not valid yet."),
            DiagnosisText::tr("According to this computer's clock, the certificate's validity starts in the future. "
                              "Usually this computer's date or time is wrong."),
            DiagnosisText::tr("Correct the date, time and time zone of this computer, then test again."),
        };
    case Kind::CertHostname:
        return {
            DiagnosisText::tr("The server's certificate was issued for a different name."),
            DiagnosisText::tr("The server name you entered is not listed in the certificate. Often the name is an "
                              "alias for your provider's server; rarely, something on the network redirects the "
                              "connection."),
            DiagnosisText::tr("Use one of the names the certificate is valid for (see the details), usually the "
                              "server name your provider documents."),
        };
    case Kind::CertUntrusted:
        return {
            DiagnosisText::tr("The server's certificate is not trusted."),
            DiagnosisText::tr("The certificate was issued by an authority this computer does not trust. This happens "
                              "with company-internal certificates, or when an antivirus program or proxy inspects "
                              "encrypted connections."),
            DiagnosisText::tr("Look at the issuer in the details. If it names your antivirus program or company "
                              "proxy, switch off its mail scanning or ask your IT department. Trust the certificate "
                              "only after the administrator has confirmed its fingerprint."),
        };
    case Kind::CertSelfSigned:
        return {
            DiagnosisText::tr("The server uses a self-signed certificate."),
            DiagnosisText::tr("The certificate was not issued by a recognised authority but by the server itself. "
                              "That is common on private servers, but it is also what an interception of the "
                              "connection looks like."),
            DiagnosisText::tr("Ask the server administrator for the certificate's fingerprint and compare it with the "
                              "one in the details. Trust the certificate only if they match."),
        };
    case Kind::CertChainIncomplete:
        return {
            DiagnosisText::tr("The server's certificate chain is incomplete."),
            DiagnosisText::tr("The server sends its certificate without the intermediate certificate that links it "
                              "to a trusted authority."),
            DiagnosisText::tr("The server administrator must install the intermediate certificate. Some other "
                              "programs work anyway because they fetch it themselves."),
        };
    case Kind::EncryptionRemoved:
        return {
            DiagnosisText::tr("Encryption has disappeared: these settings were encrypted before, now they are not. "
                              "Your password was not sent."),
            //: %1 is a date and time, e.g. "2026-11-29 14:05 UTC"
            DiagnosisText::tr("The last successful test of this server and port, on %1, was encrypted. Now the server "
                              "offers no encryption. Servers rarely drop encryption; a device between you and the "
                              "server (a public Wi-Fi, a compromised router, a security program) removing it is an "
                              "attack on your password.")
                .arg(utcText(r.encryptedBeforeUtc)),
            DiagnosisText::tr("Do not switch encryption off and do not send mail over this network. Test again from "
                              "another network, for example your phone's hotspot. If it works there, tell whoever "
                              "runs this network; if it fails everywhere, ask your provider whether the server was "
                              "changed."),
        };
    case Kind::StartTlsNotOffered:
        return {
            DiagnosisText::tr("The server does not offer encryption (STARTTLS) on this port; your password was not "
                              "sent."),
            DiagnosisText::tr("Either this port does not support encryption, or a device on the network removed the "
                              "offer, which would be an attack on the connection."),
            DiagnosisText::tr("Try SSL/TLS on port 465 or STARTTLS on port 587. If this setting worked before, the "
                              "network may be intercepting the connection: test from another network and tell your "
                              "IT department."),
        };
    case Kind::StartTlsRefused:
        return {
            DiagnosisText::tr("The server refused to start encryption."),
            DiagnosisText::tr("The server offers STARTTLS but rejected it, for example because its encryption is "
                              "temporarily unavailable or misconfigured. Nothing secret was sent."),
            DiagnosisText::tr("Try again later. If it keeps happening, report it to the server administrator, or try "
                              "SSL/TLS on port 465."),
        };
    case Kind::ServiceUnavailable:
        return {
            DiagnosisText::tr("The server is not available at the moment and closed the connection."),
            DiagnosisText::tr("The server is overloaded, under maintenance or limits the number of connections, or "
                              "it temporarily blocks your internet address."),
            DiagnosisText::tr("Wait a while and try again; avoid many quick retries. If it fails only from this "
                              "network, your internet address may be on a block list: ask your internet provider."),
        };
    case Kind::GreetingRejected:
        return {
            DiagnosisText::tr("The server refuses connections from your network."),
            DiagnosisText::tr("The server turned the connection away at the start, usually because your internet "
                              "address is blocked or because this server is not meant for mail programs."),
            DiagnosisText::tr("Use the outgoing mail server and port your provider documents for mail programs "
                              "(usually port 587 or 465). If that is the right server, ask the provider whether your "
                              "internet address is blocked."),
        };
    case Kind::EhloRejected:
        return {
            DiagnosisText::tr("The server rejected this program's greeting (EHLO)."),
            DiagnosisText::tr("The server does not support the extended mail protocol, or a firewall with \"SMTP "
                              "inspection\" alters the commands. The server may also reject the computer name the "
                              "program announced."),
            DiagnosisText::tr("Secure sending is not possible this way. Try port 587 or 465, or another server. If "
                              "you entered your own EHLO name, remove it. IT staff: check the firewall for an SMTP "
                              "inspection feature."),
        };
    case Kind::AuthNotOffered:
        return {
            DiagnosisText::tr("The server does not offer a login on this connection."),
            DiagnosisText::tr("This port is meant for mail between servers and does not accept logins from mail "
                              "programs."),
            DiagnosisText::tr("Use the port for mail programs: 587 with STARTTLS or 465 with SSL/TLS."),
        };
    case Kind::AuthMechUnsupported:
        return {
            DiagnosisText::tr("The server does not support the chosen login method."),
            DiagnosisText::tr("The login method set in the program is not among the methods the server offers."),
            DiagnosisText::tr("Set the login method to automatic, or choose one of the methods listed in the "
                              "details."),
        };
    case Kind::AuthWeakMech:
        return {
            DiagnosisText::tr("The server considers the login method too weak."),
            DiagnosisText::tr("The server requires a more secure login method or an encrypted connection."),
            DiagnosisText::tr("Use SSL/TLS or STARTTLS and set the login method to automatic. If your provider "
                              "supports it, sign in with OAuth."),
        };
    case Kind::AuthAppPasswordRequired:
        return {
            DiagnosisText::tr("The server requires an app password instead of your normal password."),
            DiagnosisText::tr("Your account uses two-step verification, so mail programs cannot log in with the "
                              "normal password."),
            DiagnosisText::tr("Create an app password in your account's security settings and enter it here instead "
                              "of your normal password, or sign in with OAuth."),
        };
    case Kind::AuthWebLoginRequired:
        return {
            DiagnosisText::tr("The provider blocked this login as suspicious."),
            DiagnosisText::tr("The provider wants you to confirm the sign-in in a web browser first."),
            DiagnosisText::tr("Sign in to your mail account in a web browser on this computer or network and confirm "
                              "the activity if asked, then test again. An app password or OAuth avoids this."),
        };
    case Kind::AuthCredentialsInvalid:
        return {
            DiagnosisText::tr("The server rejected the user name or password."),
            DiagnosisText::tr("The user name or password is wrong, or the provider requires a special password for "
                              "mail programs (an app password or a separate e-mail password)."),
            DiagnosisText::tr("Check that the user name is your full e-mail address and type the password again "
                              "(watch Caps Lock and the keyboard layout, e.g. Y and Z). If your provider uses app "
                              "passwords or a separate e-mail password, enter that."),
        };
    case Kind::AuthDisabledTenant:
        return {
            DiagnosisText::tr("Login by password is switched off for your organisation."),
            DiagnosisText::tr("Your Microsoft 365 organisation has turned off SMTP login (SMTP AUTH) for its "
                              "mailboxes."),
            DiagnosisText::tr("Ask your Microsoft 365 administrator to allow SMTP AUTH for your mailbox, or use a "
                              "program that signs in with OAuth."),
        };
    case Kind::AuthBlockedPolicy:
        return {
            DiagnosisText::tr("A security policy of your organisation blocks this login."),
            DiagnosisText::tr("Rules such as security defaults or conditional access block password logins from mail "
                              "programs, or SMTP login is switched off for your mailbox."),
            DiagnosisText::tr("Ask your administrator to allow authenticated SMTP for your mailbox or to exempt it "
                              "from the policy, or sign in with OAuth."),
        };
    case Kind::AuthEncryptionRequired:
        return {
            DiagnosisText::tr("The server accepts this login only over an encrypted connection."),
            DiagnosisText::tr("With this login method, the password would travel over the network in readable "
                              "form."),
            DiagnosisText::tr("Choose SSL/TLS (port 465) or STARTTLS (port 587) as the encryption setting."),
        };
    case Kind::AuthPasswordTransition:
        return {
            DiagnosisText::tr("Your password must be changed before you can log in."),
            DiagnosisText::tr("The provider requires a new password for this account."),
            DiagnosisText::tr("Log in to your webmail, change the password there, then enter the new password "
                              "here."),
        };
    case Kind::AuthTempFailure:
        return {
            DiagnosisText::tr("The login failed temporarily."),
            DiagnosisText::tr("The server's login service has a temporary problem, or it blocks logins for a while "
                              "after too many failed attempts."),
            DiagnosisText::tr("Wait a few minutes (up to an hour) and try again. Make sure that no other device keeps "
                              "trying an old password."),
        };
    case Kind::AccountDisabled:
        return {
            DiagnosisText::tr("The mail account is disabled."),
            DiagnosisText::tr("The provider or your administrator has disabled this account."),
            DiagnosisText::tr("Contact your provider or administrator."),
        };
    case Kind::TlsRequiredByServer:
        return {
            DiagnosisText::tr("The server requires encryption before login or sending."),
            DiagnosisText::tr("The program tried to log in or send over an unencrypted connection, which the server "
                              "does not allow."),
            DiagnosisText::tr("Choose SSL/TLS (port 465) or STARTTLS (port 587) as the encryption setting."),
        };
    case Kind::AuthRequired:
        return {
            DiagnosisText::tr("The server requires a login before it accepts mail."),
            DiagnosisText::tr("No login took place, so the server does not accept mail from this connection."),
            DiagnosisText::tr("Turn on \"server requires authentication\" and enter your user name (usually the full "
                              "e-mail address) and password."),
        };
    case Kind::PlaintextAuthRefused:
        return {
            DiagnosisText::tr("The password was not sent because the connection is not encrypted."),
            DiagnosisText::tr("Others on the network could read a password sent over this connection."),
            DiagnosisText::tr("Choose SSL/TLS (port 465) or STARTTLS (port 587) as the encryption setting."),
        };
    case Kind::SenderNotAllowed:
        return {
            DiagnosisText::tr("The server does not accept this sender address."),
            DiagnosisText::tr("The sender address does not belong to the account you logged in with, or it is not a "
                              "valid address."),
            DiagnosisText::tr("Use the e-mail address of your account as the sender, or ask your provider to allow "
                              "this address."),
        };
    case Kind::SendAsDenied:
        return {
            DiagnosisText::tr("You are not allowed to send as this sender."),
            DiagnosisText::tr("The sender address differs from your mailbox, and your account has no \"Send As\" "
                              "permission for it."),
            DiagnosisText::tr("Send from your own address, or ask your administrator to grant \"Send As\" permission "
                              "for this address."),
        };
    case Kind::RelayDenied:
        return {
            DiagnosisText::tr("The server does not forward mail to this recipient."),
            DiagnosisText::tr("The server forwards mail to other domains only after a successful login. No login "
                              "took place, or it does not allow sending."),
            DiagnosisText::tr("Turn on login (SMTP authentication) with your user name and password, and use port "
                              "587 or 465. If you run the mail server yourself, allow this device to relay."),
        };
    case Kind::RecipientUnknown:
        return {
            DiagnosisText::tr("The server does not accept this recipient address."),
            DiagnosisText::tr("The recipient does not exist, or the server refuses to deliver to it."),
            DiagnosisText::tr("Check the recipient address for typing errors."),
        };
    case Kind::TooManyRecipients:
        return {
            DiagnosisText::tr("The message has too many recipients."),
            DiagnosisText::tr("The server limits the number of recipients per message."),
            DiagnosisText::tr("Send the message in several smaller batches."),
        };
    case Kind::MessageTooLarge:
        return {
            DiagnosisText::tr("The message is larger than the server allows."),
            DiagnosisText::tr("The server limits the size of messages. Attachments grow by about a third when they "
                              "are sent."),
            DiagnosisText::tr("Make the attachments smaller, or share large files as a download link."),
        };
    case Kind::MailboxFull:
        return {
            DiagnosisText::tr("The recipient's mailbox is full."),
            DiagnosisText::tr("The recipient has no space left for new messages."),
            DiagnosisText::tr("The recipient must free up space; try again later."),
        };
    case Kind::QuotaExceeded:
        return {
            DiagnosisText::tr("Your account has reached its sending limit."),
            DiagnosisText::tr("The provider limits how many messages or recipients an account may send per day."),
            DiagnosisText::tr("Wait until the limit resets, usually after 24 hours. For mass mailings, use a "
                              "newsletter service."),
        };
    case Kind::Greylisted:
        return {
            DiagnosisText::tr("The server asked to try again later (greylisting)."),
            DiagnosisText::tr("To fight spam, the server delays mail from senders it does not know yet. This is "
                              "normal and temporary."),
            DiagnosisText::tr("Test again in a few minutes. Mail programs and servers retry automatically."),
        };
    case Kind::ServerTempError:
        return {
            DiagnosisText::tr("The server has a temporary problem."),
            DiagnosisText::tr("The server could not process the request at the moment."),
            DiagnosisText::tr("Try again later. If the error remains, contact the server administrator."),
        };
    case Kind::PolicyRejected:
        return {
            DiagnosisText::tr("The server rejected the message because of its rules."),
            DiagnosisText::tr("The message or the sender did not pass the server's spam or security checks, for "
                              "example the SPF, DKIM or DMARC records of the sender's domain."),
            DiagnosisText::tr("Ask the administrator of the sender's domain to check SPF, DKIM and DMARC. The "
                              "server's answer often names the reason."),
        };
    case Kind::Smtputf8Required:
        return {
            DiagnosisText::tr("The server does not accept addresses with special characters."),
            DiagnosisText::tr("An address contains characters outside plain ASCII (such as umlauts), and the server "
                              "does not support them."),
            DiagnosisText::tr("Use an address without special characters. Domain names with umlauts can be written "
                              "in their \"xn--\" form."),
        };
    case Kind::LineTooLong:
        return {
            DiagnosisText::tr("The server rejected a line as too long."),
            DiagnosisText::tr("A command of this program was longer than the server accepts, for example because of "
                              "a long OAuth token."),
            DiagnosisText::tr("This is a limit of the program or the server. Please report it together with the "
                              "check's transcript."),
        };
    case Kind::ParamUnsupported:
        return {
            DiagnosisText::tr("The server did not recognise a parameter of a command."),
            DiagnosisText::tr("The program used a mail protocol extension that the server does not support."),
            DiagnosisText::tr("Please report this together with the check's transcript."),
        };
    case Kind::BadSequence:
        return {
            DiagnosisText::tr("The server received commands in an order it did not expect."),
            DiagnosisText::tr("This is usually an error in the program, sometimes a peculiarity of the server."),
            DiagnosisText::tr("Please report this together with the check's transcript."),
        };
    case Kind::ProtocolError:
        return protocolErrorTexts(r);
    }
    return {};
}

namespace {

// The names a certificate is valid for: its SANs, else the CN of its subject.
QStringList certificateNames(const Tls::CertificateInfo &c)
{
    if (!c.subjectAltNames.isEmpty())
        return c.subjectAltNames;
    static const QRegularExpression cn(u"(?:^|, )CN=([^,]+)"_s);
    const QRegularExpressionMatch m = cn.match(c.subject);
    if (m.hasMatch())
        return { m.captured(1) };
    return {};
}

void addCertificateBasics(QStringList &details, const CheckResult &r)
{
    if (r.tls.chain.isEmpty())
        return;
    const Tls::CertificateInfo &leaf = r.tls.chain.constFirst();
    if (!leaf.subject.isEmpty())
        //: %1 is the subject of the server's certificate, as the certificate states it
        details << DiagnosisText::tr("Issued to: %1").arg(leaf.subject);
    if (!leaf.issuer.isEmpty())
        //: %1 is the issuer of the server's certificate, as the certificate states it
        details << DiagnosisText::tr("Issued by: %1").arg(leaf.issuer);
    if (!leaf.sha256.isEmpty())
        //: %1 is a SHA-256 fingerprint in hexadecimal
        details << DiagnosisText::tr("SHA-256 fingerprint: %1").arg(QString::fromLatin1(leaf.sha256));
}

void addCertificateErrors(QStringList &details, const CheckResult &r)
{
    for (const QString &e : r.tls.errors)
        //: %1 is one problem found when checking the certificate (text from the TLS library)
        details << DiagnosisText::tr("Certificate check: %1").arg(e);
}

void addHandshakeError(QStringList &details, const CheckResult &r)
{
    if (!r.tls.handshakeError.isEmpty())
        //: %1 is the technical error text of the TLS library, in English
        details << DiagnosisText::tr("TLS error: %1").arg(r.tls.handshakeError);
}

void addAddresses(QStringList &details, const CheckResult &r)
{
    if (r.resolvedAddresses.isEmpty())
        return;
    //: %n is the number of IP addresses, %1 the list of addresses
    details << DiagnosisText::tr("Tried %n address(es): %1", nullptr, int(r.resolvedAddresses.size()))
                   .arg(r.resolvedAddresses.join(u", "_s));
}

void addServerKeywords(QStringList &details, const CheckResult &r)
{
    const Smtp::Capabilities &caps = r.capabilities.valid ? r.capabilities : r.capabilitiesBeforeTls;
    if (!caps.valid)
        return;
    const QStringList names = caps.keywordNames();
    if (names.isEmpty())
        details << DiagnosisText::tr("The server announced no extensions.");
    else
        //: %1 is the list of SMTP extensions the server announced, e.g. "SIZE, PIPELINING, AUTH"
        details << DiagnosisText::tr("The server announced: %1").arg(names.join(u", "_s));
}

void addExpiryDetails(QStringList &details, const CheckResult &r, const QDateTime &now, bool notYetValid)
{
    // The certificate of the chain with the date problem (the leaf if none is found).
    const Tls::CertificateInfo *affected = nullptr;
    for (const Tls::CertificateInfo &c : r.tls.chain) {
        const bool bad
            = notYetValid ? (c.notBefore.isValid() && c.notBefore > now) : (c.notAfter.isValid() && c.notAfter < now);
        if (bad) {
            affected = &c;
            break;
        }
    }
    if (!affected && !r.tls.chain.isEmpty())
        affected = &r.tls.chain.constFirst();
    if (!affected)
        return;
    if (notYetValid && affected->notBefore.isValid())
        //: %1 is the date from which the certificate is valid, %2 this computer's current date and time
        details << DiagnosisText::tr("The certificate is valid from %1; this computer's clock says %2.")
                       .arg(utcText(affected->notBefore), utcText(now));
    else if (!notYetValid && affected->notAfter.isValid())
        //: %1 is the certificate's expiry date, %2 this computer's current date and time
        details << DiagnosisText::tr("The certificate expired on %1; this computer's clock says %2.")
                       .arg(utcText(affected->notAfter), utcText(now));
    if (affected != &r.tls.chain.constFirst() && !affected->subject.isEmpty())
        //: %1 is the subject of an intermediate certificate
        details << DiagnosisText::tr("Affected certificate in the chain: %1").arg(affected->subject);
}

} // namespace

QStringList detailsFor(Kind kind, const CheckResult &r, const QDateTime &now)
{
    QStringList details;
    switch (kind) {
    case Kind::Ok:
    case Kind::OkWithWarning:
        if (r.tls.pinned)
            details << DiagnosisText::tr("The certificate was accepted because it matches the fingerprint you "
                                         "confirmed earlier.");
        break;
    case Kind::NetDns:
    case Kind::NetRefused:
    case Kind::NetTimeout:
    case Kind::NetUnreachable:
        addAddresses(details, r);
        break;
    case Kind::TlsModeMismatch:
        if (fittingSecurity(r) == Security::Tls)
            //: %1 is a port number
            details
                << DiagnosisText::tr("Fitting setting for port %1: SSL/TLS (encrypted from the start).").arg(r.port);
        else
            //: %1 is a port number
            details << DiagnosisText::tr("Fitting setting for port %1: STARTTLS (encryption after the greeting).")
                           .arg(r.port);
        addHandshakeError(details, r);
        break;
    case Kind::TlsVersion:
    case Kind::TlsHandshake:
        addHandshakeError(details, r);
        break;
    case Kind::CertExpired:
    case Kind::CertNotYetValid:
        addExpiryDetails(details, r, now, kind == Kind::CertNotYetValid);
        addCertificateBasics(details, r);
        break;
    case Kind::CertHostname:
        //: %1 is the server name the user entered
        details << DiagnosisText::tr("You entered: %1").arg(r.host);
        if (!r.tls.chain.isEmpty()) {
            const QStringList names = certificateNames(r.tls.chain.constFirst());
            if (!names.isEmpty())
                //: %1 is a list of server names taken from the certificate
                details << DiagnosisText::tr("The certificate is valid for: %1").arg(names.join(u", "_s));
        }
        addCertificateBasics(details, r);
        break;
    case Kind::CertUntrusted:
    case Kind::CertSelfSigned:
    case Kind::CertChainIncomplete:
        addCertificateBasics(details, r);
        addCertificateErrors(details, r);
        break;
    case Kind::EncryptionRemoved:
        //: %1 is a date and time, e.g. "2026-11-29 14:05 UTC"
        details << DiagnosisText::tr("Last encrypted session with these settings: %1").arg(utcText(r.encryptedBeforeUtc));
        addServerKeywords(details, r);
        break;
    case Kind::StartTlsNotOffered:
    case Kind::AuthNotOffered:
        addServerKeywords(details, r);
        break;
    case Kind::AuthMechUnsupported: {
        const QStringList offered = !r.auth.offered.isEmpty() ? r.auth.offered : r.capabilities.authMechanisms;
        if (offered.isEmpty())
            details << DiagnosisText::tr("The server offers no login method on this connection.");
        else
            //: %1 is a list of login (SASL) methods such as "PLAIN, LOGIN"
            details << DiagnosisText::tr("The server offers these login methods: %1").arg(offered.join(u", "_s));
        if (!r.auth.used.isEmpty())
            //: %1 is the name of a login (SASL) method such as "CRAM-MD5"
            details << DiagnosisText::tr("Login method tried: %1").arg(r.auth.used);
        break;
    }
    case Kind::MessageTooLarge:
        if (r.capabilities.size && *r.capabilities.size > 0)
            //: %1 is a size such as "25.0 MB"
            details << DiagnosisText::tr("The server accepts messages up to %1.")
                           .arg(QLocale().formattedDataSize(*r.capabilities.size, 1, QLocale::DataSizeSIFormat));
        break;
    case Kind::InvalidInput:
    case Kind::ProtocolError:
        if (!r.detail.isEmpty())
            //: %1 is a technical description of the problem, in English
            details << DiagnosisText::tr("Technical detail: %1").arg(r.detail);
        break;
    default:
        break;
    }
    if (r.tls.discardedPlaintextBytes > 0)
        //: %n is a number of bytes
        details << DiagnosisText::tr("%n byte(s) that arrived after the server agreed to STARTTLS were discarded.",
            nullptr, r.tls.discardedPlaintextBytes);
    return details;
}

} // namespace SmtpDoctor::Diagnosis::Internal
