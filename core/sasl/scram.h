// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sasl/saslclient.h"

#include <QCryptographicHash>

namespace SmtpDoctor::Sasl {

// SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677), without channel binding
// (gs2 header "n,,"). The exchange:
//   client-first  "n,,n=<user>,r=<client nonce>"        (initial response)
//   server-first  "r=<nonce>,s=<salt>,i=<iterations>"
//   client-final  "c=biws,r=<nonce>,p=<client proof>"
//   server-final  "v=<server signature>" or "e=<error>"   (answered with an empty response)
// serverVerified() becomes true only once the server signature has been checked,
// so a 235 without a verified server-final means the server did not prove it
// knows the password.
//
// Limitation: user name and password are not SASLprep'ed (RFC 4013). The user
// name is only escaped (',' -> "=2C", '=' -> "=3D"); both are sent as raw UTF-8.
// For ASCII credentials this is exactly what SASLprep would give; non-ASCII
// credentials that SASLprep would change (compatibility characters, non-ASCII
// spaces, soft hyphens, ...) may fail against servers that do normalise.
class ScramClient final : public SaslClient
{
public:
    // Bounds on the server's iteration count "i=": at least 1, at most this many
    // (bounds the PBKDF2 work a hostile server can make us do).
    static constexpr int MaxIterations = 200'000; // real servers use 4096..100000; bounds the CPU a hostile server can make us spend (about 0.35 s here)

    ScramClient(Mechanism mechanism, const Credentials &credentials, const QByteArray &clientNonce);
    ~ScramClient() override;

    [[nodiscard]] Mechanism mechanism() const override { return m_mechanism; }
    [[nodiscard]] std::optional<QByteArray> initialResponse() override;
    [[nodiscard]] Step respond(const QByteArray &challenge) override;
    [[nodiscard]] bool serverVerified() const override { return m_state == State::Verified; }

private:
    enum class State {
        Start,            // nothing sent yet
        AwaitServerFirst, // client-first sent
        AwaitServerFinal, // client-final sent
        Verified,         // server signature checked
        Failed,
    };

    Step handleServerFirst(const QByteArray &serverFirst);
    Step handleServerFinal(const QByteArray &serverFinal);
    Step fail(const QString &error);
    [[nodiscard]] QByteArray hmac(const QByteArray &key, const QByteArray &message) const;
    [[nodiscard]] QByteArray hash(const QByteArray &data) const;

    Mechanism m_mechanism;
    QCryptographicHash::Algorithm m_algorithm;
    QByteArray m_password;        // secret, wiped once the proof is computed
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare; // "n=<user>,r=<nonce>"
    QByteArray m_expectedServerSignature;
    State m_state = State::Start;
    bool m_resentClientFirst = false;
};

} // namespace SmtpDoctor::Sasl
