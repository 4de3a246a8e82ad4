// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>

#include <functional>

namespace SmtpDoctor::Tls {

// The system's CA certificates as a list, loaded once per process on a worker thread.
// Needed only when the user adds CA certificates of their own: Qt then stops loading
// system roots on demand, so the system store has to be merged in explicitly, and
// parsing it takes a few hundred milliseconds. Loading starts early (prefetch) so the
// time hides behind DNS, TCP and the SMTP greeting.
class TrustStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrustStore)
public:
    // The process-wide instance; lives in the thread that first asks for it (the main thread).
    static TrustStore &instance();

    // Starts loading the system certificates in the background if not done yet.
    void prefetch();
    [[nodiscard]] bool isReady() const;
    // Calls callback (in context's thread) once the system certificates are loaded;
    // at once (synchronously) if they already are.
    void whenReady(QObject *context, std::function<void()> callback);
    // The loaded system certificates; empty until isReady().
    [[nodiscard]] QList<QSslCertificate> systemCertificates() const;

    // A client configuration: TLS 1.2 or later, peer verification on, and the system
    // store plus extra CAs when extras are given (requires isReady() in that case).
    [[nodiscard]] QSslConfiguration clientConfiguration(const QList<QSslCertificate> &extraCaCertificates) const;

Q_SIGNALS:
    void ready();

private:
    TrustStore();
    ~TrustStore() override;
    void loaded(const QList<QSslCertificate> &certificates);

    static void waitForWorker();

    QThread *m_worker = nullptr;
    bool m_loading = false;
    bool m_ready = false;
    QList<QSslCertificate> m_system;
};

} // namespace SmtpDoctor::Tls
