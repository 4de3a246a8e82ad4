// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/replyparser.h"

#include <QString>
#include <QStringView>

#include <algorithm>
#include <cstring>

namespace SmtpDoctor::Smtp {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Checks the first characters of a line that may still be incomplete. Only the
// characters present are judged, so it can be called on a partial line; when
// `complete` is true a line shorter than three characters is an error as well.
// `expectedCode` is the code of the reply's first line, or 0 for a first line.
ReplyParser::Error checkPrefix(QByteArrayView line, bool complete, int expectedCode)
{
    using Error = ReplyParser::Error;
    const qsizetype n = line.size();
    if (n >= 1 && (line[0] < '2' || line[0] > '5'))
        return Error::MalformedCode;
    if (n >= 2 && !isDigit(line[1]))
        return Error::MalformedCode;
    if (n >= 3 && !isDigit(line[2]))
        return Error::MalformedCode;
    if (complete && n < 3)
        return Error::MalformedCode;
    if (n >= 4) {
        const char sep = line[3];
        // A pending '\r' may still turn out to be part of the CRLF line end.
        const bool pendingCr = !complete && n == 4 && sep == '\r';
        if (sep != ' ' && sep != '-' && !pendingCr)
            return Error::MalformedCode;
    }
    if (expectedCode != 0 && n >= 3) {
        const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        if (code != expectedCode)
            return Error::InconsistentCode;
    }
    return Error::None;
}

// The error that appending `incoming` (bytes without a LF) to the pending line `pending`
// causes, or None. Judged as if the bytes arrived one at a time: the check that fails at
// the earliest byte wins (at the same byte: length, then size, then code, the order of the
// byte-wise checks), so the error does not depend on how the peer's data was split into
// reads. Constant work: only the first five bytes of a line need a prefix check.
ReplyParser::Error firstError(QByteArrayView pending, QByteArrayView incoming, qsizetype partialBytes,
                              const ReplyParser::Limits &limits, int expectedCode)
{
    using Error = ReplyParser::Error;
    const qsizetype have = pending.size();
    const qsizetype n = incoming.size();
    qsizetype at = n + 1; // 1-based index into incoming of the first offending byte
    Error error = Error::None;
    const auto consider = [&](qsizetype k, Error e) {
        if (k < at) {
            at = k;
            error = e;
        }
    };
    // Line length: maxLineLength + 1 bytes are tolerated only when the last is the CR of a CRLF.
    const qsizetype full = limits.maxLineLength + 1 - have; // the byte that makes the line that long
    if (full <= 0)
        consider(1, Error::LineTooLong);
    else if (full <= n)
        consider(incoming[full - 1] == '\r' ? full + 1 : full, Error::LineTooLong);
    // Reply size.
    consider(std::max<qsizetype>(limits.maxReplyBytes - partialBytes - have + 1, 1), Error::ReplyTooLarge);
    // Code and separator, within the first five bytes of the line.
    char head[5];
    qsizetype headSize = std::min<qsizetype>(have, 5);
    if (headSize > 0)
        std::memcpy(head, pending.data(), static_cast<size_t>(headSize));
    for (qsizetype k = 1; k <= n && headSize < 5 && k < at; ++k) {
        head[headSize++] = incoming[k - 1];
        if (const Error e = checkPrefix(QByteArrayView(head, headSize), false, expectedCode); e != Error::None)
            consider(k, e);
    }
    return at <= n ? error : Error::None;
}

} // namespace

void ReplyParser::append(QByteArrayView data)
{
    if (m_error != Error::None)
        return;

    const char *p = data.data();
    const char *const end = p + data.size();
    while (p < end) {
        const auto *lf = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        // The bytes up to the next LF (or the end) must not break a limit or the code
        // syntax before the line is complete.
        const qsizetype chunk = (lf ? lf : end) - p;
        if (const Error e = firstError(m_buffer, QByteArrayView(p, chunk), m_partialBytes, m_limits, m_partial.code);
            e != Error::None) {
            fail(e);
            return;
        }
        if (!lf) {
            // No line end in the rest: buffer it (within the limits, as just checked).
            m_buffer.append(p, chunk);
            Q_ASSERT(checkPending() == Error::None);
            return;
        }

        QByteArrayView line;
        if (m_buffer.isEmpty()) {
            line = QByteArrayView(p, chunk);
        } else {
            if (m_buffer.size() + chunk > m_limits.maxLineLength + 1) {
                fail(Error::LineTooLong);
                return;
            }
            m_buffer.append(p, chunk);
            line = QByteArrayView(m_buffer);
        }
        const qsizetype wireBytes = line.size() + 1; // including the LF
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_limits.maxLineLength) {
            fail(Error::LineTooLong);
            return;
        }
        processLine(line, wireBytes);
        m_buffer.resize(0); // keeps the (bounded) capacity for the next line
        if (m_error != Error::None)
            return;
        p = lf + 1;
    }
}

ReplyParser::Error ReplyParser::checkPending() const
{
    if (m_partialBytes + m_buffer.size() > m_limits.maxReplyBytes)
        return Error::ReplyTooLarge;
    // Five bytes are enough to judge the code, the separator and a pending CR.
    return checkPrefix(QByteArrayView(m_buffer).first(std::min<qsizetype>(m_buffer.size(), 5)), false,
                       m_partial.code);
}

void ReplyParser::processLine(QByteArrayView line, qsizetype wireBytes)
{
    if (const Error e = checkPrefix(line, true, m_partial.code); e != Error::None) {
        fail(e);
        return;
    }
    if (m_partial.rawLines.size() + 1 > m_limits.maxLines) {
        fail(Error::TooManyLines);
        return;
    }
    if (m_partialBytes + wireBytes > m_limits.maxReplyBytes) {
        fail(Error::ReplyTooLarge);
        return;
    }

    const bool first = m_partial.rawLines.isEmpty();
    if (first)
        m_partial.code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    const QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    m_partial.rawLines.append(line.toByteArray());
    // fromUtf8 turns every invalid sequence into U+FFFD.
    m_partial.lines.append(QString::fromUtf8(text));
    if (first)
        m_partial.enhanced = enhancedCodeOf(m_partial.lines.constFirst());
    m_partialBytes += wireBytes;

    const bool isFinal = line.size() == 3 || line[3] == ' ';
    if (isFinal) {
        m_ready.append({std::move(m_partial), m_partialBytes});
        m_readyBytes += m_partialBytes;
        m_partial = Reply();
        m_partialBytes = 0;
    }
}

void ReplyParser::fail(Error error)
{
    m_error = error;
    // Nothing buffered is of any use any more: free it right away.
    m_buffer = QByteArray();
    m_partial = Reply();
    m_partialBytes = 0;
    m_ready.clear();
    m_readyBytes = 0;
}

std::optional<Reply> ReplyParser::takeReply()
{
    if (m_error != Error::None || m_ready.isEmpty())
        return std::nullopt;
    auto [reply, bytes] = m_ready.takeFirst();
    m_readyBytes -= bytes;
    return std::move(reply);
}

qsizetype ReplyParser::bufferedBytes() const
{
    return m_buffer.size() + m_partialBytes + m_readyBytes;
}

void ReplyParser::clear()
{
    m_buffer = QByteArray();
    m_partial = Reply();
    m_partialBytes = 0;
    m_ready.clear();
    m_readyBytes = 0;
    m_error = Error::None;
}

QString ReplyParser::enhancedCodeOf(QStringView text)
{
    // class "." subject "." detail; class 2|4|5, subject and detail 1-3 digits,
    // then a space or the end of the text (RFC 3463 section 2).
    const qsizetype n = text.size();
    if (n < 5)
        return {};
    const QChar cls = text[0];
    if (cls != u'2' && cls != u'4' && cls != u'5')
        return {};
    if (text[1] != u'.')
        return {};
    qsizetype i = 2;
    const auto digits = [&](qsizetype from) {
        qsizetype j = from;
        while (j < n && j - from < 4 && isDigit(text[j]))
            ++j;
        return j - from;
    };
    const qsizetype subject = digits(i);
    if (subject < 1 || subject > 3)
        return {};
    i += subject;
    if (i >= n || text[i] != u'.')
        return {};
    ++i;
    const qsizetype detail = digits(i);
    if (detail < 1 || detail > 3)
        return {};
    i += detail;
    if (i < n && text[i] != u' ')
        return {};
    return text.first(i).toString();
}

} // namespace SmtpDoctor::Smtp
