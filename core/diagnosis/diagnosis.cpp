// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/diagnosis.h"

#include "diagnosis/diagnosis_p.h"

#include <QJsonArray>
#include <QSslError>

#include <optional>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Diagnosis {

namespace Internal {

QString kindId(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return u"OK"_s;
    case Kind::OkWithWarning:
        return u"OK_WITH_WARNING"_s;
    case Kind::StartTlsInjection:
        return u"STARTTLS_INJECTION"_s;
    case Kind::InvalidInput:
        return u"INVALID_INPUT"_s;
    case Kind::Cancelled:
        return u"CANCELLED"_s;
    case Kind::Timeout:
        return u"TIMEOUT"_s;
    case Kind::NetDns:
        return u"NET_DNS"_s;
    case Kind::NetRefused:
        return u"NET_REFUSED"_s;
    case Kind::NetTimeout:
        return u"NET_TIMEOUT"_s;
    case Kind::NetUnreachable:
        return u"NET_UNREACHABLE"_s;
    case Kind::NetNoGreeting:
        return u"NET_NO_GREETING"_s;
    case Kind::TlsModeMismatch:
        return u"TLS_MODE_MISMATCH"_s;
    case Kind::TlsVersion:
        return u"TLS_VERSION"_s;
    case Kind::TlsHandshake:
        return u"TLS_HANDSHAKE"_s;
    case Kind::CertExpired:
        return u"CERT_EXPIRED"_s;
    case Kind::CertNotYetValid:
        return u"CERT_NOT_YET_VALID"_s;
    case Kind::CertHostname:
        return u"CERT_HOSTNAME"_s;
    case Kind::CertUntrusted:
        return u"CERT_UNTRUSTED"_s;
    case Kind::CertSelfSigned:
        return u"CERT_SELF_SIGNED"_s;
    case Kind::CertChainIncomplete:
        return u"CERT_CHAIN_INCOMPLETE"_s;
    case Kind::EncryptionRemoved:
        return u"ENCRYPTION_REMOVED"_s;
    case Kind::StartTlsNotOffered:
        return u"STARTTLS_NOT_OFFERED"_s;
    case Kind::StartTlsRefused:
        return u"STARTTLS_REFUSED"_s;
    case Kind::ServiceUnavailable:
        return u"SERVICE_UNAVAILABLE"_s;
    case Kind::GreetingRejected:
        return u"GREETING_REJECTED"_s;
    case Kind::EhloRejected:
        return u"EHLO_REJECTED"_s;
    case Kind::AuthNotOffered:
        return u"AUTH_NOT_OFFERED"_s;
    case Kind::AuthMechUnsupported:
        return u"AUTH_MECH_UNSUPPORTED"_s;
    case Kind::AuthWeakMech:
        return u"AUTH_WEAK_MECH"_s;
    case Kind::AuthAppPasswordRequired:
        return u"AUTH_APP_PASSWORD_REQUIRED"_s;
    case Kind::AuthWebLoginRequired:
        return u"AUTH_WEB_LOGIN_REQUIRED"_s;
    case Kind::AuthCredentialsInvalid:
        return u"AUTH_CREDENTIALS_INVALID"_s;
    case Kind::AuthDisabledTenant:
        return u"AUTH_DISABLED_TENANT"_s;
    case Kind::AuthBlockedPolicy:
        return u"AUTH_BLOCKED_POLICY"_s;
    case Kind::AuthEncryptionRequired:
        return u"AUTH_ENCRYPTION_REQUIRED"_s;
    case Kind::AuthPasswordTransition:
        return u"AUTH_PASSWORD_TRANSITION"_s;
    case Kind::AuthTempFailure:
        return u"AUTH_TEMP_FAILURE"_s;
    case Kind::AccountDisabled:
        return u"ACCOUNT_DISABLED"_s;
    case Kind::TlsRequiredByServer:
        return u"TLS_REQUIRED_BY_SERVER"_s;
    case Kind::AuthRequired:
        return u"AUTH_REQUIRED"_s;
    case Kind::PlaintextAuthRefused:
        return u"PLAINTEXT_AUTH_REFUSED"_s;
    case Kind::SenderNotAllowed:
        return u"SENDER_NOT_ALLOWED"_s;
    case Kind::SendAsDenied:
        return u"SENDAS_DENIED"_s;
    case Kind::RelayDenied:
        return u"RELAY_DENIED"_s;
    case Kind::RecipientUnknown:
        return u"RECIPIENT_UNKNOWN"_s;
    case Kind::TooManyRecipients:
        return u"TOO_MANY_RECIPIENTS"_s;
    case Kind::MessageTooLarge:
        return u"MESSAGE_TOO_LARGE"_s;
    case Kind::MailboxFull:
        return u"MAILBOX_FULL"_s;
    case Kind::QuotaExceeded:
        return u"QUOTA_EXCEEDED"_s;
    case Kind::Greylisted:
        return u"GREYLISTED"_s;
    case Kind::ServerTempError:
        return u"SERVER_TEMP_ERROR"_s;
    case Kind::PolicyRejected:
        return u"POLICY_REJECTED"_s;
    case Kind::Smtputf8Required:
        return u"SMTPUTF8_REQUIRED"_s;
    case Kind::LineTooLong:
        return u"LINE_TOO_LONG"_s;
    case Kind::ParamUnsupported:
        return u"PARAM_UNSUPPORTED"_s;
    case Kind::BadSequence:
        return u"BAD_SEQUENCE"_s;
    case Kind::ProtocolError:
        return u"PROTOCOL_ERROR"_s;
    }
    return {};
}

Severity kindSeverity(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return Severity::Ok;
    case Kind::OkWithWarning:
    case Kind::StartTlsInjection:
    case Kind::Cancelled:
    case Kind::Greylisted: // the settings are fine; the server only asks to wait
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

bool isPlaintextPeerError(const QString &handshakeError)
{
    // OpenSSL's words when the other side answers in plain text instead of TLS.
    static const QStringList markers = { u"wrong version number"_s, u"unknown protocol"_s, u"packet length too long"_s,
        u"unexpected record"_s, u"unexpected message"_s, u"http request"_s };
    for (const QString &m : markers) {
        if (handshakeError.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Security fittingSecurity(const CheckResult &result)
{
    if (result.suggestedSecurity && *result.suggestedSecurity != Security::None)
        return *result.suggestedSecurity;
    if (result.port == 465)
        return Security::Tls;
    if (result.security == Security::StartTls && result.port != 587 && result.port != 25)
        return Security::Tls; // STARTTLS failed on an unusual port: the other mode is the candidate
    return Security::StartTls;
}

bool isUnverifiedServerLogin(const CheckResult &result)
{
    return result.code == ResultCode::AuthFailed && result.lastReply.code == 235;
}

namespace {

bool hasCode(const CheckResult &r, QSslError::SslError e)
{
    return r.tls.errorCodes.contains(int(e));
}

bool isTlsVersionError(const QString &handshakeError)
{
    // The server insists on old protocol versions or weak ciphers we do not offer.
    static const QStringList markers = { u"protocol version"_s, u"no shared cipher"_s, u"unsupported protocol"_s,
        u"no protocols available"_s, u"no ciphers available"_s, u"dh key too small"_s, u"version too low"_s };
    for (const QString &m : markers) {
        if (handshakeError.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Kind classifyUntrusted(const CheckResult &r)
{
    if (hasCode(r, QSslError::SelfSignedCertificate))
        return Kind::CertSelfSigned;
    const bool leafOnly = r.tls.chain.size() <= 1;
    if (hasCode(r, QSslError::UnableToGetIssuerCertificate))
        return Kind::CertChainIncomplete;
    if (hasCode(r, QSslError::UnableToGetLocalIssuerCertificate)
        || hasCode(r, QSslError::UnableToVerifyFirstCertificate)) {
        // The server sent only its own certificate (not self-signed): the intermediate is
        // missing. With a longer chain the issuer itself is unknown here: a private CA,
        // or an antivirus program or proxy that intercepts TLS.
        const bool leafSelfSigned = !r.tls.chain.isEmpty() && r.tls.chain.first().selfSigned;
        if (leafOnly && !leafSelfSigned)
            return Kind::CertChainIncomplete;
        return Kind::CertUntrusted;
    }
    if (r.tls.errorCodes.isEmpty() && r.tls.chain.size() == 1 && r.tls.chain.first().selfSigned)
        return Kind::CertSelfSigned;
    return Kind::CertUntrusted;
}

Kind classifyExpired(const CheckResult &r, const QDateTime &now)
{
    const bool notYet = hasCode(r, QSslError::CertificateNotYetValid);
    const bool expired = hasCode(r, QSslError::CertificateExpired);
    if (notYet && !expired)
        return Kind::CertNotYetValid;
    if (!notYet && !expired) {
        // No error codes (e.g. a result read back from somewhere): look at the dates.
        for (const Tls::CertificateInfo &c : r.tls.chain) {
            if (c.notBefore.isValid() && c.notBefore > now)
                return Kind::CertNotYetValid;
        }
    }
    return Kind::CertExpired;
}

Kind classifyTlsHandshake(const CheckResult &r)
{
    if (r.failedPhase == Phase::StartTls)
        return Kind::StartTlsRefused; // the STARTTLS command itself was refused
    const QString &he = r.tls.handshakeError;
    if (isTlsVersionError(he))
        return Kind::TlsVersion;
    if (r.security == Security::Tls && isPlaintextPeerError(he))
        return Kind::TlsModeMismatch;
    return Kind::TlsHandshake;
}

// Reply-based classification. Enhanced status code first, then the basic code, then
// known provider texts; all within the phase the reply answered.
class ReplyClassifier
{
public:
    explicit ReplyClassifier(const CheckResult &r)
        : m_r(r)
        , m_reply(r.lastReply)
        , m_e(r.lastReply.enhanced)
        , m_text(r.lastReply.text())
        , m_code(r.lastReply.code)
    {
    }

    std::optional<Kind> classify() const
    {
        if (m_code < 400 || m_code > 599)
            return std::nullopt;
        if (m_code == 421)
            return Kind::ServiceUnavailable; // the server closes the session (RFC 5321 3.8)
        switch (m_r.failedPhase) {
        case Phase::Greeting:
            return m_reply.isPermanentFailure() ? Kind::GreetingRejected : Kind::ServiceUnavailable;
        case Phase::Ehlo:
        case Phase::EhloAfterTls:
            if (m_reply.isPermanentFailure())
                return (m_code == 554 || m_e.startsWith(u"5.7."_s)) ? Kind::GreetingRejected : Kind::EhloRejected;
            return general();
        case Phase::StartTls:
            return Kind::StartTlsRefused;
        case Phase::Auth:
            return auth();
        default:
            return mail();
        }
    }

private:
    bool has(QStringView s) const { return m_text.contains(s, Qt::CaseInsensitive); }
    bool enh(QStringView s) const { return m_e == s; }
    bool transient() const { return m_reply.isTransientFailure(); }
    Phase phase() const { return m_r.failedPhase; }

    Kind auth() const
    {
        if (enh(u"5.7.14") || has(u"log in via your web browser") || has(u"log in via your browser"))
            return Kind::AuthWebLoginRequired;
        if (has(u"application-specific password") || has(u"app password") || has(u"app-specific password"))
            return Kind::AuthAppPasswordRequired;
        if (enh(u"5.7.9") || m_code == 534)
            return Kind::AuthWeakMech;
        if (enh(u"5.7.139")) {
            if (has(u"SmtpClientAuthentication is disabled") || has(u"basic authentication is disabled"))
                return Kind::AuthDisabledTenant;
            return Kind::AuthBlockedPolicy;
        }
        if (enh(u"5.7.8") || enh(u"5.7.3"))
            return Kind::AuthCredentialsInvalid;
        if (enh(u"5.7.11") || m_code == 538)
            return Kind::AuthEncryptionRequired;
        if (enh(u"4.7.12") || m_code == 432)
            return Kind::AuthPasswordTransition;
        if (enh(u"5.7.13") || m_code == 525)
            return Kind::AccountDisabled;
        if (enh(u"5.5.6") || (m_code == 500 && has(u"too long")))
            return Kind::LineTooLong;
        if (m_code == 504 || enh(u"5.5.4") || enh(u"5.7.4"))
            return Kind::AuthMechUnsupported;
        if (m_code == 530) {
            if (has(u"STARTTLS") || !m_r.tls.established)
                return Kind::TlsRequiredByServer;
            return Kind::AuthCredentialsInvalid;
        }
        if (m_code == 503) {
            if (has(u"not enabled") || has(u"not available") || has(u"not supported") || has(u"not advertised"))
                return Kind::AuthNotOffered;
            return Kind::BadSequence;
        }
        if (transient()) {
            if (enh(u"4.3.2") || enh(u"4.4.5") || has(u"too many connections"))
                return Kind::ServiceUnavailable;
            return Kind::AuthTempFailure; // 454 4.7.0, "Too many login attempts", backend trouble
        }
        if (has(u"account disabled") || has(u"account is disabled"))
            return Kind::AccountDisabled;
        if (has(u"SmtpClientAuthentication is disabled"))
            return Kind::AuthDisabledTenant;
        return Kind::AuthCredentialsInvalid;
    }

    // MAIL FROM, RCPT TO, DATA (and anything after).
    Kind mail() const
    {
        // A deferral that names greylisting is greylisting, whatever the code says.
        if (transient() && has(u"greylist"))
            return Kind::Greylisted;
        // 530 (RFC 4954): authentication, or encryption before it, is required.
        if (m_code == 530 || enh(u"5.7.57"))
            return authOrTlsRequired();

        // 1. The enhanced status code (RFC 3463), refined by the text where one code
        //    covers several causes.
        if (enh(u"5.7.60") || (enh(u"5.2.0") && has(u"SendAsDenied")))
            return Kind::SendAsDenied;
        if (enh(u"5.7.54"))
            return Kind::RelayDenied;
        if (enh(u"5.4.5"))
            return Kind::QuotaExceeded;
        if (enh(u"5.2.2") || enh(u"4.2.2"))
            return Kind::MailboxFull;
        if (enh(u"5.3.4") || enh(u"5.2.3"))
            return Kind::MessageTooLarge;
        if (enh(u"4.5.3") || enh(u"5.5.3"))
            return Kind::TooManyRecipients;
        if (enh(u"5.6.7") || enh(u"4.6.7"))
            return Kind::Smtputf8Required;
        if (enh(u"5.5.6") || (enh(u"5.5.2") && has(u"too long")))
            return Kind::LineTooLong;
        if (enh(u"5.5.4") && m_code == 555)
            return Kind::ParamUnsupported;
        if (enh(u"5.5.1"))
            return authRequiredText() ? Kind::AuthRequired : Kind::BadSequence;
        if (enh(u"4.3.2") || enh(u"4.4.5"))
            return Kind::ServiceUnavailable;
        if (m_e.startsWith(u"5.1.")) {
            if (phase() == Phase::MailFrom)
                return Kind::SenderNotAllowed;
            if (phase() == Phase::RcptTo)
                return Kind::RecipientUnknown;
        }
        if (enh(u"5.4.1") && phase() == Phase::RcptTo)
            return Kind::RecipientUnknown; // Microsoft 365: "Recipient address rejected: Access denied"
        if (enh(u"5.7.23") || enh(u"5.7.25") || enh(u"5.7.26") || enh(u"5.7.27") || enh(u"5.7.7"))
            return Kind::PolicyRejected; // SPF, reverse DNS, DMARC, ...
        if (enh(u"4.7.1") || enh(u"5.7.1"))
            return securityPolicy();
        if (transient() && (m_e.startsWith(u"4.3.") || m_e.startsWith(u"4.4.")))
            return Kind::ServerTempError;

        // 2. Basic reply codes that say one thing only.
        if (m_code == 555)
            return Kind::ParamUnsupported;
        if (m_code == 503)
            return authRequiredText() ? Kind::AuthRequired : Kind::BadSequence;

        // 3. Known provider texts.
        if (const std::optional<Kind> k = fromText())
            return *k;

        // 4. The class of the basic code, within the phase.
        if (transient()) {
            if (phase() == Phase::RcptTo && m_code == 452)
                return Kind::TooManyRecipients; // RFC 5321 4.5.3.1.10
            return Kind::ServerTempError;
        }
        switch (phase()) {
        case Phase::MailFrom:
            return m_code == 552 ? Kind::MessageTooLarge : Kind::SenderNotAllowed;
        case Phase::RcptTo:
            if (m_code == 552)
                return Kind::MailboxFull;
            return m_code == 554 ? Kind::PolicyRejected : Kind::RecipientUnknown;
        case Phase::Data:
            return m_code == 552 ? Kind::MessageTooLarge : Kind::PolicyRejected;
        default:
            return Kind::ProtocolError;
        }
    }

    bool authRequiredText() const
    {
        return has(u"authentication required") || has(u"must be authenticated") || has(u"not authenticated")
            || has(u"authentication is required");
    }

    bool relayText() const
    {
        return has(u"relay access denied") || has(u"unable to relay") || has(u"relaying denied")
            || has(u"relay not permitted") || has(u"relaying not allowed") || has(u"relay denied");
    }

    Kind authOrTlsRequired() const
    {
        if (has(u"STARTTLS") || has(u"encryption required") || has(u"TLS required"))
            return Kind::TlsRequiredByServer;
        return Kind::AuthRequired;
    }

    // x.7.1 "delivery not authorized": relaying, sender permissions, spam policy or greylisting.
    Kind securityPolicy() const
    {
        if (relayText())
            return Kind::RelayDenied;
        if (has(u"send as"))
            return Kind::SendAsDenied;
        if (authRequiredText())
            return Kind::AuthRequired;
        switch (phase()) {
        case Phase::MailFrom:
            return transient() ? Kind::ServerTempError : Kind::SenderNotAllowed;
        case Phase::RcptTo:
            if (m_code == 454)
                return Kind::RelayDenied; // Postfix' default answer to unauthenticated relaying
            return transient() ? Kind::Greylisted : Kind::PolicyRejected;
        default:
            return transient() ? Kind::ServerTempError : Kind::PolicyRejected;
        }
    }

    std::optional<Kind> fromText() const
    {
        if (relayText())
            return Kind::RelayDenied;
        if (has(u"SendAsDenied") || has(u"send as this sender"))
            return Kind::SendAsDenied;
        if (authRequiredText())
            return Kind::AuthRequired;
        if (has(u"sending") && (has(u"limit") || has(u"quota")))
            return Kind::QuotaExceeded;
        if (has(u"mailbox full") || has(u"mailbox is full") || has(u"over quota") || has(u"quota exceeded"))
            return Kind::MailboxFull;
        if (has(u"message size") || has(u"too large") || has(u"too big") || has(u"size limit"))
            return Kind::MessageTooLarge;
        if (has(u"too many recipients"))
            return Kind::TooManyRecipients;
        if (has(u"non-ascii") || has(u"SMTPUTF8"))
            return Kind::Smtputf8Required;
        if (has(u"line too long"))
            return Kind::LineTooLong;
        if (has(u"too many connections"))
            return Kind::ServiceUnavailable;
        switch (phase()) {
        case Phase::MailFrom:
            if (has(u"not owned by user") || has(u"sender address rejected"))
                return Kind::SenderNotAllowed;
            break;
        case Phase::RcptTo:
            if (has(u"user unknown") || has(u"unknown user") || has(u"no such user") || has(u"does not exist")
                || has(u"recipient address rejected"))
                return Kind::RecipientUnknown;
            break;
        default:
            if (has(u"spam") || has(u"policy") || has(u"blocked") || has(u"SPF") || has(u"DMARC"))
                return Kind::PolicyRejected;
            break;
        }
        return std::nullopt;
    }

    Kind general() const
    {
        if (enh(u"4.3.2") || enh(u"4.4.5") || has(u"too many connections"))
            return Kind::ServiceUnavailable;
        return transient() ? Kind::ServerTempError : Kind::ProtocolError;
    }

    const CheckResult &m_r;
    const Smtp::Reply &m_reply;
    const QString m_e;
    const QString m_text;
    const int m_code;
};

} // namespace

namespace {

// Encryption is missing where these settings had it: STARTTLS not offered or refused, or
// the implicit-TLS port answering in plain text.
bool encryptionMissing(Kind kind, const CheckResult &r)
{
    switch (kind) {
    case Kind::StartTlsNotOffered:
    case Kind::StartTlsRefused:
        return true;
    case Kind::TlsModeMismatch:
        return r.security == Security::Tls;
    default:
        return false;
    }
}

Kind classifyResult(const CheckResult &r, const QDateTime &now);

} // namespace

Kind classify(const CheckResult &r, const QDateTime &now)
{
    const Kind kind = classifyResult(r, now);
    if (r.encryptedBeforeUtc.isValid() && encryptionMissing(kind, r))
        return Kind::EncryptionRemoved;
    return kind;
}

namespace {

Kind classifyResult(const CheckResult &r, const QDateTime &now)
{
    switch (r.code) {
    case ResultCode::Ok:
        if (r.tls.discardedPlaintextBytes > 0)
            return Kind::StartTlsInjection;
        if (!r.tls.established)
            return Kind::OkWithWarning; // worked, but unencrypted
        return Kind::Ok;
    case ResultCode::InvalidInput:
        return Kind::InvalidInput;
    case ResultCode::DnsFailure:
        return Kind::NetDns;
    case ResultCode::ConnectRefused:
        return Kind::NetRefused;
    case ResultCode::ConnectTimeout:
        return Kind::NetTimeout;
    case ResultCode::NetworkUnreachable:
        return Kind::NetUnreachable;
    case ResultCode::NoGreeting:
        return Kind::NetNoGreeting;
    case ResultCode::WrongSecurityMode:
        return Kind::TlsModeMismatch;
    case ResultCode::TlsHandshakeFailed:
        return classifyTlsHandshake(r);
    case ResultCode::CertificateUntrusted:
        return classifyUntrusted(r);
    case ResultCode::CertificateExpired:
        return classifyExpired(r, now);
    case ResultCode::CertificateHostnameMismatch:
        return Kind::CertHostname;
    case ResultCode::StartTlsNotOffered:
        return Kind::StartTlsNotOffered;
    case ResultCode::AuthNotOffered:
        return Kind::AuthNotOffered;
    case ResultCode::AuthMechanismUnsupported:
        return Kind::AuthMechUnsupported;
    case ResultCode::Timeout:
        return Kind::Timeout;
    case ResultCode::Cancelled:
        return Kind::Cancelled;
    case ResultCode::AuthFailed:
        if (isUnverifiedServerLogin(r))
            return Kind::ProtocolError;
        break;
    case ResultCode::PlaintextAuthRefused:
    case ResultCode::SenderRejected:
    case ResultCode::RecipientRejected:
    case ResultCode::MessageRejected:
    case ResultCode::ServerUnavailable:
    case ResultCode::ProtocolError:
        break;
    }

    // What is left was decided by a server reply.
    if (const std::optional<Kind> k = ReplyClassifier(r).classify())
        return *k;
    switch (r.code) {
    case ResultCode::AuthFailed:
        return Kind::AuthCredentialsInvalid;
    case ResultCode::PlaintextAuthRefused:
        return Kind::PlaintextAuthRefused;
    case ResultCode::SenderRejected:
        return Kind::SenderNotAllowed;
    case ResultCode::RecipientRejected:
        return Kind::RecipientUnknown;
    case ResultCode::MessageRejected:
        return Kind::PolicyRejected;
    case ResultCode::ServerUnavailable:
        return Kind::ServiceUnavailable;
    default:
        return Kind::ProtocolError;
    }
}

} // namespace

} // namespace Internal

using namespace Internal;

namespace {

// "535 5.7.8 text", one line per reply line, exactly as the server sent it.
QString quoteReply(const Smtp::Reply &reply)
{
    QStringList lines;
    for (const QString &line : reply.lines)
        lines << QString(QString::number(reply.code) + u' ' + line);
    if (lines.isEmpty())
        lines << QString::number(reply.code);
    return lines.join(u'\n');
}

Phase phaseFor(Kind kind, const CheckResult &r)
{
    if (kind == Kind::StartTlsInjection)
        return Phase::StartTls;
    if (r.code != ResultCode::Ok)
        return r.failedPhase;
    return r.phases.isEmpty() ? Phase::Quit : r.phases.constLast().phase;
}

} // namespace

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return u"ok"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

Diagnosis diagnose(const CheckResult &result, const QDateTime &nowUtc)
{
    const QDateTime now = nowUtc.toUTC();
    const Kind kind = classify(result, now);
    const Texts texts = textsFor(kind, result);

    Diagnosis d;
    d.id = kindId(kind);
    d.severity = kindSeverity(kind);
    d.phase = phaseFor(kind, result);
    d.title = texts.title;
    d.cause = texts.cause;
    d.advice = texts.advice;
    // The server's words, when they are what went wrong (not a stale positive reply).
    if (result.code != ResultCode::Ok && result.lastReply.isValid()
        && (result.lastReply.code >= 400 || isUnverifiedServerLogin(result)))
        d.serverReply = quoteReply(result.lastReply);
    d.hints = providerHints(kind, result);
    d.details = detailsFor(kind, result, now);
    return d;
}

QJsonObject diagnosisToJson(const Diagnosis &d)
{
    return QJsonObject {
        { u"id"_s, d.id },
        { u"severity"_s, severityId(d.severity) },
        { u"phase"_s, phaseId(d.phase) },
        { u"title"_s, d.title },
        { u"cause"_s, d.cause },
        { u"advice"_s, d.advice },
        { u"server_reply"_s, d.serverReply },
        { u"hints"_s, QJsonArray::fromStringList(d.hints) },
        { u"details"_s, QJsonArray::fromStringList(d.details) },
    };
}

QStringList allIds()
{
    QStringList ids;
    for (int i = 0; i < kindCount; ++i)
        ids << kindId(Kind(i));
    return ids;
}

} // namespace SmtpDoctor::Diagnosis
