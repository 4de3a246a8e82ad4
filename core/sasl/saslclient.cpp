// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/saslclient.h"

#include "sasl/crammd5.h"
#include "sasl/login.h"
#include "sasl/oauth.h"
#include "sasl/plain.h"
#include "sasl/scram.h"

#include <array>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Sasl {

namespace {

constexpr std::array AllMechanisms{
    Mechanism::Plain,     Mechanism::Login,   Mechanism::CramMd5,     Mechanism::ScramSha1,
    Mechanism::ScramSha256, Mechanism::XOAuth2, Mechanism::OAuthBearer,
};

constexpr std::array TokenOrder{Mechanism::OAuthBearer, Mechanism::XOAuth2};
constexpr std::array PasswordOrderTls{
    Mechanism::ScramSha256, Mechanism::ScramSha1, Mechanism::Plain, Mechanism::Login, Mechanism::CramMd5,
};
constexpr std::array PasswordOrderPlaintext{
    Mechanism::ScramSha256, Mechanism::ScramSha1, Mechanism::CramMd5, Mechanism::Plain, Mechanism::Login,
};

template<std::size_t N>
std::optional<Mechanism> firstOffered(const std::array<Mechanism, N> &order, const QStringList &offered)
{
    for (const Mechanism candidate : order) {
        for (const QString &name : offered) {
            if (mechanismFromName(name) == candidate)
                return candidate;
        }
    }
    return std::nullopt;
}

} // namespace

QByteArray mechanismName(Mechanism m)
{
    switch (m) {
    case Mechanism::Plain:
        return "PLAIN"_ba;
    case Mechanism::Login:
        return "LOGIN"_ba;
    case Mechanism::CramMd5:
        return "CRAM-MD5"_ba;
    case Mechanism::ScramSha1:
        return "SCRAM-SHA-1"_ba;
    case Mechanism::ScramSha256:
        return "SCRAM-SHA-256"_ba;
    case Mechanism::XOAuth2:
        return "XOAUTH2"_ba;
    case Mechanism::OAuthBearer:
        return "OAUTHBEARER"_ba;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Mechanism> mechanismFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const Mechanism m : AllMechanisms) {
        if (trimmed.compare(QLatin1String(mechanismName(m)), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

bool isTokenMechanism(Mechanism m)
{
    return m == Mechanism::XOAuth2 || m == Mechanism::OAuthBearer;
}

std::optional<Mechanism> chooseMechanism(const QStringList &offered, bool haveToken, bool tlsActive)
{
    if (haveToken)
        return firstOffered(TokenOrder, offered);
    return tlsActive ? firstOffered(PasswordOrderTls, offered) : firstOffered(PasswordOrderPlaintext, offered);
}

std::unique_ptr<SaslClient> createClient(Mechanism m, const Credentials &credentials, const QByteArray &clientNonce)
{
    switch (m) {
    case Mechanism::Plain:
        return std::make_unique<PlainClient>(credentials);
    case Mechanism::Login:
        return std::make_unique<LoginClient>(credentials);
    case Mechanism::CramMd5:
        return std::make_unique<CramMd5Client>(credentials);
    case Mechanism::ScramSha1:
    case Mechanism::ScramSha256:
        return std::make_unique<ScramClient>(m, credentials, clientNonce);
    case Mechanism::XOAuth2:
    case Mechanism::OAuthBearer:
        return std::make_unique<OAuthClient>(m, credentials);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace SmtpDoctor::Sasl
