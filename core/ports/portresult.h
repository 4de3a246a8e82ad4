// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "tls/certificateinfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpDoctor::Ports {

// The ports the port doctor looks at by default, in the order they are shown.
[[nodiscard]] QList<quint16> defaultPorts();

// Could we talk to the port at all?
enum class PortState {
    Reachable, // the TCP connection was accepted
    Refused, // nothing listens there (or a firewall rejects actively)
    Silent, // no answer to the connection attempt before the deadline (filtered, black-holed)
    Unreachable, // the name does not resolve, or there is no route to the address
};

// What the port speaks once connected.
enum class Speaks {
    None, // not reachable: nothing to say
    ImplicitTls, // TLS from the first byte, then SMTP (RFC 8314)
    StartTls, // plain-text SMTP that offers STARTTLS (RFC 3207)
    PlainNoStartTls, // plain-text SMTP without STARTTLS
    SmtpRefused, // SMTP, but the greeting refuses the session (421/554 ...)
    NotSmtp, // something else; see PortResult::protocol
    Nothing, // accepts the connection but sends nothing and does not speak TLS
};

// The protocol a port speaks, named from the first bytes it sends.
enum class Protocol {
    None, // nothing was received
    Smtp,
    Ssh,
    Http,
    Pop3,
    Imap,
    Unknown, // bytes arrived, but they are none of the above
};

// What the certificate check said (the first, unpinned handshake decides).
enum class CertificateVerdict {
    None, // no certificate seen (no TLS, or the handshake failed before)
    Verified, // chain and name verified against the trust store
    Expired, // outside its validity period (expired or not yet valid)
    Untrusted, // unknown issuer, self-signed, incomplete chain, ...
    WrongName, // trusted, but not issued for the host name asked for
};

// Stable identifiers for JSON and tests.
[[nodiscard]] QString portStateId(PortState state); // "reachable", "refused", "silent", "unreachable"
[[nodiscard]] QString speaksId(
    Speaks speaks); // "none", "implicit_tls", "starttls", "plain", "smtp_refused", "not_smtp", "nothing"
[[nodiscard]] QString protocolName(
    Protocol protocol); // "SMTP", "SSH", "HTTP", "POP3", "IMAP", "unknown"; empty for None
[[nodiscard]] QString certificateVerdictId(
    CertificateVerdict verdict); // "none", "verified", "expired", "untrusted", "wrong_name"

// Everything the port doctor learned about one port. A value without secrets.
struct PortResult
{
    quint16 port = 0;
    PortState state = PortState::Unreachable;
    Speaks speaks = Speaks::None;
    Protocol protocol = Protocol::None;

    // TLS: implicit TLS, or after STARTTLS.
    bool tlsAttempted = false;
    bool tlsEstablished = false; // a handshake completed (verified or by a follow-up that pinned the certificate)
    QString tlsProtocol; // "TLSv1.3"
    QString tlsCipher;
    CertificateVerdict certificate = CertificateVerdict::None;
    QStringList certificateErrors; // as the TLS library words them
    std::optional<Tls::CertificateInfo> leaf;

    bool startTlsOffered = false; // plain-text SMTP only
    QStringList authBeforeTls; // AUTH mechanisms offered before TLS (a bad sign)
    QStringList authAfterTls; // AUTH mechanisms offered inside TLS

    QString greeting; // the first greeting line, printable
    QString greetingHost; // the host name in the greeting, lower case, or empty
    QStringList addresses; // what the name resolved to
    QString peerAddress; // the address that answered
    ResultCode code = ResultCode::Ok; // the first probe's outcome
    QString detail; // technical detail in English
    qint64 ms = 0; // time spent on this port, all probes together

    // SMTP answered (securely or not).
    [[nodiscard]] bool speaksSmtp() const
    {
        return speaks == Speaks::ImplicitTls || speaks == Speaks::StartTls || speaks == Speaks::PlainNoStartTls
            || speaks == Speaks::SmtpRefused;
    }
    // A setting on this port protects a password: TLS with a verified certificate.
    [[nodiscard]] bool isSecure() const
    {
        return (speaks == Speaks::ImplicitTls || speaks == Speaks::StartTls) && tlsEstablished
            && certificate == CertificateVerdict::Verified;
    }
    // The mode a mail program must use on this port (only for ImplicitTls and StartTls).
    [[nodiscard]] Security security() const
    {
        return speaks == Speaks::ImplicitTls ? Security::Tls : Security::StartTls;
    }
};

// A problem or a noteworthy fact, in plain language.
struct Finding
{
    QString id; // stable: "PORT25_BLOCKED", ...
    quint16 port = 0; // 0: about the host as a whole
    QString text; // translated
};

// The best secure setting.
struct Recommendation
{
    quint16 port = 0;
    Security security = Security::Tls;
    QString text; // translated
};

// The port doctor's result.
struct PortReport
{
    QString host;
    QList<PortResult> ports;
    QList<Finding> findings;
    std::optional<Recommendation> recommendation;
    bool cancelled = false;
    qint64 ms = 0;

    [[nodiscard]] const PortResult *port(quint16 number) const;
};

} // namespace SmtpDoctor::Ports
