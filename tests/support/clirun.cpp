// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}

QString CliRun::explain() const
{
    return u"\n  exit %1 after %2 ms\n  stderr: %3\n  stdout: %4"_s.arg(exitCode)
        .arg(ms)
        .arg(QString::fromUtf8(err.left(2000)), QString::fromUtf8(out.left(6000)));
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"LANG"_s, u"C.UTF-8"_s);
    e.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return e;
}

CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &stdinData,
                  const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError(), clock.elapsed()};
    if (r.err.contains("Sanitizer") || r.err.contains("runtime error:"))
        qWarning("child process sanitizer report:\n%s", r.err.constData());
    qInfo().noquote() << u"%1: exit %2 after %3 ms"_s.arg(args.mid(0, 2).join(u' ')).arg(r.exitCode).arg(r.ms);
    return r;
}

} // namespace SmtpDoctor::Test
