// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Smtp::TestMessage::toDataPayload with arbitrary sender, recipient, subject,
// Message-ID, date and body (as UTF-8 or raw UTF-16: also CR, LF, NUL, lone surrogates).
// Checks the DATA payload invariants (RFC 5321 4.5.2, RFC 5322 2.1.1/2.2.3, RFC 2045 6.7,
// RFC 2047): CRLF line ends only, no line over 998 octets, every line that starts with '.'
// is dot-stuffed, exactly one terminator at the very end, no NUL, exactly the expected
// header fields (no injected ones), and subject and body decode back to what was given.
//
// Input layout (FuzzedDataProvider): flags, the date, then from, to, subject, Message-ID
// (random-length strings), the body is what remains.
#include "fuzzcommon.h"

#include "smtp/testmessage.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QByteArrayList>
#include <QDateTime>
#include <QRegularExpression>

using namespace SmtpDoctor::Smtp;
using namespace Qt::StringLiterals;

namespace {

QString withoutLineBreaks(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c != u'\r' && c != u'\n' && c != QChar(u'\0'))
            out += c;
    }
    return out;
}

// The UTF-8 of a text the way an encoder working character by character produces it.
QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Quoted-printable decoding of the body lines (RFC 2045 6.7), strict about the syntax.
QByteArray decodeQuotedPrintable(const QByteArrayList &lines)
{
    QByteArray out;
    for (const QByteArray &line : lines) {
        FUZZ_CHECK(line.size() <= 76);
        FUZZ_CHECK(!line.endsWith(' ') && !line.endsWith('\t'));
        bool soft = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c != '=') {
                FUZZ_CHECK((c >= 33 && c <= 126) || c == ' ' || c == '\t');
                out += c;
                continue;
            }
            if (i == line.size() - 1) {
                soft = true;
                break;
            }
            FUZZ_CHECK(i + 2 <= line.size() - 1);
            const QByteArray hex = line.mid(i + 1, 2);
            for (const char h : hex)
                FUZZ_CHECK((h >= '0' && h <= '9') || (h >= 'A' && h <= 'F'));
            out += char(hex.toInt(nullptr, 16));
            i += 2;
        }
        if (!soft)
            out += "\r\n";
    }
    return out;
}

// The body as encodeBody() promises it: every line end (CRLF, CR, LF) made CRLF, and a
// last line without one given one.
QByteArray expectedBody(const QString &body)
{
    QByteArray text = utf8(body);
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    QByteArrayList lines = text.split('\n');
    if (lines.constLast().isEmpty())
        lines.removeLast();
    QByteArray out;
    for (const QByteArray &line : std::as_const(lines))
        out += line + "\r\n";
    return out;
}

void checkSubject(const QByteArrayList &lines, const QString &subject)
{
    const QString clean = withoutLineBreaks(subject);
    FUZZ_CHECK(lines.first().startsWith("Subject:"));
    if (clean.isEmpty()) {
        FUZZ_CHECK(lines.size() == 1 && lines.first() == "Subject:");
        return;
    }
    const QByteArray prefix = "Subject: ";
    if (lines.first().startsWith("Subject: =?UTF-8?B?")) {
        // Encoded-words, one per line, each at most 75 characters, holding the UTF-8 text.
        QByteArray decoded;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray word = lines[i].mid(i == 0 ? prefix.size() : 1);
            FUZZ_CHECK(i == 0 || lines[i].startsWith(' '));
            FUZZ_CHECK(word.size() <= 75);
            FUZZ_CHECK(lines[i].size() <= 78);
            FUZZ_CHECK(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
            const auto part = QByteArray::fromBase64Encoding(word.mid(10, word.size() - 12),
                                                             QByteArray::AbortOnBase64DecodingErrors);
            FUZZ_CHECK(part);
            decoded += part.decoded;
        }
        FUZZ_CHECK(decoded == utf8(clean));
    } else {
        // Plain ASCII, folded before blanks: unfolding gives the text back.
        QByteArray unfolded = lines.join(QByteArray());
        FUZZ_CHECK(unfolded == prefix + clean.toLatin1());
        FUZZ_CHECK(!clean.contains("=?"_L1));
        for (const QChar c : clean)
            FUZZ_CHECK(c == u'\t' || (c.unicode() >= 0x20 && c.unicode() < 0x7f));
    }
}

void checkPayload(const TestMessage &message, const QByteArray &payload)
{
    // Line ends: CRLF only.
    for (qsizetype i = 0; i < payload.size(); ++i) {
        if (payload[i] == '\r')
            FUZZ_CHECK(i + 1 < payload.size() && payload[i + 1] == '\n');
        if (payload[i] == '\n')
            FUZZ_CHECK(i > 0 && payload[i - 1] == '\r');
        FUZZ_CHECK(payload[i] != '\0');
    }
    // Exactly one terminator, at the very end.
    FUZZ_CHECK(payload.endsWith("\r\n.\r\n"));
    FUZZ_CHECK(payload.indexOf("\r\n.\r\n") == payload.size() - 5);
    FUZZ_CHECK(!payload.startsWith(".\r\n"));

    QByteArrayList lines = payload.split('\n');
    FUZZ_CHECK(lines.takeLast().isEmpty()); // after the last CRLF
    FUZZ_CHECK(lines.takeLast() == ".\r");
    for (QByteArray &line : lines) {
        line.chop(1); // the CR
        FUZZ_CHECK(line.size() <= 998);
        // Dot-stuffed: a line that starts with '.' starts with "..".
        if (line.startsWith('.'))
            FUZZ_CHECK(line.startsWith(".."));
    }
    for (QByteArray &line : lines) {
        if (line.startsWith('.'))
            line.remove(0, 1);
    }

    // Header section: exactly the expected fields, in order; continuation lines only for Subject.
    const qsizetype empty = lines.indexOf(QByteArray());
    FUZZ_CHECK(empty > 0);
    QString id = withoutLineBreaks(message.messageId).trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    QByteArrayList expected;
    if (message.date.isValid())
        expected << "Date";
    expected << "From" << "To" << "Subject";
    if (!id.isEmpty())
        expected << "Message-ID";
    expected << "MIME-Version" << "Content-Type" << "Content-Transfer-Encoding" << "X-Mailer";
    QByteArrayList names;
    QByteArrayList subjectLines;
    for (qsizetype i = 0; i < empty; ++i) {
        const QByteArray &line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t')) {
            FUZZ_CHECK(!names.isEmpty() && names.last() == "Subject");
            FUZZ_CHECK(!line.trimmed().isEmpty()); // no whitespace-only continuation line
            subjectLines << line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        FUZZ_CHECK(colon > 0);
        names << line.left(colon);
        if (names.last() == "Subject")
            subjectLines << line;
    }
    FUZZ_CHECK(names == expected);
    checkSubject(subjectLines, message.subject);
    if (message.date.isValid()) {
        static const QRegularExpression date(
            u"^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
            u"\\d{4,} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}$"_s);
        FUZZ_CHECK(date.match(QString::fromLatin1(lines[0])).hasMatch());
    }

    // Body: quoted-printable that decodes to the given text.
    const QByteArrayList bodyLines = lines.mid(empty + 1);
    FUZZ_CHECK(decodeQuotedPrintable(bodyLines) == expectedBody(message.body));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    const uint8_t flags = fdp.ConsumeIntegral<uint8_t>();
    const auto str = [&](bool utf16, size_t max) {
        const std::string raw = fdp.ConsumeRandomLengthString(max);
        return SmtpDoctor::Fuzz::text(QByteArray::fromStdString(raw), utf16);
    };

    TestMessage message;
    if (flags & 1) {
        // Any moment from 1970 to 9999, any offset up to +-14 hours.
        const qint64 ms = fdp.ConsumeIntegralInRange<qint64>(0, 253402214400000LL);
        const int offset = fdp.ConsumeIntegralInRange<int>(-14 * 3600, 14 * 3600);
        message.date = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
    }
    message.from = str(flags & 2, 1100);
    message.to = str(flags & 4, 1100);
    message.subject = str(flags & 8, 3000);
    message.messageId = str(flags & 16, 1100);
    const std::vector<uint8_t> rest = fdp.ConsumeRemainingBytes<uint8_t>();
    message.body = SmtpDoctor::Fuzz::text(QByteArray(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size())),
                                          flags & 32);

    checkPayload(message, message.toDataPayload());

    // The helpers on their own.
    bool nonAscii = false;
    for (const QChar c : message.from)
        nonAscii = nonAscii || c.unicode() > 0x7f;
    FUZZ_CHECK(TestMessage::needsSmtpUtf8(message.from) == nonAscii);
    static const QRegularExpression messageId(u"^[0-9a-f]{32}@[a-z0-9.-]{1,253}$"_s);
    FUZZ_CHECK(messageId.match(TestMessage::generateMessageId(message.from)).hasMatch());

    const QByteArray crlfText = utf8(message.body);
    const QByteArray stuffed = dotStuff(crlfText);
    QByteArray unstuffed;
    bool lineStart = true;
    for (qsizetype i = 0; i < stuffed.size(); ++i) {
        if (lineStart && stuffed[i] == '.') {
            FUZZ_CHECK(i + 1 < stuffed.size() && stuffed[i + 1] == '.');
            ++i;
        }
        unstuffed += stuffed[i];
        lineStart = stuffed[i] == '\n';
    }
    FUZZ_CHECK(unstuffed == crlfText);
    return 0;
}
