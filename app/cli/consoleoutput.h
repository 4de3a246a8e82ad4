// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detectresult.h"
#include "smtp/checkresult.h"

#include <QString>

namespace SmtpDoctor::Cli {

// The first line people see while a check runs.
[[nodiscard]] QString consoleHeader(const QString &host, quint16 port, Security security);
// Each phase with its mark and time, the verdict, the server's own words.
[[nodiscard]] QString consoleReport(const CheckResult &result, bool withTranscript);
// One line when a settings source has answered (or given up).
[[nodiscard]] QString consoleSourceLine(const Detect::SourceReport &report);
// The ranked candidates with trust, sources, warnings and notes.
[[nodiscard]] QString consoleDetectReport(const Detect::DetectResult &result);

} // namespace SmtpDoctor::Cli
