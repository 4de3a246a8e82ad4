// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor: the desktop face of SMTP Doctor.
#include "mainwindow.h"

#include "util/translations.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

// SDOC_STARTUP_TIMING=1: prints, once the main window has painted for the first time,
// the milliseconds since main() and the wall-clock time (for bench/gui-startup.sh).
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(const QElapsedTimer &sinceMain, QObject *parent)
        : QObject(parent)
        , m_sinceMain(sinceMain)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Report after this paint (and its flush to the screen) has finished.
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr, "sdoc-startup: first-paint-ms-since-main=%lld first-paint-epoch-ms=%lld\n",
                    static_cast<long long>(m_sinceMain.elapsed()),
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
                std::fflush(stderr);
                if (qEnvironmentVariableIntValue("SDOC_STARTUP_EXIT") == 1)
                    QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smtp-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Doctor"));
    QApplication::setOrganizationName(QStringLiteral("SMTP Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(SDOC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("smtp-doctor"));

    // The language chosen in Settings → Language ("" = the system's), before any widget exists.
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    QLocale::setDefault(QLocale(SmtpDoctor::installTranslations(language)));

    SmtpDoctor::Ui::MainWindow window;
    // A CA to trust in addition to the system store, e.g. a company's own CA (or a test CA).
    if (const QString ca = qEnvironmentVariable("SDOC_EXTRA_CA_FILE"); !ca.isEmpty())
        window.setExtraCaFile(ca, false);
    if (qEnvironmentVariableIntValue("SDOC_STARTUP_TIMING") == 1)
        window.installEventFilter(new FirstPaintReporter(sinceMain, &window));
    window.show();
    return QApplication::exec();
}
