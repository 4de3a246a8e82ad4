// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include "smtp/resultcode.h"
#include "smtp/smtpcheck.h"
#include "smtp/transcript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTest>
#include <QScopeGuard>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <functional>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Testing {

namespace {

QByteArray verbOf(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    return (space < 0 ? line : line.first(space)).toByteArray().toUpper();
}

QString layerId(Layer layer)
{
    return layer == Layer::Tls ? u"tls"_s : u"plain"_s;
}

// Shows a line of client bytes readably (control and non-ASCII bytes as \xNN).
QString printableBytes(QByteArrayView bytes, qsizetype limit = 200)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size() && i < limit; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(static_cast<char>(c));
        else
            out += u"\\x%1"_s.arg(c, 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > limit)
        out += u"... (%1 bytes)"_s.arg(bytes.size());
    return out;
}

// Ends a connection with a TCP reset: SO_LINGER with a zero timeout turns close() into RST.
void resetConnection(QAbstractSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        linger lg {};
        lg.l_onoff = 1;
        lg.l_linger = 0;
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
    socket->abort();
}

// QTcpServer hands out plain QTcpSockets; this one lets the HostileServer wrap the
// accepted descriptor in a QSslSocket so that TLS can start at any point.
class AcceptingServer : public QTcpServer
{
public:
    explicit AcceptingServer(std::function<void(qintptr)> onAccept, QObject *parent)
        : QTcpServer(parent)
        , m_onAccept(std::move(onAccept))
    {
    }

protected:
    void incomingConnection(qintptr socketDescriptor) override { m_onAccept(socketDescriptor); }

private:
    std::function<void(qintptr)> m_onAccept;
};

} // namespace

// ---------------------------------------------------------------------------------
// Script building blocks

Response Response::dripped(QByteArray bytes, int chunkBytes, int intervalMs)
{
    Response r(std::move(bytes));
    r.pace.chunkBytes = std::max(1, chunkBytes);
    r.pace.intervalMs = intervalMs;
    return r;
}

Response Response::endless(QByteArray head, QByteArray chunk, int intervalMs)
{
    Response r(std::move(head));
    r.repeat = std::move(chunk);
    r.pace.intervalMs = intervalMs;
    return r;
}

HostileScript::HostileScript()
    : greeting("220 hostile.test ESMTP ready\r\n"_ba)
    , defaultReply("502 5.5.2 Error: command not recognized\r\n"_ba)
{
    replies = {
        { "EHLO"_ba,
            ehloReply("hostile.test",
                { "PIPELINING"_ba, "SIZE 10240000"_ba, "STARTTLS"_ba, "ENHANCEDSTATUSCODES"_ba, "8BITMIME"_ba }) },
        { "HELO"_ba, "250 hostile.test\r\n"_ba },
        { "STARTTLS"_ba, "220 2.0.0 Ready to start TLS\r\n"_ba },
        { "AUTH"_ba, "530 5.7.0 Must issue a STARTTLS command first\r\n"_ba },
        { SaslLine, "235 2.7.0 Authentication successful\r\n"_ba },
        { "MAIL"_ba, "250 2.1.0 Ok\r\n"_ba },
        { "RCPT"_ba, "250 2.1.5 Ok\r\n"_ba },
        { "DATA"_ba, "354 End data with <CR><LF>.<CR><LF>\r\n"_ba },
        { EndOfData, "250 2.0.0 Ok: queued as HOSTILE1\r\n"_ba },
        { "RSET"_ba, "250 2.0.0 Ok\r\n"_ba },
        { "NOOP"_ba, "250 2.0.0 Ok\r\n"_ba },
        { "QUIT"_ba, Response("221 2.0.0 Bye\r\n"_ba, Ending::Close) },
    };
    tlsReplies = {
        { "EHLO"_ba,
            ehloReply("hostile-tls.test",
                { "PIPELINING"_ba, "SIZE 10240000"_ba, "AUTH PLAIN"_ba, "ENHANCEDSTATUSCODES"_ba, "8BITMIME"_ba }) },
        { "STARTTLS"_ba, "554 5.5.1 Error: TLS already active\r\n"_ba },
        { "AUTH"_ba, "235 2.7.0 Authentication successful\r\n"_ba },
    };
}

HostileScript HostileScript::silent()
{
    HostileScript s;
    s.greeting = Response();
    s.replies.clear();
    s.tlsReplies.clear();
    s.defaultReply = Response();
    return s;
}

QByteArray HostileScript::ehloReply(QByteArrayView domain, const QByteArrayList &keywords)
{
    QByteArrayList lines { domain.toByteArray() };
    lines += keywords;
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += (i + 1 < lines.size() ? "250-"_ba : "250 "_ba) + lines.at(i) + "\r\n"_ba;
    return out;
}

// ---------------------------------------------------------------------------------
// What the server saw

QByteArrayList ConnectionLog::commandLines(std::optional<Layer> layer) const
{
    QByteArrayList out;
    for (const ReceivedLine &l : lines) {
        if (!layer || l.layer == *layer)
            out += l.line;
    }
    return out;
}

QByteArrayList ConnectionLog::verbs(std::optional<Layer> layer) const
{
    QByteArrayList out;
    for (const QByteArray &line : commandLines(layer))
        out += verbOf(line);
    return out;
}

bool ConnectionLog::sentVerb(QByteArrayView verb, std::optional<Layer> layer) const
{
    const QByteArray wanted = verb.toByteArray().toUpper();
    return verbs(layer).contains(wanted);
}

QByteArrayList ConnectionLog::verbsAfter(QByteArrayView verb) const
{
    const QByteArrayList all = verbs();
    if (verb.isEmpty())
        return all;
    const qsizetype at = all.indexOf(verb.toByteArray().toUpper());
    return at < 0 ? QByteArrayList {} : all.mid(at + 1);
}

QByteArrayList ConnectionLog::verbsAfterReplyTo(QByteArrayView verb) const
{
    if (verb.isEmpty())
        return verbs();
    const QByteArray wanted = verb.toByteArray().toUpper();
    const auto at = std::find_if(
        lines.cbegin(), lines.cend(), [&wanted](const ReceivedLine &l) { return verbOf(l.line) == wanted; });
    QByteArrayList out;
    if (at == lines.cend())
        return out;
    for (auto it = at + 1; it != lines.cend(); ++it) {
        if (it->read > at->read)
            out += verbOf(it->line);
    }
    return out;
}

QString ConnectionLog::describe() const
{
    QString out
        = u"  received %1 bytes (plain %2, tls %3), sent %4 bytes, tls started=%5 established=%6"_s.arg(bytesReceived)
              .arg(plain.size())
              .arg(tls.size())
              .arg(bytesSent)
              .arg(tlsStarted)
              .arg(tlsEstablished);
    if (!tlsError.isEmpty())
        out += u", tls error: "_s + tlsError;
    if (!socketError.isEmpty())
        out += u", socket error: "_s + socketError;
    out += closedByPeer ? u", closed by client"_s : (open ? u", still open"_s : u", closed by server"_s);
    if (overlongLine)
        out += u", OVERLONG LINE"_s;
    if (!pipelinedAfterStartTls.isEmpty())
        out += u", PIPELINED AFTER STARTTLS: "_s + printableBytes(pipelinedAfterStartTls);
    out += QLatin1Char('\n');
    for (const ReceivedLine &l : lines)
        out += u"    C[%1 #%2]: %3\n"_s.arg(layerId(l.layer)).arg(l.read).arg(printableBytes(l.line));
    if (lines.isEmpty() && !plain.isEmpty())
        out += u"    raw plain: "_s + printableBytes(plain, 64) + QLatin1Char('\n');
    return out;
}

// ---------------------------------------------------------------------------------
// One connection playing its script

class HostileSession : public QObject
{
public:
    HostileSession(HostileServer *server, int index, QSslSocket *socket, HostileScript script);
    ~HostileSession() override;
    Q_DISABLE_COPY_MOVE(HostileSession)

    void begin();

private:
    struct Job
    {
        QByteArray bytes;
        qsizetype written = 0;
        Pace pace;
        QByteArray repeat;
        Ending ending = Ending::Stay;
        bool delayServed = false;
        std::function<void()> after; // with Ending::Stay, once the bytes are written
    };

    ConnectionLog &log() { return m_server->logFor(m_index); }
    [[nodiscard]] Layer layer() const { return m_tlsStarted ? Layer::Tls : Layer::Plain; }

    void onReadyRead();
    void record(const QByteArray &data);
    void processInput();
    void handleLine(const QByteArray &line);
    void handleStartTls(const Response &reply);
    [[nodiscard]] Response responseFor(const QByteArray &key) const;
    void queue(const Response &response, std::function<void()> after = {});
    void pump();
    void schedule(int ms);
    void write(QByteArrayView bytes);
    void end(Ending ending);
    void startTls();
    void markClosed(bool byPeer);

    HostileServer *m_server;
    int m_index;
    QSslSocket *m_socket;
    HostileScript m_script;
    std::deque<Job> m_jobs;
    QTimer m_timer;
    QByteArray m_input;
    int m_reads = 0;
    bool m_pumping = false;
    bool m_holdInput = false; // STARTTLS accepted: the client's next bytes belong to the handshake
    bool m_inputDead = false; // an overlong line: stop interpreting input
    bool m_inData = false;
    bool m_expectSasl = false;
    bool m_awaitClientHello = false; // StartTlsBehaviour::answerToClientHello is armed
    int m_saslStep = 0; // SASL lines since the last AUTH
    bool m_tlsStarted = false;
    bool m_closing = false; // the server decided to end the connection
    bool m_closed = false;
};

HostileSession::HostileSession(HostileServer *server, int index, QSslSocket *socket, HostileScript script)
    : m_server(server)
    , m_index(index)
    , m_socket(socket)
    , m_script(std::move(script))
{
    m_socket->setParent(this);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HostileSession::pump);
    connect(m_socket, &QSslSocket::readyRead, this, &HostileSession::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        log().tlsEstablished = true;
        if (m_script.implicitTls)
            queue(m_script.greeting);
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        log().socketError = m_socket->errorString();
        if (m_tlsStarted && !m_socket->isEncrypted() && log().tlsError.isEmpty())
            log().tlsError = m_socket->errorString();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty() && log().tlsError.isEmpty())
            log().tlsError = errors.constFirst().errorString();
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] { markClosed(!m_closing); });
}

HostileSession::~HostileSession()
{
    m_timer.stop();
    QObject::disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
}

void HostileSession::begin()
{
    if (m_script.implicitTls)
        startTls(); // the greeting follows on encrypted()
    else
        queue(m_script.greeting);
}

void HostileSession::onReadyRead()
{
    if (m_holdInput)
        return; // leave the bytes in the socket: they are the client's TLS handshake
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    ++m_reads;
    record(data);
    if (m_awaitClientHello) {
        m_awaitClientHello = false;
        m_inputDead = true; // whatever follows is the client's TLS: never commands
        queue(m_script.startTls.answerToClientHello);
        return;
    }
    if (m_inputDead)
        return;
    m_input += data;
    processInput();
}

void HostileSession::record(const QByteArray &data)
{
    ConnectionLog &l = log();
    l.bytesReceived += data.size();
    QByteArray &sink = m_tlsStarted ? l.tls : l.plain;
    const qsizetype room = ConnectionLog::recordLimit - sink.size();
    if (room > 0)
        sink += data.first(std::min(room, data.size()));
}

void HostileSession::processInput()
{
    while (!m_holdInput && !m_closing) {
        const qsizetype lf = m_input.indexOf('\n');
        if (lf < 0) {
            if (m_input.size() > m_script.maxLineBytes) {
                log().overlongLine = true;
                m_inputDead = true;
                m_input.clear();
            }
            return;
        }
        QByteArray line = m_input.left(lf);
        if (m_inData) {
            QByteArray &sink = log().data;
            const qsizetype room = ConnectionLog::recordLimit - sink.size();
            if (room > 0)
                sink += m_input.left(std::min(room, lf + 1));
        }
        m_input.remove(0, lf + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_script.maxLineBytes) {
            log().overlongLine = true;
            m_inputDead = true;
            m_input.clear();
            return;
        }
        handleLine(line);
    }
    if (m_holdInput && !m_input.isEmpty()) {
        log().pipelinedAfterStartTls += m_input;
        m_input.clear();
    }
}

void HostileSession::handleLine(const QByteArray &line)
{
    if (m_inData) {
        if (line == "."_ba) {
            m_inData = false;
            queue(responseFor(HostileScript::EndOfData));
        } else {
            log().bodyBytes += line.size() + 2;
        }
        return;
    }

    log().lines.append({ layer(), line, m_reads });
    Q_EMIT m_server->lineReceived(m_index, line);

    QByteArray key;
    if (m_expectSasl)
        key = HostileScript::SaslLine;
    else
        key = verbOf(line);
    if (key == "AUTH"_ba)
        m_saslStep = 0;
    Response reply = responseFor(key);
    if (key == HostileScript::SaslLine && !m_script.saslSteps.isEmpty())
        reply = m_script.saslSteps.at(std::min<qsizetype>(m_saslStep++, m_script.saslSteps.size() - 1));
    m_expectSasl = reply.bytes.startsWith("334");

    if (key == "STARTTLS"_ba && !m_tlsStarted) {
        handleStartTls(reply);
        return;
    }
    queue(reply);
    if (key == "DATA"_ba && reply.bytes.startsWith("354"))
        m_inData = true;
}

void HostileSession::handleStartTls(const Response &reply)
{
    const StartTlsBehaviour &behaviour = m_script.startTls;
    Response first = reply;
    first.bytes += behaviour.injectSameWrite;
    const bool goTls
        = behaviour.handshake && reply.bytes.startsWith('2') && reply.repeat.isEmpty() && reply.ending == Ending::Stay;
    if (!goTls) {
        m_awaitClientHello
            = reply.bytes.startsWith('2') && !behaviour.handshake && !behaviour.answerToClientHello.isSilent();
        if (!behaviour.injectLater.isEmpty()) {
            Response later(behaviour.injectLater);
            later.pace.delayMs = behaviour.injectLaterDelayMs;
            queue(first);
            queue(later);
        } else {
            queue(first);
        }
        return;
    }

    m_holdInput = true;
    const auto start = [this] { startTls(); };
    if (behaviour.injectLater.isEmpty()) {
        queue(first, start);
    } else {
        queue(first);
        Response later(behaviour.injectLater);
        later.pace.delayMs = behaviour.injectLaterDelayMs;
        queue(later, start);
    }
}

Response HostileSession::responseFor(const QByteArray &key) const
{
    if (m_tlsStarted) {
        const auto it = m_script.tlsReplies.constFind(key);
        if (it != m_script.tlsReplies.constEnd())
            return *it;
    }
    return m_script.replies.value(key, m_script.defaultReply);
}

void HostileSession::queue(const Response &response, std::function<void()> after)
{
    if (m_closing)
        return;
    Job job;
    job.bytes = response.bytes;
    job.pace = response.pace;
    job.repeat = response.repeat;
    job.ending = response.ending;
    job.after = std::move(after);
    m_jobs.push_back(std::move(job));
    if (!m_timer.isActive())
        pump();
}

void HostileSession::schedule(int ms)
{
    m_timer.start(std::max(0, ms));
}

void HostileSession::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    const auto done = qScopeGuard([this] {
        m_pumping = false;
        if (m_closed) { // closed while a write was in progress (see markClosed)
            m_timer.stop();
            m_jobs.clear();
        }
    });

    while (!m_jobs.empty() && !m_closing) {
        Job &job = m_jobs.front();
        if (!job.delayServed) {
            job.delayServed = true;
            if (job.pace.delayMs > 0) {
                schedule(job.pace.delayMs);
                return;
            }
        }
        if (job.written < job.bytes.size()) {
            const qsizetype left = job.bytes.size() - job.written;
            const qsizetype n = job.pace.chunkBytes > 0 ? std::min<qsizetype>(job.pace.chunkBytes, left) : left;
            write(QByteArrayView(job.bytes).sliced(job.written, n));
            job.written += n;
            if (job.written < job.bytes.size() || !job.repeat.isEmpty()) {
                schedule(job.pace.intervalMs);
                return;
            }
        }
        if (!job.repeat.isEmpty()) {
            if (log().bytesSent >= m_script.sendLimit) {
                m_jobs.clear(); // safety stop: stay connected, silent
                return;
            }
            if (m_socket->bytesToWrite() < m_script.maxPendingWrite)
                write(job.repeat);
            schedule(job.pace.intervalMs);
            return;
        }
        if (job.ending != Ending::Stay) {
            if (m_socket->bytesToWrite() > 0) {
                m_socket->flush();
                schedule(1); // end only once every byte of the reply is on the wire
                return;
            }
            const Ending ending = job.ending;
            m_jobs.clear();
            end(ending);
            return;
        }
        const std::function<void()> after = std::move(job.after);
        m_jobs.pop_front();
        if (after)
            after();
    }
}

void HostileSession::write(QByteArrayView bytes)
{
    if (bytes.isEmpty() || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(bytes.data(), bytes.size());
    m_socket->flush();
    log().bytesSent += bytes.size();
}

void HostileSession::end(Ending ending)
{
    m_closing = true;
    m_timer.stop();
    if (ending == Ending::Reset) {
        resetConnection(m_socket);
        markClosed(false);
    } else {
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            markClosed(false);
    }
}

void HostileSession::startTls()
{
    m_tlsStarted = true;
    m_holdInput = false;
    m_input.clear();
    m_inData = false;
    m_expectSasl = false;
    log().tlsStarted = true;
    if (m_server->m_chain.isEmpty() || m_server->m_chain.constFirst().isNull() || m_server->m_key.isNull()) {
        log().tlsError = u"no TLS identity configured (HostileServer::setTlsIdentity)"_s;
        end(Ending::Reset);
        return;
    }
    m_socket->setLocalCertificateChain(m_server->m_chain);
    m_socket->setPrivateKey(m_server->m_key);
    m_socket->startServerEncryption();
}

void HostileSession::markClosed(bool byPeer)
{
    if (m_closed)
        return;
    m_closed = true;
    m_closing = true;
    m_timer.stop();
    // A write inside pump() can report the peer's reset synchronously: pump() still
    // holds a reference to the front job then, and clears the queue when it returns.
    if (!m_pumping)
        m_jobs.clear();
    ConnectionLog &l = log();
    l.open = false;
    l.closedByPeer = byPeer;
    if (m_tlsStarted && !l.tlsEstablished && l.tlsError.isEmpty())
        l.tlsError = u"connection closed during the handshake"_s;
    Q_EMIT m_server->connectionClosed(m_index);
}

// ---------------------------------------------------------------------------------
// The server

HostileServer::HostileServer(QObject *parent)
    : QObject(parent)
    , m_server(new AcceptingServer([this](qintptr descriptor) { accept(descriptor); }, this))
{
    connect(this, &HostileServer::connectionClosed, this, [this](int connection) {
        if (!m_releaseClosed || connection >= m_sessions.size() || !m_sessions.at(connection))
            return;
        m_sessions.at(connection)->deleteLater(); // it may be inside one of its own handlers
        m_sessions[connection] = nullptr;
    });
}

HostileServer::~HostileServer()
{
    // Sessions write into m_logs: end them while it still exists.
    qDeleteAll(m_sessions);
    m_sessions.clear();
}

void HostileServer::setScript(const HostileScript &script)
{
    m_script = script;
}

void HostileServer::setScript(int connection, const HostileScript &script)
{
    m_perConnection.insert(connection, script);
}

void HostileServer::setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key)
{
    m_chain = { certificate };
    m_key = key;
}

void HostileServer::setTlsIdentity(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    m_chain = chain;
    m_key = key;
}

bool HostileServer::listen()
{
    return listen(QHostAddress(QHostAddress::LocalHost));
}

bool HostileServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HostileServer::serverPort() const
{
    return m_server->serverPort();
}

QString HostileServer::errorString() const
{
    return m_server->errorString();
}

qint64 HostileServer::totalBytesReceived() const
{
    qint64 total = 0;
    for (const ConnectionLog &l : m_logs)
        total += l.bytesReceived;
    return total;
}

qint64 HostileServer::totalBytesSent() const
{
    qint64 total = 0;
    for (const ConnectionLog &l : m_logs)
        total += l.bytesSent;
    return total;
}

bool HostileServer::allClosed() const
{
    return std::none_of(m_logs.cbegin(), m_logs.cend(), [](const ConnectionLog &l) { return l.open; });
}

QString HostileServer::describe() const
{
    QString out = u"server saw %1 connection(s)%2\n"_s.arg(m_logs.size())
                      .arg(m_limitReached ? u" (connection limit reached: stopped listening)"_s : QString());
    for (qsizetype i = 0; i < m_logs.size(); ++i)
        out += u" connection %1:\n"_s.arg(i) + m_logs.at(i).describe();
    return out;
}

void HostileServer::accept(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const int index = int(m_logs.size());
    m_logs.append(ConnectionLog {});
    auto *session = new HostileSession(this, index, socket, m_perConnection.value(index, m_script));
    session->setParent(this);
    m_sessions.append(session);
    if (m_logs.size() >= m_maxConnections) {
        m_limitReached = true;
        m_server->close();
    }
    Q_EMIT connectionOpened(index);
    session->begin();
}

// ---------------------------------------------------------------------------------
// The relay

struct HostileProxy::Link
{
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    QByteArray toUpstream; // client bytes that arrived before the upstream connection
    QByteArray toClient; // server bytes not yet forwarded
    QTimer timer; // pacing
    std::optional<Ending> endAfterFlush; // end the client side once toClient is written
    bool closed = false;
};

HostileProxy::HostileProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_upstreamPort(upstreamPort)
{
    connect(m_server, &QTcpServer::newConnection, this, &HostileProxy::accept);
}

HostileProxy::~HostileProxy()
{
    for (Link *link : std::as_const(m_links)) {
        link->timer.stop();
        link->client->disconnect(this);
        link->upstream->disconnect(this);
        link->client->abort();
        link->upstream->abort();
        delete link;
    }
}

bool HostileProxy::listen()
{
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

quint16 HostileProxy::serverPort() const
{
    return m_server->serverPort();
}

void HostileProxy::setDownstreamPace(int chunkBytes, int intervalMs)
{
    m_chunkBytes = std::max(0, chunkBytes);
    m_intervalMs = std::max(0, intervalMs);
}

void HostileProxy::truncateNextTlsRecord(Ending ending)
{
    m_truncate = ending;
}

void HostileProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        auto *link = new Link;
        m_links.append(link);
        ++m_connections;
        ++m_open;
        link->client = client;
        link->upstream = new QTcpSocket(this);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        link->timer.setSingleShot(true);
        connect(&link->timer, &QTimer::timeout, this, [this, link] { pump(link); });
        connect(client, &QIODevice::readyRead, this, [link] {
            const QByteArray bytes = link->client->readAll();
            if (link->upstream->state() == QAbstractSocket::ConnectedState)
                link->upstream->write(bytes);
            else
                link->toUpstream += bytes;
        });
        connect(client, &QAbstractSocket::disconnected, this, [this, link] { closeLink(link); });
        connect(link->upstream, &QAbstractSocket::connected, this, [link] {
            link->upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            link->upstream->write(link->toUpstream);
            link->toUpstream.clear();
        });
        connect(link->upstream, &QIODevice::readyRead, this, [this, link] { fromServer(link); });
        const auto upstreamEnded = [this, link](Ending how) {
            if (link->closed)
                return;
            fromServer(link); // whatever is still buffered goes first
            if (!link->endAfterFlush)
                link->endAfterFlush = how;
            pump(link);
        };
        connect(
            link->upstream, &QAbstractSocket::disconnected, this, [upstreamEnded] { upstreamEnded(Ending::Close); });
        connect(
            link->upstream, &QAbstractSocket::errorOccurred, this, [upstreamEnded](QAbstractSocket::SocketError error) {
                upstreamEnded(error == QAbstractSocket::RemoteHostClosedError ? Ending::Close : Ending::Reset);
            });
        link->upstream->connectToHost(QHostAddress(QHostAddress::LocalHost), m_upstreamPort);
    }
}

void HostileProxy::fromServer(Link *link)
{
    QByteArray bytes = link->upstream->readAll();
    if (bytes.isEmpty() || link->closed || link->endAfterFlush)
        return;
    const auto recordStart = [&bytes](qsizetype at) {
        const auto type = static_cast<unsigned char>(bytes[at]);
        return bytes.size() - at >= 5 && type >= 0x14 && type <= 0x17 && bytes[at + 1] == '\x03';
    };
    if (m_truncate && recordStart(0)) {
        // Walk the records to the last one that starts in this chunk; cut in its middle.
        qsizetype at = 0;
        qsizetype length = 0;
        while (true) {
            length = (qsizetype(static_cast<unsigned char>(bytes[at + 3])) << 8)
                | static_cast<unsigned char>(bytes[at + 4]);
            const qsizetype next = at + 5 + length;
            if (next >= bytes.size() || !recordStart(next))
                break;
            at = next;
        }
        const qsizetype cut = std::min(at + 5 + std::max<qsizetype>(length / 2, 1), bytes.size() - 1);
        bytes.truncate(cut);
        link->endAfterFlush = *m_truncate;
        m_truncate.reset();
        m_truncated = true;
        link->upstream->disconnect(this);
        link->upstream->abort();
    }
    link->toClient += bytes;
    pump(link);
}

void HostileProxy::pump(Link *link)
{
    if (link->closed || link->timer.isActive())
        return;
    if (!link->toClient.isEmpty()) {
        const qsizetype n
            = m_chunkBytes > 0 ? std::min<qsizetype>(m_chunkBytes, link->toClient.size()) : link->toClient.size();
        link->client->write(link->toClient.constData(), n);
        link->client->flush();
        link->toClient.remove(0, n);
        m_bytesToClient += n;
        if (!link->toClient.isEmpty() || (link->endAfterFlush && m_chunkBytes > 0)) {
            link->timer.start(m_intervalMs);
            return;
        }
    }
    if (!link->endAfterFlush || !link->toClient.isEmpty())
        return;
    if (link->client->bytesToWrite() > 0) {
        link->client->flush();
        link->timer.start(1);
        return;
    }
    if (*link->endAfterFlush == Ending::Reset)
        resetConnection(link->client);
    else
        link->client->disconnectFromHost();
    closeLink(link);
}

void HostileProxy::closeLink(Link *link)
{
    if (link->closed)
        return;
    link->closed = true;
    --m_open;
    link->timer.stop();
    link->client->disconnect(this);
    link->upstream->disconnect(this);
    link->upstream->abort();
    if (link->client->state() != QAbstractSocket::UnconnectedState && !link->endAfterFlush)
        link->client->abort();
}

// ---------------------------------------------------------------------------------
// Certificates

QByteArray TestPki::Identity::sha256() const
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

TestPki::Request TestPki::Request::authority(const QString &commonName, const Identity *issuer)
{
    Request r;
    r.commonName = commonName;
    r.ca = true;
    r.issuer = issuer;
    return r;
}

TestPki::Request TestPki::Request::leaf(const QString &commonName, const QStringList &altNames, const Identity *issuer)
{
    Request r;
    r.commonName = commonName;
    r.altNames = altNames;
    r.issuer = issuer;
    return r;
}

TestPki::TestPki()
{
    if (!QSslSocket::supportsSsl()) {
        m_unavailable = u"Qt has no TLS backend"_s;
        return;
    }
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (m_openssl.isEmpty()) {
        m_unavailable = u"the openssl command is not installed"_s;
        return;
    }
    if (!m_dir.isValid()) {
        m_unavailable = u"no temporary directory: "_s + m_dir.errorString();
        return;
    }
    QFile config(m_dir.filePath(u"ca.cnf"_s));
    QFile index(m_dir.filePath(u"index.txt"_s));
    QFile serial(m_dir.filePath(u"serial.txt"_s));
    if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)
        || serial.write("1000\n") != 5) {
        m_unavailable = u"cannot write into "_s + m_dir.path();
        return;
    }
    config.write("[ ca ]\n"
                 "default_ca = test_ca\n"
                 "[ test_ca ]\n"
                 "database = index.txt\n"
                 "serial = serial.txt\n"
                 "new_certs_dir = .\n"
                 "default_md = sha256\n"
                 "policy = test_policy\n"
                 "unique_subject = no\n"
                 "email_in_dn = no\n"
                 "copy_extensions = none\n"
                 "[ test_policy ]\n"
                 "commonName = optional\n"
                 "organizationName = optional\n");
}

bool TestPki::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(60000)) {
        m_error = u"openssl %1: %2"_s.arg(arguments.value(0), process.errorString());
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2"_s.arg(
            arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

TestPki::Identity TestPki::issue(const Request &request)
{
    Identity out;
    if (!m_unavailable.isEmpty()) {
        m_error = m_unavailable;
        return out;
    }
    const QString base = m_dir.filePath(u"id%1"_s.arg(++m_serial));
    const QString keyPath = base + u".key"_s;
    const QString csrPath = base + u".csr"_s;
    const QString certPath = base + u".pem"_s;
    const QString extPath = base + u".ext"_s;
    const QString subject = request.commonName.isEmpty() ? u"/O=SMTP Doctor tests"_s : u"/CN="_s + request.commonName;
    if (!run({ u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
            u"-keyout"_s, keyPath, u"-subj"_s, subject, u"-out"_s, csrPath }))
        return out;

    QStringList names = request.altNames;
    for (int i = 0; i < request.paddingNames; ++i)
        names << u"DNS:padding-%1-%2.%3.example.test"_s.arg(m_serial).arg(i).arg(QString(40, u'p'));
    QByteArray ext = "[ ext ]\n";
    if (request.ca) {
        ext += "basicConstraints = critical, CA:TRUE\n"
               "keyUsage = critical, keyCertSign, cRLSign, digitalSignature\n";
    } else {
        ext += "basicConstraints = critical, CA:FALSE\n"
               "keyUsage = critical, digitalSignature, keyEncipherment\n"
               "extendedKeyUsage = serverAuth\n";
    }
    ext += "subjectKeyIdentifier = hash\n";
    if (request.issuer)
        ext += "authorityKeyIdentifier = keyid\n";
    if (!names.isEmpty())
        ext += "subjectAltName = " + names.join(u", "_s).toUtf8() + "\n";
    QFile extFile(extPath);
    if (!extFile.open(QIODevice::WriteOnly) || extFile.write(ext) != ext.size()) {
        m_error = u"cannot write "_s + extPath;
        return out;
    }
    extFile.close();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto stamp = [](const QDateTime &t) -> QString { return t.toUTC().toString(u"yyyyMMddHHmmss"_s) + u"Z"_s; };
    QStringList sign { u"ca"_s, u"-config"_s, m_dir.filePath(u"ca.cnf"_s), u"-batch"_s, u"-notext"_s, u"-rand_serial"_s,
        u"-in"_s, csrPath, u"-out"_s, certPath, u"-startdate"_s,
        stamp(request.notBefore.isValid() ? request.notBefore : now.addSecs(-3600)), u"-enddate"_s,
        stamp(request.notAfter.isValid() ? request.notAfter : now.addDays(2)), u"-extfile"_s, extPath, u"-extensions"_s,
        u"ext"_s };
    if (request.issuer)
        sign << u"-cert"_s << request.issuer->certificatePath << u"-keyfile"_s << request.issuer->keyPath;
    else
        sign << u"-selfsign"_s << u"-keyfile"_s << keyPath;
    if (!run(sign))
        return out;

    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
    QFile keyFile(keyPath);
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = u"cannot load "_s + certPath;
        return out;
    }
    out.certificate = certificates.constFirst();
    out.key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    out.certificatePath = certPath;
    out.keyPath = keyPath;
    if (out.isNull())
        m_error = u"cannot load the key or certificate of "_s + base;
    return out;
}

// ---------------------------------------------------------------------------------
// Running a check

CheckRun runCheck(const CheckSettings &settings, int slackMs, const std::function<void(SmtpCheck &)> &prepare)
{
    CheckRun run;
    SmtpCheck check;
    check.setSettings(settings);
    QEventLoop loop;
    QElapsedTimer clock;
    QObject::connect(&check, &SmtpCheck::phaseStarted, &check, [&run](Phase p) { run.phasesStarted << p; });
    QObject::connect(&check, &SmtpCheck::finished, &check, [&](const CheckResult &result) {
        if (++run.finishedCount == 1) {
            run.elapsedMs = clock.elapsed();
            run.result = result;
        }
        loop.quit();
    });
    if (prepare)
        prepare(check);
    clock.start();
    check.start();
    run.finishedSynchronously = run.finishedCount > 0;
    if (run.finishedCount == 0) {
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(settings.timeouts.totalMs + slackMs);
        loop.exec();
    }
    if (run.finishedCount == 0) {
        run.timedOut = true;
        run.elapsedMs = clock.elapsed();
        check.cancel();
        run.result = check.result();
    }
    // A second finished() would be queued behind the first one.
    QCoreApplication::processEvents();
    return run;
}

QString describeRun(const CheckRun &run, const HostileServer *server)
{
    const CheckResult &r = run.result;
    QString out = u"\n  result: %1 (phase %2) after %3 ms%4: %5\n"_s.arg(resultCodeId(r.code), phaseId(r.failedPhase))
                      .arg(run.elapsedMs)
                      .arg(run.timedOut ? u" (TIMED OUT)"_s : QString())
                      .arg(r.detail);
    out += u"  tls: attempted=%1 established=%2 verified=%3 pinned=%4 discarded=%5 errors=[%6] handshake=%7\n"_s
               .arg(r.tls.attempted)
               .arg(r.tls.established)
               .arg(r.tls.verified)
               .arg(r.tls.pinned)
               .arg(r.tls.discardedPlaintextBytes)
               .arg(r.tls.errors.join(u"; "_s), r.tls.handshakeError);
    out += u"  auth: offered=[%1] used=%2 attempted=%3 ok=%4; finished() x%5\n"_s
               .arg(r.auth.offered.join(u' '), r.auth.used)
               .arg(r.auth.attempted)
               .arg(r.auth.ok)
               .arg(run.finishedCount);
    out += u"  transcript:\n"_s;
    for (const TranscriptEntry &e : r.transcript) {
        const QString mark = e.direction == TranscriptEntry::Direction::Client
            ? u"C"_s
            : (e.direction == TranscriptEntry::Direction::Server ? u"S"_s : u"*"_s);
        out += u"    %1 %2: %3\n"_s.arg(e.ms, 5).arg(mark, Transcript::printable(e.line.left(300)));
    }
    if (server)
        out += server->describe();
    return out;
}

QString runContractProblems(const CheckRun &run, const CheckSettings &settings, int slackMs)
{
    QStringList problems;
    if (run.timedOut)
        problems << u"no finished() within totalMs + %1 ms"_s.arg(slackMs);
    if (run.finishedSynchronously)
        problems << u"finished() was emitted synchronously from start()"_s;
    if (run.finishedCount > 1)
        problems << u"finished() was emitted %1 times"_s.arg(run.finishedCount);
    if (run.elapsedMs > settings.timeouts.totalMs + slackMs)
        problems << u"took %1 ms, more than totalMs + %2 ms"_s.arg(run.elapsedMs).arg(slackMs);
    return problems.join(u"; "_s);
}

QString plaintextLeakProblems(const HostileServer &server, const QByteArrayList &secrets)
{
    QStringList problems;
    for (int i = 0; i < server.connectionCount(); ++i) {
        const ConnectionLog &l = server.log(i);
        if (l.sentVerb("AUTH", Layer::Plain))
            problems << u"connection %1: AUTH in plaintext"_s.arg(i);
        for (const QByteArray &secret : secrets) {
            if (!secret.isEmpty() && l.plain.contains(secret))
                problems << u"connection %1: a secret in plaintext (%2)"_s.arg(i).arg(printableBytes(secret, 40));
        }
        if (!l.pipelinedAfterStartTls.isEmpty())
            problems << u"connection %1: plaintext pipelined behind STARTTLS"_s.arg(i);
    }
    return problems.join(u"; "_s);
}

QByteArrayList secretForms(const QString &user, const QString &secret)
{
    const QByteArray s = secret.toUtf8();
    const QByteArray plain = "\0"_ba + user.toUtf8() + "\0"_ba + s;
    const QByteArray withAuthzid = user.toUtf8() + plain;
    return { s, s.toBase64(), plain, plain.toBase64(), withAuthzid.toBase64() };
}

QString adversarialUser()
{
    return QStringLiteral("adv-user");
}

QString adversarialPassword()
{
    return QStringLiteral("Sentinel-P\u00e4ssw\u00f6rd-\u2603-7f3a");
}

void verifyRunSettled(const CheckRun &run, const CheckSettings &settings, const HostileServer &server, int slackMs)
{
    const QString story = describeRun(run, &server);
    if (qEnvironmentVariableIsSet("SDOC_HOSTILE_VERBOSE"))
        qInfo().noquote() << story;
    const QString contract = runContractProblems(run, settings, slackMs);
    SDOC_VERIFY_STORY(contract.isEmpty(), story + contract);
    SDOC_VERIFY_STORY(QTest::qWaitFor([&server] { return server.allClosed(); }, 3000), story);
    const QString leaks = plaintextLeakProblems(server, secretForms(adversarialUser(), adversarialPassword()));
    SDOC_VERIFY_STORY(leaks.isEmpty(), story + leaks);
}

CheckSettings adversarialSettings(quint16 port, const QSslCertificate &ca)
{
    CheckSettings s;
    s.host = QStringLiteral("mail.example.test");
    s.port = port;
    s.connectAddress = QHostAddress(QHostAddress::LocalHost);
    s.security = Security::StartTls;
    s.ehloName = QStringLiteral("client.adversarial.test");
    s.extraCaCertificates = {ca};
    s.username = adversarialUser();
    s.password = adversarialPassword();
    s.from = QStringLiteral("sender@example.test");
    s.to = QStringLiteral("rcpt@example.test");
    Timeouts &t = s.timeouts;
    t.totalMs = 6000;
    t.resolveMs = 1000;
    t.connectMs = 1500;
    t.greetingMs = 1500;
    t.tlsMs = 1500;
    t.replyMs = 1500;
    t.dataMs = 1500;
    t.silentProbeAfterMs = 5000; // beyond greetingMs: no implicit-TLS probe unless a case wants one
    return s;
}

} // namespace SmtpDoctor::Testing
