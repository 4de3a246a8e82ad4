// SPDX-License-Identifier: GPL-3.0-or-later
//
// Hostile web servers for the autoconfig fetcher: a loopback QTcpServer that answers every
// request with scripted bytes (and then drips, stalls or closes). The real nginx of the
// harness serves the well-behaved and the big/gzip/redirect cases (tests/integration); these
// are the faults nginx cannot be made to commit: a 200 whose body is cut short, a body that
// never ends, headers that never end, a drip that beats every idle timeout. In every case the
// fetch ends on time with a failure, and nothing that arrived becomes a document.

#include "detect/autoconfigparser.h"
#include "detect/emailaddress.h"
#include "detect/httpfetch.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Detect;

namespace {

const QByteArray kDocument = "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"x.test\">"
                             "<domain>x.test</domain><outgoingServer type=\"smtp\"><hostname>smtp.x.test</hostname>"
                             "<port>465</port><socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>";

// What the server does after reading the request.
struct Script
{
    QByteArray head;          // sent at once
    QByteArray drip;          // then sent one byte per dripMs (repeated while the client listens)
    int dripMs = 0;
    bool closeAfterHead = false;
};

class HostileWeb : public QObject
{
public:
    explicit HostileWeb(Script script)
        : m_script(std::move(script))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->readAll();
                    if (s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    s->write(m_script.head);
                    if (m_script.closeAfterHead) {
                        s->disconnectFromHost();
                        return;
                    }
                    if (m_script.dripMs > 0 && !m_script.drip.isEmpty()) {
                        auto *timer = new QTimer(s);
                        QObject::connect(timer, &QTimer::timeout, s, [this, s, i = qsizetype(0)]() mutable {
                            s->write(m_script.drip.mid(i % m_script.drip.size(), 1));
                            ++i;
                        });
                        timer->start(m_script.dripMs);
                    }
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/mail/config-v1.1.xml"_s.arg(m_server.serverPort())); }
    int connections = 0;

private:
    Script m_script;
    QTcpServer m_server;
};

struct Outcome
{
    bool finished = false;
    FetchResult result;
    qint64 ms = 0;
};

Outcome fetch(const QUrl &url, HttpFetch::Options options)
{
    QNetworkAccessManager manager;
    HttpFetch f(&manager);
    QSignalSpy spy(&f, &HttpFetch::finished);
    QElapsedTimer clock;
    clock.start();
    f.start(url, options);
    Outcome o;
    o.finished = spy.wait(options.timeoutMs + 3000);
    o.ms = clock.elapsed();
    if (o.finished)
        o.result = spy.first().first().value<FetchResult>();
    return o;
}

QString describe(const Outcome &o)
{
    return u"finished=%1 status=%2 http=%3 body=%4 bytes detail=\"%5\" after %6 ms"_s.arg(o.finished)
        .arg(int(o.result.status))
        .arg(o.result.httpStatus)
        .arg(o.result.body.size())
        .arg(o.result.detail)
        .arg(o.ms);
}

} // namespace

class HostileHttpTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FetchResult>(); }

    // Control: the same server with a complete answer gives the document (so the failures
    // below come from the faults, not from the scaffolding).
    void completeAnswerIsAccepted()
    {
        HostileWeb web({"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: "
                            + QByteArray::number(kDocument.size()) + "\r\nConnection: close\r\n\r\n" + kDocument,
                        {}, 0, true});
        const Outcome o = fetch(web.url(), {});
        QVERIFY2(o.finished && o.result.status == FetchResult::Status::Ok && o.result.body == kDocument,
                 qPrintable(describe(o)));
    }

    // 200, Content-Length says 2000, the connection closes after the document's first half:
    // a truncated transfer, never parsed (before the fix the half document was returned as Ok).
    void truncatedBodyIsNotADocument()
    {
        HostileWeb web({"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 2000\r\n\r\n"
                            + kDocument.left(kDocument.size() / 2),
                        {}, 0, true});
        const Outcome o = fetch(web.url(), {});
        QVERIFY2(o.finished, qPrintable(describe(o)));
        QVERIFY2(o.result.status == FetchResult::Status::NetworkError, qPrintable(describe(o)));
        QVERIFY2(o.result.body.isEmpty(), qPrintable(describe(o)));
        QVERIFY2(o.ms < 2000, qPrintable(describe(o)));
    }

    // Chunked body cut in the middle of a chunk. Qt 6.4 does not always notice: when the
    // data and the close arrive together it may end the reply without an error (seen in CI,
    // about one run in ten), so the fetcher cannot always refuse it. What must hold: nothing
    // but the bytes sent is returned, and such a prefix never becomes a configuration (the
    // XML parser refuses a document whose root element is not closed).
    void truncatedChunkIsNotADocument()
    {
        HostileWeb web({"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + QByteArray::number(kDocument.size(), 16) + "\r\n" + kDocument.left(40),
                        {}, 0, true});
        const Outcome o = fetch(web.url(), {});
        QVERIFY2(o.finished, qPrintable(describe(o)));
        if (o.result.status == FetchResult::Status::Ok) {
            QVERIFY2(kDocument.startsWith(o.result.body) && o.result.body.size() < kDocument.size(),
                     qPrintable(describe(o)));
            const auto address = EmailAddress::parse(u"someone@x.test"_s);
            QVERIFY(address);
            QVERIFY2(!parseAutoconfig(o.result.body, *address).config, qPrintable(describe(o)));
        } else {
            QVERIFY2(o.result.body.isEmpty(), qPrintable(describe(o)));
        }
    }

    // A body that never ends, one byte every 20 ms: the transfer deadline (not an idle
    // timeout, which every byte would reset) ends it.
    void slowDripBodyHitsTheDeadline()
    {
        HostileWeb web({"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n<clientConfig>", "<x/>", 20, false});
        HttpFetch::Options options;
        options.timeoutMs = 1500;
        const Outcome o = fetch(web.url(), options);
        QVERIFY2(o.finished && o.result.status == FetchResult::Status::Timeout, qPrintable(describe(o)));
        QVERIFY2(o.ms >= 1400 && o.ms < 1500 + 1000, qPrintable(describe(o)));
        QVERIFY2(o.result.body.isEmpty(), qPrintable(describe(o)));
    }

    // Header lines that never end (one header byte every 20 ms).
    void endlessHeadersHitTheDeadline()
    {
        HostileWeb web({"HTTP/1.1 200 OK\r\nX-Endless: ", "a", 20, false});
        HttpFetch::Options options;
        options.timeoutMs = 1500;
        const Outcome o = fetch(web.url(), options);
        QVERIFY2(o.finished && o.result.status == FetchResult::Status::Timeout, qPrintable(describe(o)));
        QVERIFY2(o.ms < 1500 + 1000, qPrintable(describe(o)));
    }

    // No Content-Length, a body far over the cap sent as fast as possible: stopped at the cap.
    void endlessFastBodyIsCapped()
    {
        HostileWeb web({"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n" + QByteArray(2 * 1024 * 1024, 'a'), {}, 0,
                        false});
        HttpFetch::Options options;
        options.maxBytes = 64 * 1024;
        const Outcome o = fetch(web.url(), options);
        QVERIFY2(o.finished && o.result.status == FetchResult::Status::TooLarge, qPrintable(describe(o)));
        QVERIFY2(o.result.body.isEmpty(), qPrintable(describe(o)));
    }

    // Not HTTP at all (an SMTP greeting on the web port).
    void notHttpIsAFailure()
    {
        HostileWeb web({"220 mail.example ESMTP\r\n", {}, 0, true});
        const Outcome o = fetch(web.url(), {});
        QVERIFY2(o.finished && o.result.status != FetchResult::Status::Ok && o.result.body.isEmpty(),
                 qPrintable(describe(o)));
    }

    // Cancelled while the server drips: ends at once, reported as cancelled.
    void cancelWhileDripping()
    {
        HostileWeb web({"HTTP/1.1 200 OK\r\n\r\n", "a", 20, false});
        QNetworkAccessManager manager;
        HttpFetch f(&manager);
        QSignalSpy spy(&f, &HttpFetch::finished);
        f.start(web.url(), {});
        QTest::qWait(200);
        f.cancel();
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.first().first().value<FetchResult>().status, FetchResult::Status::Cancelled);
    }
};

QTEST_GUILESS_MAIN(HostileHttpTest)
#include "tst_hostile_http.moc"
