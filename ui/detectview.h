// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detectresult.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace SmtpDoctor::Ui {

class CandidateList;
class MessageLabel;

// The live view of a detection: every source with its state and time, a summary,
// provider-wide notes, and the ranked candidates.
class DetectView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetectView)
public:
    explicit DetectView(QWidget *parent = nullptr);

    // Starts a new run for an address domain (ACE); forgets the previous one.
    void reset(const QString &aceDomain);
    void clear();
    void updateSource(const SmtpDoctor::Detect::SourceReport &report);
    void setCandidates(const QList<SmtpDoctor::Detect::Candidate> &candidates);
    void setFinished(const SmtpDoctor::Detect::DetectResult &result);

    [[nodiscard]] CandidateList *candidateList() const { return m_candidates; }
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void candidateChosen(const SmtpDoctor::Detect::Candidate &candidate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void renderSource(QTreeWidgetItem *item, const Detect::SourceReport &report);
    void renderSummary();

    QGroupBox *m_sourcesGroup = nullptr;
    QGroupBox *m_candidatesGroup = nullptr;
    QTreeWidget *m_sourceTree = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QWidget *m_notesBox = nullptr;
    QVBoxLayout *m_notesLayout = nullptr;
    CandidateList *m_candidates = nullptr;
    QHash<int, QTreeWidgetItem *> m_items; // by SourceKind
    QHash<int, Detect::SourceReport> m_reports;
    std::optional<Detect::DetectResult> m_result;
    QString m_domain;
    bool m_running = false;
};

} // namespace SmtpDoctor::Ui
