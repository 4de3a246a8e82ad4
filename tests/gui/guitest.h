// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the widget tests in tests/gui (linked into each of them).

#include <QElapsedTimer>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

class QTemporaryDir;
class QWidget;

namespace SmtpDoctor::GuiTest {

// Gives this test process its own configuration, data and runtime directories (under
// dir) and the application names main() uses, so QSettings never touches the user's
// files and parallel tests do not share one. Call before anything creates a QSettings.
void isolateEnvironment(const QTemporaryDir &dir);

// Types text into a widget key by key, like QTest::keyClicks, but also for characters
// outside ASCII (QTest::keyClicks asserts on those).
void typeText(QWidget *widget, const QString &text);

// The widget tests switch languages at run time, which needs the compiled translations
// under :/i18n as in the program. When this executable has none embedded, registers the
// build tree's .qm files (or those in $SDOC_TEST_QM_DIR) with rcc at run time.
// Returns an empty string on success, else why not.
[[nodiscard]] QString ensureTranslations();

// The settings file the program writes (QSettings' native format on Linux).
[[nodiscard]] QString settingsFilePath();

// The message box with this object name once it is shown (modal dialogs are opened
// asynchronously by the program), or nullptr after timeoutMs.
[[nodiscard]] QMessageBox *waitForMessageBox(QWidget *parent, const QString &objectName, int timeoutMs = 5000);

// Saves a grab of the widget to $SDOC_SCREENSHOT_DIR/<name>.png when that variable is
// set; returns the path or an empty string.
QString saveScreenshot(QWidget *widget, const QString &name);

// Measures how long the event loop went without running a 10 ms timer: the largest gap
// between two timeouts is the longest time the window could not repaint or react.
class EventLoopGapMeter : public QObject
{
public:
    explicit EventLoopGapMeter(QObject *parent = nullptr);
    void start();
    void stop();
    [[nodiscard]] qint64 maxGapMs() const { return m_maxGap; }
    [[nodiscard]] int ticks() const { return m_ticks; }
    // The most CPU time the GUI thread used within one gap: the work it did without
    // returning to the event loop (a gap with little CPU was the scheduler's doing).
    [[nodiscard]] qint64 maxGapCpuMs() const { return m_maxGapCpu; }
    // Every gap over 50 ms as "length@end(cpu)" in ms since start(), for messages.
    [[nodiscard]] QString longGaps() const { return m_longGaps.join(u", "); }
    // Passes when no gap reached limitMs. On an overloaded machine (more runnable
    // processes than cores) a longer gap is accepted if the GUI thread itself was busy
    // for less than limitMs in it, with a warning. Otherwise fails with the details.
    [[nodiscard]] bool isResponsive(qint64 limitMs, QString *explanation) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    qint64 m_lastCpu = 0;
    qint64 m_maxGapCpu = 0;
    int m_ticks = 0;
    QStringList m_longGaps;
};

} // namespace SmtpDoctor::GuiTest
