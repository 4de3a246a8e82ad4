// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountbar.h"

#include "messagelabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

AccountBar::AccountBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"accountBar"_s);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(u"profileComboBox"_s);
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profiles->setMinimumContentsLength(16);
    m_label->setBuddy(m_profiles);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveProfilePushButton"_s);
    m_save->setAutoDefault(true);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(u"deleteProfilePushButton"_s);
    m_delete->setAutoDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_profiles);
    row->addWidget(m_save);
    row->addWidget(m_delete);
    row->addStretch(1);
    layout->addWidget(m_label, 0, 0);
    layout->addLayout(row, 0, 1);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(u"rememberPasswordCheckBox"_s);
    layout->addWidget(m_remember, 1, 1);
    m_keychain = new MessageLabel(this);
    m_keychain->setObjectName(u"keychainStatusLabel"_s);
    layout->addWidget(m_keychain, 2, 1);
    m_status = new MessageLabel(this);
    m_status->setObjectName(u"accountStatusLabel"_s);
    m_status->hide();
    layout->addWidget(m_status, 3, 1);
    layout->setColumnStretch(1, 1);

    connect(m_profiles, &QComboBox::activated, this,
        [this](int index) { Q_EMIT profileSelected(m_profiles->itemData(index).toString()); });
    connect(m_save, &QPushButton::clicked, this, &AccountBar::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!currentProfile().isEmpty())
            Q_EMIT deleteRequested(currentProfile());
    });
    setProfileNames({}, {});
    retranslate();
}

void AccountBar::setProfileNames(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    m_profiles->addItem(QString(), QString());
    for (const QString &name : names)
        m_profiles->addItem(name, name);
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findData(current)));
    m_delete->setEnabled(!current.isEmpty());
    retranslate();
}

QString AccountBar::currentProfile() const
{
    return m_profiles->currentData().toString();
}

bool AccountBar::rememberPassword() const
{
    return m_remember->isChecked() && m_availability == PasswordStore::Availability::Available;
}

void AccountBar::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void AccountBar::setKeychainAvailability(PasswordStore::Availability availability)
{
    m_availability = availability;
    updateKeychainText();
}

void AccountBar::setStatus(const QString &message, bool problem)
{
    m_status->setIcon(problem ? StatusIcon::Warning : StatusIcon::Ok);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void AccountBar::updateKeychainText()
{
    using A = PasswordStore::Availability;
    m_remember->setEnabled(m_availability == A::Available);
    switch (m_availability) {
    case A::Unknown:
    case A::Checking:
        m_keychain->setIcon(StatusIcon::Running);
        m_keychain->setText(tr("Looking for the system keychain…"));
        break;
    case A::Available:
        m_keychain->setIcon(StatusIcon::Secure);
        m_keychain->setText(tr("Passwords are kept only in the system keychain, never in the settings file."));
        break;
    case A::Unavailable:
        m_keychain->setIcon(StatusIcon::Warning);
        m_keychain->setText(tr("No system keychain is available, so passwords are not saved. You will have to "
                               "enter the password again next time."));
        break;
    }
}

void AccountBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountBar::retranslate()
{
    //: Form label with mnemonic
    m_label->setText(tr("Saved &account:"));
    m_profiles->setAccessibleName(tr("Saved account"));
    //: Entry of the account list for settings that have not been saved
    m_profiles->setItemText(0, tr("(not saved)"));
    m_save->setText(tr("Save…"));
    m_save->setAccessibleName(tr("Save these settings as an account"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleName(tr("Delete the saved account"));
    m_remember->setText(tr("&Remember the password (in the system keychain)"));
    updateKeychainText();
}

} // namespace SmtpDoctor::Ui
