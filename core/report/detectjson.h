// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detectresult.h"

#include <QJsonObject>

namespace SmtpDoctor::Report {

// The CLI's JSON for `detect` (documented in README).
[[nodiscard]] QJsonObject detectToJson(const Detect::DetectResult &result);

} // namespace SmtpDoctor::Report
