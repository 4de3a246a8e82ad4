// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpDoctor {

// The steps of a check, in the order they happen.
enum class Phase {
    Resolve,
    Connect,
    TlsHandshake,   // implicit TLS (before the greeting) or after STARTTLS
    Greeting,
    Ehlo,
    StartTls,       // the STARTTLS command and its 220
    EhloAfterTls,
    Auth,
    MailFrom,
    RcptTo,
    Data,
    Reset,          // RSET after a sender-only check
    Quit,
};

// Stable identifier: "resolve", "connect", "tls", "greeting", "ehlo", "starttls", "ehlo_tls", ...
[[nodiscard]] QString phaseId(Phase p);
// Translated name for people ("Connect", "Verbinden", ...).
[[nodiscard]] QString phaseName(Phase p);

} // namespace SmtpDoctor
