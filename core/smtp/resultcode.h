// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace SmtpDoctor {

// The outcome category of a check. The identifiers are stable (JSON, exit codes, tests).
enum class ResultCode {
    Ok,
    InvalidInput,
    DnsFailure,
    ConnectRefused,
    ConnectTimeout,
    NetworkUnreachable,
    NoGreeting,
    ProtocolError,
    WrongSecurityMode,
    TlsHandshakeFailed,
    CertificateUntrusted,
    CertificateExpired,
    CertificateHostnameMismatch,
    StartTlsNotOffered,
    AuthNotOffered,
    AuthFailed,
    AuthMechanismUnsupported,
    PlaintextAuthRefused,
    SenderRejected,
    RecipientRejected,
    MessageRejected,
    ServerUnavailable,
    Timeout,
    Cancelled,
};

// "ok", "invalid_input", ... as in the CLI's JSON.
[[nodiscard]] QString resultCodeId(ResultCode code);
[[nodiscard]] std::optional<ResultCode> resultCodeFromId(QStringView id);

// Process exit codes of smtp-doctor-cli (documented in README and --help).
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,        // usage error or invalid input
    ExitNetwork = 3,      // DNS or network
    ExitTls = 4,          // TLS or certificate
    ExitAuth = 5,         // authentication
    ExitRejected = 6,     // server rejection or protocol error
    ExitTimeout = 7,      // timeout
    ExitCancelled = 130,  // interrupted
};
[[nodiscard]] int exitCodeFor(ResultCode code);

} // namespace SmtpDoctor
