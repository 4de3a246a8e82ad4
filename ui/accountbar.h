// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passwordstore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace SmtpDoctor::Ui {

class MessageLabel;

// Saved accounts: pick one, save the current settings under a name, delete one;
// whether the password goes into the system keychain, and whether there is one.
class AccountBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBar)
public:
    explicit AccountBar(QWidget *parent = nullptr);

    // Fills the list; current "" selects "not saved".
    void setProfileNames(const QStringList &names, const QString &current);
    [[nodiscard]] QString currentProfile() const;
    [[nodiscard]] bool rememberPassword() const;
    void setRememberPassword(bool remember);
    void setKeychainAvailability(PasswordStore::Availability availability);
    // A short confirmation or problem ("Saved.", "The password could not be stored: ...").
    void setStatus(const QString &message, bool problem = false);

Q_SIGNALS:
    void profileSelected(const QString &name);
    void saveRequested();
    void deleteRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateKeychainText();

    QLabel *m_label = nullptr;
    QComboBox *m_profiles = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QCheckBox *m_remember = nullptr;
    MessageLabel *m_keychain = nullptr;
    MessageLabel *m_status = nullptr;
    PasswordStore::Availability m_availability = PasswordStore::Availability::Unknown;
};

} // namespace SmtpDoctor::Ui
