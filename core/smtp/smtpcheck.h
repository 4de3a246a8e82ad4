// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"
#include "smtp/checksettings.h"

#include <QObject>

#include <memory>

namespace SmtpDoctor {

class SmtpCheckPrivate;

// One live check of an SMTP submission server: connect, greeting, EHLO, TLS,
// AUTH, optional mail transaction, QUIT. Runs on the event loop of the thread it
// lives in, never blocks, every wait has a deadline, cancel() works at any time.
// finished() is emitted exactly once per start(), always asynchronously.
class SmtpCheck : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpCheck)
public:
    explicit SmtpCheck(QObject *parent = nullptr);
    ~SmtpCheck() override;

    void setSettings(const CheckSettings &settings);
    [[nodiscard]] const CheckSettings &settings() const;

    void start();
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // Valid after finished().
    [[nodiscard]] const CheckResult &result() const;

Q_SIGNALS:
    void phaseStarted(SmtpDoctor::Phase phase);
    void phaseFinished(const SmtpDoctor::PhaseTiming &timing);
    void transcriptAppended(const SmtpDoctor::TranscriptEntry &entry);
    void finished(const SmtpDoctor::CheckResult &result);

private:
    std::unique_ptr<SmtpCheckPrivate> d;
    friend class SmtpCheckPrivate;
};

} // namespace SmtpDoctor
