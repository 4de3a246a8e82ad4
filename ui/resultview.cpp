// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultview.h"

#include "certificatetab.h"
#include "icons.h"
#include "messagelabel.h"
#include "servertab.h"
#include "timingstab.h"
#include "transcripttab.h"

#include "smtp/transcript.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
QLabel *textLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // diagnosis texts quote the server: never rich text
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"resultView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *verdict = new QFrame(this);
    verdict->setObjectName(u"verdictFrame"_s);
    verdict->setFrameShape(QFrame::StyledPanel);
    verdict->setAutoFillBackground(true);
    verdict->setBackgroundRole(QPalette::Base);
    auto *verdictLayout = new QHBoxLayout(verdict);
    m_icon = new QLabel(verdict);
    m_icon->setObjectName(u"verdictIconLabel"_s);
    m_icon->setAlignment(Qt::AlignTop);
    verdictLayout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QGridLayout;
    m_texts = texts;
    texts->setColumnStretch(1, 1);
    m_title = textLabel(u"verdictLabel"_s, verdict);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    texts->addWidget(m_title, 0, 0, 1, 2);
    QFont bold = font();
    bold.setBold(true);
    m_causeHeading = new QLabel(verdict);
    m_causeHeading->setFont(bold);
    m_cause = textLabel(u"causeLabel"_s, verdict);
    texts->addWidget(m_causeHeading, 1, 0, Qt::AlignTop);
    texts->addWidget(m_cause, 1, 1);
    m_adviceHeading = new QLabel(verdict);
    m_adviceHeading->setFont(bold);
    m_advice = textLabel(u"adviceLabel"_s, verdict);
    texts->addWidget(m_adviceHeading, 2, 0, Qt::AlignTop);
    texts->addWidget(m_advice, 2, 1);
    m_replyHeading = new QLabel(verdict);
    m_replyHeading->setFont(bold);
    m_reply = textLabel(u"serverReplyLabel"_s, verdict);
    m_reply->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    texts->addWidget(m_replyHeading, 3, 0, Qt::AlignTop);
    texts->addWidget(m_reply, 3, 1);
    m_extras = new QWidget(verdict);
    m_extrasLayout = new QVBoxLayout(m_extras);
    m_extrasLayout->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_extras, 4, 0, 1, 2);
    verdictLayout->addLayout(texts, 1);
    layout->addWidget(verdict);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"resultTabWidget"_s);
    m_certificate = new CertificateTab(m_tabs);
    m_server = new ServerTab(m_tabs);
    m_transcript = new TranscriptTab(m_tabs);
    m_timings = new TimingsTab(m_tabs);
    m_tabs->addTab(m_certificate, QString());
    m_tabs->addTab(m_server, QString());
    m_tabs->addTab(m_transcript, QString());
    m_tabs->addTab(m_timings, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_certificate, &CertificateTab::certificateTrusted, this, &ResultView::certificateTrusted);
    retranslate();
}

void ResultView::clear()
{
    m_state = State::Empty;
    m_result.reset();
    m_certificate->clear();
    m_server->clear();
    m_transcript->clear();
    m_timings->clear();
    renderVerdict();
}

void ResultView::showRunning(const QString &host, quint16 port)
{
    clear();
    m_state = State::Running;
    m_runningHost = host;
    m_runningPort = port;
    renderVerdict();
}

void ResultView::showCancelling()
{
    if (m_state != State::Running)
        return;
    m_state = State::Cancelling;
    renderVerdict();
}

void ResultView::showResult(const CheckResult &result)
{
    m_state = State::Done;
    m_result = result;
    m_certificate->setResult(result);
    m_server->setResult(result);
    m_transcript->setEntries(result.transcript);
    m_timings->setResult(result);
    renderVerdict();
    // Open the tab that matters for this outcome.
    if (result.code == ResultCode::CertificateUntrusted || result.code == ResultCode::CertificateExpired
        || result.code == ResultCode::CertificateHostnameMismatch)
        m_tabs->setCurrentWidget(m_certificate);
}

void ResultView::setVerdictIcon(StatusIcon icon)
{
    const int size = qRound(m_title->fontMetrics().height() * 1.6);
    m_icon->setFixedSize(size, size);
    m_icon->setPixmap(statusIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
}

void ResultView::renderVerdict()
{
    while (QLayoutItem *item = m_extrasLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QString title;
    QString cause;
    QString advice;
    QString reply;
    StatusIcon icon = StatusIcon::Pending;
    switch (m_state) {
    case State::Empty:
        title = tr("Not tested yet.");
        cause = tr("Fill in the settings and choose \"Test settings\". The answer appears here.");
        break;
    case State::Running:
        icon = StatusIcon::Running;
        //: %1 is a server name, %2 a port number
        title = tr("Testing %1 port %2…").arg(m_runningHost).arg(m_runningPort);
        cause = tr("The steps on the left fill in as the test goes on. You can cancel at any time.");
        break;
    case State::Cancelling:
        icon = StatusIcon::Running;
        title = tr("Cancelling…");
        break;
    case State::Done: {
        m_diagnosis = Diagnosis::diagnose(*m_result);
        switch (m_diagnosis.severity) {
        case Diagnosis::Severity::Ok:
            icon = StatusIcon::Ok;
            break;
        case Diagnosis::Severity::Warning:
            icon = StatusIcon::Warning;
            break;
        case Diagnosis::Severity::Error:
            icon = m_result->code == ResultCode::Cancelled ? StatusIcon::Skipped : StatusIcon::Error;
            break;
        }
        title = m_diagnosis.title;
        cause = m_diagnosis.cause;
        advice = m_diagnosis.advice;
        reply = Transcript::printable(m_diagnosis.serverReply);
        for (const QString &hint : m_diagnosis.hints) {
            auto *label = new MessageLabel(StatusIcon::Info, hint, m_extras);
            label->setObjectName(u"hintLabel"_s);
            m_extrasLayout->addWidget(label);
        }
        if (!m_diagnosis.details.isEmpty()) {
            auto *details = textLabel(u"detailsLabel"_s, m_extras);
            QStringList lines;
            for (const QString &d : m_diagnosis.details)
                lines << u"• "_s + Transcript::printable(d);
            details->setText(lines.join(u'\n'));
            details->setForegroundRole(QPalette::PlaceholderText);
            m_extrasLayout->addWidget(details);
        }
        break;
    }
    }
    setVerdictIcon(icon);
    m_title->setText(title);
    m_cause->setText(cause);
    m_advice->setText(advice);
    m_reply->setText(reply);
    // Before a result, and when everything works, the "cause" line is just an explanation.
    const bool ok = m_state == State::Done && m_diagnosis.severity == Diagnosis::Severity::Ok;
    const bool causeHeading = m_state == State::Done && !ok && !cause.isEmpty();
    m_causeHeading->setVisible(causeHeading);
    // Without its heading the explanation uses the full width under the title.
    m_texts->removeWidget(m_cause);
    if (causeHeading)
        m_texts->addWidget(m_cause, 1, 1);
    else
        m_texts->addWidget(m_cause, 1, 0, 1, 2);
    //: Heading before the advice
    m_adviceHeading->setText(ok ? tr("Next step:") : tr("What to do:"));
    m_cause->setVisible(!cause.isEmpty());
    m_adviceHeading->setVisible(!advice.isEmpty());
    m_advice->setVisible(!advice.isEmpty());
    m_replyHeading->setVisible(!reply.isEmpty());
    m_reply->setVisible(!reply.isEmpty());
    m_extras->setVisible(m_extrasLayout->count() > 0);
    //: Accessible summary of the answer; %1 verdict, %2 cause, %3 advice
    setAccessibleDescription(tr("%1 %2 %3").arg(title, cause, advice).simplified());
}

void ResultView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultView::retranslate()
{
    //: Heading before the likely cause of a problem
    m_causeHeading->setText(tr("Why:"));
    //: Heading before the server's literal reply
    m_replyHeading->setText(tr("The server said:"));
    //: Tab with the server's certificate
    m_tabs->setTabText(0, tr("Certificate"));
    //: Tab with facts about the server
    m_tabs->setTabText(1, tr("Server"));
    //: Tab with the protocol transcript
    m_tabs->setTabText(2, tr("Transcript"));
    //: Tab with the timing chart
    m_tabs->setTabText(3, tr("Timings"));
    m_tabs->setAccessibleName(tr("Details of the test"));
    setAccessibleName(tr("Answer"));
    renderVerdict();
}

} // namespace SmtpDoctor::Ui
