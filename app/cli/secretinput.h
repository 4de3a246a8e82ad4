// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpDoctor::Cli {

// Reads one line from standard input without echo when it is a terminal
// (prompt on standard error). Strips the line end. Never logs what it read.
[[nodiscard]] QString readSecretLine(const QString &prompt, bool *ok);

} // namespace SmtpDoctor::Cli
