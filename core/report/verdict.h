// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"

#include <QString>

namespace SmtpDoctor::Report {

// One translated sentence that says what a result means, for people.
[[nodiscard]] QString verdictText(const CheckResult &result);

} // namespace SmtpDoctor::Report
