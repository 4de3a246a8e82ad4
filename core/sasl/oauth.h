// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sasl/saslclient.h"

namespace SmtpDoctor::Sasl {

// The two OAuth 2 bearer-token mechanisms. Both send a single client message
// holding the token; a failing server answers it with a 334 carrying a JSON
// error (already base64-decoded when it reaches respond()), to which the client
// must reply with a dummy message so the server can send its final 5xx:
//   XOAUTH2     (Google/Microsoft): "user=<user>\x01auth=Bearer <token>\x01\x01",
//               the dummy reply is empty.
//   OAUTHBEARER (RFC 7628): "n,a=<saslname user>,\x01host=<host>\x01port=<port>
//               \x01auth=Bearer <token>\x01\x01", the dummy reply is "\x01"
//               (RFC 7628 section 3.2.3). host= is left out when no host is
//               known, port= when the port is 0.
// serverVerified() stays true throughout: the 235/535 that follows decides.
class OAuthClient final : public SaslClient
{
public:
    OAuthClient(Mechanism mechanism, const Credentials &credentials);
    ~OAuthClient() override;

    [[nodiscard]] Mechanism mechanism() const override { return m_mechanism; }
    [[nodiscard]] std::optional<QByteArray> initialResponse() override;
    [[nodiscard]] Step respond(const QByteArray &challenge) override;

    // The JSON error the server sent in its challenge, if any (not secret).
    [[nodiscard]] QByteArray serverError() const { return m_serverError; }

private:
    Mechanism m_mechanism;
    QByteArray m_message; // secret: contains the token
    QByteArray m_serverError;
    bool m_messageSent = false;
    bool m_resentMessage = false;
    bool m_answeredError = false;
};

} // namespace SmtpDoctor::Sasl
