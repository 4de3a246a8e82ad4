// SPDX-License-Identifier: GPL-3.0-or-later
//
// Adversarial secrets and server words: credentials never leave verified TLS (unless
// the user explicitly allowed plaintext authentication without encryption), a sentinel
// non-ASCII password reaches no sink (server bytes before TLS, transcript, result,
// JSON report, Qt's log with every category on), and server text is kept literally but
// never decides a verdict: the protocol state does.
// SDOC_HOSTILE_VERBOSE=1 prints the whole story of every case.

#include "hostileserver.h"

#include "report/jsonreport.h"
#include "smtp/phase.h"
#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "smtp/smtpcheck.h"
#include "smtp/transcript.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Testing;

Q_LOGGING_CATEGORY(lcAdversarial, "sdoc.test.adversarial")

namespace {

constexpr int kSlackMs = 1000;
const QString kUser = adversarialUser();
// Non-ASCII on purpose: it must not survive as UTF-8, as Latin-1 or inside base64.
const QString kPassword = adversarialPassword();
const QString kToken = u"ya29.Sentinel-Token-\u00e9-91c2"_s;

// Everything Qt logs while a test runs (every category enabled).
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
    }
    // Test output (QINFO/FAIL) still goes to the terminal.
    if (g_previousHandler && QByteArrayView(context.category ? context.category : "") == "default")
        g_previousHandler(type, context, message);
}

QStringList capturedLog()
{
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

// Every textual form a credential could take in a string sink.
QStringList secretTexts(const QString &user)
{
    QStringList out { kPassword, kToken };
    for (const QString &secret : { kPassword, kToken }) {
        for (const QByteArray &form : secretForms(user, secret)) {
            if (!form.contains('\0'))
                out << QString::fromLatin1(form);
        }
        out << QString::fromLatin1(secret.toUtf8()); // UTF-8 read as Latin-1 (mojibake)
        out << QString::fromLatin1(secret.toUtf8().toHex());
    }
    const QByteArray xoauth2 = "user="_ba + user.toUtf8() + "\x01auth=Bearer "_ba + kToken.toUtf8();
    out << QString::fromLatin1(xoauth2.toBase64());
    return out;
}

// Where, if anywhere, a secret appears in `text`.
QString findSecret(const QString &text, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (!s.isEmpty() && text.contains(s))
            return s;
    }
    return {};
}

QString resultText(const CheckResult &r)
{
    QString out = r.detail + u'\n' + r.lastReply.text() + u'\n' + QString::fromLatin1(r.firstBytes) + u'\n';
    for (const QByteArray &raw : r.lastReply.rawLines)
        out += QString::fromLatin1(raw) + u'\n';
    for (const TranscriptEntry &e : r.transcript)
        out += e.line + u'\n';
    out += QString::fromUtf8(QJsonDocument(Report::checkToJson(r)).toJson());
    return out;
}

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x202e || u == 0x2066;
    });
}

} // namespace

#define STORY(condition) SDOC_VERIFY_STORY(condition, story)

class AdversarialSecretsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    // Credentials
    void credentialsOnlyInsideVerifiedTls_data();
    void credentialsOnlyInsideVerifiedTls();
    void sentinelInNoSink_data();
    void sentinelInNoSink();

    // Server text
    void serverTextKeptLiterally_data();
    void serverTextKeptLiterally();
    void verdictFromCodesNotWords_data();
    void verdictFromCodesNotWords();

private:
    [[nodiscard]] CheckSettings settingsFor(const HostileServer &server) const;
    void startServer(HostileServer &server, const HostileScript &script);

    TestPki m_pki;
    TestPki::Identity m_ca;
    TestPki::Identity m_leaf;
};

void AdversarialSecretsTest::initTestCase()
{
    if (!m_pki.unavailableReason().isEmpty())
        QSKIP(qPrintable(m_pki.unavailableReason()));
    m_ca = m_pki.issue(TestPki::Request::authority(u"Adversarial Secrets Root"_s));
    m_leaf = m_pki.issue(TestPki::Request::leaf(u"mail.example.test"_s, { u"DNS:mail.example.test"_s }, &m_ca));
    QVERIFY2(!m_ca.isNull() && !m_leaf.isNull(), qPrintable(m_pki.errorString()));
    // Every category, every level, for the whole run: a secret must not show up even in
    // debug output of Qt's own network and TLS code.
    QLoggingCategory::setFilterRules(u"*.debug=true\n*.info=true\n*.warning=true\n*.critical=true"_s);
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void AdversarialSecretsTest::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    const QString found = findSecret(capturedLog().join(u'\n'), secretTexts(kUser));
    QVERIFY2(found.isEmpty(), qPrintable(u"a secret in Qt's log output: "_s + found));
}

void AdversarialSecretsTest::init()
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    // Proves the capture sees debug output of a category (Qt's network code logs little
    // in a normal run; whatever it logs is searched).
    qCDebug(lcAdversarial) << "capture check";
}

void AdversarialSecretsTest::startServer(HostileServer &server, const HostileScript &script)
{
    server.setScript(script);
    server.setTlsIdentity(m_leaf.certificate, m_leaf.key);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
}

CheckSettings AdversarialSecretsTest::settingsFor(const HostileServer &server) const
{
    return adversarialSettings(server.serverPort(), m_ca.certificate);
}

// ------------------------------------------------------------------------------------
// Credentials

void AdversarialSecretsTest::credentialsOnlyInsideVerifiedTls_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<bool>("allowPlaintext");
    QTest::addColumn<bool>("useToken");
    QTest::addColumn<QByteArrayList>("plainAuth"); // AUTH keywords the plaintext EHLO offers
    QTest::addColumn<ResultCode>("code");
    QTest::addColumn<QByteArray>("plainAuthLine"); // the AUTH line expected in plaintext ("" = none)

    const QByteArrayList plainAndLogin { "AUTH PLAIN LOGIN"_ba };
    QTest::newRow("no encryption, plaintext auth not allowed")
        << Security::None << false << false << plainAndLogin << ResultCode::PlaintextAuthRefused << QByteArray();
    QTest::newRow("no encryption, STARTTLS offered but not asked for, not allowed")
        << Security::None << false << false << QByteArrayList { "STARTTLS"_ba, "AUTH PLAIN"_ba }
        << ResultCode::PlaintextAuthRefused << QByteArray();
    QTest::newRow("no encryption, token, not allowed")
        << Security::None << false << true << QByteArrayList { "AUTH XOAUTH2 OAUTHBEARER PLAIN"_ba }
        << ResultCode::PlaintextAuthRefused << QByteArray();
    QTest::newRow("no encryption, allowed: CRAM-MD5 preferred over PLAIN")
        << Security::None << true << false << QByteArrayList { "AUTH PLAIN LOGIN CRAM-MD5"_ba } << ResultCode::Ok
        << "AUTH CRAM-MD5"_ba;
    QTest::newRow("no encryption, allowed, only PLAIN: the one case that sends it in the clear")
        << Security::None << true << false << QByteArrayList { "AUTH PLAIN"_ba } << ResultCode::Ok << "AUTH PLAIN"_ba;
    QTest::newRow("STARTTLS with plaintext auth allowed: a contradiction")
        << Security::StartTls << true << false << plainAndLogin << ResultCode::InvalidInput << QByteArray();
    QTest::newRow("implicit TLS with plaintext auth allowed: a contradiction")
        << Security::Tls << true << false << plainAndLogin << ResultCode::InvalidInput << QByteArray();
}

void AdversarialSecretsTest::credentialsOnlyInsideVerifiedTls()
{
    QFETCH(Security, security);
    QFETCH(bool, allowPlaintext);
    QFETCH(bool, useToken);
    QFETCH(QByteArrayList, plainAuth);
    QFETCH(ResultCode, code);
    QFETCH(QByteArray, plainAuthLine);

    HostileScript script;
    script.replies.insert(
        "EHLO"_ba, HostileScript::ehloReply("hostile.test", QByteArrayList { "8BITMIME"_ba } + plainAuth));
    if (plainAuthLine.contains("CRAM-MD5")) {
        script.replies.insert("AUTH"_ba, "334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+\r\n"_ba);
        script.replies.insert(HostileScript::SaslLine, "235 2.7.0 ok\r\n"_ba);
    } else {
        script.replies.insert("AUTH"_ba, "235 2.7.0 ok\r\n"_ba);
    }
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    settings.security = security;
    settings.allowPlaintextAuth = allowPlaintext;
    if (useToken) {
        settings.password.clear();
        settings.token = kToken;
    }
    const CheckRun run = runCheck(settings, kSlackMs);
    const QString story = describeRun(run, &server);
    STORY(runContractProblems(run, settings, kSlackMs).isEmpty());
    STORY(QTest::qWaitFor([&server] { return server.allClosed(); }, 3000));
    const CheckResult &r = run.result;
    STORY(r.code == code);
    STORY(run.elapsedMs < settings.timeouts.replyMs);
    if (code == ResultCode::InvalidInput) {
        STORY(server.connectionCount() == 0);
        STORY(run.phasesStarted.isEmpty());
        return;
    }
    STORY(server.connectionCount() == 1);
    const ConnectionLog &log = server.log(0);
    STORY(!log.tlsStarted && log.tls.isEmpty());
    const QByteArrayList authLines = [&log] {
        QByteArrayList out;
        for (const QByteArray &l : log.commandLines(Layer::Plain)) {
            if (l.toUpper().startsWith("AUTH"))
                out << l;
        }
        return out;
    }();
    if (plainAuthLine.isEmpty()) {
        STORY(authLines.isEmpty());
        STORY(!r.auth.attempted);
        for (const QByteArray &form : secretForms(kUser, kPassword) + secretForms(kUser, kToken))
            STORY(!log.plain.contains(form));
        return;
    }
    STORY(authLines.size() == 1 && authLines.constFirst().startsWith(plainAuthLine));
    STORY(r.auth.ok);
    if (plainAuthLine.contains("CRAM-MD5")) {
        for (const QByteArray &form : secretForms(kUser, kPassword))
            STORY(!log.plain.contains(form)); // CRAM-MD5 proves the password without sending it
    } else {
        STORY(log.plain.contains(secretForms(kUser, kPassword).at(3))); // exactly what the user allowed
    }
    // Whatever went on the wire, the result and transcript never hold it.
    const QString leaked = findSecret(resultText(r), secretTexts(kUser));
    SDOC_VERIFY_STORY(leaked.isEmpty(), story + u"\nleaked: "_s + leaked);
}

void AdversarialSecretsTest::sentinelInNoSink_data()
{
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<bool>("useToken");
    QTest::addColumn<ResultCode>("code");

    const QByteArray plainIr = secretForms(kUser, kPassword).at(3); // base64("\0user\0password")
    const QByteArray passwordB64 = kPassword.toUtf8().toBase64();
    const auto tlsEhlo = [](const QByteArray &mechanisms) {
        return Response(HostileScript::ehloReply("hostile-tls.test", { "AUTH "_ba + mechanisms, "8BITMIME"_ba }));
    };
    {
        HostileScript s;
        QTest::newRow("PLAIN accepted") << s << false << ResultCode::Ok;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("AUTH"_ba, "535 5.7.8 Error: authentication failed\r\n"_ba);
        QTest::newRow("PLAIN rejected") << s << false << ResultCode::AuthFailed;
    }
    {
        // A server that quotes what the client sent back into its reply.
        HostileScript s;
        s.tlsReplies.insert(
            "AUTH"_ba, Response("535 5.7.8 Authentication failed for AUTH PLAIN "_ba + plainIr + "\r\n"_ba));
        QTest::newRow("PLAIN rejected, the server echoes the credentials") << s << false << ResultCode::AuthFailed;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("EHLO"_ba, tlsEhlo("LOGIN"_ba));
        s.tlsReplies.insert("AUTH"_ba, "334 VXNlcm5hbWU6\r\n"_ba);
        s.saslSteps = { Response("334 UGFzc3dvcmQ6\r\n"_ba),
            Response("535-5.7.8 wrong password "_ba + passwordB64 + "\r\n535 5.7.8 (that is "_ba + kPassword.toUtf8()
                + ")\r\n"_ba) };
        QTest::newRow("LOGIN rejected, the server echoes the password, encoded and decoded")
            << s << false << ResultCode::AuthFailed;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("EHLO"_ba, tlsEhlo("LOGIN"_ba));
        s.tlsReplies.insert("AUTH"_ba, "334 VXNlcm5hbWU6\r\n"_ba);
        s.saslSteps = { Response("334 UGFzc3dvcmQ6\r\n"_ba), Response("235 2.7.0 ok\r\n"_ba) };
        QTest::newRow("LOGIN accepted") << s << false << ResultCode::Ok;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("EHLO"_ba, tlsEhlo("CRAM-MD5"_ba));
        s.tlsReplies.insert("AUTH"_ba, "334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UuZXhhbXBsZS5uZXQ+\r\n"_ba);
        s.replies.insert(HostileScript::SaslLine, "535 5.7.8 no\r\n"_ba);
        QTest::newRow("CRAM-MD5 rejected") << s << false << ResultCode::AuthFailed;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("EHLO"_ba, tlsEhlo("SCRAM-SHA-256"_ba));
        s.tlsReplies.insert("AUTH"_ba, "334 bm9uc2Vuc2U=\r\n"_ba); // "nonsense": not a server-first message
        s.replies.insert(HostileScript::SaslLine, "535 5.7.8 no\r\n"_ba);
        QTest::newRow("SCRAM with a broken server") << s << false << ResultCode::AuthFailed;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("EHLO"_ba, tlsEhlo("XOAUTH2"_ba));
        s.tlsReplies.insert("AUTH"_ba, "334 eyJzdGF0dXMiOiI0MDEifQ==\r\n"_ba);
        s.replies.insert(HostileScript::SaslLine, "535 5.7.8 Username and Password not accepted\r\n"_ba);
        QTest::newRow("XOAUTH2 rejected") << s << true << ResultCode::AuthFailed;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("EHLO"_ba, tlsEhlo("OAUTHBEARER"_ba));
        QTest::newRow("OAUTHBEARER accepted") << s << true << ResultCode::Ok;
    }
}

void AdversarialSecretsTest::sentinelInNoSink()
{
    QFETCH(HostileScript, script);
    QFETCH(bool, useToken);
    QFETCH(ResultCode, code);
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    if (useToken) {
        settings.password.clear();
        settings.token = kToken;
    }
    QList<TranscriptEntry> live; // what a UI would have shown while the check ran
    QList<PhaseTiming> timings;
    const CheckRun run = runCheck(settings, kSlackMs, [&](SmtpCheck &check) {
        connect(&check, &SmtpCheck::transcriptAppended, this, [&live](const TranscriptEntry &e) { live << e; });
        connect(&check, &SmtpCheck::phaseFinished, this, [&timings](const PhaseTiming &t) { timings << t; });
    });
    const QString story = describeRun(run, &server);
    if (qEnvironmentVariableIsSet("SDOC_HOSTILE_VERBOSE"))
        qInfo().noquote() << story;
    STORY(runContractProblems(run, settings, kSlackMs).isEmpty());
    STORY(QTest::qWaitFor([&server] { return server.allClosed(); }, 3000));
    STORY(plaintextLeakProblems(server, secretForms(kUser, kPassword) + secretForms(kUser, kToken)).isEmpty());
    STORY(run.result.code == code);
    STORY(run.result.auth.attempted);
    STORY(server.log(0).sentVerb("AUTH", Layer::Tls));

    const QStringList secrets = secretTexts(kUser);
    QString sinks = resultText(run.result);
    for (const TranscriptEntry &e : std::as_const(live))
        sinks += e.line + u'\n';
    QString leaked = findSecret(sinks, secrets);
    SDOC_VERIFY_STORY(leaked.isEmpty(), story + u"\nleaked into the result/transcript: "_s + leaked);
    const QStringList log = capturedLog();
    leaked = findSecret(log.join(u'\n'), secrets);
    SDOC_VERIFY_STORY(leaked.isEmpty(), story + u"\nleaked into Qt's log output: "_s + leaked);
    STORY(log.contains(u"sdoc.test.adversarial: capture check"_s));
}

// ------------------------------------------------------------------------------------
// Server text

void AdversarialSecretsTest::serverTextKeptLiterally_data()
{
    QTest::addColumn<QByteArray>("text"); // raw bytes, used in a greeting, an EHLO line and the final reply
    QTest::addColumn<QString>("visible"); // what printable() must show for the special part

    QTest::newRow("HTML") << "<script>alert('x')</script><b onmouseover=\"x()\">bold</b>&amp;"_ba
                          << u"<script>alert('x')</script>"_s;
    QTest::newRow("terminal escapes") << "\x1b[2J\x1b]0;pwned\x07\x1b[31mred\x1b[0m\x08\x08"_ba << u"\\x{1b}[2J"_s;
    QTest::newRow("invalid UTF-8") << "bad \xff\xfe \xc3\x28 \xed\xa0\x80 end"_ba << u"\ufffd"_s;
    QTest::newRow("bidi override and NUL") << "abc \xe2\x80\xae txt.exe \x00 end"_ba << u"\\x{202e}"_s;
    QTest::newRow("C1 controls") << "a\xc2\x9b"
                                    "31m b\xc2\x85"
                                    "c"_ba
                                 << u"\\x{9b}"_s;
}

void AdversarialSecretsTest::serverTextKeptLiterally()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, visible);
    HostileScript script;
    script.greeting = Response("220 hostile.test "_ba + text + "\r\n"_ba);
    script.tlsReplies.insert(
        "EHLO"_ba, Response("250-hostile-tls.test "_ba + text + "\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n"_ba));
    script.replies.insert(HostileScript::EndOfData, Response("250 2.0.0 Ok: queued as Q1 "_ba + text + "\r\n"_ba));
    HostileServer server;
    startServer(server, script);
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    const QString story = describeRun(run, &server);
    STORY(runContractProblems(run, settings, kSlackMs).isEmpty());
    const CheckResult &r = run.result;
    STORY(r.code == ResultCode::Ok); // words never change the verdict
    STORY(r.messageSent && r.queueId == u"Q1"_s);

    // The result keeps the server's words exactly (decoded as UTF-8, invalid bytes as U+FFFD) ...
    const QString decoded = QString::fromUtf8(text);
    const auto serverLines = [&r] {
        QStringList out;
        for (const TranscriptEntry &e : r.transcript) {
            if (e.direction == TranscriptEntry::Direction::Server)
                out << e.line;
        }
        return out;
    }();
    STORY(serverLines.contains(u"220 hostile.test "_s + decoded));
    STORY(serverLines.contains(u"250-hostile-tls.test "_s + decoded));
    STORY(r.lastReply.rawLines.value(0) == "250 2.0.0 Ok: queued as Q1 "_ba + text);
    STORY(r.capabilities.serverName.startsWith(u"hostile-tls.test"_s));
    // ... and printable() makes every control character visible, without losing the rest.
    for (const QString &line : serverLines) {
        const QString shown = Transcript::printable(line);
        STORY(!hasControl(shown));
        if (line.contains(decoded))
            STORY(shown.contains(visible));
    }
}

void AdversarialSecretsTest::verdictFromCodesNotWords_data()
{
    QTest::addColumn<HostileScript>("script");
    QTest::addColumn<bool>("withMessage");
    QTest::addColumn<ResultCode>("code");

    {
        HostileScript s;
        s.tlsReplies.insert("AUTH"_ba, "535 2.7.0 Authentication successful\r\n"_ba);
        QTest::newRow("535 that says 'successful'") << s << true << ResultCode::AuthFailed;
    }
    {
        HostileScript s;
        s.tlsReplies.insert("AUTH"_ba, "235 5.7.8 Authentication failed, invalid credentials\r\n"_ba);
        QTest::newRow("235 that says 'failed'") << s << true << ResultCode::Ok;
    }
    {
        HostileScript s;
        s.replies.insert("MAIL"_ba, "550 2.1.0 Sender OK\r\n"_ba);
        QTest::newRow("550 to MAIL that says 'OK'") << s << true << ResultCode::SenderRejected;
    }
    {
        HostileScript s;
        s.replies.insert("RCPT"_ba, "250 5.1.1 Recipient address rejected: User unknown\r\n"_ba);
        QTest::newRow("250 to RCPT that says 'rejected'") << s << true << ResultCode::Ok;
    }
    {
        HostileScript s;
        s.replies.insert(HostileScript::EndOfData, "554 2.0.0 Ok: queued as FAKE\r\n"_ba);
        QTest::newRow("554 after the message that says 'queued'") << s << true << ResultCode::MessageRejected;
    }
    {
        HostileScript s;
        s.replies.insert(HostileScript::EndOfData, "250 5.7.1 Message rejected as spam\r\n"_ba);
        QTest::newRow("250 after the message that says 'rejected'") << s << true << ResultCode::Ok;
    }
    {
        HostileScript s;
        s.replies.insert("STARTTLS"_ba, "454 2.0.0 Ready to start TLS\r\n"_ba);
        QTest::newRow("454 to STARTTLS that says 'Ready'") << s << true << ResultCode::TlsHandshakeFailed;
    }
    {
        HostileScript s;
        s.replies.insert("STARTTLS"_ba, "220 4.7.0 TLS not available\r\n"_ba);
        QTest::newRow("220 to STARTTLS that says 'not available'") << s << true << ResultCode::Ok;
    }
    {
        HostileScript s;
        s.greeting = Response("554 5.7.1 220 mail.example.test ESMTP ready\r\n"_ba);
        QTest::newRow("554 greeting that says '220 ready'") << s << false << ResultCode::ServerUnavailable;
    }
    {
        HostileScript s;
        s.greeting = Response("220 554 5.7.1 Service unavailable; you are blocked\r\n"_ba);
        QTest::newRow("220 greeting that says '554 blocked'") << s << true << ResultCode::Ok;
    }
    {
        HostileScript s;
        s.replies.insert(
            "EHLO"_ba, HostileScript::ehloReply("STARTTLS", { "X-STARTTLS"_ba, "STARTTLSX"_ba, "AUTH PLAIN"_ba }));
        QTest::newRow("STARTTLS only as the domain and inside other keywords")
            << s << false << ResultCode::StartTlsNotOffered;
    }
    {
        HostileScript s;
        s.tlsReplies.insert(
            "EHLO"_ba, HostileScript::ehloReply("AUTH PLAIN LOGIN", { "X-AUTH PLAIN"_ba, "8BITMIME"_ba }));
        QTest::newRow("AUTH only as the domain and a look-alike keyword") << s << false << ResultCode::AuthNotOffered;
    }
}

void AdversarialSecretsTest::verdictFromCodesNotWords()
{
    QFETCH(HostileScript, script);
    QFETCH(bool, withMessage);
    QFETCH(ResultCode, code);
    HostileServer server;
    startServer(server, script);
    CheckSettings settings = settingsFor(server);
    if (!withMessage) {
        settings.from.clear();
        settings.to.clear();
    }
    const CheckRun run = runCheck(settings, kSlackMs);
    const QString story = describeRun(run, &server);
    if (qEnvironmentVariableIsSet("SDOC_HOSTILE_VERBOSE"))
        qInfo().noquote() << story;
    STORY(runContractProblems(run, settings, kSlackMs).isEmpty());
    STORY(QTest::qWaitFor([&server] { return server.allClosed(); }, 3000));
    STORY(plaintextLeakProblems(server, secretForms(kUser, kPassword)).isEmpty());
    const CheckResult &r = run.result;
    STORY(r.code == code);
    STORY(run.elapsedMs < settings.timeouts.replyMs);
    if (code == ResultCode::MessageRejected)
        STORY(!r.messageSent && r.queueId.isEmpty());
    if (code == ResultCode::AuthFailed)
        STORY(r.auth.attempted && !r.auth.ok);
    if (code == ResultCode::Ok && withMessage)
        STORY(r.messageSent && r.auth.ok);
}

QTEST_GUILESS_MAIN(AdversarialSecretsTest)

#include "tst_adversarial_secrets.moc"
