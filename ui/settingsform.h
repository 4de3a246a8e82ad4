// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"

#include "detect/detectresult.h"
#include "smtp/checksettings.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace SmtpDoctor::Ui {

class MessageLabel;
class PasswordField;

// Step 2: the outgoing-server settings and what to test. Validates inline as the user
// types; Enter (or "Test settings") asks for a test through testRequested().
class SettingsForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsForm)
public:
    enum class MailTest {
        None, // connection (and login) only
        SenderOnly, // MAIL FROM, then RSET: nothing is sent
        Message, // a real test message to the recipient
    };
    Q_ENUM(MailTest)

    explicit SettingsForm(QWidget *parent = nullptr);

    // The settings as entered: host, port, security, login (only with a password or
    // token), mechanism, sender and recipient. Trust settings are added by the caller.
    [[nodiscard]] CheckSettings settings() const;
    [[nodiscard]] Security security() const;
    [[nodiscard]] AuthChoice authChoice() const;
    [[nodiscard]] QString host() const;
    // The user name as typed (settings() leaves it out when there is no password).
    [[nodiscard]] QString userName() const;
    [[nodiscard]] MailTest mailTest() const;
    [[nodiscard]] QString password() const;
    void setPassword(const QString &password);
    [[nodiscard]] PasswordField *passwordField() const { return m_password; }

    // Fills the form from a detected candidate (the user's address gives the user name
    // and sender when the candidate names none). The port counts as proposed, not typed.
    void applyCandidate(const SmtpDoctor::Detect::Candidate &candidate, const QString &address);
    // Fills user name and sender from an address where they are still empty.
    void prefillFromAddress(const QString &address);
    void applyProfile(const Profile &profile);
    void fillProfile(Profile &profile) const;

    // Checks every field; with showAll also complains about empty required fields.
    // Returns true when the settings can be tested. Focuses the first bad field when asked.
    bool validate(bool showAll, bool focusFirstProblem = false);
    // The password would travel without encryption (needs the user's confirmation).
    [[nodiscard]] bool sendsPasswordInPlaintext() const;

    void setRunning(bool running);
    // The extra CA file in use ("" = none), how many certificates it held, or an error.
    void setCaFile(const QString &path, int certificates, const QString &error);
    void focusFirstEmpty();

Q_SIGNALS:
    void testRequested();
    void chooseCaFileRequested();
    void clearCaFileRequested();
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void updateHostInfo();
    void updateSecurityInfo();
    void updateAuthInfo();
    void onSecurityChanged();
    void setPortProposal(quint16 port);
    void setSecurity(Security security);
    void setAuthChoice(AuthChoice choice);
    void setMailTest(MailTest test);
    void requestTest();
    [[nodiscard]] QString hostProblem(bool showEmpty) const;

    QGroupBox *m_serverGroup = nullptr;
    QGroupBox *m_loginGroup = nullptr;
    QGroupBox *m_mailGroup = nullptr;
    QGroupBox *m_trustGroup = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_hostDomain = nullptr;
    MessageLabel *m_hostError = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    MessageLabel *m_portHint = nullptr;
    QLabel *m_securityLabel = nullptr;
    QComboBox *m_security = nullptr;
    MessageLabel *m_insecureWarning = nullptr;
    QLabel *m_authLabel = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    PasswordField *m_password = nullptr;
    MessageLabel *m_loginHint = nullptr;
    QButtonGroup *m_mailButtons = nullptr;
    QRadioButton *m_noMail = nullptr;
    QRadioButton *m_senderOnly = nullptr;
    QRadioButton *m_message = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLabel *m_recipientLabel = nullptr;
    QLineEdit *m_recipient = nullptr;
    MessageLabel *m_mailError = nullptr;
    QLabel *m_caLabel = nullptr;
    QLabel *m_caPath = nullptr;
    QPushButton *m_chooseCa = nullptr;
    QPushButton *m_clearCa = nullptr;
    QPushButton *m_test = nullptr;

    bool m_portTouched = false; // the user typed a port: do not propose another
    bool m_settingPort = false;
    bool m_showAll = false; // a test was attempted: show "required" problems too
    bool m_running = false;
    QString m_caFile;
    int m_caCount = 0;
    QString m_caError;
};

} // namespace SmtpDoctor::Ui
