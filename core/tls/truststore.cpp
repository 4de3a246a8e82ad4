// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/truststore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QSslSocket>
#include <QThread>

namespace SmtpDoctor::Tls {

TrustStore &TrustStore::instance()
{
    static TrustStore *store = new TrustStore; // lives as long as the process
    return *store;
}

TrustStore::TrustStore() = default;
TrustStore::~TrustStore() = default;

void TrustStore::prefetch()
{
    if (m_loading || m_ready)
        return;
    m_loading = true;
    m_worker = QThread::create([this] {
        const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
        QMetaObject::invokeMethod(this, [this, certificates] { loaded(certificates); }, Qt::QueuedConnection);
    });
    // A process that exits while the store is still loading must wait for the worker:
    // OpenSSL's clean-up at exit would race it.
    static bool registered = false;
    if (!registered) {
        qAddPostRoutine(&TrustStore::waitForWorker);
        registered = true;
    }
    m_worker->start(QThread::LowPriority);
}

bool TrustStore::isReady() const
{
    return m_ready;
}

void TrustStore::whenReady(QObject *context, std::function<void()> callback)
{
    if (m_ready) {
        callback();
        return;
    }
    prefetch();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &TrustStore::ready, context, [connection, callback] {
        QObject::disconnect(*connection);
        callback();
    });
}

QList<QSslCertificate> TrustStore::systemCertificates() const
{
    return m_system;
}

QSslConfiguration TrustStore::clientConfiguration(const QList<QSslCertificate> &extraCaCertificates) const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCaCertificates.isEmpty()) {
        // Adding certificates turns off Qt's on-demand loading of the system store,
        // so the system store is merged in: extra CAs add to it, never replace it.
        config.setCaCertificates(m_system + extraCaCertificates);
    }
    return config;
}

void TrustStore::waitForWorker()
{
    TrustStore &store = instance();
    if (store.m_worker) {
        store.m_worker->wait();
        delete store.m_worker;
        store.m_worker = nullptr;
    }
}

void TrustStore::loaded(const QList<QSslCertificate> &certificates)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_system = certificates;
    m_ready = true;
    m_loading = false;
    Q_EMIT ready();
}

} // namespace SmtpDoctor::Tls
