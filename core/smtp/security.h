// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace SmtpDoctor {

// How the connection to the submission server is protected.
enum class Security {
    Tls,      // implicit TLS from the first byte (RFC 8314), usually port 465
    StartTls, // plain connect, then STARTTLS is required (RFC 3207), usually 587 or 25
    None,     // no encryption at all: only on the user's explicit choice
};

// "tls", "starttls", "none" (stable identifiers for JSON and the command line).
[[nodiscard]] QString securityId(Security s);
[[nodiscard]] std::optional<Security> securityFromId(QStringView id);
// The port conventionally used with a security mode: 465, 587, 587.
[[nodiscard]] quint16 defaultPort(Security s);

} // namespace SmtpDoctor
