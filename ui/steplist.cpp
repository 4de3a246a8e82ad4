// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplist.h"

#include "icons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
bool isCertificateCode(ResultCode code)
{
    return code == ResultCode::CertificateUntrusted || code == ResultCode::CertificateExpired
        || code == ResultCode::CertificateHostnameMismatch;
}
} // namespace

StepList::StepList(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"stepTreeWidget"_s);
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::TabFocus);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_tree);
    render();
}

void StepList::clear()
{
    m_rows.clear();
    render();
}

void StepList::reset(Security security, bool login, bool senderOnly, bool message)
{
    m_security = security;
    m_senderOnly = senderOnly;
    m_rows.clear();
    QList<Step> order;
    switch (security) {
    case Security::Tls:
        order = { Step::Resolve, Step::Connect, Step::Tls, Step::Certificate, Step::Greeting, Step::Ehlo };
        break;
    case Security::StartTls:
        order = { Step::Resolve, Step::Connect, Step::Greeting, Step::Ehlo, Step::StartTls, Step::Certificate };
        break;
    case Security::None:
        order = { Step::Resolve, Step::Connect, Step::Greeting, Step::Ehlo };
        break;
    }
    order << Step::Login << Step::Mail;
    for (Step s : order) {
        Row r;
        r.step = s;
        if (s == Step::Login && !login) {
            r.state = State::Skipped;
            r.noteKind = Row::Note::NoPassword;
        }
        if (s == Step::Mail && !senderOnly && !message) {
            r.state = State::Skipped;
            r.noteKind = Row::Note::NotRequested;
        }
        m_rows << r;
    }
    render();
}

std::optional<StepList::Step> StepList::stepFor(Phase phase) const
{
    switch (phase) {
    case Phase::Resolve:
        return Step::Resolve;
    case Phase::Connect:
        return Step::Connect;
    case Phase::TlsHandshake:
        return m_security == Security::Tls ? Step::Tls : Step::StartTls;
    case Phase::Greeting:
        return Step::Greeting;
    case Phase::Ehlo:
        return Step::Ehlo;
    case Phase::StartTls:
    case Phase::EhloAfterTls:
        return Step::StartTls;
    case Phase::Auth:
        return Step::Login;
    case Phase::MailFrom:
    case Phase::RcptTo:
    case Phase::Data:
    case Phase::Reset:
        return Step::Mail;
    case Phase::Quit:
        break;
    }
    return std::nullopt;
}

StepList::Row *StepList::row(Step step)
{
    for (Row &r : m_rows) {
        if (r.step == step)
            return &r;
    }
    return nullptr;
}

void StepList::phaseStarted(Phase phase)
{
    const auto step = stepFor(phase);
    if (!step)
        return;
    if (Row *r = row(*step)) {
        r->state = State::Running;
        r->noteKind = Row::Note::None;
    }
    render();
}

void StepList::phaseFinished(const PhaseTiming &timing)
{
    const auto step = stepFor(timing.phase);
    if (!step)
        return;
    Row *r = row(*step);
    if (!r)
        return;
    r->ms += timing.ms;
    r->timed = true;
    // A step made of several phases stays "running" until its last phase is through;
    // the check's end settles it (finish()).
    if (!timing.ok) {
        r->state = State::Failed;
    } else if (r->state != State::Failed) {
        const bool more
            = (timing.phase == Phase::StartTls || timing.phase == Phase::TlsHandshake) && *step == Step::StartTls;
        const bool mailMore = *step == Step::Mail && timing.phase != Phase::Data && timing.phase != Phase::Reset;
        r->state = (more || mailMore) ? State::Running : State::Ok;
    }
    // The certificate is settled by the end of the handshake.
    if (timing.phase == Phase::TlsHandshake && timing.ok) {
        if (Row *cert = row(Step::Certificate))
            cert->state = State::Ok;
    }
    render();
}

void StepList::finish(const CheckResult &result)
{
    const bool certificateProblem = isCertificateCode(result.code);
    for (Row &r : m_rows) {
        switch (r.step) {
        case Step::Resolve:
            r.detail = result.resolvedAddresses.join(u", "_s);
            break;
        case Step::Connect:
            r.detail = result.peerAddress;
            break;
        case Step::Tls:
        case Step::StartTls:
            if (result.tls.established)
                r.detail = result.tls.protocol;
            // The handshake itself worked; the certificate is what failed.
            if (certificateProblem && r.state == State::Failed)
                r.state = State::Ok;
            break;
        case Step::Certificate:
            if (certificateProblem) {
                r.state = State::Failed;
            } else if (result.tls.established) {
                r.state = State::Ok;
                r.detail = result.tls.pinned
                    //: Detail of the certificate step: accepted because the user trusts it
                    ? tr("trusted by you")
                    //: Detail of the certificate step: verified against the trusted authorities
                    : tr("verified");
            }
            break;
        case Step::Login:
            if (!result.auth.used.isEmpty())
                r.detail = result.auth.used;
            break;
        case Step::Greeting:
        case Step::Ehlo:
        case Step::Mail:
            break;
        }
        // What a cancel interrupted was not a failure of the server.
        if (r.state == State::Failed && result.code == ResultCode::Cancelled) {
            r.state = State::Skipped;
            r.noteKind = Row::Note::Cancelled;
        }
        if (r.state == State::Running) {
            if (result.code == ResultCode::Cancelled) {
                r.state = State::Skipped;
                r.noteKind = Row::Note::Cancelled;
            } else {
                r.state = result.ok() ? State::Ok : State::Failed;
            }
        } else if (r.state == State::Pending) {
            r.state = State::Skipped;
            r.noteKind = result.code == ResultCode::Cancelled ? Row::Note::Cancelled : Row::Note::NotReached;
        }
    }
    // STARTTLS missing: EHLO itself worked; the encryption step is what failed.
    if (result.code == ResultCode::StartTlsNotOffered) {
        if (Row *ehlo = row(Step::Ehlo); ehlo && ehlo->state == State::Failed)
            ehlo->state = State::Ok;
        if (Row *startTls = row(Step::StartTls)) {
            startTls->state = State::Failed;
            startTls->noteKind = Row::Note::None;
            //: Detail of the STARTTLS step: the server did not offer encryption
            startTls->detail = tr("not offered");
        }
    }
    // A failure with no step marked (e.g. a timeout between phases) is shown on the
    // step the engine names.
    if (!result.ok() && result.code != ResultCode::Cancelled) {
        bool anyFailed = false;
        for (const Row &r : m_rows)
            anyFailed = anyFailed || r.state == State::Failed;
        if (!anyFailed) {
            if (const auto step = stepFor(result.failedPhase); step && row(*step)) {
                row(*step)->state = State::Failed;
                row(*step)->noteKind = Row::Note::None;
            }
        }
    }
    render();
}

StepList::State StepList::state(Step step) const
{
    for (const Row &r : m_rows) {
        if (r.step == step)
            return r.state;
    }
    return State::Skipped;
}

QList<StepList::Step> StepList::steps() const
{
    QList<Step> result;
    for (const Row &r : m_rows)
        result << r.step;
    return result;
}

QString StepList::stepName(Step step) const
{
    switch (step) {
    case Step::Resolve:
        //: Step of a check: looking up the server name in DNS
        return tr("Find the server (DNS)");
    case Step::Connect:
        //: Step of a check: opening the network connection
        return tr("Connect");
    case Step::Tls:
        //: Step of a check: setting up implicit TLS (keep "SSL/TLS")
        return tr("Encryption (SSL/TLS)");
    case Step::Greeting:
        //: Step of a check: the server's first message
        return tr("Server greeting");
    case Step::Ehlo:
        //: Step of a check: the EHLO command (keep "EHLO")
        return tr("Introduction (EHLO)");
    case Step::StartTls:
        //: Step of a check: switching on encryption with STARTTLS (keep "STARTTLS")
        return tr("Encryption (STARTTLS)");
    case Step::Certificate:
        //: Step of a check: verifying the server's certificate
        return tr("Certificate");
    case Step::Login:
        //: Step of a check: logging in with user name and password
        return tr("Login");
    case Step::Mail:
        //: Step of a check: the optional sender check or test message
        return m_senderOnly ? tr("Sender address") : tr("Test message");
    }
    return {};
}

void StepList::render()
{
    //: Column headers of the step list
    m_tree->setHeaderLabels({ tr("Step"), tr("Time"), tr("Details") });
    m_tree->setAccessibleName(tr("Steps of the test"));
    while (m_tree->topLevelItemCount() > m_rows.size())
        delete m_tree->takeTopLevelItem(m_tree->topLevelItemCount() - 1);
    while (m_tree->topLevelItemCount() < m_rows.size())
        m_tree->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        StatusIcon icon = StatusIcon::Pending;
        QString stateText;
        switch (r.state) {
        case State::Pending:
            icon = StatusIcon::Pending;
            //: State of a step in the step list
            stateText = tr("waiting");
            break;
        case State::Running:
            icon = StatusIcon::Running;
            stateText = tr("in progress");
            break;
        case State::Ok:
            icon = StatusIcon::Ok;
            stateText = tr("done");
            break;
        case State::Failed:
            icon = StatusIcon::Error;
            stateText = tr("failed");
            break;
        case State::Skipped:
            icon = StatusIcon::Skipped;
            stateText = tr("skipped");
            break;
        }
        QString note;
        switch (r.noteKind) {
        case Row::Note::None:
            break;
        case Row::Note::NotReached:
            note = tr("not reached");
            break;
        case Row::Note::NoPassword:
            note = tr("no password");
            break;
        case Row::Note::NotRequested:
            note = tr("not requested");
            break;
        case Row::Note::Cancelled:
            note = tr("cancelled");
            break;
        }
        item->setIcon(0, statusIcon(icon));
        item->setText(0, stepName(r.step));
        //: Duration in milliseconds
        item->setText(1, r.timed ? tr("%1 ms").arg(QLocale().toString(r.ms)) : QString());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        const QString details = note.isEmpty() ? r.detail : note;
        item->setText(2, details);
        item->setToolTip(2, details);
        item->setData(0, Qt::UserRole, int(r.state));
        //: Accessible text of a step; %1 step name, %2 state, %3 time, %4 details
        item->setData(0, Qt::AccessibleTextRole,
            tr("%1: %2 %3 %4").arg(item->text(0), stateText, item->text(1), details).simplified());
    }
}

QSize StepList::sizeHint() const
{
    // Tall enough for every step without scrolling.
    const int rows = std::max<int>(8, int(m_rows.size()));
    const int rowHeight = std::max(m_tree->fontMetrics().height() + 4, 20);
    const int height = m_tree->header()->sizeHint().height() + rows * rowHeight + 2 * m_tree->frameWidth() + 4;
    return { m_tree->fontMetrics().horizontalAdvance(u'x') * 52, height };
}

QSize StepList::minimumSizeHint() const
{
    return sizeHint();
}

void StepList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace SmtpDoctor::Ui
