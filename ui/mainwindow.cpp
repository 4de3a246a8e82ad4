// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountbar.h"
#include "addresspage.h"
#include "candidatelist.h"
#include "checkpage.h"
#include "detectview.h"
#include "icons.h"
#include "languagemenu.h"
#include "passwordfield.h"
#include "passwordstore.h"
#include "reportexport.h"
#include "resultview.h"
#include "settingsform.h"
#include "steplist.h"
#include "timingstab.h"
#include "transcripttab.h"

#include "detect/detector.h"
#include "detect/emailaddress.h"
#include "detect/providerdatabase.h"
#include "smtp/smtpcheck.h"
#include "tls/truststore.h"
#include "util/translations.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
constexpr int kAddressTab = 0;
constexpr int kSettingsTab = 1;
constexpr int kCheckTab = 2;
constexpr int kStatusMs = 6000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(applicationIcon());
    // Parse the bundled provider list on a worker thread now, not when the user presses Enter.
    (void)Detect::ProviderDatabase::preloadBundled();
    m_settings = new QSettings(this);
    m_profiles.emplace(m_settings);
    m_encryptionHistory.emplace(m_settings);
    m_passwords = new PasswordStore(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabWidget"_s);
    m_tabs->setDocumentMode(true);

    m_addressPage = new AddressPage(m_tabs);
    m_tabs->addTab(m_addressPage, QString());

    auto *settingsScroll = new QScrollArea(m_tabs);
    settingsScroll->setObjectName(u"settingsScrollArea"_s);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    m_settingsPage = new QWidget(settingsScroll);
    m_settingsPage->setObjectName(u"settingsPage"_s);
    auto *settingsLayout = new QVBoxLayout(m_settingsPage);
    m_accountBar = new AccountBar(m_settingsPage);
    settingsLayout->addWidget(m_accountBar);
    m_form = new SettingsForm(m_settingsPage);
    settingsLayout->addWidget(m_form, 1);
    settingsScroll->setWidget(m_settingsPage);
    m_tabs->addTab(settingsScroll, QString());

    m_checkPage = new CheckPage(m_tabs);
    m_tabs->addTab(m_checkPage, QString());
    setCentralWidget(m_tabs);

    createMenus();

    // Step 1.
    connect(m_addressPage, &AddressPage::findRequested, this, &MainWindow::startDetection);
    connect(m_addressPage, &AddressPage::cancelRequested, this, &MainWindow::cancelDetection);
    connect(m_addressPage, &AddressPage::manualRequested, this, &MainWindow::enterManually);
    connect(m_addressPage->detectView(), &DetectView::candidateChosen, this, &MainWindow::useCandidate);
    connect(m_addressPage->passwordField(), &PasswordField::textEdited, this, [this] { syncPassword(true); });
    // Step 2.
    connect(m_form, &SettingsForm::testRequested, this, &MainWindow::requestCheck);
    connect(m_form->passwordField(), &PasswordField::textEdited, this, [this] { syncPassword(false); });
    connect(m_form, &SettingsForm::chooseCaFileRequested, this, &MainWindow::chooseCaFile);
    connect(m_form, &SettingsForm::clearCaFileRequested, this, &MainWindow::clearExtraCaFile);
    connect(m_accountBar, &AccountBar::profileSelected, this, [this](const QString &name) {
        if (name.isEmpty()) {
            m_currentProfile.clear();
            updateTitle();
            updateActions();
        } else {
            loadProfile(name);
        }
    });
    connect(m_accountBar, &AccountBar::saveRequested, this, &MainWindow::askProfileName);
    connect(m_accountBar, &AccountBar::deleteRequested, this, &MainWindow::confirmDeleteProfile);
    // Steps 3 and 4.
    connect(m_checkPage, &CheckPage::cancelRequested, this, &MainWindow::cancelCheck);
    connect(m_checkPage, &CheckPage::retestRequested, this, [this] {
        if (m_form->validate(true)) {
            requestCheck();
        } else {
            m_tabs->setCurrentIndex(kSettingsTab);
            m_form->validate(true, true);
        }
    });
    connect(m_checkPage, &CheckPage::changeSettingsRequested, this, [this] {
        m_tabs->setCurrentIndex(kSettingsTab);
        m_form->focusFirstEmpty();
    });
    connect(m_checkPage, &CheckPage::copyReportRequested, this, &MainWindow::copyReport);
    connect(m_checkPage, &CheckPage::saveReportRequested, this, &MainWindow::chooseReportFile);
    connect(m_checkPage, &CheckPage::copySettingsRequested, this, &MainWindow::copySettings);
    connect(m_checkPage->resultView(), &ResultView::certificateTrusted, this, &MainWindow::trustCertificate);

    // The keychain answers asynchronously; until then the account bar says it is looking.
    connect(m_passwords, &PasswordStore::availabilityChanged, this, [this](PasswordStore::Availability a) {
        m_accountBar->setKeychainAvailability(a);
        if (a == PasswordStore::Availability::Available && !m_pendingPasswordRead.isEmpty())
            m_passwords->readPassword(std::exchange(m_pendingPasswordRead, QString()));
    });
    connect(m_passwords, &PasswordStore::passwordRead, this,
        [this](const QString &account, const QString &password, bool found, const QString &error) {
            if (account != m_currentProfile)
                return;
            if (found && m_form->password().isEmpty()) {
                m_form->setPassword(password);
                m_addressPage->passwordField()->setText(password);
            } else if (!found && !error.isEmpty()) {
                //: %1 is the keychain's technical error message
                m_accountBar->setStatus(tr("The password could not be read from the keychain: %1").arg(error), true);
            }
        });
    connect(m_passwords, &PasswordStore::passwordWritten, this,
        [this](const QString &account, bool ok, const QString &error) {
            if (ok)
                //: %1 is the name of a saved account
                m_accountBar->setStatus(tr("Saved \"%1\"; the password is in the system keychain.").arg(account));
            else
                //: %1 is the keychain's technical error message
                m_accountBar->setStatus(tr("The settings were saved, but the password could not be stored in "
                                           "the keychain: %1")
                                            .arg(error),
                    true);
        });
    m_accountBar->setKeychainAvailability(m_passwords->availability());
    // Ask the keychain once the window is up, not during start-up.
    QMetaObject::invokeMethod(m_passwords, &PasswordStore::checkAvailability, Qt::QueuedConnection);

    const QString savedCa = m_settings->value(u"extraCaFile"_s).toString();
    if (!savedCa.isEmpty())
        setExtraCaFile(savedCa, false);
    else
        m_form->setCaFile({}, 0, {});

    // main() installed the translations of this choice before any widget was made.
    m_language = m_settings->value(u"language"_s).toString();
    m_languageMenu->setCurrentChoice(m_language);

    refreshProfiles();
    retranslate();
    m_checkPage->resultView()->clear();
    const QByteArray geometry = m_settings->value(u"geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1040, 760);
    m_addressPage->focusAddress();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_openMenu = m_fileMenu->addMenu(QString());
    m_openMenu->setObjectName(u"openProfileMenu"_s);
    connect(m_openMenu, &QMenu::aboutToShow, this, [this] {
        m_openMenu->clear();
        const QStringList names = m_profiles->names();
        if (names.isEmpty()) {
            QAction *none = m_openMenu->addAction(tr("No saved accounts"));
            none->setEnabled(false);
        }
        for (const QString &name : names) {
            QAction *a = m_openMenu->addAction(name);
            connect(a, &QAction::triggered, this, [this, name] { loadProfile(name); });
        }
    });
    m_saveProfileAction = m_fileMenu->addAction(QString(), this, &MainWindow::askProfileName);
    m_saveProfileAction->setObjectName(u"saveProfileAction"_s);
    m_saveProfileAction->setShortcut(QKeySequence::Save);
    m_deleteProfileAction = m_fileMenu->addAction(QString(), this, [this] { confirmDeleteProfile(m_currentProfile); });
    m_deleteProfileAction->setObjectName(u"deleteProfileAction"_s);
    m_fileMenu->addSeparator();
    m_saveReportAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseReportFile);
    m_saveReportAction->setObjectName(u"saveReportAction"_s);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    m_copyReportAction = m_editMenu->addAction(QString(), this, &MainWindow::copyReport);
    m_copyReportAction->setObjectName(u"copyReportAction"_s);
    m_copySettingsAction = m_editMenu->addAction(QString(), this, &MainWindow::copySettings);
    m_copySettingsAction->setObjectName(u"copySettingsAction"_s);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(u"settingsMenu"_s);
    m_languageMenu = new LanguageMenu(m_settingsMenu);
    m_settingsMenu->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, &MainWindow::setLanguage);
    m_settingsMenu->addSeparator();
    m_caFileAction = m_settingsMenu->addAction(QString(), this, &MainWindow::chooseCaFile);
    m_caFileAction->setObjectName(u"caFileAction"_s);
    m_clearCaFileAction = m_settingsMenu->addAction(QString(), this, &MainWindow::clearExtraCaFile);
    m_clearCaFileAction->setObjectName(u"clearCaFileAction"_s);
    m_onlineAction = m_settingsMenu->addAction(QString());
    m_onlineAction->setObjectName(u"onlineLookupAction"_s);
    m_onlineAction->setCheckable(true);
    m_onlineAction->setChecked(m_settings->value(u"onlineProviderDatabase"_s, true).toBool());
    connect(m_onlineAction, &QAction::toggled, this,
        [this](bool on) { m_settings->setValue(u"onlineProviderDatabase"_s, on); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_detector && m_detector->isRunning())
        m_detector->cancel();
    if (m_check && m_check->isRunning())
        m_check->cancel();
    m_settings->setValue(u"geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    //: Tab of the main window: step 1
    m_tabs->setTabText(kAddressTab, tr("1 · Find settings"));
    //: Tab of the main window: step 2
    m_tabs->setTabText(kSettingsTab, tr("2 · Settings"));
    //: Tab of the main window: steps 3 and 4
    m_tabs->setTabText(kCheckTab, tr("3 · Test and answer"));
    m_tabs->setAccessibleName(tr("Steps"));

    //: Menu with mnemonic
    m_fileMenu->setTitle(tr("&File"));
    m_openMenu->setTitle(tr("&Open account"));
    m_saveProfileAction->setText(tr("&Save account…"));
    m_deleteProfileAction->setText(tr("&Delete account"));
    m_saveReportAction->setText(tr("Save &report…"));
    m_quitAction->setText(tr("&Quit"));
    //: Menu with mnemonic
    m_editMenu->setTitle(tr("&Edit"));
    m_copyReportAction->setText(tr("Copy &report"));
    m_copySettingsAction->setText(tr("Copy &settings as text"));
    //: Menu with mnemonic
    m_settingsMenu->setTitle(tr("&Settings"));
    m_caFileAction->setText(tr("Additional trusted &CA file…"));
    m_clearCaFileAction->setText(tr("Stop &trusting the additional CA file"));
    m_onlineAction->setText(tr("Ask the &online provider database"));
    m_onlineAction->setToolTip(tr("Also look up the address's domain in Thunderbird's online database (a third "
                                  "party learns the domain, not the address)."));
    //: Menu with mnemonic
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SMTP Doctor"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (m_currentProfile.isEmpty())
        setWindowTitle(tr("SMTP Doctor"));
    else
        //: Window title; %1 is the name of the saved account that is open
        setWindowTitle(tr("%1 – SMTP Doctor").arg(m_currentProfile));
}

void MainWindow::updateActions()
{
    const bool haveResult = m_lastResult.has_value() && !isChecking();
    m_copyReportAction->setEnabled(haveResult);
    m_saveReportAction->setEnabled(haveResult);
    m_deleteProfileAction->setEnabled(!m_currentProfile.isEmpty());
    m_clearCaFileAction->setEnabled(!m_caFile.isEmpty());
    m_checkPage->setRunning(isChecking());
    m_checkPage->setHasResult(haveResult);
    m_form->setRunning(isChecking());
}

void MainWindow::refreshProfiles()
{
    m_accountBar->setProfileNames(m_profiles->names(), m_currentProfile);
}

void MainWindow::setLanguage(const QString &language)
{
    const QString used = installTranslations(language);
    m_language = language;
    QLocale::setDefault(QLocale(used));
    m_settings->setValue(u"language"_s, language);
    m_languageMenu->setCurrentChoice(language);
}

bool MainWindow::isDetecting() const
{
    return m_detector && m_detector->isRunning();
}

bool MainWindow::isChecking() const
{
    return m_check && m_check->isRunning();
}

// ---- Step 1: find settings ----

void MainWindow::startDetection(const QString &address)
{
    Detect::AddressError error = Detect::AddressError::None;
    const auto parsed = Detect::EmailAddress::parse(address, &error);
    if (!parsed) {
        m_addressPage->setAddressError(Detect::addressErrorText(error));
        return;
    }
    m_addressPage->setAddressError({});
    if (!m_detector) {
        m_detector = new Detect::Detector(this);
        connect(m_detector, &Detect::Detector::sourceChanged, m_addressPage->detectView(), &DetectView::updateSource);
        connect(m_detector, &Detect::Detector::candidatesChanged, this, &MainWindow::onCandidates);
        connect(m_detector, &Detect::Detector::finished, this, &MainWindow::onDetectionFinished);
    }
    if (m_detector->isRunning())
        m_detector->cancel();
    m_detectAddress = parsed->address();
    Detect::DetectOptions options;
    options.offline = !m_onlineAction->isChecked();
    options.extraCaCertificates = m_caCertificates;
    m_addressPage->detectView()->reset(parsed->aceDomain());
    m_addressPage->setRunning(true);
    statusBar()->clearMessage();
    m_detector->start(address, options);
}

void MainWindow::cancelDetection()
{
    if (m_detector && m_detector->isRunning())
        m_detector->cancel();
}

void MainWindow::onCandidates(const QList<Detect::Candidate> &candidates)
{
    m_addressPage->detectView()->setCandidates(candidates);
}

void MainWindow::onDetectionFinished(const Detect::DetectResult &result)
{
    m_addressPage->setRunning(false);
    m_addressPage->detectView()->setFinished(result);
    if (!result.inputError.isEmpty())
        m_addressPage->setAddressError(result.inputError);
    // Keyboard users land on the best candidate's button, or on "Enter manually", unless
    // they are typing somewhere else (e.g. the password) meanwhile.
    QWidget *focus = QApplication::focusWidget();
    const bool idleFocus = !focus || !focus->isVisible() || !focus->isEnabled()
        || focus == m_addressPage->findChild<QWidget *>(u"addressLineEdit"_s)
        || focus == m_addressPage->findChild<QWidget *>(u"findPushButton"_s)
        || focus == m_addressPage->findChild<QWidget *>(u"cancelFindPushButton"_s);
    if (idleFocus && m_tabs->currentWidget() == m_addressPage) {
        const auto buttons
            = m_addressPage->detectView()->candidateList()->findChildren<QPushButton *>(u"useCandidatePushButton"_s);
        if (!buttons.isEmpty())
            buttons.first()->setFocus(Qt::OtherFocusReason);
        else if (!result.cancelled && result.inputError.isEmpty())
            m_addressPage->findChild<QPushButton *>(u"manualPushButton"_s)->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT detectionFinished();
}

void MainWindow::syncPassword(bool fromAddressPage)
{
    // The optional password on the first page and the form's password are one value.
    if (fromAddressPage)
        m_form->setPassword(m_addressPage->passwordField()->text());
    else
        m_addressPage->passwordField()->setText(m_form->password());
}

void MainWindow::useCandidate(const Detect::Candidate &candidate)
{
    m_form->applyCandidate(candidate, m_detectAddress.isEmpty() ? m_addressPage->address() : m_detectAddress);
    if (m_form->password().isEmpty())
        m_form->setPassword(m_addressPage->passwordField()->text());
    m_tabs->setCurrentIndex(kSettingsTab);
    m_form->focusFirstEmpty();
    //: %1 is a server name
    statusBar()->showMessage(
        tr("Settings for %1 filled in. Check them and choose \"Test settings\".").arg(candidate.host), kStatusMs);
}

void MainWindow::enterManually()
{
    // Keeps what the search found (still listed on the first tab) and what was typed.
    m_form->prefillFromAddress(m_addressPage->address());
    if (m_form->password().isEmpty())
        m_form->setPassword(m_addressPage->passwordField()->text());
    m_tabs->setCurrentIndex(kSettingsTab);
    m_form->focusFirstEmpty();
}

// ---- Steps 2-4: test ----

void MainWindow::requestCheck()
{
    if (isChecking())
        return;
    if (!m_form->sendsPasswordInPlaintext()) {
        startCheck(false);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Send the password without encryption?"), QString(), QMessageBox::NoButton, this);
    box->setObjectName(u"plaintextConfirmMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    //: %1 is a server name
    box->setText(tr("With encryption \"None\", your password travels to %1 as readable text. Anyone on the "
                    "network between you and the server can read it.")
                     .arg(m_form->host()));
    box->setInformativeText(tr("Do this only for a server in your own, trusted network. Otherwise choose SSL/TLS "
                               "or STARTTLS."));
    QPushButton *send = box->addButton(tr("Send without encryption"), QMessageBox::AcceptRole);
    send->setObjectName(u"confirmPlaintextPushButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, send] {
        if (box->clickedButton() == send)
            startCheck(true);
    });
    box->open();
}

void MainWindow::startCheck(bool allowPlaintextAuth)
{
    if (isChecking())
        return;
    CheckSettings settings = m_form->settings();
    settings.allowPlaintextAuth = allowPlaintextAuth && settings.security == Security::None;
    settings.extraCaCertificates = m_caCertificates;
    settings.pinnedSha256 = m_pins.value(settings.host);
    settings.encryptedBeforeUtc = m_encryptionHistory->lastEncrypted(settings.host, settings.port);
    m_lastTested = Report::TestedSettings::fromSettings(settings);
    m_lastAllowPlaintext = allowPlaintextAuth;

    if (m_check)
        m_check->deleteLater();
    m_check = new SmtpCheck(this);
    m_check->setSettings(settings);
    settings.password.fill(u'\0');
    settings.token.fill(u'\0');

    StepList *steps = m_checkPage->stepList();
    ResultView *view = m_checkPage->resultView();
    steps->reset(settings.security, settings.wantsAuth(), !settings.from.isEmpty() && settings.to.isEmpty(),
        !settings.to.isEmpty());
    view->showRunning(settings.host, settings.port);
    SmtpCheck *check = m_check;
    connect(check, &SmtpCheck::phaseStarted, steps, &StepList::phaseStarted);
    connect(check, &SmtpCheck::phaseFinished, steps, &StepList::phaseFinished);
    connect(check, &SmtpCheck::phaseFinished, view->timingsTab(), &TimingsTab::addPhase);
    connect(check, &SmtpCheck::transcriptAppended, view->transcriptTab(), &TranscriptTab::append);
    connect(check, &SmtpCheck::finished, this, &MainWindow::onCheckFinished);
    m_tabs->setCurrentIndex(kCheckTab);
    check->start();
    statusBar()->clearMessage();
    updateActions();
    m_checkPage->findChild<QPushButton *>(u"cancelCheckPushButton"_s)->setFocus(Qt::OtherFocusReason);
    Q_EMIT checkStarted();
}

void MainWindow::cancelCheck()
{
    if (!isChecking())
        return;
    m_checkPage->resultView()->showCancelling();
    m_check->cancel();
}

void MainWindow::onCheckFinished(const CheckResult &result)
{
    m_lastResult = result;
    m_encryptionHistory->record(result);
    m_checkPage->stepList()->finish(result);
    m_checkPage->resultView()->showResult(result);
    // finished() comes from inside the engine; let it return before we call isRunning().
    QMetaObject::invokeMethod(
        this,
        [this] {
            updateActions();
            if (QWidget *focus = QApplication::focusWidget(); !focus || !focus->isEnabled())
                m_checkPage->findChild<QPushButton *>(u"retestPushButton"_s)->setFocus(Qt::OtherFocusReason);
            Q_EMIT checkFinished();
        },
        Qt::QueuedConnection);
}

void MainWindow::trustCertificate(const QString &host, const QByteArray &sha256)
{
    QByteArrayList &pins = m_pins[host];
    if (!pins.contains(sha256))
        pins << sha256;
    if (!m_currentProfile.isEmpty()) {
        if (auto profile = m_profiles->load(m_currentProfile)) {
            profile->pinnedSha256 = m_pins;
            m_profiles->save(*profile);
        }
        //: %1 is the name of a saved account
        m_accountBar->setStatus(tr("The certificate is now trusted in the account \"%1\".").arg(m_currentProfile));
    } else {
        m_accountBar->setStatus(tr("The certificate is trusted until you close SMTP Doctor. Save the account to "
                                   "keep this decision."));
    }
    //: %1 is a server name
    statusBar()->showMessage(tr("Certificate of %1 trusted. Testing again…").arg(host), kStatusMs);
    startCheck(m_lastAllowPlaintext);
}

// ---- Reports and settings text ----

void MainWindow::copyReport()
{
    if (!m_lastResult)
        return;
    QApplication::clipboard()->setText(ReportExport::reportText(*m_lastResult, m_lastTested));
    statusBar()->showMessage(tr("The report is on the clipboard. It contains no password."), kStatusMs);
}

bool MainWindow::saveReport(const QString &fileName, QString *errorMessage)
{
    if (!m_lastResult) {
        if (errorMessage)
            *errorMessage = tr("There is no test result to save yet.");
        return false;
    }
    return ReportExport::saveReport(fileName, *m_lastResult, m_lastTested, errorMessage);
}

void MainWindow::chooseReportFile()
{
    if (!m_lastResult)
        return;
    auto *dialog = new QFileDialog(this, tr("Save report"));
    dialog->setObjectName(u"saveReportFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QStringList filters = ReportExport::nameFilters();
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(u"txt"_s);
    const QString base = u"smtp-doctor-%1-%2"_s.arg(
        m_lastResult->host.isEmpty() ? u"report"_s : m_lastResult->host, QDate::currentDate().toString(Qt::ISODate));
    dialog->selectFile(base + u".txt"_s);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters, base](const QString &filter) {
        const auto format = ReportExport::Format(qMax(0, int(filters.indexOf(filter))));
        const QString suffix = ReportExport::suffixFor(format);
        dialog->setDefaultSuffix(suffix.mid(1));
        dialog->selectFile(base + suffix);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        QString error;
        if (saveReport(file, &error)) {
            //: %1 is a file name
            statusBar()->showMessage(tr("Report saved to %1.").arg(QFileInfo(file).fileName()), kStatusMs);
        } else {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Save report"), tr("The report could not be saved."), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(error);
            box->open();
        }
    });
    dialog->open();
}

void MainWindow::copySettings()
{
    CheckSettings s = m_form->settings();
    s.username = m_form->userName();
    s.password.clear();
    s.token.clear();
    QApplication::clipboard()->setText(ReportExport::settingsText(s, m_form->authChoice()));
    statusBar()->showMessage(tr("The settings are on the clipboard (without the password)."), kStatusMs);
}

// ---- Extra CA ----

bool MainWindow::setExtraCaFile(const QString &path, bool persist)
{
    // A small PEM file: reading it here is quick.
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        const QString error = QFileInfo::exists(path) ? tr("no PEM certificate in this file") : tr("file not found");
        m_form->setCaFile(path, 0, error);
        return false;
    }
    m_caFile = path;
    m_caCertificates = certificates;
    m_form->setCaFile(path, int(certificates.size()), {});
    if (persist)
        m_settings->setValue(u"extraCaFile"_s, path);
    // Extra CAs need the system store merged in; core reads it on a worker thread.
    // Start now, so it is ready long before the first connection.
    Tls::TrustStore::instance().prefetch();
    updateActions();
    return true;
}

void MainWindow::clearExtraCaFile()
{
    m_caFile.clear();
    m_caCertificates.clear();
    m_settings->remove(u"extraCaFile"_s);
    m_form->setCaFile({}, 0, {});
    updateActions();
}

void MainWindow::chooseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Additional trusted CA file"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    //: File type filter; keep the patterns in parentheses
    dialog->setNameFilters({ tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)") });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { setExtraCaFile(file, true); });
    dialog->open();
}

// ---- Accounts ----

void MainWindow::askProfileName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"profileNameInputDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save account"));
    dialog->setLabelText(tr("Name of the account:"));
    QString proposal = m_currentProfile;
    if (proposal.isEmpty())
        proposal = !m_addressPage->address().isEmpty() ? m_addressPage->address() : m_form->host();
    dialog->setTextValue(proposal);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!name.trimmed().isEmpty())
            saveProfile(name.trimmed());
    });
    dialog->open();
}

void MainWindow::saveProfile(const QString &name)
{
    Profile p;
    p.name = name;
    p.address = m_addressPage->address();
    m_form->fillProfile(p);
    p.pinnedSha256 = m_pins;
    const QString password = m_form->password();
    const bool keychain = m_passwords->isAvailable();
    p.rememberPassword = keychain && m_accountBar->rememberPassword() && !password.isEmpty();
    m_profiles->save(p);
    m_currentProfile = name;
    refreshProfiles();
    updateTitle();
    updateActions();
    if (p.rememberPassword) {
        m_accountBar->setStatus(tr("Saving the password in the system keychain…"));
        m_passwords->writePassword(name, password);
    } else {
        if (keychain)
            m_passwords->deletePassword(name); // an older saved password must not linger
        //: %1 is the name of a saved account
        m_accountBar->setStatus(keychain || password.isEmpty()
                ? tr("Saved \"%1\" without the password.").arg(name)
                : tr("Saved \"%1\". The password was not saved: there is no system keychain.").arg(name));
    }
    Q_EMIT profileSaved(name);
}

void MainWindow::loadProfile(const QString &name)
{
    const auto profile = m_profiles->load(name);
    if (!profile) {
        refreshProfiles();
        return;
    }
    m_currentProfile = name;
    m_form->applyProfile(*profile);
    m_addressPage->setAddress(profile->address);
    m_addressPage->passwordField()->clear();
    m_pins = profile->pinnedSha256;
    m_accountBar->setRememberPassword(profile->rememberPassword);
    m_accountBar->setStatus({});
    if (profile->rememberPassword) {
        if (m_passwords->isAvailable())
            m_passwords->readPassword(name);
        else if (m_passwords->availability() != PasswordStore::Availability::Unavailable)
            m_pendingPasswordRead = name;
    }
    refreshProfiles();
    updateTitle();
    updateActions();
    m_tabs->setCurrentIndex(kSettingsTab);
    m_form->focusFirstEmpty();
    Q_EMIT profileLoaded(name);
}

void MainWindow::deleteProfile(const QString &name)
{
    m_profiles->remove(name);
    if (m_passwords->isAvailable())
        m_passwords->deletePassword(name);
    if (m_currentProfile == name) {
        m_currentProfile.clear();
        m_pins.clear();
    }
    refreshProfiles();
    updateTitle();
    updateActions();
    //: %1 is the name of a saved account
    m_accountBar->setStatus(tr("Deleted \"%1\".").arg(name));
}

void MainWindow::confirmDeleteProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete account"), QString(), QMessageBox::NoButton, this);
    box->setObjectName(u"deleteProfileMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    //: %1 is the name of a saved account
    box->setText(tr("Delete the saved account \"%1\" and its password in the keychain?").arg(name));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() == remove)
            deleteProfile(name);
    });
    box->open();
}

void MainWindow::showAbout()
{
    auto *about = findChild<AboutDialog *>();
    if (!about) {
        about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
    }
    about->open();
}

} // namespace SmtpDoctor::Ui
