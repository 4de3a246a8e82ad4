// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/localizedtext.h"
#include "smtp/security.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace SmtpDoctor::Detect {

// An <authentication> value of config-v1.1 (Thunderbird's spelling in comments).
enum class AuthMethod {
    PasswordCleartext, // "password-cleartext": PLAIN/LOGIN, protected by TLS
    PasswordEncrypted, // "password-encrypted": CRAM-MD5 and friends
    OAuth2,            // "OAuth2": XOAUTH2/OAUTHBEARER with a token from the provider
    ClientIpAddress,   // "client-IP-address": no login, the server trusts the network
    TlsClientCert,     // "TLS-client-cert"
    GssApi,            // "GSSAPI" (Kerberos)
    Ntlm,              // "NTLM"
    SmtpAfterPop,      // "SMTP-after-POP"
    None,              // "none": no authentication
};

// The config-v1.1 spelling ("password-cleartext") and its inverse (case-insensitive).
[[nodiscard]] QString authMethodId(AuthMethod method);
[[nodiscard]] std::optional<AuthMethod> authMethodFromId(QStringView id);

// One <outgoingServer type="smtp"> (or a local bridge endpoint, see NoThirdPartySmtp).
struct OutgoingServer
{
    QString host;                 // lower-case ACE host name (validated once placeholders are resolved)
    quint16 port = 0;             // 1..65535
    Security security = Security::StartTls; // socketType: SSL -> Tls, STARTTLS -> StartTls, plain -> None
    QList<AuthMethod> authMethods; // file order, without duplicates; empty when the file named none we know
    QString username;             // login name with placeholders resolved; empty when the file gives none
    // The login name before an address was put in (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%
    // as in the file), so that it can be resolved for another address of the same domain
    // (resolveUserName()). Set by resolvePlaceholders(); empty = the login name holds for the
    // resolved address only.
    QString usernameTemplate;
    // The host name was built from the address's local part (%EMAILADDRESS%/%EMAILLOCALPART% in
    // <hostname>): it holds for that address only.
    bool hostFromAddress = false;

    // OAuth2 is among authMethods.
    [[nodiscard]] bool offersOAuth2() const { return authMethods.contains(AuthMethod::OAuth2); }
    // OAuth2 is the only method: a password will not work on this server.
    [[nodiscard]] bool requiresOAuth2() const
    {
        return !authMethods.isEmpty() && authMethods.count(AuthMethod::OAuth2) == authMethods.size();
    }

    friend bool operator==(const OutgoingServer &, const OutgoingServer &) = default;
};

// <documentation url="…"><descr lang="…">…</descr></documentation>
struct DocumentationLink
{
    QUrl url;                  // http or https only
    LocalizedText description; // may be empty: show the URL then

    friend bool operator==(const DocumentationLink &, const DocumentationLink &) = default;
};

// <enable visiturl="…"><instruction lang="…">…</instruction></enable>: something the user must
// switch on in the provider's web settings first. Verbatim from the file: in the ISPDB these
// sometimes speak of IMAP rather than SMTP.
struct EnableHint
{
    QUrl visitUrl;             // http or https only; may be empty
    LocalizedText instruction;

    friend bool operator==(const EnableHint &, const EnableHint &) = default;
};

// <oAuth2><issuer/><scope/><authURL/><tokenURL/></oAuth2>
struct OAuth2Info
{
    QString issuer;            // e.g. "accounts.google.com"
    QStringList scopes;        // <scope> split at white space
    QUrl authUrl;              // https only, may be empty
    QUrl tokenUrl;             // https only, may be empty

    friend bool operator==(const OAuth2Info &, const OAuth2Info &) = default;
};

// SMTP Doctor extension (overlay only, see resources/providers/overlay.xml): the account
// password alone does not work in mail programs.
struct PasswordHint
{
    enum class Kind {
        AppPassword,  // kind="app-password": create an app(-specific) password in the account settings
        MailPassword, // kind="mail-password": a separate password for mail programs (T-Online "E-Mail-Passwort")
        EnableAccess, // kind="enable-access": switch on access for mail programs (POP3/IMAP/SMTP) first
    };
    enum class When {
        Always,       // when="always"
        TwoFactor,    // when="two-factor": only when two-factor authentication is on
    };
    Kind kind = Kind::AppPassword;
    When when = When::Always;
    QUrl url;                  // the provider's help or settings page (https), may be empty
    LocalizedText instruction; // en + de in our overlay

    friend bool operator==(const PasswordHint &, const PasswordHint &) = default;
};

// SMTP Doctor extension (overlay only): the provider offers no SMTP submission server for
// third-party programs. The UI should explain this instead of probing servers.
struct NoThirdPartySmtp
{
    enum class Reason {
        NotOffered,      // reason="not-offered": no SMTP at all (Tuta)
        LocalBridgeOnly, // reason="local-bridge": only through the provider's bridge app on this computer (Proton)
    };
    Reason reason = Reason::NotOffered;
    QUrl url;                  // the provider's explanation (https)
    LocalizedText explanation; // en + de in our overlay
    // The bridge's usual local endpoint (loopback only, e.g. 127.0.0.1:1025 STARTTLS); the
    // bridge app shows the real port and a generated password. Only for LocalBridgeOnly.
    std::optional<OutgoingServer> bridge;

    friend bool operator==(const NoThirdPartySmtp &, const NoThirdPartySmtp &) = default;
};

// Where a ProviderConfig came from.
enum class ConfigOrigin {
    Document, // parseAutoconfig() on bytes from the caller (e.g. the provider's autoconfig URL)
    Ispdb,    // the bundled Thunderbird ISPDB snapshot (MPL-2.0), possibly amended by our overlay
    Overlay,  // SMTP Doctor's own overlay
};

// One <emailProvider> of a config-v1.1 document, reduced to what SMTP Doctor needs.
struct ProviderConfig
{
    QString id;                          // <emailProvider id="…">, e.g. "googlemail.com"
    QString displayName;                 // <displayName>
    QString displayShortName;            // <displayShortName>, may be empty
    QStringList domains;                 // <domain>s, lower-case ACE, file order, no duplicates
    QList<OutgoingServer> outgoingServers; // every usable <outgoingServer type="smtp">, file order
    QList<DocumentationLink> documentation;
    QList<EnableHint> enableHints;       // <enable> inside <emailProvider> or at top level
    std::optional<OAuth2Info> oauth2;    // <oAuth2> at top level (or inside <emailProvider>)
    QList<PasswordHint> passwordHints;   // overlay only
    std::optional<NoThirdPartySmtp> noThirdPartySmtp; // overlay only
    ConfigOrigin origin = ConfigOrigin::Document;

    // Some server offers OAuth2.
    [[nodiscard]] bool offersOAuth2() const;
    // There are servers and every one of them accepts only OAuth2.
    [[nodiscard]] bool requiresOAuth2() const;

    friend bool operator==(const ProviderConfig &, const ProviderConfig &) = default;
};

} // namespace SmtpDoctor::Detect
