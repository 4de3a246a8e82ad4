// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/oauth.h"

#include "sasl/saslutil.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Sasl {

namespace {

constexpr char Ctrl_A = '\x01';

QByteArray xoauth2Message(const Credentials &credentials)
{
    QByteArray token = credentials.token.toUtf8();
    QByteArray message = "user="_ba + credentials.username.toUtf8() + Ctrl_A + "auth=Bearer "_ba + token
        + Ctrl_A + Ctrl_A;
    Detail::wipe(token);
    return message;
}

QByteArray oauthBearerMessage(const Credentials &credentials)
{
    // gs2-header = "n," ["a=" saslname] "," (RFC 7628 section 3.1, RFC 5801)
    QByteArray message = "n,"_ba;
    if (!credentials.username.isEmpty())
        message += "a="_ba + Detail::escapeSaslName(credentials.username);
    message += ',';
    message += Ctrl_A;
    if (!credentials.host.isEmpty())
        message += "host="_ba + credentials.host.toUtf8() + Ctrl_A;
    if (credentials.port != 0)
        message += "port="_ba + QByteArray::number(credentials.port) + Ctrl_A;
    QByteArray token = credentials.token.toUtf8();
    message += "auth=Bearer "_ba + token + Ctrl_A + Ctrl_A;
    Detail::wipe(token);
    return message;
}

} // namespace

OAuthClient::OAuthClient(Mechanism mechanism, const Credentials &credentials)
    : m_mechanism(mechanism)
    , m_message(mechanism == Mechanism::XOAuth2 ? xoauth2Message(credentials) : oauthBearerMessage(credentials))
{
    Q_ASSERT(mechanism == Mechanism::XOAuth2 || mechanism == Mechanism::OAuthBearer);
}

OAuthClient::~OAuthClient()
{
    Detail::wipe(m_message);
}

std::optional<QByteArray> OAuthClient::initialResponse()
{
    m_messageSent = true;
    return m_message;
}

SaslClient::Step OAuthClient::respond(const QByteArray &challenge)
{
    if (m_answeredError)
        return Step{{}, false, u"unexpected challenge after the OAuth error reply"_s};
    if (challenge.isEmpty()) {
        // No SASL-IR (or the server ignored it): send the message now, once.
        if (m_resentMessage)
            return Step{{}, false, u"unexpected empty challenge"_s};
        m_resentMessage = true;
        m_messageSent = true;
        return Step{m_message, true, {}};
    }
    if (!m_messageSent)
        return Step{{}, false, u"server sent a challenge before the client message"_s};
    // A non-empty challenge is the server's JSON error; reply with the dummy
    // message so that the server sends its final (failure) status.
    m_serverError = challenge;
    m_answeredError = true;
    if (m_mechanism == Mechanism::OAuthBearer)
        return Step{QByteArray(1, Ctrl_A), true, {}};
    return Step{QByteArray(), true, {}};
}

} // namespace SmtpDoctor::Sasl
