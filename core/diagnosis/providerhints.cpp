// SPDX-License-Identifier: GPL-3.0-or-later
// Offline provider hints, keyed by the suffix of the host name (and port 25). They are
// shown after the code-based explanation and only where they fit the diagnosis.
#include "diagnosis/diagnosis_p.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Diagnosis::Internal {

namespace {

enum class Provider { None, Google, Microsoft, Apple, TOnline, GmxWebDe, AmazonSes };

bool hostEndsWith(const QString &host, const QString &suffix)
{
    return host == suffix || host.endsWith(u'.' + suffix);
}

Provider providerOf(const QString &hostName)
{
    QString host = hostName.trimmed().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return Provider::None;
    const auto any = [&host](std::initializer_list<QString> suffixes) {
        for (const QString &s : suffixes) {
            if (hostEndsWith(host, s))
                return true;
        }
        return false;
    };
    if (any({ u"gmail.com"_s, u"googlemail.com"_s }))
        return Provider::Google;
    if (any({ u"office365.com"_s, u"outlook.com"_s, u"hotmail.com"_s, u"live.com"_s }))
        return Provider::Microsoft;
    if (any({ u"me.com"_s, u"icloud.com"_s, u"mac.com"_s }))
        return Provider::Apple;
    if (any({ u"t-online.de"_s }))
        return Provider::TOnline;
    if (any({ u"gmx.net"_s, u"gmx.de"_s, u"gmx.com"_s, u"gmx.at"_s, u"gmx.ch"_s, u"web.de"_s }))
        return Provider::GmxWebDe;
    if (any({ u"amazonses.com"_s }) || (host.startsWith(u"email-smtp."_s) && hostEndsWith(host, u"amazonaws.com"_s)))
        return Provider::AmazonSes;
    return Provider::None;
}

// Failures where the password or the account's login settings are the likely problem.
bool isLoginProblem(Kind k)
{
    switch (k) {
    case Kind::AuthCredentialsInvalid:
    case Kind::AuthAppPasswordRequired:
    case Kind::AuthWeakMech:
    case Kind::AuthWebLoginRequired:
    case Kind::AuthDisabledTenant:
    case Kind::AuthBlockedPolicy:
    case Kind::AuthMechUnsupported:
        return true;
    default:
        return false;
    }
}

bool usedPasswordLogin(const CheckResult &r)
{
    return r.auth.attempted && r.auth.used != u"XOAUTH2"_s && r.auth.used != u"OAUTHBEARER"_s;
}

QString microsoftRetirementHint()
{
    return DiagnosisText::tr("Microsoft is retiring password login (Basic authentication) for SMTP. Plan to use a "
                             "program that signs in with OAuth.");
}

} // namespace

QStringList providerHints(Kind kind, const CheckResult &r)
{
    QStringList hints;
    const Provider provider = providerOf(r.host);
    const Severity severity = kindSeverity(kind);
    const bool failed = severity == Severity::Error || kind == Kind::Greylisted;

    if (failed) {
        switch (provider) {
        case Provider::Google:
            hints << DiagnosisText::tr("Gmail: use smtp.gmail.com with SSL/TLS on port 465 or STARTTLS on port "
                                       "587.");
            if (isLoginProblem(kind))
                hints << DiagnosisText::tr("With Google 2-Step Verification, Gmail accepts only an app password or "
                                           "OAuth sign-in, not your normal Google password. Accounts in Google's "
                                           "Advanced Protection Program cannot use app passwords.");
            break;
        case Provider::Microsoft:
            hints << DiagnosisText::tr("Microsoft 365 and Outlook.com: use smtp.office365.com with STARTTLS on port "
                                       "587. Ports 465 and 25 are not meant for mail programs.");
            if (kind == Kind::AuthCredentialsInvalid || kind == Kind::AuthDisabledTenant
                || kind == Kind::AuthBlockedPolicy) {
                hints << DiagnosisText::tr("Microsoft 365 administrators can switch off SMTP login for the whole "
                                           "organisation or for single mailboxes (error 5.7.139).");
                hints << microsoftRetirementHint();
            }
            if (kind == Kind::SenderNotAllowed || kind == Kind::SendAsDenied)
                hints << DiagnosisText::tr("Microsoft 365: the sender must be the mailbox you log in with, unless "
                                           "you have \"Send As\" permission for the address (error 5.7.60).");
            if (kind == Kind::ServiceUnavailable || kind == Kind::TlsVersion || kind == Kind::TlsHandshake)
                hints << DiagnosisText::tr("Microsoft 365 accepts only TLS 1.2 or newer. Older devices such as "
                                           "printers or scanners that fail with error 4.7.66 need an update.");
            break;
        case Provider::Apple:
            hints << DiagnosisText::tr("iCloud Mail: use smtp.mail.me.com with STARTTLS on port 587.");
            if (isLoginProblem(kind))
                hints << DiagnosisText::tr("iCloud Mail requires an app-specific password created in your Apple "
                                           "account settings, not your Apple account password.");
            break;
        case Provider::TOnline:
            hints << DiagnosisText::tr("T-Online: use securesmtp.t-online.de with SSL/TLS on port 465 or STARTTLS "
                                       "on port 587.");
            if (isLoginProblem(kind))
                hints << DiagnosisText::tr("T-Online: mail programs need the separate e-mail password that you set "
                                           "in the Telekom customer centre, not your Telekom login password.");
            break;
        case Provider::GmxWebDe:
            if (isLoginProblem(kind) || kind == Kind::AuthNotOffered)
                hints << DiagnosisText::tr("GMX and WEB.DE: access by mail programs (POP3, IMAP, SMTP) may first "
                                           "have to be allowed in the settings of your webmail.");
            break;
        case Provider::AmazonSes:
            hints << DiagnosisText::tr("Amazon SES: encryption (STARTTLS or SSL/TLS) must be active before the "
                                       "login, and the login uses the SMTP credentials created for SES, not your "
                                       "AWS console password.");
            break;
        case Provider::None:
            break;
        }
    } else if (kind != Kind::Cancelled && provider == Provider::Microsoft && r.auth.ok && usedPasswordLogin(r)) {
        hints << microsoftRetirementHint();
    }

    // With NET_TIMEOUT on port 25 the explanation itself already says this.
    if (r.port == 25 && kind != Kind::Cancelled && kind != Kind::InvalidInput && kind != Kind::NetTimeout)
        hints << DiagnosisText::tr("Port 25 is meant for mail between servers. Many internet providers, cloud hosts "
                                   "and guest networks block it or redirect it to their own server. To send from a "
                                   "mail program, use port 587 (STARTTLS) or 465 (SSL/TLS).");
    return hints;
}

} // namespace SmtpDoctor::Diagnosis::Internal
