// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"

#include <QString>

namespace SmtpDoctor::Cli {

// Limits of `detect --batch FILE`.
inline constexpr qint64 kMaxBatchBytes = 10 * 1024 * 1024;
inline constexpr int kMaxBatchLines = 100000;

// `detect --batch FILE` ("-": standard input): reads the file (at most kMaxBatchBytes), runs
// a BatchDetector and prints one compact JSON object per entry (detect --json plus "line" and
// "input") in input order. Progress on standard error when it is a terminal. Returns the exit
// code: ExitOk when every address got a setting, ExitNetwork when some did not, ExitUsage when
// the file cannot be read or is too large.
int runDetectBatch(const QString &file, int jobs, const Detect::DetectOptions &options);

} // namespace SmtpDoctor::Cli
