// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/capabilities.h"

#include <QStringView>

#include <limits>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Smtp {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Splits at runs of spaces and tabs, dropping empty pieces.
QList<QStringView> words(QStringView text)
{
    QList<QStringView> result;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && isBlank(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && !isBlank(text[i]))
            ++i;
        if (i > start)
            result.append(text.sliced(start, i - start));
    }
    return result;
}

// Upper-cases ASCII letters only: keywords are ASCII, and Unicode case mapping
// would turn e.g. U+017F "LATIN SMALL LETTER LONG S" into an 'S'.
QString asciiUpper(QStringView text)
{
    QString result = text.toString();
    for (QChar &c : result) {
        if (c.unicode() >= u'a' && c.unicode() <= u'z')
            c = QChar(c.unicode() - (u'a' - u'A'));
    }
    return result;
}

// RFC 4422 section 3.1: 1 to 20 characters of [A-Z0-9-_] (compared upper-cased).
bool isSaslMechanismName(QStringView name)
{
    if (name.isEmpty() || name.size() > 20)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

// The SIZE parameter: absent => 0 ("no fixed limit"), a decimal number => its value,
// anything else (sign, garbage, overflow) => nullopt.
std::optional<qint64> parseSize(const QList<QStringView> &params)
{
    if (params.isEmpty())
        return qint64(0);
    const QStringView digits = params.constFirst();
    qint64 value = 0;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return std::nullopt;
        const int d = u - u'0';
        if (value > (std::numeric_limits<qint64>::max() - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
    }
    return value;
}

// The keyword name of an extension line: the first word, upper-cased; the legacy
// "AUTH=PLAIN" form names "AUTH".
QString keywordName(QStringView firstWord)
{
    QString name = asciiUpper(firstWord);
    if (name.startsWith("AUTH="_L1))
        name.truncate(4);
    return name;
}

} // namespace

Capabilities Capabilities::fromEhloReply(const Reply &reply)
{
    if (reply.code != 250)
        return {};

    Capabilities caps;
    caps.valid = true;
    caps.esmtp = true;
    if (reply.lines.isEmpty())
        return caps;

    const QList<QStringView> greeting = words(reply.lines.constFirst());
    if (!greeting.isEmpty())
        caps.serverName = greeting.constFirst().toString();

    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QStringView line = QStringView(reply.lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        caps.keywords.append(line.toString());

        QList<QStringView> parts = words(line);
        const QStringView first = parts.takeFirst();
        const QString name = keywordName(first);

        if (name == "AUTH"_L1) {
            QList<QStringView> mechanisms = parts;
            if (first.size() > 5 && first[4] == u'=') // legacy "AUTH=PLAIN LOGIN"
                mechanisms.prepend(first.sliced(5));
            for (const QStringView m : std::as_const(mechanisms)) {
                const QString upper = asciiUpper(m);
                if (isSaslMechanismName(upper) && !caps.authMechanisms.contains(upper))
                    caps.authMechanisms.append(upper);
            }
        } else if (name == "SIZE"_L1) {
            if (!caps.size.has_value())
                caps.size = parseSize(parts);
        } else if (name == "STARTTLS"_L1) {
            caps.startTls = true;
        } else if (name == "PIPELINING"_L1) {
            caps.pipelining = true;
        } else if (name == "8BITMIME"_L1) {
            caps.eightBitMime = true;
        } else if (name == "SMTPUTF8"_L1) {
            caps.smtpUtf8 = true;
        } else if (name == "CHUNKING"_L1) {
            caps.chunking = true;
        } else if (name == "DSN"_L1) {
            caps.dsn = true;
        } else if (name == "ENHANCEDSTATUSCODES"_L1) {
            caps.enhancedStatusCodes = true;
        } else if (name == "REQUIRETLS"_L1) {
            caps.requireTls = true;
        }
    }
    return caps;
}

QStringList Capabilities::keywordNames() const
{
    QStringList names;
    for (const QString &line : keywords) {
        const QList<QStringView> parts = words(line);
        if (parts.isEmpty())
            continue;
        const QString name = keywordName(parts.constFirst());
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

bool Capabilities::offersAuth(QStringView mechanism) const
{
    const QString wanted = asciiUpper(mechanism.trimmed());
    return !wanted.isEmpty() && authMechanisms.contains(wanted);
}

} // namespace SmtpDoctor::Smtp
