// SPDX-License-Identifier: GPL-3.0-or-later
// The sentinel-password test of the reports, against the real Postfix + Dovecot of the
// harness: whatever the CLI writes (report files in every format, standard output,
// standard error, with every logging category on) and whatever the engine produces
// (result, transcript, reports) never contains the password in any encoding that
// reaches the wire or a log.
#include "clirun.h"
#include "harness.h"

#include "report/jsonreport.h"
#include "report/reportdata.h"
#include "sasl/saslclient.h"
#include "smtp/smtpcheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Test;

namespace {

using Run = CliRun;

// The parts of base64(prefix + secret) that depend on the secret alone, for each of the
// three alignments: found in any base64 text that encodes the secret anywhere inside.
QList<QByteArray> base64Cores(const QByteArray &secret)
{
    QList<QByteArray> cores;
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded
            = QByteArray(QByteArray(offset, 'x') + secret).toBase64(QByteArray::OmitTrailingEquals);
        // Skip the characters that mix in prefix bytes; drop the last (may mix in what follows).
        const qsizetype skip = offset == 0 ? 0 : (offset == 1 ? 2 : 3);
        QByteArray core = encoded.mid(skip);
        core.chop(2);
        if (core.size() >= 8)
            cores << core;
        // The same in base64url.
        QByteArray url = core;
        url.replace('+', '-').replace('/', '_');
        if (url != core)
            cores << url;
    }
    return cores;
}

QByteArray jsonEscaped(const QString &s, bool upperHex)
{
    QByteArray out;
    for (const QChar c : s) {
        if (c.unicode() < 0x80) {
            out += char(c.unicode());
        } else {
            const QString hex = u"%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            out += "\\u" + (upperHex ? hex.toUpper() : hex).toLatin1();
        }
    }
    return out;
}

struct Needle
{
    QByteArray bytes;
    QString what;
};

// Every form in which a password could end up in a file or on a terminal.
QList<Needle> needlesFor(const QString &user, const QString &password)
{
    QList<Needle> n;
    const QByteArray pw = password.toUtf8();
    n << Needle { pw, u"password (UTF-8)"_s };
    n << Needle { password.toLatin1(), u"password (Latin-1)"_s };
    n << Needle { QByteArray(reinterpret_cast<const char *>(password.utf16()), password.size() * 2),
        u"password (UTF-16)"_s };
    n << Needle { jsonEscaped(password, false), u"password (JSON \\u escapes)"_s };
    n << Needle { jsonEscaped(password, true), u"password (JSON \\u escapes, upper case)"_s };
    n << Needle { QUrl::toPercentEncoding(password), u"password (percent-encoded)"_s };
    n << Needle { password.toHtmlEscaped().toUtf8(), u"password (HTML-escaped)"_s };
    n << Needle { pw.left(8), u"start of the password"_s };
    n << Needle { pw.right(8), u"end of the password"_s };
    n << Needle { pw.toBase64(), u"base64 of the password"_s };
    const QByteArray plainBlob = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + pw;
    n << Needle { plainBlob.toBase64(), u"base64 of the AUTH PLAIN blob"_s };
    for (const QByteArray &core : base64Cores(pw))
        n << Needle { core, u"password inside some base64 text"_s };

    // What the real SASL clients put on the wire for this password.
    Sasl::Credentials credentials;
    credentials.username = user;
    credentials.password = password;
    const auto plain = Sasl::createClient(Sasl::Mechanism::Plain, credentials);
    if (const std::optional<QByteArray> ir = plain->initialResponse())
        n << Needle { ir->toBase64(), u"AUTH PLAIN initial response"_s };
    const auto login = Sasl::createClient(Sasl::Mechanism::Login, credentials);
    (void)login->initialResponse();
    (void)login->respond("Username:");
    const QByteArray loginPassword = login->respond("Password:").response;
    if (!loginPassword.isEmpty())
        n << Needle { loginPassword.toBase64(), u"AUTH LOGIN password response"_s };
    return n;
}

// Logs every message (all categories) of this process while a test runs in-process.
QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

} // namespace

class TestReportSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_user;
    QString m_password;
    const QString m_wrongPassword = u"Falsch-P\u00e4ssw\u00f6rt-Sentinel-\u20ac99"_s;

    QStringList baseArgs(const QString &report) const
    {
        return { u"test"_s, u"--host"_s, env("SDOC_HOST"), u"--user"_s, m_user, u"--password-stdin"_s, u"--ca-file"_s,
            env("SDOC_CA_FILE"), u"--transcript"_s, u"--report"_s, report };
    }

    // Nothing anywhere: not in the output, not in the file.
    void verifyClean(const QByteArray &data, const QString &where, const QStringList &secrets)
    {
        for (const QString &secret : secrets) {
            for (const Needle &n : needlesFor(m_user, secret)) {
                if (n.bytes.size() < 4)
                    continue;
                QVERIFY2(!data.contains(n.bytes), qPrintable(u"%1 found in %2"_s.arg(n.what, where)));
            }
        }
    }

    QByteArray readFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        SDOC_REQUIRE_HARNESS();
        QVERIFY(m_dir.isValid());
        m_user = env("SDOC_USER");
        m_password = env("SDOC_PASSWORD");
        QVERIFY(!m_user.isEmpty());
        QVERIFY(m_password.size() >= 8);
        // The point of the sentinel: non-ASCII, so that encoding mistakes show.
        QVERIFY(std::any_of(m_password.cbegin(), m_password.cend(), [](QChar c) { return c.unicode() > 0x7f; }));
    }

    void needlesAreSane()
    {
        // The needles themselves must be found where the secret is.
        const QString user = u"u@example.org"_s;
        const QString pw = u"Gr\u00fc\u00dfe-aus-K\u00f6ln-42"_s;
        const QByteArray haystack = "AUTH PLAIN "
            + QByteArray(QByteArray(1, '\0') + "u@example.org" + QByteArray(1, '\0') + pw.toUtf8()).toBase64();
        bool found = false;
        for (const Needle &n : needlesFor(user, pw))
            found = found || haystack.contains(n.bytes);
        QVERIFY(found);
        const QByteArray embedded = QByteArray("some prefix:" + pw.toUtf8() + ":suffix").toBase64();
        found = false;
        for (const QByteArray &core : base64Cores(pw.toUtf8()))
            found = found || embedded.contains(core);
        QVERIFY(found);
    }

    // --report in every format, with the transcript on the terminal too.
    void cliReports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("txt") << u"r.txt"_s << QStringList {};
        QTest::newRow("html") << u"r.html"_s << QStringList {};
        QTest::newRow("htm, German") << u"r.htm"_s << QStringList { u"--lang"_s, u"de"_s };
        QTest::newRow("json") << u"r.json"_s << QStringList {};
        QTest::newRow("json and --json") << u"j.json"_s << QStringList { u"--json"_s };
        QTest::newRow("auth plain") << u"plain.txt"_s << QStringList { u"--auth"_s, u"plain"_s };
        QTest::newRow("auth login") << u"login.html"_s << QStringList { u"--auth"_s, u"login"_s };
        QTest::newRow("implicit tls, login")
            << u"tls.json"_s << QStringList { u"--security"_s, u"tls"_s, u"--auth"_s, u"login"_s };
    }
    void cliReports()
    {
        SDOC_REQUIRE_HARNESS();
        QFETCH(QString, file);
        QFETCH(QStringList, extra);
        const QString path = m_dir.filePath(file);
        const QStringList args = baseArgs(path) + extra;
        const Run r = runCli(args, m_password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray report = readFile(path);
        QVERIFY2(report.contains("\"OK\"") || report.contains(">OK<") || report.contains(" OK\n"),
            report.left(400).constData());
        QVERIFY(report.contains(m_user.toUtf8()));
        QVERIFY(report.contains("[redacted]"));
        if (file.endsWith(u".json"_s)) {
            const QJsonObject j = QJsonDocument::fromJson(report).object();
            QCOMPARE(j.value(u"ok"_s).toBool(), true);
            QVERIFY(j.value(u"auth"_s).toObject().value(u"ok"_s).toBool());
            QVERIFY(!j.value(u"generated_utc"_s).toString().isEmpty());
        }
        if (extra.contains(u"--json"_s))
            QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"ok"_s).toBool(), true);
        verifyClean(report, u"the report file"_s, { m_password });
        verifyClean(r.out, u"standard output"_s, { m_password });
        verifyClean(r.err, u"standard error"_s, { m_password });
    }

    // A wrong password: it is as secret as the right one.
    void cliWrongPassword()
    {
        SDOC_REQUIRE_HARNESS();
        for (const QString &file : { u"wrong.txt"_s, u"wrong.html"_s, u"wrong.json"_s }) {
            const QString path = m_dir.filePath(file);
            const Run r = runCli(baseArgs(path), m_wrongPassword.toUtf8() + '\n');
            QCOMPARE(r.exitCode, 5);
            const QByteArray report = readFile(path);
            QVERIFY(report.contains("AUTH_"));
            QVERIFY(report.contains("535"));
            verifyClean(report, u"the report file"_s, { m_password, m_wrongPassword });
            verifyClean(r.out, u"standard output"_s, { m_password, m_wrongPassword });
            verifyClean(r.err, u"standard error"_s, { m_password, m_wrongPassword });
        }
    }

    // Every logging category on, Qt's own included; the password by environment variable.
    void cliAllLoggingOn()
    {
        SDOC_REQUIRE_HARNESS();
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
        e.insert(u"SDOC_TEST_SECRET"_s, m_password);
        for (const QString &auth : { u"login"_s, u"plain"_s, u"auto"_s }) {
            const QString path = m_dir.filePath(u"logging-%1.txt"_s.arg(auth));
            const Run r = runCli({ u"test"_s, u"--host"_s, env("SDOC_HOST"), u"--user"_s, m_user, u"--password-env"_s,
                                     u"SDOC_TEST_SECRET"_s, u"--auth"_s, auth, u"--ca-file"_s, env("SDOC_CA_FILE"),
                                     u"--transcript"_s, u"--report"_s, path },
                {}, e);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            verifyClean(readFile(path), u"the report file"_s, { m_password });
            verifyClean(r.out, u"standard output"_s, { m_password });
            verifyClean(r.err, u"standard error (all logging on)"_s, { m_password });
        }
        // The same with the wrong password.
        e.insert(u"SDOC_TEST_SECRET"_s, m_wrongPassword);
        const QString path = m_dir.filePath(u"logging-wrong.json"_s);
        const Run r = runCli(
            { u"test"_s, u"--host"_s, env("SDOC_HOST"), u"--user"_s, m_user, u"--password-env"_s, u"SDOC_TEST_SECRET"_s,
                u"--auth"_s, u"login"_s, u"--ca-file"_s, env("SDOC_CA_FILE"), u"--json"_s, u"--report"_s, path },
            {}, e);
        QCOMPARE(r.exitCode, 5);
        verifyClean(readFile(path), u"the report file"_s, { m_password, m_wrongPassword });
        verifyClean(r.out, u"standard output"_s, { m_password, m_wrongPassword });
        verifyClean(r.err, u"standard error (all logging on)"_s, { m_password, m_wrongPassword });
    }

    // The engine itself, in this process with every logging category on: its result,
    // transcript and every report format.
    void engineDirect_data()
    {
        QTest::addColumn<QString>("mechanism"); // empty = automatic
        QTest::addColumn<bool>("rightPassword");
        QTest::addColumn<int>("security");
        QTest::newRow("auto") << QString() << true << int(Security::StartTls);
        QTest::newRow("plain") << u"PLAIN"_s << true << int(Security::StartTls);
        QTest::newRow("login") << u"LOGIN"_s << true << int(Security::StartTls);
        QTest::newRow("login, implicit tls") << u"LOGIN"_s << true << int(Security::Tls);
        QTest::newRow("wrong, plain") << u"PLAIN"_s << false << int(Security::StartTls);
        QTest::newRow("wrong, login") << u"LOGIN"_s << false << int(Security::StartTls);
        QTest::newRow("wrong, auto") << QString() << false << int(Security::StartTls);
    }
    void engineDirect()
    {
        SDOC_REQUIRE_HARNESS();
        QFETCH(QString, mechanism);
        QFETCH(bool, rightPassword);
        QFETCH(int, security);
        const QString secret = rightPassword ? m_password : m_wrongPassword;

        CheckSettings s;
        s.host = env("SDOC_HOST");
        s.security = Security(security);
        s.port = defaultPort(s.security);
        s.username = m_user;
        s.password = secret;
        if (!mechanism.isEmpty())
            s.mechanism = Sasl::mechanismFromName(mechanism);
        s.extraCaCertificates = harnessCa();

        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        g_previousHandler = qInstallMessageHandler(captureMessages);
        SmtpCheck check;
        check.setSettings(s);
        QList<TranscriptEntry> live;
        connect(&check, &SmtpCheck::transcriptAppended, this, [&live](const TranscriptEntry &e) { live << e; });
        QSignalSpy finished(&check, &SmtpCheck::finished);
        check.start();
        const bool done = finished.wait(60000);
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(done);
        const CheckResult result = check.result();
        QCOMPARE(result.ok(), rightPassword);
        if (!rightPassword)
            QCOMPARE(result.code, ResultCode::AuthFailed);
        if (!mechanism.isEmpty())
            QCOMPARE(result.auth.used, mechanism);
        QVERIFY(result.auth.attempted);
        QCOMPARE(live, result.transcript);

        // The transcript: the AUTH payloads are there, redacted.
        QByteArray transcript;
        bool redacted = false;
        for (const TranscriptEntry &e : result.transcript) {
            transcript += e.line.toUtf8() + '\n';
            redacted = redacted || e.line.contains(Transcript::redactedMarker());
        }
        QVERIFY(redacted);
        verifyClean(transcript, u"the transcript"_s, { secret });
        verifyClean(result.detail.toUtf8(), u"the result's detail"_s, { secret });
        verifyClean(QJsonDocument(Report::checkToJson(result)).toJson(), u"checkToJson"_s, { secret });

        const Report::TestedSettings tested = Report::TestedSettings::fromSettings(s);
        QCOMPARE(tested.credential, Report::TestedSettings::Credential::Password);
        const Report::ReportData data = Report::ReportData::make(result, tested);
        for (Report::Format f : { Report::Format::Text, Report::Format::Html, Report::Format::Json }) {
            const QByteArray bytes = Report::render(data, f);
            QVERIFY(bytes.contains(m_user.toUtf8()));
            QVERIFY(bytes.contains(data.diagnosis.id.toUtf8()));
            verifyClean(bytes, u"report format %1"_s.arg(int(f)), { secret });
        }
        QByteArray log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        verifyClean(log, u"the log messages (all categories on)"_s, { secret });
    }
};

QTEST_GUILESS_MAIN(TestReportSecrets)
#include "tst_report_secrets.moc"
