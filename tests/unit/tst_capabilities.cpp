// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/capabilities.h"
#include "smtp/replyparser.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using SmtpDoctor::Smtp::Capabilities;
using SmtpDoctor::Smtp::Reply;
using SmtpDoctor::Smtp::ReplyParser;

namespace {

// Builds the Reply through the real parser, as the session does.
Reply parse(const QByteArray &wire)
{
    ReplyParser parser;
    parser.append(wire);
    const std::optional<Reply> reply = parser.takeReply();
    if (!reply)
        qFatal("test input is not a complete reply");
    return *reply;
}

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postfix();
    void exchange();
    void authMechanisms_data();
    void authMechanisms();
    void size_data();
    void size();
    void flags_data();
    void flags();
    void lowercaseKeywords();
    void nonEhloReplies_data();
    void nonEhloReplies();
    void greetingOnly();
    void keywordNames();
    void offersAuth_data();
    void offersAuth();
    void hostileLines();
};

void TestCapabilities::postfix()
{
    const Capabilities caps = Capabilities::fromEhloReply(parse(
        "250-mail.example.org\r\n"
        "250-PIPELINING\r\n"
        "250-SIZE 10240000\r\n"
        "250-VRFY\r\n"
        "250-ETRN\r\n"
        "250-STARTTLS\r\n"
        "250-ENHANCEDSTATUSCODES\r\n"
        "250-8BITMIME\r\n"
        "250-DSN\r\n"
        "250-SMTPUTF8\r\n"
        "250 CHUNKING\r\n"_ba));
    QVERIFY(caps.valid);
    QVERIFY(caps.esmtp);
    QCOMPARE(caps.serverName, u"mail.example.org"_s);
    QCOMPARE(caps.keywords,
             (QStringList{u"PIPELINING"_s, u"SIZE 10240000"_s, u"VRFY"_s, u"ETRN"_s, u"STARTTLS"_s,
                          u"ENHANCEDSTATUSCODES"_s, u"8BITMIME"_s, u"DSN"_s, u"SMTPUTF8"_s, u"CHUNKING"_s}));
    QVERIFY(caps.authMechanisms.isEmpty()); // Postfix before STARTTLS
    QCOMPARE(caps.size, std::optional<qint64>(10240000));
    QVERIFY(caps.startTls);
    QVERIFY(caps.pipelining);
    QVERIFY(caps.eightBitMime);
    QVERIFY(caps.smtpUtf8);
    QVERIFY(caps.chunking);
    QVERIFY(caps.dsn);
    QVERIFY(caps.enhancedStatusCodes);
    QVERIFY(!caps.requireTls);
}

void TestCapabilities::exchange()
{
    const Capabilities caps = Capabilities::fromEhloReply(parse(
        "250-EX01.contoso.com Hello [192.0.2.15]\r\n"
        "250-SIZE 37748736\r\n"
        "250-PIPELINING\r\n"
        "250-DSN\r\n"
        "250-ENHANCEDSTATUSCODES\r\n"
        "250-AUTH LOGIN XOAUTH2\r\n"
        "250-8BITMIME\r\n"
        "250-BINARYMIME\r\n"
        "250-CHUNKING\r\n"
        "250 SMTPUTF8\r\n"_ba));
    QVERIFY(caps.valid);
    QCOMPARE(caps.serverName, u"EX01.contoso.com"_s);
    QCOMPARE(caps.authMechanisms, (QStringList{u"LOGIN"_s, u"XOAUTH2"_s}));
    QCOMPARE(caps.size, std::optional<qint64>(37748736));
    QVERIFY(!caps.startTls);
    QVERIFY(caps.pipelining);
    QVERIFY(caps.chunking);
    QVERIFY(caps.smtpUtf8);
    QVERIFY(caps.keywords.contains(u"BINARYMIME"_s));
}

void TestCapabilities::authMechanisms_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain list") << "250-host\r\n250 AUTH PLAIN LOGIN CRAM-MD5\r\n"_ba
                                << QStringList{u"PLAIN"_s, u"LOGIN"_s, u"CRAM-MD5"_s};
    QTest::newRow("legacy AUTH=") << "250-host\r\n250 AUTH=PLAIN LOGIN\r\n"_ba
                                  << QStringList{u"PLAIN"_s, u"LOGIN"_s};
    QTest::newRow("both forms, duplicates") << "250-host\r\n250-AUTH PLAIN LOGIN\r\n250 AUTH=LOGIN PLAIN\r\n"_ba
                                            << QStringList{u"PLAIN"_s, u"LOGIN"_s};
    QTest::newRow("duplicate AUTH lines") << "250-host\r\n250-AUTH LOGIN\r\n250-AUTH PLAIN XOAUTH2\r\n250 AUTH LOGIN\r\n"_ba
                                          << QStringList{u"LOGIN"_s, u"PLAIN"_s, u"XOAUTH2"_s};
    QTest::newRow("lower case") << "250-host\r\n250 auth plain Login scram-sha-256\r\n"_ba
                                << QStringList{u"PLAIN"_s, u"LOGIN"_s, u"SCRAM-SHA-256"_s};
    QTest::newRow("legacy lower case") << "250-host\r\n250 auth=login\r\n"_ba << QStringList{u"LOGIN"_s};
    QTest::newRow("extra blanks") << "250-host\r\n250 AUTH  PLAIN\t LOGIN \r\n"_ba
                                  << QStringList{u"PLAIN"_s, u"LOGIN"_s};
    QTest::newRow("AUTH without mechanisms") << "250-host\r\n250 AUTH\r\n"_ba << QStringList{};
    QTest::newRow("AUTH= alone") << "250-host\r\n250 AUTH=\r\n"_ba << QStringList{};
    QTest::newRow("garbage names dropped") << "250-host\r\n250 AUTH PLAIN <script> \xc3\xa9t\xc3\xa9 LOGIN\r\n"_ba
                                           << QStringList{u"PLAIN"_s, u"LOGIN"_s};
    QTest::newRow("AUTHX is not AUTH") << "250-host\r\n250 AUTHX PLAIN\r\n"_ba << QStringList{};
    QTest::newRow("no AUTH") << "250-host\r\n250 PIPELINING\r\n"_ba << QStringList{};
}

void TestCapabilities::authMechanisms()
{
    QFETCH(QByteArray, wire);
    QFETCH(QStringList, expected);
    const Capabilities caps = Capabilities::fromEhloReply(parse(wire));
    QVERIFY(caps.valid);
    QCOMPARE(caps.authMechanisms, expected);
}

void TestCapabilities::size_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("hasSize");
    QTest::addColumn<qint64>("value");

    QTest::newRow("number") << "SIZE 52428800"_ba << true << qint64(52428800);
    QTest::newRow("no number") << "SIZE"_ba << true << qint64(0);
    QTest::newRow("zero") << "SIZE 0"_ba << true << qint64(0);
    QTest::newRow("lower case") << "size 1000"_ba << true << qint64(1000);
    QTest::newRow("trailing blank") << "SIZE 1000 "_ba << true << qint64(1000);
    QTest::newRow("huge but fits") << "SIZE 9223372036854775807"_ba << true << qint64(9223372036854775807LL);
    QTest::newRow("non-numeric") << "SIZE unlimited"_ba << false << qint64(0);
    QTest::newRow("negative") << "SIZE -1"_ba << false << qint64(0);
    QTest::newRow("plus sign") << "SIZE +5"_ba << false << qint64(0);
    QTest::newRow("overflow") << "SIZE 99999999999999999999999"_ba << false << qint64(0);
    QTest::newRow("unit suffix") << "SIZE 10M"_ba << false << qint64(0);
}

void TestCapabilities::size()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, hasSize);
    QFETCH(qint64, value);
    const Capabilities caps = Capabilities::fromEhloReply(parse("250-host\r\n250 "_ba + line + "\r\n"_ba));
    QVERIFY(caps.valid);
    QVERIFY(caps.keywordNames().contains(u"SIZE"_s)); // the keyword is kept even when the value is not
    if (hasSize)
        QCOMPARE(caps.size, std::optional<qint64>(value));
    else
        QCOMPARE(caps.size, std::optional<qint64>());

    const Capabilities none = Capabilities::fromEhloReply(parse("250-host\r\n250 PIPELINING\r\n"_ba));
    QCOMPARE(none.size, std::optional<qint64>());
}

void TestCapabilities::flags_data()
{
    QTest::addColumn<QByteArray>("keyword");
    QTest::newRow("STARTTLS") << "STARTTLS"_ba;
    QTest::newRow("PIPELINING") << "PIPELINING"_ba;
    QTest::newRow("8BITMIME") << "8BITMIME"_ba;
    QTest::newRow("SMTPUTF8") << "SMTPUTF8"_ba;
    QTest::newRow("CHUNKING") << "CHUNKING"_ba;
    QTest::newRow("DSN") << "DSN"_ba;
    QTest::newRow("ENHANCEDSTATUSCODES") << "ENHANCEDSTATUSCODES"_ba;
    QTest::newRow("REQUIRETLS") << "REQUIRETLS"_ba;
}

void TestCapabilities::flags()
{
    QFETCH(QByteArray, keyword);
    const Capabilities caps = Capabilities::fromEhloReply(parse("250-host\r\n250 "_ba + keyword + "\r\n"_ba));
    const QList<std::pair<const char *, bool>> all{
        {"STARTTLS", caps.startTls},     {"PIPELINING", caps.pipelining},
        {"8BITMIME", caps.eightBitMime}, {"SMTPUTF8", caps.smtpUtf8},
        {"CHUNKING", caps.chunking},     {"DSN", caps.dsn},
        {"ENHANCEDSTATUSCODES", caps.enhancedStatusCodes}, {"REQUIRETLS", caps.requireTls},
    };
    for (const auto &[name, set] : all)
        QCOMPARE(set, keyword == name); // exactly the announced one is set
}

void TestCapabilities::lowercaseKeywords()
{
    const Capabilities caps = Capabilities::fromEhloReply(
        parse("250-smtp.example.net at your service\r\n250-starttls\r\n250-Pipelining\r\n250-8bitmime\r\n"
              "250-size 2048\r\n250 auth=plain\r\n"_ba));
    QVERIFY(caps.startTls);
    QVERIFY(caps.pipelining);
    QVERIFY(caps.eightBitMime);
    QCOMPARE(caps.size, std::optional<qint64>(2048));
    QCOMPARE(caps.authMechanisms, QStringList{u"PLAIN"_s});
    QCOMPARE(caps.serverName, u"smtp.example.net"_s);
    // keywords keeps the lines as sent
    QCOMPARE(caps.keywords.constFirst(), u"starttls"_s);
    QCOMPARE(caps.keywordNames(),
             (QStringList{u"STARTTLS"_s, u"PIPELINING"_s, u"8BITMIME"_s, u"SIZE"_s, u"AUTH"_s}));
}

void TestCapabilities::nonEhloReplies_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("502 not implemented") << "502 5.5.1 EHLO not implemented\r\n"_ba;
    QTest::newRow("500 unrecognized") << "500 Command unrecognized\r\n"_ba;
    QTest::newRow("421 closing") << "421 4.3.2 Service shutting down\r\n"_ba;
    QTest::newRow("554 multi-line") << "554-no\r\n554 go away\r\n"_ba;
    QTest::newRow("251 not 250") << "251-host\r\n251 STARTTLS\r\n"_ba;
    QTest::newRow("220 greeting") << "220 host ESMTP\r\n"_ba;
}

void TestCapabilities::nonEhloReplies()
{
    QFETCH(QByteArray, wire);
    const Capabilities caps = Capabilities::fromEhloReply(parse(wire));
    QCOMPARE(caps, Capabilities());
    QVERIFY(!caps.valid);
    QVERIFY(!caps.esmtp);
    QVERIFY(caps.keywordNames().isEmpty());
    QVERIFY(!caps.offersAuth(u"PLAIN"));

    QCOMPARE(Capabilities::fromEhloReply(Reply()), Capabilities());
}

void TestCapabilities::greetingOnly()
{
    // A 250 with one line only (what a HELO-like server gives): valid, nothing offered.
    const Capabilities caps = Capabilities::fromEhloReply(parse("250 mail.example.com\r\n"_ba));
    QVERIFY(caps.valid);
    QVERIFY(caps.esmtp);
    QCOMPARE(caps.serverName, u"mail.example.com"_s);
    QVERIFY(caps.keywords.isEmpty());
    QVERIFY(caps.authMechanisms.isEmpty());
    QVERIFY(!caps.size.has_value());

    const Capabilities bare = Capabilities::fromEhloReply(parse("250\r\n"_ba));
    QVERIFY(bare.valid);
    QVERIFY(bare.serverName.isEmpty());
}

void TestCapabilities::keywordNames()
{
    const Capabilities caps = Capabilities::fromEhloReply(
        parse("250-host\r\n250-AUTH PLAIN\r\n250-AUTH=PLAIN\r\n250-SIZE 100\r\n250-X-EXPS GSSAPI NTLM\r\n"
              "250-\r\n250 dsn\r\n"_ba));
    QCOMPARE(caps.keywordNames(), (QStringList{u"AUTH"_s, u"SIZE"_s, u"X-EXPS"_s, u"DSN"_s}));
    // Empty extension lines are not keywords.
    QCOMPARE(caps.keywords.size(), 5);
}

void TestCapabilities::offersAuth_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("offered");
    QTest::newRow("PLAIN") << u"PLAIN"_s << true;
    QTest::newRow("plain") << u"plain"_s << true;
    QTest::newRow("Login") << u"Login"_s << true;
    QTest::newRow("xoauth2") << u"xoauth2"_s << true;
    QTest::newRow("CRAM-MD5") << u"CRAM-MD5"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("prefix") << u"PLAI"_s << false;
}

void TestCapabilities::offersAuth()
{
    QFETCH(QString, mechanism);
    QFETCH(bool, offered);
    const Capabilities caps =
        Capabilities::fromEhloReply(parse("250-host\r\n250-AUTH plain LOGIN\r\n250 AUTH=XOAUTH2\r\n"_ba));
    QCOMPARE(caps.offersAuth(mechanism), offered);
}

void TestCapabilities::hostileLines()
{
    // Very many, very odd lines must neither crash nor confuse the flags.
    QByteArray wire = "250-\xff\xfe host\r\n"_ba;
    for (int i = 0; i < 200; ++i)
        wire += "250-AUTH "_ba + QByteArray(100, 'A') + ' ' + QByteArray::number(i) + "\r\n"_ba;
    wire += "250-\t\r\n250-STARTTLSX\r\n250-\xc5\xbftarttls\r\n250 SIZE  \r\n"_ba;
    const Capabilities caps = Capabilities::fromEhloReply(parse(wire));
    QVERIFY(caps.valid);
    QVERIFY(!caps.startTls); // neither "STARTTLSX" nor the long-s look-alike count
    QCOMPARE(caps.size, std::optional<qint64>(0));
    QCOMPARE(caps.authMechanisms.size(), 200); // the over-long names are dropped, the numbers kept
    QCOMPARE(caps.authMechanisms.constFirst(), u"0"_s);
}

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
