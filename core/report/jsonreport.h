// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"

#include <QJsonObject>

namespace SmtpDoctor::Report {

// The CLI's JSON schema for one check (documented in README). Holds no secret.
[[nodiscard]] QJsonObject checkToJson(const CheckResult &result);

} // namespace SmtpDoctor::Report
