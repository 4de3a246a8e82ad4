// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include <QHostAddress>
#include <QScopeGuard>
#include <QSslSocket>
#include <QTcpServer>
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
    const Response reply = responseFor(key);
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
    const auto done = qScopeGuard([this] { m_pumping = false; });

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
        // SO_LINGER with a zero timeout turns close() into a TCP reset.
        const qintptr fd = m_socket->socketDescriptor();
        if (fd >= 0) {
            linger lg {};
            lg.l_onoff = 1;
            lg.l_linger = 0;
            ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        }
        m_socket->abort();
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
    if (m_server->m_certificate.isNull() || m_server->m_key.isNull()) {
        log().tlsError = u"no TLS identity configured (HostileServer::setTlsIdentity)"_s;
        end(Ending::Reset);
        return;
    }
    m_socket->setLocalCertificate(m_server->m_certificate);
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
    m_certificate = certificate;
    m_key = key;
}

bool HostileServer::listen()
{
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
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

} // namespace SmtpDoctor::Testing
