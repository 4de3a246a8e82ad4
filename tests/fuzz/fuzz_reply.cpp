// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Smtp::ReplyParser: arbitrary server bytes, fed in chunks whose sizes come from
// the input, with the default or small limits. Checks the documented bounds, the shape of
// every reply, and that chunking does not change the outcome (byte-by-byte as reference).
//
// Input layout (FuzzedDataProvider takes integers from the end): the server bytes first,
// then at the very end a mode byte, optional limits and the chunk-size table.
#include "fuzzcommon.h"

#include "smtp/replyparser.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QList>

#include <vector>

using SmtpDoctor::Smtp::Reply;
using SmtpDoctor::Smtp::ReplyParser;

namespace {

bool isEnhancedCodeShape(const QString &code)
{
    // class "." 1-3 digits "." 1-3 digits
    const QStringList parts = code.split(u'.');
    if (parts.size() != 3 || parts[0].size() != 1 || !QStringView(u"245").contains(parts[0][0]))
        return false;
    for (qsizetype i = 1; i < 3; ++i) {
        if (parts[i].isEmpty() || parts[i].size() > 3)
            return false;
        for (QChar c : parts[i]) {
            if (c < u'0' || c > u'9')
                return false;
        }
    }
    return true;
}

void checkReply(const Reply &reply, const ReplyParser::Limits &limits)
{
    FUZZ_CHECK(reply.isValid());
    FUZZ_CHECK(reply.codeClass() >= 2 && reply.codeClass() <= 5);
    FUZZ_CHECK(!reply.rawLines.isEmpty());
    FUZZ_CHECK(reply.rawLines.size() == reply.lines.size());
    FUZZ_CHECK(reply.rawLines.size() <= limits.maxLines);
    const QByteArray code = QByteArray::number(reply.code);
    qsizetype wire = 0;
    for (qsizetype i = 0; i < reply.rawLines.size(); ++i) {
        const QByteArray &raw = reply.rawLines.at(i);
        FUZZ_CHECK(raw.size() <= limits.maxLineLength);
        FUZZ_CHECK(!raw.contains('\n'));
        FUZZ_CHECK(raw.startsWith(code));
        const bool last = i == reply.rawLines.size() - 1;
        if (last)
            FUZZ_CHECK(raw.size() == 3 || raw.at(3) == ' ');
        else
            FUZZ_CHECK(raw.size() >= 4 && raw.at(3) == '-');
        FUZZ_CHECK(reply.lines.at(i) == QString::fromUtf8(raw.size() > 4 ? raw.mid(4) : QByteArray()));
        wire += raw.size() + 1; // at least the LF
    }
    FUZZ_CHECK(wire <= limits.maxReplyBytes);
    FUZZ_CHECK(reply.enhanced == ReplyParser::enhancedCodeOf(reply.lines.constFirst()));
    if (!reply.enhanced.isEmpty()) {
        FUZZ_CHECK(isEnhancedCodeShape(reply.enhanced));
        FUZZ_CHECK(reply.lines.constFirst().startsWith(reply.enhanced));
    }
}

struct Outcome
{
    QList<Reply> replies;
    ReplyParser::Error error = ReplyParser::Error::None;
};

// Feeds `stream` in the given chunk sizes (cycled; 0 = everything left), draining after
// every append, and checks the buffering bounds on the way.
Outcome run(const QByteArray &stream, const ReplyParser::Limits &limits, const std::vector<size_t> &chunks)
{
    ReplyParser parser(limits);
    Outcome out;
    qsizetype pos = 0;
    size_t next = 0;
    while (pos < stream.size()) {
        size_t want = chunks.empty() ? 0 : chunks[next++ % chunks.size()];
        qsizetype len = want == 0 ? stream.size() - pos : std::min<qsizetype>(qsizetype(want), stream.size() - pos);
        const qsizetype before = parser.bufferedBytes();
        parser.append(QByteArrayView(stream).sliced(pos, len));
        pos += len;
        const qsizetype after = parser.bufferedBytes();
        if (parser.error() != ReplyParser::Error::None) {
            FUZZ_CHECK(after == 0);
            FUZZ_CHECK(!parser.takeReply().has_value());
            out.error = parser.error();
            // Further data is ignored once an error is set.
            parser.append("250 ok\r\n");
            FUZZ_CHECK(parser.bufferedBytes() == 0);
            FUZZ_CHECK(!parser.takeReply().has_value());
            break;
        }
        // Bounded: nothing grows by more than what came in, and what stays behind after
        // draining fits the reply limit.
        FUZZ_CHECK(after <= before + len);
        FUZZ_CHECK(after <= limits.maxReplyBytes + len);
        while (std::optional<Reply> reply = parser.takeReply()) {
            checkReply(*reply, limits);
            out.replies.append(*reply);
        }
        FUZZ_CHECK(parser.bufferedBytes() <= limits.maxReplyBytes);
        FUZZ_CHECK(parser.bufferedBytes() <= before + len);
    }

    // clear() makes the parser usable again whatever happened.
    parser.clear();
    FUZZ_CHECK(parser.error() == ReplyParser::Error::None);
    FUZZ_CHECK(parser.bufferedBytes() == 0);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // the byte-by-byte reference run is quadratic-free but slow beyond this
    FuzzedDataProvider fdp(data, size);
    ReplyParser::Limits limits;
    const uint8_t mode = fdp.ConsumeIntegral<uint8_t>();
    if (mode & 1) {
        limits.maxLineLength = fdp.ConsumeIntegralInRange<qsizetype>(0, 80);
        limits.maxLines = fdp.ConsumeIntegralInRange<qsizetype>(0, 8);
        limits.maxReplyBytes = fdp.ConsumeIntegralInRange<qsizetype>(0, 300);
    }
    std::vector<size_t> chunks;
    const size_t chunkCount = fdp.ConsumeIntegralInRange<size_t>(0, 8);
    for (size_t i = 0; i < chunkCount; ++i)
        chunks.push_back(fdp.ConsumeIntegralInRange<size_t>(0, 64));
    const std::vector<uint8_t> rest = fdp.ConsumeRemainingBytes<uint8_t>();
    const QByteArray stream(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size()));

    const Outcome chunked = run(stream, limits, chunks);
    const Outcome reference = run(stream, limits, {1});
    const Outcome whole = run(stream, limits, {0});
    if (std::getenv("SDOC_FUZZ_DEBUG")) { // for reproducing a finding by hand
        std::fprintf(stderr, "limits line=%lld lines=%lld bytes=%lld chunks=", qlonglong(limits.maxLineLength),
                     qlonglong(limits.maxLines), qlonglong(limits.maxReplyBytes));
        for (size_t c : chunks)
            std::fprintf(stderr, "%zu ", c);
        std::fprintf(stderr, "\nstream=%s\nerrors chunked=%d byte-by-byte=%d whole=%d; replies %lld %lld %lld\n",
                     stream.toPercentEncoding().constData(), int(chunked.error), int(reference.error),
                     int(whole.error), qlonglong(chunked.replies.size()), qlonglong(reference.replies.size()),
                     qlonglong(whole.replies.size()));
    }

    // The outcome does not depend on how the bytes were split: same error, and the same
    // replies unless an error dropped the ones of its own chunk that were not yet taken.
    for (const Outcome *o : {&chunked, &whole}) {
        FUZZ_CHECK(o->error == reference.error);
        if (reference.error == ReplyParser::Error::None) {
            FUZZ_CHECK(o->replies == reference.replies);
        } else {
            FUZZ_CHECK(o->replies.size() <= reference.replies.size());
            for (qsizetype i = 0; i < o->replies.size(); ++i)
                FUZZ_CHECK(o->replies.at(i) == reference.replies.at(i));
        }
    }

    // enhancedCodeOf on arbitrary text: empty or a well-formed prefix.
    const QString text = QString::fromUtf8(stream.left(64));
    const QString enhanced = ReplyParser::enhancedCodeOf(text);
    if (!enhanced.isEmpty()) {
        FUZZ_CHECK(isEnhancedCodeShape(enhanced));
        FUZZ_CHECK(text.startsWith(enhanced));
        FUZZ_CHECK(text.size() == enhanced.size() || text.at(enhanced.size()) == u' ');
    }
    return 0;
}
