// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresspage.h"

#include "detectview.h"
#include "messagelabel.h"
#include "passwordfield.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

AddressPage::AddressPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"addressPage"_s);
    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"addressHeadingLabel"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"addressIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    auto *grid = new QGridLayout;
    m_addressLabel = new QLabel(this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"addressLineEdit"_s);
    m_address->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_address->setClearButtonEnabled(true);
    m_addressLabel->setBuddy(m_address);
    grid->addWidget(m_addressLabel, 0, 0);
    grid->addWidget(m_address, 0, 1);
    m_addressError = new MessageLabel(StatusIcon::Error, QString(), this);
    m_addressError->setObjectName(u"addressErrorLabel"_s);
    m_addressError->hide();
    grid->addWidget(m_addressError, 1, 1);
    m_passwordLabel = new QLabel(this);
    m_password = new PasswordField(u"addressPasswordLineEdit"_s, this);
    m_passwordLabel->setBuddy(m_password->lineEdit());
    grid->addWidget(m_passwordLabel, 2, 0);
    grid->addWidget(m_password, 2, 1);
    m_passwordHint = new QLabel(this);
    m_passwordHint->setObjectName(u"passwordHintLabel"_s);
    m_passwordHint->setWordWrap(true);
    m_passwordHint->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_passwordHint, 3, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto *buttons = new QHBoxLayout;
    m_find = new QPushButton(this);
    m_find->setObjectName(u"findPushButton"_s);
    m_find->setAutoDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelFindPushButton"_s);
    m_cancel->setAutoDefault(true);
    m_manual = new QPushButton(this);
    m_manual->setObjectName(u"manualPushButton"_s);
    m_manual->setAutoDefault(true);
    buttons->addWidget(m_find);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_manual);
    layout->addLayout(buttons);

    m_detectView = new DetectView(this);
    m_detectView->setObjectName(u"detectView"_s);
    layout->addWidget(m_detectView, 1);

    setTabOrder(m_address, m_password->lineEdit());
    setTabOrder(m_password->lineEdit(), m_password->toggleButton());
    setTabOrder(m_password->toggleButton(), m_find);
    setTabOrder(m_find, m_cancel);
    setTabOrder(m_cancel, m_manual);

    connect(m_find, &QPushButton::clicked, this, &AddressPage::requestFind);
    connect(m_cancel, &QPushButton::clicked, this, &AddressPage::cancelRequested);
    connect(m_manual, &QPushButton::clicked, this, &AddressPage::manualRequested);
    connect(m_address, &QLineEdit::textEdited, this, [this] { setAddressError({}); });
    setRunning(false);
    retranslate();
}

QString AddressPage::address() const
{
    return m_address->text().trimmed();
}

void AddressPage::setAddress(const QString &address)
{
    m_address->setText(address);
}

void AddressPage::setRunning(bool running)
{
    m_running = running;
    m_find->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_address->setReadOnly(running);
}

void AddressPage::setAddressError(const QString &error)
{
    m_addressError->setText(error);
    m_addressError->setVisible(!error.isEmpty());
}

void AddressPage::focusAddress()
{
    m_address->setFocus(Qt::OtherFocusReason);
    m_address->selectAll();
}

void AddressPage::requestFind()
{
    if (m_running)
        return;
    if (address().isEmpty()) {
        setAddressError(tr("Enter your e-mail address first."));
        m_address->setFocus();
        return;
    }
    Q_EMIT findRequested(address());
}

void AddressPage::keyPressEvent(QKeyEvent *event)
{
    // Enter anywhere in the inputs runs the search (buttons handle their own Enter).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        requestFind();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_running) {
        Q_EMIT cancelRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AddressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AddressPage::retranslate()
{
    m_heading->setText(tr("Find the settings for sending e-mail"));
    m_intro->setText(tr("Enter your e-mail address. SMTP Doctor looks up your provider's outgoing mail server "
                        "(SMTP) and checks it, without sending your password."));
    //: Form label with mnemonic
    m_addressLabel->setText(tr("E-mail &address:"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_address->setAccessibleName(tr("E-mail address"));
    m_passwordLabel->setText(tr("&Password (optional):"));
    m_password->lineEdit()->setAccessibleName(tr("Password (optional)"));
    m_passwordHint->setText(tr("The password is only needed to test the login later. It is sent to no one but the "
                               "server you choose."));
    m_find->setText(tr("Fin&d settings"));
    m_find->setAccessibleName(tr("Find settings"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the search"));
    m_manual->setText(tr("Enter settings &manually"));
    m_manual->setAccessibleName(tr("Enter settings manually"));
}

} // namespace SmtpDoctor::Ui
