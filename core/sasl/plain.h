// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sasl/saslclient.h"

namespace SmtpDoctor::Sasl {

// PLAIN (RFC 4616): one message "authzid NUL authcid NUL password" in UTF-8,
// with an empty authzid. The password is sent in the clear (inside TLS).
class PlainClient final : public SaslClient
{
public:
    explicit PlainClient(const Credentials &credentials);
    ~PlainClient() override;

    [[nodiscard]] Mechanism mechanism() const override { return Mechanism::Plain; }
    [[nodiscard]] std::optional<QByteArray> initialResponse() override;
    [[nodiscard]] Step respond(const QByteArray &challenge) override;

private:
    QByteArray m_message; // secret: contains the password
    bool m_answeredChallenge = false;
};

} // namespace SmtpDoctor::Sasl
