// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icons.h"

#include "diagnosis/diagnosis.h"
#include "smtp/checkresult.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace SmtpDoctor::Ui {

class CertificateTab;
class MessageLabel;
class ServerTab;
class TimingsTab;
class TranscriptTab;

// Step 4: the answer. The diagnosis' one-sentence verdict, the likely cause and what to
// do, the server's own words, then the tabs Certificate, Server, Transcript, Timings.
// The diagnosis is made again on a language change, so it follows the language.
class ResultView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultView)
public:
    explicit ResultView(QWidget *parent = nullptr);

    void clear();
    // A check has started (host, port for the "testing ..." line).
    void showRunning(const QString &host, quint16 port);
    void showCancelling();
    void showResult(const SmtpDoctor::CheckResult &result);

    [[nodiscard]] bool hasResult() const { return m_result.has_value(); }
    [[nodiscard]] const std::optional<CheckResult> &result() const { return m_result; }
    // The current diagnosis (valid with a result).
    [[nodiscard]] const Diagnosis::Diagnosis &diagnosis() const { return m_diagnosis; }
    [[nodiscard]] QString diagnosisId() const { return m_result ? m_diagnosis.id : QString(); }

    [[nodiscard]] CertificateTab *certificateTab() const { return m_certificate; }
    [[nodiscard]] TranscriptTab *transcriptTab() const { return m_transcript; }
    [[nodiscard]] TimingsTab *timingsTab() const { return m_timings; }
    [[nodiscard]] QTabWidget *tabWidget() const { return m_tabs; }

Q_SIGNALS:
    void certificateTrusted(const QString &host, const QByteArray &sha256);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void renderVerdict();
    void setVerdictIcon(StatusIcon icon);

    QGridLayout *m_texts = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_causeHeading = nullptr;
    QLabel *m_cause = nullptr;
    QLabel *m_adviceHeading = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_replyHeading = nullptr;
    QLabel *m_reply = nullptr;
    QWidget *m_extras = nullptr;
    QVBoxLayout *m_extrasLayout = nullptr;
    QTabWidget *m_tabs = nullptr;
    CertificateTab *m_certificate = nullptr;
    ServerTab *m_server = nullptr;
    TranscriptTab *m_transcript = nullptr;
    TimingsTab *m_timings = nullptr;

    enum class State { Empty, Running, Cancelling, Done } m_state = State::Empty;
    QString m_runningHost;
    quint16 m_runningPort = 0;
    std::optional<CheckResult> m_result;
    Diagnosis::Diagnosis m_diagnosis;
};

} // namespace SmtpDoctor::Ui
