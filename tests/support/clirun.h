// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running smtp-doctor-cli from a test the way a user or a script would: arguments, optional
// standard input, a deadline, the exit code and both outputs.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace SmtpDoctor::Test {

struct CliRun
{
    int exitCode = -1; // -1: did not start, crashed, or was killed at the deadline
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;

    // stdout as one JSON object (--json), or as JSON Lines (detect --batch).
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QList<QJsonObject> jsonLines() const;
    // Exit code, time, stderr, then stdout, for a failure message (stderr first: test
    // messages are cut at about 1,000 characters).
    [[nodiscard]] QString explain() const;
};

// The system environment with LANG and LC_ALL set to C.UTF-8.
[[nodiscard]] QProcessEnvironment cliEnvironment();

// Runs program with args, writes stdinData to it, waits at most timeoutMs (then kills it).
// A sanitizer report on its stderr is printed whole (qWarning): test messages would cut it.
[[nodiscard]] CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &stdinData,
                                const QProcessEnvironment &environment, int timeoutMs);

#ifdef SDOC_CLI_PATH
// smtp-doctor-cli of this build (each test target defines SDOC_CLI_PATH).
[[nodiscard]] inline CliRun runCli(const QStringList &args, const QByteArray &stdinData = {},
                                   const QProcessEnvironment &environment = cliEnvironment(), int timeoutMs = 60000)
{
    return runProgram(QStringLiteral(SDOC_CLI_PATH), args, stdinData, environment, timeoutMs);
}
#endif

} // namespace SmtpDoctor::Test
