// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/diagnosis.h"
#include "smtp/replyparser.h"

#include <QJsonArray>
#include <QSet>
#include <QSslError>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using SmtpDoctor::Diagnosis::Severity;
using Dx = SmtpDoctor::Diagnosis::Diagnosis;

Q_DECLARE_METATYPE(SmtpDoctor::CheckResult)

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);

// Builds the Reply through the real parser, as the session does ("\n" becomes CRLF).
Smtp::Reply reply(const char *wire)
{
    QByteArray bytes(wire);
    bytes.replace("\n", "\r\n");
    if (!bytes.endsWith("\r\n"))
        bytes += "\r\n";
    Smtp::ReplyParser parser;
    parser.append(bytes);
    const std::optional<Smtp::Reply> r = parser.takeReply();
    if (!r)
        qFatal("test input is not a complete reply: %s", wire);
    return *r;
}

CheckResult failed(ResultCode code, Phase phase, quint16 port = 587, const QString &host = u"smtp.example.com"_s)
{
    CheckResult r;
    r.code = code;
    r.failedPhase = phase;
    r.host = host;
    r.port = port;
    r.security = port == 465 ? Security::Tls : Security::StartTls;
    r.detail = u"engine detail"_s;
    return r;
}

CheckResult withReply(CheckResult r, const char *wire)
{
    r.lastReply = reply(wire);
    return r;
}

CheckResult afterTls(CheckResult r)
{
    r.tls.attempted = true;
    r.tls.established = true;
    r.tls.protocol = u"TLSv1.3"_s;
    return r;
}

CheckResult tlsFailure(
    ResultCode code, const QString &handshakeError, Security security = Security::StartTls, quint16 port = 587)
{
    CheckResult r = failed(code, Phase::TlsHandshake, port);
    r.security = security;
    r.tls.attempted = true;
    r.tls.handshakeError = handshakeError;
    return r;
}

Tls::CertificateInfo cert(
    const QString &subject, const QString &issuer, const QStringList &sans = {}, bool selfSigned = false)
{
    Tls::CertificateInfo c;
    c.subject = subject;
    c.issuer = issuer;
    c.subjectAltNames = sans;
    c.notBefore = QDateTime(QDate(2024, 11, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2025, 1, 30), QTime(23, 59), Qt::UTC);
    c.sha256 = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    c.selfSigned = selfSigned;
    return c;
}

CheckResult certFailure(ResultCode code, const QList<QSslError::SslError> &errors,
    const QList<Tls::CertificateInfo> &chain, quint16 port = 587, const QString &host = u"smtp.example.com"_s)
{
    CheckResult r = tlsFailure(code, u"The TLS/SSL connection has been closed"_s, Security::StartTls, port);
    r.host = host;
    for (QSslError::SslError e : errors) {
        r.tls.errorCodes << int(e);
        r.tls.errors << QSslError(e).errorString();
    }
    r.tls.chain = chain;
    return r;
}

CheckResult ok(Security security = Security::StartTls, quint16 port = 587, const QString &host = u"smtp.example.com"_s)
{
    CheckResult r;
    r.code = ResultCode::Ok;
    r.host = host;
    r.port = port;
    r.security = security;
    r.auth.attempted = r.auth.ok = true;
    r.auth.used = u"PLAIN"_s;
    r.phases << PhaseTiming { Phase::Auth, true, 100, 20 };
    r.lastReply = reply("235 2.7.0 Authentication successful");
    if (security != Security::None)
        r = afterTls(r);
    return r;
}

const QList<Tls::CertificateInfo> kAvChain = {
    cert(u"CN=smtp.example.com"_s, u"CN=Mail Shield Root, O=Some Antivirus"_s, { u"smtp.example.com"_s }),
    cert(u"CN=Mail Shield Root, O=Some Antivirus"_s, u"CN=Mail Shield Root, O=Some Antivirus"_s, {}, true),
};
const QList<Tls::CertificateInfo> kLeafOnly = {
    cert(u"CN=smtp.example.com"_s, u"CN=Example Intermediate CA R3, O=Example CA"_s, { u"smtp.example.com"_s }),
};
const QList<Tls::CertificateInfo> kSelfSigned = {
    cert(u"CN=localhost"_s, u"CN=localhost"_s, {}, true),
};

} // namespace

namespace {

struct Row
{
    QByteArray name;
    CheckResult result;
    QString id;
};

// Collects "row(name) << result << id" like QTest::newRow, so that several tests can use the table.
struct Table
{
    struct Sink
    {
        Table *table;
        QByteArray name;
        CheckResult result;
        Sink &operator<<(const CheckResult &r)
        {
            result = r;
            return *this;
        }
        void operator<<(const QString &id) { table->rows.append({ name, result, id }); }
    };
    Sink row(const char *name) { return Sink { this, name, {} }; }
    QList<Row> rows;
};

QList<Row> table()
{
    Table t;

    // --- Success and what the engine reports besides server replies ---------------------
    t.row("ok") << ok() << u"OK"_s;
    t.row("ok implicit tls") << ok(Security::Tls, 465) << u"OK"_s;
    t.row("ok unencrypted") << ok(Security::None, 25) << u"OK_WITH_WARNING"_s;
    {
        CheckResult r = ok();
        r.tls.discardedPlaintextBytes = 27;
        t.row("ok with injected bytes") << r << u"STARTTLS_INJECTION"_s;
    }
    t.row("invalid input") << failed(ResultCode::InvalidInput, Phase::Resolve) << u"INVALID_INPUT"_s;
    t.row("cancelled") << failed(ResultCode::Cancelled, Phase::Auth) << u"CANCELLED"_s;
    t.row("timeout") << afterTls(withReply(failed(ResultCode::Timeout, Phase::Data), "354 go ahead")) << u"TIMEOUT"_s;
    t.row("timeout in tls") << failed(ResultCode::Timeout, Phase::TlsHandshake) << u"TIMEOUT"_s;

    // --- §3.1 network, mode, TLS and certificate --------------------------------------
    t.row("NET_DNS") << failed(ResultCode::DnsFailure, Phase::Resolve) << u"NET_DNS"_s;
    t.row("NET_REFUSED") << failed(ResultCode::ConnectRefused, Phase::Connect) << u"NET_REFUSED"_s;
    t.row("NET_TIMEOUT") << failed(ResultCode::ConnectTimeout, Phase::Connect) << u"NET_TIMEOUT"_s;
    t.row("NET_TIMEOUT port 25") << failed(ResultCode::ConnectTimeout, Phase::Connect, 25) << u"NET_TIMEOUT"_s;
    t.row("NET_UNREACHABLE") << failed(ResultCode::NetworkUnreachable, Phase::Connect) << u"NET_UNREACHABLE"_s;
    {
        CheckResult r = failed(ResultCode::NoGreeting, Phase::Greeting, 465);
        r.security = Security::StartTls; // plain start on the implicit-TLS port; the probe did not answer
        t.row("NET_NO_GREETING") << r << u"NET_NO_GREETING"_s;
        t.row("NET_NO_GREETING after tls")
            << afterTls(failed(ResultCode::NoGreeting, Phase::Greeting, 465)) << u"NET_NO_GREETING"_s;
    }
    {
        CheckResult r = failed(ResultCode::WrongSecurityMode, Phase::Greeting, 465);
        r.security = Security::StartTls;
        r.suggestedSecurity = Security::Tls; // the credential-free probe found TLS
        t.row("TLS_MODE_MISMATCH probe") << r << u"TLS_MODE_MISMATCH"_s;
    }
    {
        CheckResult r = tlsFailure(
            ResultCode::WrongSecurityMode, u"error:0A00010B:SSL routines::wrong version number"_s, Security::Tls, 587);
        r.suggestedSecurity = Security::StartTls;
        t.row("TLS_MODE_MISMATCH implicit on 587") << r << u"TLS_MODE_MISMATCH"_s;
        t.row("TLS_MODE_MISMATCH from handshake text") << tlsFailure(ResultCode::TlsHandshakeFailed,
            u"unexpected record"_s, Security::Tls, 25) << u"TLS_MODE_MISMATCH"_s;
    }
    t.row("TLS_VERSION alert") << tlsFailure(
        ResultCode::TlsHandshakeFailed, u"error:0A00042E:SSL routines::tlsv1 alert protocol version"_s)
                               << u"TLS_VERSION"_s;
    t.row("TLS_VERSION cipher") << tlsFailure(ResultCode::TlsHandshakeFailed, u"no shared cipher"_s, Security::Tls, 465)
                                << u"TLS_VERSION"_s;
    t.row("TLS_VERSION unsupported") << tlsFailure(
        ResultCode::TlsHandshakeFailed, u"error:0A000102:SSL routines::unsupported protocol"_s)
                                     << u"TLS_VERSION"_s;
    t.row("TLS_HANDSHAKE reset") << tlsFailure(
        ResultCode::TlsHandshakeFailed, u"The remote host closed the connection"_s)
                                 << u"TLS_HANDSHAKE"_s;
    {
        // STARTTLS answered 220, then plain text instead of a ServerHello (middlebox or attack).
        CheckResult r = withReply(
            tlsFailure(ResultCode::TlsHandshakeFailed, u"wrong version number"_s), "220 2.0.0 Ready to start TLS");
        t.row("TLS_HANDSHAKE plaintext after STARTTLS") << r << u"TLS_HANDSHAKE"_s;
    }
    t.row("CERT_EXPIRED") << certFailure(ResultCode::CertificateExpired, { QSslError::CertificateExpired }, kLeafOnly)
                          << u"CERT_EXPIRED"_s;
    t.row("CERT_NOT_YET_VALID") << certFailure(ResultCode::CertificateExpired, { QSslError::CertificateNotYetValid },
        kLeafOnly) << u"CERT_NOT_YET_VALID"_s;
    {
        CheckResult r = certFailure(ResultCode::CertificateExpired, {}, kLeafOnly);
        r.tls.chain[0].notBefore = kNow.addDays(3);
        r.tls.chain[0].notAfter = kNow.addDays(90);
        t.row("CERT_NOT_YET_VALID by dates") << r << u"CERT_NOT_YET_VALID"_s;
    }
    t.row("CERT_HOSTNAME") << certFailure(ResultCode::CertificateHostnameMismatch, { QSslError::HostNameMismatch },
        { cert(u"CN=mail.hoster.net"_s, u"CN=R11, O=Let's Encrypt"_s, { u"mail.hoster.net"_s, u"smtp.hoster.net"_s }) },
        587, u"mail.customer.de"_s)
                           << u"CERT_HOSTNAME"_s;
    // ISP_INTERCEPT (§3.1): a transparent proxy on port 25 shows up as a certificate for
    // someone else; the port-25 hint explains it (see providerHints).
    t.row("ISP_INTERCEPT port 25") << certFailure(ResultCode::CertificateHostnameMismatch,
        { QSslError::HostNameMismatch },
        { cert(u"CN=smtp-proxy.isp.example"_s, u"CN=ISP CA"_s, { u"smtp-proxy.isp.example"_s }) }, 25)
                                   << u"CERT_HOSTNAME"_s;
    t.row("CERT_UNTRUSTED antivirus") << certFailure(ResultCode::CertificateUntrusted,
        { QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate }, kAvChain)
                                      << u"CERT_UNTRUSTED"_s;
    t.row("CERT_UNTRUSTED private ca") << certFailure(
        ResultCode::CertificateUntrusted, { QSslError::SelfSignedCertificateInChain }, kAvChain)
                                       << u"CERT_UNTRUSTED"_s;
    t.row("CERT_UNTRUSTED rejected") << certFailure(
        ResultCode::CertificateUntrusted, { QSslError::CertificateUntrusted }, kLeafOnly)
                                     << u"CERT_UNTRUSTED"_s;
    t.row("CERT_SELF_SIGNED") << certFailure(ResultCode::CertificateUntrusted,
        { QSslError::SelfSignedCertificate, QSslError::HostNameMismatch }, kSelfSigned)
                              << u"CERT_SELF_SIGNED"_s;
    t.row("CERT_CHAIN_INCOMPLETE") << certFailure(ResultCode::CertificateUntrusted,
        { QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate }, kLeafOnly)
                                   << u"CERT_CHAIN_INCOMPLETE"_s;
    t.row("CERT_CHAIN_INCOMPLETE issuer")
        << certFailure(ResultCode::CertificateUntrusted, { QSslError::UnableToGetIssuerCertificate }, kLeafOnly)
        << u"CERT_CHAIN_INCOMPLETE"_s;

    // --- §3.2 SMTP replies -----------------------------------------------------------
    t.row("SERVICE_UNAVAILABLE greeting 421") << withReply(failed(ResultCode::ServerUnavailable, Phase::Greeting),
        "421 4.3.2 Service not available") << u"SERVICE_UNAVAILABLE"_s;
    t.row("SERVICE_UNAVAILABLE too many connections")
        << withReply(failed(ResultCode::ServerUnavailable, Phase::Greeting), "450 Too many connections, try later")
        << u"SERVICE_UNAVAILABLE"_s;
    t.row("SERVICE_UNAVAILABLE 421 at MAIL")
        << afterTls(withReply(failed(ResultCode::ServerUnavailable, Phase::MailFrom), "421 4.7.0 Try again later"))
        << u"SERVICE_UNAVAILABLE"_s;
    t.row("SERVICE_UNAVAILABLE 4.3.2 at RCPT") << afterTls(withReply(
        failed(ResultCode::RecipientRejected, Phase::RcptTo), "451 4.3.2 System not accepting network messages"))
                                               << u"SERVICE_UNAVAILABLE"_s;
    t.row("TLS_LEGACY_M365 (421 4.7.66)")
        << afterTls(withReply(failed(ResultCode::ServerUnavailable, Phase::EhloAfterTls, 587, u"smtp.office365.com"_s),
               "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client"))
        << u"SERVICE_UNAVAILABLE"_s;
    t.row("GREETING_REJECTED 554") << withReply(failed(ResultCode::ServerUnavailable, Phase::Greeting),
        "554 No SMTP service here") << u"GREETING_REJECTED"_s;
    t.row("GREETING_REJECTED 550 blocked") << withReply(failed(ResultCode::ProtocolError, Phase::Greeting),
        "550 5.7.1 Your IP is blocked") << u"GREETING_REJECTED"_s;
    t.row("EHLO_REJECTED") << withReply(
        failed(ResultCode::ProtocolError, Phase::Ehlo), "502 5.5.2 Error: command not recognized")
                           << u"EHLO_REJECTED"_s;
    t.row("EHLO_NAME_INVALID -> EHLO_REJECTED") << withReply(failed(ResultCode::ProtocolError, Phase::Ehlo),
        "501 5.5.4 Invalid domain name") << u"EHLO_REJECTED"_s;
    t.row("EHLO 554 -> GREETING_REJECTED") << withReply(failed(ResultCode::ProtocolError, Phase::Ehlo),
        "554 5.7.1 Access denied") << u"GREETING_REJECTED"_s;
    t.row("EHLO 451 -> SERVER_TEMP_ERROR")
        << withReply(failed(ResultCode::ProtocolError, Phase::Ehlo), "451 4.3.0 Temporary lookup failure")
        << u"SERVER_TEMP_ERROR"_s;
    t.row("STARTTLS_NOT_OFFERED") << withReply(
        failed(ResultCode::StartTlsNotOffered, Phase::StartTls), "250-mx.example.com\n250 SIZE 1000")
                                  << u"STARTTLS_NOT_OFFERED"_s;
    {
        // Encryption that these settings had before is missing now.
        const QDateTime before(QDate(2026, 10, 1), QTime(9, 30), Qt::UTC);
        CheckResult r = withReply(
            failed(ResultCode::StartTlsNotOffered, Phase::StartTls), "250-mx.example.com\n250 SIZE 1000");
        r.encryptedBeforeUtc = before;
        t.row("ENCRYPTION_REMOVED STARTTLS gone") << r << u"ENCRYPTION_REMOVED"_s;
        CheckResult refused = withReply(
            failed(ResultCode::TlsHandshakeFailed, Phase::StartTls), "454 4.7.0 TLS not available due to temporary reason");
        refused.encryptedBeforeUtc = before;
        t.row("ENCRYPTION_REMOVED STARTTLS refused") << refused << u"ENCRYPTION_REMOVED"_s;
        CheckResult plain = tlsFailure(
            ResultCode::WrongSecurityMode, u"error:0A00010B:SSL routines::wrong version number"_s, Security::Tls, 465);
        plain.encryptedBeforeUtc = before;
        t.row("ENCRYPTION_REMOVED implicit TLS port speaks plain text") << plain << u"ENCRYPTION_REMOVED"_s;
        // Not a removal: the user picked STARTTLS for the implicit-TLS port.
        CheckResult other = failed(ResultCode::WrongSecurityMode, Phase::Greeting, 465);
        other.security = Security::StartTls;
        other.suggestedSecurity = Security::Tls;
        other.encryptedBeforeUtc = before;
        t.row("TLS_MODE_MISMATCH with history") << other << u"TLS_MODE_MISMATCH"_s;
        // Nor a wrong password, an untrusted certificate or a working check.
        CheckResult auth = withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth)), "535 5.7.8 nope");
        auth.encryptedBeforeUtc = before;
        t.row("AUTH_CREDENTIALS_INVALID with history") << auth << u"AUTH_CREDENTIALS_INVALID"_s;
        CheckResult fine = ok();
        fine.encryptedBeforeUtc = before;
        t.row("OK with history") << fine << u"OK"_s;
    }
    t.row("STARTTLS_REFUSED 454") << withReply(
        failed(ResultCode::TlsHandshakeFailed, Phase::StartTls), "454 4.7.0 TLS not available due to temporary reason")
                                  << u"STARTTLS_REFUSED"_s;
    t.row("STARTTLS_REFUSED 502") << withReply(
        failed(ResultCode::TlsHandshakeFailed, Phase::StartTls), "502 5.5.1 Unrecognized command")
                                  << u"STARTTLS_REFUSED"_s;
    {
        CheckResult r = withReply(failed(ResultCode::PlaintextAuthRefused, Phase::Auth, 587),
            "530 5.7.0 Must issue a STARTTLS command first");
        r.security = Security::None;
        t.row("TLS_REQUIRED_BY_SERVER at AUTH") << r << u"TLS_REQUIRED_BY_SERVER"_s;
        CheckResult m = withReply(
            failed(ResultCode::SenderRejected, Phase::MailFrom, 587, u"email-smtp.eu-west-1.amazonaws.com"_s),
            "530 Must issue a STARTTLS command first");
        m.security = Security::None;
        t.row("TLS_REQUIRED_BY_SERVER at MAIL") << m << u"TLS_REQUIRED_BY_SERVER"_s;
    }
    t.row("AUTH_REQUIRED 530") << afterTls(
        withReply(failed(ResultCode::SenderRejected, Phase::MailFrom), "530 5.7.0 Authentication required"))
                               << u"AUTH_REQUIRED"_s;
    t.row("AUTH_REQUIRED M365 5.7.57") << afterTls(
        withReply(failed(ResultCode::SenderRejected, Phase::MailFrom, 587, u"smtp.office365.com"_s),
            "530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod]"))
                                       << u"AUTH_REQUIRED"_s;
    t.row("AUTH_NOT_OFFERED engine") << afterTls(failed(ResultCode::AuthNotOffered, Phase::Auth, 25))
                                     << u"AUTH_NOT_OFFERED"_s;
    t.row("AUTH_NOT_OFFERED 503") << afterTls(
        withReply(failed(ResultCode::AuthFailed, Phase::Auth, 25), "503 5.5.1 Error: authentication not enabled"))
                                  << u"AUTH_NOT_OFFERED"_s;
    {
        CheckResult r = afterTls(failed(ResultCode::AuthMechanismUnsupported, Phase::Auth));
        r.auth.offered = { u"XOAUTH2"_s };
        t.row("AUTH_MECH_UNSUPPORTED engine") << r << u"AUTH_MECH_UNSUPPORTED"_s;
        t.row("AUTH_MECH_UNSUPPORTED 504")
            << withReply(r, "504 5.7.4 Unrecognized authentication type") << u"AUTH_MECH_UNSUPPORTED"_s;
    }
    const CheckResult auth = afterTls(failed(ResultCode::AuthFailed, Phase::Auth));
    t.row("AUTH_WEAK_MECH") << withReply(auth, "534 5.7.9 Authentication mechanism is too weak") << u"AUTH_WEAK_MECH"_s;
    t.row("AUTH_APP_PASSWORD_REQUIRED") << withReply(
        failed(ResultCode::AuthFailed, Phase::Auth, 465, u"smtp.gmail.com"_s),
        "534-5.7.9 Application-specific password required. For more information, go to\n"
        "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a1-20020a.1 - gsmtp")
                                        << u"AUTH_APP_PASSWORD_REQUIRED"_s;
    t.row("AUTH_WEB_LOGIN_REQUIRED") << withReply(auth,
        "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1> Please log in\n"
        "534-5.7.14 via your web browser and then try again.\n"
        "534 5.7.14  Learn more at https://support.google.com/mail/answer/78754 - gsmtp")
                                     << u"AUTH_WEB_LOGIN_REQUIRED"_s;
    t.row("AUTH_CREDENTIALS_INVALID 5.7.8")
        << withReply(auth, "535 5.7.8 Authentication credentials invalid") << u"AUTH_CREDENTIALS_INVALID"_s;
    t.row("AUTH_CREDENTIALS_INVALID gmail") << withReply(auth,
        "535-5.7.8 Username and Password not accepted. For more information, go to\n"
        "535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp")
                                            << u"AUTH_CREDENTIALS_INVALID"_s;
    t.row("AUTH_CREDENTIALS_INVALID m365 5.7.3")
        << withReply(auth, "535 5.7.3 Authentication unsuccessful [AM0PR01CA0001.eurprd01.prod]")
        << u"AUTH_CREDENTIALS_INVALID"_s;
    t.row("AUTH_CREDENTIALS_INVALID no enhanced")
        << withReply(auth, "535 Error: authentication failed") << u"AUTH_CREDENTIALS_INVALID"_s;
    t.row("AUTH_CREDENTIALS_INVALID no reply") << auth << u"AUTH_CREDENTIALS_INVALID"_s;
    t.row("AUTH_DISABLED_TENANT") << withReply(auth,
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
        "Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.")
                                  << u"AUTH_DISABLED_TENANT"_s;
    t.row("AUTH_BLOCKED_POLICY security defaults") << withReply(auth,
        "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security "
        "defaults policy. Contact your administrator.")
                                                   << u"AUTH_BLOCKED_POLICY"_s;
    t.row("AUTH_BLOCKED_POLICY criteria") << withReply(auth,
        "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be "
        "authenticated successfully. Contact your administrator.")
                                          << u"AUTH_BLOCKED_POLICY"_s;
    {
        CheckResult r = withReply(failed(ResultCode::PlaintextAuthRefused, Phase::Auth, 25),
            "538 5.7.11 Encryption required for requested authentication mechanism");
        r.security = Security::None;
        t.row("AUTH_ENCRYPTION_REQUIRED") << r << u"AUTH_ENCRYPTION_REQUIRED"_s;
    }
    t.row("AUTH_PASSWORD_TRANSITION") << withReply(auth, "432 4.7.12 A password transition is needed")
                                      << u"AUTH_PASSWORD_TRANSITION"_s;
    t.row("AUTH_TEMP_FAILURE") << withReply(auth, "454 4.7.0 Temporary authentication failure")
                               << u"AUTH_TEMP_FAILURE"_s;
    t.row("AUTH_TEMP_FAILURE gmail") << withReply(
        auth, "454 4.7.0 Too many login attempts, please try again later. - gsmtp")
                                     << u"AUTH_TEMP_FAILURE"_s;
    t.row("ACCOUNT_DISABLED") << withReply(auth, "525 5.7.13 User account disabled") << u"ACCOUNT_DISABLED"_s;
    t.row("LINE_TOO_LONG auth") << withReply(auth, "500 5.5.6 Authentication Exchange line is too long")
                                << u"LINE_TOO_LONG"_s;
    t.row("BAD_SEQUENCE auth") << withReply(auth, "503 5.5.1 Error: already authenticated") << u"BAD_SEQUENCE"_s;
    {
        CheckResult r = withReply(auth, "235 2.7.0 Authentication successful");
        t.row("PROTOCOL_ERROR scram server not verified") << r << u"PROTOCOL_ERROR"_s;
    }

    const CheckResult mail = afterTls(failed(ResultCode::SenderRejected, Phase::MailFrom));
    t.row("SENDER_NOT_ALLOWED 553 5.7.1")
        << withReply(mail, "553 5.7.1 <boss@example.org>: Sender address rejected: not owned by user alice@example.com")
        << u"SENDER_NOT_ALLOWED"_s;
    t.row("SENDER_NOT_ALLOWED 5.1.8") << withReply(
        mail, "553 5.1.8 <x@nowhere.invalid>: Sender address rejected: Domain not found")
                                      << u"SENDER_NOT_ALLOWED"_s;
    t.row("SENDER_NOT_ALLOWED 5.1.7") << withReply(mail, "550 5.1.7 Invalid address") << u"SENDER_NOT_ALLOWED"_s;
    t.row("SENDER_NOT_ALLOWED plain 553")
        << withReply(mail, "553 sorry, that domain isn't allowed") << u"SENDER_NOT_ALLOWED"_s;
    t.row("SENDAS_DENIED 5.7.60") << withReply(
        mail, "550 5.7.60 SMTP; Client does not have permissions to send as this sender")
                                  << u"SENDAS_DENIED"_s;
    t.row("SENDAS_DENIED storedrv") << afterTls(withReply(failed(ResultCode::MessageRejected, Phase::Data),
        "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; "
        "Failed to process message due to a permanent exception"))
                                    << u"SENDAS_DENIED"_s;
    t.row("QUOTA_EXCEEDED") << withReply(
        mail, "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits")
                            << u"QUOTA_EXCEEDED"_s;
    t.row("SMTPUTF8_REQUIRED") << withReply(mail, "553 5.6.7 Non-ASCII addresses not permitted for that sender")
                               << u"SMTPUTF8_REQUIRED"_s;
    t.row("PARAM_UNSUPPORTED") << withReply(
        mail, "555 5.5.4 MAIL FROM/RCPT TO parameters not recognized or not implemented")
                               << u"PARAM_UNSUPPORTED"_s;
    t.row("BAD_SEQUENCE") << withReply(mail, "503 5.5.1 Error: send HELO/EHLO first") << u"BAD_SEQUENCE"_s;
    t.row("MAIL 451 -> SERVER_TEMP_ERROR")
        << withReply(mail, "451 4.3.0 Local error in processing") << u"SERVER_TEMP_ERROR"_s;

    const CheckResult rcpt = afterTls(failed(ResultCode::RecipientRejected, Phase::RcptTo));
    t.row("RELAY_DENIED 554 5.7.1") << withReply(rcpt, "554 5.7.1 <bob@elsewhere.org>: Relay access denied")
                                    << u"RELAY_DENIED"_s;
    t.row("RELAY_DENIED postfix 454") << withReply(rcpt, "454 4.7.1 <bob@elsewhere.org>: Relay access denied")
                                      << u"RELAY_DENIED"_s;
    t.row("RELAY_DENIED 454 4.7.1 only") << withReply(rcpt, "454 4.7.1 Try again") << u"RELAY_DENIED"_s;
    t.row("RELAY_DENIED exchange 5.7.54")
        << withReply(rcpt, "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain") << u"RELAY_DENIED"_s;
    t.row("RELAY_DENIED text only") << withReply(rcpt, "550 relay not permitted") << u"RELAY_DENIED"_s;
    t.row("RECIPIENT_UNKNOWN 5.1.1") << withReply(rcpt,
        "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual "
        "mailbox table") << u"RECIPIENT_UNKNOWN"_s;
    t.row("RECIPIENT_UNKNOWN m365 5.4.1")
        << withReply(rcpt, "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)")
        << u"RECIPIENT_UNKNOWN"_s;
    t.row("RECIPIENT_UNKNOWN plain 550") << withReply(rcpt, "550 No such user here") << u"RECIPIENT_UNKNOWN"_s;
    t.row("TOO_MANY_RECIPIENTS") << withReply(rcpt, "452 4.5.3 Error: too many recipients") << u"TOO_MANY_RECIPIENTS"_s;
    t.row("MAILBOX_FULL 5.2.2") << withReply(rcpt, "552 5.2.2 Mailbox full") << u"MAILBOX_FULL"_s;
    t.row("MAILBOX_FULL 4.2.2") << withReply(rcpt, "452 4.2.2 The email account that you tried to reach is over quota")
                                << u"MAILBOX_FULL"_s;
    t.row("GREYLISTED postgrey") << withReply(rcpt,
        "450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see "
        "http://postgrey.schweikert.ch/help/example.org.html")
                                 << u"GREYLISTED"_s;
    t.row("GREYLISTED 451 4.7.1") << withReply(rcpt, "451 4.7.1 Greylisting in action, please come back later")
                                  << u"GREYLISTED"_s;
    t.row("POLICY_REJECTED rcpt blocklist")
        << withReply(rcpt, "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org")
        << u"POLICY_REJECTED"_s;
    t.row("SERVER_TEMP_ERROR rcpt 4.4.3")
        << withReply(rcpt, "451 4.4.3 Temporary lookup failure") << u"SERVER_TEMP_ERROR"_s;

    const CheckResult data = afterTls(failed(ResultCode::MessageRejected, Phase::Data));
    t.row("MESSAGE_TOO_LARGE 5.3.4") << withReply(data, "552 5.3.4 Message size exceeds fixed limit")
                                     << u"MESSAGE_TOO_LARGE"_s;
    t.row("MESSAGE_TOO_LARGE gmail 5.2.3") << withReply(data,
        "552-5.2.3 Your message exceeded Google's message size limits. Please visit\n"
        "552 5.2.3  https://support.google.com/mail/?p=MaxSizeError - gsmtp")
                                           << u"MESSAGE_TOO_LARGE"_s;
    t.row("SERVER_TEMP_ERROR data") << withReply(data, "451 4.3.0 Error: queue file write error")
                                    << u"SERVER_TEMP_ERROR"_s;
    t.row("POLICY_REJECTED spam") << withReply(data, "550 5.7.1 Message rejected as spam") << u"POLICY_REJECTED"_s;
    t.row("POLICY_REJECTED dmarc") << withReply(
        data, "550 5.7.26 This mail has been blocked because the sender is unauthenticated.")
                                   << u"POLICY_REJECTED"_s;
    t.row("POLICY_REJECTED plain 554") << withReply(data, "554 Transaction failed") << u"POLICY_REJECTED"_s;
    t.row("LINE_TOO_LONG data") << withReply(data, "500 5.5.2 Line too long") << u"LINE_TOO_LONG"_s;
    t.row("PLAINTEXT_AUTH_REFUSED") << withReply(failed(ResultCode::PlaintextAuthRefused, Phase::Auth, 25),
        "250 AUTH PLAIN LOGIN") << u"PLAINTEXT_AUTH_REFUSED"_s;
    t.row("PROTOCOL_ERROR closed") << afterTls(withReply(failed(ResultCode::ProtocolError, Phase::MailFrom),
        "250 2.1.0 Ok")) << u"PROTOCOL_ERROR"_s;
    t.row("PROTOCOL_ERROR greeting 250") << withReply(failed(ResultCode::ProtocolError, Phase::Greeting), "250 hello?")
                                         << u"PROTOCOL_ERROR"_s;
    return t.rows;
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void inGerman_data();
    void inGerman();
    void everyIdIsReachable();
    void everyResultCodeIsExplained();
    void serverTextOnlyAsData();
    void serverReplyOnlyWhenRelevant();
    void adviceNeverDisablesEncryption();
    void providerHints_data();
    void providerHints();
    void noHintsForUnknownHosts();
    void certificateDetails();
    void modeMismatchNamesFittingMode();
    void injectionWarning();
    void encryptionRemoved();
    void phaseAndSeverity();
    void json();
    void pure();
};

void TestDiagnosis::classify_data()
{
    QTest::addColumn<CheckResult>("result");
    QTest::addColumn<QString>("id");
    for (const Row &r : table())
        QTest::newRow(r.name.constData()) << r.result << r.id;
}

void TestDiagnosis::classify()
{
    QFETCH(CheckResult, result);
    QFETCH(QString, id);
    const Dx d = Diagnosis::diagnose(result, kNow);
    QCOMPARE(d.id, id);
    QVERIFY2(!d.title.trimmed().isEmpty(), qPrintable(d.id));
    QVERIFY2(!d.cause.trimmed().isEmpty(), qPrintable(d.id));
    QVERIFY2(!d.advice.trimmed().isEmpty(), qPrintable(d.id));
    QVERIFY(Diagnosis::allIds().contains(d.id));
    QCOMPARE(d.severity == Severity::Ok, result.code == ResultCode::Ok && d.id == u"OK"_s);
    if (result.code != ResultCode::Ok) {
        QCOMPARE(d.phase, result.failedPhase);
        QVERIFY(d.severity != Severity::Ok);
    }

    // The server's words are data: never inside the sentences or hints.
    for (const QString &line : result.lastReply.lines) {
        if (line.size() < 12)
            continue;
        QVERIFY2(!d.title.contains(line) && !d.cause.contains(line) && !d.advice.contains(line), qPrintable(line));
        for (const QString &h : d.hints)
            QVERIFY2(!h.contains(line), qPrintable(line));
    }
}

void TestDiagnosis::inGerman_data()
{
    classify_data();
}

// Every diagnosis exists in German, and the German text is not just the English one.
void TestDiagnosis::inGerman()
{
    QFETCH(CheckResult, result);
    QFETCH(QString, id);
    const Dx english = Diagnosis::diagnose(result, kNow);
    QTranslator german;
    QVERIFY2(german.load(QStringLiteral(SDOC_QM_DIR "/smtp-doctor_de.qm")), "the German translation was not built");
    QVERIFY(QCoreApplication::installTranslator(&german));
    const Dx deutsch = Diagnosis::diagnose(result, kNow);
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(deutsch.id, english.id);
    QVERIFY2(!deutsch.title.isEmpty() && deutsch.title != english.title, qPrintable(english.title));
    QVERIFY2(!deutsch.cause.isEmpty() && deutsch.cause != english.cause, qPrintable(english.cause));
    QVERIFY2(!deutsch.advice.isEmpty() && deutsch.advice != english.advice, qPrintable(english.advice));
    QCOMPARE(deutsch.serverReply, english.serverReply); // the server's words are never translated
}

void TestDiagnosis::everyIdIsReachable()
{
    const QStringList ids = Diagnosis::allIds();
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    QSet<QString> seen;
    QSet<QByteArray> names;
    for (const Row &r : table()) {
        QVERIFY2(!names.contains(r.name), r.name.constData()); // row names are unique
        names.insert(r.name);
        QVERIFY2(ids.contains(r.id), qPrintable(r.id));
        seen.insert(r.id);
    }
    for (const QString &id : ids)
        QVERIFY2(seen.contains(id), qPrintable(u"no table row produces "_s + id));
}

void TestDiagnosis::everyResultCodeIsExplained()
{
    for (int i = int(ResultCode::Ok); i <= int(ResultCode::Cancelled); ++i) {
        CheckResult r = i == 0 ? ok() : failed(ResultCode(i), Phase::Connect);
        const Dx d = Diagnosis::diagnose(r, kNow);
        const QString name = resultCodeId(ResultCode(i));
        QVERIFY2(!d.id.isEmpty(), qPrintable(name));
        QVERIFY2(!d.title.isEmpty() && !d.cause.isEmpty() && !d.advice.isEmpty(), qPrintable(name));
        QVERIFY2(Diagnosis::allIds().contains(d.id), qPrintable(name));
        if (i != 0 && ResultCode(i) != ResultCode::Cancelled)
            QVERIFY2(d.severity == Severity::Error, qPrintable(name));
    }
}

void TestDiagnosis::serverTextOnlyAsData()
{
    const char *wire = "535 5.7.8 <script>alert('x')</script> & \"quotes\" %1 %2";
    const CheckResult r
        = withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth, 587, u"smtp.gmail.com"_s)), wire);
    const Dx d = Diagnosis::diagnose(r, kNow);
    QCOMPARE(d.id, u"AUTH_CREDENTIALS_INVALID"_s);
    QCOMPARE(d.serverReply, u"535 5.7.8 <script>alert('x')</script> & \"quotes\" %1 %2"_s);
    for (const QString &s : QStringList { d.title, d.cause, d.advice } + d.hints) {
        QVERIFY2(!s.contains(u"<script>"_s), qPrintable(s));
        QVERIFY2(!s.contains(u"quotes"_s), qPrintable(s));
    }

    // Multi-line replies keep every line with its code.
    const CheckResult g = withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth)),
        "534-5.7.9 Application-specific password required.\n534 5.7.9 Learn more");
    QCOMPARE(Diagnosis::diagnose(g, kNow).serverReply,
        u"534 5.7.9 Application-specific password required.\n534 5.7.9 Learn more"_s);

    // Certificate fields chosen by the server end up in details only.
    CheckResult c = certFailure(ResultCode::CertificateUntrusted, { QSslError::SelfSignedCertificate },
        { cert(u"CN=<b>evil</b>"_s, u"CN=<b>evil</b>"_s, {}, true) });
    const Dx dc = Diagnosis::diagnose(c, kNow);
    QCOMPARE(dc.id, u"CERT_SELF_SIGNED"_s);
    bool inDetails = false;
    for (const QString &s : dc.details)
        inDetails = inDetails || s.contains(u"<b>evil</b>"_s);
    QVERIFY(inDetails);
    QVERIFY(!dc.title.contains(u"evil"_s) && !dc.cause.contains(u"evil"_s) && !dc.advice.contains(u"evil"_s));
}

void TestDiagnosis::serverReplyOnlyWhenRelevant()
{
    // No reply at all.
    QVERIFY(Diagnosis::diagnose(failed(ResultCode::ConnectTimeout, Phase::Connect), kNow).serverReply.isEmpty());
    // A stale positive reply (the 220 to STARTTLS) is not what went wrong.
    const CheckResult r
        = withReply(tlsFailure(ResultCode::TlsHandshakeFailed, u"reset"_s), "220 2.0.0 Ready to start TLS");
    QVERIFY(Diagnosis::diagnose(r, kNow).serverReply.isEmpty());
    // Success has no server reply to explain.
    QVERIFY(Diagnosis::diagnose(ok(), kNow).serverReply.isEmpty());
    // A refusal is quoted.
    const CheckResult s = withReply(
        failed(ResultCode::TlsHandshakeFailed, Phase::StartTls), "454 4.7.0 TLS not available due to temporary reason");
    QCOMPARE(Diagnosis::diagnose(s, kNow).serverReply, u"454 4.7.0 TLS not available due to temporary reason"_s);
}

void TestDiagnosis::adviceNeverDisablesEncryption()
{
    static const QStringList forbidden = { u"disable tls"_s, u"disable ssl"_s, u"without encryption"_s,
        u"turn off encryption"_s, u"switch off encryption"_s, u"disable encryption"_s, u"no encryption"_s,
        u"unencrypted"_s, u"security none"_s, u"allow-plaintext"_s };
    // Every row of the table, plus every result code without a reply.
    QList<CheckResult> results;
    for (int i = int(ResultCode::Ok); i <= int(ResultCode::Cancelled); ++i)
        results << failed(ResultCode(i), Phase::Auth, 25);
    results << ok(Security::None, 25);
    for (int i = 0; i < 3; ++i) {
        for (Security s : { Security::Tls, Security::StartTls, Security::None }) {
            CheckResult r = failed(ResultCode::WrongSecurityMode, Phase::Greeting, i == 0 ? 465 : i == 1 ? 587 : 2525);
            r.security = s;
            results << r;
            CheckResult n = failed(ResultCode::NoGreeting, Phase::Greeting, 465);
            n.security = s;
            results << n;
        }
    }
    const char *replies[] = { "530 5.7.0 Must issue a STARTTLS command first", "538 5.7.11 Encryption required",
        "534 5.7.9 Authentication mechanism is too weak", "454 4.7.0 TLS not available" };
    for (const char *w : replies) {
        for (ResultCode c : { ResultCode::AuthFailed, ResultCode::PlaintextAuthRefused, ResultCode::SenderRejected,
                 ResultCode::TlsHandshakeFailed }) {
            results << withReply(failed(c, Phase::Auth), w) << withReply(failed(c, Phase::StartTls), w)
                    << withReply(failed(c, Phase::MailFrom), w);
        }
    }
    for (const CheckResult &r : std::as_const(results)) {
        const Dx d = Diagnosis::diagnose(r, kNow);
        for (const QString &text : QStringList { d.advice } + d.hints) {
            for (const QString &f : forbidden)
                QVERIFY2(!text.contains(f, Qt::CaseInsensitive), qPrintable(d.id + u": "_s + text));
        }
    }
}

void TestDiagnosis::providerHints_data()
{
    QTest::addColumn<CheckResult>("result");
    QTest::addColumn<int>("minimum");

    const CheckResult authGmail
        = withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth, 465, u"smtp.gmail.com"_s)),
            "535 5.7.8 Username and Password not accepted.");
    QTest::newRow("gmail login") << authGmail << 2;
    QTest::newRow("googlemail") << failed(ResultCode::ConnectTimeout, Phase::Connect, 587, u"smtp.googlemail.com."_s)
                                << 1;
    const CheckResult m365
        = withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth, 587, u"smtp.office365.com"_s)),
            "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.");
    QTest::newRow("office365 tenant") << m365 << 3;
    QTest::newRow("outlook send as") << withReply(
        afterTls(failed(ResultCode::SenderRejected, Phase::MailFrom, 587, u"SMTP-Mail.Outlook.com"_s)),
        "550 5.7.60 SMTP; Client does not have permissions to send as this sender")
                                     << 2;
    QTest::newRow("hotmail") << failed(ResultCode::ConnectRefused, Phase::Connect, 465, u"smtp.hotmail.com"_s) << 1;
    QTest::newRow("live") << failed(ResultCode::ConnectRefused, Phase::Connect, 465, u"smtp.live.com"_s) << 1;
    QTest::newRow("icloud") << withReply(
        afterTls(failed(ResultCode::AuthFailed, Phase::Auth, 587, u"smtp.mail.me.com"_s)),
        "535 5.7.8 Authentication failed")
                            << 2;
    QTest::newRow("t-online") << withReply(
        afterTls(failed(ResultCode::AuthFailed, Phase::Auth, 465, u"securesmtp.t-online.de"_s)),
        "535 5.7.8 Authentication failed")
                              << 2;
    QTest::newRow("gmx") << withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth, 587, u"mail.gmx.net"_s)),
        "535 Authentication credentials invalid")
                         << 1;
    QTest::newRow("web.de") << withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth, 587, u"smtp.web.de"_s)),
        "535 Authentication credentials invalid")
                            << 1;
    QTest::newRow("amazon ses") << withReply(
        failed(ResultCode::SenderRejected, Phase::MailFrom, 587, u"email-smtp.us-east-1.amazonaws.com"_s),
        "530 Must issue a STARTTLS command first")
                                << 1;
    QTest::newRow("port 25 no auth") << afterTls(failed(ResultCode::AuthNotOffered, Phase::Auth, 25,
        u"mx.example.org"_s)) << 1;
    QTest::newRow("port 25 intercepted") << certFailure(ResultCode::CertificateHostnameMismatch,
        { QSslError::HostNameMismatch },
        { cert(u"CN=smtp-proxy.isp.example"_s, u"CN=ISP CA"_s, { u"smtp-proxy.isp.example"_s }) }, 25)
                                         << 1;
    QTest::newRow("port 25 success") << ok(Security::StartTls, 25, u"mx.example.org"_s) << 1;
    QTest::newRow("port 25 gmail") << failed(ResultCode::ConnectRefused, Phase::Connect, 25, u"smtp.gmail.com"_s) << 2;
    QTest::newRow("m365 success with password") << ok(Security::StartTls, 587, u"smtp.office365.com"_s) << 1;
}

void TestDiagnosis::providerHints()
{
    QFETCH(CheckResult, result);
    QFETCH(int, minimum);
    const Dx d = Diagnosis::diagnose(result, kNow);
    QVERIFY2(d.hints.size() >= minimum, qPrintable(QString::number(d.hints.size())));
    for (const QString &h : d.hints)
        QVERIFY(!h.trimmed().isEmpty());
    QCOMPARE(QSet<QString>(d.hints.cbegin(), d.hints.cend()).size(), d.hints.size());
}

void TestDiagnosis::noHintsForUnknownHosts()
{
    QVERIFY(Diagnosis::diagnose(failed(ResultCode::ConnectTimeout, Phase::Connect, 587, u"mail.example.org"_s), kNow)
                .hints.isEmpty());
    // Suffix match only: a look-alike is not the provider.
    QVERIFY(Diagnosis::diagnose(failed(ResultCode::ConnectTimeout, Phase::Connect, 587, u"notgmail.com"_s), kNow)
                .hints.isEmpty());
    QVERIFY(
        Diagnosis::diagnose(failed(ResultCode::ConnectTimeout, Phase::Connect, 587, u"gmail.com.evil.example"_s), kNow)
            .hints.isEmpty());
    // NET_TIMEOUT on port 25 already explains port 25 itself; no repetition as a hint.
    QVERIFY(Diagnosis::diagnose(failed(ResultCode::ConnectTimeout, Phase::Connect, 25, u"mx.example.org"_s), kNow)
                .hints.isEmpty());
    // Everything worked: no provider advice.
    QVERIFY(Diagnosis::diagnose(ok(Security::Tls, 465, u"smtp.gmail.com"_s), kNow).hints.isEmpty());
    // Different providers give different hints.
    const Dx a
        = Diagnosis::diagnose(failed(ResultCode::ConnectTimeout, Phase::Connect, 587, u"smtp.gmail.com"_s), kNow);
    const Dx b
        = Diagnosis::diagnose(failed(ResultCode::ConnectTimeout, Phase::Connect, 587, u"smtp.office365.com"_s), kNow);
    QVERIFY(!a.hints.isEmpty() && !b.hints.isEmpty());
    QVERIFY(a.hints != b.hints);
}

void TestDiagnosis::certificateDetails()
{
    // Expired: the expiry date next to this computer's clock, so a wrong clock shows.
    const Dx e = Diagnosis::diagnose(
        certFailure(ResultCode::CertificateExpired, { QSslError::CertificateExpired }, kLeafOnly), kNow);
    QCOMPARE(e.id, u"CERT_EXPIRED"_s);
    QVERIFY(std::any_of(e.details.cbegin(), e.details.cend(), [](const QString &s) {
        return s.contains(u"2025-01-30 23:59 UTC"_s) && s.contains(u"2025-03-14 09:30 UTC"_s);
    }));

    // An expired intermediate is named.
    QList<Tls::CertificateInfo> chain = kLeafOnly;
    chain[0].notAfter = kNow.addDays(60);
    chain << cert(u"CN=Old Intermediate"_s, u"CN=Root"_s);
    const Dx i = Diagnosis::diagnose(
        certFailure(ResultCode::CertificateExpired, { QSslError::CertificateExpired }, chain), kNow);
    QVERIFY(std::any_of(
        i.details.cbegin(), i.details.cend(), [](const QString &s) { return s.contains(u"CN=Old Intermediate"_s); }));

    // Not yet valid.
    CheckResult ny = certFailure(ResultCode::CertificateExpired, { QSslError::CertificateNotYetValid }, kLeafOnly);
    ny.tls.chain[0].notBefore = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
    const Dx n = Diagnosis::diagnose(ny, kNow);
    QVERIFY(std::any_of(n.details.cbegin(), n.details.cend(), [](const QString &s) {
        return s.contains(u"2025-06-01 00:00 UTC"_s) && s.contains(u"2025-03-14 09:30 UTC"_s);
    }));

    // Hostname: the names the certificate is valid for.
    const Dx h = Diagnosis::diagnose(
        certFailure(ResultCode::CertificateHostnameMismatch, { QSslError::HostNameMismatch },
            { cert(u"CN=mail.hoster.net"_s, u"CN=R11"_s, { u"mail.hoster.net"_s, u"smtp.hoster.net"_s }) }, 587,
            u"mail.customer.de"_s),
        kNow);
    QVERIFY(std::any_of(h.details.cbegin(), h.details.cend(),
        [](const QString &s) { return s.contains(u"mail.hoster.net"_s) && s.contains(u"smtp.hoster.net"_s); }));
    QVERIFY(std::any_of(
        h.details.cbegin(), h.details.cend(), [](const QString &s) { return s.contains(u"mail.customer.de"_s); }));
    // Without SANs the CN counts.
    const Dx cn
        = Diagnosis::diagnose(certFailure(ResultCode::CertificateHostnameMismatch, { QSslError::HostNameMismatch },
                                  { cert(u"CN=only-cn.example, O=X"_s, u"CN=R11"_s) }),
            kNow);
    QVERIFY(std::any_of(cn.details.cbegin(), cn.details.cend(),
        [](const QString &s) { return s.contains(u"only-cn.example"_s) && !s.contains(u"O=X"_s); }));

    // Untrusted: the issuer is shown to spot interception, with the fingerprint.
    const Dx u = Diagnosis::diagnose(
        certFailure(ResultCode::CertificateUntrusted, { QSslError::UnableToGetLocalIssuerCertificate }, kAvChain),
        kNow);
    QCOMPARE(u.id, u"CERT_UNTRUSTED"_s);
    QVERIFY(std::any_of(
        u.details.cbegin(), u.details.cend(), [](const QString &s) { return s.contains(u"Some Antivirus"_s); }));
    QVERIFY(std::any_of(u.details.cbegin(), u.details.cend(),
        [](const QString &s) { return s.contains(u"00112233445566778899aabbccddeeff"_s); }));

    // An empty chain does not crash and still explains.
    const Dx empty = Diagnosis::diagnose(certFailure(ResultCode::CertificateExpired, {}, {}), kNow);
    QCOMPARE(empty.id, u"CERT_EXPIRED"_s);
}

void TestDiagnosis::modeMismatchNamesFittingMode()
{
    CheckResult toTls = failed(ResultCode::WrongSecurityMode, Phase::Greeting, 465);
    toTls.security = Security::StartTls;
    toTls.suggestedSecurity = Security::Tls;
    CheckResult toStartTls = tlsFailure(ResultCode::WrongSecurityMode, u"wrong version number"_s, Security::Tls, 587);
    toStartTls.suggestedSecurity = Security::StartTls;
    const Dx a = Diagnosis::diagnose(toTls, kNow);
    const Dx b = Diagnosis::diagnose(toStartTls, kNow);
    QCOMPARE(a.id, u"TLS_MODE_MISMATCH"_s);
    QCOMPARE(b.id, u"TLS_MODE_MISMATCH"_s);
    QVERIFY(!a.details.isEmpty() && !b.details.isEmpty());
    // The advice differs with the mode that fits (mode names are product names, not prose).
    QVERIFY(a.advice != b.advice);
    QVERIFY(a.advice.contains(u"SSL/TLS"_s));
    QVERIFY(b.advice.contains(u"STARTTLS"_s));
    QVERIFY(a.details.constFirst().contains(u"465"_s));
    QVERIFY(b.details.constFirst().contains(u"587"_s));

    // Without the engine's suggestion, the port decides.
    CheckResult guess = tlsFailure(ResultCode::TlsHandshakeFailed, u"unexpected record"_s, Security::Tls, 25);
    QVERIFY(Diagnosis::diagnose(guess, kNow).advice.contains(u"STARTTLS"_s));

    // NET_NO_GREETING points to SSL/TLS when the check started in plain text.
    CheckResult ng = failed(ResultCode::NoGreeting, Phase::Greeting, 465);
    ng.security = Security::StartTls;
    QVERIFY(Diagnosis::diagnose(ng, kNow).advice.contains(u"SSL/TLS"_s));
}

void TestDiagnosis::injectionWarning()
{
    CheckResult r = ok();
    r.tls.discardedPlaintextBytes = 1;
    const Dx d = Diagnosis::diagnose(r, kNow);
    QCOMPARE(d.id, u"STARTTLS_INJECTION"_s);
    QCOMPARE(d.severity, Severity::Warning);
    QCOMPARE(d.phase, Phase::StartTls);
    QCOMPARE(d.details.size(), 1);

    // With a failure, the failure is the diagnosis and the injection a detail.
    CheckResult f = withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth)), "535 5.7.8 nope");
    f.tls.discardedPlaintextBytes = 40;
    const Dx fd = Diagnosis::diagnose(f, kNow);
    QCOMPARE(fd.id, u"AUTH_CREDENTIALS_INVALID"_s);
    QCOMPARE(fd.details.size(), 1);
    QVERIFY(fd.details.constFirst().contains(u"40"_s));
}

void TestDiagnosis::encryptionRemoved()
{
    const QDateTime before(QDate(2026, 10, 1), QTime(9, 30), Qt::UTC);
    CheckResult r = withReply(failed(ResultCode::StartTlsNotOffered, Phase::StartTls), "250-mx.example.com\n250 SIZE 1000");
    // Without history the same result is the ordinary "not offered".
    QCOMPARE(Diagnosis::diagnose(r, kNow).id, u"STARTTLS_NOT_OFFERED"_s);
    r.encryptedBeforeUtc = before;
    r.capabilities = Smtp::Capabilities::fromEhloReply(r.lastReply);
    const Dx d = Diagnosis::diagnose(r, kNow);
    QCOMPARE(d.id, u"ENCRYPTION_REMOVED"_s);
    QCOMPARE(d.severity, Severity::Error);
    QCOMPARE(d.phase, Phase::StartTls);
    // The date it was last encrypted is in the cause and in the details; the server's
    // keywords too (what it offers instead).
    QVERIFY2(d.cause.contains(u"2026-10-01 09:30 UTC"_s), qPrintable(d.cause));
    QVERIFY(d.details.constFirst().contains(u"2026-10-01 09:30 UTC"_s));
    QVERIFY(d.details.join(u'\n').contains(u"SIZE"_s));
    QVERIFY2(d.title.contains(u"password was not sent"_s), qPrintable(d.title));
    // In the JSON of the check too.
    QCOMPARE(Diagnosis::diagnosisToJson(d).value(u"id"_s).toString(), u"ENCRYPTION_REMOVED"_s);
}

void TestDiagnosis::phaseAndSeverity()
{
    const Dx okD = Diagnosis::diagnose(ok(), kNow);
    QCOMPARE(okD.severity, Severity::Ok);
    QCOMPARE(okD.phase, Phase::Auth); // the last step that ran
    QCOMPARE(Diagnosis::diagnose(ok(Security::None, 25), kNow).severity, Severity::Warning);
    QCOMPARE(Diagnosis::diagnose(failed(ResultCode::Cancelled, Phase::Auth), kNow).severity, Severity::Warning);
    const CheckResult grey
        = withReply(afterTls(failed(ResultCode::RecipientRejected, Phase::RcptTo)), "451 4.7.1 Greylisted");
    QCOMPARE(Diagnosis::diagnose(grey, kNow).severity, Severity::Warning);
    const Dx dns = Diagnosis::diagnose(failed(ResultCode::DnsFailure, Phase::Resolve), kNow);
    QCOMPARE(dns.severity, Severity::Error);
    QCOMPARE(dns.phase, Phase::Resolve);
    QCOMPARE(Diagnosis::severityId(Severity::Ok), u"ok"_s);
    QCOMPARE(Diagnosis::severityId(Severity::Warning), u"warning"_s);
    QCOMPARE(Diagnosis::severityId(Severity::Error), u"error"_s);
}

void TestDiagnosis::json()
{
    const CheckResult r = withReply(afterTls(failed(ResultCode::AuthFailed, Phase::Auth, 465, u"smtp.gmail.com"_s)),
        "535 5.7.8 Username and Password not accepted.");
    const Dx d = Diagnosis::diagnose(r, kNow);
    const QJsonObject o = Diagnosis::diagnosisToJson(d);
    QCOMPARE(o.keys().size(), 9);
    QCOMPARE(o.value(u"id"_s).toString(), u"AUTH_CREDENTIALS_INVALID"_s);
    QCOMPARE(o.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(o.value(u"phase"_s).toString(), u"auth"_s);
    QCOMPARE(o.value(u"title"_s).toString(), d.title);
    QCOMPARE(o.value(u"cause"_s).toString(), d.cause);
    QCOMPARE(o.value(u"advice"_s).toString(), d.advice);
    QCOMPARE(o.value(u"server_reply"_s).toString(), u"535 5.7.8 Username and Password not accepted."_s);
    QVERIFY(o.value(u"hints"_s).isArray());
    QCOMPARE(o.value(u"hints"_s).toArray().size(), d.hints.size());
    QVERIFY(o.value(u"details"_s).isArray());
    QCOMPARE(o.value(u"details"_s).toArray().size(), d.details.size());
}

void TestDiagnosis::pure()
{
    const CheckResult r = certFailure(ResultCode::CertificateExpired, { QSslError::CertificateExpired }, kLeafOnly);
    const Dx a = Diagnosis::diagnose(r, kNow);
    const Dx b = Diagnosis::diagnose(r, kNow);
    QCOMPARE(Diagnosis::diagnosisToJson(a), Diagnosis::diagnosisToJson(b));
    // A non-UTC "now" means the same instant.
    const Dx c = Diagnosis::diagnose(r, kNow.toOffsetFromUtc(3600));
    QCOMPARE(Diagnosis::diagnosisToJson(a), Diagnosis::diagnosisToJson(c));
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
