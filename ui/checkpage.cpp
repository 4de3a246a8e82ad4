// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpage.h"

#include "resultview.h"
#include "steplist.h"

#include <QEvent>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
QPushButton *button(const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    b->setAutoDefault(true);
    return b;
}
} // namespace

CheckPage::CheckPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"checkPage"_s);
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_stepsGroup = new QGroupBox(this);
    m_stepsGroup->setObjectName(u"stepsGroupBox"_s);
    auto *stepsLayout = new QVBoxLayout(m_stepsGroup);
    m_steps = new StepList(m_stepsGroup);
    m_steps->setObjectName(u"stepList"_s);
    stepsLayout->addWidget(m_steps);
    left->addWidget(m_stepsGroup);
    m_cancel = button(u"cancelCheckPushButton"_s, this);
    m_retest = button(u"retestPushButton"_s, this);
    m_change = button(u"changeSettingsPushButton"_s, this);
    m_copyReport = button(u"copyReportPushButton"_s, this);
    m_saveReport = button(u"saveReportPushButton"_s, this);
    m_copySettings = button(u"copySettingsPushButton"_s, this);
    for (QPushButton *b : { m_cancel, m_retest, m_change })
        left->addWidget(b);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    left->addWidget(line);
    for (QPushButton *b : { m_copyReport, m_saveReport, m_copySettings })
        left->addWidget(b);
    left->addStretch(1);
    layout->addLayout(left, 0);

    m_result = new ResultView(this);
    layout->addWidget(m_result, 1);

    connect(m_cancel, &QPushButton::clicked, this, &CheckPage::cancelRequested);
    connect(m_retest, &QPushButton::clicked, this, &CheckPage::retestRequested);
    connect(m_change, &QPushButton::clicked, this, &CheckPage::changeSettingsRequested);
    connect(m_copyReport, &QPushButton::clicked, this, &CheckPage::copyReportRequested);
    connect(m_saveReport, &QPushButton::clicked, this, &CheckPage::saveReportRequested);
    connect(m_copySettings, &QPushButton::clicked, this, &CheckPage::copySettingsRequested);
    setRunning(false);
    setHasResult(false);
    retranslate();
}

void CheckPage::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    m_retest->setEnabled(!running);
    if (running) {
        m_copyReport->setEnabled(false);
        m_saveReport->setEnabled(false);
    }
}

void CheckPage::setHasResult(bool hasResult)
{
    m_copyReport->setEnabled(hasResult && !m_running);
    m_saveReport->setEnabled(hasResult && !m_running);
}

void CheckPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_running) {
        Q_EMIT cancelRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CheckPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CheckPage::retranslate()
{
    m_stepsGroup->setTitle(tr("Steps"));
    //: Button with mnemonic
    m_cancel->setText(tr("&Cancel test"));
    m_cancel->setAccessibleName(tr("Cancel the test"));
    m_retest->setText(tr("Test &again"));
    m_retest->setAccessibleName(tr("Test again"));
    m_change->setText(tr("Change se&ttings"));
    m_change->setAccessibleName(tr("Change settings"));
    m_copyReport->setText(tr("Copy &report"));
    m_copyReport->setAccessibleName(tr("Copy the report to the clipboard"));
    m_saveReport->setText(tr("Sa&ve report…"));
    m_saveReport->setAccessibleName(tr("Save the report to a file"));
    m_copySettings->setText(tr("Copy settings as te&xt"));
    m_copySettings->setAccessibleName(tr("Copy the settings as text"));
}

} // namespace SmtpDoctor::Ui
