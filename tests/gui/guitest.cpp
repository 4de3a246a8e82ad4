// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitest.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QResource>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWidget>

#include <ctime>

namespace SmtpDoctor::GuiTest {

void isolateEnvironment(const QTemporaryDir &dir)
{
    const QString root = dir.path();
    for (const char *sub : { "config", "data", "cache", "runtime" })
        QDir(root).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(
        root + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root + QStringLiteral("/cache")));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root + QStringLiteral("/runtime")));
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SDOC_VERSION));
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128 && ch.isPrint()) {
            QTest::keyClick(widget, char(ch.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

QString ensureTranslations()
{
    if (QFile::exists(QStringLiteral(":/i18n/smtp-doctor_de.qm")))
        return {};
    QString qmDir = qEnvironmentVariable("SDOC_TEST_QM_DIR");
    if (qmDir.isEmpty())
        qmDir = QStringLiteral(QT_TESTCASE_BUILDDIR "/../app");
    const QStringList qms = QDir(qmDir).entryList({ QStringLiteral("smtp-doctor_*.qm") }, QDir::Files);
    if (qms.isEmpty())
        return QStringLiteral("no compiled translations in %1").arg(qmDir);
    static QTemporaryDir work;
    QFile qrc(work.filePath(QStringLiteral("i18n.qrc")));
    if (!qrc.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(qrc.fileName());
    QByteArray xml = "<RCC><qresource prefix=\"/i18n\">";
    for (const QString &qm : qms)
        xml += "<file alias=\"" + qm.toUtf8() + "\">" + QDir(qmDir).absoluteFilePath(qm).toUtf8() + "</file>";
    xml += "</qresource></RCC>";
    qrc.write(xml);
    qrc.close();
    const QString rcc = QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/rcc");
    const QString out = work.filePath(QStringLiteral("i18n.rcc"));
    QProcess process;
    process.start(rcc, { QStringLiteral("--binary"), qrc.fileName(), QStringLiteral("-o"), out });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("rcc failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()));
    if (!QResource::registerResource(out))
        return QStringLiteral("cannot register %1").arg(out);
    return QFile::exists(QStringLiteral(":/i18n/smtp-doctor_de.qm")) ? QString()
                                                                     : QStringLiteral("no German translation");
}

QString settingsFilePath()
{
    return QSettings().fileName();
}

QMessageBox *waitForMessageBox(QWidget *parent, const QString &objectName, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (auto *box = parent->findChild<QMessageBox *>(objectName); box && box->isVisible())
            return box;
        QTest::qWait(20);
    }
    return nullptr;
}

QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SDOC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return {};
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        return {};
    return path;
}

EventLoopGapMeter::EventLoopGapMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopGapMeter::tick);
}

namespace {
qint64 threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

double loadPerCore()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().split(' ').value(0).toDouble() / std::max(1, QThread::idealThreadCount());
}
} // namespace

bool EventLoopGapMeter::isResponsive(qint64 limitMs, QString *explanation) const
{
    const double load = loadPerCore();
    *explanation = QStringLiteral("longest gap %1 ms, most GUI-thread CPU in one gap %2 ms, load %3 per core; "
                                  "gaps over 50 ms: %4")
                       .arg(m_maxGap)
                       .arg(m_maxGapCpu)
                       .arg(load, 0, 'f', 2)
                       .arg(m_longGaps.isEmpty() ? QStringLiteral("none") : longGaps());
    if (m_maxGap < limitMs)
        return true;
    if (load > 1.0 && m_maxGapCpu < limitMs) {
        qWarning("event loop: a gap of %lld ms on a busy machine, but the GUI thread worked only %lld ms in it",
            m_maxGap, m_maxGapCpu);
        return true;
    }
    return false;
}

void EventLoopGapMeter::start()
{
    m_maxGap = 0;
    m_maxGapCpu = 0;
    m_lastCpu = threadCpuMs();
    m_ticks = 0;
    m_longGaps.clear();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void EventLoopGapMeter::stop()
{
    tick();
    m_timer.stop();
}

void EventLoopGapMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 cpu = threadCpuMs();
    if (now - m_last > 50)
        m_longGaps << QStringLiteral("%1@%2(cpu %3)").arg(now - m_last).arg(now).arg(cpu - m_lastCpu);
    m_maxGap = std::max(m_maxGap, now - m_last);
    m_maxGapCpu = std::max(m_maxGapCpu, cpu - m_lastCpu);
    m_last = now;
    m_lastCpu = cpu;
    ++m_ticks;
}

} // namespace SmtpDoctor::GuiTest
