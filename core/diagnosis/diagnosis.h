// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"
#include "smtp/phase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace SmtpDoctor::Diagnosis {

enum class Severity {
    Ok, // everything worked
    Warning, // it worked (or will work later), but something deserves attention
    Error, // the check failed
};

// "ok", "warning", "error" (stable, for JSON).
[[nodiscard]] QString severityId(Severity severity);

// What a check result means for people: a verdict, the likely cause and what to do.
// A value without any I/O; all sentences are translated (context "DiagnosisText").
struct Diagnosis
{
    QString id; // stable, language-independent: "AUTH_CREDENTIALS_INVALID", ...
    Severity severity = Severity::Ok;
    Phase phase = Phase::Resolve; // where it went wrong; with Ok the last step that ran
    QString title; // one-sentence verdict
    QString cause; // the likely cause, in plain language
    QString advice; // what to do
    QString serverReply; // the server's words, verbatim: "535 5.7.8 text" (one line per reply line), or empty
    QStringList hints; // provider hints (by host suffix and port), after the code-based explanation
    QStringList details; // facts for the helpdesk: certificate names and dates, offered methods, ...
};

// Explains a check result. Pure: the same input gives the same output (in the same language).
// nowUtc is "this computer's clock" for certificate date comparisons.
[[nodiscard]] Diagnosis diagnose(const CheckResult &result, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

// {"id", "severity", "phase", "title", "cause", "advice", "server_reply", "hints": [], "details": []}
[[nodiscard]] QJsonObject diagnosisToJson(const Diagnosis &diagnosis);

// Every id diagnose() can return, for documentation and tests.
[[nodiscard]] QStringList allIds();

} // namespace SmtpDoctor::Diagnosis
