// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostInfo>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace SmtpDoctor::Detect {

// Result of fetching one autoconfig document.
struct FetchResult
{
    enum class Status {
        Ok,               // 200 with a body within the size cap
        NotFound,         // 404/410, or the host does not exist
        HttpError,        // any other HTTP status
        NetworkError,     // connection or TLS failure
        Timeout,          // no complete answer within the deadline
        TooLarge,         // the body exceeded the size cap
        InsecureRedirect, // a redirect from HTTPS to plain HTTP (refused)
        TooManyRedirects,
        Cancelled,
    };
    Status status = Status::NetworkError;
    int httpStatus = 0;
    QByteArray body;
    QUrl requestedUrl;
    QUrl finalUrl;                 // after redirects
    QList<QUrl> redirects;         // every hop, in order
    QString detail;                // technical detail (English)
    qint64 ms = 0;
};

// Fetches one URL with a transfer deadline, a size cap and a redirect policy of
// our own: at most maxRedirects hops, never from HTTPS to HTTP. The caller judges
// cross-domain redirects from FetchResult::redirects.
class HttpFetch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFetch)
public:
    struct Options
    {
        int timeoutMs = 8000;
        qint64 maxBytes = 512 * 1024;
        int maxRedirects = 3;
        QList<QSslCertificate> extraCaCertificates;
    };

    explicit HttpFetch(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~HttpFetch() override;

    void start(const QUrl &url, const Options &options);
    void cancel();

Q_SIGNALS:
    void finished(const SmtpDoctor::Detect::FetchResult &result);

private Q_SLOTS:
    // Nothing to do: the lookup only fills Qt's host cache, which the request then uses.
    void onPreResolved(const QHostInfo &) { }

private:
    void request(const QUrl &url);
    void onReadyRead();
    void onFinished();
    void finish(FetchResult::Status status, const QString &detail);

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    Options m_options;
    FetchResult m_result;
    QTimer m_deadline;
    qint64 m_startMs = 0;
    bool m_done = false;
};

} // namespace SmtpDoctor::Detect
