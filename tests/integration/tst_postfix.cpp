// SPDX-License-Identifier: GPL-3.0-or-later
//
// SmtpCheck against real servers: the Postfix + Dovecot + dnsmasq of the test
// harness (tests/harness/README.md). Run as root through
//   tests/harness/harness.sh run -- build/tests/tst_postfix
// Without the harness every case skips with the reason.
// SDOC_POSTFIX_VERBOSE=1 prints result and transcript of every check.

#include "harness.h"

#include "sasl/saslclient.h"
#include "smtp/phase.h"
#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "smtp/smtpcheck.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Test;

Q_DECLARE_METATYPE(SmtpDoctor::ResultCode)
Q_DECLARE_METATYPE(SmtpDoctor::Security)
Q_DECLARE_METATYPE(std::optional<SmtpDoctor::Sasl::Mechanism>)

namespace {

constexpr quint16 kSmtp = 25;
constexpr quint16 kSubmission = 587;
constexpr quint16 kSubmissions = 465;

struct Outcome
{
    CheckResult result;
    qint64 elapsedMs = 0;
};

QString direction(TranscriptEntry::Direction d)
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

// Result and transcript, for failure messages.
QString explain(const Outcome &o)
{
    const CheckResult &r = o.result;
    QString out = u"\n  %1:%2 -> %3 (phase %4) after %5 ms: %6\n"_s.arg(r.host)
                      .arg(r.port)
                      .arg(resultCodeId(r.code), phaseId(r.failedPhase))
                      .arg(o.elapsedMs)
                      .arg(r.detail);
    out += u"  peer %1, resolved [%2]; tls %3 %4 verified=%5 pinned=%6 errors=[%7]\n"_s.arg(
        r.peerAddress, r.resolvedAddresses.join(u", "_s), r.tls.established ? u"up"_s : u"down"_s,
        r.tls.protocol, r.tls.verified ? u"yes"_s : u"no"_s, r.tls.pinned ? u"yes"_s : u"no"_s,
        r.tls.errors.join(u"; "_s));
    out += u"  auth offered [%1] used %2 ok=%3; last reply %4 %5\n"_s.arg(
        r.auth.offered.join(u' '), r.auth.used, r.auth.ok ? u"yes"_s : u"no"_s,
        QString::number(r.lastReply.code), r.lastReply.text());
    for (const TranscriptEntry &e : r.transcript)
        out += u"    %1 %2: %3\n"_s.arg(e.ms, 5).arg(direction(e.direction), Transcript::printable(e.line.left(200)));
    return out;
}

// Runs one check to its end (or gives up after guardMs and cancels it).
Outcome run(const CheckSettings &settings, int guardMs = 30000)
{
    SmtpCheck check;
    check.setSettings(settings);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&check, &SmtpCheck::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    check.start();
    guard.start(guardMs);
    if (!finished)
        loop.exec();
    Outcome o;
    o.elapsedMs = clock.elapsed();
    if (!finished) {
        check.cancel();
        QTest::qWait(100);
        o.result = check.result();
        o.result.detail = u"TEST GUARD: no finished() within %1 ms; "_s.arg(guardMs) + o.result.detail;
        return o;
    }
    o.result = check.result();
    if (qEnvironmentVariableIntValue("SDOC_POSTFIX_VERBOSE"))
        qInfo().noquote() << explain(o);
    return o;
}

// Small deadlines: every case that must wait ends quickly.
CheckSettings settingsFor(const QString &host, quint16 port, Security security)
{
    CheckSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.extraCaCertificates = harnessCa();
    s.timeouts.totalMs = 15000;
    s.timeouts.resolveMs = 3000;
    s.timeouts.connectMs = 3000;
    s.timeouts.greetingMs = 5000;
    s.timeouts.tlsMs = 5000;
    s.timeouts.replyMs = 5000;
    s.timeouts.dataMs = 5000;
    return s;
}

CheckSettings withAlice(CheckSettings s)
{
    s.username = env("SDOC_USER");
    s.password = env("SDOC_PASSWORD");
    return s;
}

bool hasPhase(const CheckResult &r, Phase p, bool mustBeOk = true)
{
    for (const PhaseTiming &t : r.phases) {
        if (t.phase == p && (t.ok || !mustBeOk))
            return true;
    }
    return false;
}

bool clientSent(const CheckResult &r, QStringView commandPrefix)
{
    for (const TranscriptEntry &e : r.transcript) {
        if (e.direction == TranscriptEntry::Direction::Client && e.line.startsWith(commandPrefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Nothing of the password may reach transcript or detail: not in clear, not in
// base64, not as the SASL PLAIN blob (with or without authorization identity).
QString secretLeak(const CheckResult &r, const QString &user, const QString &password)
{
    if (password.isEmpty())
        return {};
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    const QList<QByteArray> forbidden{
        p,
        p.toBase64(),
        QByteArray('\0' + u + '\0' + p).toBase64(),
        QByteArray(u + '\0' + u + '\0' + p).toBase64(),
    };
    QStringList texts{r.detail, r.lastReply.text()};
    for (const TranscriptEntry &e : r.transcript)
        texts << e.line;
    for (const QString &text : std::as_const(texts)) {
        const QByteArray t = text.toUtf8();
        for (const QByteArray &f : forbidden) {
            if (t.contains(f))
                return u"secret material in: "_s + text;
        }
    }
    return {};
}

} // namespace

#define CHECK_CODE(outcome, expected)                                                                          \
    QVERIFY2((outcome).result.code == (expected),                                                              \
             qPrintable(u"expected %1%2"_s.arg(resultCodeId(expected), explain(outcome))))

#define CHECK_NO_SECRET(outcome, user, password)                                                               \
    do {                                                                                                       \
        const QString leak_ = secretLeak((outcome).result, (user), (password));                                \
        QVERIFY2(leak_.isEmpty(), qPrintable(leak_ + explain(outcome)));                                       \
    } while (false)

class TestPostfix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SDOC_REQUIRE_HARNESS();
        QVERIFY2(!harnessCa().isEmpty(), "SDOC_CA_FILE holds no certificate");
    }

    // 587: STARTTLS, verified certificate, every SASL mechanism, both users
    // (alice's password is non-ASCII).
    void submissionAuth_data()
    {
        QTest::addColumn<QString>("userVar");
        QTest::addColumn<QString>("passwordVar");
        QTest::addColumn<std::optional<Sasl::Mechanism>>("mechanism");
        QTest::addColumn<QString>("expectedMechanism");
        const struct
        {
            const char *name;
            std::optional<Sasl::Mechanism> mechanism;
            QString expected;
        } mechanisms[] = {
            {"auto", std::nullopt, u"SCRAM-SHA-256"_s},
            {"PLAIN", Sasl::Mechanism::Plain, u"PLAIN"_s},
            {"LOGIN", Sasl::Mechanism::Login, u"LOGIN"_s},
            {"CRAM-MD5", Sasl::Mechanism::CramMd5, u"CRAM-MD5"_s},
            {"SCRAM-SHA-1", Sasl::Mechanism::ScramSha1, u"SCRAM-SHA-1"_s},
            {"SCRAM-SHA-256", Sasl::Mechanism::ScramSha256, u"SCRAM-SHA-256"_s},
        };
        for (const auto &m : mechanisms) {
            QTest::addRow("alice (UTF-8 password) %s", m.name)
                << u"SDOC_USER"_s << u"SDOC_PASSWORD"_s << m.mechanism << m.expected;
            QTest::addRow("bob %s", m.name) << u"SDOC_USER2"_s << u"SDOC_PASSWORD2"_s << m.mechanism << m.expected;
        }
    }

    void submissionAuth()
    {
        QFETCH(QString, userVar);
        QFETCH(QString, passwordVar);
        QFETCH(std::optional<Sasl::Mechanism>, mechanism);
        QFETCH(QString, expectedMechanism);
        CheckSettings s = settingsFor(env("SDOC_HOST"), kSubmission, Security::StartTls);
        s.username = env(userVar.toLatin1().constData());
        s.password = env(passwordVar.toLatin1().constData());
        s.mechanism = mechanism;
        const Outcome o = run(s);
        const CheckResult &r = o.result;
        CHECK_CODE(o, ResultCode::Ok);
        QVERIFY(r.tls.attempted);
        QVERIFY(r.tls.established);
        QVERIFY2(r.tls.verified, qPrintable(explain(o)));
        QVERIFY(!r.tls.pinned);
        QCOMPARE(r.tls.protocol, u"TLSv1.3"_s);
        QVERIFY(!r.tls.chain.isEmpty());
        QVERIFY(r.tls.chain.first().subjectAltNames.contains(u"mail.sdoc.test"_s));
        QVERIFY(r.capabilitiesBeforeTls.startTls);
        QVERIFY2(r.capabilitiesBeforeTls.authMechanisms.isEmpty(), "AUTH must be offered only after STARTTLS");
        for (const QString &name : {u"PLAIN"_s, u"LOGIN"_s, u"CRAM-MD5"_s, u"SCRAM-SHA-1"_s, u"SCRAM-SHA-256"_s})
            QVERIFY2(r.capabilities.authMechanisms.contains(name), qPrintable(name));
        QVERIFY(r.auth.attempted);
        QVERIFY(r.auth.ok);
        QCOMPARE(r.auth.used, expectedMechanism);
        for (Phase p : {Phase::Resolve, Phase::Connect, Phase::Greeting, Phase::Ehlo, Phase::StartTls,
                        Phase::TlsHandshake, Phase::EhloAfterTls, Phase::Auth})
            QVERIFY2(hasPhase(r, p), qPrintable(u"phase %1 missing or failed"_s.arg(phaseId(p)) + explain(o)));
        QVERIFY(!r.messageSent);
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    void implicitTlsAuth()
    {
        const CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSubmissions, Security::Tls));
        const Outcome o = run(s);
        const CheckResult &r = o.result;
        CHECK_CODE(o, ResultCode::Ok);
        QVERIFY(r.tls.established);
        QVERIFY(r.tls.verified);
        QCOMPARE(r.tls.protocol, u"TLSv1.3"_s);
        QVERIFY(!r.capabilitiesBeforeTls.valid);
        QVERIFY(r.auth.ok);
        QVERIFY(hasPhase(r, Phase::TlsHandshake));
        QVERIFY(hasPhase(r, Phase::Greeting));
        QVERIFY(hasPhase(r, Phase::Auth));
        QVERIFY(!hasPhase(r, Phase::StartTls, false));
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    void ipv6()
    {
        // Forced to ::1 (the certificate is checked against the host name).
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSubmission, Security::StartTls));
        s.connectAddress = QHostAddress(u"::1"_s);
        const Outcome forced = run(s);
        CHECK_CODE(forced, ResultCode::Ok);
        QCOMPARE(QHostAddress(forced.result.peerAddress), QHostAddress(u"::1"_s));
        QVERIFY(forced.result.tls.verified);
        QVERIFY(forced.result.auth.ok);

        // By name: both families resolved; IPv6 is preferred.
        s.connectAddress = QHostAddress();
        const Outcome byName = run(s);
        CHECK_CODE(byName, ResultCode::Ok);
        QVERIFY2(byName.result.resolvedAddresses.contains(u"::1"_s), qPrintable(explain(byName)));
        QVERIFY2(byName.result.resolvedAddresses.contains(u"127.0.0.1"_s), qPrintable(explain(byName)));
        QCOMPARE(QHostAddress(byName.result.peerAddress), QHostAddress(u"::1"_s));
    }

    void wrongPassword()
    {
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSubmission, Security::StartTls));
        s.password = u"wrong-Pässword-1"_s;
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::AuthFailed);
        QVERIFY(o.result.auth.attempted);
        QVERIFY(!o.result.auth.ok);
        QCOMPARE(o.result.failedPhase, Phase::Auth);
        QCOMPARE(o.result.lastReply.code, 535);
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    // Port 25 offers STARTTLS but never AUTH: the password is not sent.
    void port25HasNoAuth()
    {
        const CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSmtp, Security::StartTls));
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::AuthNotOffered);
        QVERIFY(o.result.tls.established);
        QVERIFY(o.result.tls.verified);
        QVERIFY(o.result.capabilities.authMechanisms.isEmpty());
        QVERIFY2(!clientSent(o.result, u"AUTH"), qPrintable(explain(o)));
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    // Bad certificates: the check stops before AUTH, on 587 and on 465.
    void badCertificate_data()
    {
        QTest::addColumn<QString>("hostVar");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<Security>("security");
        QTest::addColumn<ResultCode>("expected");
        const struct
        {
            const char *name;
            const char *hostVar;
            ResultCode expected;
        } hosts[] = {
            {"expired", "SDOC_HOST_EXPIRED", ResultCode::CertificateExpired},
            {"not yet valid", "SDOC_HOST_FUTURE", ResultCode::CertificateExpired},
            {"self-signed", "SDOC_HOST_SELFSIGNED", ResultCode::CertificateUntrusted},
            {"wrong host", "SDOC_HOST_WRONGHOST", ResultCode::CertificateHostnameMismatch},
        };
        for (const auto &h : hosts) {
            QTest::addRow("%s 587", h.name)
                << QString::fromLatin1(h.hostVar) << kSubmission << Security::StartTls << h.expected;
            QTest::addRow("%s 465", h.name)
                << QString::fromLatin1(h.hostVar) << kSubmissions << Security::Tls << h.expected;
        }
    }

    void badCertificate()
    {
        QFETCH(QString, hostVar);
        QFETCH(quint16, port);
        QFETCH(Security, security);
        QFETCH(ResultCode, expected);
        const CheckSettings s = withAlice(settingsFor(env(hostVar.toLatin1().constData()), port, security));
        const Outcome o = run(s);
        CHECK_CODE(o, expected);
        QVERIFY(o.result.tls.attempted);
        QVERIFY(!o.result.tls.verified);
        QVERIFY(!o.result.tls.errors.isEmpty());
        QVERIFY(!o.result.auth.attempted);
        QVERIFY2(!clientSent(o.result, u"AUTH"), qPrintable(explain(o)));
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    void selfSignedPinned()
    {
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST_SELFSIGNED"), kSubmission, Security::StartTls));
        const QByteArray pin = env("SDOC_SELFSIGNED_SHA256").toLatin1();
        QCOMPARE(pin.size(), 64);
        s.pinnedSha256 = {pin};
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::Ok);
        QVERIFY(o.result.tls.established);
        QVERIFY(o.result.tls.pinned);
        QVERIFY(!o.result.tls.verified);
        QVERIFY(o.result.auth.ok);
        QCOMPARE(o.result.tls.chain.value(0).sha256, pin);

        // A pin of another certificate does not help.
        s.pinnedSha256 = {QByteArray(64, 'a')};
        const Outcome other = run(s);
        CHECK_CODE(other, ResultCode::CertificateUntrusted);
        QVERIFY(!other.result.auth.attempted);
    }

    // The test CA is not in the system store: without it mail.sdoc.test is untrusted.
    void caNotGiven()
    {
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSubmission, Security::StartTls));
        s.extraCaCertificates.clear();
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::CertificateUntrusted);
        QVERIFY(!o.result.auth.attempted);
        QVERIFY2(!clientSent(o.result, u"AUTH"), qPrintable(explain(o)));
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    // plain.sdoc.test: no TLS at all, AUTH offered in plaintext.
    void plaintextAuth_data()
    {
        QTest::addColumn<bool>("allow");
        QTest::addColumn<ResultCode>("expected");
        QTest::newRow("not allowed") << false << ResultCode::PlaintextAuthRefused;
        QTest::newRow("explicitly allowed") << true << ResultCode::Ok;
    }

    void plaintextAuth()
    {
        QFETCH(bool, allow);
        QFETCH(ResultCode, expected);
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST_PLAIN"), kSubmission, Security::None));
        s.allowPlaintextAuth = allow;
        const Outcome o = run(s);
        CHECK_CODE(o, expected);
        QVERIFY(!o.result.tls.attempted);
        QVERIFY(!o.result.capabilities.authMechanisms.isEmpty());
        if (allow) {
            QVERIFY(o.result.auth.ok);
            // auto picks a mechanism that does not reveal the password.
            QCOMPARE(o.result.auth.used, u"SCRAM-SHA-256"_s);
        } else {
            QVERIFY(!o.result.auth.attempted);
            QVERIFY2(!clientSent(o.result, u"AUTH"), qPrintable(explain(o)));
        }
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    void plainHostWithStartTls()
    {
        const CheckSettings s = withAlice(settingsFor(env("SDOC_HOST_PLAIN"), kSubmission, Security::StartTls));
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::StartTlsNotOffered);
        QVERIFY(!o.result.capabilities.startTls);
        QVERIFY(!o.result.auth.attempted);
        QVERIFY2(!clientSent(o.result, u"AUTH"), qPrintable(explain(o)));
        QVERIFY2(!clientSent(o.result, u"STARTTLS"), qPrintable(explain(o)));
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    // Implicit TLS against a STARTTLS port and the other way round. The engine
    // notices a silent (TLS-waiting) port after timeouts.silentProbeAfterMs.
    void wrongSecurityMode_data()
    {
        QTest::addColumn<quint16>("port");
        QTest::addColumn<Security>("security");
        QTest::addColumn<Security>("suggested");
        QTest::newRow("TLS against 587") << kSubmission << Security::Tls << Security::StartTls;
        QTest::newRow("STARTTLS against 465") << kSubmissions << Security::StartTls << Security::Tls;
    }

    void wrongSecurityMode()
    {
        QFETCH(quint16, port);
        QFETCH(Security, security);
        QFETCH(Security, suggested);
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), port, security));
        s.timeouts.greetingMs = 10000;
        s.timeouts.totalMs = 20000;
        s.timeouts.silentProbeAfterMs = 1000;
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::WrongSecurityMode);
        QVERIFY2(o.result.suggestedSecurity == suggested, qPrintable(explain(o)));
        QVERIFY(!o.result.auth.attempted);
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    void closedPort()
    {
        const quint16 port = env("SDOC_CLOSED_PORT").toUShort();
        QVERIFY(port != 0);
        const Outcome o = run(settingsFor(env("SDOC_HOST"), port, Security::StartTls));
        CHECK_CODE(o, ResultCode::ConnectRefused);
        QCOMPARE(o.result.failedPhase, Phase::Connect);
        QVERIFY2(o.elapsedMs < 2000, qPrintable(explain(o)));
    }

    void blackhole()
    {
        CheckSettings s = settingsFor(env("SDOC_HOST_BLACKHOLE"), kSubmission, Security::StartTls);
        s.timeouts.connectMs = 1000;
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::ConnectTimeout);
        QCOMPARE(o.result.failedPhase, Phase::Connect);
        QVERIFY2(o.elapsedMs >= 900 && o.elapsedMs < 3000, qPrintable(explain(o)));
    }

    // AAAA black-holed, A works: Happy Eyeballs falls back to IPv4 quickly,
    // long before the connect deadline.
    void happyEyeballs()
    {
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST_V6DEAD"), kSubmission, Security::StartTls));
        s.timeouts.connectMs = 10000;
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::Ok);
        QCOMPARE(QHostAddress(o.result.peerAddress), QHostAddress(u"127.0.0.1"_s));
        QVERIFY2(o.result.resolvedAddresses.contains(env("SDOC_ADDR_V6DEAD")), qPrintable(explain(o)));
        QVERIFY2(o.elapsedMs < 2000, qPrintable(u"took %1 ms"_s.arg(o.elapsedMs) + explain(o)));
    }

    void dnsFailure_data()
    {
        QTest::addColumn<QString>("hostVar");
        QTest::newRow("NXDOMAIN") << u"SDOC_HOST_NXDOMAIN"_s;
        QTest::newRow("NODATA") << u"SDOC_HOST_NODATA"_s;
    }

    void dnsFailure()
    {
        QFETCH(QString, hostVar);
        const Outcome o = run(settingsFor(env(hostVar.toLatin1().constData()), kSubmission, Security::StartTls));
        CHECK_CODE(o, ResultCode::DnsFailure);
        QCOMPARE(o.result.failedPhase, Phase::Resolve);
        QVERIFY2(o.elapsedMs < 2000, qPrintable(explain(o)));
    }

    void senderOnly()
    {
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSubmission, Security::StartTls));
        s.from = env("SDOC_USER");
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::Ok);
        QVERIFY(o.result.senderChecked);
        QVERIFY(!o.result.messageSent);
        QVERIFY(hasPhase(o.result, Phase::MailFrom));
        QVERIFY(hasPhase(o.result, Phase::Reset));
        QVERIFY(!hasPhase(o.result, Phase::Data, false));
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    void sendMessage()
    {
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSubmission, Security::StartTls));
        s.from = env("SDOC_USER");
        s.to = env("SDOC_USER2");
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::Ok);
        QVERIFY(o.result.messageSent);
        QVERIFY2(!o.result.queueId.isEmpty(), qPrintable(explain(o)));
        QVERIFY(hasPhase(o.result, Phase::RcptTo));
        QVERIFY(hasPhase(o.result, Phase::Data));
        CHECK_NO_SECRET(o, s.username, s.password);

        // Postfix names its queue id in the Received header of the delivered copy.
        QByteArray message;
        QVERIFY2(waitForMail(s.to, " id " + o.result.queueId.toLatin1(), 5000, &message),
                 qPrintable(u"no message with queue id %1 in bob's Maildir"_s.arg(o.result.queueId)));
        QVERIFY(message.contains(QByteArray("Return-Path: <" + s.from.toUtf8() + '>')));
        QVERIFY2(!message.contains(s.password.toUtf8()), "the password is in the delivered message");
    }

    void senderRejected()
    {
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSubmission, Security::StartTls));
        s.from = env("SDOC_USER2"); // bob's address while logged in as alice
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::SenderRejected);
        QCOMPARE(o.result.failedPhase, Phase::MailFrom);
        QCOMPARE(o.result.lastReply.code, 553);
        QVERIFY(!o.result.senderChecked);
        CHECK_NO_SECRET(o, s.username, s.password);
    }

    void recipientRejected()
    {
        CheckSettings s = withAlice(settingsFor(env("SDOC_HOST"), kSubmission, Security::StartTls));
        s.from = env("SDOC_USER");
        s.to = u"nobody@"_s + env("SDOC_DOMAIN");
        const Outcome o = run(s);
        CHECK_CODE(o, ResultCode::RecipientRejected);
        QCOMPARE(o.result.failedPhase, Phase::RcptTo);
        QCOMPARE(o.result.lastReply.code, 550);
        QVERIFY(!o.result.messageSent);
        CHECK_NO_SECRET(o, s.username, s.password);
    }
};

QTEST_GUILESS_MAIN(TestPostfix)
#include "tst_postfix.moc"
