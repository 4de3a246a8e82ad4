// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/testmessage.h"

#include <QByteArrayList>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using SmtpDoctor::Smtp::TestMessage;

namespace {

TestMessage sample()
{
    TestMessage m;
    m.from = u"alice@example.org"_s;
    m.to = u"bob@example.net"_s;
    m.subject = u"SMTP Doctor test"_s;
    m.body = u"Hello Bob,\nthis is a test.\n"_s;
    m.date = QDateTime(QDate(2024, 3, 5), QTime(7, 8, 9), QTimeZone(3600));
    m.messageId = u"0123abcd@example.org"_s;
    return m;
}

// Header block and body of a payload, with the dot-stuffing and the terminator undone.
struct Parsed
{
    QByteArrayList headerLines; // physical lines
    QByteArray body;            // CRLF lines, still quoted-printable
};

Parsed split(const QByteArray &payload)
{
    Parsed p;
    QByteArray text = payload;
    if (!text.endsWith("\r\n.\r\n"))
        return p;
    text.chop(3); // ".\r\n"
    QByteArrayList lines = text.split('\n');
    lines.removeLast(); // after the final CRLF
    bool inBody = false;
    for (QByteArray line : lines) {
        line.chop(1); // CR
        if (line.startsWith('.'))
            line.remove(0, 1);
        if (inBody) {
            p.body += line + "\r\n";
        } else if (line.isEmpty()) {
            inBody = true;
        } else {
            p.headerLines.append(line);
        }
    }
    return p;
}

// The unfolded value of a header, or a null QByteArray.
QByteArray headerValue(const Parsed &p, QByteArrayView name)
{
    const QByteArray prefix = name.toByteArray() + ':';
    for (qsizetype i = 0; i < p.headerLines.size(); ++i) {
        if (!p.headerLines.at(i).startsWith(prefix))
            continue;
        QByteArray value = p.headerLines.at(i).mid(prefix.size());
        for (qsizetype j = i + 1; j < p.headerLines.size(); ++j) {
            const QByteArray &next = p.headerLines.at(j);
            if (!next.startsWith(' ') && !next.startsWith('\t'))
                break;
            value += next; // unfolding removes only the CRLF
        }
        return value.startsWith(' ') ? value.mid(1) : value;
    }
    return {};
}

// RFC 2047 decoding of "B" UTF-8 encoded-words; blanks between adjacent words vanish.
QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString v = QString::fromLatin1(value);
    QByteArray out;
    qsizetype pos = 0;
    bool previousWasWord = false;
    auto it = word.globalMatch(v);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = v.mid(pos, m.capturedStart() - pos);
        if (!(previousWasWord && between.trimmed().isEmpty()))
            out += between.toUtf8();
        out += QByteArray::fromBase64(m.captured(1).toLatin1());
        pos = m.capturedEnd();
        previousWasWord = true;
    }
    out += v.mid(pos).toUtf8();
    return QString::fromUtf8(out);
}

QByteArray decodeQuotedPrintable(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        const char c = qp[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (qp.mid(i + 1, 2) == "\r\n") { // soft line break
            i += 2;
            continue;
        }
        bool ok = false;
        out += char(qp.mid(i + 1, 2).toInt(&ok, 16));
        if (!ok)
            return "<bad QP>";
        i += 2;
    }
    return out;
}

// Every CR is followed by LF and every LF preceded by CR.
bool onlyCrlf(const QByteArray &data)
{
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n'))
            return false;
        if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r'))
            return false;
    }
    return true;
}

qsizetype longestLine(const QByteArray &data)
{
    qsizetype longest = 0;
    for (const QByteArray &line : data.split('\n'))
        longest = std::max(longest, line.endsWith('\r') ? line.size() - 1 : line.size());
    return longest;
}

QByteArray normalisedUtf8(const QString &body)
{
    QString s = body;
    s.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    if (!s.isEmpty() && !s.endsWith(u'\n'))
        s += u'\n';
    return s.replace(u"\n"_s, u"\r\n"_s).toUtf8();
}

} // namespace

class TestTestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers();
    void dateFormat_data();
    void dateFormat();
    void dateIgnoresLocale();
    void invalidDateOmitted();
    void messageIdHeader_data();
    void messageIdHeader();
    void wellFormed_data();
    void wellFormed();
    void dotStuffing_data();
    void dotStuffing();
    void dotStuffFunction_data();
    void dotStuffFunction();
    void emptyBody();
    void subject_data();
    void subject();
    void headerInjection();
    void needsSmtpUtf8_data();
    void needsSmtpUtf8();
    void generateMessageId_data();
    void generateMessageId();
    void messageIdIsRandom();
};

void TestTestMessage::headers()
{
    const QByteArray payload = sample().toDataPayload();
    const Parsed p = split(payload);
    QCOMPARE(p.headerLines,
             (QByteArrayList{"Date: Tue, 5 Mar 2024 07:08:09 +0100"_ba, "From: alice@example.org"_ba,
                             "To: bob@example.net"_ba, "Subject: SMTP Doctor test"_ba,
                             "Message-ID: <0123abcd@example.org>"_ba, "MIME-Version: 1.0"_ba,
                             "Content-Type: text/plain; charset=UTF-8"_ba,
                             "Content-Transfer-Encoding: quoted-printable"_ba, "X-Mailer: SMTP Doctor"_ba}));
    QCOMPARE(p.body, "Hello Bob,\r\nthis is a test.\r\n"_ba);
    QVERIFY(payload.endsWith("\r\nthis is a test.\r\n.\r\n"));
}

void TestTestMessage::dateFormat_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("positive offset") << QDateTime(QDate(2024, 3, 5), QTime(7, 8, 9), QTimeZone(3600))
                                     << "Tue, 5 Mar 2024 07:08:09 +0100"_ba;
    QTest::newRow("negative half hour") << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), QTimeZone(-(3 * 3600 + 1800)))
                                        << "Fri, 31 Dec 1999 23:59:59 -0330"_ba;
    QTest::newRow("UTC") << QDateTime(QDate(2021, 7, 18), QTime(0, 0, 0), QTimeZone::utc())
                         << "Sun, 18 Jul 2021 00:00:00 +0000"_ba;
    QTest::newRow("India") << QDateTime(QDate(2020, 2, 29), QTime(12, 30, 0), QTimeZone(5 * 3600 + 1800))
                           << "Sat, 29 Feb 2020 12:30:00 +0530"_ba;
    QTest::newRow("far east") << QDateTime(QDate(2023, 1, 2), QTime(1, 2, 3), QTimeZone(14 * 3600))
                              << "Mon, 2 Jan 2023 01:02:03 +1400"_ba;
}

void TestTestMessage::dateFormat()
{
    QFETCH(QDateTime, date);
    QFETCH(QByteArray, expected);
    TestMessage m = sample();
    m.date = date;
    QCOMPARE(headerValue(split(m.toDataPayload()), "Date"), expected);
}

void TestTestMessage::dateIgnoresLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray german = headerValue(split(sample().toDataPayload()), "Date");
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    const QByteArray japanese = headerValue(split(sample().toDataPayload()), "Date");
    QLocale::setDefault(saved);
    QCOMPARE(german, "Tue, 5 Mar 2024 07:08:09 +0100"_ba);
    QCOMPARE(japanese, german);
}

void TestTestMessage::invalidDateOmitted()
{
    TestMessage m = sample();
    m.date = QDateTime();
    const Parsed p = split(m.toDataPayload());
    QVERIFY(headerValue(p, "Date").isNull());
    QCOMPARE(headerValue(p, "From"), "alice@example.org"_ba);
}

void TestTestMessage::messageIdHeader_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"abc@example.org"_s << "<abc@example.org>"_ba;
    QTest::newRow("already bracketed") << u"<abc@example.org>"_s << "<abc@example.org>"_ba;
    QTest::newRow("line break stripped") << u"abc@exa\r\nmple.org"_s << "<abc@example.org>"_ba;
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestTestMessage::messageIdHeader()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, expected);
    TestMessage m = sample();
    m.messageId = id;
    QCOMPARE(headerValue(split(m.toDataPayload()), "Message-ID"), expected);
}

void TestTestMessage::wellFormed_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");

    QTest::newRow("simple") << u"Hi"_s << u"Hello"_s;
    QTest::newRow("LF body") << u"Hi"_s << u"a\nb\nc\n"_s;
    QTest::newRow("CR body") << u"Hi"_s << u"a\rb\rc"_s;
    QTest::newRow("mixed line ends") << u"Hi"_s << u"a\r\nb\nc\rd\n\re\r\r\nf"_s;
    QTest::newRow("only line ends") << u"Hi"_s << u"\n\n\r\r\n"_s;
    QTest::newRow("trailing blanks") << u"Hi"_s << u"blank at end \ntab at end\t\n \n"_s;
    QTest::newRow("equals and controls") << u"Hi"_s << u"a=b \x01\x7f =\n=3D"_s;
    QTest::newRow("NUL in body") << u"Hi"_s << u"a\0b"_s;
    QTest::newRow("non-ASCII body") << u"Hi"_s << u"Gr\u00fc\u00dfe aus K\u00f6ln \U0001F600\n\u65e5\u672c\u8a9e"_s;
    QTest::newRow("long ASCII line") << u"Hi"_s << QString(5000, u'x');
    QTest::newRow("long line of equals") << u"Hi"_s << QString(3000, u'=');
    QTest::newRow("long line of blanks") << u"Hi"_s << QString(3000, u' ');
    QTest::newRow("long non-ASCII line") << u"Hi"_s << QString(3000, QChar(0x00e9));
    QTest::newRow("long line of dots") << u"Hi"_s << QString(2000, u'.');
    QTest::newRow("dots after soft breaks") << u"Hi"_s << u"x"_s.repeated(75) + u"."_s.repeated(300);
    QTest::newRow("terminator in body") << u"Hi"_s << u"a\r\n.\r\nb"_s;
    QTest::newRow("many short lines") << u"Hi"_s << u"line\n"_s.repeated(2000);
    QTest::newRow("long ASCII subject") << QString(2000, u'S') << u"b"_s;
    QTest::newRow("long worded subject") << u"word "_s.repeated(300) << u"b"_s;
    QTest::newRow("long non-ASCII subject") << u"\u00c4rger "_s.repeated(200) << u"b"_s;
    QTest::newRow("subject with line breaks") << u"a\r\nb\rc\nd"_s << u"b"_s;
    QTest::newRow("empty everything") << QString() << QString();
}

void TestTestMessage::wellFormed()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    TestMessage m = sample();
    m.subject = subject;
    m.body = body;
    const QByteArray payload = m.toDataPayload();

    QVERIFY(onlyCrlf(payload));
    QVERIFY(payload.endsWith("\r\n.\r\n"));
    QCOMPARE(payload.count("\r\n.\r\n"), qsizetype(1));
    QVERIFY(longestLine(payload) <= 998);
    for (const char c : payload)
        QVERIFY2(c != '\0', "NUL in payload");

    const Parsed p = split(payload);
    QVERIFY(!p.headerLines.isEmpty());
    // Headers: ASCII only here (addresses are ASCII), subject folded within 78 when encoded.
    for (const QByteArray &line : p.headerLines) {
        for (const char c : line)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
    }
    // Body: ASCII, at most 76 characters per line, and it decodes back to the input.
    for (const char c : p.body)
        QVERIFY(static_cast<unsigned char>(c) < 0x80);
    QVERIFY(longestLine(p.body) <= 76);
    QCOMPARE(decodeQuotedPrintable(p.body), normalisedUtf8(body));
    // No trailing blank on any encoded line (RFC 2045 6.7 (3)).
    for (const QByteArray &line : p.body.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY(!l.endsWith(' ') && !l.endsWith('\t'));
    }
}

void TestTestMessage::dotStuffing_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("expectedWire"); // the body part of the payload, before the terminator

    QTest::newRow("lone dot") << u"a\n.\nb"_s << "a\r\n..\r\nb\r\n"_ba;
    QTest::newRow("two dots") << u"..x"_s << "...x\r\n"_ba;
    QTest::newRow("body starts with dot") << u".hidden"_s << "..hidden\r\n"_ba;
    QTest::newRow("only a dot") << u"."_s << "..\r\n"_ba;
    QTest::newRow("dot in the middle") << u"a.b\n.c"_s << "a.b\r\n..c\r\n"_ba;
    QTest::newRow("terminator sequence") << u"a\r\n.\r\n"_s << "a\r\n..\r\n"_ba;
}

void TestTestMessage::dotStuffing()
{
    QFETCH(QString, body);
    QFETCH(QByteArray, expectedWire);
    TestMessage m = sample();
    m.body = body;
    const QByteArray payload = m.toDataPayload();
    const qsizetype bodyStart = payload.indexOf("\r\n\r\n") + 4;
    QCOMPARE(payload.mid(bodyStart), expectedWire + ".\r\n"_ba);
    QCOMPARE(payload.count("\r\n.\r\n"), qsizetype(1));
}

void TestTestMessage::dotStuffFunction_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("dot") << "."_ba << ".."_ba;
    QTest::newRow("no dots at line start") << "a.b\r\nc.\r\n"_ba << "a.b\r\nc.\r\n"_ba;
    QTest::newRow("each line") << ".a\r\n.\r\n..b\r\n"_ba << "..a\r\n..\r\n...b\r\n"_ba;
    QTest::newRow("terminator") << "x\r\n.\r\ny"_ba << "x\r\n..\r\ny"_ba;
    QTest::newRow("after bare LF too") << "x\n.y"_ba << "x\n..y"_ba;
    QTest::newRow("not after bare CR") << "x\r.y"_ba << "x\r.y"_ba;
}

void TestTestMessage::dotStuffFunction()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(SmtpDoctor::Smtp::dotStuff(input), expected);
}

void TestTestMessage::emptyBody()
{
    TestMessage m = sample();
    m.body.clear();
    const QByteArray payload = m.toDataPayload();
    QVERIFY(payload.endsWith("X-Mailer: SMTP Doctor\r\n\r\n.\r\n"));
    QCOMPARE(payload.count("\r\n.\r\n"), qsizetype(1));
}

void TestTestMessage::subject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("encoded");

    QTest::newRow("ASCII") << u"Test from SMTP Doctor"_s << false;
    QTest::newRow("ASCII with tab") << u"a\tb"_s << false;
    QTest::newRow("umlauts") << u"Gr\u00fc\u00dfe aus K\u00f6ln"_s << true;
    QTest::newRow("emoji") << u"Test \U0001F600\U0001F44D"_s << true;
    QTest::newRow("CJK long") << u"\u65e5\u672c\u8a9e\u306e\u4ef6\u540d"_s.repeated(30) << true;
    QTest::newRow("emoji long") << u"\U0001F600"_s.repeated(100) << true;
    QTest::newRow("looks encoded") << u"=?UTF-8?B?SGk=?="_s << true;
    QTest::newRow("control character") << u"bell\x07"_s << true;
    QTest::newRow("long ASCII words") << u"lorem ipsum "_s.repeated(40).trimmed() << false;
    QTest::newRow("unbreakable ASCII") << QString(1500, u'z') << true;
    QTest::newRow("ASCII long word then short") << QString(120, u'y') + u" end"_s << false;
    QTest::newRow("trailing blanks") << u"x "_s.repeated(60) + u"     "_s << false;
}

void TestTestMessage::subject()
{
    QFETCH(QString, subject);
    QFETCH(bool, encoded);
    TestMessage m = sample();
    m.subject = subject;
    const QByteArray payload = m.toDataPayload();
    const Parsed p = split(payload);
    const QByteArray value = headerValue(p, "Subject");
    QVERIFY(!value.isNull());
    QCOMPARE(value.contains("=?UTF-8?B?"), encoded);
    QCOMPARE(decodeWords(value), subject);

    // Physical Subject lines: within 78 whenever a break was possible.
    bool inSubject = false;
    for (const QByteArray &line : p.headerLines) {
        if (line.startsWith("Subject:"))
            inSubject = true;
        else if (!line.startsWith(' ') && !line.startsWith('\t'))
            inSubject = false;
        if (!inSubject)
            continue;
        QVERIFY(line.size() <= 998);
        QVERIFY2(!line.trimmed().isEmpty(), "whitespace-only folded line");
        const bool unbreakable = !encoded && subject.contains(QString(100, u'y'));
        if (!unbreakable)
            QVERIFY2(line.size() <= 78, line.constData());
        // RFC 2047: an encoded-word is at most 75 characters.
        if (encoded) {
            for (const QByteArray &w : line.trimmed().split(' '))
                QVERIFY(w.size() <= 75);
        }
    }
}

void TestTestMessage::headerInjection()
{
    TestMessage m = sample();
    m.from = u"alice@example.org\r\nBcc: victim@example.com"_s;
    m.to = u"bob@example.net\nX-Evil: 1"_s;
    m.subject = u"Hi\r\nBcc: other@example.com\r\n\r\nbody"_s;
    m.messageId = u"id@x\rX-Evil: 2"_s;
    const QByteArray payload = m.toDataPayload();
    QVERIFY(onlyCrlf(payload));
    const Parsed p = split(payload);
    for (const QByteArray &line : p.headerLines) {
        QVERIFY2(!line.startsWith("Bcc:"), line.constData());
        QVERIFY2(!line.startsWith("X-Evil:"), line.constData());
    }
    QCOMPARE(headerValue(p, "From"), "alice@example.orgBcc: victim@example.com"_ba);
    QCOMPARE(headerValue(p, "X-Mailer"), "SMTP Doctor"_ba);

    // Very long address: the header is cut, the line limit holds.
    m = sample();
    m.to = QString(3000, u'a') + u"@example.net"_s;
    QVERIFY(longestLine(m.toDataPayload()) <= 998);
    m.to = QString(3000, QChar(0x00e4)) + u"@example.net"_s;
    const QByteArray utf8Payload = m.toDataPayload();
    QVERIFY(longestLine(utf8Payload) <= 998);
    QVERIFY(!QString::fromUtf8(utf8Payload).contains(QChar::ReplacementCharacter)); // not cut inside a character
}

void TestTestMessage::needsSmtpUtf8_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("needed");
    QTest::newRow("ASCII") << u"user@example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("local part") << u"j\u00f6rg@example.com"_s << true;
    QTest::newRow("domain") << u"user@b\u00fccher.de"_s << true;
    QTest::newRow("CJK") << u"\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a"_s << true;
    QTest::newRow("DEL is ASCII") << u"a\x7f@example.com"_s << false;
    QTest::newRow("punycode") << u"user@xn--bcher-kva.de"_s << false;
}

void TestTestMessage::needsSmtpUtf8()
{
    QFETCH(QString, address);
    QFETCH(bool, needed);
    QCOMPARE(TestMessage::needsSmtpUtf8(address), needed);
}

void TestTestMessage::generateMessageId_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("domain");
    QTest::newRow("plain") << u"alice@example.org"_s << u"example.org"_s;
    QTest::newRow("upper case") << u"Alice@Mail.Example.ORG"_s << u"mail.example.org"_s;
    QTest::newRow("angle brackets") << u"<alice@example.org>"_s << u"example.org"_s;
    QTest::newRow("IDN") << u"a@b\u00fccher.de"_s << u"xn--bcher-kva.de"_s;
    QTest::newRow("quoted local part with @") << u"\"a@b\"@example.com"_s << u"example.com"_s;
    QTest::newRow("no domain") << u"alice"_s << u"smtp-doctor.invalid"_s;
    QTest::newRow("empty") << QString() << u"smtp-doctor.invalid"_s;
    QTest::newRow("empty domain") << u"alice@"_s << u"smtp-doctor.invalid"_s;
    QTest::newRow("address literal") << u"a@[192.0.2.1]"_s << u"smtp-doctor.invalid"_s;
    QTest::newRow("garbage domain") << u"a@exa mple>.org"_s << u"smtp-doctor.invalid"_s;
    QTest::newRow("header injection") << u"a@example.org\r\nBcc: x"_s << u"smtp-doctor.invalid"_s;
}

void TestTestMessage::generateMessageId()
{
    QFETCH(QString, from);
    QFETCH(QString, domain);
    const QString id = TestMessage::generateMessageId(from);
    static const QRegularExpression shape(u"^[0-9a-f]{32}@(.+)$"_s);
    const auto match = shape.match(id);
    QVERIFY2(match.hasMatch(), qPrintable(id));
    QCOMPARE(match.captured(1), domain);

    const QString host = QSysInfo::machineHostName();
    if (host.size() > 3 && host != u"localhost"_s && !domain.contains(host, Qt::CaseInsensitive))
        QVERIFY(!id.contains(host, Qt::CaseInsensitive));
}

void TestTestMessage::messageIdIsRandom()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(TestMessage::generateMessageId(u"a@example.org"_s));
    QCOMPARE(seen.size(), 100);
}

QTEST_GUILESS_MAIN(TestTestMessage)
#include "tst_testmessage.moc"
