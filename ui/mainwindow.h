// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace SmtpDoctor {
class SmtpCheck;
struct CheckResult;
}

namespace SmtpDoctor::Ui {

// The first, simple main window: settings in, live check, verdict and transcript out.
// The full guided flow (autodetection, diagnosis, profiles) is built on top of this later.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void startOrCancel();
    void showResult(const SmtpDoctor::CheckResult &result);

    QLineEdit *m_hostLineEdit = nullptr;
    QSpinBox *m_portSpinBox = nullptr;
    QComboBox *m_securityComboBox = nullptr;
    QLineEdit *m_userLineEdit = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QPushButton *m_testPushButton = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QPlainTextEdit *m_transcriptTextEdit = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_securityLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    SmtpCheck *m_check = nullptr;
};

} // namespace SmtpDoctor::Ui
