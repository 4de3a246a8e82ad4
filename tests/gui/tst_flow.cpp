// SPDX-License-Identifier: GPL-3.0-or-later
// The real flow against the real servers of tests/harness: type an address, find the
// settings, pick a candidate, test, read the verdict; a wrong password; a certificate
// that must be trusted explicitly; cancelling; plaintext confirmation; sender check and
// test message; and that the event loop never stalls for more than 100 ms during a check.
#include "guitest.h"
#include "harness.h"

#include "addresspage.h"
#include "candidatelist.h"
#include "certificatetab.h"
#include "checkpage.h"
#include "detectview.h"
#include "mainwindow.h"
#include "resultview.h"
#include "settingsform.h"
#include "steplist.h"
#include "transcripttab.h"

#include "util/translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Ui;
using SmtpDoctor::Test::env;

namespace {

template <class T> T *child(QObject *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

constexpr int kCheckTimeoutMs = 30000;

} // namespace

class TestFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findPickTestAndSucceed();
    void wrongPasswordIsExplained();
    void certificateMustBeTrustedExplicitly();
    void cancelMidCheck();
    void languageSwitchChangesTheAnswer();
    void plaintextNeedsConfirmation();
    void senderCheckAndTestMessage();
    void reportsHoldNoPassword();
    void encryptionRemovedIsAWarningSign();

private:
    // Fills the form by typing, as a user would.
    void fillForm(const QString &host, Security security, const QString &user, const QString &password);
    // Clicks "Test settings" and waits for the answer; returns the diagnosis id.
    QString runTest(bool checkResponsiveness = false);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    GuiTest::isolateEnvironment(m_dir);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    installTranslations(u"en"_s);
    SDOC_REQUIRE_HARNESS();
}

void TestFlow::init()
{
    m_window = new MainWindow;
    QVERIFY(m_window->setExtraCaFile(env("SDOC_CA_FILE"), false));
    m_window->resize(1100, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestFlow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    installTranslations(u"en"_s);
    QLocale::setDefault(QLocale(u"en"_s));
}

void TestFlow::fillForm(const QString &host, Security security, const QString &user, const QString &password)
{
    m_window->tabWidget()->setCurrentIndex(1);
    auto *hostEdit = child<QLineEdit>(m_window, u"hostLineEdit"_s);
    hostEdit->clear();
    GuiTest::typeText(hostEdit, host);
    auto *securityBox = child<QComboBox>(m_window, u"securityComboBox"_s);
    securityBox->setCurrentIndex(securityBox->findData(int(security)));
    auto *userEdit = child<QLineEdit>(m_window, u"userLineEdit"_s);
    userEdit->clear();
    GuiTest::typeText(userEdit, user);
    auto *passwordEdit = child<QLineEdit>(m_window, u"passwordLineEdit"_s);
    passwordEdit->clear();
    GuiTest::typeText(passwordEdit, password);
}

QString TestFlow::runTest(bool checkResponsiveness)
{
    QSignalSpy finished(m_window, &MainWindow::checkFinished);
    GuiTest::EventLoopGapMeter meter;
    meter.start();
    QTest::mouseClick(child<QPushButton>(m_window, u"testPushButton"_s), Qt::LeftButton);
    if (!finished.wait(kCheckTimeoutMs))
        return u"(no answer)"_s;
    meter.stop();
    if (checkResponsiveness) {
        QString details;
        const bool ok = meter.isResponsive(100, &details);
        qInfo("event loop during the check: %s", qPrintable(details));
        if (!ok)
            return u"(event loop blocked: "_s + details + u')';
    }
    return m_window->checkPage()->resultView()->diagnosisId();
}

void TestFlow::findPickTestAndSucceed()
{
    // 1. Address and password, Enter.
    auto *address = child<QLineEdit>(m_window, u"addressLineEdit"_s);
    GuiTest::typeText(address, env("SDOC_USER"));
    GuiTest::typeText(child<QLineEdit>(m_window, u"addressPasswordLineEdit"_s), env("SDOC_PASSWORD"));
    QSignalSpy detected(m_window, &MainWindow::detectionFinished);
    address->setFocus();
    GuiTest::EventLoopGapMeter detectMeter;
    detectMeter.start();
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(m_window->isDetecting());
    QVERIFY(!child<QPushButton>(m_window, u"findPushButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(m_window, u"cancelFindPushButton"_s)->isEnabled());
    QVERIFY(detected.wait(20000));
    detectMeter.stop();
    QString details;
    const bool responsive = detectMeter.isResponsive(100, &details);
    qInfo("event loop during the search: %s", qPrintable(details));
    QVERIFY2(responsive, qPrintable(details));

    // Every source reported, with a state and a time.
    auto *sources = child<QTreeWidget>(m_window, u"sourceTreeWidget"_s);
    QVERIFY(sources->topLevelItemCount() >= 5);
    for (int i = 0; i < sources->topLevelItemCount(); ++i)
        QVERIFY(!sources->topLevelItem(i)->text(1).isEmpty());

    // 2. The best candidate is the harness server, in the address's domain.
    CandidateList *list = m_window->addressPage()->detectView()->candidateList();
    QVERIFY(!list->candidates().isEmpty());
    QCOMPARE(list->candidates().first().host, env("SDOC_HOST"));
    QCOMPARE(child<QLabel>(list, u"candidateDomainLabel"_s)->text(), env("SDOC_DOMAIN"));
    const auto buttons = list->findChildren<QPushButton *>(u"useCandidatePushButton"_s);
    QVERIFY(!buttons.isEmpty());
    QCOMPARE(QApplication::focusWidget(), buttons.first()); // keyboard users land on it
    QTest::keyClick(buttons.first(), Qt::Key_Return);
    if (list->candidates().first().trust != Detect::Trust::High) {
        QMessageBox *box = GuiTest::waitForMessageBox(m_window, u"confirmCandidateMessageBox"_s);
        QVERIFY(box);
        child<QPushButton>(box, u"confirmUsePushButton"_s)->click();
    }
    QTRY_COMPARE(m_window->tabWidget()->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(m_window, u"hostLineEdit"_s)->text(), env("SDOC_HOST"));
    QCOMPARE(child<QLineEdit>(m_window, u"userLineEdit"_s)->text(), env("SDOC_USER"));
    QCOMPARE(m_window->settingsForm()->password(), env("SDOC_PASSWORD"));

    // 3. Test; the step list fills in; the event loop keeps running.
    const QString id = runTest(true);
    QVERIFY2(id.startsWith(u"OK"_s), qPrintable(id));
    QCOMPARE(m_window->tabWidget()->currentIndex(), 2);
    StepList *steps = m_window->checkPage()->stepList();
    QCOMPARE(steps->state(StepList::Step::Login), StepList::State::Ok);
    QCOMPARE(steps->state(StepList::Step::Certificate), StepList::State::Ok);
    QVERIFY(!child<QLabel>(m_window, u"verdictLabel"_s)->text().isEmpty());
    // The transcript is there and has no password in it.
    const QString transcript = child<QPlainTextEdit>(m_window, u"transcriptTextEdit"_s)->toPlainText();
    QVERIFY(transcript.contains(u"EHLO"_s));
    QVERIFY(!transcript.contains(env("SDOC_PASSWORD")));
}

void TestFlow::wrongPasswordIsExplained()
{
    fillForm(env("SDOC_HOST"), Security::StartTls, env("SDOC_USER"), u"definitely-wrong"_s);
    QCOMPARE(child<QSpinBox>(m_window, u"portSpinBox"_s)->value(), 587);
    QCOMPARE(runTest(true), u"AUTH_CREDENTIALS_INVALID"_s);
    QCOMPARE(m_window->checkPage()->stepList()->state(StepList::Step::Login), StepList::State::Failed);
    QVERIFY(child<QLabel>(m_window, u"serverReplyLabel"_s)->text().startsWith(u"535"_s));
    QVERIFY(child<QLabel>(m_window, u"adviceLabel"_s)->isVisible());
    QVERIFY(!child<QPlainTextEdit>(m_window, u"transcriptTextEdit"_s)->toPlainText().contains(u"definitely-wrong"_s));
}

void TestFlow::certificateMustBeTrustedExplicitly()
{
    fillForm(env("SDOC_HOST_SELFSIGNED"), Security::Tls, QString(), QString());
    QCOMPARE(runTest(), u"CERT_SELF_SIGNED"_s);
    ResultView *view = m_window->checkPage()->resultView();
    QCOMPARE(view->tabWidget()->currentWidget(), view->certificateTab());
    QCOMPARE(m_window->checkPage()->stepList()->state(StepList::Step::Certificate), StepList::State::Failed);
    auto *trust = child<QPushButton>(m_window, u"trustCertificatePushButton"_s);
    QVERIFY(trust->isEnabled());
    const QByteArray leaf = view->result()->tls.chain.first().sha256;
    QCOMPARE(leaf.size(), 64);

    // Cancel first: nothing is pinned.
    QTest::mouseClick(trust, Qt::LeftButton);
    QMessageBox *box = GuiTest::waitForMessageBox(m_window, u"trustCertificateMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(CertificateTab::formatFingerprint(leaf, 8)));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(!m_window->isChecking());

    // Confirm: pinned for this host, tested again, and it passes.
    QSignalSpy finished(m_window, &MainWindow::checkFinished);
    QTest::mouseClick(trust, Qt::LeftButton);
    box = GuiTest::waitForMessageBox(m_window, u"trustCertificateMessageBox"_s);
    QVERIFY(box);
    child<QPushButton>(box, u"confirmTrustPushButton"_s)->click();
    QVERIFY(finished.wait(kCheckTimeoutMs));
    QVERIFY2(view->diagnosisId().startsWith(u"OK"_s), qPrintable(view->diagnosisId()));
    QVERIFY(view->result()->tls.pinned);

    // Saved with the account, and only for that host.
    m_window->saveProfile(u"selfsigned"_s);
    QSettings settings;
    const int count = settings.beginReadArray(u"profiles"_s);
    QStringList pins;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        pins << settings.value(u"pinnedSha256"_s).toStringList();
    }
    settings.endArray();
    QCOMPARE(pins, QStringList { env("SDOC_HOST_SELFSIGNED") + u' ' + QString::fromLatin1(leaf) });
}

void TestFlow::cancelMidCheck()
{
    fillForm(env("SDOC_HOST_BLACKHOLE"), Security::StartTls, QString(), QString());
    QSignalSpy finished(m_window, &MainWindow::checkFinished);
    QTest::mouseClick(child<QPushButton>(m_window, u"testPushButton"_s), Qt::LeftButton);
    StepList *steps = m_window->checkPage()->stepList();
    QTRY_COMPARE(steps->state(StepList::Step::Connect), StepList::State::Running);
    auto *cancel = child<QPushButton>(m_window, u"cancelCheckPushButton"_s);
    QVERIFY(cancel->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QVERIFY2(clock.elapsed() < 1000, "cancelling took too long");
    QCOMPARE(m_window->checkPage()->resultView()->diagnosisId(), u"CANCELLED"_s);
    QCOMPARE(steps->state(StepList::Step::Connect), StepList::State::Skipped);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>(m_window, u"retestPushButton"_s)->isEnabled());
}

void TestFlow::languageSwitchChangesTheAnswer()
{
    if (const QString why = GuiTest::ensureTranslations(); !why.isEmpty())
        QSKIP(qPrintable(why));
    fillForm(env("SDOC_HOST"), Security::Tls, env("SDOC_USER"), u"wrong"_s);
    QCOMPARE(runTest(), u"AUTH_CREDENTIALS_INVALID"_s);
    auto *verdict = child<QLabel>(m_window, u"verdictLabel"_s);
    auto *retest = child<QPushButton>(m_window, u"retestPushButton"_s);
    const QString verdictEn = verdict->text();
    const QString retestEn = retest->text();
    child<QAction>(m_window, u"germanLanguageAction"_s)->trigger();
    QTRY_VERIFY(verdict->text() != verdictEn);
    QVERIFY(retest->text() != retestEn);
    QCOMPARE(m_window->checkPage()->resultView()->diagnosisId(), u"AUTH_CREDENTIALS_INVALID"_s);
    child<QAction>(m_window, u"englishLanguageAction"_s)->trigger();
    QTRY_COMPARE(verdict->text(), verdictEn);
}

void TestFlow::plaintextNeedsConfirmation()
{
    fillForm(env("SDOC_HOST_PLAIN"), Security::None, env("SDOC_USER"), env("SDOC_PASSWORD"));
    QVERIFY(child<QWidget>(m_window, u"insecureWarningLabel"_s)->isVisible());
    QSignalSpy started(m_window, &MainWindow::checkStarted);
    QSignalSpy finished(m_window, &MainWindow::checkFinished);
    QTest::mouseClick(child<QPushButton>(m_window, u"testPushButton"_s), Qt::LeftButton);
    QMessageBox *box = GuiTest::waitForMessageBox(m_window, u"plaintextConfirmMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(env("SDOC_HOST_PLAIN")));
    child<QPushButton>(box, u"confirmPlaintextPushButton"_s)->click();
    QVERIFY(finished.wait(kCheckTimeoutMs));
    QCOMPARE(started.size(), 1);
    const QString id = m_window->checkPage()->resultView()->diagnosisId();
    QVERIFY2(id.startsWith(u"OK"_s), qPrintable(id));
    QCOMPARE(m_window->checkPage()->stepList()->state(StepList::Step::Login), StepList::State::Ok);
}

void TestFlow::senderCheckAndTestMessage()
{
    fillForm(env("SDOC_HOST"), Security::Tls, env("SDOC_USER"), env("SDOC_PASSWORD"));
    auto *from = child<QLineEdit>(m_window, u"fromLineEdit"_s);
    child<QRadioButton>(m_window, u"senderOnlyRadioButton"_s)->click();
    from->setText(env("SDOC_USER"));
    QVERIFY2(runTest().startsWith(u"OK"_s), "sender check");
    QCOMPARE(m_window->checkPage()->stepList()->state(StepList::Step::Mail), StepList::State::Ok);
    QVERIFY(m_window->checkPage()->resultView()->result()->senderChecked);

    m_window->tabWidget()->setCurrentIndex(1);
    child<QRadioButton>(m_window, u"testMessageRadioButton"_s)->click();
    auto *to = child<QLineEdit>(m_window, u"recipientLineEdit"_s);
    to->setText(env("SDOC_USER2"));
    QVERIFY2(runTest().startsWith(u"OK"_s), "test message");
    const CheckResult result = *m_window->checkPage()->resultView()->result();
    QVERIFY(result.messageSent);
    QVERIFY(!result.queueId.isEmpty());
    QByteArray mail;
    QVERIFY(Test::waitForMail(env("SDOC_USER2"), result.queueId.toLatin1(), 10000, &mail)
        || Test::waitForMail(env("SDOC_USER2"), "SMTP Doctor", 10000, &mail));
}

void TestFlow::reportsHoldNoPassword()
{
    fillForm(env("SDOC_HOST"), Security::StartTls, env("SDOC_USER"), env("SDOC_PASSWORD"));
    QVERIFY(runTest().startsWith(u"OK"_s));
    const QByteArray password = env("SDOC_PASSWORD").toUtf8();
    QTest::mouseClick(child<QPushButton>(m_window, u"copyReportPushButton"_s), Qt::LeftButton);
    const QString report = QApplication::clipboard()->text();
    QVERIFY(report.contains(env("SDOC_HOST")));
    QVERIFY(!report.contains(env("SDOC_PASSWORD")));
    QTest::mouseClick(child<QPushButton>(m_window, u"copySettingsPushButton"_s), Qt::LeftButton);
    const QString settingsText = QApplication::clipboard()->text();
    QVERIFY(settingsText.contains(env("SDOC_HOST")));
    QVERIFY(settingsText.contains(u"587"_s));
    QVERIFY(settingsText.contains(env("SDOC_USER")));
    QVERIFY(!settingsText.contains(env("SDOC_PASSWORD")));
    for (const QString &suffix : { u".txt"_s, u".html"_s, u".json"_s }) {
        const QString file = m_dir.filePath(u"report"_s + suffix);
        QString error;
        QVERIFY2(m_window->saveReport(file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.contains(env("SDOC_HOST").toUtf8()));
        QVERIFY(!data.contains(password));
        if (suffix == u".json"_s)
            QVERIFY(QJsonDocument::fromJson(data).isObject());
    }
}

// A server and port that had verified encryption before and now offers none: the
// answer is "encryption has disappeared" (a warning sign), never "change the setting".
void TestFlow::encryptionRemovedIsAWarningSign()
{
    const QString host = env("SDOC_HOST");
    const QString plain = env("SDOC_HOST_PLAIN");
    QSettings settings;
    settings.remove(u"encryptedSessions"_s);

    // 1. A verified encrypted check is remembered for its server and port (a date, nothing else).
    fillForm(host, Security::StartTls, env("SDOC_USER"), env("SDOC_PASSWORD"));
    QVERIFY(runTest().startsWith(u"OK"_s));
    settings.sync();
    const QDateTime recorded = QDateTime::fromString(
        settings.value(u"encryptedSessions/%1:587"_s.arg(host)).toString(), Qt::ISODate);
    QVERIFY2(recorded.isValid() && qAbs(recorded.secsTo(QDateTime::currentDateTimeUtc())) < 120,
             qPrintable(recorded.toString(Qt::ISODate)));

    // 2. The plain-text server, without history: the ordinary "no STARTTLS on this port".
    fillForm(plain, Security::StartTls, env("SDOC_USER"), env("SDOC_PASSWORD"));
    QCOMPARE(runTest(), u"STARTTLS_NOT_OFFERED"_s);

    // 3. The same, after it had been encrypted: the warning sign, the date, no password sent.
    settings.setValue(u"encryptedSessions/%1:587"_s.arg(plain), u"2026-10-01T09:30:00Z"_s);
    settings.sync();
    QCOMPARE(runTest(), u"ENCRYPTION_REMOVED"_s);
    ResultView *view = m_window->checkPage()->resultView();
    QVERIFY(!view->result()->auth.attempted);
    QCOMPARE(view->result()->encryptedBeforeUtc, QDateTime(QDate(2026, 10, 1), QTime(9, 30), Qt::UTC));
    const QString cause = child<QLabel>(view, u"causeLabel"_s)->text();
    QVERIFY2(cause.contains(u"2026-10-01 09:30 UTC"_s), qPrintable(cause));
    QVERIFY(child<QLabel>(view, u"verdictLabel"_s)->isVisible());
}

QTEST_MAIN(TestFlow)

#include "tst_flow.moc"
