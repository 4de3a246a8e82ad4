// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/replyparser.h"

#include <QRandomGenerator>
#include <QTest>

#include <iterator>

using namespace Qt::StringLiterals;
using SmtpDoctor::Smtp::Reply;
using SmtpDoctor::Smtp::ReplyParser;

Q_DECLARE_METATYPE(ReplyParser::Error)

namespace {

enum class Feed { AllAtOnce, ByteByByte };

// Feeds the input and collects every reply, draining after each append as the session does.
QList<Reply> feed(ReplyParser &parser, const QByteArray &input, Feed mode)
{
    QList<Reply> replies;
    const auto drain = [&] {
        while (auto r = parser.takeReply())
            replies.append(*r);
    };
    if (mode == Feed::AllAtOnce) {
        parser.append(input);
        drain();
    } else {
        for (qsizetype i = 0; i < input.size(); ++i) {
            parser.append(QByteArrayView(input).sliced(i, 1));
            drain();
        }
    }
    return replies;
}

QList<Reply> feedSplit(ReplyParser &parser, const QByteArray &input, qsizetype at)
{
    QList<Reply> replies;
    parser.append(QByteArrayView(input).first(at));
    while (auto r = parser.takeReply())
        replies.append(*r);
    parser.append(QByteArrayView(input).sliced(at));
    while (auto r = parser.takeReply())
        replies.append(*r);
    return replies;
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleReply_data();
    void singleReply();
    void twoRepliesInOneAppend();
    void incompleteReplyWaits();
    void pendingBytesAreCounted();
    void malformed_data();
    void malformed();
    void inconsistentCode_data();
    void inconsistentCode();
    void errorIsSticky();
    void clearResets();
    void hugeLineWithoutEnd_data();
    void hugeLineWithoutEnd();
    void hugeLineWithEnd();
    void lineLengthBoundary_data();
    void lineLengthBoundary();
    void endlessMultiline_data();
    void endlessMultiline();
    void maxLinesBoundary();
    void enhancedCodeOf_data();
    void enhancedCodeOf();
    void manySmallAppendsStayLinear();
    void randomGarbageNeverCrashes();
};

void TestReplyParser::singleReply_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QList<QByteArray>>("rawLines");

    QTest::newRow("single CRLF") << "220 mail.example.com ESMTP Postfix\r\n"_ba << 220
                                 << QStringList{u"mail.example.com ESMTP Postfix"_s} << QString()
                                 << QList<QByteArray>{"220 mail.example.com ESMTP Postfix"_ba};
    QTest::newRow("bare LF") << "250 OK\n"_ba << 250 << QStringList{u"OK"_s} << QString()
                             << QList<QByteArray>{"250 OK"_ba};
    QTest::newRow("bare code") << "250\r\n"_ba << 250 << QStringList{QString()} << QString()
                               << QList<QByteArray>{"250"_ba};
    QTest::newRow("bare code LF") << "354\n"_ba << 354 << QStringList{QString()} << QString()
                                  << QList<QByteArray>{"354"_ba};
    QTest::newRow("code and space") << "250 \r\n"_ba << 250 << QStringList{QString()} << QString()
                                    << QList<QByteArray>{"250 "_ba};
    QTest::newRow("multi-line") << "250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n"_ba
                                << 250
                                << QStringList{u"mail.example.com"_s, u"PIPELINING"_s, u"SIZE 10240000"_s,
                                               u"8BITMIME"_s}
                                << QString()
                                << QList<QByteArray>{"250-mail.example.com"_ba, "250-PIPELINING"_ba,
                                                     "250-SIZE 10240000"_ba, "250 8BITMIME"_ba};
    QTest::newRow("multi-line mixed line ends") << "250-a\n250-b\r\n250 c\n"_ba << 250
                                                << QStringList{u"a"_s, u"b"_s, u"c"_s} << QString()
                                                << QList<QByteArray>{"250-a"_ba, "250-b"_ba, "250 c"_ba};
    QTest::newRow("multi-line bare final") << "250-a\r\n250\r\n"_ba << 250 << QStringList{u"a"_s, QString()}
                                           << QString() << QList<QByteArray>{"250-a"_ba, "250"_ba};
    QTest::newRow("empty continuation") << "250-\r\n250 x\r\n"_ba << 250 << QStringList{QString(), u"x"_s}
                                        << QString() << QList<QByteArray>{"250-"_ba, "250 x"_ba};
    QTest::newRow("enhanced 5.7.8") << "535 5.7.8 Authentication credentials invalid\r\n"_ba << 535
                                    << QStringList{u"5.7.8 Authentication credentials invalid"_s} << u"5.7.8"_s
                                    << QList<QByteArray>{"535 5.7.8 Authentication credentials invalid"_ba};
    QTest::newRow("enhanced 2.0.0") << "250 2.0.0 Ok: queued as 4BC1F2\r\n"_ba << 250
                                    << QStringList{u"2.0.0 Ok: queued as 4BC1F2"_s} << u"2.0.0"_s
                                    << QList<QByteArray>{"250 2.0.0 Ok: queued as 4BC1F2"_ba};
    QTest::newRow("enhanced only code") << "554 5.7.1\r\n"_ba << 554 << QStringList{u"5.7.1"_s} << u"5.7.1"_s
                                        << QList<QByteArray>{"554 5.7.1"_ba};
    QTest::newRow("enhanced multi-line first") << "550-5.1.1 no such user\r\n550 5.1.1 see docs\r\n"_ba << 550
                                               << QStringList{u"5.1.1 no such user"_s, u"5.1.1 see docs"_s}
                                               << u"5.1.1"_s
                                               << QList<QByteArray>{"550-5.1.1 no such user"_ba,
                                                                    "550 5.1.1 see docs"_ba};
    QTest::newRow("enhanced only on later line") << "250-hello\r\n250 2.0.0 ok\r\n"_ba << 250
                                                 << QStringList{u"hello"_s, u"2.0.0 ok"_s} << QString()
                                                 << QList<QByteArray>{"250-hello"_ba, "250 2.0.0 ok"_ba};
    QTest::newRow("not enhanced 5.7") << "535 5.7 nope\r\n"_ba << 535 << QStringList{u"5.7 nope"_s} << QString()
                                      << QList<QByteArray>{"535 5.7 nope"_ba};
    QTest::newRow("not enhanced 1.2.3") << "250 1.2.3 nope\r\n"_ba << 250 << QStringList{u"1.2.3 nope"_s}
                                        << QString() << QList<QByteArray>{"250 1.2.3 nope"_ba};
    QTest::newRow("valid UTF-8") << "250 caf\xc3\xa9 \xe2\x9c\x93\r\n"_ba << 250
                                 << QStringList{u"caf\u00e9 \u2713"_s} << QString()
                                 << QList<QByteArray>{"250 caf\xc3\xa9 \xe2\x9c\x93"_ba};
    QTest::newRow("invalid UTF-8") << "250 caf\xe9!\r\n"_ba << 250 << QStringList{u"caf\ufffd!"_s} << QString()
                                   << QList<QByteArray>{"250 caf\xe9!"_ba};
    // QString::fromUtf8 gives one U+FFFD per byte of a truncated sequence.
    QTest::newRow("truncated UTF-8 sequence") << "250 \xe2\x9c\r\n"_ba << 250 << QStringList{u"\ufffd\ufffd"_s}
                                              << QString() << QList<QByteArray>{"250 \xe2\x9c"_ba};
    QTest::newRow("CR inside line kept") << "250 a\rb\r\n"_ba << 250 << QStringList{u"a\rb"_s} << QString()
                                         << QList<QByteArray>{"250 a\rb"_ba};
    QTest::newRow("NUL inside line") << QByteArray("250 a\0b\r\n", 9) << 250
                                     << QStringList{u"a\0b"_s} << QString()
                                     << QList<QByteArray>{QByteArray("250 a\0b", 7)};
}

void TestReplyParser::singleReply()
{
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QStringList, lines);
    QFETCH(QString, enhanced);
    QFETCH(QList<QByteArray>, rawLines);

    Reply expected;
    expected.code = code;
    expected.lines = lines;
    expected.enhanced = enhanced;
    expected.rawLines = rawLines;

    for (const Feed mode : {Feed::AllAtOnce, Feed::ByteByByte}) {
        ReplyParser parser;
        const QList<Reply> replies = feed(parser, input, mode);
        QCOMPARE(parser.error(), ReplyParser::Error::None);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.constFirst(), expected);
        QCOMPARE(parser.bufferedBytes(), 0);
    }
    // Split at every position, which includes between CR and LF.
    for (qsizetype at = 0; at <= input.size(); ++at) {
        ReplyParser parser;
        const QList<Reply> replies = feedSplit(parser, input, at);
        QCOMPARE(parser.error(), ReplyParser::Error::None);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.constFirst(), expected);
    }
}

void TestReplyParser::twoRepliesInOneAppend()
{
    ReplyParser parser;
    parser.append("250-first\r\n250 done\r\n354 go ahead\r\n221 2.0.0 bye"_ba);
    QVERIFY(parser.bufferedBytes() > 0);

    auto r1 = parser.takeReply();
    QVERIFY(r1);
    QCOMPARE(r1->code, 250);
    QCOMPARE(r1->lines, (QStringList{u"first"_s, u"done"_s}));
    auto r2 = parser.takeReply();
    QVERIFY(r2);
    QCOMPARE(r2->code, 354);
    QCOMPARE(r2->text(), u"go ahead"_s);
    QVERIFY(!parser.takeReply());
    QCOMPARE(parser.bufferedBytes(), qsizetype(13)); // "221 2.0.0 bye" without line end

    parser.append("\r\n"_ba);
    auto r3 = parser.takeReply();
    QVERIFY(r3);
    QCOMPARE(r3->code, 221);
    QCOMPARE(r3->enhanced, u"2.0.0"_s);
    QVERIFY(!parser.takeReply());
    QCOMPARE(parser.bufferedBytes(), 0);
    QCOMPARE(parser.error(), ReplyParser::Error::None);
}

void TestReplyParser::incompleteReplyWaits()
{
    ReplyParser parser;
    parser.append("250-a\r\n250-b\r\n"_ba);
    QVERIFY(!parser.takeReply());
    parser.append("250 c"_ba);
    QVERIFY(!parser.takeReply()); // final line without its line end
    parser.append("\r"_ba);
    QVERIFY(!parser.takeReply());
    parser.append("\n"_ba);
    const auto r = parser.takeReply();
    QVERIFY(r);
    QCOMPARE(r->lines.size(), 3);
    QCOMPARE(parser.error(), ReplyParser::Error::None);
}

void TestReplyParser::pendingBytesAreCounted()
{
    ReplyParser parser;
    QCOMPARE(parser.bufferedBytes(), 0);
    parser.append("250-a\r\n"_ba);
    QCOMPARE(parser.bufferedBytes(), 7);
    parser.append("250 b"_ba);
    QCOMPARE(parser.bufferedBytes(), 12);
    parser.append("\n"_ba);
    QCOMPARE(parser.bufferedBytes(), 13); // complete but not taken yet
    QVERIFY(parser.takeReply());
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestReplyParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    // Whether the error must already show before the line end arrives.
    QTest::addColumn<bool>("detectedEarly");

    QTest::newRow("2x0") << "2x0 text\r\n"_ba << true;
    QTest::newRow("600") << "600 text\r\n"_ba << true;
    QTest::newRow("199") << "199 text\r\n"_ba << true;
    QTest::newRow("abc") << "abc\r\n"_ba << true;
    QTest::newRow("25") << "25\r\n"_ba << false;
    QTest::newRow("25 LF") << "25\n"_ba << false;
    QTest::newRow("2") << "2\r\n"_ba << false;
    QTest::newRow("empty line") << "\r\n"_ba << false;
    QTest::newRow("empty line LF") << "\n"_ba << false;
    QTest::newRow("250x") << "250x\r\n"_ba << true;
    QTest::newRow("250 tab") << "250\tok\r\n"_ba << true;
    QTest::newRow("2500") << "2500 ok\r\n"_ba << true;
    QTest::newRow("CR as separator") << "250\rx\r\n"_ba << true;
    QTest::newRow("leading space") << " 250 ok\r\n"_ba << true;
    QTest::newRow("HTTP") << "HTTP/1.1 400 Bad Request\r\n"_ba << true;
    QTest::newRow("TLS record") << "\x16\x03\x01\x02\x00\x01"_ba << true;
    QTest::newRow("bad continuation") << "250-ok\r\n25x-no\r\n"_ba << true;
    QTest::newRow("bad continuation separator") << "250-ok\r\n250_no\r\n"_ba << true;
    QTest::newRow("after a good reply") << "250 ok\r\nxyz\r\n"_ba << true;
    // Found by tests/fuzz (fuzz_reply): the error must not depend on how the bytes were split
    // into reads. A line whose first bytes are wrong is malformed, also when the same read
    // already makes it too long or the reply too large.
    QTest::newRow("junk longer than a line") << "HTTP/1.1 "_ba + QByteArray(5000, 'x') + "\r\n"_ba << true;
    QTest::newRow("junk near the reply size limit")
        << QByteArray("250-"_ba + QByteArray(4090, 'a') + "\r\n"_ba).repeated(15) + "250-"_ba + QByteArray(4088, 'a')
            + "\r\nxyz 20 bytes of junk"_ba
        << true;
}

void TestReplyParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, detectedEarly);

    for (const Feed mode : {Feed::AllAtOnce, Feed::ByteByByte}) {
        ReplyParser parser;
        const QList<Reply> replies = feed(parser, input, mode);
        QCOMPARE(parser.error(), ReplyParser::Error::MalformedCode);
        QVERIFY(!parser.takeReply());
        QCOMPARE(parser.bufferedBytes(), 0);
        Q_UNUSED(replies);
    }
    if (detectedEarly) {
        QByteArray noEnd = input;
        while (noEnd.endsWith('\n') || noEnd.endsWith('\r'))
            noEnd.chop(1);
        ReplyParser parser;
        parser.append(noEnd);
        QCOMPARE(parser.error(), ReplyParser::Error::MalformedCode);
    }
}

void TestReplyParser::inconsistentCode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("250 then 251") << "250-a\r\n251 b\r\n"_ba;
    QTest::newRow("250 then 550") << "250-a\r\n250-b\r\n550 c\r\n"_ba;
    QTest::newRow("continuation differs") << "220-a\r\n250-b\r\n220 c\r\n"_ba;
    QTest::newRow("bare code differs") << "250-a\n354\n"_ba;
}

void TestReplyParser::inconsistentCode()
{
    QFETCH(QByteArray, input);
    for (const Feed mode : {Feed::AllAtOnce, Feed::ByteByByte}) {
        ReplyParser parser;
        const QList<Reply> replies = feed(parser, input, mode);
        QVERIFY(replies.isEmpty());
        QCOMPARE(parser.error(), ReplyParser::Error::InconsistentCode);
        QCOMPARE(parser.bufferedBytes(), 0);
    }
}

void TestReplyParser::errorIsSticky()
{
    ReplyParser parser;
    parser.append("250 good\r\n2x0 bad\r\n"_ba);
    QCOMPARE(parser.error(), ReplyParser::Error::MalformedCode);
    // The documented contract: once in error, nothing comes out, not even earlier replies.
    QVERIFY(!parser.takeReply());
    parser.append("250 fine again\r\n"_ba);
    QVERIFY(!parser.takeReply());
    QCOMPARE(parser.error(), ReplyParser::Error::MalformedCode);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestReplyParser::clearResets()
{
    ReplyParser parser;
    parser.append("250-a\r\n250-b"_ba);
    QVERIFY(parser.bufferedBytes() > 0);
    parser.clear();
    QCOMPARE(parser.bufferedBytes(), 0);
    QCOMPARE(parser.error(), ReplyParser::Error::None);
    parser.append("220 ready\r\n"_ba);
    auto r = parser.takeReply();
    QVERIFY(r);
    QCOMPARE(r->code, 220);
    QCOMPARE(r->lines, QStringList{u"ready"_s});

    parser.append("abc\r\n"_ba);
    QCOMPARE(parser.error(), ReplyParser::Error::MalformedCode);
    parser.clear();
    QCOMPARE(parser.error(), ReplyParser::Error::None);
    parser.append("250 ok\r\n"_ba);
    r = parser.takeReply();
    QVERIFY(r);
    QCOMPARE(r->code, 250);

    // Queued replies are dropped too.
    parser.append("250 one\r\n250 two\r\n"_ba);
    parser.clear();
    QVERIFY(!parser.takeReply());
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestReplyParser::hugeLineWithoutEnd_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::newRow("1 MB at once") << qsizetype(1024 * 1024);
    QTest::newRow("1 KB chunks") << qsizetype(1024);
    QTest::newRow("byte by byte") << qsizetype(1);
}

void TestReplyParser::hugeLineWithoutEnd()
{
    QFETCH(qsizetype, chunkSize);
    const ReplyParser::Limits limits;
    ReplyParser parser(limits);
    QByteArray line = "250 "_ba + QByteArray(1024 * 1024 - 4, 'x');
    qsizetype fedBefore = -1;
    for (qsizetype pos = 0; pos < line.size(); pos += chunkSize) {
        parser.append(QByteArrayView(line).sliced(pos, std::min(chunkSize, line.size() - pos)));
        QVERIFY(parser.bufferedBytes() <= limits.maxLineLength + 1);
        if (parser.error() != ReplyParser::Error::None) {
            fedBefore = pos;
            break;
        }
    }
    QCOMPARE(parser.error(), ReplyParser::Error::LineTooLong);
    // Reported as soon as the limit was crossed, not at the (never coming) line end.
    QVERIFY(fedBefore >= 0);
    QVERIFY(fedBefore <= limits.maxLineLength + 1);
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.takeReply());
}

void TestReplyParser::hugeLineWithEnd()
{
    ReplyParser parser;
    parser.append(QByteArray("250 "_ba + QByteArray(1024 * 1024, 'x') + "\r\n250 ok\r\n"_ba));
    QCOMPARE(parser.error(), ReplyParser::Error::LineTooLong);
    QVERIFY(!parser.takeReply());
    QCOMPARE(parser.bufferedBytes(), 0);

    // Long continuation line after a good first line.
    ReplyParser second;
    second.append("250-ok\r\n"_ba);
    second.append(QByteArray("250-"_ba + QByteArray(5000, 'y')));
    QCOMPARE(second.error(), ReplyParser::Error::LineTooLong);
}

void TestReplyParser::lineLengthBoundary_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("ok");
    // maxLineLength = 10 in the test: the line without its line end may be 10 bytes.
    QTest::newRow("10 with CRLF") << "250 abcdef\r\n"_ba << true;
    QTest::newRow("10 with LF") << "250 abcdef\n"_ba << true;
    QTest::newRow("11 with CRLF") << "250 abcdefg\r\n"_ba << false;
    QTest::newRow("11 with LF") << "250 abcdefg\n"_ba << false;
    QTest::newRow("10 plus stray CR") << "250 abcdef\r\r\n"_ba << false;
}

void TestReplyParser::lineLengthBoundary()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, ok);
    ReplyParser::Limits limits;
    limits.maxLineLength = 10;
    for (const Feed mode : {Feed::AllAtOnce, Feed::ByteByByte}) {
        ReplyParser parser(limits);
        const QList<Reply> replies = feed(parser, input, mode);
        if (ok) {
            QCOMPARE(parser.error(), ReplyParser::Error::None);
            QCOMPARE(replies.size(), 1);
        } else {
            QCOMPARE(parser.error(), ReplyParser::Error::LineTooLong);
            QVERIFY(replies.isEmpty());
        }
    }
}

void TestReplyParser::endlessMultiline_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<ReplyParser::Error>("expected");
    QTest::newRow("short lines") << "250-PIPELINING\r\n"_ba << ReplyParser::Error::TooManyLines;
    QTest::newRow("long lines") << "250-"_ba + QByteArray(2000, 'z') + "\r\n"_ba
                                << ReplyParser::Error::ReplyTooLarge;
}

void TestReplyParser::endlessMultiline()
{
    QFETCH(QByteArray, line);
    QFETCH(ReplyParser::Error, expected);
    const ReplyParser::Limits limits;
    ReplyParser parser(limits);
    for (int i = 0; i < 100000 && parser.error() == ReplyParser::Error::None; ++i) {
        parser.append(line);
        QVERIFY(!parser.takeReply());
        QVERIFY(parser.bufferedBytes() <= limits.maxReplyBytes);
    }
    QCOMPARE(parser.error(), expected);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestReplyParser::maxLinesBoundary()
{
    ReplyParser::Limits limits;
    limits.maxLines = 3;
    {
        ReplyParser parser(limits);
        parser.append("250-a\r\n250-b\r\n250 c\r\n"_ba);
        QVERIFY(parser.takeReply());
        QCOMPARE(parser.error(), ReplyParser::Error::None);
        // The limit is per reply.
        parser.append("250-a\r\n250-b\r\n250 c\r\n"_ba);
        QVERIFY(parser.takeReply());
    }
    {
        ReplyParser parser(limits);
        parser.append("250-a\r\n250-b\r\n250-c\r\n250 d\r\n"_ba);
        QCOMPARE(parser.error(), ReplyParser::Error::TooManyLines);
    }

    ReplyParser::Limits bytes;
    bytes.maxReplyBytes = 14;
    {
        ReplyParser parser(bytes);
        parser.append("250-a\r\n250 b\r\n"_ba); // exactly 14 bytes
        QVERIFY(parser.takeReply());
        parser.append("250-a\r\n250 bc\r\n"_ba);
        QCOMPARE(parser.error(), ReplyParser::Error::ReplyTooLarge);
    }
    {
        // Already too large before the line end arrives.
        ReplyParser parser(bytes);
        parser.append("250-a\r\n250 bcdefgh"_ba);
        QCOMPARE(parser.error(), ReplyParser::Error::ReplyTooLarge);
    }
}

void TestReplyParser::enhancedCodeOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5.7.8") << u"5.7.8 Error: authentication failed"_s << u"5.7.8"_s;
    QTest::newRow("2.0.0") << u"2.0.0 Ok"_s << u"2.0.0"_s;
    QTest::newRow("4.7.0 end") << u"4.7.0"_s << u"4.7.0"_s;
    QTest::newRow("3 digit parts") << u"5.123.456 x"_s << u"5.123.456"_s;
    QTest::newRow("5.7") << u"5.7 x"_s << QString();
    QTest::newRow("1.2.3") << u"1.2.3 x"_s << QString();
    QTest::newRow("3.0.0") << u"3.0.0 x"_s << QString();
    QTest::newRow("4 digit subject") << u"5.1234.1 x"_s << QString();
    QTest::newRow("4 digit detail") << u"5.1.1234 x"_s << QString();
    QTest::newRow("glued text") << u"5.7.8x"_s << QString();
    QTest::newRow("trailing dot") << u"5.7.8. x"_s << QString();
    QTest::newRow("tab after") << u"5.7.8\tx"_s << QString();
    QTest::newRow("leading space") << u" 5.7.8 x"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain text") << u"OK"_s << QString();
    QTest::newRow("missing detail") << u"5.7. x"_s << QString();
    QTest::newRow("arabic digits") << u"5.\u0667.8 x"_s << QString();
}

void TestReplyParser::enhancedCodeOf()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ReplyParser::enhancedCodeOf(text), expected);
}

void TestReplyParser::manySmallAppendsStayLinear()
{
    // 250 lines of 250 bytes, one byte per append: a parser that rescans its
    // buffer on every append would take seconds here.
    QByteArray input;
    for (int i = 0; i < 249; ++i)
        input += "250-"_ba + QByteArray(244, 'a') + "\r\n"_ba;
    input += "250 end\r\n"_ba;
    ReplyParser parser;
    const QList<Reply> replies = feed(parser, input, Feed::ByteByByte);
    QCOMPARE(parser.error(), ReplyParser::Error::None);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.constFirst().lines.size(), 250);
}

void TestReplyParser::randomGarbageNeverCrashes()
{
    QRandomGenerator rng(20240601);
    const ReplyParser::Limits limits;
    static const QByteArray pieces[] = {"250"_ba, "-"_ba, " "_ba, "\r"_ba, "\n"_ba, "\r\n"_ba, "x"_ba,
                                        "\xff"_ba, "5"_ba, "2.0.0"_ba, QByteArray(300, 'q')};
    for (int round = 0; round < 200; ++round) {
        ReplyParser parser(limits);
        for (int i = 0; i < 500; ++i) {
            QByteArray chunk;
            const int parts = int(rng.bounded(1, 8));
            for (int p = 0; p < parts; ++p) {
                if (rng.bounded(4) == 0) {
                    chunk += char(rng.bounded(256));
                } else {
                    chunk += pieces[rng.bounded(int(std::size(pieces)))];
                }
            }
            parser.append(chunk);
            while (auto r = parser.takeReply()) {
                QVERIFY(r->isValid());
                QCOMPARE(r->lines.size(), r->rawLines.size());
            }
            QVERIFY(parser.bufferedBytes() <= limits.maxReplyBytes);
            if (parser.error() != ReplyParser::Error::None)
                parser.clear();
        }
    }
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
