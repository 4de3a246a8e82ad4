// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"

#include <QString>

namespace SmtpDoctor::Report {

// Plain text for a ticket: headed sections, aligned labels, lines of at most 100
// columns where the content allows. Everything the server sent is shown literally,
// with control characters made visible (\x{1b}). In the installed translation's language.
[[nodiscard]] QString textReport(const ReportData &data);

} // namespace SmtpDoctor::Report
