// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fault injection: SmtpCheck against a scripted, misbehaving in-process server.
// Every case asserts the ResultCode, that the check ends within the deadline set in
// CheckSettings::timeouts, and (where it matters) what the client sent.
// SDOC_HOSTILE_VERBOSE=1 prints result, transcript and server log of every case.

#include "hostileserver.h"

#include "smtp/phase.h"
#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "smtp/smtpcheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Testing;

namespace {

constexpr qint64 kSlackMs = 1000; // event-loop and scheduling slack on a busy 2-core box
constexpr qint64 kClientTrafficLimit = 32 * 1024; // bytes a client may send in one case, handshakes included
constexpr qint64 kMemoryGrowthLimitKb = 32 * 1024; // peak RSS growth allowed while a flood is running

const QString kUser = u"hostile-user"_s;
const QString kPassword = u"hostile-password-9f3b"_s;

struct Outcome
{
    CheckResult result;
    qint64 elapsedMs = 0;
};

QString directionMark(TranscriptEntry::Direction d)
{
    switch (d) {
    case TranscriptEntry::Direction::Client:
        return u"C"_s;
    case TranscriptEntry::Direction::Server:
        return u"S"_s;
    case TranscriptEntry::Direction::Info:
        break;
    }
    return u"*"_s;
}

// Everything needed to report an engine bug: result, transcript and what the server saw.
QString explain(const Outcome &o, const HostileServer &server)
{
    const CheckResult &r = o.result;
    QString out = u"\n  result: %1 (phase %2) after %3 ms: %4\n"_s.arg(resultCodeId(r.code), phaseId(r.failedPhase))
                      .arg(o.elapsedMs)
                      .arg(r.detail);
    out += u"  tls: attempted=%1 established=%2 verified=%3 discarded=%4 error=%5\n"_s.arg(r.tls.attempted)
               .arg(r.tls.established)
               .arg(r.tls.verified)
               .arg(r.tls.discardedPlaintextBytes)
               .arg(r.tls.handshakeError);
    out += u"  last reply: %1 %2\n"_s.arg(r.lastReply.code).arg(r.lastReply.text());
    out += u"  transcript:\n"_s;
    for (const TranscriptEntry &e : r.transcript) {
        out += u"    %1 %2: %3\n"_s.arg(e.ms, 5).arg(
            directionMark(e.direction), Transcript::printable(e.line.left(300)));
    }
    out += server.describe();
    return out;
}

bool isOneOf(ResultCode code, const QList<ResultCode> &accepted)
{
    return accepted.contains(code);
}

bool onlyQuit(const QByteArrayList &verbs)
{
    return std::all_of(verbs.cbegin(), verbs.cend(), [](const QByteArray &v) { return v == "QUIT"_ba; });
}

bool serverSaidInTranscript(const CheckResult &r, QStringView needle)
{
    return std::any_of(r.transcript.cbegin(), r.transcript.cend(), [needle](const TranscriptEntry &e) {
        return e.direction == TranscriptEntry::Direction::Server && e.line.contains(needle);
    });
}

// Peak resident set size of this process in kB (Linux), or -1.
qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArrayList lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) {
            const QByteArray value = line.mid(6).trimmed();
            return value.left(value.indexOf(' ')).toLongLong();
        }
    }
    return -1;
}

// Resets the peak RSS to the current RSS (Linux >= 4.0), so a later peakRssKb() measures this case only.
void resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

QByteArray garbage(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out) {
        c = static_cast<char>(random.bounded(256));
        if (c == '\r' || c == '\n')
            c = '\x7f';
    }
    out[0] = '\x80'; // never a digit: not an SMTP reply from the first byte on
    return out;
}

QByteArray repeated(QByteArrayView line, int times)
{
    QByteArray out;
    out.reserve(line.size() * times);
    for (int i = 0; i < times; ++i)
        out += line;
    return out;
}

} // namespace

// QVERIFY that, on failure, prints the whole story (result, transcript, what the server
// saw) from the QString `why` in scope; QTest would truncate it as a failure message.
#define CHECK(condition)                                                                                               \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            qInfo().noquote() << why;                                                                                  \
            QTest::qFail("'" #condition "' returned FALSE (details above)", __FILE__, __LINE__);                       \
            return;                                                                                                    \
        }                                                                                                              \
    } while (false)

class HostileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void wellBehavedBaseline_data();
    void wellBehavedBaseline();
    void silentServer();
    void garbageGreeting_data();
    void garbageGreeting();
    void overlongLine_data();
    void overlongLine();
    void endlessMultilineReply_data();
    void endlessMultilineReply();
    void drippedGreeting_data();
    void drippedGreeting();
    void connectionLostMidReply_data();
    void connectionLostMidReply();
    void serviceUnavailable_data();
    void serviceUnavailable();
    void startTlsInjectionSameWrite_data();
    void startTlsInjectionSameWrite();
    void startTlsInjectionLaterSegment();
    void startTlsNotOffered();
    void authOfferedOnlyBeforeTls();
    void startTlsRefused();
    void startTlsWithoutHandshake_data();
    void startTlsWithoutHandshake();
    void implicitTlsPortWithStartTlsSettings();
    void cancelMidway_data();
    void cancelMidway();

private:
    [[nodiscard]] CheckSettings settingsFor(const HostileServer &server) const;
    void startServer(HostileServer &server, const HostileScript &script);
    void run(const CheckSettings &settings, HostileServer &server, Outcome &out);

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_noTlsReason;
};

// ------------------------------------------------------------------------------------
// Fixture

void HostileTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!QSslSocket::supportsSsl()) {
        m_noTlsReason = u"Qt has no TLS backend"_s;
        return;
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        m_noTlsReason = u"the openssl command is not installed"_s;
        return;
    }
    const QString certPath = m_dir.filePath(u"cert.pem"_s);
    const QString keyPath = m_dir.filePath(u"key.pem"_s);
    QProcess openSsl;
    openSsl.start(openssl,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
            u"-keyout"_s, keyPath, u"-out"_s, certPath, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=localhost"_s,
            u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s });
    QVERIFY2(openSsl.waitForFinished(60000), qPrintable(openSsl.errorString()));
    QVERIFY2(openSsl.exitStatus() == QProcess::NormalExit && openSsl.exitCode() == 0,
        openSsl.readAllStandardError().constData());

    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
    QCOMPARE(certificates.size(), 1);
    m_certificate = certificates.constFirst();
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_key.isNull());
}

CheckSettings HostileTest::settingsFor(const HostileServer &server) const
{
    CheckSettings s;
    s.host = u"localhost"_s;
    s.port = server.serverPort();
    s.connectAddress = QHostAddress(QHostAddress::LocalHost);
    s.security = Security::StartTls;
    s.ehloName = u"client.hostile.test"_s;
    if (!m_certificate.isNull())
        s.extraCaCertificates = { m_certificate };
    Timeouts &t = s.timeouts;
    t.totalMs = 8000;
    t.resolveMs = 1000;
    t.connectMs = 1500;
    t.greetingMs = 1500;
    t.tlsMs = 1500;
    t.replyMs = 1500;
    t.dataMs = 1500;
    t.silentProbeAfterMs = 5000; // after greetingMs: no probe unless a case asks for one
    return s;
}

void HostileTest::startServer(HostileServer &server, const HostileScript &script)
{
    server.setScript(script);
    if (!m_certificate.isNull())
        server.setTlsIdentity(m_certificate, m_key);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
}

// Runs one check to its end and checks what must hold for every hostile case:
// finished() exactly once and asynchronously, within the total deadline; the
// client leaves no connection open, sends a bounded amount, and never sends AUTH
// or a credential in plaintext.
void HostileTest::run(const CheckSettings &settings, HostileServer &server, Outcome &out)
{
    {
        SmtpCheck check;
        check.setSettings(settings);
        QSignalSpy finished(&check, &SmtpCheck::finished);
        QVERIFY(finished.isValid());
        QElapsedTimer timer;
        timer.start();
        check.start();
        QVERIFY2(finished.isEmpty(), "finished() was emitted synchronously from start()");
        const bool done = finished.wait(int(settings.timeouts.totalMs + kSlackMs));
        out.elapsedMs = timer.elapsed();
        out.result = check.result();
        if (!done) {
            check.cancel();
            qInfo().noquote() << explain(out, server);
            QFAIL(qPrintable(
                u"no finished() within totalMs + slack (%1 ms)"_s.arg(settings.timeouts.totalMs + kSlackMs)));
        }
        QCOMPARE(finished.size(), 1);
        QVERIFY(!check.isRunning());
    }
    const QString why = explain(out, server);
    if (qEnvironmentVariableIsSet("SDOC_HOSTILE_VERBOSE")) // the whole story of every case, not only of failures
        qInfo().noquote() << why;
    CHECK(out.elapsedMs <= settings.timeouts.totalMs + kSlackMs);

    // The SmtpCheck is gone: no client connection may stay open.
    CHECK(QTest::qWaitFor([&server] { return server.allClosed(); }, 3000));

    CHECK(server.totalBytesReceived() <= kClientTrafficLimit);
    const QByteArray password = kPassword.toUtf8();
    const QByteArray plainSasl = "\0"_ba + kUser.toUtf8() + "\0"_ba + password;
    for (const ConnectionLog &log : server.logs()) {
        CHECK(!log.sentVerb("AUTH", Layer::Plain));
        CHECK(!log.plain.contains(password));
        CHECK(!log.plain.contains(password.toBase64()));
        CHECK(!log.plain.contains(plainSasl.toBase64()));
        CHECK(log.pipelinedAfterStartTls.isEmpty());
    }
}

// ------------------------------------------------------------------------------------
// Sanity: the scripted server itself works with a well-behaved script.

void HostileTest::wellBehavedBaseline_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("starttls") << false;
    QTest::newRow("implicit tls") << true;
}

void HostileTest::wellBehavedBaseline()
{
    QFETCH(bool, implicitTls);
    if (!m_noTlsReason.isEmpty())
        QSKIP(qPrintable(m_noTlsReason));

    HostileScript script;
    script.implicitTls = implicitTls;
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.security = implicitTls ? Security::Tls : Security::StartTls;
    settings.username = kUser;
    settings.password = kPassword;
    settings.from = u"sender@hostile.test"_s;
    settings.to = u"rcpt@hostile.test"_s;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(o.result.code == ResultCode::Ok);
    CHECK(o.result.tls.established && o.result.tls.verified);
    CHECK(o.result.auth.ok);
    CHECK(o.result.messageSent);
    CHECK(o.result.queueId == u"HOSTILE1"_s);
    CHECK(o.result.capabilities.serverName == u"hostile-tls.test"_s);
    CHECK(o.result.tls.discardedPlaintextBytes == 0);

    CHECK(server.connectionCount() == 1);
    const ConnectionLog &log = server.log(0);
    CHECK(log.tlsEstablished);
    if (implicitTls)
        CHECK(log.verbs(Layer::Plain).isEmpty());
    else
        CHECK(log.verbs(Layer::Plain) == (QByteArrayList { "EHLO"_ba, "STARTTLS"_ba }));
    CHECK(log.sentVerb("AUTH", Layer::Tls));
    CHECK(log.sentVerb("DATA", Layer::Tls));
    CHECK(log.bodyBytes > 0);
}

// ------------------------------------------------------------------------------------
// Greeting

void HostileTest::silentServer()
{
    const HostileScript script = HostileScript::silent(); // not a byte, ever, not even to a TLS probe
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.timeouts.silentProbeAfterMs = 300;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(o.result.code == ResultCode::NoGreeting);
    CHECK(o.result.failedPhase == Phase::Greeting);
    CHECK(o.elapsedMs <= settings.timeouts.greetingMs + kSlackMs);
    CHECK(server.connectionCount() >= 1);
    // An SMTP client speaks only after the greeting (QUIT when it gives up is fine).
    CHECK(onlyQuit(server.log(0).verbs()) && !server.log(0).overlongLine);
    // The parallel TLS probe: a second connection that starts with a TLS handshake record.
    CHECK(server.connectionCount() == 2);
    CHECK(server.log(1).plain.startsWith('\x16'));
}

void HostileTest::garbageGreeting_data()
{
    QTest::addColumn<Response>("greeting");

    QTest::newRow("http 400") << Response(
        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"_ba);
    QTest::newRow("http 400, then close")
        << Response("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"_ba, Ending::Close);
    QTest::newRow("ssh banner") << Response("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"_ba);
    QTest::newRow("binary with line end") << Response(garbage(300, 1) + "\r\n"_ba);
    QTest::newRow("binary without line end") << Response(garbage(300, 2));
    QTest::newRow("binary, then close") << Response(garbage(300, 3), Ending::Close);
    QTest::newRow("code without separator") << Response("220hostile.test ESMTP\r\n"_ba);
    QTest::newRow("code out of range") << Response("999 hostile.test ESMTP\r\n"_ba);
    QTest::newRow("inconsistent multi-line codes") << Response("220-hostile.test\r\n250 ESMTP\r\n"_ba);
}

void HostileTest::garbageGreeting()
{
    QFETCH(Response, greeting);
    HostileScript script;
    script.greeting = greeting;
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(o.result.code == ResultCode::ProtocolError);
    CHECK(o.result.failedPhase == Phase::Greeting);
    // The garbage is recognisable at once: no waiting for the greeting deadline.
    CHECK(o.elapsedMs < settings.timeouts.greetingMs);
    CHECK(onlyQuit(server.log(0).verbs()));
}

void HostileTest::overlongLine_data()
{
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<Phase>("phase");

    const QByteArray megabyte(1024 * 1024, 'x');
    {
        HostileScript s;
        s.greeting = Response("220 "_ba + megabyte);
        QTest::newRow("1 MB greeting line at once") << s << Phase::Greeting;
    }
    {
        HostileScript s;
        s.greeting = Response::endless("220 "_ba, QByteArray(64 * 1024, 'x'), 1);
        QTest::newRow("endless greeting line") << s << Phase::Greeting;
    }
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, Response("250-"_ba + megabyte));
        QTest::newRow("1 MB EHLO line") << s << Phase::Ehlo;
    }
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, Response("250-hostile.test\r\n250-"_ba + megabyte + "\r\n250 8BITMIME\r\n"_ba));
        QTest::newRow("1 MB EHLO continuation line, then a line end") << s << Phase::Ehlo;
    }
}

void HostileTest::overlongLine()
{
    QFETCH(HostileScript, script);
    QFETCH(Phase, phase);
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);

    resetPeakRss();
    const qint64 rssBefore = peakRssKb();
    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const qint64 rssGrowth = peakRssKb() - rssBefore;
    const QString why = explain(o, server) + u"  peak RSS growth: %1 kB\n"_s.arg(rssGrowth);
    if (qEnvironmentVariableIsSet("SDOC_HOSTILE_VERBOSE"))
        qInfo("peak RSS growth: %lld kB, server sent %lld bytes", rssGrowth, server.totalBytesSent());
    CHECK(o.result.code == ResultCode::ProtocolError);
    CHECK(o.result.failedPhase == phase);
    // The line limit ends it, not a deadline.
    const int stepLimit = phase == Phase::Greeting ? settings.timeouts.greetingMs : settings.timeouts.replyMs;
    CHECK(o.elapsedMs < stepLimit);
    if (rssBefore >= 0)
        CHECK(rssGrowth < kMemoryGrowthLimitKb);
}

void HostileTest::endlessMultilineReply_data()
{
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<Phase>("phase");

    const QByteArray ehloLine = "250-"_ba + QByteArray(60, 'x') + "\r\n"_ba;
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, Response::endless("250-hostile.test\r\n"_ba, ehloLine, 10));
        QTest::newRow("EHLO, one line per 10 ms") << s << Phase::Ehlo;
    }
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, Response::endless("250-hostile.test\r\n"_ba, repeated(ehloLine, 1000), 1));
        QTest::newRow("EHLO, flood") << s << Phase::Ehlo;
    }
    {
        HostileScript s;
        const QByteArray greetLine = "220-"_ba + QByteArray(60, 'x') + "\r\n"_ba;
        s.greeting = Response::endless("220-hostile.test\r\n"_ba, repeated(greetLine, 1000), 1);
        QTest::newRow("greeting, flood") << s << Phase::Greeting;
    }
    {
        HostileScript s;
        // Many small lines that together are far beyond any sane reply size.
        s.replies.insert("EHLO"_ba, Response::endless("250-hostile.test\r\n"_ba, repeated("250-A\r\n", 4000), 1));
        QTest::newRow("EHLO, flood of tiny lines") << s << Phase::Ehlo;
    }
}

void HostileTest::endlessMultilineReply()
{
    QFETCH(HostileScript, script);
    QFETCH(Phase, phase);
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);

    resetPeakRss();
    const qint64 rssBefore = peakRssKb();
    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const qint64 rssGrowth = peakRssKb() - rssBefore;
    const QString why = explain(o, server)
        + u"  peak RSS growth: %1 kB, server sent %2 bytes\n"_s.arg(rssGrowth).arg(server.totalBytesSent());
    if (qEnvironmentVariableIsSet("SDOC_HOSTILE_VERBOSE"))
        qInfo("peak RSS growth: %lld kB, server sent %lld bytes", rssGrowth, server.totalBytesSent());
    CHECK(isOneOf(o.result.code, { ResultCode::ProtocolError, ResultCode::Timeout }));
    CHECK(o.result.failedPhase == phase);
    const int stepLimit = phase == Phase::Greeting ? settings.timeouts.greetingMs : settings.timeouts.replyMs;
    CHECK(o.elapsedMs <= stepLimit + kSlackMs);
    if (rssBefore >= 0)
        CHECK(rssGrowth < kMemoryGrowthLimitKb);
    // The transcript is bounded too (it is part of the result the user keeps).
    qsizetype transcriptChars = 0;
    for (const TranscriptEntry &e : o.result.transcript)
        transcriptChars += e.line.size();
    CHECK(transcriptChars < 256 * 1024);
}

void HostileTest::drippedGreeting_data()
{
    QTest::addColumn<int>("probeAfterMs");
    QTest::newRow("no probe") << 5000;
    QTest::newRow("probe after 300 ms") << 300;
}

void HostileTest::drippedGreeting()
{
    QFETCH(int, probeAfterMs);
    const QByteArray greeting = "220 hostile.test ESMTP ready\r\n"_ba;
    HostileScript script;
    script.greeting = Response::dripped(greeting, 1, 1000); // one byte per second: ~30 s for the line
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.timeouts.silentProbeAfterMs = probeAfterMs;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(isOneOf(o.result.code, { ResultCode::Timeout, ResultCode::NoGreeting }));
    CHECK(o.result.failedPhase == Phase::Greeting);
    // The greeting deadline holds although a byte keeps arriving (it is not an idle timeout).
    CHECK(o.elapsedMs <= settings.timeouts.greetingMs + kSlackMs);
    CHECK(server.log(0).bytesSent >= 2 && server.log(0).bytesSent < greeting.size());
    CHECK(onlyQuit(server.log(0).verbs()));
}

// ------------------------------------------------------------------------------------
// Connection lost

void HostileTest::connectionLostMidReply_data()
{
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<QList<ResultCode>>("accepted");
    QTest::addColumn<Phase>("phase");

    // Without a complete greeting, "no greeting" is as sensible as "protocol error".
    const QList<ResultCode> inGreeting { ResultCode::ProtocolError, ResultCode::NoGreeting };
    const QList<ResultCode> later { ResultCode::ProtocolError };
    // The greeting comes 50 ms after accept, as over a real network: a reset that arrives
    // before the client's event loop has seen its connect() complete makes Qt re-connect()
    // the same socket (a fresh SYN) instead of reporting an error; that is a different case.
    const auto greetingThen = [](const QByteArray &bytes, Ending ending) {
        Response r(bytes, ending);
        r.pace.delayMs = 50;
        return r;
    };
    for (const Ending ending : { Ending::Reset, Ending::Close }) {
        const char *how = ending == Ending::Reset ? "reset" : "close";
        {
            HostileScript s;
            s.greeting = greetingThen("220 hostile.te"_ba, ending);
            QTest::addRow("mid greeting line, %s", how) << s << inGreeting << Phase::Greeting;
        }
        {
            HostileScript s;
            s.greeting = greetingThen("220-hostile.test\r\n220-still"_ba, ending);
            QTest::addRow("mid multi-line greeting, %s", how) << s << inGreeting << Phase::Greeting;
        }
        {
            HostileScript s;
            s.replies.insert("EHLO"_ba, Response("250-hostile.test\r\n250-PIPEL"_ba, ending));
            QTest::addRow("mid EHLO reply, %s", how) << s << later << Phase::Ehlo;
        }
        {
            HostileScript s;
            s.replies.insert("EHLO"_ba, Response(QByteArray(), ending));
            QTest::addRow("EHLO answered by %s", how) << s << later << Phase::Ehlo;
        }
        {
            HostileScript s;
            s.replies.insert("STARTTLS"_ba, Response("220 Ready to st"_ba, ending));
            QTest::addRow("mid STARTTLS reply, %s", how) << s << later << Phase::StartTls;
        }
    }
}

void HostileTest::connectionLostMidReply()
{
    QFETCH(HostileScript, script);
    QFETCH(QList<ResultCode>, accepted);
    QFETCH(Phase, phase);
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.username = kUser;
    settings.password = kPassword;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(isOneOf(o.result.code, accepted));
    CHECK(o.result.failedPhase == phase);
    // A lost connection is noticed at once, not at a deadline.
    CHECK(o.elapsedMs < settings.timeouts.replyMs);
}

// ------------------------------------------------------------------------------------
// 421 / 554

void HostileTest::serviceUnavailable_data()
{
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<bool>("needsTls");
    QTest::addColumn<QByteArray>("failingVerb"); // empty: the greeting
    QTest::addColumn<Phase>("phase");

    for (const Ending ending : { Ending::Stay, Ending::Close }) {
        const char *how = ending == Ending::Stay ? "stays open" : "then closes";
        const Response r421("421 4.3.2 hostile.test Service not available, closing channel\r\n"_ba, ending);
        {
            HostileScript s;
            s.greeting = r421;
            QTest::addRow("421 greeting, %s", how) << s << false << QByteArray() << Phase::Greeting;
        }
        {
            HostileScript s;
            s.replies.insert("EHLO"_ba, r421);
            QTest::addRow("421 EHLO, %s", how) << s << false << "EHLO"_ba << Phase::Ehlo;
        }
        {
            HostileScript s;
            s.replies.insert("STARTTLS"_ba, r421);
            QTest::addRow("421 STARTTLS, %s", how) << s << false << "STARTTLS"_ba << Phase::StartTls;
        }
        {
            HostileScript s;
            s.tlsReplies.insert("AUTH"_ba, r421);
            QTest::addRow("421 AUTH, %s", how) << s << true << "AUTH"_ba << Phase::Auth;
        }
        {
            HostileScript s;
            s.tlsReplies.insert("MAIL"_ba, r421);
            QTest::addRow("421 MAIL FROM, %s", how) << s << true << "MAIL"_ba << Phase::MailFrom;
        }
    }
    {
        HostileScript s;
        s.greeting = Response("554 5.3.2 hostile.test No SMTP service here\r\n"_ba);
        QTest::newRow("554 greeting") << s << false << QByteArray() << Phase::Greeting;
    }
    {
        HostileScript s;
        s.greeting = Response("554-hostile.test\r\n554 5.7.1 Your address is on a block list\r\n"_ba);
        QTest::newRow("554 multi-line greeting") << s << false << QByteArray() << Phase::Greeting;
    }
}

void HostileTest::serviceUnavailable()
{
    QFETCH(HostileScript, script);
    QFETCH(bool, needsTls);
    QFETCH(QByteArray, failingVerb);
    QFETCH(Phase, phase);
    if (needsTls && !m_noTlsReason.isEmpty())
        QSKIP(qPrintable(m_noTlsReason));

    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.username = kUser;
    settings.password = kPassword;
    settings.from = u"sender@hostile.test"_s;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(o.result.code == ResultCode::ServerUnavailable);
    CHECK(o.result.failedPhase == phase);
    CHECK(o.elapsedMs < settings.timeouts.replyMs);
    const ConnectionLog &log = server.log(0);
    if (!failingVerb.isEmpty())
        CHECK(log.sentVerb(failingVerb));
    // Once the client could know the refusal: nothing but QUIT. (Commands pipelined with
    // the refused one, e.g. MAIL FROM + RSET under PIPELINING, were sent before that.)
    CHECK(onlyQuit(log.verbsAfterReplyTo(failingVerb)));
}

// ------------------------------------------------------------------------------------
// STARTTLS

void HostileTest::startTlsInjectionSameWrite_data()
{
    QTest::addColumn<QByteArray>("injected");
    QTest::newRow("one line") << "250 INJECTED\r\n"_ba;
    QTest::newRow("fake EHLO reply") << "250-injected.evil\r\n250-AUTH PLAIN LOGIN XOAUTH2\r\n250 INJECTED\r\n"_ba;
    QTest::newRow("partial line") << "250 INJECTED-no-line-end"_ba;
}

void HostileTest::startTlsInjectionSameWrite()
{
    QFETCH(QByteArray, injected);
    if (!m_noTlsReason.isEmpty())
        QSKIP(qPrintable(m_noTlsReason));

    HostileScript script;
    script.replies.insert("STARTTLS"_ba, "220 Ready to start TLS\r\n"_ba);
    script.startTls.injectSameWrite = injected; // one write, then a real handshake
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.username = kUser;
    settings.password = kPassword;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    const CheckResult &r = o.result;
    CHECK(r.code == ResultCode::Ok);
    CHECK(r.tls.established);
    CHECK(r.tls.discardedPlaintextBytes > 0);
    CHECK(r.tls.discardedPlaintextBytes <= injected.size());
    // Capabilities come from the EHLO inside TLS, not from the injection.
    CHECK(r.capabilities.serverName == u"hostile-tls.test"_s);
    CHECK(r.capabilities.offersAuth(u"PLAIN"));
    CHECK(!r.capabilities.offersAuth(u"XOAUTH2"));
    CHECK(r.capabilitiesBeforeTls.serverName == u"hostile.test"_s);
    CHECK(r.capabilitiesBeforeTls.startTls);
    CHECK(r.auth.attempted && r.auth.ok);
    CHECK(r.auth.used == u"PLAIN"_s);
    CHECK(!serverSaidInTranscript(r, u"INJECTED") && !serverSaidInTranscript(r, u"injected.evil"));

    // The client re-EHLOed inside TLS and authenticated only there.
    const ConnectionLog &log = server.log(0);
    CHECK(log.verbs(Layer::Plain) == (QByteArrayList { "EHLO"_ba, "STARTTLS"_ba }));
    const QByteArrayList tlsVerbs = log.verbs(Layer::Tls);
    CHECK(!tlsVerbs.isEmpty() && tlsVerbs.constFirst() == "EHLO"_ba);
    CHECK(tlsVerbs.contains("AUTH"_ba));
}

void HostileTest::startTlsInjectionLaterSegment()
{
    if (!m_noTlsReason.isEmpty())
        QSKIP(qPrintable(m_noTlsReason));

    HostileScript script;
    script.replies.insert("STARTTLS"_ba, "220 Ready to start TLS\r\n"_ba);
    script.startTls.injectLater = "250 INJECTED\r\n"_ba; // a later write, while the client is in its handshake
    script.startTls.injectLaterDelayMs = 100;
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.username = kUser;
    settings.password = kPassword;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    const CheckResult &r = o.result;
    CHECK(r.code == ResultCode::TlsHandshakeFailed);
    CHECK(r.failedPhase == Phase::TlsHandshake);
    CHECK(!r.tls.established);
    // The injected line was never taken as a reply.
    CHECK(!serverSaidInTranscript(r, u"INJECTED"));
    CHECK(!r.lastReply.text().contains(u"INJECTED"));
    CHECK(!r.capabilities.valid || r.capabilities.serverName != u"INJECTED"_s);
    CHECK(!server.log(0).sentVerb("AUTH"));
    CHECK(o.elapsedMs <= settings.timeouts.tlsMs + kSlackMs);
}

void HostileTest::startTlsNotOffered()
{
    HostileScript script;
    script.replies.insert("EHLO"_ba,
        HostileScript::ehloReply(
            "hostile.test", { "PIPELINING"_ba, "AUTH PLAIN LOGIN"_ba, "AUTH=PLAIN LOGIN"_ba, "8BITMIME"_ba }));
    script.replies.insert("AUTH"_ba, "235 2.7.0 Authentication successful\r\n"_ba); // would gladly take it
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.username = kUser;
    settings.password = kPassword;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(o.result.code == ResultCode::StartTlsNotOffered);
    CHECK(!o.result.auth.attempted);
    const ConnectionLog &log = server.log(0);
    CHECK(!log.sentVerb("AUTH"));
    CHECK(!log.plain.contains("AUTH"));
    CHECK(onlyQuit(log.verbsAfter("EHLO")));
    CHECK(o.elapsedMs < settings.timeouts.replyMs);
}

void HostileTest::authOfferedOnlyBeforeTls()
{
    if (!m_noTlsReason.isEmpty())
        QSKIP(qPrintable(m_noTlsReason));

    HostileScript script;
    script.replies.insert(
        "EHLO"_ba, HostileScript::ehloReply("hostile.test", { "STARTTLS"_ba, "AUTH PLAIN LOGIN"_ba }));
    script.tlsReplies.insert(
        "EHLO"_ba, HostileScript::ehloReply("hostile-tls.test", { "PIPELINING"_ba, "8BITMIME"_ba }));
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.username = kUser;
    settings.password = kPassword;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    const CheckResult &r = o.result;
    CHECK(r.code == ResultCode::AuthNotOffered);
    CHECK(r.tls.established);
    CHECK(r.capabilitiesBeforeTls.offersAuth(u"PLAIN"));
    CHECK(r.capabilities.authMechanisms.isEmpty());
    CHECK(r.auth.offered.isEmpty());
    CHECK(!r.auth.attempted);
    CHECK(!server.log(0).sentVerb("AUTH"));
}

void HostileTest::startTlsRefused()
{
    HostileScript script;
    script.replies.insert("STARTTLS"_ba, "454 4.7.0 TLS not available due to local problem\r\n"_ba);
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.username = kUser;
    settings.password = kPassword;
    settings.from = u"sender@hostile.test"_s;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(o.result.code == ResultCode::TlsHandshakeFailed);
    CHECK(o.result.failedPhase == Phase::StartTls);
    CHECK(!o.result.tls.established);
    // Nothing but QUIT in plaintext after the refusal.
    CHECK(onlyQuit(server.log(0).verbsAfter("STARTTLS")));
    CHECK(o.elapsedMs < settings.timeouts.replyMs);
}

void HostileTest::startTlsWithoutHandshake_data()
{
    QTest::addColumn<HostileScript>("script");
    {
        HostileScript s;
        s.startTls.handshake = false; // says 220, then goes on in plaintext
        QTest::newRow("answers the ClientHello in plaintext") << s;
    }
    {
        HostileScript s;
        s.startTls.handshake = false;
        s.defaultReply = Response(); // ... and never says another word: the handshake can only time out
        QTest::newRow("silent after 220") << s;
    }
}

void HostileTest::startTlsWithoutHandshake()
{
    QFETCH(HostileScript, script);
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.username = kUser;
    settings.password = kPassword;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(isOneOf(o.result.code, { ResultCode::TlsHandshakeFailed, ResultCode::Timeout }));
    CHECK(o.result.failedPhase == Phase::TlsHandshake);
    CHECK(!o.result.tls.established);
    CHECK(o.elapsedMs <= settings.timeouts.tlsMs + kSlackMs);
}

void HostileTest::implicitTlsPortWithStartTlsSettings()
{
    if (!m_noTlsReason.isEmpty())
        QSKIP(qPrintable(m_noTlsReason));

    HostileScript script;
    script.implicitTls = true; // waits for a ClientHello: silent for a plaintext client
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.timeouts.silentProbeAfterMs = 300;

    Outcome o;
    run(settings, server, o);
    if (QTest::currentTestFailed())
        return;
    const QString why = explain(o, server);
    CHECK(o.result.code == ResultCode::WrongSecurityMode);
    CHECK(o.result.suggestedSecurity == Security::Tls);
    CHECK(o.elapsedMs <= settings.timeouts.greetingMs + kSlackMs);
    CHECK(server.log(0).bytesReceived == 0);
}

// ------------------------------------------------------------------------------------
// Cancel

void HostileTest::cancelMidway_data()
{
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<Phase>("phase"); // cancel once this phase started

    QTest::newRow("waiting for the greeting") << HostileScript::silent() << Phase::Greeting;
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, Response());
        QTest::newRow("waiting for the EHLO reply") << s << Phase::Ehlo;
    }
    {
        HostileScript s;
        s.startTls.handshake = false;
        QTest::newRow("in the TLS handshake") << s << Phase::TlsHandshake;
    }
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, Response::endless("250-hostile.test\r\n"_ba, "250-xxxxxxxx\r\n"_ba, 20));
        QTest::newRow("while an endless reply trickles in") << s << Phase::Ehlo;
    }
}

void HostileTest::cancelMidway()
{
    QFETCH(HostileScript, script);
    QFETCH(Phase, phase);
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);

    SmtpCheck check;
    check.setSettings(settings);
    // Cancel the moment the phase starts, from inside the signal: deterministic, and the
    // hardest case for the engine (cancel() re-entered from its own signal emission).
    QSignalSpy finished(&check, &SmtpCheck::finished);
    QElapsedTimer sinceCancel;
    bool cancelled = false;
    bool finishedBeforeCancel = false;
    bool synchronousFinish = false;
    connect(&check, &SmtpCheck::phaseStarted, this, [&](Phase p) {
        if (p != phase || cancelled)
            return;
        cancelled = true;
        finishedBeforeCancel = !finished.isEmpty();
        sinceCancel.start();
        check.cancel();
        synchronousFinish = !finished.isEmpty();
    });
    check.start();
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 3000);
    QVERIFY(!finishedBeforeCancel);
    QVERIFY2(!synchronousFinish, "finished() was emitted synchronously from cancel()");
    QVERIFY(!finished.isEmpty() || finished.wait(1000));
    const qint64 latency = sinceCancel.elapsed();
    const Outcome o { check.result(), latency };
    const QString why = explain(o, server);
    CHECK(o.result.code == ResultCode::Cancelled);
    CHECK(latency < 500);
    QVERIFY(!check.isRunning());
    // Cancel lets go of the connection while the SmtpCheck still exists.
    CHECK(QTest::qWaitFor([&server] { return server.allClosed(); }, 1000));
    // Exactly once.
    QVERIFY(!finished.wait(200));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(HostileTest)

#include "tst_hostile.moc"
