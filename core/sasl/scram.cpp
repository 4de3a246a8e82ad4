// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/scram.h"

#include "sasl/saslutil.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Sasl {

namespace {

// gs2-header without channel binding and without authzid (RFC 5802 section 7).
QByteArray gs2Header()
{
    return "n,,"_ba;
}

// A SCRAM attribute "x=value": returns value if attribute starts with "<key>=".
std::optional<QByteArray> attributeValue(const QByteArray &attribute, char key)
{
    if (attribute.size() < 2 || attribute.at(0) != key || attribute.at(1) != '=')
        return std::nullopt;
    return attribute.mid(2);
}

// RFC 5802: printable = %x21-2B / %x2D-7E (printable ASCII except ',').
bool isPrintableNonce(const QByteArray &nonce)
{
    for (const char c : nonce) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7E || c == ',')
            return false;
    }
    return !nonce.isEmpty();
}

bool isAllDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    Q_ASSERT(a.size() == b.size());
    QByteArray out(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = static_cast<char>(a.at(i) ^ b.at(i));
    return out;
}

std::optional<QByteArray> decodeBase64Strict(const QByteArray &text)
{
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return result.decoded;
}

} // namespace

ScramClient::ScramClient(Mechanism mechanism, const Credentials &credentials, const QByteArray &clientNonce)
    : m_mechanism(mechanism)
    , m_algorithm(mechanism == Mechanism::ScramSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256)
    , m_password(credentials.password.toUtf8())
    , m_clientNonce(clientNonce.isEmpty() ? Detail::randomNonce() : clientNonce)
{
    Q_ASSERT(mechanism == Mechanism::ScramSha1 || mechanism == Mechanism::ScramSha256);
    m_clientFirstBare = "n="_ba + Detail::escapeSaslName(credentials.username) + ",r="_ba + m_clientNonce;
}

ScramClient::~ScramClient()
{
    Detail::wipe(m_password);
}

std::optional<QByteArray> ScramClient::initialResponse()
{
    if (m_state == State::Start)
        m_state = State::AwaitServerFirst;
    return QByteArray(gs2Header() + m_clientFirstBare);
}

SaslClient::Step ScramClient::respond(const QByteArray &challenge)
{
    switch (m_state) {
    case State::Start:
        // No SASL-IR: the server opens with an empty 334, we send client-first.
        if (!challenge.isEmpty())
            return fail(u"server sent a challenge before the client-first-message"_s);
        m_state = State::AwaitServerFirst;
        return Step{QByteArray(gs2Header() + m_clientFirstBare), true, {}};
    case State::AwaitServerFirst:
        if (challenge.isEmpty()) {
            // The server did not take the initial response; send it once more.
            if (m_resentClientFirst)
                return fail(u"empty server-first-message"_s);
            m_resentClientFirst = true;
            return Step{QByteArray(gs2Header() + m_clientFirstBare), true, {}};
        }
        return handleServerFirst(challenge);
    case State::AwaitServerFinal:
        return handleServerFinal(challenge);
    case State::Verified:
        return fail(u"unexpected challenge after the server-final-message"_s);
    case State::Failed:
        break;
    }
    return Step{{}, false, u"SCRAM exchange already failed"_s};
}

SaslClient::Step ScramClient::handleServerFirst(const QByteArray &serverFirst)
{
    // server-first-message = [reserved-mext ","] nonce "," salt "," iteration-count ["," extensions]
    const QList<QByteArray> attributes = serverFirst.split(',');
    if (!attributes.isEmpty() && attributeValue(attributes.first(), 'm'))
        return fail(u"server requires an unsupported mandatory SCRAM extension (m=)"_s);
    if (attributes.size() < 3)
        return fail(u"malformed server-first-message"_s);

    const auto nonce = attributeValue(attributes.at(0), 'r');
    if (!nonce)
        return fail(u"malformed server-first-message: nonce (r=) missing"_s);
    if (!nonce->startsWith(m_clientNonce) || nonce->size() <= m_clientNonce.size())
        return fail(u"server nonce does not extend the client nonce"_s);
    if (!isPrintableNonce(*nonce))
        return fail(u"server nonce contains invalid characters"_s);

    const auto saltText = attributeValue(attributes.at(1), 's');
    if (!saltText)
        return fail(u"malformed server-first-message: salt (s=) missing"_s);
    const auto salt = decodeBase64Strict(*saltText);
    if (!salt || salt->isEmpty())
        return fail(u"malformed server-first-message: invalid salt"_s);

    const auto iterationText = attributeValue(attributes.at(2), 'i');
    if (!iterationText)
        return fail(u"malformed server-first-message: iteration count (i=) missing"_s);
    // At most 7 digits keeps the conversion in range; the bound check follows.
    if (!isAllDigits(*iterationText) || iterationText->size() > 7)
        return fail(u"invalid iteration count"_s);
    const int iterations = iterationText->toInt();
    if (iterations <= 0 || iterations > MaxIterations)
        return fail(u"invalid iteration count %1 (allowed 1 to %2)"_s.arg(iterations).arg(MaxIterations));

    // RFC 5802 section 3.
    const int hashLength = QCryptographicHash::hashLength(m_algorithm);
    QByteArray saltedPassword = QPasswordDigestor::deriveKeyPbkdf2(m_algorithm, m_password, *salt, iterations,
                                                                   static_cast<quint64>(hashLength));
    Detail::wipe(m_password); // not needed any more
    QByteArray clientKey = hmac(saltedPassword, "Client Key"_ba);
    QByteArray storedKey = hash(clientKey);
    QByteArray serverKey = hmac(saltedPassword, "Server Key"_ba);

    const QByteArray clientFinalWithoutProof = "c="_ba + gs2Header().toBase64() + ",r="_ba + *nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + clientFinalWithoutProof;

    const QByteArray clientSignature = hmac(storedKey, authMessage);
    const QByteArray clientProof = xorBytes(clientKey, clientSignature);
    m_expectedServerSignature = hmac(serverKey, authMessage);

    Detail::wipe(saltedPassword);
    Detail::wipe(clientKey);
    Detail::wipe(storedKey);
    Detail::wipe(serverKey);

    m_state = State::AwaitServerFinal;
    return Step{clientFinalWithoutProof + ",p="_ba + clientProof.toBase64(), true, {}};
}

SaslClient::Step ScramClient::handleServerFinal(const QByteArray &serverFinal)
{
    // server-final-message = (server-error / verifier) ["," extensions]
    const qsizetype comma = serverFinal.indexOf(',');
    const QByteArray first = comma < 0 ? serverFinal : serverFinal.left(comma);
    if (const auto error = attributeValue(first, 'e'))
        return fail(u"server reported SCRAM error: %1"_s.arg(QString::fromUtf8(error->left(200))));
    const auto verifierText = attributeValue(first, 'v');
    if (!verifierText)
        return fail(u"malformed server-final-message"_s);
    const auto verifier = decodeBase64Strict(*verifierText);
    if (!verifier || !Detail::constantTimeEquals(*verifier, m_expectedServerSignature))
        return fail(u"server signature mismatch"_s);
    m_state = State::Verified;
    return Step{QByteArray(), true, {}};
}

SaslClient::Step ScramClient::fail(const QString &error)
{
    m_state = State::Failed;
    Detail::wipe(m_password);
    return Step{{}, false, error};
}

QByteArray ScramClient::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, m_algorithm);
}

QByteArray ScramClient::hash(const QByteArray &data) const
{
    return QCryptographicHash::hash(data, m_algorithm);
}

} // namespace SmtpDoctor::Sasl
