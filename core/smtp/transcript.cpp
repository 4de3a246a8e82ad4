// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/transcript.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Transcript {

QString redactedMarker()
{
    return u"[redacted]"_s;
}

QString directionId(TranscriptEntry::Direction d)
{
    switch (d) {
    case TranscriptEntry::Direction::Client:
        return u"c"_s;
    case TranscriptEntry::Direction::Server:
        return u"s"_s;
    case TranscriptEntry::Direction::Info:
        return u"i"_s;
    }
    return {};
}

QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0)
            || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (control)
            out += u"\\x{%1}"_s.arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace SmtpDoctor::Transcript
