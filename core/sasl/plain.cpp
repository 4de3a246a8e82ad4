// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/plain.h"

#include "sasl/saslutil.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Sasl {

PlainClient::PlainClient(const Credentials &credentials)
{
    // message = [authzid] UTF8NUL authcid UTF8NUL passwd; authzid left empty so
    // the server derives it from the authentication identity.
    QByteArray user = credentials.username.toUtf8();
    QByteArray pass = credentials.password.toUtf8();
    m_message.reserve(2 + user.size() + pass.size());
    m_message.append('\0');
    m_message.append(user);
    m_message.append('\0');
    m_message.append(pass);
    Detail::wipe(pass);
}

PlainClient::~PlainClient()
{
    Detail::wipe(m_message);
}

std::optional<QByteArray> PlainClient::initialResponse()
{
    return m_message;
}

SaslClient::Step PlainClient::respond(const QByteArray &challenge)
{
    // RFC 4954: a server that wants the response without SASL-IR (or that ignored
    // it) sends an empty 334; answer it once with the same message. PLAIN has no
    // other challenge, so anything else is a protocol error.
    if (m_answeredChallenge)
        return Step{{}, false, u"unexpected second challenge for PLAIN"_s};
    if (!challenge.isEmpty())
        return Step{{}, false, u"unexpected non-empty challenge for PLAIN"_s};
    m_answeredChallenge = true;
    return Step{m_message, true, {}};
}

} // namespace SmtpDoctor::Sasl
