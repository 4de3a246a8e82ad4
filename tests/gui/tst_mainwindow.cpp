// SPDX-License-Identifier: GPL-3.0-or-later
// The main window without servers: form validation, port proposals, candidate
// confirmation, language switching, accounts without a keychain, keyboard use,
// accessibility, plain-text rendering of server words, the step list and the chart.
#include "guitest.h"

#include "aboutdialog.h"
#include "accountbar.h"
#include "addresspage.h"
#include "candidatelist.h"
#include "checkpage.h"
#include "detectview.h"
#include "mainwindow.h"
#include "messagelabel.h"
#include "passwordfield.h"
#include "passwordstore.h"
#include "profilestore.h"
#include "resultview.h"
#include "settingsform.h"
#include "steplist.h"
#include "timingstab.h"
#include "transcripttab.h"

#include "util/translations.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
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
#include <QTextBlock>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Ui;

namespace {

template <class T> T *child(QObject *root, const QString &name)
{
    auto *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

Detect::Candidate candidate(const QString &host, quint16 port, Security security, Detect::Trust trust)
{
    Detect::Candidate c;
    c.host = host;
    c.port = port;
    c.security = security;
    c.trust = trust;
    c.sources = { trust == Detect::Trust::High ? Detect::SourceKind::Bundled : Detect::SourceKind::Guess };
    c.probed = true;
    c.confirmed = true;
    c.probeMs = 42;
    return c;
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hostValidation();
    void portFollowsEncryptionUnlessTyped();
    void noneIsInsecureAndNeedsConfirmation();
    void untrustedCandidateNeedsConfirmation();
    void trustedCandidateFillsTheForm();
    void manualEntryKeepsWhatWasFound();
    void invalidAddressIsExplained();
    void languageSwitchRetranslatesEverything();
    void profilesRoundTripWithoutPassword();
    void noKeychainIsExplained();
    void enterRunsTheCurrentStep();
    void everyControlHasAnAccessibleName();
    void serverWordsArePlainText();
    void stepListFollowsPhases();
    void timingChartPaints();
    void aboutShowsLicences();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    GuiTest::isolateEnvironment(m_dir);
    // No session bus: the keychain is reported missing at once, without D-Bus autolaunch.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    installTranslations(u"en"_s);
}

void TestMainWindow::init()
{
    QFile::remove(GuiTest::settingsFilePath());
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    installTranslations(u"en"_s);
    QLocale::setDefault(QLocale(u"en"_s));
}

void TestMainWindow::hostValidation()
{
    auto *host = child<QLineEdit>(m_window, u"hostLineEdit"_s);
    auto *error = child<QWidget>(m_window, u"hostErrorLabel"_s);
    auto *domain = child<QLabel>(m_window, u"hostDomainLabel"_s);
    m_window->tabWidget()->setCurrentIndex(1);
    struct Case
    {
        QString text;
        bool bad;
    };
    const QList<Case> cases { { u"alice@example.com"_s, true }, { u"smtp://mail.example.com"_s, true },
        { u"mail.example.com:587"_s, true }, { u"mail example.com"_s, true }, { u"-bad-.example.com"_s, true },
        { u"smtp.example.co.uk"_s, false }, { u"192.0.2.25"_s, false }, { u"smtp.bücher.de"_s, false } };
    for (const Case &c : cases) {
        host->setText(c.text);
        QCOMPARE(error->isVisibleTo(m_window), c.bad);
    }
    host->setText(u"smtp.mail.example.co.uk"_s);
    QVERIFY(domain->isVisibleTo(m_window));
    QVERIFY2(domain->text().contains(u"example.co.uk"_s), qPrintable(domain->text()));
    // A look-alike's own domain is what is shown, in full.
    host->setText(u"smtp.gmai1.com"_s);
    QVERIFY(domain->text().contains(u"gmai1.com"_s));
    // Empty host: no complaint until a test is attempted, then a clear one.
    host->clear();
    QVERIFY(!error->isVisibleTo(m_window));
    QSignalSpy test(m_window->settingsForm(), &SettingsForm::testRequested);
    QTest::mouseClick(child<QPushButton>(m_window, u"testPushButton"_s), Qt::LeftButton);
    QCOMPARE(test.size(), 0);
    QVERIFY(error->isVisibleTo(m_window));
    QCOMPARE(QApplication::focusWidget(), host);
}

void TestMainWindow::portFollowsEncryptionUnlessTyped()
{
    m_window->tabWidget()->setCurrentIndex(1);
    auto *security = child<QComboBox>(m_window, u"securityComboBox"_s);
    auto *port = child<QSpinBox>(m_window, u"portSpinBox"_s);
    security->setCurrentIndex(security->findData(int(Security::Tls)));
    QCOMPARE(port->value(), 465);
    security->setCurrentIndex(security->findData(int(Security::StartTls)));
    QCOMPARE(port->value(), 587);
    // The user types a port: it stays.
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, u"2525"_s);
    QCOMPARE(port->value(), 2525);
    security->setCurrentIndex(security->findData(int(Security::Tls)));
    QCOMPARE(port->value(), 2525);
    // A hint explains unusual combinations.
    port->setValue(465);
    security->setCurrentIndex(security->findData(int(Security::StartTls)));
    QVERIFY(child<QWidget>(m_window, u"portHintLabel"_s)->isVisibleTo(m_window));
}

void TestMainWindow::noneIsInsecureAndNeedsConfirmation()
{
    m_window->tabWidget()->setCurrentIndex(1);
    auto *security = child<QComboBox>(m_window, u"securityComboBox"_s);
    auto *warning = child<QWidget>(m_window, u"insecureWarningLabel"_s);
    QVERIFY(!warning->isVisibleTo(m_window));
    child<QLineEdit>(m_window, u"hostLineEdit"_s)->setText(u"mail.invalid"_s);
    security->setCurrentIndex(security->findData(int(Security::None)));
    QVERIFY(warning->isVisibleTo(m_window));
    QCOMPARE(child<QSpinBox>(m_window, u"portSpinBox"_s)->value(), 587);
    child<QLineEdit>(m_window, u"userLineEdit"_s)->setText(u"alice"_s);
    child<QLineEdit>(m_window, u"passwordLineEdit"_s)->setText(u"secret"_s);
    QVERIFY(m_window->settingsForm()->sendsPasswordInPlaintext());
    QSignalSpy started(m_window, &MainWindow::checkStarted);
    QTest::mouseClick(child<QPushButton>(m_window, u"testPushButton"_s), Qt::LeftButton);
    QMessageBox *box = GuiTest::waitForMessageBox(m_window, u"plaintextConfirmMessageBox"_s);
    QVERIFY(box);
    QCOMPARE(started.size(), 0); // nothing runs before the answer
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(started.size(), 0);
    QVERIFY(!m_window->isChecking());
    // Without a password there is nothing to protect: no question.
    child<QLineEdit>(m_window, u"passwordLineEdit"_s)->clear();
    QVERIFY(!m_window->settingsForm()->sendsPasswordInPlaintext());
}

void TestMainWindow::untrustedCandidateNeedsConfirmation()
{
    DetectView *view = m_window->addressPage()->detectView();
    view->reset(u"gmail.com"_s);
    auto lookAlike = candidate(u"smtp.gmai1.com"_s, 465, Security::Tls, Detect::Trust::Low);
    lookAlike.warnings << QLatin1String(Detect::Warning::OutsideDomain) << QLatin1String(Detect::Warning::Port25);
    view->setCandidates({ lookAlike });
    auto *domain = child<QLabel>(view, u"candidateDomainLabel"_s);
    QCOMPARE(domain->text(), u"gmai1.com"_s);
    QVERIFY(domain->font().bold());
    QVERIFY(domain->font().pointSizeF() > view->font().pointSizeF());
    QTRY_VERIFY(child<QWidget>(view, u"candidateRelationLabel"_s)->isVisibleTo(m_window));
    // The "other domain" warning is said once, by the line under the domain; others are listed.
    QCOMPARE(view->findChildren<QWidget *>(u"candidateWarningLabel"_s).size(), 1);
    QCOMPARE(child<MessageLabel>(view, u"candidateWarningLabel"_s)->text(),
        Detect::warningText(QLatin1String(Detect::Warning::Port25)));

    auto *use = child<QPushButton>(view, u"useCandidatePushButton"_s);
    auto *host = child<QLineEdit>(m_window, u"hostLineEdit"_s);
    QTest::mouseClick(use, Qt::LeftButton);
    QMessageBox *box = GuiTest::waitForMessageBox(m_window, u"confirmCandidateMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"gmai1.com"_s));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // safe default
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(host->text().isEmpty());
    QCOMPARE(m_window->tabWidget()->currentIndex(), 0);

    QTest::mouseClick(use, Qt::LeftButton);
    box = GuiTest::waitForMessageBox(m_window, u"confirmCandidateMessageBox"_s);
    QVERIFY(box);
    child<QPushButton>(box, u"confirmUsePushButton"_s)->click();
    QTRY_COMPARE(host->text(), u"smtp.gmai1.com"_s);
    QCOMPARE(m_window->tabWidget()->currentIndex(), 1);
}

void TestMainWindow::trustedCandidateFillsTheForm()
{
    auto *address = child<QLineEdit>(m_window, u"addressLineEdit"_s);
    address->setText(u"jane@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(m_window, u"addressPasswordLineEdit"_s), u"pw"_s);
    DetectView *view = m_window->addressPage()->detectView();
    view->reset(u"example.com"_s);
    auto good = candidate(u"smtp.example.com"_s, 465, Security::Tls, Detect::Trust::High);
    good.notes << u"Needs an app password."_s;
    view->setCandidates({ good, candidate(u"mail.example.com"_s, 587, Security::StartTls, Detect::Trust::Medium) });
    QCOMPARE(view->findChildren<QPushButton *>(u"useCandidatePushButton"_s).size(), 2);
    QVERIFY(child<QWidget>(view, u"candidateNoteLabel"_s));
    QTest::mouseClick(view->findChildren<QPushButton *>(u"useCandidatePushButton"_s).first(), Qt::LeftButton);
    QCOMPARE(m_window->tabWidget()->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(m_window, u"hostLineEdit"_s)->text(), u"smtp.example.com"_s);
    QCOMPARE(child<QSpinBox>(m_window, u"portSpinBox"_s)->value(), 465);
    auto *security = child<QComboBox>(m_window, u"securityComboBox"_s);
    QCOMPARE(Security(security->currentData().toInt()), Security::Tls);
    QCOMPARE(child<QLineEdit>(m_window, u"userLineEdit"_s)->text(), u"jane@example.com"_s);
    QCOMPARE(child<QLineEdit>(m_window, u"fromLineEdit"_s)->text(), u"jane@example.com"_s);
    QCOMPARE(m_window->settingsForm()->password(), u"pw"_s);
    // The proposal came from the candidate, so another encryption proposes its port.
    security->setCurrentIndex(security->findData(int(Security::StartTls)));
    QCOMPARE(child<QSpinBox>(m_window, u"portSpinBox"_s)->value(), 587);
}

void TestMainWindow::manualEntryKeepsWhatWasFound()
{
    child<QLineEdit>(m_window, u"addressLineEdit"_s)->setText(u"jane@example.com"_s);
    DetectView *view = m_window->addressPage()->detectView();
    view->reset(u"example.com"_s);
    view->setCandidates({ candidate(u"smtp.example.com"_s, 465, Security::Tls, Detect::Trust::High) });
    QTest::mouseClick(child<QPushButton>(m_window, u"manualPushButton"_s), Qt::LeftButton);
    QCOMPARE(m_window->tabWidget()->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(m_window, u"userLineEdit"_s)->text(), u"jane@example.com"_s);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(m_window, u"hostLineEdit"_s));
    // The search results are still there on the first tab.
    QCOMPARE(view->candidateList()->candidates().size(), 1);
}

void TestMainWindow::invalidAddressIsExplained()
{
    auto *address = child<QLineEdit>(m_window, u"addressLineEdit"_s);
    auto *error = child<QWidget>(m_window, u"addressErrorLabel"_s);
    QTest::keyClicks(address, u"not-an-address"_s);
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(error->isVisibleTo(m_window));
    QVERIFY(!m_window->isDetecting());
    QTest::keyClick(address, Qt::Key_Backspace);
    QVERIFY(!error->isVisibleTo(m_window));
}

void TestMainWindow::languageSwitchRetranslatesEverything()
{
    if (const QString why = GuiTest::ensureTranslations(); !why.isEmpty())
        QSKIP(qPrintable(why));
    auto *find = child<QPushButton>(m_window, u"findPushButton"_s);
    auto *test = child<QPushButton>(m_window, u"testPushButton"_s);
    auto *german = child<QAction>(m_window, u"germanLanguageAction"_s);
    auto *english = child<QAction>(m_window, u"englishLanguageAction"_s);
    const QString findEn = find->text();
    const QString testEn = test->text();
    const QString tabEn = m_window->tabWidget()->tabText(1);
    const QString titleEn = m_window->windowTitle();
    QCOMPARE(findEn, u"Fin&d settings"_s);
    // Something rendered with data: the step list and the verdict.
    m_window->checkPage()->stepList()->reset(Security::StartTls, true, false, false);
    const QString stepEn = child<QTreeWidget>(m_window, u"stepTreeWidget"_s)->topLevelItem(0)->text(0);

    german->trigger();
    QTRY_VERIFY(find->text() != findEn);
    QCOMPARE(find->text(), u"Einstellungen &finden"_s);
    QVERIFY(test->text() != testEn);
    QVERIFY(m_window->tabWidget()->tabText(1) != tabEn);
    QVERIFY(child<QTreeWidget>(m_window, u"stepTreeWidget"_s)->topLevelItem(0)->text(0) != stepEn);
    QCOMPARE(m_window->language(), u"de"_s);
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"de"_s);
    // Qt's own strings follow too (qtbase_de.qm): a standard Cancel button.
    child<QComboBox>(m_window, u"securityComboBox"_s)->setCurrentIndex(2);
    child<QLineEdit>(m_window, u"hostLineEdit"_s)->setText(u"mail.invalid"_s);
    child<QLineEdit>(m_window, u"userLineEdit"_s)->setText(u"a"_s);
    child<QLineEdit>(m_window, u"passwordLineEdit"_s)->setText(u"b"_s);
    m_window->tabWidget()->setCurrentIndex(1);
    QTest::mouseClick(test, Qt::LeftButton);
    QMessageBox *box = GuiTest::waitForMessageBox(m_window, u"plaintextConfirmMessageBox"_s);
    QVERIFY(box);
    QCOMPARE(box->button(QMessageBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
    box->button(QMessageBox::Cancel)->click();

    english->trigger();
    QTRY_COMPARE(find->text(), findEn);
    QCOMPARE(m_window->windowTitle(), titleEn);
    QCOMPARE(child<QTreeWidget>(m_window, u"stepTreeWidget"_s)->topLevelItem(0)->text(0), stepEn);
}

void TestMainWindow::profilesRoundTripWithoutPassword()
{
    m_window->addressPage()->setAddress(u"jane@example.com"_s);
    child<QLineEdit>(m_window, u"hostLineEdit"_s)->setText(u"smtp.example.com"_s);
    auto *security = child<QComboBox>(m_window, u"securityComboBox"_s);
    security->setCurrentIndex(security->findData(int(Security::Tls)));
    auto *auth = child<QComboBox>(m_window, u"authComboBox"_s);
    auth->setCurrentIndex(auth->findData(int(AuthChoice::ScramSha256)));
    child<QLineEdit>(m_window, u"userLineEdit"_s)->setText(u"jane"_s);
    child<QLineEdit>(m_window, u"passwordLineEdit"_s)->setText(u"Very-Secret-Password-77"_s);
    QSignalSpy saved(m_window, &MainWindow::profileSaved);
    m_window->saveProfile(u"Work / Büro"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(child<QComboBox>(m_window, u"profileComboBox"_s)->currentText(), u"Work / Büro"_s);
    QVERIFY(m_window->windowTitle().contains(u"Work / Büro"_s));

    QSettings().sync();
    QFile file(GuiTest::settingsFilePath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("smtp.example.com"));
    QVERIFY(!stored.contains("Very-Secret-Password-77"));

    // A new window (as after a restart) loads it back.
    delete m_window;
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *profiles = child<QComboBox>(m_window, u"profileComboBox"_s);
    const int index = profiles->findText(u"Work / Büro"_s);
    QVERIFY(index > 0);
    QSignalSpy loaded(m_window, &MainWindow::profileLoaded);
    profiles->setCurrentIndex(index);
    Q_EMIT profiles->activated(index);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(child<QLineEdit>(m_window, u"hostLineEdit"_s)->text(), u"smtp.example.com"_s);
    QCOMPARE(child<QSpinBox>(m_window, u"portSpinBox"_s)->value(), 465);
    QCOMPARE(m_window->settingsForm()->authChoice(), AuthChoice::ScramSha256);
    QCOMPARE(child<QLineEdit>(m_window, u"userLineEdit"_s)->text(), u"jane"_s);
    QCOMPARE(m_window->settingsForm()->password(), QString());
    QCOMPARE(m_window->addressPage()->address(), u"jane@example.com"_s);

    m_window->deleteProfile(u"Work / Büro"_s);
    QCOMPARE(profiles->findText(u"Work / Büro"_s), -1);

    // Pins belong to the profile.
    QSettings settings;
    ProfileStore store(&settings);
    Profile p;
    p.name = u"pinned"_s;
    p.host = u"mail.example.net"_s;
    p.pinnedSha256[u"mail.example.net"_s] << QByteArray(64, 'a');
    store.save(p);
    QCOMPARE(store.load(u"pinned"_s)->pinnedSha256, p.pinnedSha256);
}

void TestMainWindow::noKeychainIsExplained()
{
    PasswordStore *store = m_window->passwordStore();
    QTRY_COMPARE(store->availability(), PasswordStore::Availability::Unavailable);
    auto *remember = child<QCheckBox>(m_window, u"rememberPasswordCheckBox"_s);
    QVERIFY(!remember->isEnabled());
    auto *status = child<QWidget>(m_window, u"keychainStatusLabel"_s);
    QVERIFY(status->accessibleName().contains(u"keychain"_s));
    QVERIFY(status->accessibleName().contains(u"not saved"_s));
    // Saving says that the password was not stored.
    child<QLineEdit>(m_window, u"hostLineEdit"_s)->setText(u"smtp.example.com"_s);
    child<QLineEdit>(m_window, u"passwordLineEdit"_s)->setText(u"pw-123"_s);
    m_window->saveProfile(u"x"_s);
    QVERIFY(child<QWidget>(m_window, u"accountStatusLabel"_s)->accessibleName().contains(u"no system keychain"_s));
    QSignalSpy read(store, &PasswordStore::passwordRead);
    store->readPassword(u"x"_s);
    QVERIFY(read.wait(1000));
    QCOMPARE(read.first().at(2).toBool(), false);
}

void TestMainWindow::enterRunsTheCurrentStep()
{
    // Address page: Enter in the address field starts the search (here: rejected input).
    auto *address = child<QLineEdit>(m_window, u"addressLineEdit"_s);
    QSignalSpy find(m_window->addressPage(), &AddressPage::findRequested);
    address->setFocus();
    QTest::keyClicks(address, u"someone@example.org"_s);
    // The search needs DNS; only check that Enter asked for it, then cancel.
    QTest::keyClick(address, Qt::Key_Return);
    QCOMPARE(find.size(), 1);
    m_window->addressPage()->cancelRequested();
    QTRY_VERIFY(!m_window->isDetecting());
    // Tab order on the first page: address → password → show → find.
    address->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_window, u"addressPasswordLineEdit"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_window, u"addressPasswordLineEditShowToolButton"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_window, u"findPushButton"_s));

    // Settings page: Enter in any field runs the test (invalid host: it explains instead).
    m_window->tabWidget()->setCurrentIndex(1);
    auto *user = child<QLineEdit>(m_window, u"userLineEdit"_s);
    user->setFocus();
    QSignalSpy test(m_window->settingsForm(), &SettingsForm::testRequested);
    QTest::keyClick(user, Qt::Key_Return);
    QCOMPARE(test.size(), 0);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_window, u"hostLineEdit"_s));
    child<QLineEdit>(m_window, u"hostLineEdit"_s)->setText(u"mail.invalid"_s);
    QTest::keyClick(child<QLineEdit>(m_window, u"hostLineEdit"_s), Qt::Key_Return);
    QCOMPARE(test.size(), 1);
    QTRY_COMPARE(m_window->tabWidget()->currentIndex(), 2);
    // Escape cancels the running check.
    if (m_window->isChecking()) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->isChecking());
    }
    // Mnemonics: Alt+V (Server) focuses the host field on the settings page.
    m_window->tabWidget()->setCurrentIndex(1);
    QTest::keyClick(m_window, Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(m_window, u"hostLineEdit"_s));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    for (int tab = 0; tab < m_window->tabWidget()->count(); ++tab) {
        m_window->tabWidget()->setCurrentIndex(tab);
        m_window->addressPage()->detectView()->setCandidates(
            { candidate(u"smtp.example.com"_s, 465, Security::Tls, Detect::Trust::High) });
        QTest::qWait(10);
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
                continue;
            if (!(qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                    || qobject_cast<QAbstractSpinBox *>(w)))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // the spin box's own editor
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            QVERIFY2(!accessibleName(w).trimmed().isEmpty(),
                qPrintable(u"%1 (%2) on tab %3 has no accessible name"_s
                               .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                               .arg(tab)));
        }
    }
}

void TestMainWindow::serverWordsArePlainText()
{
    TranscriptTab *transcript = m_window->checkPage()->resultView()->transcriptTab();
    transcript->clear();
    TranscriptEntry e;
    e.direction = TranscriptEntry::Direction::Server;
    e.line = u"220 <b>bold</b> <img src=x> &amp; \x1b[31m"_s;
    transcript->append(e);
    auto *edit = child<QPlainTextEdit>(transcript, u"transcriptTextEdit"_s);
    QVERIFY(edit->toPlainText().contains(u"<b>bold</b> <img src=x> &amp;"_s));
    QVERIFY(edit->toPlainText().contains(u"\\x1b"_s) || edit->toPlainText().contains(u"\\x{1b}"_s));
    QVERIFY(!edit->toPlainText().contains(QChar(0x1b)));
    const QTextBlock block = edit->document()->firstBlock();
    for (auto it = block.begin(); !it.atEnd(); ++it)
        QVERIFY(!it.fragment().charFormat().font().bold());
    // Verdict labels never interpret markup.
    for (const char *name : { "verdictLabel", "causeLabel", "adviceLabel", "serverReplyLabel" })
        QCOMPARE(child<QLabel>(m_window, QString::fromLatin1(name))->textFormat(), Qt::PlainText);
}

void TestMainWindow::stepListFollowsPhases()
{
    StepList *steps = m_window->checkPage()->stepList();
    using S = StepList::Step;
    using St = StepList::State;
    steps->reset(Security::StartTls, true, false, false);
    QCOMPARE(steps->steps(),
        (QList<S> { S::Resolve, S::Connect, S::Greeting, S::Ehlo, S::StartTls, S::Certificate, S::Login, S::Mail }));
    QCOMPARE(steps->state(S::Mail), St::Skipped);
    steps->phaseStarted(Phase::Resolve);
    QCOMPARE(steps->state(S::Resolve), St::Running);
    steps->phaseFinished({ Phase::Resolve, true, 0, 3 });
    QCOMPARE(steps->state(S::Resolve), St::Ok);
    steps->phaseStarted(Phase::Connect);
    steps->phaseFinished({ Phase::Connect, true, 3, 2 });
    steps->phaseFinished({ Phase::Greeting, true, 5, 1 });
    steps->phaseFinished({ Phase::Ehlo, true, 6, 1 });
    steps->phaseStarted(Phase::StartTls);
    steps->phaseFinished({ Phase::StartTls, true, 7, 1 });
    QCOMPARE(steps->state(S::StartTls), St::Running);
    steps->phaseFinished({ Phase::TlsHandshake, true, 8, 5 });
    QCOMPARE(steps->state(S::Certificate), St::Ok);
    steps->phaseFinished({ Phase::EhloAfterTls, true, 13, 1 });
    QCOMPARE(steps->state(S::StartTls), St::Ok);
    steps->phaseStarted(Phase::Auth);
    steps->phaseFinished({ Phase::Auth, false, 14, 500 });
    CheckResult r;
    r.code = ResultCode::AuthFailed;
    r.failedPhase = Phase::Auth;
    steps->finish(r);
    QCOMPARE(steps->state(S::Login), St::Failed);
    auto *tree = child<QTreeWidget>(steps, u"stepTreeWidget"_s);
    QCOMPARE(tree->topLevelItem(6)->text(1), u"500 ms"_s);

    // A certificate problem: the handshake is fine, the certificate is not.
    steps->reset(Security::Tls, false, false, false);
    QCOMPARE(steps->steps().at(2), S::Tls);
    steps->phaseFinished({ Phase::Resolve, true, 0, 1 });
    steps->phaseFinished({ Phase::Connect, true, 1, 1 });
    steps->phaseFinished({ Phase::TlsHandshake, false, 2, 5 });
    r.code = ResultCode::CertificateUntrusted;
    r.failedPhase = Phase::TlsHandshake;
    r.tls.attempted = true;
    steps->finish(r);
    QCOMPARE(steps->state(S::Tls), St::Ok);
    QCOMPARE(steps->state(S::Certificate), St::Failed);
    QCOMPARE(steps->state(S::Greeting), St::Skipped);
    QCOMPARE(steps->state(S::Login), St::Skipped);
}

void TestMainWindow::timingChartPaints()
{
    TimingsTab *timings = m_window->checkPage()->resultView()->timingsTab();
    CheckResult r;
    r.phases = { { Phase::Resolve, true, 0, 12 }, { Phase::Connect, true, 12, 30 },
        { Phase::TlsHandshake, true, 42, 80 }, { Phase::Auth, false, 122, 500 } };
    r.totalMs = 640;
    r.roundTrips = 7;
    timings->setResult(r);
    m_window->tabWidget()->setCurrentIndex(2);
    m_window->checkPage()->resultView()->tabWidget()->setCurrentWidget(timings);
    TimingChart *chart = timings->chart();
    QVERIFY(chart->sizeHint().height() > 4 * chart->fontMetrics().height());
    const QImage image = chart->grab().toImage();
    QVERIFY(!image.isNull());
    // Bars in the status colours were painted.
    bool green = false;
    bool red = false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            green = green || c == QColor(0x2e, 0x9e, 0x44);
            red = red || c == QColor(0xd9, 0x30, 0x25);
        }
    }
    QVERIFY(green);
    QVERIFY(red);
    QVERIFY(chart->accessibleDescription().contains(u"500 ms"_s));
    QVERIFY(child<QLabel>(timings, u"timingSummaryLabel"_s)->text().contains(u"7 round trip"_s));
}

void TestMainWindow::aboutShowsLicences()
{
    AboutDialog about(m_window);
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    const QString text = child<QLabel>(&about, u"aboutTextLabel"_s)->text();
    QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
    QVERIFY(text.contains(u"MPL-2.0"_s));
    QVERIFY(child<QLabel>(&about, u"aboutTitleLabel"_s)->text().contains(QStringLiteral(SDOC_VERSION)));
    const QString data = child<QPlainTextEdit>(&about, u"dataLicenceTextEdit"_s)->toPlainText();
    QVERIFY(data.contains(u"Mozilla Public License Version 2.0"_s));
    QVERIFY(data.contains(u"thunderbird/autoconfig"_s));
    QVERIFY(
        child<QPlainTextEdit>(&about, u"programLicenceTextEdit"_s)->toPlainText().contains(u"GNU General Public"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
