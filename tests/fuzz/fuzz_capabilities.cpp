// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Smtp::Capabilities::fromEhloReply: the input is an EHLO reply body, one line per
// '\n', wrapped as a 250 reply (directly, and through the real ReplyParser with "250-"
// prefixes). Checks the documented shape of the result against a simple reference.
//
// Input layout: the reply text first; the last byte selects the variant (text as UTF-8 or
// UTF-16, reply code 250 or not).
#include "fuzzcommon.h"

#include "smtp/capabilities.h"
#include "smtp/replyparser.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QSet>

using namespace Qt::StringLiterals;
using SmtpDoctor::Smtp::Capabilities;
using SmtpDoctor::Smtp::Reply;
using SmtpDoctor::Smtp::ReplyParser;

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isMechanismName(const QString &name)
{
    if (name.isEmpty() || name.size() > 20)
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'))
            return false;
    }
    return true;
}

// The first blank-separated word of a line, with the ASCII letters upper-cased and
// "AUTH=..." reduced to "AUTH" (reference for the keyword flags).
QString referenceName(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    qsizetype j = i;
    while (j < line.size() && !isBlank(line[j]))
        ++j;
    QString word = line.mid(i, j - i);
    for (QChar &c : word) {
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - 32);
    }
    if (word.startsWith(u"AUTH="))
        word.truncate(4);
    return word;
}

void check(const Reply &reply)
{
    const Capabilities caps = Capabilities::fromEhloReply(reply);
    if (reply.code != 250) {
        FUZZ_CHECK(caps == Capabilities());
        FUZZ_CHECK(!caps.valid);
        return;
    }
    FUZZ_CHECK(caps.valid);
    FUZZ_CHECK(caps.esmtp);
    FUZZ_CHECK(caps.keywords.size() <= std::max<qsizetype>(reply.lines.size() - 1, 0));
    for (const QChar c : caps.serverName)
        FUZZ_CHECK(!isBlank(c));

    QSet<QString> names;
    for (const QString &keyword : caps.keywords) {
        FUZZ_CHECK(!keyword.isEmpty());
        FUZZ_CHECK(keyword == keyword.trimmed());
        names.insert(referenceName(keyword));
    }
    FUZZ_CHECK(caps.startTls == names.contains(u"STARTTLS"_s));
    FUZZ_CHECK(caps.pipelining == names.contains(u"PIPELINING"_s));
    FUZZ_CHECK(caps.eightBitMime == names.contains(u"8BITMIME"_s));
    FUZZ_CHECK(caps.smtpUtf8 == names.contains(u"SMTPUTF8"_s));
    FUZZ_CHECK(caps.chunking == names.contains(u"CHUNKING"_s));
    FUZZ_CHECK(caps.dsn == names.contains(u"DSN"_s));
    FUZZ_CHECK(caps.enhancedStatusCodes == names.contains(u"ENHANCEDSTATUSCODES"_s));
    FUZZ_CHECK(caps.requireTls == names.contains(u"REQUIRETLS"_s));
    if (!names.contains(u"SIZE"_s))
        FUZZ_CHECK(!caps.size.has_value());
    if (caps.size)
        FUZZ_CHECK(*caps.size >= 0);
    if (!caps.authMechanisms.isEmpty())
        FUZZ_CHECK(names.contains(u"AUTH"_s));

    QSet<QString> seen;
    for (const QString &m : caps.authMechanisms) {
        FUZZ_CHECK(isMechanismName(m));
        FUZZ_CHECK(!seen.contains(m));
        seen.insert(m);
        FUZZ_CHECK(caps.offersAuth(m));
        FUZZ_CHECK(caps.offersAuth(m.toLower()));
        FUZZ_CHECK(caps.offersAuth(QString(u' ' + m + u'\t')));
    }
    FUZZ_CHECK(!caps.offersAuth(QString()));
    FUZZ_CHECK(!caps.offersAuth(u"  "_s));

    const QStringList keywordNames = caps.keywordNames();
    FUZZ_CHECK(keywordNames.size() == QSet<QString>(keywordNames.cbegin(), keywordNames.cend()).size());
    for (const QString &name : keywordNames) {
        FUZZ_CHECK(!name.isEmpty());
        FUZZ_CHECK(names.contains(name));
        for (QChar c : name)
            FUZZ_CHECK(!(c >= u'a' && c <= u'z') && !isBlank(c));
    }

    // Round trip: what was kept describes the same capabilities.
    Reply again;
    again.code = 250;
    again.lines = QStringList{caps.serverName} + caps.keywords;
    FUZZ_CHECK(Capabilities::fromEhloReply(again) == caps);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    const uint8_t mode = fdp.ConsumeIntegral<uint8_t>();
    const std::vector<uint8_t> rest = fdp.ConsumeRemainingBytes<uint8_t>();
    const QByteArray body(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size()));
    const bool utf16 = mode & 1;
    const bool otherCode = (mode & 0x0e) == 0x0e; // now and then a reply that is not 250

    // Directly built reply: any text per line (also CR, NUL, lone surrogates).
    Reply reply;
    reply.code = otherCode ? 200 + mode : 250;
    for (const QByteArray &line : body.split('\n'))
        reply.lines.append(SmtpDoctor::Fuzz::text(line, utf16));
    check(reply);

    // The same lines through the parser, as a server would send them.
    if (!utf16) {
        QByteArray wire;
        const QList<QByteArray> lines = body.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            wire += (i + 1 < lines.size() ? "250-" : "250 ") + lines.at(i) + "\r\n";
        ReplyParser parser;
        parser.append(wire);
        if (std::optional<Reply> parsed = parser.takeReply()) {
            FUZZ_CHECK(parsed->code == 250);
            check(*parsed);
        }
    }
    return 0;
}
