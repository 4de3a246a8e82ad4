// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/testmessage.h"

#include <QByteArrayList>
#include <QRandomGenerator>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Smtp {

namespace {

constexpr qsizetype kFoldAt = 78;          // RFC 5322 2.1.1 "SHOULD"
constexpr qsizetype kMaxLine = 998;        // RFC 5322 2.1.1 "MUST", without CRLF
constexpr qsizetype kQpLine = 76;          // RFC 2045 6.7 (5)
const QByteArray kCrlf = "\r\n"_ba;

// Header values never carry line breaks or NULs: they are removed, which also
// makes header injection ("x\r\nBcc: ...") impossible.
QString sanitizeHeaderValue(const QString &value)
{
    QString result;
    result.reserve(value.size());
    for (const QChar c : value) {
        if (c != u'\r' && c != u'\n' && c != QChar(u'\0'))
            result.append(c);
    }
    return result;
}

// Cuts UTF-8 text to at most maxBytes without splitting a multi-byte sequence.
QByteArray truncateUtf8(const QByteArray &utf8, qsizetype maxBytes)
{
    if (utf8.size() <= maxBytes)
        return utf8;
    qsizetype cut = maxBytes;
    // Step back over continuation bytes (10xxxxxx) to the start of a sequence.
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
        --cut;
    return utf8.left(cut);
}

// "Name: value" as one line; an overlong value (which cannot be folded, like an
// addr-spec) is cut so the line stays within 998 octets.
QByteArray simpleHeader(const char *name, const QString &value)
{
    const QByteArray prefix = QByteArray(name) + ": "_ba;
    return prefix + truncateUtf8(sanitizeHeaderValue(value).toUtf8(), kMaxLine - prefix.size()) + kCrlf;
}

QByteArray rfc5322Date(const QDateTime &dt)
{
    static constexpr std::array<const char *, 7> days{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char *, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = dt.date();
    const QTime t = dt.time();
    const int offsetMinutes = dt.offsetFromUtc() / 60;
    const int absOffset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    const auto two = [](int v) { return QByteArray::number(v).rightJustified(2, '0'); };

    QByteArray out;
    out += days[static_cast<size_t>(d.dayOfWeek() - 1)];
    out += ", "_ba + QByteArray::number(d.day()) + ' ';
    out += months[static_cast<size_t>(d.month() - 1)];
    out += ' ' + QByteArray::number(d.year()).rightJustified(4, '0');
    out += ' ' + two(t.hour()) + ':' + two(t.minute()) + ':' + two(t.second());
    out += ' ';
    out += offsetMinutes < 0 ? '-' : '+';
    out += two(absOffset / 60) + two(absOffset % 60);
    return out;
}

// Whether the text can go into an unstructured header as it is: printable
// ASCII and tabs only, and nothing that a reader could take for an encoded-word.
bool isPlainAsciiHeaderText(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u != u'\t' && (u < 0x20 || u >= 0x7F))
            return false;
    }
    return !text.contains("=?"_L1);
}

// Folds "Name: text" (ASCII) at blanks so lines stay within 78 characters where
// a blank allows it. A break goes before a blank that follows text, so no line
// is made of blanks only. Returns the lines without CRLF. Linear in the input.
QByteArrayList foldAscii(const QByteArray &line)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    QByteArrayList lines;
    const qsizetype n = line.size();
    // The last character that is not a blank: every break must leave text behind it.
    qsizetype lastText = n - 1;
    while (lastText >= 0 && blank(line[lastText]))
        --lastText;
    const auto breakable = [&](qsizetype i) { return blank(line[i]) && !blank(line[i - 1]); };

    qsizetype start = 0;
    // Never fold right after "Name:" (the first line would hold no text).
    qsizetype minBreak = line.indexOf(':') + 2;
    while (n - start > kFoldAt) {
        qsizetype breakAt = -1;
        for (qsizetype i = std::min(start + kFoldAt, lastText); i >= minBreak && i > start; --i) {
            if (breakable(i)) {
                breakAt = i;
                break;
            }
        }
        if (breakAt < 0) { // no blank early enough: take the first one after the limit
            for (qsizetype i = std::max(start + kFoldAt + 1, minBreak); i < lastText; ++i) {
                if (breakable(i)) {
                    breakAt = i;
                    break;
                }
            }
        }
        if (breakAt < 0)
            break;
        lines.append(line.sliced(start, breakAt - start));
        start = breakAt; // the blank starts the continuation line
        minBreak = start + 1;
    }
    lines.append(line.sliced(start));
    return lines;
}

// RFC 2047 "B" encoded-words, each holding whole characters and at most 75
// characters long, on folded lines of at most 78 characters.
QByteArrayList encodedWordLines(const QByteArray &prefix, const QString &text)
{
    // "=?UTF-8?B?" + base64 + "?=": 12 characters around the base64 text.
    // First line: "Subject: " + word <= 78 -> 56 base64 chars -> 42 bytes.
    // Continuation: " " + word, word <= 75 (RFC 2047) -> 60 base64 chars -> 45 bytes.
    const qsizetype firstMax = std::max<qsizetype>(((kFoldAt - prefix.size() - 12) / 4) * 3, 3);
    constexpr qsizetype nextMax = 45;

    QByteArrayList chunks;
    QByteArray current;
    const auto limit = [&] { return chunks.isEmpty() ? firstMax : nextMax; };
    for (qsizetype i = 0; i < text.size();) {
        qsizetype len = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            len = 2;
        const QByteArray ch = QStringView(text).sliced(i, len).toUtf8();
        i += len;
        if (!current.isEmpty() && current.size() + ch.size() > limit()) {
            chunks.append(current);
            current.clear();
        }
        current += ch;
    }
    if (!current.isEmpty())
        chunks.append(current);

    QByteArrayList lines;
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QByteArray word = "=?UTF-8?B?"_ba + chunks.at(i).toBase64() + "?="_ba;
        lines.append((i == 0 ? prefix : " "_ba) + word);
    }
    if (lines.isEmpty())
        lines.append(prefix.trimmed());
    return lines;
}

QByteArray subjectHeader(const QString &subject)
{
    const QString clean = sanitizeHeaderValue(subject);
    const QByteArray prefix = "Subject: "_ba;
    QByteArrayList lines;
    if (clean.isEmpty()) {
        lines.append("Subject:"_ba);
    } else {
        if (isPlainAsciiHeaderText(clean)) {
            lines = foldAscii(prefix + clean.toLatin1());
            for (const QByteArray &l : std::as_const(lines)) {
                if (l.size() > kMaxLine) { // an unbreakable run: encoded-words can be split anywhere
                    lines.clear();
                    break;
                }
            }
        }
        if (lines.isEmpty())
            lines = encodedWordLines(prefix, clean);
    }
    return lines.join(kCrlf) + kCrlf;
}

// Quoted-printable (RFC 2045 6.7) of one line of text without its line end;
// soft line breaks keep every encoded line within 76 characters.
void appendQuotedPrintableLine(QByteArray &out, QByteArrayView line)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray current;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(line[i]);
        const bool last = i == n - 1;
        char token[3];
        qsizetype tokenSize = 1;
        const bool literal = ((b == ' ' || b == '\t') && !last) || (b >= 33 && b <= 126 && b != '=');
        if (literal) {
            token[0] = static_cast<char>(b);
        } else {
            token[0] = '=';
            token[1] = hex[b >> 4];
            token[2] = hex[b & 0x0F];
            tokenSize = 3;
        }
        // Room must stay for the '=' of a soft break, unless this is the last token.
        const qsizetype room = last ? kQpLine : kQpLine - 1;
        if (current.size() + tokenSize > room) {
            out += current + "="_ba + kCrlf;
            current.clear();
        }
        current.append(token, tokenSize);
    }
    out += current + kCrlf;
}

// The body as quoted-printable UTF-8 with every line end (CRLF, CR, LF) made CRLF.
QByteArray encodeBody(const QString &body)
{
    const QByteArray utf8 = body.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 8 + 16);
    qsizetype start = 0;
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = utf8[i];
        if (c == '\r' || c == '\n') {
            appendQuotedPrintableLine(out, QByteArrayView(utf8).sliced(start, i - start));
            i += (c == '\r' && i + 1 < n && utf8[i + 1] == '\n') ? 2 : 1;
            start = i;
        } else {
            ++i;
        }
    }
    if (start < n) // a last line without a line end gets one
        appendQuotedPrintableLine(out, QByteArrayView(utf8).sliced(start, n - start));
    return out;
}

bool isAsciiDomainLabelChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// The domain of an address, in ASCII (IDNA) and lower case, or empty when there
// is none or it is not a plain host name.
QByteArray domainOf(const QString &address)
{
    QString addr = sanitizeHeaderValue(address).trimmed();
    if (addr.startsWith(u'<'))
        addr.remove(0, 1);
    if (addr.endsWith(u'>'))
        addr.chop(1);
    const qsizetype at = addr.lastIndexOf(u'@');
    if (at < 0)
        return {};
    const QString domain = addr.mid(at + 1).trimmed();
    if (domain.isEmpty() || domain.size() > 253)
        return {};
    QByteArray ace = QUrl::toAce(domain).toLower();
    if (ace.endsWith('.'))
        ace.chop(1);
    if (ace.isEmpty() || ace.size() > 253)
        return {};
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return {};
        for (const char c : label) {
            if (!isAsciiDomainLabelChar(c))
                return {};
        }
    }
    return ace;
}

} // namespace

QByteArray TestMessage::toDataPayload() const
{
    QByteArray head;
    if (date.isValid())
        head += "Date: "_ba + rfc5322Date(date) + kCrlf;
    head += simpleHeader("From", from);
    head += simpleHeader("To", to);
    head += subjectHeader(subject);
    QString id = sanitizeHeaderValue(messageId).trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    if (!id.isEmpty()) {
        const QByteArray prefix = "Message-ID: <"_ba;
        head += prefix + truncateUtf8(id.toUtf8(), kMaxLine - prefix.size() - 1) + ">"_ba + kCrlf;
    }
    head += "MIME-Version: 1.0\r\n"_ba;
    head += "Content-Type: text/plain; charset=UTF-8\r\n"_ba;
    head += "Content-Transfer-Encoding: quoted-printable\r\n"_ba;
    head += "X-Mailer: SMTP Doctor\r\n"_ba;

    // Headers, the empty line, the body (ending in CRLF when not empty), then ".".
    return dotStuff(head + kCrlf + encodeBody(body)) + ".\r\n"_ba;
}

bool TestMessage::needsSmtpUtf8(const QString &address)
{
    for (const QChar c : address) {
        if (c.unicode() > 0x7F)
            return true;
    }
    return false;
}

QString TestMessage::generateMessageId(const QString &from)
{
    std::array<quint32, 4> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    QByteArray left;
    for (const quint32 r : random)
        left += QByteArray::number(r, 16).rightJustified(8, '0');
    QByteArray domain = domainOf(from);
    if (domain.isEmpty())
        domain = "smtp-doctor.invalid"_ba;
    return QString::fromLatin1(left + '@' + domain);
}

QByteArray dotStuff(const QByteArray &crlfText)
{
    QByteArray out;
    out.reserve(crlfText.size() + 16);
    bool lineStart = true;
    for (const char c : crlfText) {
        if (lineStart && c == '.')
            out += '.';
        out += c;
        // Stuffing after a bare LF too costs nothing and protects lenient servers.
        lineStart = c == '\n';
    }
    return out;
}

} // namespace SmtpDoctor::Smtp
