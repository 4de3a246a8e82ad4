// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli as scripts and people use it: exit codes, JSON, text, secrets.
#include "clirun.h"
#include "harness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Test;

namespace {

using Run = CliRun;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsExitCodes()
    {
        const Run r = runCli({u"test"_s, u"--help"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.out.contains("--password-stdin"));
    }

    void passwordIsNeverAnArgument()
    {
        const Run r = runCli({u"test"_s, u"--host"_s, u"localhost"_s, u"--password"_s, u"secret"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no host") << QStringList{u"test"_s, u"--json"_s};
        QTest::newRow("bad security") << QStringList{u"test"_s, u"--host"_s, u"h"_s, u"--security"_s, u"ssl3"_s, u"--json"_s};
        QTest::newRow("bad port") << QStringList{u"test"_s, u"--host"_s, u"h"_s, u"--port"_s, u"70000"_s, u"--json"_s};
        QTest::newRow("to without from") << QStringList{u"test"_s, u"--host"_s, u"h"_s, u"--to"_s, u"a@b.c"_s, u"--json"_s};
        QTest::newRow("plaintext auth with tls") << QStringList{u"test"_s, u"--host"_s, u"h"_s, u"--allow-plaintext-auth"_s, u"--json"_s};
        QTest::newRow("bad pin") << QStringList{u"test"_s, u"--host"_s, u"h"_s, u"--pin-sha256"_s, u"abc"_s, u"--json"_s};
        QTest::newRow("CR in host") << QStringList{u"test"_s, u"--host"_s, u"h\r\nRSET"_s, u"--json"_s};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        if (args.contains(u"--json"_s)) {
            QCOMPARE(r.json().value(u"result"_s).toString(), u"invalid_input"_s);
            QCOMPARE(r.json().value(u"ok"_s).toBool(), false);
        }
        QVERIFY(!r.err.isEmpty());
    }

    void starttlsLoginJson()
    {
        SDOC_REQUIRE_HARNESS();
        const QString password = env("SDOC_PASSWORD");
        const Run r = runCli({u"test"_s, u"--host"_s, env("SDOC_HOST"), u"--port"_s, u"587"_s, u"--security"_s, u"starttls"_s,
                              u"--user"_s, env("SDOC_USER"), u"--password-stdin"_s, u"--ca-file"_s, env("SDOC_CA_FILE"),
                              u"--json"_s},
                             password.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(u"ok"_s).toBool(), true);
        QCOMPARE(j.value(u"result"_s).toString(), u"ok"_s);
        QCOMPARE(j.value(u"server"_s).toObject().value(u"security"_s).toString(), u"starttls"_s);
        QVERIFY(!j.value(u"server"_s).toObject().value(u"address"_s).toString().isEmpty());
        QVERIFY(j.value(u"tls"_s).toObject().value(u"verified"_s).toBool());
        QCOMPARE(j.value(u"tls"_s).toObject().value(u"certificate"_s).toObject().value(u"sha256"_s).toString().size(), 64);
        QVERIFY(!j.value(u"capabilities"_s).toObject().value(u"before_tls"_s).toArray().isEmpty());
        QVERIFY(!j.value(u"capabilities"_s).toObject().value(u"after_tls"_s).toArray().isEmpty());
        QVERIFY(j.value(u"auth"_s).toObject().value(u"ok"_s).toBool());
        QCOMPARE(j.value(u"reply"_s).toObject().value(u"code"_s).toInt(), 235);
        QStringList phases;
        for (const QJsonValue &p : j.value(u"phases"_s).toArray())
            phases << p.toObject().value(u"name"_s).toString();
        QCOMPARE(phases, (QStringList{u"resolve"_s, u"connect"_s, u"greeting"_s, u"ehlo"_s, u"starttls"_s, u"tls"_s,
                                      u"ehlo_tls"_s, u"auth"_s}));
        QVERIFY(!j.value(u"transcript"_s).toArray().isEmpty());
        assertNoSecret(r, password, env("SDOC_USER"));
    }

    void textOutputAndTranscript()
    {
        SDOC_REQUIRE_HARNESS();
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"SDOC_TEST_PW"_s, env("SDOC_PASSWORD"));
        const Run r = runCli({u"test"_s, u"--host"_s, env("SDOC_HOST"), u"--security"_s, u"tls"_s, u"--user"_s,
                              env("SDOC_USER"), u"--password-env"_s, u"SDOC_TEST_PW"_s, u"--ca-file"_s, env("SDOC_CA_FILE"),
                              u"--transcript"_s, u"--lang"_s, u"en"_s},
                             {}, e);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("\xe2\x9c\x93"), r.out.constData()); // check mark
        QVERIFY(r.out.contains("Result:"));
        QVERIFY(r.out.contains("[redacted]"));
        assertNoSecret(r, env("SDOC_PASSWORD"), env("SDOC_USER"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("hostVar");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("result");
        QTest::newRow("wrong password") << u"SDOC_HOST"_s << u"587"_s << u"wrong"_s << 5 << u"auth_failed"_s;
        QTest::newRow("expired") << u"SDOC_HOST_EXPIRED"_s << u"587"_s << QString() << 4 << u"certificate_expired"_s;
        QTest::newRow("nxdomain") << u"SDOC_HOST_NXDOMAIN"_s << u"587"_s << QString() << 3 << u"dns_failure"_s;
        QTest::newRow("refused") << u"SDOC_HOST"_s << u"2600"_s << QString() << 3 << u"connect_refused"_s;
    }
    void exitCodes()
    {
        SDOC_REQUIRE_HARNESS();
        QFETCH(QString, hostVar);
        QFETCH(QString, port);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QString, result);
        QStringList args{u"test"_s, u"--host"_s, env(hostVar.toLatin1().constData()), u"--port"_s, port,
                         u"--ca-file"_s, env("SDOC_CA_FILE"), u"--json"_s, u"--timeout"_s, u"20"_s};
        if (!password.isEmpty())
            args << u"--user"_s << env("SDOC_USER") << u"--password-stdin"_s;
        const Run r = runCli(args, password.toUtf8() + '\n');
        QCOMPARE(r.json().value(u"result"_s).toString(), result);
        QCOMPARE(r.exitCode, exitCode);
    }

    void unroutableAddressIsNetworkUnreachable()
    {
        SDOC_REQUIRE_HARNESS();
        // The harness namespace has no default route: a documentation prefix (RFC 3849)
        // cannot be reached, and the kernel says so at once.
        const Run r = runCli({u"test"_s, u"--host"_s, env("SDOC_HOST"), u"--address"_s, u"2001:db8::25"_s,
                              u"--json"_s, u"--timeout"_s, u"5"_s});
        QCOMPARE(r.json().value(u"result"_s).toString(), u"network_unreachable"_s);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(u"diagnosis"_s).toObject().value(u"id"_s).toString(), u"NET_UNREACHABLE"_s);
    }

private:
    static void assertNoSecret(const Run &r, const QString &password, const QString &user)
    {
        const QByteArray pw = password.toUtf8();
        const QByteArray plainBlob = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + pw;
        for (const QByteArray &needle : {pw, pw.toBase64(), plainBlob.toBase64()}) {
            QVERIFY2(!r.out.contains(needle), "secret found on standard output");
            QVERIFY2(!r.err.contains(needle), "secret found on standard error");
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
