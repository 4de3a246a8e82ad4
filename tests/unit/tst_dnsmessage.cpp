// SPDX-License-Identifier: GPL-3.0-or-later
// Detect::parseDnsMessage on DNS responses built byte by byte (RFC 1035 4.1, RFC 2782), and
// srvAnswerFromReply: what an SRV query reports for a reply, NXDOMAIN, NODATA, errors, and
// which additional addresses it keeps.
#include "detect/dnsmessage.h"
#include "detect/dnsquery.h"
#include "detect/srvquery.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>
#include <tuple>

#include <netdb.h>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Detect;

namespace {

// A DNS message written by hand. Offsets are absolute, as compression pointers need them.
struct Wire
{
    QByteArray b;

    Wire &u8(int v)
    {
        b.append(char(v & 0xff));
        return *this;
    }
    Wire &u16(int v) { return u8(v >> 8).u8(v); }
    Wire &u32(quint32 v) { return u16(int(v >> 16)).u16(int(v & 0xffff)); }
    Wire &bytes(const QByteArray &raw)
    {
        b += raw;
        return *this;
    }
    Wire &label(const QByteArray &l) { return u8(int(l.size())).bytes(l); }
    // "a.b.c" as labels, then the root (or, with `pointer` >= 0, a pointer instead of the root).
    Wire &name(const QByteArray &dotted, int pointer = -1)
    {
        if (!dotted.isEmpty()) {
            for (const QByteArray &l : dotted.split('.'))
                label(l);
        }
        return pointer >= 0 ? ptr(pointer) : u8(0);
    }
    Wire &ptr(int offset) { return u16(0xC000 | offset); }
    Wire &header(int id, int flags, int qd, int an, int ns, int ar)
    {
        return u16(id).u16(flags).u16(qd).u16(an).u16(ns).u16(ar);
    }
    // Record head after the owner name: type, class IN, TTL, then rdata with its length.
    Wire &rr(int type, const QByteArray &rdata, int klass = 1)
    {
        return u16(type).u16(klass).u32(300).u16(int(rdata.size())).bytes(rdata);
    }
    [[nodiscard]] int size() const { return int(b.size()); }
};

constexpr int kResponse = 0x8180; // QR, RD, RA, NOERROR
constexpr int kQuestionOffset = 12;

QByteArray srvRdata(int priority, int weight, int port, const std::function<void(Wire &)> &target)
{
    Wire w;
    w.u16(priority).u16(weight).u16(port);
    target(w);
    return w.b;
}

QByteArray v4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    const char raw[4] = {char(a), char(b), char(c), char(d)};
    return QByteArray(raw, 4);
}

QByteArray v6(const char *text)
{
    const Q_IPV6ADDR a = QHostAddress(QString::fromLatin1(text)).toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(a.c), 16);
}

// The shape dnsmasq answers _submissions._tcp.example.org SRV with: two targets, their
// addresses in the additional section, names compressed against the question and the rdata.
// Plus an address for a name nobody asked about.
QByteArray typicalSrvReply(int additionalFlags = kResponse)
{
    Wire w;
    w.header(0x1234, additionalFlags, 1, 2, 0, 4);
    w.name("_submissions._tcp.example.org").u16(DnsType::Srv).u16(1);
    const int exampleOrg = kQuestionOffset + 13 + 5; // after "\x0c_submissions\x04_tcp"
    // SRV 0 1 465 mail.example.org (target compressed: "mail" + pointer)
    w.ptr(kQuestionOffset);
    const int mailTarget = w.size() + 10 + 6; // after type, class, TTL, length; priority, weight, port
    w.rr(DnsType::Srv, srvRdata(0, 1, 465, [&](Wire &t) { t.name("mail", exampleOrg); }));
    // SRV 10 1 465 SMTP.Example.ORG (uncompressed, mixed case)
    w.ptr(kQuestionOffset).rr(DnsType::Srv, srvRdata(10, 1, 465, [](Wire &t) { t.name("SMTP.Example.ORG"); }));
    // additional: A and AAAA of mail.example.org, A of smtp, A of evil.example.org
    w.ptr(mailTarget).rr(DnsType::A, v4(192, 0, 2, 25));
    w.ptr(mailTarget).rr(DnsType::Aaaa, v6("2001:db8::25"));
    w.name("smtp.example.org").rr(DnsType::A, v4(192, 0, 2, 26));
    w.name("evil.example.org").rr(DnsType::A, v4(203, 0, 113, 66));
    return w.b;
}

} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typicalSrvReply_parses();
    void srvAnswerKeepsOnlyTargetAddresses();
    void addressesCappedAndDeduplicated();
    void rootTargetMeansNotOffered();
    void labelBytesAreEscaped();
    void truncatedFlagAndOpt();
    void failures_data();
    void failures();
    void malformed_data();
    void malformed();
    void everyPrefixIsSafe();
    void mutationsAreSafe();
};

void TestDnsMessage::typicalSrvReply_parses()
{
    const QByteArray wire = typicalSrvReply();
    const DnsMessage m = parseDnsMessage(wire);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QVERIFY(m.answerComplete);
    QCOMPARE(m.id, quint16(0x1234));
    QVERIFY(m.isResponse);
    QVERIFY(!m.truncated);
    QCOMPARE(m.rcode, quint8(0));
    QCOMPARE(m.questionName, u"_submissions._tcp.example.org"_s);
    QCOMPARE(m.questionType, DnsType::Srv);
    QCOMPARE(m.answerCount, quint16(2));
    QCOMPARE(m.srv.size(), 2);
    QCOMPARE(m.srv.at(0), (SrvRecord{u"mail.example.org"_s, 465, 0, 1}));
    QCOMPARE(m.srv.at(1), (SrvRecord{u"smtp.example.org"_s, 465, 10, 1}));
    QVERIFY(m.mx.isEmpty());
    QCOMPARE(m.additional.size(), 4);
    QCOMPARE(m.additional.at(0), (AddressRecord{u"mail.example.org"_s, QHostAddress(u"192.0.2.25"_s)}));
    QCOMPARE(m.additional.at(1), (AddressRecord{u"mail.example.org"_s, QHostAddress(u"2001:db8::25"_s)}));
    QCOMPARE(m.additionalAddresses(u"MAIL.example.org."_s, 8),
             (QList<QHostAddress>{QHostAddress(u"192.0.2.25"_s), QHostAddress(u"2001:db8::25"_s)}));
    QCOMPARE(m.additionalAddresses(u"mail.example.org"_s, 1), QList<QHostAddress>{QHostAddress(u"192.0.2.25"_s)});
    QVERIFY(m.additionalAddresses(u"example.org"_s, 8).isEmpty());
}

void TestDnsMessage::srvAnswerKeepsOnlyTargetAddresses()
{
    const QByteArray wire = typicalSrvReply();
    const DnsAnswer a = srvAnswerFromReply(u"_submissions._tcp.example.org"_s, int(wire.size()), 0, wire);
    QCOMPARE(a.status, DnsAnswer::Status::Found);
    QCOMPARE(a.name, u"_submissions._tcp.example.org"_s);
    QCOMPARE(a.srv.size(), 2);
    QCOMPARE(a.additional.size(), 2); // evil.example.org is not an SRV target
    QCOMPARE(a.additional.value(u"mail.example.org"_s),
             (QList<QHostAddress>{QHostAddress(u"192.0.2.25"_s), QHostAddress(u"2001:db8::25"_s)}));
    QCOMPARE(a.additional.value(u"smtp.example.org"_s), QList<QHostAddress>{QHostAddress(u"192.0.2.26"_s)});
    QVERIFY(!a.additional.contains(u"evil.example.org"_s));

    // The same reply with the last record cut short: the SRV records still count, but no
    // address from a message that did not parse completely.
    const QByteArray cut = wire.first(wire.size() - 2);
    const DnsAnswer b = srvAnswerFromReply(u"_submissions._tcp.example.org"_s, int(cut.size()), 0, cut);
    QCOMPARE(b.status, DnsAnswer::Status::Found);
    QCOMPARE(b.srv, a.srv);
    QVERIFY(b.additional.isEmpty());
}

void TestDnsMessage::addressesCappedAndDeduplicated()
{
    Wire w;
    w.header(7, kResponse, 1, 1, 0, 12);
    w.name("_submission._tcp.example.net").u16(DnsType::Srv).u16(1);
    w.ptr(kQuestionOffset).rr(DnsType::Srv, srvRdata(0, 0, 587, [](Wire &t) { t.name("mx.example.net"); }));
    w.name("MX.EXAMPLE.NET").rr(DnsType::A, v4(192, 0, 2, 1));
    w.name("mx.example.net").rr(DnsType::A, v4(192, 0, 2, 1)); // duplicate
    for (int i = 2; i <= 11; ++i)
        w.name("mx.example.net").rr(DnsType::A, v4(192, 0, 2, quint8(i)));
    const DnsAnswer a = srvAnswerFromReply(u"_submission._tcp.example.net"_s, w.size(), 0, w.b);
    QCOMPARE(a.status, DnsAnswer::Status::Found);
    const QList<QHostAddress> got = a.additional.value(u"mx.example.net"_s);
    QCOMPARE(got.size(), kMaxAddressesPerTarget);
    QCOMPARE(got.first(), QHostAddress(u"192.0.2.1"_s));
    QCOMPARE(got.at(1), QHostAddress(u"192.0.2.2"_s));
    QCOMPARE(got.last(), QHostAddress(u"192.0.2.8"_s));
}

void TestDnsMessage::rootTargetMeansNotOffered()
{
    Wire w;
    w.header(1, kResponse | 0x0400, 1, 1, 0, 0);
    w.name("_submissions._tcp.example.com").u16(DnsType::Srv).u16(1);
    w.ptr(kQuestionOffset).rr(DnsType::Srv, srvRdata(0, 0, 0, [](Wire &t) { t.u8(0); }));
    const DnsAnswer a = srvAnswerFromReply(u"_submissions._tcp.example.com"_s, w.size(), 0, w.b);
    QCOMPARE(a.status, DnsAnswer::Status::Found);
    QCOMPARE(a.srv, (QList<SrvRecord>{SrvRecord{QString(), 0, 0, 0}}));
    bool notOffered = false;
    QVERIFY(orderedSrv(a.srv, &notOffered).isEmpty());
    QVERIFY(notOffered);
}

void TestDnsMessage::labelBytesAreEscaped()
{
    Wire w;
    w.header(2, kResponse, 1, 1, 0, 1);
    w.name("_submissions._tcp.example.com").u16(DnsType::Srv).u16(1);
    // One label "A.b c\" (with a dot, a space, a backslash), then example.com by pointer.
    const int exampleCom = kQuestionOffset + 13 + 5;
    const int target = w.size() + 2 + 10 + 6;
    w.ptr(kQuestionOffset).rr(DnsType::Srv, srvRdata(0, 0, 465, [&](Wire &t) {
        t.label(QByteArray("A.b c\\\x01", 7)).ptr(exampleCom);
    }));
    w.ptr(target).rr(DnsType::A, v4(192, 0, 2, 9));
    const DnsMessage m = parseDnsMessage(w.b);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QCOMPARE(m.srv.size(), 1);
    QCOMPARE(m.srv.first().target, u"a\\046b\\032c\\092\\001.example.com"_s);
    QCOMPARE(m.additional.first().name, m.srv.first().target);
}

void TestDnsMessage::truncatedFlagAndOpt()
{
    // TC set, an OPT pseudo-record (root owner, class = UDP size) in the additional section,
    // an NS record in the authority section and a record of another class: all skipped.
    Wire w;
    w.header(3, kResponse | 0x0200, 1, 1, 1, 2);
    w.name("_submissions._tcp.example.com").u16(DnsType::Srv).u16(1);
    w.ptr(kQuestionOffset).rr(DnsType::Srv, srvRdata(0, 0, 465, [](Wire &t) { t.name("smtp.example.com"); }));
    w.name("example.com").rr(2, Wire().name("ns.example.com").b);
    w.u8(0).rr(41, {}, 1232);
    w.name("smtp.example.com").rr(DnsType::A, v4(192, 0, 2, 1), 3); // class CH
    const DnsMessage m = parseDnsMessage(w.b);
    QVERIFY2(m.ok(), qPrintable(m.error));
    QVERIFY(m.truncated);
    QCOMPARE(m.srv.size(), 1);
    QVERIFY(m.additional.isEmpty());
}

void TestDnsMessage::failures_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("hErrno");
    QTest::addColumn<QByteArray>("buffer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");

    using S = DnsAnswer::Status;
    const QByteArray zero(512, '\0');
    QByteArray servfail = zero;
    servfail[2] = char(0x81);
    servfail[3] = char(0x82);
    QByteArray refused = zero;
    refused[2] = char(0x81);
    refused[3] = char(0x85);
    QTest::newRow("NXDOMAIN") << -1 << int(HOST_NOT_FOUND) << zero << int(S::NoRecords) << u"NXDOMAIN"_s;
    QTest::newRow("NODATA") << -1 << int(NO_DATA) << zero << int(S::NoRecords) << u"no records"_s;
    QTest::newRow("no reply") << -1 << int(TRY_AGAIN) << zero << int(S::Failed) << u"no answer"_s;
    QTest::newRow("SERVFAIL") << -1 << int(TRY_AGAIN) << servfail << int(S::Failed) << u"SERVFAIL"_s;
    QTest::newRow("REFUSED") << -1 << int(NO_RECOVERY) << refused << int(S::Failed) << u"REFUSED"_s;
    QTest::newRow("garbage") << 5 << 0 << QByteArray("\x01\x02\x03\x04\x05") << int(S::Failed) << u"malformed"_s;

    Wire query; // QR not set
    query.header(1, 0x0100, 1, 0, 0, 0).name("_submission._tcp.example.com").u16(DnsType::Srv).u16(1);
    QTest::newRow("not a response") << query.size() << 0 << query.b << int(S::Failed) << u"not a response"_s;

    Wire cname; // an answer, but no SRV in it
    cname.header(1, kResponse, 1, 1, 0, 0).name("_submission._tcp.example.com").u16(DnsType::Srv).u16(1);
    cname.ptr(kQuestionOffset).rr(DnsType::Cname, Wire().name("elsewhere.example.com").b);
    QTest::newRow("no SRV in the answer") << cname.size() << 0 << cname.b << int(S::NoRecords) << u"no records"_s;
}

void TestDnsMessage::failures()
{
    QFETCH(int, length);
    QFETCH(int, hErrno);
    QFETCH(QByteArray, buffer);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const DnsAnswer a = srvAnswerFromReply(u"_submission._tcp.example.com"_s, length, hErrno, buffer);
    QCOMPARE(int(a.status), status);
    QVERIFY2(a.detail.contains(detail), qPrintable(a.detail));
    QVERIFY(a.srv.isEmpty());
    QVERIFY(a.additional.isEmpty());
}

void TestDnsMessage::malformed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("answerComplete");
    QTest::addColumn<QString>("error");

    const auto question = [](Wire &w) { w.name("_submission._tcp.example.com").u16(DnsType::Srv).u16(1); };

    QTest::newRow("empty") << QByteArray() << false << u"header"_s;
    QTest::newRow("short header") << QByteArray(11, '\0') << false << u"header"_s;
    {
        Wire w;
        w.header(1, kResponse, 65535, 65535, 65535, 65535);
        question(w);
        QTest::newRow("oversized counts") << w.b << false << u"question"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 0, 0, 0).ptr(kQuestionOffset).u16(33).u16(1);
        QTest::newRow("pointer to itself") << w.b << false << u"backwards"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 0, 0, 0).ptr(kQuestionOffset + 2).label("a").ptr(kQuestionOffset).u16(33).u16(1);
        QTest::newRow("forward pointer") << w.b << false << u"backwards"_s;
    }
    {
        // Question "a" + pointer back to the start: reads "a", then the pointer again.
        Wire w;
        w.header(1, kResponse, 1, 0, 0, 0).label("a").ptr(kQuestionOffset).u16(33).u16(1);
        QTest::newRow("pointer loop") << w.b << false << u"backwards"_s;
    }
    {
        // The answer's owner points into the question at a label that is followed by a
        // pointer to the answer: a loop across two segments.
        Wire w;
        w.header(1, kResponse, 1, 1, 0, 0);
        question(w);
        const int answer = w.size();
        w.label("x").ptr(answer).u16(33).u16(1).u32(1).u16(0);
        QTest::newRow("two-segment loop") << w.b << false << u"backwards"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 0, 0, 0).u8(40).bytes("abc");
        QTest::newRow("label beyond the end") << w.b << false << u"truncated name"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 0, 0, 0);
        for (int i = 0; i < 5; ++i)
            w.label(QByteArray(60, 'a'));
        w.u8(0).u16(33).u16(1);
        QTest::newRow("name over 255 octets") << w.b << false << u"255"_s;
    }
    {
        // Within 255 octets per segment, but the pointers add up beyond.
        Wire w;
        w.header(1, kResponse, 2, 0, 0, 0);
        for (int i = 0; i < 3; ++i)
            w.label(QByteArray(60, 'a'));
        w.u8(0).u16(33).u16(1);
        for (int i = 0; i < 2; ++i)
            w.label(QByteArray(60, 'b'));
        w.ptr(kQuestionOffset).u16(33).u16(1);
        QTest::newRow("compressed name over 255 octets") << w.b << false << u"255"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 0, 0, 0).u8(0x40).u8(0).u16(33).u16(1);
        QTest::newRow("extended label type") << w.b << false << u"label type"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 1, 0, 0);
        question(w);
        w.ptr(kQuestionOffset).u16(33).u16(1).u32(1).u16(200).bytes("short");
        QTest::newRow("rdata beyond the end") << w.b << false << u"record data truncated"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 1, 0, 0);
        question(w);
        w.ptr(kQuestionOffset).rr(DnsType::Srv, srvRdata(0, 0, 25, [](Wire &t) { t.name("a.example").u8(0); }));
        QTest::newRow("SRV rdata too long") << w.b << false << u"wrong length"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 1, 0, 0);
        question(w);
        w.ptr(kQuestionOffset).rr(DnsType::Srv, QByteArray("\x00\x00\x00", 3));
        QTest::newRow("SRV rdata too short") << w.b << false << u"truncated"_s;
    }
    {
        // The target's name runs past rdlength into the next bytes.
        Wire w;
        w.header(1, kResponse, 1, 1, 0, 0);
        question(w);
        QByteArray rd = srvRdata(0, 0, 25, [](Wire &t) { t.name("mail.example"); });
        w.ptr(kQuestionOffset).u16(DnsType::Srv).u16(1).u32(1).u16(int(rd.size()) - 3).bytes(rd);
        QTest::newRow("SRV target beyond rdlength") << w.b << false << u"wrong length"_s;
    }
    for (const auto &[type, bytes, row] : {std::tuple{DnsType::A, 5, "A with 5 bytes"}, {DnsType::Aaaa, 4, "AAAA with 4 bytes"}}) {
        Wire w;
        w.header(1, kResponse, 1, 1, 0, 1);
        question(w);
        w.ptr(kQuestionOffset).rr(DnsType::Srv, srvRdata(0, 0, 25, [](Wire &t) { t.name("a.example"); }));
        w.name("a.example").rr(type, QByteArray(bytes, '\1'));
        QTest::newRow(row) << w.b << true << u"wrong length"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 1, 0, 3);
        question(w);
        w.ptr(kQuestionOffset).rr(DnsType::Srv, srvRdata(0, 0, 25, [](Wire &t) { t.name("a.example"); }));
        w.name("a.example").rr(DnsType::A, v4(192, 0, 2, 1));
        QTest::newRow("additional count too high") << w.b << true << u"additional section, record 2"_s;
    }
    {
        Wire w;
        w.header(1, kResponse, 1, 0, 0, 0);
        question(w);
        w.bytes("junk");
        QTest::newRow("bytes after the last record") << w.b << true << u"after the last record"_s;
    }
}

void TestDnsMessage::malformed()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, answerComplete);
    QFETCH(QString, error);
    const DnsMessage m = parseDnsMessage(wire);
    QVERIFY(!m.ok());
    QVERIFY2(m.error.contains(error), qPrintable(m.error));
    QCOMPARE(m.answerComplete, answerComplete);
    // Never an address from a message that did not parse completely.
    const DnsAnswer a = srvAnswerFromReply(u"x"_s, int(wire.size()), 0, wire);
    QVERIFY(a.additional.isEmpty());
}

void TestDnsMessage::everyPrefixIsSafe()
{
    const QByteArray wire = typicalSrvReply();
    for (qsizetype n = 0; n < wire.size(); ++n) {
        const QByteArray prefix = wire.first(n);
        const DnsMessage m = parseDnsMessage(prefix);
        QVERIFY2(!m.ok(), qPrintable(u"prefix of %1 bytes accepted"_s.arg(n)));
        const DnsAnswer a = srvAnswerFromReply(u"x"_s, int(n), 0, prefix);
        QVERIFY(a.additional.isEmpty());
        QVERIFY(a.status != DnsAnswer::Status::Found || m.answerComplete);
    }
}

void TestDnsMessage::mutationsAreSafe()
{
    // Deterministic random byte flips of a real reply: the parser must neither crash nor
    // hang (the fuzz target fuzz_dnsmessage does this for real), and what it reports stays
    // within its promises.
    const QByteArray wire = typicalSrvReply();
    QRandomGenerator rng(20261129);
    for (int round = 0; round < 20000; ++round) {
        QByteArray m = wire;
        const int flips = 1 + int(rng.bounded(4));
        for (int i = 0; i < flips; ++i)
            m[qsizetype(rng.bounded(int(m.size())))] = char(rng.bounded(256));
        if (rng.bounded(4) == 0)
            m.truncate(qsizetype(rng.bounded(int(m.size()))));
        const DnsMessage d = parseDnsMessage(m);
        for (const SrvRecord &r : d.srv)
            QVERIFY(r.target.size() <= 4 * 255);
        const DnsAnswer a = srvAnswerFromReply(u"x"_s, int(m.size()), 0, m);
        for (auto it = a.additional.cbegin(); it != a.additional.cend(); ++it) {
            QVERIFY(it.value().size() <= kMaxAddressesPerTarget);
            QVERIFY(std::any_of(a.srv.cbegin(), a.srv.cend(), [&](const SrvRecord &r) { return r.target == it.key(); }));
        }
    }
}

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dnsmessage.moc"
