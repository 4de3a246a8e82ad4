// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"

#include <QString>

namespace SmtpDoctor::Cli {

// The first line people see while a check runs.
[[nodiscard]] QString consoleHeader(const QString &host, quint16 port, Security security);
// Each phase with its mark and time, the verdict, the server's own words.
[[nodiscard]] QString consoleReport(const CheckResult &result, bool withTranscript);

} // namespace SmtpDoctor::Cli
