// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"

#include <QString>

namespace SmtpDoctor::Report {

// One self-contained HTML5 document: inline CSS only, no scripts, no external
// resources (a Content-Security-Policy forbids both), readable in light and dark mode
// and printable. Every text, including everything the server sent, is HTML-escaped
// with control characters made visible. lang is the installed translation's language.
[[nodiscard]] QString htmlReport(const ReportData &data);

} // namespace SmtpDoctor::Report
