// SPDX-License-Identifier: GPL-3.0-or-later
//
// The port doctor against real servers: Postfix on 25/587/465 of mail.sdoc.test,
// a closed port, a black-holed host, and odd.sdoc.test (tests/harness/services/odd.sh:
// plain text with STARTTLS on 465, HTTP on 587, 25 black-holed, 2525 without
// STARTTLS behind a foreign greeting, implicit TLS on 2465). Run as root through
//   tests/harness/harness.sh run -- build/tests/tst_ports
// Without the harness every case skips with the reason. Probe timeouts are 2 s.
// SDOC_PORTS_VERBOSE=1 prints every report as JSON.

#include "clirun.h"
#include "harness.h"

#include "ports/portdoctor.h"
#include "ports/portjson.h"
#include "ports/portverdict.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Ports;
using namespace SmtpDoctor::Test;

Q_DECLARE_METATYPE(SmtpDoctor::Ports::PortReport)
Q_DECLARE_METATYPE(SmtpDoctor::Ports::CertificateVerdict)

namespace {

constexpr int kProbeTimeoutMs = 2000;
// The doctor's own bound: two probe budgets and its safety margin.
constexpr int kGuardMs = 2 * kProbeTimeoutMs + 2000 + 3000;

struct Outcome
{
    PortReport report;
    qint64 elapsedMs = 0;
    bool finished = false;
};

PortDoctorOptions options(const QList<quint16> &ports = defaultPorts(), bool withCa = true)
{
    PortDoctorOptions o;
    o.ports = ports;
    o.probeTimeoutMs = kProbeTimeoutMs;
    if (withCa)
        o.extraCaCertificates = harnessCa();
    return o;
}

Outcome doctor(const QString &host, const PortDoctorOptions &o = options())
{
    PortDoctor d;
    Outcome out;
    QEventLoop loop;
    int finishedCount = 0;
    QObject::connect(&d, &PortDoctor::finished, &loop, [&](const PortReport &r) {
        ++finishedCount;
        out.report = r;
        out.finished = true;
        loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    d.start(host, o);
    guard.start(kGuardMs);
    if (!out.finished)
        loop.exec();
    out.elapsedMs = clock.elapsed();
    QTest::qWait(20); // a second finished() would arrive here
    if (finishedCount > 1)
        out.finished = false;
    if (qEnvironmentVariableIntValue("SDOC_PORTS_VERBOSE"))
        qInfo().noquote() << QJsonDocument(portReportToJson(out.report)).toJson(QJsonDocument::Indented);
    return out;
}

QString dump(const PortReport &r)
{
    return QString::fromUtf8(QJsonDocument(portReportToJson(r)).toJson(QJsonDocument::Indented));
}

QStringList findingKeys(const PortReport &r)
{
    QStringList keys;
    for (const Finding &f : r.findings)
        keys << u"%1:%2"_s.arg(f.port).arg(f.id);
    keys.sort();
    return keys;
}

CliRun cli(const QStringList &args)
{
    return runCli(args, {}, cliEnvironment(), kGuardMs + 5000);
}

#define REQUIRE_ODD()                                                                                                  \
    do {                                                                                                               \
        if (env("SDOC_HOST_ODD").isEmpty())                                                                            \
            QSKIP("this harness has no odd.sdoc.test (tests/harness/services/odd.sh is not in its SERVICES)");         \
    } while (false)

} // namespace

class TestPorts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SDOC_REQUIRE_HARNESS();
        QVERIFY(!harnessCa().isEmpty());
    }

    void mailHostIsHealthy()
    {
        const Outcome o = doctor(env("SDOC_HOST"));
        QVERIFY(o.finished);
        const PortReport &r = o.report;
        QCOMPARE(r.ports.size(), 4);
        QCOMPARE(r.ports.at(0).port, quint16(465)); // in the order asked for

        const PortResult *p465 = r.port(465);
        QVERIFY(p465);
        QCOMPARE(p465->state, PortState::Reachable);
        QCOMPARE(p465->speaks, Speaks::ImplicitTls);
        QCOMPARE(p465->certificate, CertificateVerdict::Verified);
        QVERIFY(p465->tlsEstablished);
        QVERIFY(p465->tlsProtocol.startsWith(u"TLSv1."_s));
        QVERIFY(!p465->tlsCipher.isEmpty());
        QVERIFY2(p465->authAfterTls.contains(u"PLAIN"_s), qPrintable(dump(r)));
        QCOMPARE(p465->greetingHost, env("SDOC_HOST"));
        QVERIFY(p465->leaf);
        QVERIFY(p465->leaf->subjectAltNames.contains(env("SDOC_HOST")));

        const PortResult *p587 = r.port(587);
        QVERIFY(p587);
        QCOMPARE(p587->speaks, Speaks::StartTls);
        QVERIFY(p587->startTlsOffered);
        QCOMPARE(p587->certificate, CertificateVerdict::Verified);
        QVERIFY(p587->authBeforeTls.isEmpty()); // smtpd_tls_auth_only
        QVERIFY(p587->authAfterTls.contains(u"SCRAM-SHA-256"_s));

        const PortResult *p25 = r.port(25);
        QVERIFY(p25);
        QCOMPARE(p25->speaks, Speaks::StartTls);
        QCOMPARE(p25->certificate, CertificateVerdict::Verified);
        QVERIFY(p25->authAfterTls.isEmpty()); // the MX profile: no AUTH

        const PortResult *p2525 = r.port(2525);
        QVERIFY(p2525);
        QCOMPARE(p2525->state, PortState::Refused);
        QCOMPARE(p2525->speaks, Speaks::None);

        QVERIFY2(r.findings.isEmpty(), qPrintable(dump(r)));
        QVERIFY(r.recommendation);
        QCOMPARE(r.recommendation->port, quint16(465));
        QCOMPARE(r.recommendation->security, Security::Tls);
        QCOMPARE(portsExitCode(r), 0);
        QVERIFY2(o.elapsedMs < 3000, qPrintable(u"took %1 ms"_s.arg(o.elapsedMs)));
    }

    void closedPort()
    {
        const quint16 closed = quint16(env("SDOC_CLOSED_PORT").toUInt());
        QVERIFY(closed != 0);
        const Outcome o = doctor(env("SDOC_HOST"), options({ closed }));
        QVERIFY(o.finished);
        QCOMPARE(o.report.ports.size(), 1);
        QCOMPARE(o.report.ports.first().state, PortState::Refused);
        QCOMPARE(findingKeys(o.report), QStringList { u"0:NOTHING_ANSWERED"_s });
        QCOMPARE(portsExitCode(o.report), 3);
    }

    void blackHoledHost()
    {
        const Outcome o = doctor(env("SDOC_HOST_BLACKHOLE"));
        QVERIFY(o.finished);
        for (const PortResult &p : o.report.ports)
            QVERIFY2(p.state == PortState::Silent, qPrintable(dump(o.report)));
        QCOMPARE(findingKeys(o.report), QStringList { u"0:NOTHING_ANSWERED"_s });
        QVERIFY(!o.report.recommendation);
        QCOMPARE(portsExitCode(o.report), 3);
        // All four at the same time: about one probe timeout, not four.
        QVERIFY2(o.elapsedMs < kProbeTimeoutMs + 1500, qPrintable(u"took %1 ms"_s.arg(o.elapsedMs)));
    }

    void oddHost()
    {
        REQUIRE_ODD();
        const Outcome o = doctor(env("SDOC_HOST_ODD"));
        QVERIFY(o.finished);
        const PortReport &r = o.report;

        // 465 speaks plain text with STARTTLS: found by the follow-up probe.
        const PortResult *p465 = r.port(465);
        QVERIFY(p465);
        QCOMPARE(p465->speaks, Speaks::StartTls);
        QCOMPARE(p465->code, ResultCode::WrongSecurityMode);
        QCOMPARE(p465->certificate, CertificateVerdict::Verified);
        QVERIFY(p465->isSecure());

        // 587 is a web server: silent for SMTP, named after the nudge.
        const PortResult *p587 = r.port(587);
        QVERIFY(p587);
        QCOMPARE(p587->state, PortState::Reachable);
        QCOMPARE(p587->speaks, Speaks::NotSmtp);
        QVERIFY2(p587->protocol == Protocol::Http, qPrintable(dump(r)));

        // 25 is black-holed.
        const PortResult *p25 = r.port(25);
        QVERIFY(p25);
        QCOMPARE(p25->state, PortState::Silent);

        // 2525: no STARTTLS, AUTH in the clear, someone else's greeting.
        const PortResult *p2525 = r.port(2525);
        QVERIFY(p2525);
        QCOMPARE(p2525->speaks, Speaks::PlainNoStartTls);
        QVERIFY(!p2525->authBeforeTls.isEmpty());
        QCOMPARE(p2525->greetingHost, env("SDOC_ODD_PROXY_NAME"));

        QStringList expected { u"465:PLAINTEXT_ON_IMPLICIT_TLS_PORT"_s, u"587:OTHER_PROTOCOL"_s, u"25:PORT25_BLOCKED"_s,
            u"2525:STARTTLS_MISSING"_s, u"2525:AUTH_BEFORE_TLS"_s, u"2525:FOREIGN_GREETING"_s };
        expected.sort();
        QVERIFY2(findingKeys(r) == expected, qPrintable(dump(r)));
        QVERIFY(r.recommendation);
        QCOMPARE(r.recommendation->port, quint16(465));
        QCOMPARE(r.recommendation->security, Security::StartTls);
        QCOMPARE(portsExitCode(r), 0);
        // Concurrent: the slowest port (the silent ones) decides, about one probe timeout plus the nudge.
        QVERIFY2(o.elapsedMs < 2 * kProbeTimeoutMs, qPrintable(u"took %1 ms"_s.arg(o.elapsedMs)));
    }

    void implicitTlsWherePlainIsExpected()
    {
        REQUIRE_ODD();
        const quint16 port = quint16(env("SDOC_ODD_IMPLICIT_PORT").toUInt());
        QVERIFY(port != 0);
        const Outcome o = doctor(env("SDOC_HOST_ODD"), options({ port }));
        QVERIFY(o.finished);
        const PortResult &p = o.report.ports.first();
        QCOMPARE(p.speaks, Speaks::ImplicitTls);
        QCOMPARE(p.code, ResultCode::WrongSecurityMode); // the STARTTLS probe learned it from the engine
        QCOMPARE(p.certificate, CertificateVerdict::Verified);
        QCOMPARE(p.greetingHost, env("SDOC_HOST"));
        QVERIFY(o.report.recommendation);
        QCOMPARE(o.report.recommendation->security, Security::Tls);
    }

    void plaintextOnlyIsNeverRecommended()
    {
        const Outcome o = doctor(env("SDOC_HOST_PLAIN"));
        QVERIFY(o.finished);
        const PortResult *p587 = o.report.port(587);
        QVERIFY(p587);
        QCOMPARE(p587->speaks, Speaks::PlainNoStartTls);
        QVERIFY(!p587->authBeforeTls.isEmpty());
        QVERIFY(!o.report.recommendation);
        QVERIFY(findingKeys(o.report).contains(u"0:NO_SECURE_SETTING"_s));
        QVERIFY(findingKeys(o.report).contains(u"587:AUTH_BEFORE_TLS"_s));
        QCOMPARE(portsExitCode(o.report), 4);
    }

    void certificateProblems_data()
    {
        QTest::addColumn<QString>("hostVar");
        QTest::addColumn<CertificateVerdict>("verdict");
        QTest::addColumn<QString>("findingId");
        QTest::newRow("expired") << u"SDOC_HOST_EXPIRED"_s << CertificateVerdict::Expired << u"CERT_EXPIRED"_s;
        QTest::newRow("self-signed") << u"SDOC_HOST_SELFSIGNED"_s << CertificateVerdict::Untrusted
                                     << u"CERT_UNTRUSTED"_s;
        QTest::newRow("wrong name") << u"SDOC_HOST_WRONGHOST"_s << CertificateVerdict::WrongName
                                    << u"CERT_WRONG_NAME"_s;
    }
    void certificateProblems()
    {
        QFETCH(QString, hostVar);
        QFETCH(CertificateVerdict, verdict);
        QFETCH(QString, findingId);
        const Outcome o = doctor(env(hostVar.toLatin1().constData()), options({ 465, 587 }));
        QVERIFY(o.finished);
        for (const PortResult &p : o.report.ports) {
            QCOMPARE(p.certificate, verdict);
            QVERIFY(!p.isSecure());
            // The pinned follow-up looked past the certificate: greeting and AUTH are known.
            QVERIFY2(p.tlsEstablished && !p.authAfterTls.isEmpty(), qPrintable(dump(o.report)));
            QVERIFY(findingKeys(o.report).contains(u"%1:%2"_s.arg(p.port).arg(findingId)));
        }
        QVERIFY(!o.report.recommendation);
        QCOMPARE(portsExitCode(o.report), 4);
    }

    void withoutTheTestCaNothingIsVerified()
    {
        const Outcome o = doctor(env("SDOC_HOST"), options({ 465, 587 }, false));
        QVERIFY(o.finished);
        for (const PortResult &p : o.report.ports)
            QCOMPARE(p.certificate, CertificateVerdict::Untrusted);
        QVERIFY(!o.report.recommendation);
    }

    void cancel()
    {
        PortDoctor d;
        QSignalSpy finished(&d, &PortDoctor::finished);
        QElapsedTimer clock;
        clock.start();
        d.start(env("SDOC_HOST_BLACKHOLE"), options());
        QTest::qWait(200);
        QVERIFY(d.isRunning());
        d.cancel();
        QVERIFY(finished.wait(1000));
        QVERIFY2(clock.elapsed() < 1200, qPrintable(u"took %1 ms"_s.arg(clock.elapsed())));
        QCOMPARE(finished.size(), 1);
        const PortReport r = finished.first().first().value<PortReport>();
        QVERIFY(r.cancelled);
        QCOMPARE(portsExitCode(r), int(ExitCancelled));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void cliJson()
    {
        const CliRun run = cli(
            { u"ports"_s, env("SDOC_HOST"), u"--json"_s, u"--timeout"_s, u"2"_s, u"--ca-file"_s, env("SDOC_CA_FILE") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = run.json();
        QCOMPARE(o.value(u"host"_s).toString(), env("SDOC_HOST"));
        const QJsonArray ports = o.value(u"ports"_s).toArray();
        QCOMPARE(ports.size(), 4);
        const QJsonObject p465 = ports.at(0).toObject();
        QCOMPARE(p465.value(u"port"_s).toInt(), 465);
        QCOMPARE(p465.value(u"speaks"_s).toString(), u"implicit_tls"_s);
        QCOMPARE(p465.value(u"tls"_s).toObject().value(u"verified"_s).toBool(), true);
        QVERIFY(!p465.value(u"tls"_s)
                     .toObject()
                     .value(u"certificate"_s)
                     .toObject()
                     .value(u"issuer"_s)
                     .toString()
                     .isEmpty());
        QCOMPARE(ports.at(3).toObject().value(u"state"_s).toString(), u"refused"_s);
        QCOMPARE(o.value(u"recommendation"_s).toObject().value(u"port"_s).toInt(), 465);
        QCOMPARE(o.value(u"recommendation"_s).toObject().value(u"security"_s).toString(), u"tls"_s);
        QVERIFY(o.value(u"findings"_s).toArray().isEmpty());
    }

    void cliText()
    {
        REQUIRE_ODD();
        const CliRun run = cli({ u"ports"_s, env("SDOC_HOST_ODD"), u"--timeout"_s, u"2"_s, u"--ca-file"_s,
            env("SDOC_CA_FILE"), u"--lang"_s, u"en"_s });
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"\u2713 465"_s), qPrintable(text));
        QVERIFY(text.contains(u"\u2717 587"_s));
        QVERIFY(text.contains(u"HTTP"_s));
        QVERIFY(text.contains(u"(PORT25_BLOCKED)"_s));
        QVERIFY(text.contains(u"(STARTTLS_MISSING)"_s));
        QVERIFY(text.contains(u"Recommendation: "_s));
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QString>("hostVar");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("only plain text: 4") << u"SDOC_HOST_PLAIN"_s << 4;
        QTest::newRow("no such name: 3") << u"SDOC_HOST_NXDOMAIN"_s << 3;
    }
    void cliExitCodes()
    {
        QFETCH(QString, hostVar);
        QFETCH(int, exitCode);
        const CliRun run = cli({ u"ports"_s, env(hostVar.toLatin1().constData()), u"--json"_s, u"--timeout"_s, u"2"_s,
            u"--ca-file"_s, env("SDOC_CA_FILE") });
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.json().value(u"recommendation"_s).isNull());
        QCOMPARE(run.json().value(u"exit_code"_s).toInt(), exitCode);
    }

    void cliUsage()
    {
        QCOMPARE(cli({ u"ports"_s }).exitCode, 2);
        QCOMPARE(cli({ u"ports"_s, u"a"_s, u"b"_s }).exitCode, 2);
        QCOMPARE(cli({ u"ports"_s, env("SDOC_HOST"), u"--timeout"_s, u"0"_s }).exitCode, 2);
        QCOMPARE(cli({ u"ports"_s, env("SDOC_HOST"), u"--ca-file"_s, u"/nonexistent.pem"_s }).exitCode, 2);
        const CliRun help = cli({ u"--help"_s });
        QVERIFY(help.out.contains("ports"));
    }
};

QTEST_GUILESS_MAIN(TestPorts)
#include "tst_ports.moc"
