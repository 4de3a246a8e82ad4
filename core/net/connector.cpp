// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/connector.h"

#include <QHostInfo>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Net {

Connector::Connector(QObject *parent)
    : QObject(parent)
{
    for (QTimer *t : {&m_resolveTimer, &m_connectTimer, &m_staggerTimer})
        t->setSingleShot(true);
    connect(&m_resolveTimer, &QTimer::timeout, this, [this] {
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        finishWithFailure(ResultCode::DnsFailure, u"DNS lookup of %1 timed out"_s.arg(m_host));
    });
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        finishWithFailure(ResultCode::ConnectTimeout,
                          u"no answer from %1 port %2 within %3 ms"_s.arg(m_host).arg(m_port).arg(m_connectMs));
    });
    connect(&m_staggerTimer, &QTimer::timeout, this, &Connector::startNextAttempt);
}

Connector::~Connector()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    abortAll();
}

void Connector::setTarget(const QString &host, quint16 port, const QList<QHostAddress> &fixedAddresses)
{
    m_host = host;
    m_port = port;
    m_fixedAddresses.clear();
    for (const QHostAddress &a : fixedAddresses) {
        if (!a.isNull())
            m_fixedAddresses << a;
    }
}

void Connector::setTimeouts(int resolveMs, int connectMs)
{
    m_resolveMs = resolveMs;
    m_connectMs = connectMs;
}

void Connector::setSslConfiguration(const QSslConfiguration &configuration, const QString &peerVerifyName)
{
    m_sslConfiguration = configuration;
    m_peerVerifyName = peerVerifyName;
}

void Connector::start()
{
    m_done = false;
    QList<QHostAddress> known = m_fixedAddresses;
    if (QHostAddress literal; known.isEmpty() && literal.setAddress(m_host))
        known << literal;
    if (!known.isEmpty()) {
        // Nothing to resolve; report asynchronously like a lookup would.
        QTimer::singleShot(0, this, [this, known] {
            QHostInfo info;
            info.setAddresses(known);
            onLookup(info);
        });
        return;
    }
    m_resolveTimer.start(m_resolveMs);
    m_lookupId = QHostInfo::lookupHost(m_host, this, SLOT(onLookup(QHostInfo)));
}

void Connector::cancel()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_done = true;
    m_resolveTimer.stop();
    m_connectTimer.stop();
    m_staggerTimer.stop();
    abortAll();
}

QList<QHostAddress> Connector::interleave(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> v6;
    QList<QHostAddress> v4;
    for (const QHostAddress &a : addresses) {
        QList<QHostAddress> &family = a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4;
        if (!family.contains(a))
            family << a;
    }
    QList<QHostAddress> out;
    for (qsizetype i = 0; i < std::max(v6.size(), v4.size()); ++i) {
        if (i < v6.size())
            out << v6.at(i);
        if (i < v4.size())
            out << v4.at(i);
    }
    return out;
}

void Connector::onLookup(const QHostInfo &info)
{
    m_lookupId = -1;
    m_resolveTimer.stop();
    if (m_done)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        const QString reason = info.error() == QHostInfo::NoError ? u"no address records"_s : info.errorString();
        finishWithFailure(ResultCode::DnsFailure, u"%1: %2"_s.arg(m_host, reason));
        return;
    }
    m_addresses = interleave(info.addresses());
    Q_EMIT resolved(m_addresses);
    if (m_done)
        return;
    m_connectTimer.start(m_connectMs);
    startNextAttempt();
}

void Connector::startNextAttempt()
{
    if (m_done || m_next >= m_addresses.size())
        return;
    const QHostAddress address = m_addresses.at(m_next++);
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(m_sslConfiguration);
    socket->setPeerVerifyName(m_peerVerifyName);
    m_attempts.push_back({socket, address});
    connect(socket, &QAbstractSocket::connected, this, [this, socket] { onAttemptConnected(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { onAttemptError(socket); });
    // Qt may silently start connecting again when a peer resets the connection
    // before the connect was noticed; one attempt is one connect, no more.
    connect(socket, &QAbstractSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::ConnectingState)
            return;
        const int seen = socket->property("sdocConnects").toInt() + 1;
        socket->setProperty("sdocConnects", seen);
        if (seen > 1) {
            socket->disconnect(this);
            QTimer::singleShot(0, this, [this, socket] { onAttemptReset(socket); });
        }
    });
    Q_EMIT attemptStarted(address);
    socket->connectToHost(address, m_port);
    if (m_next < m_addresses.size())
        m_staggerTimer.start(kAttemptDelayMs);
}

void Connector::onAttemptError(QSslSocket *socket)
{
    if (m_done)
        return;
    const auto it = std::find_if(m_attempts.begin(), m_attempts.end(), [socket](const Attempt &a) { return a.socket == socket; });
    if (it == m_attempts.end())
        return;
    const QString where = it->address.toString();
    switch (socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        ++m_refused;
        break;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        ++m_unreachable;
        break;
    default:
        break;
    }
    const QString reason = socket->errorString();
    m_errors << u"%1: %2"_s.arg(where, reason);
    Q_EMIT attemptFailed(it->address, reason);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_attempts.erase(it);
    // A failed attempt lets the next one start at once (RFC 8305 5).
    if (m_next < m_addresses.size()) {
        m_staggerTimer.stop();
        startNextAttempt();
        return;
    }
    if (anyPending())
        return;
    if (m_refused > 0)
        finishWithFailure(ResultCode::ConnectRefused, m_errors.join(u"; "_s));
    else if (m_unreachable > 0)
        finishWithFailure(ResultCode::NetworkUnreachable, m_errors.join(u"; "_s));
    else
        finishWithFailure(ResultCode::ConnectRefused, m_errors.join(u"; "_s));
}

void Connector::onAttemptReset(QSslSocket *socket)
{
    if (m_done)
        return;
    const auto it = std::find_if(m_attempts.begin(), m_attempts.end(), [socket](const Attempt &a) { return a.socket == socket; });
    if (it == m_attempts.end())
        return;
    ++m_refused;
    m_errors << u"%1: the connection was reset"_s.arg(it->address.toString());
    Q_EMIT attemptFailed(it->address, u"the connection was reset"_s);
    socket->abort();
    socket->deleteLater();
    m_attempts.erase(it);
    if (m_next < m_addresses.size()) {
        m_staggerTimer.stop();
        startNextAttempt();
        return;
    }
    if (!anyPending())
        finishWithFailure(ResultCode::ConnectRefused, m_errors.join(u"; "_s));
}

void Connector::onAttemptConnected(QSslSocket *socket)
{
    if (m_done)
        return;
    m_done = true;
    m_connectTimer.stop();
    m_staggerTimer.stop();
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
        if (it->socket == socket) {
            m_attempts.erase(it);
            break;
        }
    }
    abortAll();
    socket->disconnect(this);
    socket->setParent(nullptr);
    Q_EMIT connected(socket);
}

void Connector::finishWithFailure(ResultCode code, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_resolveTimer.stop();
    m_connectTimer.stop();
    m_staggerTimer.stop();
    abortAll();
    Q_EMIT failed(code, detail);
}

void Connector::abortAll()
{
    for (Attempt &a : m_attempts) {
        a.socket->disconnect(this);
        a.socket->abort();
        a.socket->deleteLater();
    }
    m_attempts.clear();
}

bool Connector::anyPending() const
{
    return !m_attempts.empty();
}

} // namespace SmtpDoctor::Net
