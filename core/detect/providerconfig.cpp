// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/providerconfig.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

constexpr AuthMethod allAuthMethods[] = {
    AuthMethod::PasswordCleartext,
    AuthMethod::PasswordEncrypted,
    AuthMethod::OAuth2,
    AuthMethod::ClientIpAddress,
    AuthMethod::TlsClientCert,
    AuthMethod::GssApi,
    AuthMethod::Ntlm,
    AuthMethod::SmtpAfterPop,
    AuthMethod::None,
};

} // namespace

QString authMethodId(AuthMethod method)
{
    switch (method) {
    case AuthMethod::PasswordCleartext:
        return u"password-cleartext"_s;
    case AuthMethod::PasswordEncrypted:
        return u"password-encrypted"_s;
    case AuthMethod::OAuth2:
        return u"OAuth2"_s;
    case AuthMethod::ClientIpAddress:
        return u"client-IP-address"_s;
    case AuthMethod::TlsClientCert:
        return u"TLS-client-cert"_s;
    case AuthMethod::GssApi:
        return u"GSSAPI"_s;
    case AuthMethod::Ntlm:
        return u"NTLM"_s;
    case AuthMethod::SmtpAfterPop:
        return u"SMTP-after-POP"_s;
    case AuthMethod::None:
        return u"none"_s;
    }
    return {};
}

std::optional<AuthMethod> authMethodFromId(QStringView id)
{
    const QStringView trimmed = id.trimmed();
    for (AuthMethod method : allAuthMethods) {
        if (trimmed.compare(authMethodId(method), Qt::CaseInsensitive) == 0)
            return method;
    }
    // Spellings of the older config format that Thunderbird still accepts.
    if (trimmed.compare(u"plain", Qt::CaseInsensitive) == 0)
        return AuthMethod::PasswordCleartext;
    if (trimmed.compare(u"secure", Qt::CaseInsensitive) == 0)
        return AuthMethod::PasswordEncrypted;
    return std::nullopt;
}

bool ProviderConfig::offersOAuth2() const
{
    return std::any_of(
        outgoingServers.cbegin(), outgoingServers.cend(), [](const OutgoingServer &s) { return s.offersOAuth2(); });
}

bool ProviderConfig::requiresOAuth2() const
{
    return !outgoingServers.isEmpty()
        && std::all_of(outgoingServers.cbegin(), outgoingServers.cend(),
            [](const OutgoingServer &s) { return s.requiresOAuth2(); });
}

} // namespace SmtpDoctor::Detect
