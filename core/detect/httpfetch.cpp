// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/httpfetch.h"

#include "tls/truststore.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

HttpFetch::HttpFetch(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(FetchResult::Status::Timeout, u"no complete answer within %1 ms"_s.arg(m_options.timeoutMs));
    });
}

HttpFetch::~HttpFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater(); // aborts; see finish() for why not abort()
    }
}

void HttpFetch::start(const QUrl &url, const Options &options)
{
    m_options = options;
    m_result = FetchResult{};
    m_result.requestedUrl = url;
    m_done = false;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_deadline.start(options.timeoutMs);
    request(url);
}

void HttpFetch::cancel()
{
    finish(FetchResult::Status::Cancelled, u"cancelled"_s);
}

void HttpFetch::request(const QUrl &url)
{
    m_result.finalUrl = url;
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::UserAgentHeader, u"SMTP-Doctor/%1"_s.arg(QStringLiteral(SDOC_VERSION)));
    req.setRawHeader("Accept", "application/xml, text/xml;q=0.9");
    req.setTransferTimeout(m_options.timeoutMs);
    if (!m_options.extraCaCertificates.isEmpty() && url.scheme() == u"https"_s) {
        Tls::TrustStore &store = Tls::TrustStore::instance();
        if (!store.isReady()) {
            // The system store is still loading (extra CAs need it merged in): ask once it is
            // there. Meanwhile resolve the name: the request finds the answer in Qt's host
            // cache (or joins this very lookup), so DNS overlaps the loading.
            QHostInfo::lookupHost(url.host(), this, SLOT(onPreResolved(QHostInfo)));
            store.whenReady(this, [this, url] {
                if (!m_done)
                    request(url);
            });
            return;
        }
        req.setSslConfiguration(store.clientConfiguration(m_options.extraCaCertificates));
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
    }
    m_reply = m_manager->get(req);
    m_reply->setReadBufferSize(0);
    connect(m_reply, &QIODevice::readyRead, this, &HttpFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetch::onFinished);
}

void HttpFetch::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    const qint64 room = m_options.maxBytes - m_result.body.size();
    m_result.body += m_reply->read(std::max<qint64>(0, room) + 1);
    if (m_result.body.size() > m_options.maxBytes) {
        finish(FetchResult::Status::TooLarge, u"the document is larger than %1 bytes"_s.arg(m_options.maxBytes));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBytes)
        finish(FetchResult::Status::TooLarge, u"the document is larger than %1 bytes"_s.arg(m_options.maxBytes));
}

void HttpFetch::onFinished()
{
    if (m_done || !m_reply)
        return;
    onReadyRead();
    if (m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (status >= 300 && status < 400) {
        const QUrl target = m_reply->url().resolved(m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (m_result.redirects.size() >= m_options.maxRedirects) {
            finish(FetchResult::Status::TooManyRedirects, u"more than %1 redirects"_s.arg(m_options.maxRedirects));
            return;
        }
        m_result.redirects << target;
        if (m_reply->url().scheme() == u"https"_s && target.scheme() != u"https"_s) {
            finish(FetchResult::Status::InsecureRedirect,
                   u"refused redirect from HTTPS to %1"_s.arg(target.toString(QUrl::RemoveUserInfo)));
            return;
        }
        if (target.scheme() != u"https"_s && target.scheme() != u"http"_s) {
            finish(FetchResult::Status::InsecureRedirect, u"refused redirect to %1"_s.arg(target.scheme()));
            return;
        }
        m_result.body.clear();
        request(target);
        return;
    }
    if (status == 404 || status == 410) {
        finish(FetchResult::Status::NotFound, u"HTTP %1"_s.arg(status));
        return;
    }
    if (error != QNetworkReply::NoError && status == 0) {
        const bool noHost = error == QNetworkReply::HostNotFoundError;
        finish(noHost ? FetchResult::Status::NotFound : FetchResult::Status::NetworkError, m_reply->errorString());
        return;
    }
    if (status != 200) {
        finish(FetchResult::Status::HttpError, u"HTTP %1"_s.arg(status));
        return;
    }
    // A 200 whose transfer then failed (reset, truncated body, Qt's own decompression-bomb
    // check) is not a document: never parse what arrived before the failure.
    if (error != QNetworkReply::NoError) {
        finish(FetchResult::Status::NetworkError, m_reply->errorString());
        return;
    }
    finish(FetchResult::Status::Ok, {});
}

void HttpFetch::finish(FetchResult::Status status, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        // No abort(): Qt 6.4 warns "QNetworkReplyImplPrivate::error: Internal problem, this
        // method must only be called once" when an error the HTTP thread had already posted
        // (e.g. host not found) arrives after abort(). Deleting the reply aborts a transfer
        // still running without calling error(), and drops that posted event.
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_result.status = status;
    m_result.detail = detail;
    if (status != FetchResult::Status::Ok)
        m_result.body.clear();
    m_result.ms = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    const FetchResult copy = m_result;
    QTimer::singleShot(0, this, [this, copy] { Q_EMIT finished(copy); });
}

} // namespace SmtpDoctor::Detect
