// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/crammd5.h"

#include "sasl/saslutil.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Sasl {

CramMd5Client::CramMd5Client(const Credentials &credentials)
    : m_username(credentials.username.toUtf8())
    , m_password(credentials.password.toUtf8())
{
}

CramMd5Client::~CramMd5Client()
{
    Detail::wipe(m_password);
}

std::optional<QByteArray> CramMd5Client::initialResponse()
{
    return std::nullopt; // the server speaks first
}

SaslClient::Step CramMd5Client::respond(const QByteArray &challenge)
{
    if (m_answered)
        return Step{{}, false, u"unexpected second challenge for CRAM-MD5"_s};
    if (challenge.isEmpty())
        return Step{{}, false, u"empty CRAM-MD5 challenge"_s};
    m_answered = true;
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge, m_password, QCryptographicHash::Md5).toHex();
    Detail::wipe(m_password);
    QByteArray response = m_username;
    response += ' ';
    response += digest;
    return Step{response, true, {}};
}

} // namespace SmtpDoctor::Sasl
