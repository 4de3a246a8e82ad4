// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace SmtpDoctor::Sasl {

// The SASL mechanisms SMTP Doctor speaks (RFC 4954 for SMTP AUTH).
enum class Mechanism {
    Plain,       // RFC 4616
    Login,       // draft-murchison-sasl-login
    CramMd5,     // RFC 2195
    ScramSha1,   // RFC 5802
    ScramSha256, // RFC 7677
    XOAuth2,     // Google/Microsoft
    OAuthBearer, // RFC 7628
};

struct Credentials
{
    QString username;   // authentication identity
    QString password;   // never logged
    QString token;      // OAuth 2 access token for XOAUTH2 / OAUTHBEARER, never logged
    QString host;       // for OAUTHBEARER's host= field
    quint16 port = 0;   // for OAUTHBEARER's port= field
};

// The name as it appears in "AUTH <name>" ("PLAIN", "SCRAM-SHA-256", ...).
[[nodiscard]] QByteArray mechanismName(Mechanism m);
// Parses a name (case-insensitive); nullopt if unknown.
[[nodiscard]] std::optional<Mechanism> mechanismFromName(QStringView name);
[[nodiscard]] bool isTokenMechanism(Mechanism m);

// Picks the mechanism "auto" uses among those the server offered. With a token:
// OAUTHBEARER, then XOAUTH2. With a password over TLS: SCRAM-SHA-256, SCRAM-SHA-1,
// PLAIN, LOGIN, CRAM-MD5. Without TLS (only if explicitly allowed): mechanisms that
// do not reveal the password come first: SCRAM-SHA-256, SCRAM-SHA-1, CRAM-MD5, PLAIN, LOGIN.
[[nodiscard]] std::optional<Mechanism> chooseMechanism(const QStringList &offered, bool haveToken, bool tlsActive);

// One client-side SASL exchange. All data here is raw (not base64): the session
// does the base64 framing of RFC 4954.
class SaslClient
{
public:
    struct Step
    {
        QByteArray response;   // raw bytes to send (may be empty)
        bool ok = true;        // false: abort the exchange (session sends "*")
        QString error;         // technical reason when !ok, e.g. "server signature mismatch"
    };

    virtual ~SaslClient() = default;
    [[nodiscard]] virtual Mechanism mechanism() const = 0;
    // Initial response for SASL-IR ("AUTH PLAIN <ir>"); nullopt when the mechanism has none.
    [[nodiscard]] virtual std::optional<QByteArray> initialResponse() = 0;
    // Answer to a 334 challenge (already base64-decoded).
    [[nodiscard]] virtual Step respond(const QByteArray &challenge) = 0;
    // True when the exchange may legitimately end with 235 now. SCRAM returns true
    // only after it has verified the server signature (RFC 5802 section 3).
    [[nodiscard]] virtual bool serverVerified() const { return true; }
};

// Creates a client. clientNonce is for tests (SCRAM); empty means random.
[[nodiscard]] std::unique_ptr<SaslClient> createClient(Mechanism m, const Credentials &credentials,
                                                       const QByteArray &clientNonce = {});

} // namespace SmtpDoctor::Sasl
