// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/login.h"

#include "sasl/saslutil.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Sasl {

LoginClient::LoginClient(const Credentials &credentials)
    : m_username(credentials.username.toUtf8())
    , m_password(credentials.password.toUtf8())
{
}

LoginClient::~LoginClient()
{
    Detail::wipe(m_password);
}

std::optional<QByteArray> LoginClient::initialResponse()
{
    return std::nullopt;
}

SaslClient::Step LoginClient::respond(const QByteArray &challenge)
{
    Q_UNUSED(challenge) // normally "Username:" then "Password:"; not relied upon
    switch (m_step++) {
    case 0:
        return Step{m_username, true, {}};
    case 1: {
        Step step{m_password, true, {}};
        Detail::wipe(m_password); // needed once only
        return step;
    }
    default:
        m_step = 2;
        return Step{{}, false, u"unexpected third challenge for LOGIN"_s};
    }
}

} // namespace SmtpDoctor::Sasl
