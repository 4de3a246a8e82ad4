// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace SmtpDoctor::Ui {

class DetectView;
class MessageLabel;
class PasswordField;

// Step 1: the e-mail address (and optionally the password, used only for the later
// test), "Find settings", the live search and its results, "Enter settings manually".
// Enter runs the search.
class AddressPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressPage)
public:
    explicit AddressPage(QWidget *parent = nullptr);

    [[nodiscard]] QString address() const;
    void setAddress(const QString &address);
    [[nodiscard]] PasswordField *passwordField() const { return m_password; }
    [[nodiscard]] DetectView *detectView() const { return m_detectView; }

    void setRunning(bool running);
    // An address the search could not use (translated); empty hides it.
    void setAddressError(const QString &error);
    void focusAddress();

Q_SIGNALS:
    void findRequested(const QString &address);
    void cancelRequested();
    void manualRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    void requestFind();

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_passwordLabel = nullptr;
    PasswordField *m_password = nullptr;
    QLabel *m_passwordHint = nullptr;
    MessageLabel *m_addressError = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_manual = nullptr;
    DetectView *m_detectView = nullptr;
    bool m_running = false;
};

} // namespace SmtpDoctor::Ui
