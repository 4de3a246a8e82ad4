// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"
#include "smtp/checksettings.h"
#include "smtp/phase.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <optional>
#include <utility>

class QTcpServer;

namespace SmtpDoctor {
class SmtpCheck;
}

namespace SmtpDoctor::Testing {

class HostileSession;

// A scripted, deliberately misbehaving SMTP server for fault-injection tests.
// It runs on the event loop of the thread that owns it (no threads of its own),
// listens on 127.0.0.1 with a port chosen by the system, plays one script per
// accepted connection and records every byte the client sent.
//
// Well-behaved interoperability is tested against a real Postfix; this server
// exists only to be hostile in controlled, repeatable ways.

// Where bytes travelled: in plaintext, or inside TLS (decrypted).
enum class Layer {
    Plain,
    Tls,
};

// How bytes are paced on the wire.
struct Pace
{
    int delayMs = 0; // pause before the first byte
    int chunkBytes = 0; // 0: everything in one write; n: n bytes per write ("drip")
    int intervalMs = 0; // pause between two writes of a drip or of an endless generator
};

// What happens to the connection after a response was written completely.
enum class Ending {
    Stay, // keep the connection and go on reading commands
    Close, // orderly close (FIN) after everything was flushed
    Reset, // abort with a TCP reset (RST) after everything was flushed
};

// The server's answer to one event (greeting, command, ...). A default-constructed
// Response writes nothing: the server stays silent (the client has to time out).
struct Response
{
    QByteArray bytes; // written first, exactly as given (including any CRLF)
    Pace pace;
    QByteArray repeat; // non-empty: endless generator, written again and again after
                       // `bytes` (one copy per write, pace.intervalMs apart) until the
                       // client goes away or the script's sendLimit is reached
    Ending ending = Ending::Stay; // applied once `bytes` are flushed (never after an endless generator)

    Response() = default;
    // Implicit on purpose: script.replies["MAIL"_ba] = "421 4.3.2 Bye\r\n"_ba;
    Response(QByteArray b, Ending e = Ending::Stay) // NOLINT(google-explicit-constructor)
        : bytes(std::move(b))
        , ending(e)
    {
    }

    // `bytes`, `chunkBytes` at a time, `intervalMs` apart.
    [[nodiscard]] static Response dripped(QByteArray bytes, int chunkBytes, int intervalMs);
    // `head` once, then `chunk` forever, one chunk per `intervalMs`.
    [[nodiscard]] static Response endless(QByteArray head, QByteArray chunk, int intervalMs);

    [[nodiscard]] bool isSilent() const { return bytes.isEmpty() && repeat.isEmpty() && ending == Ending::Stay; }
};

// What the server does around STARTTLS (only when the client sends STARTTLS in plaintext).
struct StartTlsBehaviour
{
    // Really start TLS (server side) after a 2xx reply to STARTTLS. false: the server
    // says 220 but goes on talking plaintext (the client's handshake never completes).
    bool handshake = true;
    // Appended to the STARTTLS reply in the same write (classic plaintext injection,
    // CVE-2011-0411 style): the client must discard it.
    QByteArray injectSameWrite;
    // Written in plaintext in a later write (after injectLaterDelayMs), before the
    // server starts its side of the handshake: the client's handshake must fail.
    QByteArray injectLater;
    int injectLaterDelayMs = 100;
    // With handshake == false: what the server answers to the first bytes the client
    // sends after the 2xx (its ClientHello), instead of reading them as command lines;
    // e.g. "421 ...\r\n" with Ending::Close, or an empty Response with Ending::Reset.
    // Later client bytes are recorded but not interpreted. Silent (default): off.
    Response answerToClientHello;
};

// The behaviour for one connection. A default-constructed script is a minimal,
// well-behaved submission server (STARTTLS before TLS, AUTH PLAIN inside TLS, every
// transaction command accepted); tests change only what they want to break.
struct HostileScript
{
    // Special keys of `replies`/`tlsReplies` besides command verbs.
    static inline const QByteArray SaslLine = QByteArrayLiteral("<sasl>"); // a line after a 334 reply
    static inline const QByteArray EndOfData = QByteArrayLiteral("<eod>"); // the "." ending DATA

    HostileScript();
    // A server that accepts and then never writes a single byte, whatever the client sends.
    [[nodiscard]] static HostileScript silent();

    // Implicit TLS (RFC 8314): the server starts TLS as soon as the client connects
    // and sends the greeting only inside TLS.
    bool implicitTls = false;

    // Sent when the client connected (after the handshake with implicitTls).
    // A silent (default-constructed) Response: no greeting at all.
    Response greeting;

    // Reply per command verb (first word of the line, upper-case: "EHLO", "MAIL", ...)
    // or special key. tlsReplies is consulted first inside TLS, then replies.
    QHash<QByteArray, Response> replies;
    QHash<QByteArray, Response> tlsReplies;
    // For verbs found in neither map.
    Response defaultReply;
    // When not empty: the replies to the 1st, 2nd, ... SASL line after an AUTH command
    // (the last one repeats), instead of the single SaslLine reply.
    QList<Response> saslSteps;

    StartTlsBehaviour startTls;

    // Safety limits that keep a runaway test bounded.
    qint64 sendLimit = 64 * 1024 * 1024; // endless generators stop after this many bytes
    qint64 maxLineBytes = 64 * 1024; // a longer client line stops command processing
    qint64 maxPendingWrite = 256 * 1024; // generators wait while this much is unsent (back-pressure)

    // Builds a multi-line 250 EHLO reply: first line `domain`, then one line per keyword.
    [[nodiscard]] static QByteArray ehloReply(QByteArrayView domain, const QByteArrayList &keywords);
};

// A line the client sent, without its line end. The message body after DATA is not
// split into lines (see ConnectionLog::bodyBytes).
struct ReceivedLine
{
    Layer layer = Layer::Plain;
    QByteArray line;
    int read = 0; // sequence number of the socket read that delivered it (pipelining shows as equal numbers)
};

// Everything one connection saw.
struct ConnectionLog
{
    static constexpr qsizetype recordLimit = 1024 * 1024; // per layer; counting goes on beyond it

    // Handshake records consumed by the server's own TLS layer are in neither buffer;
    // a ClientHello sent to a script that does not start TLS is in `plain`.
    QByteArray plain; // bytes received before TLS (first recordLimit bytes)
    QByteArray tls; // bytes received inside TLS, decrypted (first recordLimit bytes)
    qint64 bytesReceived = 0; // all bytes received, both layers (decrypted inside TLS)
    qint64 bytesSent = 0; // all bytes the script wrote (before encryption)
    QList<ReceivedLine> lines; // command lines in order (and SASL lines)
    qint64 bodyBytes = 0; // message body bytes after DATA
    bool overlongLine = false; // the client sent a line longer than maxLineBytes
    QByteArray pipelinedAfterStartTls; // plaintext the client sent behind STARTTLS (a client bug)
    // The message data after a 354 exactly as received: every byte, line ends as sent,
    // up to and including the line that ended DATA for this (lenient) server: any line
    // that is "." once a trailing CR is removed (first recordLimit bytes).
    QByteArray data;

    bool tlsStarted = false; // the server started its side of a handshake
    bool tlsEstablished = false; // ... and it completed
    QString tlsError; // the server's view of a failed handshake
    QString socketError; // the last socket error the server saw
    bool closedByPeer = false; // the client closed or reset the connection
    bool open = true; // the connection is still up

    // Lines received on `layer` (all layers when nullopt).
    [[nodiscard]] QByteArrayList commandLines(std::optional<Layer> layer = std::nullopt) const;
    // Upper-case verbs of the command lines.
    [[nodiscard]] QByteArrayList verbs(std::optional<Layer> layer = std::nullopt) const;
    [[nodiscard]] bool sentVerb(QByteArrayView verb, std::optional<Layer> layer = std::nullopt) const;
    // Verbs of the lines after the first line with `verb` (all lines with an empty verb).
    [[nodiscard]] QByteArrayList verbsAfter(QByteArrayView verb) const;
    // Like verbsAfter(), but without the commands pipelined together with `verb`
    // (delivered by the same read): what the client sent once it could know the reply.
    [[nodiscard]] QByteArrayList verbsAfterReplyTo(QByteArrayView verb) const;
    // Readable summary for failure messages.
    [[nodiscard]] QString describe() const;
};

class HostileServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileServer)
public:
    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    // The script every new connection plays (a copy is taken at accept time).
    void setScript(const HostileScript &script);
    // A different script for the n-th connection (0-based), e.g. for a parallel probe.
    void setScript(int connection, const HostileScript &script);
    [[nodiscard]] const HostileScript &script() const { return m_script; }

    // Certificate and key for STARTTLS and implicit TLS.
    void setTlsIdentity(const QSslCertificate &certificate, const QSslKey &key);
    // The same with a chain: the leaf first, then whatever the server should send
    // with it (intermediates, or junk), in that order.
    void setTlsIdentity(const QList<QSslCertificate> &chain, const QSslKey &key);

    // After this many connections the server stops listening (later connects are
    // refused), so a client stuck in a reconnect loop cannot run away. Default 16.
    void setMaxConnections(int maxConnections) { m_maxConnections = maxConnections; }
    [[nodiscard]] bool connectionLimitReached() const { return m_limitReached; }
    // Frees each connection's socket and session once it is closed (its ConnectionLog
    // stays), so that hundreds of connections do not pile up server-side state in a
    // test that measures the client's memory. Off by default.
    void setReleaseClosedSessions(bool release) { m_releaseClosed = release; }

    // Listens on 127.0.0.1, port chosen by the system.
    [[nodiscard]] bool listen();
    // Listens on `address` (e.g. ::1), port chosen by the system unless `port` is given.
    [[nodiscard]] bool listen(const QHostAddress &address, quint16 port = 0);
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QString errorString() const;

    [[nodiscard]] int connectionCount() const { return int(m_logs.size()); }
    [[nodiscard]] const ConnectionLog &log(int connection) const { return m_logs.at(connection); }
    [[nodiscard]] const QList<ConnectionLog> &logs() const { return m_logs; }
    [[nodiscard]] qint64 totalBytesReceived() const;
    [[nodiscard]] qint64 totalBytesSent() const;
    // No connection is open any more.
    [[nodiscard]] bool allClosed() const;
    // Summary of every connection, for failure messages.
    [[nodiscard]] QString describe() const;

Q_SIGNALS:
    void connectionOpened(int connection);
    void lineReceived(int connection, const QByteArray &line);
    void connectionClosed(int connection);

private:
    friend class HostileSession;
    void accept(qintptr socketDescriptor);
    ConnectionLog &logFor(int connection) { return m_logs[connection]; }

    QTcpServer *m_server = nullptr;
    HostileScript m_script;
    QHash<int, HostileScript> m_perConnection;
    QList<QSslCertificate> m_chain; // leaf first
    QSslKey m_key;
    QList<ConnectionLog> m_logs;
    QList<HostileSession *> m_sessions;
    int m_maxConnections = 16;
    bool m_limitReached = false;
    bool m_releaseClosed = false;
};

// ---------------------------------------------------------------------------------
// A TCP relay in front of a HostileServer that misbehaves below SMTP and TLS: it
// re-segments what the server sends (down to one byte per segment) and can cut the
// stream in the middle of a TLS record. Client-to-server bytes pass unchanged.
class HostileProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileProxy)
public:
    explicit HostileProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~HostileProxy() override;

    // Listens on 127.0.0.1, port chosen by the system.
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 serverPort() const;

    // Server-to-client pacing: `chunkBytes` per write (0: as received), `intervalMs`
    // apart. Every write is flushed on its own, with TCP_NODELAY on the client side.
    void setDownstreamPace(int chunkBytes, int intervalMs);
    // The next server-to-client chunk that starts with a TLS record header is forwarded
    // only up to the middle of its last record; then the client connection ends the
    // way `ending` says (Close: FIN, Reset: RST) and the upstream one is dropped.
    void truncateNextTlsRecord(Ending ending = Ending::Close);

    [[nodiscard]] int connectionCount() const { return m_connections; }
    [[nodiscard]] bool allClosed() const { return m_open == 0; }
    [[nodiscard]] qint64 bytesToClient() const { return m_bytesToClient; }
    [[nodiscard]] bool truncated() const { return m_truncated; }

private:
    struct Link;
    void accept();
    void fromServer(Link *link);
    void pump(Link *link);
    void closeLink(Link *link);

    QTcpServer *m_server = nullptr;
    quint16 m_upstreamPort = 0;
    int m_chunkBytes = 0;
    int m_intervalMs = 0;
    std::optional<Ending> m_truncate;
    bool m_truncated = false;
    int m_connections = 0;
    int m_open = 0;
    qint64 m_bytesToClient = 0;
    QList<Link *> m_links;
};

// ---------------------------------------------------------------------------------
// Certificates for tests, made with the `openssl` command in a temporary directory:
// a CA, intermediates, leaves with any names and validity, self-signed ones.
class TestPki
{
public:
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
        QString certificatePath;
        QString keyPath;
        [[nodiscard]] bool isNull() const { return certificate.isNull() || key.isNull(); }
        // Lower-case hex SHA-256 of the DER certificate (what CheckSettings::pinnedSha256 holds).
        [[nodiscard]] QByteArray sha256() const;
    };

    struct Request
    {
        QString commonName; // empty: a subject with an O attribute only
        QStringList altNames; // "DNS:a.example.test", "IP:127.0.0.1"; empty: no SAN extension
        bool ca = false; // a CA certificate (basicConstraints CA:TRUE, keyCertSign)
        const Identity *issuer = nullptr; // nullptr: self-signed
        QDateTime notBefore; // invalid: an hour ago
        QDateTime notAfter; // invalid: two days from now
        int paddingNames = 0; // extra long DNS names, to make the certificate big

        // A CA certificate (self-signed root when `issuer` is nullptr).
        [[nodiscard]] static Request authority(const QString &commonName, const Identity *issuer = nullptr);
        // A server certificate.
        [[nodiscard]] static Request leaf(
            const QString &commonName, const QStringList &altNames, const Identity *issuer);
    };

    TestPki();
    // Empty when certificates can be made; otherwise why not (no TLS backend, no openssl).
    [[nodiscard]] QString unavailableReason() const { return m_unavailable; }
    // A new key and certificate; a null Identity (and errorString()) on failure.
    [[nodiscard]] Identity issue(const Request &request);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_openssl;
    QString m_unavailable;
    QString m_error;
    int m_serial = 0;
};

// ---------------------------------------------------------------------------------
// Running one SmtpCheck to its end, for the adversarial suites.

struct CheckRun
{
    CheckResult result;
    qint64 elapsedMs = 0; // start() to finished()
    int finishedCount = 0; // finished() emissions (must be exactly one)
    bool finishedSynchronously = false; // finished() already emitted when start() returned
    bool timedOut = false; // no finished() within totalMs + slack
    QList<Phase> phasesStarted;
};

// Starts a check with `settings`, waits up to totalMs + slackMs for finished(), and
// destroys the SmtpCheck (so every client socket is gone when this returns).
// `prepare`, if given, runs after the signals are connected and before start().
[[nodiscard]] CheckRun runCheck(
    const CheckSettings &settings, int slackMs, const std::function<void(SmtpCheck &)> &prepare = {});

// Result, transcript and (when given) what the server saw, for failure messages.
[[nodiscard]] QString describeRun(const CheckRun &run, const HostileServer *server = nullptr);

// What must hold for every run: finished() exactly once, asynchronously, within
// totalMs + slackMs. Empty when all is well, otherwise what went wrong.
[[nodiscard]] QString runContractProblems(const CheckRun &run, const CheckSettings &settings, int slackMs);
// What must hold for every connection `server` saw: no AUTH command and none of
// `secrets` before TLS, nothing pipelined behind STARTTLS. Empty when all is well.
[[nodiscard]] QString plaintextLeakProblems(const HostileServer &server, const QByteArrayList &secrets);

// Settles one adversarial run (a failure of the current test otherwise, with the whole
// story): the run contract holds, the server saw every connection closed within 3 s, and
// nothing of the sentinel credentials (adversarialUser/-Password) went out before TLS.
// SDOC_HOSTILE_VERBOSE=1 prints the story of every run.
void verifyRunSettled(const CheckRun &run, const CheckSettings &settings, const HostileServer &server, int slackMs);

// The sentinel credentials of the adversarial suites (non-ASCII on purpose).
[[nodiscard]] QString adversarialUser();
[[nodiscard]] QString adversarialPassword();
// What every adversarial case starts from: STARTTLS to mail.example.test at
// 127.0.0.1:port trusting `ca`, the sentinel credentials, a mail transaction, and
// small deadlines (1.5 s per step, 6 s in all, no implicit-TLS probe before 5 s).
[[nodiscard]] CheckSettings adversarialSettings(quint16 port, const QSslCertificate &ca);

// Every byte sequence a credential could travel as on the wire: the UTF-8 text, its
// base64, and a PLAIN message with it (raw and base64, with and without authzid `user`).
[[nodiscard]] QByteArrayList secretForms(const QString &user, const QString &secret);

} // namespace SmtpDoctor::Testing

// Fails the current test with the whole story (printed first, as QTest would cut it).
#define SDOC_VERIFY_STORY(condition, story)                                                                            \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            qInfo().noquote() << (story);                                                                              \
            QTest::qFail("'" #condition "' returned FALSE (details above)", __FILE__, __LINE__);                       \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)
