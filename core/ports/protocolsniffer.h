// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

namespace SmtpDoctor::Ports {

// Finds out what a port that greets nobody is: connects (optionally with TLS, not
// verified: nothing secret is ever sent), sends one harmless HTTP HEAD request
// line, and keeps the first bytes that come back (at most 512). Services that wait
// for their client (web servers) answer it; SMTP servers answer with an error.
// finished() is emitted exactly once per start(), always asynchronously.
class ProtocolSniffer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolSniffer)
public:
    static constexpr qsizetype kMaxBytes = 512;

    explicit ProtocolSniffer(QObject *parent = nullptr);
    ~ProtocolSniffer() override;

    // address: where to connect; host: for the TLS server name indication.
    void start(const QHostAddress &address, quint16 port, const QString &host, bool tls, int timeoutMs);
    void cancel();

    // The request sent to a silent port.
    [[nodiscard]] static QByteArray nudge();

Q_SIGNALS:
    void finished(const QByteArray &bytes);

private:
    void onReady();
    void onReadyRead();
    void finish();

    QPointer<QSslSocket> m_socket;
    QTimer m_deadline;
    QTimer m_settle;
    QByteArray m_bytes;
    bool m_running = false;
};

} // namespace SmtpDoctor::Ports
