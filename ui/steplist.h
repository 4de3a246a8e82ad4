// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"

#include <QWidget>

#include <optional>

class QTreeWidget;

namespace SmtpDoctor::Ui {

// The steps of a live check, filling in as the engine reports its phases:
// Resolve, Connect, Greeting, EHLO, STARTTLS or TLS, Certificate, Login, Test message
// (in the order they happen for the chosen encryption), each with ✓/✗ and its time.
class StepList : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepList)
public:
    enum class Step {
        Resolve,
        Connect,
        Tls, // implicit TLS handshake
        Greeting,
        Ehlo,
        StartTls, // STARTTLS command, handshake, EHLO again
        Certificate,
        Login,
        Mail, // sender check or test message
    };
    Q_ENUM(Step)
    enum class State {
        Pending,
        Running,
        Ok,
        Failed,
        Skipped, // not wanted (no password, no test message) or not reached
    };
    Q_ENUM(State)

    explicit StepList(QWidget *parent = nullptr);

    // Starts over for a check with these settings.
    void reset(Security security, bool login, bool senderOnly, bool message);
    void clear();
    void phaseStarted(SmtpDoctor::Phase phase);
    void phaseFinished(const SmtpDoctor::PhaseTiming &timing);
    void finish(const SmtpDoctor::CheckResult &result);

    [[nodiscard]] State state(Step step) const;
    [[nodiscard]] QList<Step> steps() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        Step step = Step::Resolve;
        State state = State::Pending;
        qint64 ms = 0;
        bool timed = false;
        QString detail; // e.g. the address, the TLS version, the mechanism
        enum class Note { None, NotReached, NoPassword, NotRequested, Cancelled } noteKind = Note::None;
    };

    [[nodiscard]] std::optional<Step> stepFor(Phase phase) const;
    [[nodiscard]] Row *row(Step step);
    [[nodiscard]] QString stepName(Step step) const;
    void render();

    QTreeWidget *m_tree = nullptr;
    QList<Row> m_rows;
    Security m_security = Security::StartTls;
    bool m_senderOnly = false;
};

} // namespace SmtpDoctor::Ui
