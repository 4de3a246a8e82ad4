// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the SASL clients (core/sasl) with hostile server challenges: SCRAM-SHA-1 and
// SCRAM-SHA-256 with fuzzed server-first/server-final messages, PLAIN, LOGIN, CRAM-MD5,
// XOAUTH2 and OAUTHBEARER with fuzzed challenges. Checks:
//   - no crash, whatever the order and content of the challenges;
//   - the password and the token never appear in an error string (nor in a response that
//     is not supposed to carry them);
//   - ok/error are consistent, and every response is what the RFC prescribes: SCRAM
//     accepts exactly the server-first messages a reference reading of RFC 5802 accepts,
//     computes the right client proof, and reports serverVerified() exactly when the
//     server sent the right signature (the target can compute it, so it sends the real
//     one now and then to get past that point).
//
// Input layout (FuzzedDataProvider): mechanism, flags, user name, host, port, then the
// challenges, each a length-prefixed-ish random-length string.
#include "fuzzcommon.h"

#include "sasl/saslclient.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>

using namespace SmtpDoctor::Sasl;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"P\u00e4ssw\u00f6rd-SECRET-4711"_s;
const QString kToken = u"ya29.SECRET-TOKEN-0815"_s;
constexpr int kMaxFuzzIterations = 4096; // higher counts are valid but make every run slow

constexpr std::array kMechanisms{Mechanism::Plain,     Mechanism::Login,       Mechanism::CramMd5,
                                 Mechanism::ScramSha1, Mechanism::ScramSha256, Mechanism::XOAuth2,
                                 Mechanism::OAuthBearer};

// The secrets in every form an error string could carry them.
bool leaksSecret(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const QString &secret : {kPassword, kToken}) {
        const QByteArray s = secret.toUtf8();
        if (text.contains(secret) || utf8.contains(s) || utf8.contains(s.toBase64())
            || text.contains(QString::fromLatin1(s))) // mis-decoded as Latin-1
            return true;
    }
    return false;
}

bool containsSecret(const QByteArray &bytes, const QString &secret)
{
    return bytes.contains(secret.toUtf8());
}

// RFC 5802 5.1 saslname, written independently of the client's helper.
QByteArray saslName(const QString &name)
{
    QByteArray out;
    for (const char c : name.toUtf8()) {
        if (c == ',')
            out += "=2C";
        else if (c == '=')
            out += "=3D";
        else
            out += c;
    }
    return out;
}

struct ServerFirst
{
    QByteArray nonce;
    QByteArray salt;
    int iterations = 0;
};

// A reference reading of a server-first-message (RFC 5802 sections 5.1 and 7): attributes
// r, s, i in this order, the nonce extending ours with printable characters, the salt
// non-empty base64, the iteration count 1 .. ScramClient::MaxIterations (200000).
std::optional<ServerFirst> parseServerFirst(const QByteArray &message, const QByteArray &clientNonce)
{
    const QList<QByteArray> parts = message.split(',');
    if (parts.size() < 3 || !parts[0].startsWith("r=") || !parts[1].startsWith("s=") || !parts[2].startsWith("i="))
        return std::nullopt;
    ServerFirst first;
    first.nonce = parts[0].mid(2);
    if (!first.nonce.startsWith(clientNonce) || first.nonce.size() <= clientNonce.size())
        return std::nullopt;
    for (const char c : first.nonce) {
        if (c < 0x21 || c > 0x7e || c == ',')
            return std::nullopt;
    }
    const auto salt = QByteArray::fromBase64Encoding(parts[1].mid(2), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.isEmpty())
        return std::nullopt;
    first.salt = salt.decoded;
    const QByteArray count = parts[2].mid(2);
    if (count.isEmpty() || count.size() > 7)
        return std::nullopt;
    for (const char c : count) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    first.iterations = count.toInt();
    if (first.iterations < 1 || first.iterations > 200000)
        return std::nullopt;
    return first;
}

// The iteration count a SCRAM client would read from this challenge, if any.
int iterationsIn(const QByteArray &challenge)
{
    const QList<QByteArray> parts = challenge.split(',');
    if (parts.size() < 3 || !parts[2].startsWith("i="))
        return 0;
    const QByteArray count = parts[2].mid(2);
    bool ok = false;
    const long long n = count.size() <= 7 ? count.toLongLong(&ok) : 0;
    return ok && n > 0 ? int(n) : 0;
}

struct ScramExpectation
{
    QByteArray response;        // the complete client-final-message
    QByteArray serverSignature; // raw
};

ScramExpectation expectScram(QCryptographicHash::Algorithm algorithm, const QByteArray &clientFirstBare,
                             const QByteArray &serverFirstMessage, const ServerFirst &first)
{
    const auto hmac = [algorithm](const QByteArray &key, const QByteArray &message) {
        return QMessageAuthenticationCode::hash(message, key, algorithm);
    };
    const int length = QCryptographicHash::hashLength(algorithm);
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(algorithm, kPassword.toUtf8(), first.salt,
                                                                 first.iterations, quint64(length));
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, algorithm);
    const QByteArray withoutProof = "c=biws,r=" + first.nonce;
    const QByteArray authMessage = clientFirstBare + ',' + serverFirstMessage + ',' + withoutProof;
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    QByteArray proof(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        proof[i] = char(clientKey[i] ^ clientSignature[i]);
    return {withoutProof + ",p=" + proof.toBase64(), hmac(hmac(salted, "Server Key"), authMessage)};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    const Mechanism mechanism = kMechanisms[fdp.ConsumeIntegralInRange<size_t>(0, kMechanisms.size() - 1)];
    const uint8_t flags = fdp.ConsumeIntegral<uint8_t>();
    const bool useInitialResponse = flags & 1;
    const bool helpNonce = flags & 2;     // SCRAM: server-first starts with "r=<client nonce>"
    const bool rightSignature = flags & 4; // SCRAM: the server-final carries the right signature
    const bool randomNonce = (flags & 0x18) == 0x18;

    Credentials credentials;
    credentials.username = QString::fromUtf8(fdp.ConsumeRandomLengthString(64));
    credentials.password = kPassword;
    credentials.token = kToken;
    credentials.host = QString::fromUtf8(fdp.ConsumeRandomLengthString(32));
    credentials.port = fdp.ConsumeIntegral<quint16>();
    const QByteArray fixedNonce = (flags & 8) ? "fyko+d2lbbFgONRv9qkxdawL" : "rOprNGfwEbeRWgbNEkqO";

    std::unique_ptr<SaslClient> client = createClient(mechanism, credentials, randomNonce ? QByteArray() : fixedNonce);
    FUZZ_CHECK(client && client->mechanism() == mechanism);
    const bool scram = mechanism == Mechanism::ScramSha1 || mechanism == Mechanism::ScramSha256;
    const bool oauth = isTokenMechanism(mechanism);
    const QByteArray user = credentials.username.toUtf8();

    // What the client sent first (SCRAM: client-first-message), for the checks below.
    QByteArray clientFirst;
    if (useInitialResponse) {
        const std::optional<QByteArray> ir = client->initialResponse();
        switch (mechanism) {
        case Mechanism::Plain:
            FUZZ_CHECK(ir && *ir == '\0' + user + '\0' + kPassword.toUtf8());
            break;
        case Mechanism::Login:
        case Mechanism::CramMd5:
            FUZZ_CHECK(!ir);
            break;
        case Mechanism::ScramSha1:
        case Mechanism::ScramSha256:
            FUZZ_CHECK(ir && ir->startsWith(QByteArray("n,,n=" + saslName(credentials.username) + ",r=")));
            FUZZ_CHECK(!containsSecret(*ir, kPassword));
            clientFirst = *ir;
            break;
        case Mechanism::XOAuth2:
            FUZZ_CHECK(ir && *ir == "user=" + user + "\x01" "auth=Bearer " + kToken.toUtf8() + "\x01\x01");
            break;
        case Mechanism::OAuthBearer:
            FUZZ_CHECK(ir && ir->startsWith("n,") && ir->endsWith(QByteArray("auth=Bearer " + kToken.toUtf8() + "\x01\x01")));
            FUZZ_CHECK(!containsSecret(*ir, kPassword));
            break;
        }
    }
    const QByteArray nonce = clientFirst.isEmpty() ? QByteArray() : clientFirst.mid(clientFirst.indexOf(",r=") + 3);

    std::optional<ScramExpectation> awaitingFinal; // SCRAM: client-final sent, its expectation
    bool scramFailed = false;
    bool scramVerified = false;
    int loginStep = 0;
    bool plainAnswered = false;
    bool cramAnswered = false;

    for (int round = 0; round < 6 && fdp.remaining_bytes() > 0; ++round) {
        QByteArray challenge = QByteArray::fromStdString(fdp.ConsumeRandomLengthString(600));
        if (scram && !clientFirst.isEmpty() && !awaitingFinal && helpNonce && !challenge.isEmpty())
            challenge.prepend("r=" + nonce);
        if (scram && awaitingFinal && rightSignature && !challenge.isEmpty())
            challenge = "v=" + awaitingFinal->serverSignature.toBase64() + (challenge.startsWith(',') ? challenge : "");
        if (scram && iterationsIn(challenge) > kMaxFuzzIterations)
            return 0; // valid, but too slow to fuzz: every run would spend seconds in PBKDF2

        const SaslClient::Step step = client->respond(challenge);
        if (std::getenv("SDOC_FUZZ_DEBUG"))
            std::fprintf(stderr, "round %d mechanism %s challenge \"%s\" -> ok %d response \"%s\" error \"%s\"\n", round,
                         mechanismName(mechanism).constData(), challenge.toPercentEncoding().constData(), step.ok,
                         step.response.toPercentEncoding().constData(), qUtf8Printable(step.error));

        // Never a secret in an error, whatever the server sent (unless it sent the secret itself).
        if (!leaksSecret(QString::fromUtf8(challenge)) && !leaksSecret(QString::fromLatin1(challenge)))
            FUZZ_CHECK(!leaksSecret(step.error));
        FUZZ_CHECK(step.ok == step.error.isEmpty());
        if (!step.ok)
            FUZZ_CHECK(step.response.isEmpty());
        if (!(mechanism == Mechanism::Plain || mechanism == Mechanism::Login))
            FUZZ_CHECK(!containsSecret(step.response, kPassword));
        if (!oauth)
            FUZZ_CHECK(!containsSecret(step.response, kToken));

        switch (mechanism) {
        case Mechanism::Plain:
            if (!plainAnswered && challenge.isEmpty()) {
                FUZZ_CHECK(step.ok && step.response == '\0' + user + '\0' + kPassword.toUtf8());
                plainAnswered = true;
            } else {
                FUZZ_CHECK(!step.ok);
            }
            break;
        case Mechanism::Login:
            if (loginStep == 0)
                FUZZ_CHECK(step.ok && step.response == user);
            else if (loginStep == 1)
                FUZZ_CHECK(step.ok && step.response == kPassword.toUtf8());
            else
                FUZZ_CHECK(!step.ok);
            ++loginStep;
            break;
        case Mechanism::CramMd5:
            if (!cramAnswered && !challenge.isEmpty()) {
                const QByteArray digest =
                    QMessageAuthenticationCode::hash(challenge, kPassword.toUtf8(), QCryptographicHash::Md5).toHex();
                FUZZ_CHECK(step.ok && step.response == user + ' ' + digest);
                cramAnswered = true;
            } else {
                FUZZ_CHECK(!step.ok);
            }
            break;
        case Mechanism::XOAuth2:
        case Mechanism::OAuthBearer:
            if (step.ok && !step.response.isEmpty() && step.response != "\x01")
                FUZZ_CHECK(challenge.isEmpty() && step.response.contains(QByteArray("auth=Bearer " + kToken.toUtf8())));
            FUZZ_CHECK(client->serverVerified());
            break;
        case Mechanism::ScramSha1:
        case Mechanism::ScramSha256: {
            const auto algorithm =
                mechanism == Mechanism::ScramSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
            if (scramFailed || scramVerified) {
                FUZZ_CHECK(!step.ok); // nothing may follow a failure or the server-final
            } else if (clientFirst.isEmpty() || (!awaitingFinal && challenge.isEmpty())) {
                // The client-first-message (again): without SASL-IR, or the server asked for it.
                if (step.ok) {
                    FUZZ_CHECK(step.response.startsWith(QByteArray("n,,n=" + saslName(credentials.username) + ",r=")));
                    if (clientFirst.isEmpty() || step.response == clientFirst)
                        clientFirst = step.response;
                    else
                        FUZZ_CHECK(false); // a resend must be the same message
                }
                // A non-empty first challenge before client-first is refused.
                if (clientFirst.isEmpty())
                    FUZZ_CHECK(!step.ok);
            } else if (!awaitingFinal) {
                const QByteArray firstNonce = clientFirst.mid(clientFirst.indexOf(",r=") + 3);
                const std::optional<ServerFirst> expected = parseServerFirst(challenge, firstNonce);
                FUZZ_CHECK(step.ok == expected.has_value());
                if (expected) {
                    const ScramExpectation e = expectScram(algorithm, clientFirst.mid(3), challenge, *expected);
                    FUZZ_CHECK(step.response == e.response);
                    awaitingFinal = e;
                }
            } else {
                const qsizetype comma = challenge.indexOf(',');
                const QByteArray first = comma < 0 ? challenge : challenge.left(comma);
                const auto verifier =
                    QByteArray::fromBase64Encoding(first.mid(2), QByteArray::AbortOnBase64DecodingErrors);
                const bool right = first.startsWith("v=") && verifier
                    && verifier.decoded == awaitingFinal->serverSignature;
                FUZZ_CHECK(step.ok == right);
                if (right)
                    FUZZ_CHECK(step.response.isEmpty());
                scramVerified = right;
            }
            if (!step.ok) {
                // A failed exchange never counts as verified, also when a challenge follows
                // an already verified server-final-message.
                scramFailed = true;
                scramVerified = false;
            }
            FUZZ_CHECK(client->serverVerified() == scramVerified);
            break;
        }
        }
    }
    if (scram)
        FUZZ_CHECK(client->serverVerified() == scramVerified);
    return 0;
}
