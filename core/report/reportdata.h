// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/diagnosis.h"
#include "report/environment.h"
#include "sasl/saslclient.h"
#include "smtp/checkresult.h"
#include "smtp/security.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpDoctor {
struct CheckSettings;
}

namespace SmtpDoctor::Report {

// The settings a check ran with, as a report shows them. It has no member a password
// or token could be put into: a report is built from this and a CheckResult (which holds
// no secret either), never from CheckSettings, so secrets cannot reach a report.
struct TestedSettings
{
    enum class Credential {
        None, // no login was requested
        Password, // a user name with a password
        Token, // an OAuth 2 access token
    };

    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    QString connectAddress; // the address(es, ", ") given instead of a DNS lookup, or empty
    QString username;
    Credential credential = Credential::None;
    std::optional<Sasl::Mechanism> mechanism; // the login method asked for; nullopt = automatic
    bool allowPlaintextAuth = false;
    QString from;
    QString to;
    QString ehloName; // empty = our own address literal
    int extraCaCertificates = 0; // how many CA certificates were trusted in addition
    QByteArrayList pinnedSha256; // fingerprints the user accepted (public values)
    int timeoutMs = 0; // the overall time limit

    // Copies the non-secret fields; the password and the token are not even looked at
    // beyond "was one given".
    [[nodiscard]] static TestedSettings fromSettings(const CheckSettings &settings);
    // What a result itself records of its settings (login method unknown: "automatic").
    [[nodiscard]] static TestedSettings fromResult(const CheckResult &result);
};

// Everything one report of one check shows. A value; building it does no I/O.
struct ReportData
{
    TestedSettings settings;
    CheckResult result;
    Diagnosis::Diagnosis diagnosis;
    Environment environment;
    QDateTime generatedUtc;

    // Diagnoses the result (with generatedUtc as "now") and fills in the rest.
    [[nodiscard]] static ReportData make(const CheckResult &result, const TestedSettings &settings,
        const Environment &environment, const QDateTime &generatedUtc = QDateTime::currentDateTimeUtc());
    // The same with Environment::current() for the result's server.
    [[nodiscard]] static ReportData make(const CheckResult &result, const TestedSettings &settings);
};

// The language the report texts are in, from the installed translation: "en", "de", ...
[[nodiscard]] QString reportLanguage();

enum class Format {
    Text, // .txt: for pasting into a ticket
    Html, // .html, .htm: self-contained, printable
    Json, // .json: for programs
};

// The format a file name asks for by its extension (case-insensitive); nullopt if unknown.
[[nodiscard]] std::optional<Format> formatForFileName(const QString &fileName);
// The report as the bytes of a file in that format (UTF-8).
[[nodiscard]] QByteArray render(const ReportData &data, Format format);
// Writes the report atomically (a complete file or none) in the format of the file name.
// On failure returns false and a translated explanation in *errorMessage.
[[nodiscard]] bool writeReportFile(const QString &fileName, const ReportData &data, QString *errorMessage);

} // namespace SmtpDoctor::Report
