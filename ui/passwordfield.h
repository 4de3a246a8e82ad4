// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace SmtpDoctor::Ui {

// A masked line edit with a show/hide button next to it (reachable with Tab).
class PasswordField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordField)
public:
    // lineEditName is the object name of the line edit (tests and buddies find it).
    explicit PasswordField(const QString &lineEditName, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *lineEdit() const { return m_lineEdit; }
    [[nodiscard]] QToolButton *toggleButton() const { return m_toggle; }
    [[nodiscard]] QString text() const;
    void setText(const QString &text);
    void clear();
    // Hides the text again (e.g. after a test).
    void conceal();

Q_SIGNALS:
    void textEdited(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateToggle();

    QLineEdit *m_lineEdit = nullptr;
    QToolButton *m_toggle = nullptr;
};

} // namespace SmtpDoctor::Ui
