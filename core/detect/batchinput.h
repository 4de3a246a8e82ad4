// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/emailaddress.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace SmtpDoctor::Detect {

// The input of a batch detection (BatchDetector), one address per line. Pure.

// An empty line (white space only) or a comment (first non-blank character '#'): no result.
[[nodiscard]] bool isSkippedBatchLine(QStringView line);

struct BatchEntry
{
    int line = 0;                         // index into the lines given (0-based)
    QString input;                        // the line as given
    std::optional<EmailAddress> address;  // nullopt: not a valid address
    QString error;                        // translated reason when it is not
    int domain = -1;                      // index into BatchInput::domains; -1 when invalid
};

struct BatchDomain
{
    QString aceDomain;                    // lower-case ACE: what one detection is run for
    QList<int> entries;                   // indices into BatchInput::entries, in input order
};

struct BatchInput
{
    QList<BatchEntry> entries;            // every line that is not skipped, in input order
    QList<BatchDomain> domains;           // the distinct domains of the valid ones, in order of first appearance

    // Parses every line (EmailAddress::parse) and groups the valid addresses by domain. A line
    // with U+FFFD (what a decoder puts for bytes that are not UTF-8) is invalid.
    [[nodiscard]] static BatchInput parse(const QStringList &lines);
};

} // namespace SmtpDoctor::Detect
