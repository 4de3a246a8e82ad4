// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/resultcode.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <vector>

class QHostInfo;
class QSslSocket;

namespace SmtpDoctor::Net {

// Resolves a host name and connects to it, racing its addresses in the manner of
// RFC 8305 ("Happy Eyeballs v2"): address families interleaved, IPv6 first, a new
// attempt every 250 ms while earlier ones are still pending, the first connection
// that succeeds wins and the others are aborted. Plain TCP only: TLS is up to the
// caller. Every step is under a deadline; cancel() works at any time.
class Connector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connector)
public:
    static constexpr int kAttemptDelayMs = 250;

    explicit Connector(QObject *parent = nullptr);
    ~Connector() override;

    // fixedAddresses: connect to these (raced as if resolved) instead of resolving host.
    void setTarget(const QString &host, quint16 port, const QList<QHostAddress> &fixedAddresses = {});
    void setTimeouts(int resolveMs, int connectMs);
    // Applied to every socket before it connects (TLS trust, peer verify name).
    void setSslConfiguration(const QSslConfiguration &configuration, const QString &peerVerifyName);

    void start();
    void cancel();

    // Orders addresses for the race: families interleaved, IPv6 first (RFC 8305 4).
    [[nodiscard]] static QList<QHostAddress> interleave(const QList<QHostAddress> &addresses);

Q_SIGNALS:
    void resolved(const QList<QHostAddress> &addresses);
    void attemptStarted(const QHostAddress &address);
    void attemptFailed(const QHostAddress &address, const QString &reason);
    // Ownership of the socket passes to the receiver (parent is reset to nullptr).
    void connected(QSslSocket *socket);
    void failed(SmtpDoctor::ResultCode code, const QString &detail);

private Q_SLOTS:
    // A slot connected by name on purpose: Qt 6.4 leaks the functor of the
    // pointer-to-member lookupHost() overload when the lookup is aborted.
    void onLookup(const QHostInfo &info);

private:
    struct Attempt
    {
        QSslSocket *socket = nullptr;
        QHostAddress address;
    };

    void startNextAttempt();
    void onAttemptError(QSslSocket *socket);
    void onAttemptConnected(QSslSocket *socket);
    void onAttemptReset(QSslSocket *socket);
    void finishWithFailure(ResultCode code, const QString &detail);
    void abortAll();
    [[nodiscard]] bool anyPending() const;

    QString m_host;
    quint16 m_port = 0;
    QList<QHostAddress> m_fixedAddresses;
    int m_resolveMs = 10000;
    int m_connectMs = 10000;
    QSslConfiguration m_sslConfiguration;
    QString m_peerVerifyName;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses;
    qsizetype m_next = 0;
    std::vector<Attempt> m_attempts;
    int m_refused = 0;
    int m_unreachable = 0;
    QStringList m_errors;
    QTimer m_resolveTimer;
    QTimer m_connectTimer;
    QTimer m_staggerTimer;
    bool m_done = false;
};

} // namespace SmtpDoctor::Net
