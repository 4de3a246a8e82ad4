// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detectresult.h"

#include <QPointer>
#include <QScrollArea>

#include <QMessageBox>
class QVBoxLayout;

namespace SmtpDoctor::Ui {

// The ranked outgoing-server candidates of a detection, one card each: host, the
// registrable domain it belongs to (large and never elided, so that a look-alike
// such as "gmai1.com" stands out), port and encryption, trust and source badges,
// warnings and provider notes, and a "Use these settings" button. Candidates that
// are not trusted need an explicit confirmation first.
class CandidateList : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateList)
public:
    explicit CandidateList(QWidget *parent = nullptr);

    // The user's address domain (ACE), to tell whether a server belongs to it.
    void setAddressDomain(const QString &aceDomain);
    void setCandidates(const QList<SmtpDoctor::Detect::Candidate> &candidates);
    [[nodiscard]] const QList<SmtpDoctor::Detect::Candidate> &candidates() const { return m_candidates; }
    // Like pressing the card's button (with the confirmation for untrusted candidates).
    void choose(int index);
    // The confirmation dialog currently shown, if any (for keyboard users and tests).
    [[nodiscard]] QMessageBox *pendingConfirmation() const { return m_confirmation; }

    // Text for people describing how a host relates to the address domain.
    [[nodiscard]] static QString hostForDisplay(const QString &aceHost);

Q_SIGNALS:
    void candidateChosen(const SmtpDoctor::Detect::Candidate &candidate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    [[nodiscard]] QWidget *createCard(int index, QWidget *parent);
    void confirm(int index);

    QList<Detect::Candidate> m_candidates;
    QString m_addressDomain; // registrable domain of the address, ACE
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace SmtpDoctor::Ui
