// SPDX-License-Identifier: GPL-3.0-or-later
//
// smtp-doctor-cli detect --batch and Detect::BatchDetector against the harness's batch fixtures
// (tests/harness/services/autodetect.sh, ad_batch_prepare: 200 domains b001...b200.batch.sdoc.test
// and hostaddr.batch.sdoc.test, described line by line in $SDOC_BATCH_MANIFEST): every address
// gets the result of its domain with its own login name, invalid lines are reported in place,
// the output keeps the input order, the exit codes, and "one detection per distinct domain"
// counted for real in the dnsmasq query log. Run as root through
//   tests/harness/harness.sh run -- build/tests/tst_batch
// Without the harness, the cases that need it skip with the reason; the usage errors run anyway.

#include "clirun.h"
#include "harness.h"

#include "detect/batchdetector.h"
#include "detect/probecache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Detect;
using namespace SmtpDoctor::Test;

namespace {

using Run = CliRun;

QStringList harnessOptions()
{
    return {u"--ca-file"_s, env("SDOC_CA_FILE"), u"--ispdb-url"_s, env("SDOC_AD_ISPDB_URL"), u"--timeout"_s, u"5"_s};
}

// One line of $SDOC_BATCH_MANIFEST.
struct Fixture
{
    QString domain;
    QString kind;          // srv, ac-address, ac-localpart, ac-literal-first, ac-literal-other, mx, dead, none, host-from-address
    QString key;           // the expected best candidate host:port:security ("-": none); may hold %EMAILLOCALPART%
    bool confirmed = false;
    QString firstUser;     // user name template for first@domain ("-": empty)
    QString otherUser;     // ... for every other address of the domain
};

QList<Fixture> loadManifest()
{
    QList<Fixture> fixtures;
    QFile f(env("SDOC_BATCH_MANIFEST"));
    if (!f.open(QIODevice::ReadOnly))
        return fixtures;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QStringList c = QString::fromUtf8(line).split(u'\t');
        if (c.size() == 6)
            fixtures << Fixture{c.at(0), c.at(1), c.at(2), c.at(3) == u"yes"_s, c.at(4), c.at(5)};
    }
    return fixtures;
}

QString resolve(QString text, const QString &address)
{
    if (text == u"-"_s)
        return {};
    text.replace(u"%EMAILADDRESS%"_s, address);
    text.replace(u"%EMAILLOCALPART%"_s, address.section(u'@', 0, 0));
    return text;
}

QString keyOf(const QJsonObject &candidate)
{
    return u"%1:%2:%3"_s.arg(candidate.value(u"host"_s).toString())
        .arg(candidate.value(u"port"_s).toInt())
        .arg(candidate.value(u"security"_s).toString());
}

// The local parts used for the k-th address of every domain (k = 0 is "first").
QString localPart(int k)
{
    static const QStringList parts{u"first"_s, u"bob"_s, u"Mixed.Case"_s, u"dora-4"_s, u"eve+tag"_s};
    return parts.value(k, u"user%1"_s.arg(k));
}

struct BatchRun
{
    DetectResult result;
    QString input;
    int line = 0;
};

// Runs a BatchDetector in-process until finished (or guardMs).
QList<BatchRun> runBatch(BatchDetector &batch, const QStringList &lines, const DetectOptions &o, int jobs,
                         qint64 *ms = nullptr, int guardMs = 60000)
{
    QList<BatchRun> runs;
    QObject::connect(&batch, &BatchDetector::resultReady, &batch,
                     [&runs](int line, const QString &input, const DetectResult &r) { runs << BatchRun{r, input, line}; });
    QSignalSpy finished(&batch, &BatchDetector::finished);
    QElapsedTimer clock;
    clock.start();
    batch.start(lines, o, jobs);
    finished.wait(guardMs);
    if (ms)
        *ms = clock.elapsed();
    return runs;
}

DetectOptions harnessDetectOptions()
{
    DetectOptions o;
    o.timeoutMs = 5000;
    o.ispdbBase = QUrl(env("SDOC_AD_ISPDB_URL"));
    o.extraCaCertificates = harnessCa();
    return o;
}

} // namespace

#define CHECK_RUN(run, cond) QVERIFY2((cond), qPrintable(QStringLiteral(#cond) + (run).explain()))

class TestBatch : public QObject
{
    Q_OBJECT

private:
    QList<Fixture> m_fixtures;
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!harnessAvailable())
            return; // the usage errors run without the harness
        QVERIFY2(!env("SDOC_BATCH_MANIFEST").isEmpty(), "the harness lacks the batch fixtures (SDOC_BATCH_MANIFEST unset)");
        m_fixtures = loadManifest();
        QVERIFY2(m_fixtures.size() == 201, qPrintable(u"%1 fixtures in the manifest"_s.arg(m_fixtures.size())));
    }

    // A few hundred addresses over 60 domains of every kind (5 each, spread over the whole input)
    // plus the host-from-address domain, invalid lines, comments, blank lines, CRLF and a
    // duplicate: every line in place, every address with its own login name, and every
    // domain's DNS names asked once.
    void mixedBatch()
    {
        SDOC_REQUIRE_HARNESS();
        QList<Fixture> used = m_fixtures.mid(0, 60);
        const Fixture hostaddr = m_fixtures.last();
        QCOMPARE(hostaddr.kind, u"host-from-address"_s);
        used << hostaddr;

        QStringList lines{u"# helpdesk list, exported"_s, QString()};
        QHash<int, QString> invalid; // line number (1-based) -> input
        QHash<QString, const Fixture *> fixtureOf;
        for (int k = 0; k < 5; ++k) {
            for (const Fixture &f : std::as_const(used)) {
                if (f.kind == u"host-from-address"_s && k >= 3)
                    continue;
                const QString address = u"%1@%2"_s.arg(localPart(k), f.domain);
                fixtureOf.insert(address, &f);
                lines << (k == 1 && f.domain.startsWith(u"b01"_s) ? u"  "_s + address + u"\r"_s : address);
            }
            lines << u"not an address %1"_s.arg(k);
            invalid.insert(int(lines.size()), lines.last());
            lines << u"   "_s << u"  # comment %1"_s.arg(k);
        }
        lines << u"first@b001.batch.sdoc.test"_s; // the same address again
        lines << u"x\u0001y@b002.batch.sdoc.test"_s;
        invalid.insert(int(lines.size()), lines.last());
        lines << u"nobody@"_s;
        invalid.insert(int(lines.size()), lines.last());
        const QString file = writeFile(u"mixed.txt"_s, lines.join(u'\n').toUtf8() + '\n');

        const qint64 dnsBefore = dnsLogSize();
        const Run r = runCli(QStringList{u"detect"_s, u"--batch"_s, file, u"--jobs"_s, u"8"_s} + harnessOptions());
        CHECK_RUN(r, r.exitCode == 3); // none.* domains and invalid lines have no setting
        const QList<QJsonObject> out = r.jsonLines();

        // One object per line that is not blank or a comment, in input order.
        QList<int> expectedLines;
        for (int i = 0; i < lines.size(); ++i) {
            const QString t = lines.at(i).trimmed();
            if (!t.isEmpty() && !t.startsWith(u'#'))
                expectedLines << i + 1;
        }
        CHECK_RUN(r, out.size() == expectedLines.size());
        int found = 0;
        for (int i = 0; i < out.size(); ++i) {
            const QJsonObject &j = out.at(i);
            const int line = j.value(u"line"_s).toInt();
            const QString input = j.value(u"input"_s).toString();
            const QString where = u" (output %1, line %2: %3)"_s.arg(i).arg(line).arg(input);
            QVERIFY2(line == expectedLines.at(i), qPrintable(u"lines out of order"_s + where));
            QVERIFY2(input == QString(lines.at(line - 1)).remove(u'\r'), qPrintable(u"input not as given"_s + where));
            if (invalid.contains(line)) {
                QVERIFY2(j.value(u"result"_s).toString() == u"invalid_input"_s, qPrintable(where));
                QVERIFY2(!j.value(u"ok"_s).toBool() && !j.value(u"detail"_s).toString().isEmpty(), qPrintable(where));
                QVERIFY2(j.value(u"sources"_s).toArray().isEmpty(), qPrintable(u"invalid line went to the network"_s + where));
                continue;
            }
            const QString address = input.trimmed();
            const Fixture *f = fixtureOf.value(address);
            QVERIFY2(f, qPrintable(where));
            QVERIFY2(j.value(u"address"_s).toString() == address, qPrintable(where));
            const QJsonArray candidates = j.value(u"candidates"_s).toArray();
            if (f->kind == u"none"_s) {
                QVERIFY2(j.value(u"result"_s).toString() == u"not_found"_s && candidates.isEmpty(), qPrintable(where));
                continue;
            }
            ++found;
            QVERIFY2(j.value(u"result"_s).toString() == u"found"_s && !candidates.isEmpty(), qPrintable(where));
            const QJsonObject best = candidates.first().toObject();
            const QString expectedKey = resolve(f->key, address).toLower();
            QVERIFY2(keyOf(best) == expectedKey,
                     qPrintable(u"best %1, expected %2"_s.arg(keyOf(best), expectedKey) + where));
            QVERIFY2(best.value(u"confirmed"_s).toBool() == f->confirmed, qPrintable(where));
            // The login name is this address's own, never the first address's.
            const bool first = address.startsWith(u"first@"_s);
            const QString user = resolve(first ? f->firstUser : f->otherUser, address);
            QVERIFY2(best.value(u"username"_s).toString() == user,
                     qPrintable(u"username \"%1\", expected \"%2\""_s.arg(best.value(u"username"_s).toString(), user) + where));
            if (f->kind.startsWith(u"ac-"_s)) {
                // The one autoconfig request of the domain carried its first address.
                bool asked = false;
                for (const QJsonValue &s : j.value(u"sources"_s).toArray()) {
                    const QJsonObject so = s.toObject();
                    if (so.value(u"name"_s).toString() == u"autoconfig"_s)
                        asked = so.value(u"url_or_record"_s).toString().endsWith(u"emailaddress=first%40"_s + f->domain);
                }
                QVERIFY2(asked, qPrintable(u"autoconfig not asked with the first address"_s + where));
            }
        }
        QVERIFY(found > 250);

        // One detection per distinct domain, counted in dnsmasq's query log: each SRV and MX
        // name of a domain with 5 addresses was asked exactly once. The host-from-address
        // domain is the documented exception: one detection per address.
        QTest::qWait(200);
        const QHash<QString, int> srv = dnsQueriesSince(dnsBefore, u"SRV"_s);
        const QHash<QString, int> mx = dnsQueriesSince(dnsBefore, u"MX"_s);
        QStringList wrong;
        for (const Fixture &f : std::as_const(used)) {
            const int want = f.kind == u"host-from-address"_s ? 3 : 1;
            const int s = srv.value(u"_submissions._tcp."_s + f.domain);
            const int s2 = srv.value(u"_submission._tcp."_s + f.domain);
            const int m = mx.value(f.domain);
            if (s != want || s2 != want || m != want)
                wrong << u"%1: SRV %2/%3, MX %4 (want %5)"_s.arg(f.domain).arg(s).arg(s2).arg(m).arg(want);
        }
        qInfo().noquote() << u"dnsmasq: %1 SRV and %2 MX queries for %3 domains, %4 addresses"_s.arg(
            std::accumulate(srv.cbegin(), srv.cend(), 0)).arg(std::accumulate(mx.cbegin(), mx.cend(), 0))
            .arg(used.size()).arg(out.size() - invalid.size());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"\n"_s)));
    }

    // Standard input, CRLF, a BOM: every address found, exit 0.
    void stdinAllFoundExit0()
    {
        SDOC_REQUIRE_HARNESS();
        QByteArray input = "\xEF\xBB\xBF";
        QStringList addresses;
        for (const Fixture &f : std::as_const(m_fixtures)) {
            if ((f.kind == u"srv"_s || f.kind == u"mx"_s || f.kind == u"ac-localpart"_s) && addresses.size() < 40)
                addresses << u"first@"_s + f.domain << u"Zoë@"_s + f.domain;
        }
        input += addresses.join(u"\r\n"_s).toUtf8();
        const Run r = runCli(QStringList{u"detect"_s, u"--batch"_s, u"-"_s} + harnessOptions(), input);
        CHECK_RUN(r, r.exitCode == 0);
        const QList<QJsonObject> out = r.jsonLines();
        CHECK_RUN(r, out.size() == addresses.size());
        for (int i = 0; i < out.size(); ++i) {
            CHECK_RUN(r, out.at(i).value(u"line"_s).toInt() == i + 1);
            CHECK_RUN(r, out.at(i).value(u"address"_s).toString() == addresses.at(i));
            CHECK_RUN(r, out.at(i).value(u"ok"_s).toBool());
        }
        // A UTF-8 local part comes through as it was typed.
        const QJsonObject zoe = out.at(1).value(u"candidates"_s).toArray().first().toObject();
        CHECK_RUN(r, zoe.value(u"username"_s).toString().startsWith(u"Zoë"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("address and --batch") << QStringList{u"a@b.example"_s, u"--batch"_s, u"%f"_s} << u"not both"_s;
        QTest::newRow("missing file") << QStringList{u"--batch"_s, u"%d/missing.txt"_s} << u"cannot read"_s;
        QTest::newRow("directory") << QStringList{u"--batch"_s, u"%d"_s} << u"cannot read"_s;
        QTest::newRow("jobs 0") << QStringList{u"--batch"_s, u"%f"_s, u"--jobs"_s, u"0"_s} << u"--jobs"_s;
        QTest::newRow("jobs 65") << QStringList{u"--batch"_s, u"%f"_s, u"--jobs"_s, u"65"_s} << u"--jobs"_s;
        QTest::newRow("jobs abc") << QStringList{u"--batch"_s, u"%f"_s, u"--jobs=abc"_s} << u"--jobs"_s;
        QTest::newRow("jobs without batch") << QStringList{u"a@b.example"_s, u"--jobs"_s, u"4"_s} << u"--batch"_s;
        QTest::newRow("too many lines") << QStringList{u"--batch"_s, u"%l"_s} << u"lines; split"_s;
        QTest::newRow("too large") << QStringList{u"--batch"_s, u"%b"_s} << u"10 MiB"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const QString small = writeFile(u"small.txt"_s, "a@b.example\n");
        for (QString &a : args) {
            if (a == u"%f"_s)
                a = small;
            else if (a == u"%l"_s)
                a = writeFile(u"lines.txt"_s, QByteArray(100001, '\n'));
            else if (a == u"%b"_s)
                a = writeFile(u"big.txt"_s, QByteArray(10 * 1024 * 1024 + 1, '#'));
            else
                a.replace(u"%d"_s, m_dir.path());
        }
        const Run r = runCli(QStringList{u"detect"_s} + args + QStringList{u"--offline"_s, u"--no-probe"_s});
        CHECK_RUN(r, r.exitCode == 2);
        CHECK_RUN(r, r.out.isEmpty()); // never a half JSON Lines stream
        CHECK_RUN(r, QString::fromUtf8(r.err).contains(needle));
    }

    // In-process, 200 domains with one address each: the same answers with and without sharing
    // the live probes between domains; sharing saves nearly every probe of a common provider.
    void probeSharing()
    {
        SDOC_REQUIRE_HARNESS();
        QStringList lines;
        for (const Fixture &f : std::as_const(m_fixtures)) {
            if (f.kind != u"host-from-address"_s)
                lines << u"first@"_s + f.domain;
        }
        const DetectOptions o = harnessDetectOptions();
        QHash<bool, QList<BatchRun>> runs;
        for (bool share : {false, true}) {
            BatchDetector batch;
            batch.setProbeSharing(share);
            DetectOptions withCache = o;
            if (share)
                withCache.probeCache = std::make_shared<ProbeCache>();
            qint64 ms = 0;
            runs[share] = runBatch(batch, lines, withCache, 8, &ms);
            QCOMPARE(runs[share].size(), lines.size());
            const BatchDetector::Stats s = batch.stats();
            QCOMPARE(s.detections, 200);
            qInfo().noquote() << u"200 domains, jobs 8, probe sharing %1: %2 ms, %3 probes answered from the cache (%4 outcomes stored)"_s
                                     .arg(share ? u"on"_s : u"off"_s)
                                     .arg(ms)
                                     .arg(s.probeCacheHits)
                                     .arg(withCache.probeCache ? withCache.probeCache->size() : 0);
            if (share)
                QVERIFY(s.probeCacheHits > 100);
            else
                QCOMPARE(s.probeCacheHits, 0);
        }
        for (int i = 0; i < lines.size(); ++i) {
            const DetectResult &a = runs[false].at(i).result;
            const DetectResult &b = runs[true].at(i).result;
            QCOMPARE(b.found(), a.found());
            if (a.found()) {
                QCOMPARE(b.candidates.first().key(), a.candidates.first().key());
                QCOMPARE(b.candidates.first().confirmed, a.candidates.first().confirmed);
            }
        }
    }

    // Cancelled after the first result: every entry still comes once, in order, then finished() once.
    void cancelMidway()
    {
        SDOC_REQUIRE_HARNESS();
        QStringList lines;
        for (const Fixture &f : std::as_const(m_fixtures))
            lines << u"first@"_s + f.domain << u"invalid"_s;
        BatchDetector batch;
        QList<int> seen;
        int cancelled = 0;
        connect(&batch, &BatchDetector::resultReady, this, [&](int line, const QString &, const DetectResult &r) {
            seen << line;
            cancelled += r.cancelled ? 1 : 0;
            if (seen.size() == 1)
                batch.cancel();
        });
        QSignalSpy finished(&batch, &BatchDetector::finished);
        batch.start(lines, harnessDetectOptions(), 4);
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(seen.size(), lines.size());
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), i);
        QVERIFY(cancelled > 150);
        QVERIFY(!batch.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
