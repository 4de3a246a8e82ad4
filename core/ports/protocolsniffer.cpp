// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/protocolsniffer.h"

#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ports {

namespace {
// After the first bytes, wait this long for the rest of the answer's first line.
constexpr int kSettleMs = 150;
} // namespace

ProtocolSniffer::ProtocolSniffer(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_settle.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ProtocolSniffer::finish);
    connect(&m_settle, &QTimer::timeout, this, &ProtocolSniffer::finish);
}

ProtocolSniffer::~ProtocolSniffer()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket.data();
    }
}

QByteArray ProtocolSniffer::nudge()
{
    // A complete, minimal HTTP/1.0 request: web servers answer it at once. Any other
    // server sees one unknown command and answers with an error or not at all.
    return "HEAD / HTTP/1.0\r\n\r\n"_ba;
}

void ProtocolSniffer::start(const QHostAddress &address, quint16 port, const QString &host, bool tls, int timeoutMs)
{
    if (m_running)
        return;
    m_running = true;
    m_bytes.clear();
    auto *s = new QSslSocket(this);
    m_socket = s;
    if (tls) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(QSsl::TlsV1_2OrLater);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // only asks "what speaks here?"; nothing secret is sent
        s->setSslConfiguration(config);
        s->setPeerVerifyName(host);
        connect(s, &QSslSocket::encrypted, this, &ProtocolSniffer::onReady);
        connect(s, &QAbstractSocket::connected, s, [s] { s->startClientEncryption(); });
    } else {
        connect(s, &QAbstractSocket::connected, this, &ProtocolSniffer::onReady);
    }
    connect(s, &QIODevice::readyRead, this, &ProtocolSniffer::onReadyRead);
    connect(s, &QAbstractSocket::errorOccurred, this, [this] {
        // Closed after the answer (the usual HTTP/1.0 way), or refused: either way, done.
        QTimer::singleShot(0, this, &ProtocolSniffer::finish);
    });
    m_deadline.start(std::max(timeoutMs, 1));
    s->connectToHost(address, port);
}

void ProtocolSniffer::cancel()
{
    if (m_running)
        finish();
}

void ProtocolSniffer::onReady()
{
    if (!m_running || !m_socket)
        return;
    m_socket->write(nudge());
}

void ProtocolSniffer::onReadyRead()
{
    if (!m_running || !m_socket)
        return;
    const QByteArray chunk = m_socket->read(kMaxBytes);
    m_bytes += chunk.left(kMaxBytes - m_bytes.size());
    m_socket->readAll(); // beyond the limit: not needed
    if (m_bytes.size() >= kMaxBytes)
        finish();
    else if (!m_settle.isActive())
        m_settle.start(kSettleMs);
}

void ProtocolSniffer::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_settle.stop();
    if (m_socket) {
        QSslSocket *s = m_socket;
        s->disconnect(this);
        s->abort();
        s->deleteLater();
        m_socket = nullptr;
    }
    const QByteArray bytes = m_bytes;
    QTimer::singleShot(0, this, [this, bytes] { Q_EMIT finished(bytes); });
}

} // namespace SmtpDoctor::Ports
