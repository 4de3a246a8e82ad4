// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace SmtpDoctor::Test {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

bool harnessAvailable()
{
    if (env("SDOC_HARNESS") != QLatin1String("1"))
        return false;
    const QString dir = env("SDOC_HARNESS_DIR");
    return !dir.isEmpty() && QFileInfo(dir).isDir() && QFileInfo(env("SDOC_CA_FILE")).isReadable();
}

QString harnessSkipReason()
{
    if (harnessAvailable())
        return {};
    const QString given = env("SDOC_HARNESS_SKIP_REASON");
    if (!given.isEmpty())
        return given;
    if (env("SDOC_HARNESS") != QLatin1String("1"))
        return QStringLiteral("no test harness: run as root through tests/harness/harness.sh run -- <test>");
    return QStringLiteral("SDOC_HARNESS=1, but the harness run dir (%1) or CA file (%2) is missing: "
                          "was the harness stopped?")
        .arg(env("SDOC_HARNESS_DIR"), env("SDOC_CA_FILE"));
}

QList<QSslCertificate> harnessCa()
{
    const QString path = env("SDOC_CA_FILE");
    if (path.isEmpty())
        return {};
    return QSslCertificate::fromPath(path, QSsl::Pem);
}

bool waitForMail(const QString &user, const QByteArray &needle, int timeoutMs, QByteArray *message)
{
    const QString root = env("SDOC_MAILDIR");
    if (root.isEmpty() || needle.isEmpty())
        return false;
    const QString localPart = user.section(QLatin1Char('@'), 0, 0);
    const QDir newDir(root + QLatin1Char('/') + localPart + QStringLiteral("/new"));
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QStringList files = newDir.entryList(QDir::Files, QDir::Time);
        for (const QString &name : files) {
            QFile f(newDir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            if (data.contains(needle)) {
                if (message)
                    *message = data;
                return true;
            }
        }
        if (deadline.hasExpired())
            return false;
        QTest::qWait(qMin<qint64>(50, qMax<qint64>(1, deadline.remainingTime())));
    }
}

namespace {
QString dnsLogPath()
{
    return env("SDOC_HARNESS_DIR") + QLatin1String("/log/dnsmasq.log");
}
} // namespace

qint64 dnsLogSize()
{
    return QFileInfo(dnsLogPath()).size();
}

QHash<QString, int> dnsQueriesSince(qint64 offset, const QString &type)
{
    QHash<QString, int> counts;
    QFile f(dnsLogPath());
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return counts;
    const QRegularExpression re(QLatin1String("query\\[%1\\] (\\S+) from").arg(type));
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
        if (m.hasMatch())
            ++counts[m.captured(1).toLower()];
    }
    return counts;
}

} // namespace SmtpDoctor::Test
