// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectview.h"

#include "candidatelist.h"
#include "icons.h"
#include "messagelabel.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

using Detect::SourceStatus;

DetectView::DetectView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_sourcesGroup = new QGroupBox(this);
    m_sourcesGroup->setObjectName(u"sourcesGroupBox"_s);
    auto *sourcesLayout = new QVBoxLayout(m_sourcesGroup);
    m_sourceTree = new QTreeWidget(m_sourcesGroup);
    m_sourceTree->setObjectName(u"sourceTreeWidget"_s);
    m_sourceTree->setColumnCount(3);
    m_sourceTree->setRootIsDecorated(false);
    m_sourceTree->setUniformRowHeights(true);
    m_sourceTree->setSelectionMode(QAbstractItemView::NoSelection);
    m_sourceTree->setFocusPolicy(Qt::TabFocus);
    m_sourceTree->header()->setStretchLastSection(false);
    m_sourceTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sourceTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sourceTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    sourcesLayout->addWidget(m_sourceTree);
    layout->addWidget(m_sourcesGroup, 5);

    m_candidatesGroup = new QGroupBox(this);
    m_candidatesGroup->setObjectName(u"candidatesGroupBox"_s);
    auto *candidatesLayout = new QVBoxLayout(m_candidatesGroup);
    m_summaryLabel = new QLabel(m_candidatesGroup);
    m_summaryLabel->setObjectName(u"detectSummaryLabel"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    candidatesLayout->addWidget(m_summaryLabel);
    m_notesBox = new QWidget(m_candidatesGroup);
    m_notesLayout = new QVBoxLayout(m_notesBox);
    m_notesLayout->setContentsMargins(0, 0, 0, 0);
    candidatesLayout->addWidget(m_notesBox);
    m_candidates = new CandidateList(m_candidatesGroup);
    candidatesLayout->addWidget(m_candidates, 1);
    layout->addWidget(m_candidatesGroup, 7);

    connect(m_candidates, &CandidateList::candidateChosen, this, &DetectView::candidateChosen);
    retranslate();
    clear();
}

void DetectView::clear()
{
    m_sourceTree->clear();
    m_items.clear();
    m_reports.clear();
    m_result.reset();
    m_running = false;
    m_candidates->setCandidates({});
    renderSummary();
}

void DetectView::reset(const QString &aceDomain)
{
    clear();
    m_domain = aceDomain;
    m_running = true;
    m_candidates->setAddressDomain(aceDomain);
    renderSummary();
}

void DetectView::updateSource(const Detect::SourceReport &report)
{
    const int key = int(report.kind);
    m_reports.insert(key, report);
    QTreeWidgetItem *item = m_items.value(key);
    if (!item) {
        item = new QTreeWidgetItem;
        item->setData(0, Qt::UserRole, key);
        // Keep the sources in their order of priority.
        int row = 0;
        while (row < m_sourceTree->topLevelItemCount()
            && m_sourceTree->topLevelItem(row)->data(0, Qt::UserRole).toInt() < key)
            ++row;
        m_sourceTree->insertTopLevelItem(row, item);
        m_items.insert(key, item);
    }
    renderSource(item, report);
}

void DetectView::renderSource(QTreeWidgetItem *item, const Detect::SourceReport &r)
{
    StatusIcon icon = StatusIcon::Pending;
    switch (r.status) {
    case SourceStatus::Pending:
        icon = StatusIcon::Running;
        break;
    case SourceStatus::Found:
        icon = StatusIcon::Ok;
        break;
    case SourceStatus::NotFound:
        icon = StatusIcon::Skipped;
        break;
    case SourceStatus::Failed:
    case SourceStatus::Timeout:
        icon = StatusIcon::Warning;
        break;
    case SourceStatus::Skipped:
        icon = StatusIcon::Skipped;
        break;
    }
    item->setIcon(0, statusIcon(icon));
    item->setText(0, Detect::sourceName(r.kind));
    item->setText(1, Detect::sourceStatusName(r.status));
    //: Time in milliseconds, e.g. "120 ms"
    item->setText(2, r.status == SourceStatus::Pending ? QString() : tr("%1 ms").arg(QLocale().toString(r.ms)));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    QStringList tip;
    if (!r.urlOrRecord.isEmpty())
        tip << r.urlOrRecord;
    if (!r.detail.isEmpty())
        tip << r.detail;
    for (int column = 0; column < 3; ++column)
        item->setToolTip(column, tip.join(u'\n'));
    //: Accessible text of a row in the list of places searched; %1 source, %2 state, %3 details
    item->setData(
        0, Qt::AccessibleTextRole, tr("%1: %2. %3").arg(item->text(0), item->text(1), tip.join(u' ')).trimmed());
}

void DetectView::setCandidates(const QList<Detect::Candidate> &candidates)
{
    m_candidates->setCandidates(candidates);
    renderSummary();
}

void DetectView::setFinished(const Detect::DetectResult &result)
{
    m_running = false;
    m_result = result;
    for (const Detect::SourceReport &r : result.sources)
        updateSource(r);
    m_candidates->setCandidates(result.candidates);
    renderSummary();
}

void DetectView::renderSummary()
{
    while (QLayoutItem *item = m_notesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int count = int(m_candidates->candidates().size());
    QString text;
    if (m_running) {
        text = count == 0 ? tr("Looking in every place at once. The first results appear as soon as they arrive.")
                          //: While searching; %n is the number of settings found so far
                          : tr("Still looking. %n possible setting(s) found so far; the first one is the best "
                               "match.",
                              nullptr, count);
    } else if (m_result) {
        const QString seconds = QLocale().toString(double(m_result->ms) / 1000.0, 'f', 1);
        if (m_result->cancelled)
            text = tr("The search was cancelled. You can start it again or enter the settings manually.");
        else if (!m_result->inputError.isEmpty())
            text = m_result->inputError;
        else if (count == 0)
            text = tr("No settings were found. Enter them manually: your provider's help pages list them as "
                      "\"outgoing server\" or \"SMTP\".");
        else
            //: %n is the number of settings found, %1 a duration in seconds such as "1.2"
            text = tr("%n possible setting(s) found in %1 s. The first one is the best match.", nullptr, count)
                       .arg(seconds);
        for (const QString &note : m_result->notes)
            m_notesLayout->addWidget(new MessageLabel(
                m_result->noThirdPartySmtp ? StatusIcon::Warning : StatusIcon::Info, note, m_notesBox));
    } else {
        text = tr("Enter your e-mail address above and choose \"Find settings\".");
    }
    m_summaryLabel->setText(text);
    m_notesBox->setVisible(m_notesLayout->count() > 0);
}

void DetectView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetectView::retranslate()
{
    m_sourcesGroup->setTitle(tr("Where SMTP Doctor looked"));
    m_candidatesGroup->setTitle(tr("Settings found"));
    //: Column headers of the list of places searched
    m_sourceTree->setHeaderLabels({ tr("Source"), tr("Result"), tr("Time") });
    m_sourceTree->setAccessibleName(tr("Places searched for settings"));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        renderSource(it.value(), m_reports.value(it.key()));
    renderSummary();
}

} // namespace SmtpDoctor::Ui
