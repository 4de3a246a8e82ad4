// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/truststore.h"

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
    QThread *worker = QThread::create([this] {
        const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
        QMetaObject::invokeMethod(this, [this, certificates] { loaded(certificates); }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start(QThread::LowPriority);
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

void TrustStore::loaded(const QList<QSslCertificate> &certificates)
{
    m_system = certificates;
    m_ready = true;
    m_loading = false;
    Q_EMIT ready();
}

} // namespace SmtpDoctor::Tls
