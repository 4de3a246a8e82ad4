// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real window into its main states against the harness servers and saves
// a grab of each to $SDOC_SCREENSHOT_DIR/<state>-<language>.png (scripts/screenshots.sh
// runs this under Xvfb and puts them into docs/screenshots). Without that variable the
// states are still driven and checked, but nothing is written.
#include "guitest.h"
#include "harness.h"

#include "addresspage.h"
#include "candidatelist.h"
#include "checkpage.h"
#include "detectview.h"
#include "mainwindow.h"
#include "passwordfield.h"
#include "resultview.h"
#include "settingsform.h"

#include "util/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Ui;
using SmtpDoctor::Test::env;

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(115));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(110));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x78, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Light, window.lighter(160));
    p.setColor(QPalette::Midlight, window.lighter(130));
    p.setColor(QPalette::Mid, window.lighter(150));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void states_data();
    void states();

private:
    void shoot(QWidget *window, const QString &state, const QString &language);
    void testWith(MainWindow *w, const QString &host, Security security, const QString &user, const QString &password,
        const QString &expectedId);

    QTemporaryDir m_dir;
    QStringList m_written;
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    GuiTest::isolateEnvironment(m_dir);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    SDOC_REQUIRE_HARNESS();
    if (const QString why = GuiTest::ensureTranslations(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestScreenshots::states_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("en") << u"en"_s << false;
    QTest::newRow("de") << u"de"_s << false;
    // The same with a dark system palette: every colour must come from the palette
    // (or be one of the two status colours that work on both).
    QTest::newRow("en-dark") << u"en"_s << true;
}

void TestScreenshots::shoot(QWidget *window, const QString &state, const QString &language)
{
    // Let queued layout and paint work settle first.
    QTest::qWait(150);
    const QString path = GuiTest::saveScreenshot(window, state + u'-' + language);
    if (!path.isEmpty()) {
        m_written << path;
        qInfo("wrote %s", qPrintable(path));
    }
}

void TestScreenshots::testWith(MainWindow *w, const QString &host, Security security, const QString &user,
    const QString &password, const QString &expectedId)
{
    w->tabWidget()->setCurrentIndex(1);
    w->findChild<QLineEdit *>(u"hostLineEdit"_s)->setText(host);
    auto *securityBox = w->findChild<QComboBox *>(u"securityComboBox"_s);
    securityBox->setCurrentIndex(securityBox->findData(int(security)));
    w->findChild<QLineEdit *>(u"userLineEdit"_s)->setText(user);
    w->findChild<QLineEdit *>(u"passwordLineEdit"_s)->setText(password);
    QSignalSpy finished(w, &MainWindow::checkFinished);
    QTest::mouseClick(w->findChild<QPushButton *>(u"testPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const QString id = w->checkPage()->resultView()->diagnosisId();
    QVERIFY2(id.startsWith(expectedId), qPrintable(id));
}

void TestScreenshots::states()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    const QPalette lightPalette = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    const auto restore = qScopeGuard([&] { QApplication::setPalette(lightPalette); });
    if (dark)
        language += u"-dark"_s;
    installTranslations(u"en"_s);
    MainWindow w;
    w.setLanguage(language.section(u'-', 0, 0));
    QVERIFY(w.setExtraCaFile(env("SDOC_CA_FILE"), false));
    w.resize(1100, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    // Finding: right after the start, while sources are still being asked.
    auto *address = w.findChild<QLineEdit *>(u"addressLineEdit"_s);
    address->setText(env("SDOC_USER"));
    w.findChild<QLineEdit *>(u"addressPasswordLineEdit"_s)->setText(env("SDOC_PASSWORD"));
    Q_EMIT w.addressPage()->passwordField()->textEdited(env("SDOC_PASSWORD"));
    QSignalSpy detected(&w, &MainWindow::detectionFinished);
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(w.isDetecting());
    QTest::qWait(5);
    const QString finding = GuiTest::saveScreenshot(&w, u"finding-"_s + language);
    if (!finding.isEmpty())
        m_written << finding;
    QVERIFY(detected.wait(20000));
    shoot(&w, u"found"_s, language);

    // Settings: the best candidate filled in.
    CandidateList *list = w.addressPage()->detectView()->candidateList();
    QVERIFY(!list->candidates().isEmpty());
    list->choose(0);
    if (QMessageBox *box = GuiTest::waitForMessageBox(&w, u"confirmCandidateMessageBox"_s, 300))
        box->findChild<QPushButton *>(u"confirmUsePushButton"_s)->click();
    QTRY_COMPARE(w.tabWidget()->currentIndex(), 1);
    shoot(&w, u"settings"_s, language);

    ResultView *view = w.checkPage()->resultView();
    // Success, with the timing chart.
    testWith(&w, env("SDOC_HOST"), Security::Tls, env("SDOC_USER"), env("SDOC_PASSWORD"), u"OK"_s);
    view->tabWidget()->setCurrentIndex(3);
    shoot(&w, u"success"_s, language);

    // Certificate problem: the certificate tab opens by itself.
    testWith(&w, env("SDOC_HOST_SELFSIGNED"), Security::Tls, QString(), QString(), u"CERT_"_s);
    QCOMPARE(view->tabWidget()->currentIndex(), 0);
    shoot(&w, u"certificate"_s, language);

    // Wrong password, with the transcript.
    testWith(
        &w, env("SDOC_HOST"), Security::StartTls, env("SDOC_USER"), u"wrong-password"_s, u"AUTH_CREDENTIALS_INVALID"_s);
    view->tabWidget()->setCurrentIndex(2);
    shoot(&w, u"wrong-password"_s, language);

    // Encryption gone where it was before (the date as the history would have it).
    QSettings().setValue(u"encryptedSessions/%1:587"_s.arg(env("SDOC_HOST_PLAIN")), u"2026-10-01T09:30:00Z"_s);
    testWith(&w, env("SDOC_HOST_PLAIN"), Security::StartTls, env("SDOC_USER"), env("SDOC_PASSWORD"),
             u"ENCRYPTION_REMOVED"_s);
    view->tabWidget()->setCurrentIndex(1);
    shoot(&w, u"encryption-removed"_s, language);

    // A look-alike domain among the candidates (data as the detector would report it for
    // a guess): the domain stands out and the card warns. Not a harness state.
    DetectView *detect = w.addressPage()->detectView();
    w.addressPage()->setAddress(u"jane.doe@gmail.com"_s);
    detect->reset(u"gmail.com"_s);
    Detect::Candidate good;
    good.host = u"smtp.gmail.com"_s;
    good.port = 465;
    good.security = Security::Tls;
    good.trust = Detect::Trust::High;
    good.sources = { Detect::SourceKind::Bundled };
    good.probed = good.confirmed = true;
    good.probeMs = 84;
    // Provider notes come in the user's language from the provider data.
    good.notes << (language.startsWith(u"de"_s)
            ? u"Google-Konten mit Bestätigung in zwei Schritten brauchen ein App-Passwort."_s
            : u"Google accounts with 2-step verification need an app password."_s);
    Detect::Candidate lookAlike;
    lookAlike.host = u"smtp.gmai1.com"_s;
    lookAlike.port = 587;
    lookAlike.security = Security::StartTls;
    lookAlike.trust = Detect::Trust::Low;
    lookAlike.sources = { Detect::SourceKind::Guess };
    lookAlike.probed = lookAlike.confirmed = true;
    lookAlike.probeMs = 131;
    lookAlike.warnings << QLatin1String(Detect::Warning::OutsideDomain);
    Detect::DetectResult result;
    result.candidates = { good, lookAlike };
    result.ms = 412;
    const QList<std::pair<Detect::SourceKind, Detect::SourceStatus>> sources { { Detect::SourceKind::Bundled,
                                                                                   Detect::SourceStatus::Found },
        { Detect::SourceKind::Autoconfig, Detect::SourceStatus::NotFound },
        { Detect::SourceKind::WellKnown, Detect::SourceStatus::NotFound },
        { Detect::SourceKind::OnlineIspdb, Detect::SourceStatus::Skipped },
        { Detect::SourceKind::SrvSubmissions, Detect::SourceStatus::NotFound },
        { Detect::SourceKind::SrvSubmission, Detect::SourceStatus::NotFound },
        { Detect::SourceKind::Mx, Detect::SourceStatus::Skipped },
        { Detect::SourceKind::Guess, Detect::SourceStatus::Found } };
    qint64 ms = 3;
    for (const auto &[kind, status] : sources) {
        Detect::SourceReport r;
        r.kind = kind;
        r.status = status;
        r.ms = ms;
        ms += 47;
        result.sources << r;
    }
    detect->setFinished(result);
    w.tabWidget()->setCurrentIndex(0);
    shoot(&w, u"lookalike"_s, language);
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
