// SPDX-License-Identifier: GPL-3.0-or-later
//
// Detect::Detector against real sources: dnsmasq (SRV, MX, NXDOMAIN, NODATA), nginx with
// certificates from the test CA (autoconfig, well-known, an ISPDB mirror, hostile files) and
// Postfix listeners for every server the configurations name. The fixtures are described in
// tests/harness/services/autodetect.sh. Run as root through
//   tests/harness/harness.sh run -- build/tests/tst_detect
// Without the harness every case skips with the reason. Every detection prints its time;
// SDOC_DETECT_VERBOSE=1 also prints every candidate and source.

#include "harness.h"

#include "detect/detector.h"
#include "detect/providerdatabase.h"
#include "smtp/resultcode.h"
#include "tls/truststore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Detect;
using namespace SmtpDoctor::Test;

namespace {

struct Detection
{
    QString address;
    DetectResult result;
    qint64 elapsedMs = 0;
    bool finished = false;
};

// Short deadlines: every source answers on loopback within milliseconds; only the
// black-holed ones need their deadline, and the cases that use them set it themselves.
DetectOptions options(bool probe = true)
{
    DetectOptions o;
    o.timeoutMs = 8000;
    o.httpTimeoutMs = 4000;
    o.dnsTimeoutMs = 2000;
    o.probeTimeoutMs = 3000;
    o.probe = probe;
    o.ispdbBase = QUrl(env("SDOC_AD_ISPDB_URL"));
    o.extraCaCertificates = harnessCa();
    return o;
}

QString dump(const Detection &d)
{
    const DetectResult &r = d.result;
    QString out = u"\n  detect %1: %2 ms (result.ms %3), %4 candidate(s), no_third_party_smtp=%5%6\n"_s.arg(d.address)
                      .arg(d.elapsedMs)
                      .arg(r.ms)
                      .arg(r.candidates.size())
                      .arg(r.noThirdPartySmtp ? u"yes"_s : u"no"_s)
                      .arg(d.finished ? QString() : u" (NOT FINISHED)"_s);
    for (const Candidate &c : r.candidates) {
        QStringList sources;
        for (SourceKind k : c.sources)
            sources << sourceId(k);
        out += u"    %1:%2 %3 user=%4 sources=[%5] trust=%6 confirmed=%7 probe=%8 (%9 ms) warnings=[%10]\n"_s.arg(c.host)
                   .arg(c.port)
                   .arg(securityId(c.security), c.username, sources.join(u','), trustId(c.trust),
                        c.confirmed ? u"yes"_s : u"no"_s, c.probeResult)
                   .arg(c.probeMs)
                   .arg(c.warnings.join(u','));
    }
    for (const SourceReport &s : r.sources)
        out += u"    source %1 %2 at %3 ms: %4 [%5]\n"_s.arg(sourceId(s.kind), sourceStatusId(s.status))
                   .arg(s.ms)
                   .arg(s.urlOrRecord, s.detail.left(300));
    for (const QString &n : r.notes)
        out += u"    note: %1\n"_s.arg(n.left(200));
    return out;
}

Detection detect(const QString &address, const DetectOptions &o, int guardMs = 20000)
{
    Detection d;
    d.address = address;
    Detector detector;
    QEventLoop loop;
    QObject::connect(&detector, &Detector::finished, &loop, [&](const DetectResult &r) {
        d.result = r;
        d.finished = true;
        loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    detector.start(address, o);
    guard.start(guardMs);
    if (!d.finished)
        loop.exec();
    d.elapsedMs = clock.elapsed();
    if (!d.finished) {
        detector.cancel();
        d.result = detector.result();
    }
    QString winner = u"nothing"_s;
    if (!d.result.candidates.isEmpty()) {
        const Candidate &c = d.result.candidates.first();
        winner = u"%1:%2 %3%4"_s.arg(c.host).arg(c.port).arg(securityId(c.security), c.confirmed ? u" (confirmed)"_s : QString());
    }
    qInfo().noquote() << u"detect %1: %2 ms -> %3"_s.arg(address).arg(d.elapsedMs).arg(winner);
    if (qEnvironmentVariableIntValue("SDOC_DETECT_VERBOSE"))
        qInfo().noquote() << dump(d);
    return d;
}

const SourceReport *source(const DetectResult &r, SourceKind kind)
{
    for (const SourceReport &s : r.sources) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

SourceStatus statusOf(const DetectResult &r, SourceKind kind)
{
    const SourceReport *s = source(r, kind);
    return s ? s->status : SourceStatus::Pending;
}

QString detailOf(const DetectResult &r, SourceKind kind)
{
    const SourceReport *s = source(r, kind);
    return s ? s->detail : QString();
}

bool hasNote(const QStringList &notes, const QString &needle)
{
    return std::any_of(notes.cbegin(), notes.cend(), [&](const QString &n) { return n.contains(needle); });
}

} // namespace

// The detection ran to its end, by itself (not the test's guard), and was not cancelled.
#define CHECK_FINISHED(d)                                                                                      \
    QVERIFY2((d).finished && !(d).result.cancelled, qPrintable(u"did not finish"_s + dump(d)))

#define CHECK_WINNER(d, h, p, sec)                                                                             \
    do {                                                                                                       \
        QVERIFY2(!(d).result.candidates.isEmpty(), qPrintable(u"no candidate"_s + dump(d)));                   \
        const Candidate &w_ = (d).result.candidates.first();                                                   \
        QVERIFY2(w_.host == (h) && w_.port == (p) && w_.security == (sec),                                     \
                 qPrintable(u"expected %1:%2 %3 first"_s.arg(h).arg(p).arg(securityId(sec)) + dump(d)));        \
    } while (false)

#define CHECK_SOURCE(d, kind, expected)                                                                        \
    QVERIFY2(statusOf((d).result, kind) == (expected),                                                         \
             qPrintable(u"source %1: expected %2"_s.arg(sourceId(kind), sourceStatusId(expected)) + dump(d)))

#define CHECK_DETAIL(d, kind, needle)                                                                          \
    QVERIFY2(detailOf((d).result, kind).contains(needle),                                                      \
             qPrintable(u"source %1: detail lacks \"%2\""_s.arg(sourceId(kind), needle) + dump(d)))

#define CHECK_TRUE(cond, d) QVERIFY2((cond), qPrintable(QStringLiteral(#cond) + dump(d)))

class TestDetect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SDOC_REQUIRE_HARNESS();
        QVERIFY2(!env("SDOC_AD_ISPDB_URL").isEmpty(), "the harness lacks services/autodetect.sh (SDOC_AD_ISPDB_URL unset)");
        // Once-per-process costs out of the measured times: the bundled database and, since
        // the harness CA is an extra CA, the system CA store (parsed on a worker thread).
        QElapsedTimer clock;
        clock.start();
        QVERIFY(ProviderDatabase::bundled().domainCount() > 0);
        const qint64 databaseMs = clock.elapsed();
        Tls::TrustStore::instance().prefetch();
        QTRY_VERIFY_WITH_TIMEOUT(Tls::TrustStore::instance().isReady(), 10000);
        qInfo().noquote() << u"warm-up: bundled database %1 ms, system CA store %2 ms"_s.arg(databaseMs).arg(
            clock.elapsed() - databaseMs);
    }

    // gmail.com is in the bundled database: smtp.gmail.com:465, confirmed live on the
    // harness listener that smtp.gmail.com resolves to. Nothing else needs asking.
    void bundledProviderConfirmedLive()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"someone@gmail.com"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.gmail.com"_s, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::Bundled, d);
        CHECK_TRUE(c.trust == Trust::High, d);
        CHECK_TRUE(c.confirmed && c.probeResult == u"ok"_s, d);
        CHECK_TRUE(c.username == u"someone@gmail.com"_s, d);
        CHECK_TRUE(c.warnings.isEmpty(), d);
        // Google's app-password note (our overlay) travels with the candidate.
        CHECK_TRUE(hasNote(c.notes, u"support.google.com/accounts/answer/185833"_s), d);
        CHECK_TRUE(d.result.provider && d.result.provider->displayName == u"Google Mail"_s, d);
        CHECK_SOURCE(d, SourceKind::Bundled, SourceStatus::Found);
        // The best source answered first: every other one was stopped, none left pending.
        for (SourceKind k : {SourceKind::Autoconfig, SourceKind::WellKnown, SourceKind::OnlineIspdb,
                             SourceKind::SrvSubmissions, SourceKind::SrvSubmission, SourceKind::Mx, SourceKind::Guess})
            CHECK_SOURCE(d, k, SourceStatus::Skipped);
        CHECK_DETAIL(d, SourceKind::Autoconfig, u"a better source had already answered"_s);
        CHECK_TRUE(d.elapsedMs < 1000, d);
    }

    // googlemail.com (the same bundled provider), with every HTTPS source black-holed:
    // autoconfig.googlemail.com, googlemail.com (well-known) and the ISPDB host. None of
    // them may delay the answer: it must come long before their 4 s deadline.
    void blackHoledSourcesDoNotDelayBundled()
    {
        SDOC_REQUIRE_HARNESS();
        DetectOptions o = options();
        o.ispdbBase = QUrl(env("SDOC_AD_ISPDB_DEAD_URL"));
        const Detection d = detect(u"someone@googlemail.com"_s, o);
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.gmail.com"_s, 465, Security::Tls);
        CHECK_TRUE(d.result.candidates.first().confirmed, d);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::Skipped);
        CHECK_SOURCE(d, SourceKind::WellKnown, SourceStatus::Skipped);
        CHECK_SOURCE(d, SourceKind::OnlineIspdb, SourceStatus::Skipped);
        CHECK_TRUE(d.elapsedMs < 1000, d);
    }

    // deadac.sdoc.test: the better-ranked autoconfig is black-holed, the SRV record names a
    // server in the user's own domain (trusted) and the probe confirms it: that settles the
    // answer without waiting for the dead source's 4 s deadline.
    void blackHoledBetterSourceDoesNotDelayTrustedConfirmed()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"someone@deadac.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, env("SDOC_HOST"), 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::SrvSubmissions, d);
        CHECK_TRUE(c.trust == Trust::High && c.confirmed, d);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::Skipped);
        CHECK_DETAIL(d, SourceKind::Autoconfig, u"not needed: a trusted server was already confirmed live"_s);
        CHECK_TRUE(d.elapsedMs < 1000, d);
    }

    // slow.sdoc.test: the same dead autoconfig, but the SRV server is in another domain
    // (not trusted), so the detector must wait for the autoconfig, which times out after
    // its own deadline (1 s here) and not a moment longer.
    void blackHoledSourceTimesOut()
    {
        SDOC_REQUIRE_HARNESS();
        DetectOptions o = options();
        o.httpTimeoutMs = 1000;
        const Detection d = detect(u"someone@slow.sdoc.test"_s, o);
        CHECK_FINISHED(d);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::Timeout);
        const SourceReport *ac = source(d.result, SourceKind::Autoconfig);
        CHECK_TRUE(ac->ms >= 900 && ac->ms < 1800, d); // QTimer may fire up to 5 % early
        CHECK_WINNER(d, u"smtp.sdoc-other.test"_s, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.trust == Trust::Medium && c.confirmed, d);
        CHECK_TRUE(c.warnings.contains(QLatin1String(Warning::OutsideDomain)), d);
        CHECK_TRUE(d.elapsedMs >= 900 && d.elapsedMs < 2000, d);
    }

    void autoconfigOnly()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"carol@ac.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.ac.sdoc.test"_s, 465, Security::Tls);
        QVERIFY2(d.result.candidates.size() == 2, qPrintable(dump(d)));
        const Candidate &first = d.result.candidates.at(0);
        const Candidate &second = d.result.candidates.at(1);
        CHECK_TRUE(second.host == u"smtp.ac.sdoc.test"_s && second.port == 587 && second.security == Security::StartTls, d);
        for (const Candidate &c : d.result.candidates) {
            CHECK_TRUE(c.sources.first() == SourceKind::Autoconfig, d);
            CHECK_TRUE(c.trust == Trust::High, d);
            CHECK_TRUE(c.username == u"carol@ac.sdoc.test"_s, d);
            CHECK_TRUE(c.auth == QList<AuthMethod>{AuthMethod::PasswordCleartext}, d);
            CHECK_TRUE(c.warnings.isEmpty(), d);
        }
        CHECK_TRUE(first.confirmed, d);
        CHECK_SOURCE(d, SourceKind::Bundled, SourceStatus::NotFound);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::Found);
        QCOMPARE(source(d.result, SourceKind::Autoconfig)->urlOrRecord,
                 u"https://autoconfig.ac.sdoc.test/mail/config-v1.1.xml?emailaddress=carol%40ac.sdoc.test"_s);
        CHECK_TRUE(d.result.provider && d.result.provider->displayName == u"AC Test Mail"_s, d);
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    void wellKnownOnly()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"dave@wk.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.wk.sdoc.test"_s, 587, Security::StartTls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::WellKnown, d);
        CHECK_TRUE(c.trust == Trust::High && c.confirmed, d);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::NotFound);
        CHECK_SOURCE(d, SourceKind::WellKnown, SourceStatus::Found);
        QCOMPARE(source(d.result, SourceKind::WellKnown)->urlOrRecord,
                 u"https://wk.sdoc.test/.well-known/autoconfig/mail/config-v1.1.xml"_s);
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    // %EMAILLOCALPART% in the well-known file: the candidate's login name is "dave". The
    // guess source probes smtp.wk.sdoc.test:587 too (with the whole address as the login):
    // whichever answers first, the file's login name must win.
    void wellKnownUsernameWinsOverGuess()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"dave@wk.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.wk.sdoc.test"_s, 587, Security::StartTls);
        CHECK_TRUE(d.result.candidates.first().username == u"dave"_s, d);
    }

    void onlineIspdbOnly()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"erin@isp.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.isp.sdoc.test"_s, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::OnlineIspdb, d);
        CHECK_TRUE(c.trust == Trust::High && c.confirmed, d);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::NotFound);
        CHECK_SOURCE(d, SourceKind::WellKnown, SourceStatus::NotFound);
        CHECK_SOURCE(d, SourceKind::OnlineIspdb, SourceStatus::Found);
        // The third party learns the domain, never the address.
        QCOMPARE(source(d.result, SourceKind::OnlineIspdb)->urlOrRecord, env("SDOC_AD_ISPDB_URL") + u"isp.sdoc.test"_s);
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    // --offline: the online database is not asked at all (and so nothing is found here).
    void offlineDoesNotAskTheIspdb()
    {
        SDOC_REQUIRE_HARNESS();
        DetectOptions o = options(false);
        o.offline = true;
        const Detection d = detect(u"erin@isp.sdoc.test"_s, o);
        CHECK_FINISHED(d);
        CHECK_TRUE(source(d.result, SourceKind::OnlineIspdb) == nullptr, d);
        CHECK_TRUE(d.result.candidates.isEmpty(), d);
    }

    void srvOnly()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"frank@srv.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, env("SDOC_HOST"), 465, Security::Tls);
        QVERIFY2(d.result.candidates.size() >= 2, qPrintable(dump(d)));
        const Candidate &tls = d.result.candidates.at(0);
        const Candidate &starttls = d.result.candidates.at(1);
        CHECK_TRUE(tls.sources.first() == SourceKind::SrvSubmissions, d);
        CHECK_TRUE(starttls.host == env("SDOC_HOST") && starttls.port == 587 && starttls.security == Security::StartTls, d);
        CHECK_TRUE(starttls.sources.first() == SourceKind::SrvSubmission, d);
        // SRV alone is "medium"; a target inside the user's own registrable domain is trusted.
        CHECK_TRUE(tls.trust == Trust::High && starttls.trust == Trust::High, d);
        CHECK_TRUE(tls.confirmed, d);
        // The addresses of the target came with the SRV answers (additional section).
        CHECK_TRUE(!tls.addresses.isEmpty() && !starttls.addresses.isEmpty(), d);
        CHECK_TRUE(tls.username == u"frank@srv.sdoc.test"_s, d);
        CHECK_TRUE(!tls.warnings.contains(QLatin1String(Warning::OutsideDomain)), d);
        CHECK_SOURCE(d, SourceKind::SrvSubmissions, SourceStatus::Found);
        CHECK_SOURCE(d, SourceKind::SrvSubmission, SourceStatus::Found);
        CHECK_DETAIL(d, SourceKind::SrvSubmissions, env("SDOC_HOST") + u":465"_s);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::NotFound);
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    // Target "." in both SRV records: the service is decidedly not offered.
    void srvNotOffered()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"gina@dot.sdoc.test"_s, options(false));
        CHECK_FINISHED(d);
        CHECK_TRUE(d.result.candidates.isEmpty(), d);
        for (SourceKind k : {SourceKind::SrvSubmissions, SourceKind::SrvSubmission}) {
            CHECK_SOURCE(d, k, SourceStatus::NotFound);
            CHECK_DETAIL(d, k, u"not offered"_s);
        }
    }

    void srvOutsideDomain()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"hank@srvout.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.sdoc-other.test"_s, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::SrvSubmissions, d);
        CHECK_TRUE(c.trust == Trust::Medium, d);
        CHECK_TRUE(c.warnings.contains(QLatin1String(Warning::OutsideDomain)), d);
        CHECK_TRUE(c.confirmed, d);
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    // The SRV answer carries the target's addresses (dnsmasq adds its AAAA and A to the
    // additional section): the probe connects to them and never asks for the target's
    // addresses itself, still racing both families (the AAAA black-holes, the A answers).
    // The target is used by no other case here, so neither Qt's host cache nor another
    // detection can hide a lookup; the SRV query itself in the log shows the log is current.
    void srvAdditionalAddressesUsedWithoutLookup()
    {
        SDOC_REQUIRE_HARNESS();
        const QString target = env("SDOC_HOST_V6DEAD");
        const qint64 before = dnsLogSize();
        const Detection d = detect(u"olga@srvglue.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, target, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::SrvSubmissions, d);
        CHECK_TRUE(c.confirmed, d);
        CHECK_TRUE(c.addresses.contains(QHostAddress(env("SDOC_ADDR_V6DEAD"))), d);
        CHECK_TRUE(c.addresses.size() == 2, d);
        CHECK_TRUE(d.elapsedMs < 2000, d);
        QTest::qWait(200); // dnsmasq's log is written asynchronously
        const QString srvName = u"_submissions._tcp.srvglue.sdoc.test"_s;
        QVERIFY2(dnsQueriesSince(before, u"SRV"_s).value(srvName) >= 1, "the SRV query is not in the dnsmasq log");
        for (const QString &type : {u"A"_s, u"AAAA"_s}) {
            const int n = dnsQueriesSince(before, type).value(target);
            QVERIFY2(n == 0, qPrintable(u"%1 %2 asked %3 time(s) after the SRV answer carried it"_s.arg(type, target).arg(n)
                                        + dump(d)));
        }
    }

    // NOERROR/NODATA (SRV: res_nquery's NO_DATA; MX: Qt 6.4's InvalidReplyError) and NXDOMAIN
    // are both "no record".
    void nodataAndNxdomainAreNotFound_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("detail");
        QTest::newRow("NODATA") << u"ida@empty.sdoc.test"_s << u"no records"_s;
        QTest::newRow("NXDOMAIN") << u"ida@none.sdoc.test"_s << u"NXDOMAIN"_s;
    }
    void nodataAndNxdomainAreNotFound()
    {
        SDOC_REQUIRE_HARNESS();
        QFETCH(QString, address);
        QFETCH(QString, detail);
        const Detection d = detect(address, options(false));
        CHECK_FINISHED(d);
        for (SourceKind k : {SourceKind::SrvSubmissions, SourceKind::SrvSubmission, SourceKind::Mx}) {
            CHECK_SOURCE(d, k, SourceStatus::NotFound);
            CHECK_DETAIL(d, k, detail);
        }
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    // MX aspmx.l.google.com -> google.com in the bundled database -> smtp.gmail.com.
    void mxOnly()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"jack@mxonly.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.gmail.com"_s, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::Mx, d);
        CHECK_TRUE(c.trust == Trust::Medium && c.confirmed, d);
        CHECK_TRUE(c.username == u"jack@mxonly.sdoc.test"_s, d);
        CHECK_TRUE(hasNote(c.notes, u"support.google.com/accounts/answer/185833"_s), d);
        CHECK_SOURCE(d, SourceKind::Mx, SourceStatus::Found);
        QCOMPARE(source(d.result, SourceKind::Mx)->urlOrRecord, u"aspmx.l.google.com -> google.com"_s);
        CHECK_DETAIL(d, SourceKind::Mx, u"Google Mail"_s);
        // Everything ranked above MX had to answer first (MX is not trusted enough to skip them).
        for (SourceKind k : {SourceKind::Autoconfig, SourceKind::WellKnown, SourceKind::OnlineIspdb,
                             SourceKind::SrvSubmissions, SourceKind::SrvSubmission})
            CHECK_SOURCE(d, k, SourceStatus::NotFound);
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    void guessOnly()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"kate@guess.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_WINNER(d, u"smtp.guess.sdoc.test"_s, 465, Security::Tls);
        for (const Candidate &c : d.result.candidates) {
            CHECK_TRUE(c.sources == QList<SourceKind>{SourceKind::Guess}, d);
            CHECK_TRUE(c.trust == Trust::Low && c.confirmed, d);
        }
        QVERIFY2(d.result.candidates.size() == 2, qPrintable(dump(d)));
        const Candidate &second = d.result.candidates.at(1);
        CHECK_TRUE(second.host == u"smtp.guess.sdoc.test"_s && second.port == 587 && second.security == Security::StartTls, d);
        CHECK_SOURCE(d, SourceKind::Guess, SourceStatus::Found);
        for (SourceKind k : {SourceKind::Bundled, SourceKind::Autoconfig, SourceKind::WellKnown, SourceKind::OnlineIspdb,
                             SourceKind::SrvSubmissions, SourceKind::SrvSubmission, SourceKind::Mx})
            CHECK_SOURCE(d, k, SourceStatus::NotFound);
        CHECK_TRUE(d.elapsedMs < 3000, d);
    }

    // Nothing anywhere: every source was asked and says so; none is left pending.
    void nothingFound()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"liam@none.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_TRUE(!d.result.found() && d.result.candidates.isEmpty(), d);
        QList<SourceKind> asked;
        for (const SourceReport &s : d.result.sources) {
            asked << s.kind;
            CHECK_TRUE(s.status == SourceStatus::NotFound, d);
            CHECK_TRUE(!s.urlOrRecord.isEmpty() && !s.detail.isEmpty(), d);
        }
        CHECK_TRUE((asked == QList<SourceKind>{SourceKind::Bundled, SourceKind::Autoconfig, SourceKind::WellKnown,
                                               SourceKind::OnlineIspdb, SourceKind::SrvSubmissions,
                                               SourceKind::SrvSubmission, SourceKind::Mx, SourceKind::Guess}),
                   d);
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    // Hostile autoconfig files: each contains a usable server, each is refused as a whole
    // with the reason in the source's detail; nothing of it becomes a candidate.
    void hostileAutoconfigRejected_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("detail");
        QTest::newRow("10 MiB body") << u"mia@big.sdoc.test"_s << u"larger than 524288 bytes"_s;
        // Our 512 KiB cap, or Qt's own decompression-ratio check when its network thread
        // inflates a chunk before our reader sees it (timing: seen under ASan).
        QTest::newRow("gzip bomb") << u"mia@gzbomb.sdoc.test"_s << u"larger than 524288 bytes|[Dd]ecompress"_s;
        QTest::newRow("broken XML") << u"mia@broken.sdoc.test"_s << u"Opening and ending tag mismatch"_s;
        QTest::newRow("billion laughs") << u"mia@laughs.sdoc.test"_s << u"document type declaration"_s;
        QTest::newRow("HTTPS to HTTP") << u"mia@downgrade.sdoc.test"_s
                                       << u"refused redirect from HTTPS to http://autoconfig.downgrade.sdoc.test/"_s;
        QTest::newRow("other domain") << u"mia@wrongdom.sdoc.test"_s
                                      << u"the configuration is for sdoc-other.test, not for wrongdom.sdoc.test"_s;
    }
    void hostileAutoconfigRejected()
    {
        SDOC_REQUIRE_HARNESS();
        QFETCH(QString, address);
        QFETCH(QString, detail);
        const Detection d = detect(address, options(false));
        CHECK_FINISHED(d);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::Failed);
        if (detail.contains(u'|')) {
            const QRegularExpression any(detail);
            QVERIFY2(detailOf(d.result, SourceKind::Autoconfig).contains(any),
                     qPrintable(u"source autoconfig: detail matches none of \"%1\""_s.arg(detail) + dump(d)));
        } else {
            CHECK_DETAIL(d, SourceKind::Autoconfig, detail);
        }
        CHECK_TRUE(d.result.candidates.isEmpty() && !d.result.provider, d);
        CHECK_TRUE(d.elapsedMs < 2000, d);
    }

    // Redirected to another registrable domain (a hoster): accepted, but flagged and no
    // longer "trusted"; its server is outside the user's domain too.
    void crossDomainRedirectLowersTrust()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"nina@redir.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::Found);
        CHECK_WINNER(d, u"smtp.sdoc-other.test"_s, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::Autoconfig, d);
        CHECK_TRUE(c.trust == Trust::Medium, d);
        CHECK_TRUE(c.warnings.contains(QLatin1String(Warning::CrossDomainRedirect)), d);
        CHECK_TRUE(c.warnings.contains(QLatin1String(Warning::OutsideDomain)), d);
        CHECK_TRUE(c.confirmed, d);
    }

    // The refused HTTPS->HTTP redirect stays refused; the plain-HTTP source, asked only on
    // request, finds the file but marks it untrusted.
    void plainHttpOnlyOnRequestAndUntrusted()
    {
        SDOC_REQUIRE_HARNESS();
        DetectOptions o = options();
        o.allowHttp = true;
        const Detection d = detect(u"omar@downgrade.sdoc.test"_s, o);
        CHECK_FINISHED(d);
        CHECK_SOURCE(d, SourceKind::Autoconfig, SourceStatus::Failed);
        CHECK_SOURCE(d, SourceKind::AutoconfigHttp, SourceStatus::Found);
        CHECK_WINNER(d, u"smtp.ac.sdoc.test"_s, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources == QList<SourceKind>{SourceKind::AutoconfigHttp}, d);
        CHECK_TRUE(c.trust == Trust::Low, d);
        CHECK_TRUE(c.warnings.contains(QLatin1String(Warning::InsecureSource)), d);
    }

    void idnDomain()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"jürgen@bücher.sdoc.test"_s, options());
        CHECK_FINISHED(d);
        QVERIFY(d.result.address);
        QCOMPARE(d.result.address->aceDomain(), u"xn--bcher-kva.sdoc.test"_s);
        CHECK_WINNER(d, u"smtp.xn--bcher-kva.sdoc.test"_s, 465, Security::Tls);
        const Candidate &c = d.result.candidates.first();
        CHECK_TRUE(c.sources.first() == SourceKind::Autoconfig, d);
        CHECK_TRUE(c.trust == Trust::High && c.confirmed, d);
        CHECK_TRUE(c.username == d.result.address->address(), d);
        CHECK_TRUE(source(d.result, SourceKind::Autoconfig)->urlOrRecord.startsWith(
                       u"https://autoconfig.xn--bcher-kva.sdoc.test/mail/config-v1.1.xml?emailaddress="_s),
                   d);
        // EmailAddress::domain() promises the Unicode form, but QUrl::fromAce() without
        // QUrl::IgnoreIDNWhitelist decodes only TLDs on Qt's IDN whitelist (.de yes, .test no).
        QCOMPARE(d.result.address->domain(), u"bücher.sdoc.test"_s);
    }

    // Proton: "no third-party SMTP" in our overlay. The explanation, and nothing to probe.
    void noThirdPartySmtp()
    {
        SDOC_REQUIRE_HARNESS();
        const Detection d = detect(u"someone@proton.me"_s, options());
        CHECK_FINISHED(d);
        CHECK_TRUE(d.result.noThirdPartySmtp, d);
        CHECK_TRUE(d.result.candidates.isEmpty(), d);
        CHECK_TRUE(hasNote(d.result.notes, u"Bridge"_s), d);
        CHECK_SOURCE(d, SourceKind::Bundled, SourceStatus::Found);
        CHECK_TRUE(d.result.provider && d.result.provider->displayName == u"Proton Mail"_s, d);
        CHECK_TRUE(d.elapsedMs < 1000, d);
    }
};

QTEST_GUILESS_MAIN(TestDetect)
#include "tst_detect.moc"
