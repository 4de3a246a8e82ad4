// SPDX-License-Identifier: GPL-3.0-or-later
//
// Adversarial STARTTLS: stripping and refusal, response injection around the upgrade,
// unsolicited replies, and capability tampering across the TLS boundary. Every case
// asserts the ResultCode, the deadline, and what the client sent, before and inside TLS.
// SDOC_HOSTILE_VERBOSE=1 prints the whole story of every case.

#include "hostileserver.h"

#include "smtp/phase.h"
#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "smtp/smtpcheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Testing;

namespace {

constexpr int kSlackMs = 1000; // event loop and scheduling slack on a loaded 2-core machine

bool isText(const QByteArray &line)
{
    return std::all_of(line.cbegin(), line.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

// The verbs of the text lines the client sent on `layer` (binary "lines" are pieces of
// a ClientHello the server did not take for TLS), without the QUIT it may add when it
// gives up.
QByteArrayList commandsOn(const ConnectionLog &log, Layer layer)
{
    QByteArrayList verbs;
    for (const ReceivedLine &l : log.lines) {
        if (l.layer == layer && isText(l.line)) {
            const qsizetype space = l.line.indexOf(' ');
            verbs << (space < 0 ? l.line : l.line.left(space)).toUpper();
        }
    }
    while (!verbs.isEmpty() && verbs.constLast() == "QUIT"_ba)
        verbs.removeLast();
    return verbs;
}

bool transcriptHasServerText(const CheckResult &r, QStringView needle)
{
    return std::any_of(r.transcript.cbegin(), r.transcript.cend(), [needle](const TranscriptEntry &e) {
        return e.direction == TranscriptEntry::Direction::Server && e.line.contains(needle);
    });
}

// Lines inside TLS that reached the server in the same read as the line before them:
// the client did not wait for a reply in between (pipelining).
int pipelinedTlsLines(const ConnectionLog &log)
{
    int count = 0;
    int previousRead = -1;
    for (const ReceivedLine &l : log.lines) {
        if (l.layer != Layer::Tls)
            continue;
        if (l.read == previousRead)
            ++count;
        previousRead = l.read;
    }
    return count;
}

const QByteArray kCramChallenge = QByteArrayLiteral("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+");

} // namespace

#define STORY(condition) SDOC_VERIFY_STORY(condition, story)

class AdversarialStartTlsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Stripping and refusal
    void stripping_data();
    void stripping();
    void implicitTlsPortAnswersPlaintext();
    void multiLine220IsOneReply();

    // Injection
    void injectionSameWrite_data();
    void injectionSameWrite();
    void injectionLaterSegment_data();
    void injectionLaterSegment();
    void unsolicitedReply_data();
    void unsolicitedReply();

    // Tampering
    void authOnlyFromPostTlsEhlo_data();
    void authOnlyFromPostTlsEhlo();
    void postTlsEhloFailure_data();
    void postTlsEhloFailure();
    void extensionsOnlyFromPostTlsEhlo_data();
    void extensionsOnlyFromPostTlsEhlo();
    void startTlsOfferedAgainInsideTls();

private:
    void startServer(HostileServer &server, const HostileScript &script);
    [[nodiscard]] CheckSettings settingsFor(const HostileServer &server) const;
    // The contract of every run: one asynchronous finished() in time, every
    // connection closed afterwards, nothing secret before TLS.
    void settle(const CheckRun &run, const CheckSettings &settings, const HostileServer &server);

    TestPki m_pki;
    TestPki::Identity m_ca;
    TestPki::Identity m_leaf;
};

void AdversarialStartTlsTest::initTestCase()
{
    if (!m_pki.unavailableReason().isEmpty())
        QSKIP(qPrintable(m_pki.unavailableReason()));
    m_ca = m_pki.issue(TestPki::Request::authority(u"Adversarial Test Root"_s));
    QVERIFY2(!m_ca.isNull(), qPrintable(m_pki.errorString()));
    m_leaf = m_pki.issue(TestPki::Request::leaf(u"mail.example.test"_s, { u"DNS:mail.example.test"_s }, &m_ca));
    QVERIFY2(!m_leaf.isNull(), qPrintable(m_pki.errorString()));
}

void AdversarialStartTlsTest::startServer(HostileServer &server, const HostileScript &script)
{
    server.setScript(script);
    server.setTlsIdentity(m_leaf.certificate, m_leaf.key);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
}

CheckSettings AdversarialStartTlsTest::settingsFor(const HostileServer &server) const
{
    return adversarialSettings(server.serverPort(), m_ca.certificate);
}

void AdversarialStartTlsTest::settle(const CheckRun &run, const CheckSettings &settings, const HostileServer &server)
{
    verifyRunSettled(run, settings, server, kSlackMs);
}

// ------------------------------------------------------------------------------------
// Stripping and refusal: whatever the server does instead of a clean "220" and a
// handshake, the check fails in a TLS category, sends nothing after the refusal but
// QUIT, never retries without TLS, and never authenticates.

void AdversarialStartTlsTest::stripping_data()
{
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<ResultCode>("code");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QByteArrayList>("plainCommands"); // before TLS, without a final QUIT
    QTest::addColumn<bool>("waitsForDeadline"); // the case can only end by a deadline

    const QByteArrayList upToStartTls { "EHLO"_ba, "STARTTLS"_ba };
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba,
            HostileScript::ehloReply("mail.example.test", { "PIPELINING"_ba, "AUTH PLAIN LOGIN"_ba, "8BITMIME"_ba }));
        s.replies.insert("AUTH"_ba, "235 2.7.0 Come in\r\n"_ba); // would take a plaintext password gladly
        QTest::newRow("STARTTLS not offered, AUTH offered in plaintext")
            << s << ResultCode::StartTlsNotOffered << Phase::StartTls << QByteArrayList { "EHLO"_ba } << false;
    }
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, "502 5.5.2 EHLO not implemented\r\n"_ba);
        s.replies.insert("HELO"_ba, "250 mail.example.test\r\n"_ba);
        QTest::newRow("EHLO refused, HELO accepted: no extensions, so no STARTTLS")
            << s << ResultCode::StartTlsNotOffered << Phase::StartTls << QByteArrayList { "EHLO"_ba, "HELO"_ba }
            << false;
    }
    const QList<QByteArray> refusals { "454 4.7.0 TLS not available due to local problem\r\n"_ba,
        "500 5.5.1 Command unrecognized\r\n"_ba, "502 5.5.1 Command not implemented\r\n"_ba,
        "501 5.5.4 Syntax error (no parameters allowed)\r\n"_ba,
        "554 5.7.3 Unable to initialize security subsystem\r\n"_ba };
    for (const QByteArray &refusal : refusals) {
        HostileScript s;
        s.replies.insert("STARTTLS"_ba, refusal);
        QTest::addRow("refused with %s", refusal.left(3).constData())
            << s << ResultCode::TlsHandshakeFailed << Phase::StartTls << upToStartTls << false;
    }
    {
        HostileScript s;
        s.replies.insert("STARTTLS"_ba, "220garbage\r\n"_ba);
        QTest::newRow("answered 220garbage")
            << s << ResultCode::ProtocolError << Phase::StartTls << upToStartTls << false;
    }
    {
        HostileScript s;
        s.replies.insert("STARTTLS"_ba, "250 OK\r\n"_ba);
        QTest::newRow("answered 250 OK") << s << ResultCode::TlsHandshakeFailed << Phase::StartTls << upToStartTls
                                         << false;
    }
    {
        HostileScript s;
        s.replies.insert("STARTTLS"_ba, "354 Go ahead\r\n"_ba);
        QTest::newRow("answered 354") << s << ResultCode::TlsHandshakeFailed << Phase::StartTls << upToStartTls
                                      << false;
    }
    {
        // The server starts its handshake after the first line of a multi-line 220: the
        // client must keep waiting for the last line (never start TLS on "220-") and run
        // into the reply deadline.
        HostileScript s;
        s.replies.insert("STARTTLS"_ba, "220-Ready to start TLS\r\n"_ba);
        QTest::newRow("unfinished multi-line 220")
            << s << ResultCode::Timeout << Phase::StartTls << upToStartTls << true;
    }
    {
        // 220 and then plaintext: the server goes on speaking SMTP where its ServerHello should be.
        HostileScript s;
        s.startTls.handshake = false;
        s.startTls.answerToClientHello = Response("500 5.5.2 Error: command not recognized\r\n"_ba);
        QTest::newRow("220, then an SMTP error instead of a ServerHello")
            << s << ResultCode::TlsHandshakeFailed << Phase::TlsHandshake << upToStartTls << false;
    }
    {
        HostileScript s;
        s.startTls.handshake = false;
        s.startTls.answerToClientHello = Response(
            HostileScript::ehloReply("mail.example.test", { "AUTH PLAIN LOGIN"_ba }) + "235 2.7.0 ok\r\n"_ba);
        QTest::newRow("220, then a fake EHLO reply offering AUTH")
            << s << ResultCode::TlsHandshakeFailed << Phase::TlsHandshake << upToStartTls << false;
    }
    {
        HostileScript s;
        s.startTls.handshake = false;
        s.defaultReply = Response(); // ... and says nothing more: only the TLS deadline ends it
        QTest::newRow("220, then silence") << s << ResultCode::Timeout << Phase::TlsHandshake << upToStartTls << true;
    }
}

void AdversarialStartTlsTest::stripping()
{
    QFETCH(HostileScript, script);
    QFETCH(ResultCode, code);
    QFETCH(Phase, phase);
    QFETCH(QByteArrayList, plainCommands);
    QFETCH(bool, waitsForDeadline);

    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    const CheckResult &r = run.result;
    STORY(r.code == code);
    STORY(r.failedPhase == phase);
    const int stepMs = phase == Phase::TlsHandshake ? settings.timeouts.tlsMs : settings.timeouts.replyMs;
    if (waitsForDeadline)
        STORY(run.elapsedMs >= stepMs * 9 / 10 && run.elapsedMs <= stepMs + kSlackMs); // QTimer is coarse (5 %)
    else
        STORY(run.elapsedMs < stepMs); // the refusal is recognised at once
    STORY(!r.tls.established && !r.auth.attempted && !r.messageSent);
    // One connection: no second attempt without TLS.
    STORY(server.connectionCount() == 1);
    const ConnectionLog &log = server.log(0);
    STORY(commandsOn(log, Layer::Plain) == plainCommands);
    STORY(log.tls.isEmpty());
    STORY(!log.plain.contains("AUTH") && !log.plain.contains("MAIL FROM"));
}

void AdversarialStartTlsTest::implicitTlsPortAnswersPlaintext()
{
    // Security::Tls against a server that greets in plaintext: the client's first and
    // only bytes are its ClientHello; no SMTP command ever goes out in plaintext.
    HostileServer server;
    startServer(server, HostileScript());
    CheckSettings settings = settingsFor(server);
    settings.security = Security::Tls;
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    STORY(run.result.code == ResultCode::WrongSecurityMode);
    STORY(run.result.suggestedSecurity == Security::StartTls);
    STORY(run.result.failedPhase == Phase::TlsHandshake);
    STORY(run.elapsedMs < settings.timeouts.tlsMs);
    STORY(server.connectionCount() == 1);
    const ConnectionLog &log = server.log(0);
    STORY(log.plain.startsWith('\x16')); // a TLS handshake record
    for (const QByteArray &word : { "EHLO"_ba, "HELO"_ba, "AUTH"_ba, "MAIL"_ba, "STARTTLS"_ba })
        STORY(!log.plain.contains(word));
    STORY(!run.result.auth.attempted);
}

void AdversarialStartTlsTest::multiLine220IsOneReply()
{
    // A complete multi-line 220 is one reply (RFC 5321 4.2.1): TLS starts after its last
    // line, nothing is discarded, and the check goes on inside TLS as usual.
    HostileScript script;
    script.replies.insert("STARTTLS"_ba, "220-2.0.0 Ready\r\n220-to start\r\n220 TLS\r\n"_ba);
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    STORY(run.result.code == ResultCode::Ok);
    STORY(run.result.tls.verified && run.result.tls.discardedPlaintextBytes == 0);
    STORY(run.elapsedMs < settings.timeouts.replyMs);
    STORY(commandsOn(server.log(0), Layer::Plain) == (QByteArrayList { "EHLO"_ba, "STARTTLS"_ba }));
}

// ------------------------------------------------------------------------------------
// Injection

void AdversarialStartTlsTest::injectionSameWrite_data()
{
    QTest::addColumn<QByteArray>("injected");
    QTest::addColumn<ResultCode>("code");
    QTest::newRow("a whole reply") << "250 2.0.0 INJECTED\r\n"_ba << ResultCode::Ok;
    QTest::newRow("a partial line without CRLF") << "250 INJECTED-no-line-end"_ba << ResultCode::Ok;
    QTest::newRow("several replies")
        << "250 INJECTED-1\r\n235 2.7.0 INJECTED-2\r\n250 INJECTED-3\r\n354 INJECTED-4\r\n"_ba << ResultCode::Ok;
    QTest::newRow("a fake EHLO reply offering PLAIN and an XOAUTH2") << HostileScript::ehloReply("injected.evil",
        { "AUTH PLAIN LOGIN XOAUTH2"_ba, "INJECTED"_ba }) << ResultCode::Ok;
    // Not SMTP at all: the reply parser judges bytes as they arrive and rejects the
    // segment before the "220" in front of them is taken. Fails closed, no TLS, no AUTH.
    QTest::newRow("bytes that look like a TLS record")
        << "\x16\x03\x03\x00\x02\x01\x00INJECTED"_ba << ResultCode::ProtocolError;
}

void AdversarialStartTlsTest::injectionSameWrite()
{
    // Bytes behind "220" in the same segment: the engine drops them unread (RFC 3207
    // 4.2), says how many it dropped, and learns everything again inside TLS.
    QFETCH(QByteArray, injected);
    QFETCH(ResultCode, code);
    HostileScript script;
    script.replies.insert("STARTTLS"_ba, "220 2.0.0 Ready to start TLS\r\n"_ba);
    script.startTls.injectSameWrite = injected;
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    const CheckResult &r = run.result;
    STORY(r.code == code);
    STORY(run.elapsedMs < settings.timeouts.replyMs);
    STORY(!transcriptHasServerText(r, u"INJECTED") && !transcriptHasServerText(r, u"injected.evil"));
    if (code != ResultCode::Ok) {
        STORY(r.failedPhase == Phase::StartTls);
        STORY(!r.tls.attempted && !r.auth.attempted);
        STORY(commandsOn(server.log(0), Layer::Plain) == (QByteArrayList { "EHLO"_ba, "STARTTLS"_ba }));
        STORY(server.log(0).tls.isEmpty());
        return;
    }
    STORY(r.tls.established && r.tls.verified);
    STORY(r.tls.discardedPlaintextBytes == injected.size());
    STORY(r.capabilities.serverName == u"hostile-tls.test"_s);
    STORY(r.capabilities.authMechanisms == QStringList { u"PLAIN"_s });
    STORY(r.auth.used == u"PLAIN"_s && r.auth.ok);
    const ConnectionLog &log = server.log(0);
    STORY(commandsOn(log, Layer::Plain) == (QByteArrayList { "EHLO"_ba, "STARTTLS"_ba }));
    const QByteArrayList inside = log.verbs(Layer::Tls);
    STORY(!inside.isEmpty() && inside.constFirst() == "EHLO"_ba);
    STORY(inside.contains("AUTH"_ba) && inside.contains("DATA"_ba));
}

void AdversarialStartTlsTest::injectionLaterSegment_data()
{
    QTest::addColumn<QByteArray>("injected");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("a whole reply, 50 ms later") << "250 2.0.0 INJECTED\r\n"_ba << 50;
    QTest::newRow("a partial line, 50 ms later") << "250 INJECTED-no-line-end"_ba << 50;
    QTest::newRow("several replies, 50 ms later") << "250 INJECTED-1\r\n235 INJECTED-2\r\n"_ba << 50;
    QTest::newRow("a fake EHLO reply, 200 ms later")
        << HostileScript::ehloReply("injected.evil", { "AUTH PLAIN"_ba }) << 200;
}

void AdversarialStartTlsTest::injectionLaterSegment()
{
    // Bytes behind "220" in a later segment reach the client's TLS layer as the start of
    // the server's handshake: the handshake fails; the bytes are never parsed as SMTP.
    QFETCH(QByteArray, injected);
    QFETCH(int, delayMs);
    HostileScript script;
    script.replies.insert("STARTTLS"_ba, "220 2.0.0 Ready to start TLS\r\n"_ba);
    script.startTls.injectLater = injected;
    script.startTls.injectLaterDelayMs = delayMs;
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    const CheckResult &r = run.result;
    // A partial line gives OpenSSL too few bytes to judge: it waits for more, until the deadline.
    STORY(r.code == ResultCode::TlsHandshakeFailed || r.code == ResultCode::Timeout);
    STORY(r.failedPhase == Phase::TlsHandshake);
    STORY(run.elapsedMs <= settings.timeouts.tlsMs + kSlackMs);
    STORY(!r.tls.established && !r.auth.attempted);
    STORY(!transcriptHasServerText(r, u"INJECTED") && !transcriptHasServerText(r, u"injected.evil"));
    STORY(!r.lastReply.text().contains(u"INJECTED"));
    STORY(server.connectionCount() == 1);
    STORY(commandsOn(server.log(0), Layer::Plain) == (QByteArrayList { "EHLO"_ba, "STARTTLS"_ba }));
    STORY(server.log(0).tls.isEmpty());
}

void AdversarialStartTlsTest::unsolicitedReply_data()
{
    // A reply that arrived before the client sent its next command cannot be the answer
    // to that command. The server sends it in the same segment as a legitimate reply,
    // so the client has it in hand when it is about to send.
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<Phase>("phase"); // where the check ends
    QTest::addColumn<QByteArray>("lastVerb"); // the last command the client may have sent ("" = none)

    const QByteArray ehloBeforeTls = HostileScript::ehloReply("hostile.test", { "STARTTLS"_ba, "8BITMIME"_ba });
    const QByteArray ehloInsideTls = HostileScript::ehloReply("hostile-tls.test", { "AUTH PLAIN"_ba, "8BITMIME"_ba });
    {
        HostileScript s;
        s.greeting = Response("220 hostile.test ESMTP\r\n250 2.0.0 ok\r\n"_ba);
        QTest::newRow("an extra 250 after the greeting") << s << Phase::Greeting << QByteArray();
    }
    {
        HostileScript s;
        s.greeting = Response("220 hostile.test ESMTP\r\n"_ba + ehloBeforeTls);
        QTest::newRow("the EHLO reply before EHLO") << s << Phase::Greeting << QByteArray();
    }
    {
        HostileScript s;
        s.greeting = Response("220 hostile.test ESMTP\r\n25"_ba);
        QTest::newRow("a partial reply after the greeting") << s << Phase::Greeting << QByteArray();
    }
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, Response(ehloBeforeTls + "250 2.0.0 second reply\r\n"_ba));
        QTest::newRow("two replies to one EHLO") << s << Phase::Ehlo << "EHLO"_ba;
    }
    {
        HostileScript s;
        s.replies.insert("EHLO"_ba, Response(ehloBeforeTls + "220 2.0.0 Ready to start TLS\r\n"_ba));
        QTest::newRow("STARTTLS answered before it was sent") << s << Phase::Ehlo << "EHLO"_ba;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("EHLO"_ba, Response(ehloInsideTls + "235 2.7.0 Authentication successful\r\n"_ba));
        // The check stops where it was about to send AUTH.
        QTest::newRow("inside TLS: AUTH answered before it was sent") << s << Phase::Auth << "EHLO"_ba;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("AUTH"_ba, Response("235 2.7.0 Authentication successful\r\n250 2.1.0 Ok\r\n"_ba));
        QTest::newRow("inside TLS: two replies to AUTH") << s << Phase::Auth << "AUTH"_ba;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("EHLO"_ba, Response(ehloInsideTls)); // no PIPELINING
        s.replies.insert("MAIL"_ba, Response("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"_ba));
        QTest::newRow("inside TLS, no pipelining: RCPT answered before it was sent")
            << s << Phase::MailFrom << "MAIL"_ba;
    }
    {
        HostileScript s;
        s.replies.insert("DATA"_ba, Response("354 go ahead\r\n250 2.0.0 Ok: queued as EARLY\r\n"_ba));
        QTest::newRow("inside TLS: the message accepted before it was sent") << s << Phase::Data << "DATA"_ba;
    }
}

void AdversarialStartTlsTest::unsolicitedReply()
{
    QFETCH(HostileScript, script);
    QFETCH(Phase, phase);
    QFETCH(QByteArray, lastVerb);
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    const CheckResult &r = run.result;
    STORY(r.code == ResultCode::ProtocolError);
    STORY(r.failedPhase == phase);
    STORY(run.elapsedMs < settings.timeouts.replyMs);
    STORY(!r.messageSent && r.queueId.isEmpty());
    STORY(server.connectionCount() == 1);
    const ConnectionLog &log = server.log(0);
    QByteArrayList sent = log.verbs();
    while (!sent.isEmpty() && sent.constLast() == "QUIT"_ba)
        sent.removeLast();
    // Nothing after the command whose reply came with the extra bytes.
    STORY(lastVerb.isEmpty() ? sent.isEmpty() : (!sent.isEmpty() && sent.constLast() == lastVerb));
    // No message went out (a QUIT after a 354 lands in the server's data buffer).
    STORY(!log.data.contains("X-Mailer:") && !log.data.contains("Subject:"));
    if (phase != Phase::Auth && phase != Phase::MailFrom && phase != Phase::Data)
        STORY(!r.auth.attempted);
}

// ------------------------------------------------------------------------------------
// Tampering: only what the server says inside TLS counts after STARTTLS.

void AdversarialStartTlsTest::authOnlyFromPostTlsEhlo_data()
{
    QTest::addColumn<QByteArrayList>("beforeTls"); // EHLO keywords before TLS (STARTTLS is added)
    QTest::addColumn<QByteArrayList>("insideTls"); // EHLO keywords inside TLS
    QTest::addColumn<QString>("mechanism"); // settings.mechanism, "" = automatic
    QTest::addColumn<ResultCode>("code");
    QTest::addColumn<QByteArray>("authLine"); // the AUTH line inside TLS (prefix), "" = no AUTH at all

    QTest::newRow("PLAIN before, CRAM-MD5 inside: CRAM-MD5")
        << QByteArrayList { "AUTH PLAIN"_ba } << QByteArrayList { "AUTH CRAM-MD5"_ba } << QString() << ResultCode::Ok
        << "AUTH CRAM-MD5"_ba;
    QTest::newRow("legacy AUTH=PLAIN before, AUTH LOGIN inside: LOGIN")
        << QByteArrayList { "AUTH=PLAIN"_ba } << QByteArrayList { "AUTH LOGIN"_ba } << QString() << ResultCode::Ok
        << "AUTH LOGIN"_ba;
    QTest::newRow("PLAIN LOGIN before, unknown mechanism inside: nothing")
        << QByteArrayList { "AUTH PLAIN LOGIN"_ba } << QByteArrayList { "AUTH X-UNKNOWN"_ba } << QString()
        << ResultCode::AuthMechanismUnsupported << QByteArray();
    QTest::newRow("PLAIN before, no AUTH inside: nothing")
        << QByteArrayList { "AUTH PLAIN"_ba, "AUTH=PLAIN"_ba } << QByteArrayList { "8BITMIME"_ba } << QString()
        << ResultCode::AuthNotOffered << QByteArray();
    QTest::newRow("PLAIN chosen by the user, offered only before TLS")
        << QByteArrayList { "AUTH PLAIN"_ba } << QByteArrayList { "AUTH CRAM-MD5"_ba } << u"PLAIN"_s
        << ResultCode::AuthMechanismUnsupported << QByteArray();
}

void AdversarialStartTlsTest::authOnlyFromPostTlsEhlo()
{
    QFETCH(QByteArrayList, beforeTls);
    QFETCH(QByteArrayList, insideTls);
    QFETCH(QString, mechanism);
    QFETCH(ResultCode, code);
    QFETCH(QByteArray, authLine);

    HostileScript script;
    script.replies.insert(
        "EHLO"_ba, HostileScript::ehloReply("hostile.test", beforeTls + QByteArrayList { "STARTTLS"_ba }));
    script.replies.insert("AUTH"_ba, "235 2.7.0 Authentication successful\r\n"_ba); // before TLS it would take anything
    script.tlsReplies.insert("EHLO"_ba, HostileScript::ehloReply("hostile-tls.test", insideTls));
    if (authLine.contains("CRAM-MD5")) {
        script.tlsReplies.insert("AUTH"_ba, QByteArray("334 "_ba + kCramChallenge + "\r\n"_ba));
    } else if (authLine.contains("LOGIN")) {
        script.tlsReplies.insert("AUTH"_ba, "334 VXNlcm5hbWU6\r\n"_ba);
        script.saslSteps
            = { Response("334 UGFzc3dvcmQ6\r\n"_ba), Response("235 2.7.0 Authentication successful\r\n"_ba) };
    }
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    if (!mechanism.isEmpty())
        settings.mechanism = Sasl::mechanismFromName(mechanism);
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    const CheckResult &r = run.result;
    STORY(r.code == code);
    STORY(run.elapsedMs < settings.timeouts.replyMs);
    STORY(r.capabilitiesBeforeTls.valid && r.capabilities.valid);
    STORY(r.capabilities.serverName == u"hostile-tls.test"_s);
    const ConnectionLog &log = server.log(0);
    const QByteArrayList tlsLines = log.commandLines(Layer::Tls);
    const auto isAuth = [](const QByteArray &l) { return l.toUpper().startsWith("AUTH "); };
    if (authLine.isEmpty()) {
        STORY(std::none_of(tlsLines.cbegin(), tlsLines.cend(), isAuth));
        STORY(!r.auth.attempted);
    } else {
        STORY(std::count_if(tlsLines.cbegin(), tlsLines.cend(), isAuth) == 1);
        STORY(std::find_if(tlsLines.cbegin(), tlsLines.cend(), isAuth)->startsWith(authLine));
        STORY(r.auth.ok && r.auth.used == QString::fromLatin1(authLine.mid(5)));
    }
    STORY(!log.plain.contains("AUTH PLAIN") && !log.tls.contains("AUTH PLAIN"));
}

void AdversarialStartTlsTest::postTlsEhloFailure_data()
{
    QTest::addColumn<Response>("reply");
    QTest::addColumn<ResultCode>("code");
    QTest::newRow("500") << Response("500 5.5.1 Command unrecognized\r\n"_ba) << ResultCode::ProtocolError;
    QTest::newRow("502") << Response("502 5.5.1 Command not implemented\r\n"_ba) << ResultCode::ProtocolError;
    QTest::newRow("554") << Response("554 5.7.1 Go away\r\n"_ba) << ResultCode::ProtocolError;
    QTest::newRow("421") << Response("421 4.3.2 Shutting down\r\n"_ba, Ending::Close) << ResultCode::ServerUnavailable;
    QTest::newRow("garbage") << Response("hello there\r\n"_ba) << ResultCode::ProtocolError;
    QTest::newRow("250 without a line end, then close")
        << Response("250-hostile-tls.test\r\n250 AUTH PL"_ba, Ending::Close) << ResultCode::ProtocolError;
}

void AdversarialStartTlsTest::postTlsEhloFailure()
{
    // The EHLO inside TLS fails: no fallback to HELO, none to what was learned before TLS.
    QFETCH(Response, reply);
    QFETCH(ResultCode, code);
    HostileScript script;
    script.replies.insert("EHLO"_ba,
        HostileScript::ehloReply(
            "hostile.test", { "PIPELINING"_ba, "STARTTLS"_ba, "AUTH PLAIN LOGIN"_ba, "SIZE 1000"_ba }));
    script.tlsReplies.insert("EHLO"_ba, reply);
    script.tlsReplies.insert("HELO"_ba, "250 hostile-tls.test\r\n"_ba);
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    const CheckResult &r = run.result;
    STORY(r.code == code);
    STORY(r.failedPhase == Phase::EhloAfterTls);
    STORY(run.elapsedMs < settings.timeouts.replyMs);
    STORY(r.tls.established);
    STORY(!r.capabilities.valid && r.capabilities.authMechanisms.isEmpty());
    STORY(r.capabilitiesBeforeTls.offersAuth(u"PLAIN")); // kept for the report, not used
    STORY(!r.auth.attempted);
    const ConnectionLog &log = server.log(0);
    STORY(commandsOn(log, Layer::Tls) == QByteArrayList { "EHLO"_ba });
}

void AdversarialStartTlsTest::extensionsOnlyFromPostTlsEhlo_data()
{
    QTest::addColumn<QByteArrayList>("beforeTls");
    QTest::addColumn<QByteArrayList>("insideTls");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("mayPipeline");
    QTest::addColumn<QByteArray>("mailFromMustNotContain");
    QTest::addColumn<std::optional<qint64>>("size");

    QTest::newRow("PIPELINING only before TLS: no pipelining inside")
        << QByteArrayList { "PIPELINING"_ba, "SIZE 10240000"_ba } << QByteArrayList { "AUTH PLAIN"_ba }
        << u"sender@example.test"_s << false << QByteArray() << std::optional<qint64>();
    QTest::newRow("PIPELINING only inside TLS: allowed")
        << QByteArrayList {} << QByteArrayList { "AUTH PLAIN"_ba, "PIPELINING"_ba } << u"sender@example.test"_s << true
        << QByteArray() << std::optional<qint64>();
    QTest::newRow("SIZE differs: the value inside TLS counts")
        << QByteArrayList { "SIZE 10240000"_ba } << QByteArrayList { "AUTH PLAIN"_ba, "SIZE 52428800"_ba }
        << u"sender@example.test"_s << false << "SIZE="_ba << std::optional<qint64>(52428800);
    QTest::newRow("SMTPUTF8 only before TLS: not used inside")
        << QByteArrayList { "SMTPUTF8"_ba, "8BITMIME"_ba } << QByteArrayList { "AUTH PLAIN"_ba }
        << u"pr\u00fcfer@example.test"_s << false << "SMTPUTF8"_ba << std::optional<qint64>();
}

void AdversarialStartTlsTest::extensionsOnlyFromPostTlsEhlo()
{
    QFETCH(QByteArrayList, beforeTls);
    QFETCH(QByteArrayList, insideTls);
    QFETCH(QString, from);
    QFETCH(bool, mayPipeline);
    QFETCH(QByteArray, mailFromMustNotContain);
    QFETCH(std::optional<qint64>, size);

    HostileScript script;
    script.replies.insert(
        "EHLO"_ba, HostileScript::ehloReply("hostile.test", beforeTls + QByteArrayList { "STARTTLS"_ba }));
    script.tlsReplies.insert("EHLO"_ba, HostileScript::ehloReply("hostile-tls.test", insideTls));
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.from = from;
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    const CheckResult &r = run.result;
    STORY(r.code == ResultCode::Ok);
    STORY(r.messageSent);
    STORY(r.capabilities.size == size);
    STORY(r.capabilities.pipelining == insideTls.contains("PIPELINING"_ba));
    STORY(r.capabilities.smtpUtf8 == insideTls.contains("SMTPUTF8"_ba));
    const ConnectionLog &log = server.log(0);
    if (!mayPipeline)
        STORY(pipelinedTlsLines(log) == 0);
    const QByteArrayList tlsLines = log.commandLines(Layer::Tls);
    const auto mail = std::find_if(
        tlsLines.cbegin(), tlsLines.cend(), [](const QByteArray &l) { return l.toUpper().startsWith("MAIL FROM:"); });
    STORY(mail != tlsLines.cend());
    if (!mailFromMustNotContain.isEmpty())
        STORY(!mail->toUpper().contains(mailFromMustNotContain));
}

void AdversarialStartTlsTest::startTlsOfferedAgainInsideTls()
{
    // STARTTLS advertised inside TLS again (and a second 220 waiting): the client must
    // not start TLS twice.
    HostileScript script;
    script.tlsReplies.insert(
        "EHLO"_ba, HostileScript::ehloReply("hostile-tls.test", { "STARTTLS"_ba, "AUTH PLAIN"_ba, "8BITMIME"_ba }));
    script.tlsReplies.insert("STARTTLS"_ba, "220 2.0.0 Ready to start TLS again\r\n"_ba);
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    settle(run, settings, server);
    if (QTest::currentTestFailed())
        return;
    const QString story = describeRun(run, &server);
    STORY(run.result.code == ResultCode::Ok);
    STORY(!server.log(0).sentVerb("STARTTLS", Layer::Tls));
    STORY(commandsOn(server.log(0), Layer::Tls)
        == (QByteArrayList { "EHLO"_ba, "AUTH"_ba, "MAIL"_ba, "RCPT"_ba, "DATA"_ba }));
}

QTEST_GUILESS_MAIN(AdversarialStartTlsTest)

#include "tst_adversarial_starttls.moc"
