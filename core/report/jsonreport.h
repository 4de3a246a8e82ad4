// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/environment.h"
#include "report/reportdata.h"
#include "smtp/checkresult.h"

#include <QJsonObject>

namespace SmtpDoctor::Report {

// The CLI's JSON schema for one check (documented in README). Holds no secret.
[[nodiscard]] QJsonObject checkToJson(const CheckResult &result);

// {"program_version", "qt_version", "qt_build_version", "tls_library", "tls_backend", "os",
//  "kernel", "cpu", "proxy": {"type", "host", "port"}, "system_proxy": {...}}
[[nodiscard]] QJsonObject environmentToJson(const Environment &environment);
// {"host", "port", "security", "connect_address", "username", "credential" ("none", "password",
//  "token"), "auth_method" ("auto" or "PLAIN", ...), "allow_plaintext_auth", "from", "to",
//  "ehlo_name", "extra_ca_certificates", "pinned_sha256": [], "timeout_ms"}
[[nodiscard]] QJsonObject testedSettingsToJson(const TestedSettings &settings);
// The report file: checkToJson() plus "diagnosis" (diagnosisToJson), "settings",
// "environment", "language" and "generated_utc" (ISO 8601, UTC). Server text is literal.
[[nodiscard]] QJsonObject reportToJson(const ReportData &data);

} // namespace SmtpDoctor::Report
