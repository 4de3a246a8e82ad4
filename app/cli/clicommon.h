// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportdata.h"
#include "smtp/checkresult.h"
#include "smtp/checksettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Translation context of the command line tool's texts (lupdate reads it from the class name).
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

namespace SmtpDoctor::Cli {

void writeOut(const QString &text);
void writeErr(const QString &text);
void writeJson(const QJsonObject &object);
// Prints the problem (and a JSON object with result "invalid_input" when asJson); returns ExitUsage.
int usageError(const QString &message, bool asJson);
[[nodiscard]] QString exitCodeHelp();

// The options `test` and `check` share: credentials, mail transaction, trust, output.
class CheckOptions
{
public:
    CheckOptions();
    void addTo(QCommandLineParser &parser) const;
    // Fills credentials, mail, trust and timeout settings; returns an error message or empty.
    [[nodiscard]] QString apply(const QCommandLineParser &parser, CheckSettings &settings) const;
    [[nodiscard]] bool json(const QCommandLineParser &parser) const { return parser.isSet(m_json); }
    [[nodiscard]] bool transcript(const QCommandLineParser &parser) const { return parser.isSet(m_transcript); }
    // With --report FILE: writes the report of the check and returns the exit code to use
    // (checkExitCode, or ExitUsage when the check succeeded but the file could not be written).
    [[nodiscard]] int finishReport(const QCommandLineParser &parser, const CheckResult &result,
                                   const Report::TestedSettings &tested, int checkExitCode) const;
    // With --report FILE when no check ran: says so on standard error.
    void noReport(const QCommandLineParser &parser) const;

    // Runs the check on the event loop until it finishes.
    static CheckResult runCheck(const CheckSettings &settings, bool printHeader);

private:
    QCommandLineOption m_user, m_passwordStdin, m_passwordEnv, m_auth, m_tokenStdin, m_tokenEnv, m_allowPlain, m_from,
        m_to, m_ehlo, m_caFile, m_pin, m_timeout, m_json, m_transcript, m_lang, m_report;
};

// Loads PEM CA certificates; returns an error message or empty.
[[nodiscard]] QString loadCaFile(const QString &path, QList<QSslCertificate> *out);
// A number of seconds in (0, maxSeconds] as milliseconds (--timeout and friends); false if the
// text is not one, and *ms is left alone.
[[nodiscard]] bool parseSeconds(const QString &value, int maxSeconds, int *ms);

} // namespace SmtpDoctor::Cli
