// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sasl/saslclient.h"

namespace SmtpDoctor::Sasl {

// CRAM-MD5 (RFC 2195): the server sends a challenge, the client answers
// "<user> <lowercase hex HMAC-MD5(password, challenge)>".
class CramMd5Client final : public SaslClient
{
public:
    explicit CramMd5Client(const Credentials &credentials);
    ~CramMd5Client() override;

    [[nodiscard]] Mechanism mechanism() const override { return Mechanism::CramMd5; }
    [[nodiscard]] std::optional<QByteArray> initialResponse() override;
    [[nodiscard]] Step respond(const QByteArray &challenge) override;

private:
    QByteArray m_username;
    QByteArray m_password; // secret, the HMAC key
    bool m_answered = false;
};

} // namespace SmtpDoctor::Sasl
