// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace SmtpDoctor::Ui {

// Help → About: name, version, what it is, and the licences: GPL-3.0-or-later for the
// program, MPL-2.0 for the bundled provider database (with its source notice).
class AboutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_programLicence = nullptr;
    QPlainTextEdit *m_dataLicence = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace SmtpDoctor::Ui
