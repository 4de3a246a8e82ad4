// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace SmtpDoctor {

// One line of the protocol transcript. Secrets never get in here: the session
// writes AUTH payloads as Transcript::redactedMarker() by construction.
struct TranscriptEntry
{
    enum class Direction {
        Client, // C: what we sent
        Server, // S: what the server sent
        Info,   // *: what happened (connected, TLS established, ...)
    };
    qint64 ms = 0;   // since the start of the check
    Direction direction = Direction::Info;
    QString line;

    friend bool operator==(const TranscriptEntry &, const TranscriptEntry &) = default;
};

namespace Transcript {
// Stands where a credential would have been.
[[nodiscard]] QString redactedMarker();
// "c", "s", "i" for JSON.
[[nodiscard]] QString directionId(TranscriptEntry::Direction d);
// Makes control characters (other than tab) visible as \xNN and replaces invalid
// UTF-8 already decoded to U+FFFD; for showing server words literally.
[[nodiscard]] QString printable(const QString &text);
} // namespace Transcript

} // namespace SmtpDoctor
