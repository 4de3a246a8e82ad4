// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "encryptionhistory.h"
#include "profilestore.h"

#include "detect/detectresult.h"
#include "report/reportdata.h"
#include "smtp/checkresult.h"

#include <QMainWindow>
#include <QPointer>
#include <QSslCertificate>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QTabWidget;

namespace SmtpDoctor {
class SmtpCheck;
namespace Detect {
class Detector;
}
} // namespace SmtpDoctor

namespace SmtpDoctor::Ui {

class AccountBar;
class AddressPage;
class CheckPage;
class LanguageMenu;
class PasswordStore;
class SettingsForm;

// The desktop window: one flow in three tabs, never a dead end.
//   1. Find settings: address (+ optional password) → live search → ranked candidates;
//      "Enter settings manually" is always there and keeps what was found.
//   2. Settings: the form (with saved accounts and the keychain).
//   3. Test and answer: live step list, the diagnosis, certificate/server/transcript/
//      timings, and the report actions.
// All protocol work is done by core (Detector, SmtpCheck, diagnose, reports); this
// class only wires it to the widgets. Nothing here blocks the event loop.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Trusts the CA certificates of a PEM file in addition to the system store (for
    // detection probes and checks). persist keeps the choice for the next start.
    // Returns false (and shows why in the form) when the file holds no certificate.
    bool setExtraCaFile(const QString &path, bool persist);
    void clearExtraCaFile();
    // "" = the system's language, "en", "de". Installs the translations; every widget
    // retranslates on the LanguageChange that follows.
    void setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }

    [[nodiscard]] bool isDetecting() const;
    [[nodiscard]] bool isChecking() const;
    [[nodiscard]] AddressPage *addressPage() const { return m_addressPage; }
    [[nodiscard]] SettingsForm *settingsForm() const { return m_form; }
    [[nodiscard]] CheckPage *checkPage() const { return m_checkPage; }
    [[nodiscard]] AccountBar *accountBar() const { return m_accountBar; }
    [[nodiscard]] PasswordStore *passwordStore() const { return m_passwords; }
    [[nodiscard]] QTabWidget *tabWidget() const { return m_tabs; }

    // Saves the current settings as a named account (what "Save…" does after asking
    // for the name).
    void saveProfile(const QString &name);
    void loadProfile(const QString &name);
    void deleteProfile(const QString &name);
    // Writes the last check's report (format by extension). False + reason on failure.
    bool saveReport(const QString &fileName, QString *errorMessage);

Q_SIGNALS:
    void detectionFinished();
    void checkStarted();
    void checkFinished();
    void profileSaved(const QString &name);
    void profileLoaded(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateTitle();
    void updateActions();
    void refreshProfiles();

    // Flow.
    void startDetection(const QString &address);
    void cancelDetection();
    void onCandidates(const QList<SmtpDoctor::Detect::Candidate> &candidates);
    void onDetectionFinished(const SmtpDoctor::Detect::DetectResult &result);
    void useCandidate(const SmtpDoctor::Detect::Candidate &candidate);
    void enterManually();
    void requestCheck();
    void startCheck(bool allowPlaintextAuth);
    void cancelCheck();
    void onCheckFinished(const SmtpDoctor::CheckResult &result);
    void trustCertificate(const QString &host, const QByteArray &sha256);
    void syncPassword(bool fromAddressPage);

    // Actions.
    void copyReport();
    void chooseReportFile();
    void copySettings();
    void chooseCaFile();
    void askProfileName();
    void confirmDeleteProfile(const QString &name);
    void showAbout();

    QSettings *m_settings = nullptr;
    std::optional<ProfileStore> m_profiles;
    std::optional<EncryptionHistory> m_encryptionHistory;
    PasswordStore *m_passwords = nullptr;
    Detect::Detector *m_detector = nullptr;
    QPointer<SmtpCheck> m_check;

    QTabWidget *m_tabs = nullptr;
    AddressPage *m_addressPage = nullptr;
    QWidget *m_settingsPage = nullptr;
    AccountBar *m_accountBar = nullptr;
    SettingsForm *m_form = nullptr;
    CheckPage *m_checkPage = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_openMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_saveProfileAction = nullptr;
    QAction *m_deleteProfileAction = nullptr;
    QAction *m_saveReportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyReportAction = nullptr;
    QAction *m_copySettingsAction = nullptr;
    QAction *m_caFileAction = nullptr;
    QAction *m_clearCaFileAction = nullptr;
    QAction *m_onlineAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QString m_language;
    QString m_currentProfile;
    QString m_pendingPasswordRead; // account whose password to read once the keychain answers
    QString m_detectAddress; // the address of the last detection
    QMap<QString, QByteArrayList> m_pins; // host -> accepted certificate fingerprints
    QString m_caFile;
    QList<QSslCertificate> m_caCertificates;
    std::optional<CheckResult> m_lastResult;
    Report::TestedSettings m_lastTested;
    bool m_lastAllowPlaintext = false;
};

} // namespace SmtpDoctor::Ui
