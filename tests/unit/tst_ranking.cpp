// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detectresult.h"
#include "detect/dnsquery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Detect;

namespace {
Candidate cand(const QString &host, quint16 port, Security sec, SourceKind src, Trust trust, int order = 0)
{
    Candidate c;
    c.host = host;
    c.port = port;
    c.security = sec;
    c.sources = {src};
    c.trust = trust;
    c.order = order;
    return c;
}
QStringList keys(const QList<Candidate> &list)
{
    QStringList out;
    for (const Candidate &c : list)
        out << c.key();
    return out;
}
} // namespace

class TestRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeKeepsOneCandidateWithAllSources()
    {
        QList<Candidate> list;
        mergeCandidate(list, cand(u"smtp.example.org"_s, 465, Security::Tls, SourceKind::Guess, Trust::Low));
        Candidate fromConfig = cand(u"smtp.example.org"_s, 465, Security::Tls, SourceKind::Autoconfig, Trust::High);
        fromConfig.username = u"alice@example.org"_s;
        mergeCandidate(list, fromConfig);
        mergeCandidate(list, cand(u"smtp.example.org"_s, 587, Security::StartTls, SourceKind::Autoconfig, Trust::High, 1));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().sources, (QList<SourceKind>{SourceKind::Autoconfig, SourceKind::Guess}));
        QCOMPARE(list.first().trust, Trust::High);
        QCOMPARE(list.first().username, u"alice@example.org"_s);
    }

    void betterSourceDetailsWinWhateverArrivesFirst()
    {
        QList<Candidate> list;
        Candidate guess = cand(u"smtp.example.org"_s, 587, Security::StartTls, SourceKind::Guess, Trust::Low, 5);
        guess.username = u"dave@example.org"_s;
        mergeCandidate(list, guess);
        Candidate config = cand(u"smtp.example.org"_s, 587, Security::StartTls, SourceKind::WellKnown, Trust::High, 1);
        config.username = u"dave"_s;
        config.auth = {AuthMethod::PasswordEncrypted};
        mergeCandidate(list, config);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().username, u"dave"_s);
        QCOMPARE(list.first().auth, QList<AuthMethod>{AuthMethod::PasswordEncrypted});
        QCOMPARE(list.first().order, 1);
        // A worse source arriving later changes nothing.
        mergeCandidate(list, guess);
        QCOMPARE(list.first().username, u"dave"_s);
    }

    void rankingOrder()
    {
        QList<Candidate> list;
        list << cand(u"a.example.org"_s, 25, Security::StartTls, SourceKind::Guess, Trust::Low)
             << cand(u"srv.example.org"_s, 587, Security::StartTls, SourceKind::SrvSubmission, Trust::Medium)
             << cand(u"smtp.example.org"_s, 587, Security::StartTls, SourceKind::Bundled, Trust::High, 1)
             << cand(u"smtp.example.org"_s, 465, Security::Tls, SourceKind::Bundled, Trust::High, 0)
             << cand(u"plain.example.org"_s, 587, Security::None, SourceKind::Bundled, Trust::High, 2)
             << cand(u"mx.example.org"_s, 25, Security::StartTls, SourceKind::Bundled, Trust::High, 3);
        rankCandidates(list);
        QCOMPARE(keys(list), (QStringList{u"smtp.example.org:465:tls"_s, u"smtp.example.org:587:starttls"_s,
                                          u"mx.example.org:25:starttls"_s, u"plain.example.org:587:none"_s,
                                          u"srv.example.org:587:starttls"_s, u"a.example.org:25:starttls"_s}));
    }

    void confirmedBeatsUnconfirmedOfSameTrust()
    {
        QList<Candidate> list;
        list << cand(u"a.example.org"_s, 465, Security::Tls, SourceKind::Bundled, Trust::High, 0)
             << cand(u"b.example.org"_s, 587, Security::StartTls, SourceKind::Bundled, Trust::High, 1);
        list[1].confirmed = true;
        rankCandidates(list);
        QCOMPARE(list.first().host, u"b.example.org"_s);
        DetectResult r;
        r.candidates = list;
        QVERIFY(r.bestConfirmed());
        QCOMPARE(r.bestConfirmed()->host, u"b.example.org"_s);
    }

    void srvOrdering()
    {
        bool notOffered = true;
        const QList<SrvRecord> ordered = orderedSrv({{u"b.example.org"_s, 587, 10, 5}, {u"a.example.org"_s, 587, 0, 1},
                                                     {u"c.example.org"_s, 587, 10, 50}},
                                                    &notOffered);
        QVERIFY(!notOffered);
        QCOMPARE(ordered.size(), 3);
        QCOMPARE(ordered.at(0).target, u"a.example.org"_s);
        QCOMPARE(ordered.at(1).target, u"c.example.org"_s);
        QVERIFY(orderedSrv({{u"."_s, 0, 0, 0}}, &notOffered).isEmpty());
        QVERIFY(notOffered);
    }

    void idsAreStable()
    {
        QCOMPARE(sourceId(SourceKind::WellKnown), u"well_known"_s);
        QCOMPARE(sourceStatusId(SourceStatus::NotFound), u"not_found"_s);
        QCOMPARE(trustId(Trust::Medium), u"medium"_s);
        for (int k = 0; k < kSourceCount; ++k)
            QVERIFY(!sourceName(SourceKind(k)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
