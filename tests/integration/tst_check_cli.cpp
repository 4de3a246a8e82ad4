// SPDX-License-Identifier: GPL-3.0-or-later
//
// smtp-doctor-cli detect and check, end to end against the harness's autodetection fixtures
// (tests/harness/services/autodetect.sh): the JSON schema of `detect --json`, its exit codes
// (0 found, 2 invalid address, 3 nothing found) and `check`, which detects the server and
// then logs in on it for real (0) or fails the login (5). Run as root through
//   tests/harness/harness.sh run -- build/tests/tst_check_cli
// Without the harness the cases that need it skip with the reason.

#include "clirun.h"
#include "harness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Test;

namespace {

using Run = CliRun;

// `detect ADDRESS --json` with the harness CA, the ISPDB mirror and a tight deadline.
Run detectJson(const QString &address, const QStringList &extra = {})
{
    return runCli(QStringList{u"detect"_s, address, u"--json"_s, u"--timeout"_s, u"5"_s, u"--ca-file"_s,
                              env("SDOC_CA_FILE"), u"--ispdb-url"_s, env("SDOC_AD_ISPDB_URL")}
                  + extra);
}

Run check(const QString &address, const QString &user, const QString &password)
{
    return runCli({u"check"_s, address, u"--user"_s, user, u"--password-stdin"_s, u"--ca-file"_s, env("SDOC_CA_FILE"),
                   u"--ispdb-url"_s, env("SDOC_AD_ISPDB_URL"), u"--timeout"_s, u"10"_s, u"--json"_s},
                  password.toUtf8() + '\n');
}

const QStringList kSourceNames{u"bundled"_s, u"autoconfig"_s, u"well_known"_s, u"ispdb"_s,
                               u"srv_submissions"_s, u"srv_submission"_s, u"mx"_s, u"guess"_s};

// Every field of the documented schema is there with the right type and an allowed value.
QString schemaProblem(const QJsonObject &j)
{
    for (const char *key : {"address", "domain", "ace_domain", "result"}) {
        if (!j.value(QLatin1String(key)).isString())
            return u"\"%1\" is not a string"_s.arg(QLatin1String(key));
    }
    if (!j.value(u"ok"_s).isBool() || !j.value(u"no_third_party_smtp"_s).isBool())
        return u"\"ok\" or \"no_third_party_smtp\" is not a boolean"_s;
    if (!j.value(u"ms"_s).isDouble() || j.value(u"ms"_s).toDouble() < 0)
        return u"\"ms\" is not a number"_s;
    if (!j.value(u"candidates"_s).isArray() || !j.value(u"sources"_s).isArray() || !j.value(u"notes"_s).isArray())
        return u"\"candidates\", \"sources\" or \"notes\" is not an array"_s;
    const auto strings = [](const QJsonValue &v) {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return e.isString(); });
    };
    for (const QJsonValue &v : j.value(u"candidates"_s).toArray()) {
        const QJsonObject c = v.toObject();
        if (!c.value(u"host"_s).isString() || c.value(u"host"_s).toString().isEmpty())
            return u"candidate without host"_s;
        const int port = c.value(u"port"_s).toInt(-1);
        if (!c.value(u"port"_s).isDouble() || port < 1 || port > 65535)
            return u"candidate with a bad port"_s;
        if (!QStringList{u"tls"_s, u"starttls"_s, u"none"_s}.contains(c.value(u"security"_s).toString()))
            return u"candidate with a bad security"_s;
        if (!QStringList{u"high"_s, u"medium"_s, u"low"_s}.contains(c.value(u"trust"_s).toString()))
            return u"candidate with a bad trust"_s;
        if (!c.value(u"username"_s).isString() || !c.value(u"confirmed"_s).isBool())
            return u"candidate username/confirmed missing"_s;
        for (const char *key : {"auth", "sources", "warnings", "notes"}) {
            if (!strings(c.value(QLatin1String(key))))
                return u"candidate \"%1\" is not an array of strings"_s.arg(QLatin1String(key));
        }
        for (const QJsonValue &s : c.value(u"sources"_s).toArray()) {
            if (!kSourceNames.contains(s.toString()) && s.toString() != u"autoconfig_http"_s)
                return u"candidate source %1 unknown"_s.arg(s.toString());
        }
        if (c.value(u"sources"_s).toArray().isEmpty())
            return u"candidate without sources"_s;
    }
    for (const QJsonValue &v : j.value(u"sources"_s).toArray()) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"name", "url_or_record", "status", "detail"}) {
            if (!s.value(QLatin1String(key)).isString())
                return u"source \"%1\" is not a string"_s.arg(QLatin1String(key));
        }
        if (!s.value(u"ms"_s).isDouble())
            return u"source \"ms\" is not a number"_s;
        if (!QStringList{u"found"_s, u"not_found"_s, u"failed"_s, u"timeout"_s, u"skipped"_s}.contains(
                s.value(u"status"_s).toString()))
            return u"source %1 has status %2"_s.arg(s.value(u"name"_s).toString(), s.value(u"status"_s).toString());
    }
    return {};
}

QStringList sourceNames(const QJsonObject &j)
{
    QStringList names;
    for (const QJsonValue &v : j.value(u"sources"_s).toArray())
        names << v.toObject().value(u"name"_s).toString();
    return names;
}

QJsonObject sourceNamed(const QJsonObject &j, const QString &name)
{
    for (const QJsonValue &v : j.value(u"sources"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

bool contains(const QJsonValue &array, const QString &needle)
{
    const QJsonArray a = array.toArray();
    return std::any_of(a.begin(), a.end(), [&](const QJsonValue &v) { return v.toString().contains(needle); });
}

} // namespace

#define CHECK_RUN(run, cond) QVERIFY2((cond), qPrintable(QStringLiteral(#cond) + (run).explain()))

class TestCheckCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SDOC_REQUIRE_HARNESS();
        QVERIFY2(!env("SDOC_AD_ISPDB_URL").isEmpty(), "the harness lacks services/autodetect.sh (SDOC_AD_ISPDB_URL unset)");
    }

    void detectJsonSchema()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = detectJson(env("SDOC_AD_USER"));
        CHECK_RUN(r, r.exitCode == 0);
        const QJsonObject j = r.json();
        const QString problem = schemaProblem(j);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + r.explain()));
        CHECK_RUN(r, j.value(u"ok"_s).toBool() && j.value(u"result"_s).toString() == u"found"_s);
        CHECK_RUN(r, j.value(u"address"_s).toString() == env("SDOC_AD_USER"));
        CHECK_RUN(r, j.value(u"domain"_s).toString() == u"ac.sdoc.test"_s);
        CHECK_RUN(r, j.value(u"ace_domain"_s).toString() == u"ac.sdoc.test"_s);
        CHECK_RUN(r, j.value(u"provider"_s).toString() == u"AC Test Mail"_s);
        const QJsonArray candidates = j.value(u"candidates"_s).toArray();
        CHECK_RUN(r, candidates.size() == 2);
        const QJsonObject best = candidates.at(0).toObject();
        CHECK_RUN(r, best.value(u"host"_s).toString() == u"smtp.ac.sdoc.test"_s);
        CHECK_RUN(r, best.value(u"port"_s).toInt() == 465);
        CHECK_RUN(r, best.value(u"security"_s).toString() == u"tls"_s);
        CHECK_RUN(r, best.value(u"auth"_s).toArray() == QJsonArray{u"password-cleartext"_s});
        CHECK_RUN(r, best.value(u"username"_s).toString() == env("SDOC_AD_USER"));
        CHECK_RUN(r, best.value(u"sources"_s).toArray().first().toString() == u"autoconfig"_s);
        CHECK_RUN(r, best.value(u"trust"_s).toString() == u"high"_s);
        CHECK_RUN(r, best.value(u"confirmed"_s).toBool());
        CHECK_RUN(r, best.value(u"warnings"_s).toArray().isEmpty());
        const QJsonObject second = candidates.at(1).toObject();
        CHECK_RUN(r, second.value(u"port"_s).toInt() == 587 && second.value(u"security"_s).toString() == u"starttls"_s);
        // Every source is reported, in priority order; the plain-HTTP one only on request.
        CHECK_RUN(r, sourceNames(j) == kSourceNames);
        CHECK_RUN(r, sourceNamed(j, u"bundled"_s).value(u"status"_s).toString() == u"not_found"_s);
        CHECK_RUN(r, sourceNamed(j, u"autoconfig"_s).value(u"status"_s).toString() == u"found"_s);
        CHECK_RUN(r, sourceNamed(j, u"autoconfig"_s).value(u"url_or_record"_s).toString().startsWith(
                         u"https://autoconfig.ac.sdoc.test/mail/config-v1.1.xml"_s));
        CHECK_RUN(r, j.value(u"ms"_s).toInt() < 3000);
    }

    void detectIdnShowsBothForms()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = detectJson(u"jürgen@bücher.sdoc.test"_s);
        CHECK_RUN(r, r.exitCode == 0);
        const QJsonObject j = r.json();
        QVERIFY2(schemaProblem(j).isEmpty(), qPrintable(schemaProblem(j) + r.explain()));
        CHECK_RUN(r, j.value(u"ace_domain"_s).toString() == u"xn--bcher-kva.sdoc.test"_s);
        const QJsonObject best = j.value(u"candidates"_s).toArray().first().toObject();
        CHECK_RUN(r, best.value(u"host"_s).toString() == u"smtp.xn--bcher-kva.sdoc.test"_s);
        CHECK_RUN(r, best.value(u"confirmed"_s).toBool());
        // See tst_detect idnDomain: EmailAddress::domain() stays ACE for TLDs outside Qt's IDN whitelist.
        CHECK_RUN(r, j.value(u"domain"_s).toString() == u"bücher.sdoc.test"_s);
    }

    void detectNothingFoundExit3()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = detectJson(u"liam@none.sdoc.test"_s);
        CHECK_RUN(r, r.exitCode == 3);
        const QJsonObject j = r.json();
        QVERIFY2(schemaProblem(j).isEmpty(), qPrintable(schemaProblem(j) + r.explain()));
        CHECK_RUN(r, !j.value(u"ok"_s).toBool() && j.value(u"result"_s).toString() == u"not_found"_s);
        CHECK_RUN(r, j.value(u"candidates"_s).toArray().isEmpty());
        // Every source tried is listed, with what it asked and why it found nothing.
        CHECK_RUN(r, sourceNames(j) == kSourceNames);
        for (const QJsonValue &v : j.value(u"sources"_s).toArray()) {
            const QJsonObject s = v.toObject();
            CHECK_RUN(r, s.value(u"status"_s).toString() == u"not_found"_s);
            CHECK_RUN(r, !s.value(u"url_or_record"_s).toString().isEmpty() && !s.value(u"detail"_s).toString().isEmpty());
        }
    }

    void detectInvalidAddressExit2()
    {
        const Run r = runCli({u"detect"_s, u"not-an-address"_s, u"--json"_s, u"--offline"_s, u"--no-probe"_s});
        CHECK_RUN(r, r.exitCode == 2);
        const QJsonObject j = r.json();
        CHECK_RUN(r, j.value(u"result"_s).toString() == u"invalid_input"_s);
        CHECK_RUN(r, !j.value(u"ok"_s).toBool());
        CHECK_RUN(r, !j.value(u"detail"_s).toString().isEmpty());
    }

    // Bundled gmail.com: the provider's app-password note is on the candidate.
    void detectProviderNotes()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = detectJson(u"someone@gmail.com"_s);
        CHECK_RUN(r, r.exitCode == 0);
        const QJsonObject j = r.json();
        const QJsonObject best = j.value(u"candidates"_s).toArray().first().toObject();
        CHECK_RUN(r, best.value(u"host"_s).toString() == u"smtp.gmail.com"_s && best.value(u"port"_s).toInt() == 465);
        CHECK_RUN(r, best.value(u"confirmed"_s).toBool());
        CHECK_RUN(r, best.value(u"sources"_s).toArray() == QJsonArray{u"bundled"_s});
        CHECK_RUN(r, contains(best.value(u"notes"_s), u"support.google.com/accounts/answer/185833"_s));
        CHECK_RUN(r, j.value(u"provider"_s).toString() == u"Google Mail"_s);
    }

    // Proton offers no SMTP for other programs: the explanation, nothing to probe, exit 3.
    void detectNoThirdPartySmtp()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = detectJson(u"someone@proton.me"_s);
        CHECK_RUN(r, r.exitCode == 3);
        const QJsonObject j = r.json();
        QVERIFY2(schemaProblem(j).isEmpty(), qPrintable(schemaProblem(j) + r.explain()));
        CHECK_RUN(r, j.value(u"no_third_party_smtp"_s).toBool());
        CHECK_RUN(r, j.value(u"candidates"_s).toArray().isEmpty());
        CHECK_RUN(r, contains(j.value(u"notes"_s), u"Bridge"_s));
        CHECK_RUN(r, sourceNamed(j, u"bundled"_s).value(u"status"_s).toString() == u"found"_s);
    }

    void detectText()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = runCli({u"detect"_s, env("SDOC_AD_USER"), u"--timeout"_s, u"5"_s, u"--ca-file"_s,
                              env("SDOC_CA_FILE"), u"--ispdb-url"_s, env("SDOC_AD_ISPDB_URL"), u"--lang"_s, u"en"_s});
        CHECK_RUN(r, r.exitCode == 0);
        CHECK_RUN(r, r.out.contains("smtp.ac.sdoc.test"));
        CHECK_RUN(r, r.out.contains("465"));
    }

    // check = detect + a real login on the best confirmed server.
    void checkLogsInOnDetectedServer()
    {
        SDOC_REQUIRE_HARNESS();
        const QString password = env("SDOC_AD_PASSWORD");
        const Run r = check(env("SDOC_AD_USER"), env("SDOC_AD_USER"), password);
        CHECK_RUN(r, r.exitCode == 0);
        const QJsonObject j = r.json();
        CHECK_RUN(r, j.value(u"ok"_s).toBool());
        const QJsonObject detect = j.value(u"detect"_s).toObject();
        QVERIFY2(schemaProblem(detect).isEmpty(), qPrintable(schemaProblem(detect) + r.explain()));
        CHECK_RUN(r, detect.value(u"result"_s).toString() == u"found"_s);
        const QJsonObject test = j.value(u"test"_s).toObject();
        CHECK_RUN(r, test.value(u"result"_s).toString() == u"ok"_s);
        const QJsonObject server = test.value(u"server"_s).toObject();
        CHECK_RUN(r, server.value(u"host"_s).toString() == u"smtp.ac.sdoc.test"_s);
        CHECK_RUN(r, server.value(u"port"_s).toInt() == 465);
        CHECK_RUN(r, server.value(u"security"_s).toString() == u"tls"_s);
        CHECK_RUN(r, test.value(u"tls"_s).toObject().value(u"verified"_s).toBool());
        const QJsonObject auth = test.value(u"auth"_s).toObject();
        CHECK_RUN(r, auth.value(u"ok"_s).toBool());
        CHECK_RUN(r, auth.value(u"username"_s).toString() == env("SDOC_AD_USER"));
        CHECK_RUN(r, test.value(u"reply"_s).toObject().value(u"code"_s).toInt() == 235);
        CHECK_RUN(r, !r.out.contains(password.toUtf8()) && !r.err.contains(password.toUtf8()));
    }

    void checkWrongPasswordExit5()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = check(env("SDOC_AD_USER"), env("SDOC_AD_USER"), u"not-the-password"_s);
        CHECK_RUN(r, r.exitCode == 5);
        const QJsonObject j = r.json();
        CHECK_RUN(r, !j.value(u"ok"_s).toBool());
        CHECK_RUN(r, j.value(u"detect"_s).toObject().value(u"result"_s).toString() == u"found"_s);
        const QJsonObject test = j.value(u"test"_s).toObject();
        CHECK_RUN(r, test.value(u"result"_s).toString() == u"auth_failed"_s);
        CHECK_RUN(r, test.value(u"server"_s).toObject().value(u"host"_s).toString() == u"smtp.ac.sdoc.test"_s);
        CHECK_RUN(r, test.value(u"reply"_s).toObject().value(u"code"_s).toInt() == 535);
    }

    // Nothing detected: nothing is tested (no "test" object), exit 3.
    void checkNothingToTest()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = check(u"liam@none.sdoc.test"_s, u"liam@none.sdoc.test"_s, u"whatever"_s);
        CHECK_RUN(r, r.exitCode == 3);
        const QJsonObject j = r.json();
        CHECK_RUN(r, !j.value(u"ok"_s).toBool());
        CHECK_RUN(r, j.value(u"detect"_s).toObject().value(u"result"_s).toString() == u"not_found"_s);
        CHECK_RUN(r, !j.contains(u"test"_s));
    }

    // --detect-timeout bounds the search (its --timeout is the test's): slow.sdoc.test's
    // better-ranked autoconfig is black-holed, so without it the search waits for that
    // source's own deadline; with 0.8 s the search ends then and the confirmed SRV server
    // is tested. A bad value is a usage error.
    void checkDetectTimeout()
    {
        SDOC_REQUIRE_HARNESS();
        const Run r = runCli({u"check"_s, u"olga@slow.sdoc.test"_s, u"--ca-file"_s, env("SDOC_CA_FILE"),
                              u"--ispdb-url"_s, env("SDOC_AD_ISPDB_URL"), u"--detect-timeout"_s, u"0.8"_s,
                              u"--json"_s});
        const QJsonObject detect = r.json().value(u"detect"_s).toObject();
        CHECK_RUN(r, detect.value(u"ms"_s).toDouble() >= 700 && detect.value(u"ms"_s).toDouble() < 1500);
        bool autoconfigTimedOut = false;
        for (const QJsonValue &v : detect.value(u"sources"_s).toArray()) {
            const QJsonObject source = v.toObject();
            if (source.value(u"name"_s).toString() == u"autoconfig"_s)
                autoconfigTimedOut = source.value(u"status"_s).toString() == u"timeout"_s;
        }
        CHECK_RUN(r, autoconfigTimedOut);
        CHECK_RUN(r, r.json().value(u"test"_s).toObject().value(u"server"_s).toObject().value(u"host"_s).toString()
                         == u"smtp.sdoc-other.test"_s);
        CHECK_RUN(r, r.exitCode == 0);

        const Run bad = runCli({u"check"_s, u"olga@slow.sdoc.test"_s, u"--detect-timeout"_s, u"never"_s, u"--json"_s});
        CHECK_RUN(bad, bad.exitCode == 2 && bad.out.contains("detect-timeout"));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_check_cli.moc"
