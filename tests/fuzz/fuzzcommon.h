// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the libFuzzer targets in tests/fuzz.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// An invariant of the code under test. A violation prints what failed and aborts, which
// libFuzzer records as a crash (with the input saved as an artifact).
#define FUZZ_CHECK(cond)                                                                                       \
    do {                                                                                                       \
        if (!(cond)) {                                                                                         \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s\n  at %s:%d\n", #cond, __FILE__, __LINE__);            \
            std::abort();                                                                                      \
        }                                                                                                      \
    } while (false)

namespace SmtpDoctor::Fuzz {

// Raw input as bytes (no copy).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Input as text, in one of two ways chosen by the caller: UTF-8 (invalid sequences become
// U+FFFD, as for everything the program reads), or raw UTF-16 code units, which also yields
// lone surrogates and every BMP character a user could paste.
inline QString text(const QByteArray &raw, bool utf16)
{
    if (!utf16)
        return QString::fromUtf8(raw);
    QString result(raw.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < result.size(); ++i) {
        const auto lo = static_cast<unsigned char>(raw[2 * i]);
        const auto hi = static_cast<unsigned char>(raw[2 * i + 1]);
        result[i] = QChar(static_cast<char16_t>(lo | (hi << 8)));
    }
    return result;
}

} // namespace SmtpDoctor::Fuzz
