// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/reply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <utility>

namespace SmtpDoctor::Smtp {

// Incremental, bounded parser for SMTP replies. Pure: no I/O, no timers.
// Bytes go in with append(); complete replies come out of takeReply().
// Accepts CRLF and (leniently) bare LF line ends. Every limit is enforced while
// buffering, so a hostile peer cannot make it grow without bound.
//
// append() parses eagerly: every byte is looked at once, errors are reported by
// error() as soon as the offending bytes arrive (a line that is already too long
// or whose first four characters are already wrong is rejected before its line
// end). Once an error is set, append() ignores further data, everything buffered
// (including complete replies not yet taken) is dropped and takeReply() returns
// nullopt until clear(). Complete replies not yet taken are queued; callers are
// expected to drain takeReply() after every append().
class ReplyParser
{
public:
    enum class Error {
        None,
        LineTooLong,      // a line exceeded Limits::maxLineLength before its line end
        TooManyLines,     // a multi-line reply exceeded Limits::maxLines
        ReplyTooLarge,    // a multi-line reply exceeded Limits::maxReplyBytes
        MalformedCode,    // a line does not start with three digits 2..5 followed by ' ', '-' or end of line
        InconsistentCode, // a continuation line carries a different code than the first line
    };

    struct Limits
    {
        qsizetype maxLineLength = 4096;    // RFC 5321 allows 512; real servers are sloppier
        qsizetype maxLines = 256;
        qsizetype maxReplyBytes = 65536;
    };

    ReplyParser() = default;
    explicit ReplyParser(Limits limits) : m_limits(limits) {}

    void append(QByteArrayView data);
    // The next complete reply, or nullopt when more data is needed or an error occurred.
    [[nodiscard]] std::optional<Reply> takeReply();
    [[nodiscard]] Error error() const { return m_error; }
    // Bytes buffered that are not yet part of a returned reply.
    [[nodiscard]] qsizetype bufferedBytes() const;
    // Drops everything buffered and resets the error (used when TLS starts).
    void clear();

    // Enhanced status code (RFC 3463 "class.subject.detail") at the start of a reply text, or empty.
    [[nodiscard]] static QString enhancedCodeOf(QStringView text);

private:
    Limits m_limits;
    QByteArray m_buffer;
    Reply m_partial;          // lines of a multi-line reply seen so far
    qsizetype m_partialBytes = 0;
    Error m_error = Error::None;
    QList<std::pair<Reply, qsizetype>> m_ready; // complete replies not yet taken (with their size on the wire)
    qsizetype m_readyBytes = 0;

    void processLine(QByteArrayView line, qsizetype wireBytes);
    [[nodiscard]] Error checkPending() const;
    void fail(Error error);
};

} // namespace SmtpDoctor::Smtp
