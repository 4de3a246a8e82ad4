// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/portresult.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <memory>

namespace SmtpDoctor::Ports {

class PortDoctorPrivate;

struct PortDoctorOptions
{
    QList<quint16> ports = defaultPorts();
    int probeTimeoutMs = 10000; // each probe's deadline; follow-up probes share a second such budget
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system store
    QString ehloName; // empty = our address literal
    QHostAddress connectAddress; // if set: connect here instead of resolving the host
};

// The credential-free "port doctor": probes the submission ports of one host at the
// same time (SmtpCheck without credentials, with follow-up probes where the first
// one leaves a question open), then reports what each port speaks, what is wrong
// and the best secure setting. Runs on the event loop, never blocks, every wait has
// a deadline, cancel() works at any time. finished() is emitted exactly once per
// start(), always asynchronously.
class PortDoctor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortDoctor)
public:
    explicit PortDoctor(QObject *parent = nullptr);
    ~PortDoctor() override;

    void start(const QString &host, const PortDoctorOptions &options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // Valid after finished().
    [[nodiscard]] const PortReport &report() const;

Q_SIGNALS:
    // One port is done (for progress displays); in the order ports finish.
    void portFinished(const SmtpDoctor::Ports::PortResult &result);
    void finished(const SmtpDoctor::Ports::PortReport &report);

private:
    std::unique_ptr<PortDoctorPrivate> d;
    friend class PortDoctorPrivate;
};

} // namespace SmtpDoctor::Ports
