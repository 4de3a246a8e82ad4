// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include <QActionGroup>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(u"languageMenu"_s);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_systemAction = addAction(QString());
    m_systemAction->setObjectName(u"systemLanguageAction"_s);
    m_systemAction->setData(QString());
    addSeparator();
    m_englishAction = addAction(u"English"_s);
    m_englishAction->setObjectName(u"englishLanguageAction"_s);
    m_englishAction->setData(u"en"_s);
    m_germanAction = addAction(u"Deutsch"_s);
    m_germanAction->setObjectName(u"germanLanguageAction"_s);
    m_germanAction->setData(u"de"_s);
    for (QAction *action : { m_systemAction, m_englishAction, m_germanAction }) {
        action->setCheckable(true);
        m_group->addAction(action);
    }
    m_systemAction->setChecked(true);
    connect(m_group, &QActionGroup::triggered, this,
        [this](QAction *action) { Q_EMIT languageChosen(action->data().toString()); });
    retranslate();
}

void LanguageMenu::setCurrentChoice(const QString &language)
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == language)
            action->setChecked(true);
    }
}

QString LanguageMenu::currentChoice() const
{
    QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    //: Menu with mnemonic
    setTitle(tr("&Language"));
    //: Language choice: follow the operating system's language
    m_systemAction->setText(tr("&System language"));
    // The language names stay in their own language on purpose.
    m_englishAction->setText(u"&English"_s);
    m_germanAction->setText(u"&Deutsch"_s);
}

} // namespace SmtpDoctor::Ui
