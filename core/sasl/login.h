// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sasl/saslclient.h"

namespace SmtpDoctor::Sasl {

// LOGIN (draft-murchison-sasl-login): no initial response; the server asks for
// the user name, then the password (usually with "Username:" / "Password:"
// challenges, but the text is not relied upon: the order is what counts).
class LoginClient final : public SaslClient
{
public:
    explicit LoginClient(const Credentials &credentials);
    ~LoginClient() override;

    [[nodiscard]] Mechanism mechanism() const override { return Mechanism::Login; }
    [[nodiscard]] std::optional<QByteArray> initialResponse() override;
    [[nodiscard]] Step respond(const QByteArray &challenge) override;

private:
    QByteArray m_username;
    QByteArray m_password; // secret
    int m_step = 0;
};

} // namespace SmtpDoctor::Sasl
