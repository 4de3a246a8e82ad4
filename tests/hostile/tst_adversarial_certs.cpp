// SPDX-License-Identifier: GPL-3.0-or-later
//
// Adversarial certificates: the server presents certificates made for this test with
// the openssl command (a private root, an intermediate, leaves with every kind of flaw).
// Every case asserts the ResultCode, the deadline, and that nothing but the handshake
// went to a server whose certificate was not accepted.
// SDOC_HOSTILE_VERBOSE=1 prints the whole story of every case.

#include "hostileserver.h"

#include "smtp/phase.h"
#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "smtp/smtpcheck.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Testing;

namespace {

constexpr int kSlackMs = 1000;
const QString kUser = adversarialUser();
const QString kPassword = adversarialPassword();

// One way of presenting a certificate, and what the client is told.
struct CertCase
{
    QList<QSslCertificate> chain; // what the server sends, leaf first
    QSslKey key;
    QString host; // settings.host: the identity to verify
    bool useConnectAddress = true; // connect to 127.0.0.1 whatever the host name resolves to
    QByteArrayList pins;
    ResultCode code = ResultCode::Ok;
    bool pinned = false; // with Ok: accepted only because of the pin
};

} // namespace

Q_DECLARE_METATYPE(CertCase)

#define STORY(condition) SDOC_VERIFY_STORY(condition, story)

class AdversarialCertsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificate_data();
    void certificate();
    void pinDoesNotOutliveItsCheck();
    void implicitTlsUntrusted();

private:
    [[nodiscard]] CheckSettings settingsFor(quint16 port, const CertCase &c) const;
    [[nodiscard]] TestPki::Identity make(const TestPki::Request &request);

    TestPki m_pki;
    TestPki::Identity m_root;
    TestPki::Identity m_otherRoot;
    TestPki::Identity m_intermediate;
    QHash<QString, TestPki::Identity> m_leaves;
};

TestPki::Identity AdversarialCertsTest::make(const TestPki::Request &request)
{
    TestPki::Identity id = m_pki.issue(request);
    if (id.isNull())
        qWarning().noquote() << m_pki.errorString();
    return id;
}

void AdversarialCertsTest::initTestCase()
{
    if (!m_pki.unavailableReason().isEmpty())
        QSKIP(qPrintable(m_pki.unavailableReason()));
    m_root = make(TestPki::Request::authority(u"Adversarial Root"_s));
    m_otherRoot = make(TestPki::Request::authority(u"Unknown Root"_s));
    m_intermediate = make(TestPki::Request::authority(u"Adversarial Intermediate"_s, &m_root));
    QVERIFY(!m_root.isNull() && !m_otherRoot.isNull() && !m_intermediate.isNull());

    const QString mail = u"mail.example.test"_s;
    const QStringList mailSan { u"DNS:mail.example.test"_s };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Spec
    {
        QString id;
        TestPki::Request request;
    };
    QList<Spec> specs {
        { u"good"_s, TestPki::Request::leaf(mail, mailSan, &m_root) },
        { u"self-signed"_s, TestPki::Request::leaf(mail, mailSan, nullptr) },
        { u"unknown root"_s, TestPki::Request::leaf(mail, mailSan, &m_otherRoot) },
        { u"wrong host"_s, TestPki::Request::leaf(u"other.example.test"_s, { u"DNS:other.example.test"_s }, &m_root) },
        { u"wildcard"_s, TestPki::Request::leaf(u"*.example.test"_s, { u"DNS:*.example.test"_s }, &m_root) },
        { u"wildcard tld"_s, TestPki::Request::leaf(u"*.test"_s, { u"DNS:*.test"_s }, &m_root) },
        { u"cn only"_s, TestPki::Request::leaf(mail, {}, &m_root) },
        { u"cn matches, san does not"_s, TestPki::Request::leaf(mail, { u"DNS:other.example.test"_s }, &m_root) },
        { u"via intermediate"_s, TestPki::Request::leaf(mail, mailSan, &m_intermediate) },
        { u"connect address names"_s,
            TestPki::Request::leaf(u"localhost"_s, { u"DNS:localhost"_s, u"IP:127.0.0.1"_s }, &m_root) },
        { u"dns localhost only"_s, TestPki::Request::leaf(u"localhost"_s, { u"DNS:localhost"_s }, &m_root) },
        { u"ip only"_s, TestPki::Request::leaf(u"127.0.0.1"_s, { u"IP:127.0.0.1"_s }, &m_root) },
    };
    TestPki::Request expired = TestPki::Request::leaf(mail, mailSan, &m_root);
    expired.notBefore = now.addDays(-30);
    expired.notAfter = now.addDays(-1);
    specs << Spec { u"expired"_s, expired };
    TestPki::Request future = TestPki::Request::leaf(mail, mailSan, &m_root);
    future.notBefore = now.addDays(1);
    future.notAfter = now.addDays(30);
    specs << Spec { u"not yet valid"_s, future };
    for (const Spec &spec : std::as_const(specs)) {
        const TestPki::Identity id = make(spec.request);
        QVERIFY2(!id.isNull(), qPrintable(spec.id));
        m_leaves.insert(spec.id, id);
    }
}

CheckSettings AdversarialCertsTest::settingsFor(quint16 port, const CertCase &c) const
{
    CheckSettings s;
    s.host = c.host;
    s.port = port;
    if (c.useConnectAddress)
        s.connectAddress = QHostAddress(QHostAddress::LocalHost);
    s.security = Security::StartTls;
    s.ehloName = u"client.adversarial.test"_s;
    s.extraCaCertificates = { m_root.certificate }; // the private root only; never the other one
    s.pinnedSha256 = c.pins;
    s.username = kUser;
    s.password = kPassword;
    s.from = u"sender@example.test"_s;
    s.to = u"rcpt@example.test"_s;
    Timeouts &t = s.timeouts;
    t.totalMs = 6000;
    t.resolveMs = 1000;
    t.connectMs = 1500;
    t.greetingMs = 1500;
    t.tlsMs = 1500;
    t.replyMs = 1500;
    t.dataMs = 1500;
    t.silentProbeAfterMs = 5000;
    return s;
}

void AdversarialCertsTest::certificate_data()
{
    QTest::addColumn<CertCase>("c");
    const auto leaf = [this](const QString &id) { return m_leaves.value(id); };
    const auto add = [&](const char *name, const QString &id, const QString &host, ResultCode code,
                         const QByteArrayList &pins = {}, bool pinned = false) {
        CertCase c;
        c.chain = { leaf(id).certificate };
        c.key = leaf(id).key;
        c.host = host;
        c.code = code;
        c.pins = pins;
        c.pinned = pinned;
        QTest::newRow(name) << c;
    };
    const QString mail = u"mail.example.test"_s;

    add("verified", u"good"_s, mail, ResultCode::Ok);
    add("self-signed", u"self-signed"_s, mail, ResultCode::CertificateUntrusted);
    add("unknown root", u"unknown root"_s, mail, ResultCode::CertificateUntrusted);
    add("wrong host", u"wrong host"_s, mail, ResultCode::CertificateHostnameMismatch);
    add("expired", u"expired"_s, mail, ResultCode::CertificateExpired);
    add("not yet valid", u"not yet valid"_s, mail, ResultCode::CertificateExpired);

    // Wildcards: only the whole left-most label, exactly one label deep (RFC 6125 6.4.3).
    add("*.example.test for a.example.test", u"wildcard"_s, u"a.example.test"_s, ResultCode::Ok);
    add("*.example.test for A.EXAMPLE.TEST", u"wildcard"_s, u"A.EXAMPLE.TEST"_s, ResultCode::Ok);
    add("*.example.test for a.b.example.test", u"wildcard"_s, u"a.b.example.test"_s,
        ResultCode::CertificateHostnameMismatch);
    add("*.example.test for example.test", u"wildcard"_s, u"example.test"_s, ResultCode::CertificateHostnameMismatch);
    add("*.test for a.test", u"wildcard tld"_s, u"a.test"_s, ResultCode::CertificateHostnameMismatch);

    // The subject CN is a fallback only when there is no subjectAltName at all
    // (RFC 6125 6.4.4). Qt's matcher falls back to the CN in both cases.
    add("CN only, no subjectAltName (Qt accepts the CN)", u"cn only"_s, mail, ResultCode::Ok);
    add("CN matches, subjectAltName does not", u"cn matches, san does not"_s, mail,
        ResultCode::CertificateHostnameMismatch);

    // The name the user typed is the identity (RFC 7817 3): never the address we
    // connected to, nor a name that belongs to that address.
    add("host name vs a certificate for the connect address", u"connect address names"_s, mail,
        ResultCode::CertificateHostnameMismatch);
    add("IP literal vs a certificate for localhost only", u"dns localhost only"_s, u"127.0.0.1"_s,
        ResultCode::CertificateHostnameMismatch);
    add("IP literal vs an IP subjectAltName", u"ip only"_s, u"127.0.0.1"_s, ResultCode::Ok);

    // Pins: exactly the SHA-256 of the leaf, lower-case hex.
    const TestPki::Identity selfSigned = leaf(u"self-signed"_s);
    add("self-signed, pinned", u"self-signed"_s, mail, ResultCode::Ok, { selfSigned.sha256() }, true);
    add("self-signed, pin of another certificate", u"self-signed"_s, mail, ResultCode::CertificateUntrusted,
        { leaf(u"good"_s).sha256() });
    add("self-signed, SHA-1 of the leaf as pin", u"self-signed"_s, mail, ResultCode::CertificateUntrusted,
        { selfSigned.certificate.digest(QCryptographicHash::Sha1).toHex() });
    add("self-signed, pin with one digit changed", u"self-signed"_s, mail, ResultCode::CertificateUntrusted,
        { QByteArray(selfSigned.sha256()).replace(0, 1, selfSigned.sha256().startsWith('0') ? "1" : "0") });
    add("unknown root, pin of the root", u"unknown root"_s, mail, ResultCode::CertificateUntrusted,
        { m_otherRoot.sha256() });
    add("expired, pinned: the user accepted exactly this certificate", u"expired"_s, mail, ResultCode::Ok,
        { leaf(u"expired"_s).sha256() }, true);

    // Chains.
    {
        CertCase c;
        const TestPki::Identity id = leaf(u"via intermediate"_s);
        c.chain = { id.certificate, m_intermediate.certificate };
        c.key = id.key;
        c.host = mail;
        QTest::newRow("leaf and intermediate sent") << c;
        c.chain = { id.certificate };
        c.code = ResultCode::CertificateUntrusted;
        QTest::newRow("intermediate missing") << c;
        c.chain = { id.certificate, m_intermediate.certificate };
        c.pins = { m_intermediate.sha256() };
        c.host = u"other.example.test"_s;
        c.code = ResultCode::CertificateHostnameMismatch;
        QTest::newRow("wrong host, pin of the intermediate") << c;
    }
    {
        // The server sends the right leaf, then an unrelated root it hopes the client trusts.
        CertCase c;
        const TestPki::Identity id = leaf(u"unknown root"_s);
        c.chain = { id.certificate, m_root.certificate };
        c.key = id.key;
        c.host = mail;
        c.code = ResultCode::CertificateUntrusted;
        QTest::newRow("unknown root, a trusted root sent along") << c;
    }
}

void AdversarialCertsTest::certificate()
{
    QFETCH(CertCase, c);
    HostileServer server;
    server.setScript(HostileScript());
    server.setTlsIdentity(c.chain, c.key);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const CheckSettings settings = settingsFor(server.serverPort(), c);

    const CheckRun run = runCheck(settings, kSlackMs);
    const QString story = describeRun(run, &server);
    if (qEnvironmentVariableIsSet("SDOC_HOSTILE_VERBOSE"))
        qInfo().noquote() << story;
    const QString contract = runContractProblems(run, settings, kSlackMs);
    SDOC_VERIFY_STORY(contract.isEmpty(), story + contract);
    STORY(QTest::qWaitFor([&server] { return server.allClosed(); }, 3000));
    const QString leaks = plaintextLeakProblems(server, secretForms(kUser, kPassword));
    SDOC_VERIFY_STORY(leaks.isEmpty(), story + leaks);

    const CheckResult &r = run.result;
    STORY(r.code == c.code);
    STORY(server.connectionCount() == 1);
    const ConnectionLog &log = server.log(0);
    STORY(log.verbs(Layer::Plain) == (QByteArrayList { "EHLO"_ba, "STARTTLS"_ba }));
    // The certificate is reported either way (the report shows what was presented).
    STORY(!r.tls.chain.isEmpty()
        && r.tls.chain.constFirst().sha256 == c.chain.constFirst().digest(QCryptographicHash::Sha256).toHex());
    if (c.code == ResultCode::Ok) {
        STORY(r.tls.established && r.auth.ok && r.messageSent);
        STORY(r.tls.pinned == c.pinned);
        STORY(r.tls.verified == !c.pinned);
        STORY(log.verbs(Layer::Tls).value(0) == "EHLO"_ba);
        return;
    }
    STORY(r.failedPhase == Phase::TlsHandshake);
    STORY(run.elapsedMs < settings.timeouts.tlsMs);
    STORY(!r.tls.established && !r.tls.pinned && !r.tls.verified);
    STORY(!r.tls.errors.isEmpty());
    STORY(!r.auth.attempted);
    // Not one byte of SMTP inside a TLS session with a rejected certificate.
    STORY(log.tls.isEmpty());
}

void AdversarialCertsTest::pinDoesNotOutliveItsCheck()
{
    // A pin belongs to the check (host and settings) that carries it: the next check,
    // same SmtpCheck object, same server and certificate, without the pin, must verify
    // again and fail; so must a check for another host name.
    const TestPki::Identity selfSigned = m_leaves.value(u"self-signed"_s);
    HostileServer server;
    server.setTlsIdentity(selfSigned.certificate, selfSigned.key);
    QVERIFY(server.listen());
    CertCase c;
    c.host = u"mail.example.test"_s;
    c.pins = { selfSigned.sha256() };
    const CheckSettings pinned = settingsFor(server.serverPort(), c);
    CheckSettings unpinned = pinned;
    unpinned.pinnedSha256.clear();
    CheckSettings otherHost = unpinned;
    otherHost.host = u"other.example.test"_s;

    SmtpCheck check;
    QList<CheckResult> results;
    connect(&check, &SmtpCheck::finished, this, [&results](const CheckResult &r) { results << r; });
    for (const CheckSettings &s : { pinned, unpinned, otherHost, pinned }) {
        const qsizetype before = results.size();
        check.setSettings(s);
        check.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == before + 1, s.timeouts.totalMs + kSlackMs);
    }
    QString story = server.describe();
    for (const CheckResult &r : std::as_const(results))
        story += u"\n  %1 %2 pinned=%3"_s.arg(r.host, resultCodeId(r.code)).arg(r.tls.pinned);
    STORY(results.size() == 4);
    STORY(results.at(0).code == ResultCode::Ok && results.at(0).tls.pinned);
    STORY(results.at(1).code == ResultCode::CertificateUntrusted && !results.at(1).tls.pinned);
    STORY(results.at(2).code == ResultCode::CertificateUntrusted && !results.at(2).tls.pinned);
    STORY(results.at(3).code == ResultCode::Ok && results.at(3).tls.pinned);
    // A fresh connection for every check; AUTH only on the two pinned ones.
    STORY(server.connectionCount() == 4);
    STORY(server.log(0).sentVerb("AUTH", Layer::Tls) && server.log(3).sentVerb("AUTH", Layer::Tls));
    STORY(server.log(1).tls.isEmpty() && server.log(2).tls.isEmpty());
}

void AdversarialCertsTest::implicitTlsUntrusted()
{
    // The same rules on an implicit-TLS port: no greeting is even read.
    const TestPki::Identity id = m_leaves.value(u"unknown root"_s);
    HostileScript script;
    script.implicitTls = true;
    HostileServer server;
    server.setScript(script);
    server.setTlsIdentity(id.certificate, id.key);
    QVERIFY(server.listen());
    CertCase c;
    c.host = u"mail.example.test"_s;
    CheckSettings settings = settingsFor(server.serverPort(), c);
    settings.security = Security::Tls;
    const CheckRun run = runCheck(settings, kSlackMs);
    const QString story = describeRun(run, &server);
    STORY(runContractProblems(run, settings, kSlackMs).isEmpty());
    STORY(run.result.code == ResultCode::CertificateUntrusted);
    STORY(run.result.failedPhase == Phase::TlsHandshake);
    STORY(run.elapsedMs < settings.timeouts.tlsMs);
    STORY(QTest::qWaitFor([&server] { return server.allClosed(); }, 3000));
    STORY(server.log(0).tls.isEmpty() && server.log(0).verbs().isEmpty());
    STORY(!run.result.transcript.isEmpty());
    STORY(std::none_of(run.result.transcript.cbegin(), run.result.transcript.cend(),
        [](const TranscriptEntry &e) { return e.direction == TranscriptEntry::Direction::Server; }));
}

QTEST_GUILESS_MAIN(AdversarialCertsTest)

#include "tst_adversarial_certs.moc"
