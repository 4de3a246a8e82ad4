// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordfield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

PasswordField::PasswordField(const QString &lineEditName, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lineEdit = new QLineEdit(this);
    m_lineEdit->setObjectName(lineEditName);
    m_lineEdit->setEchoMode(QLineEdit::Password);
    m_lineEdit->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(lineEditName + u"ShowToolButton"_s);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_lineEdit, 1);
    layout->addWidget(m_toggle);
    setFocusProxy(m_lineEdit);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool shown) {
        m_lineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        updateToggle();
    });
    connect(m_lineEdit, &QLineEdit::textEdited, this, &PasswordField::textEdited);
    retranslate();
}

QString PasswordField::text() const
{
    return m_lineEdit->text();
}

void PasswordField::setText(const QString &text)
{
    m_lineEdit->setText(text);
}

void PasswordField::clear()
{
    m_lineEdit->clear();
}

void PasswordField::conceal()
{
    m_toggle->setChecked(false);
}

void PasswordField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordField::retranslate()
{
    updateToggle();
}

void PasswordField::updateToggle()
{
    const bool shown = m_toggle->isChecked();
    //: Button next to a password field
    m_toggle->setText(shown ? tr("Hide") : tr("Show"));
    m_toggle->setToolTip(shown ? tr("Hide the password") : tr("Show the password"));
    m_toggle->setAccessibleName(m_toggle->toolTip());
}

} // namespace SmtpDoctor::Ui
