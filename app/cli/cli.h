// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace SmtpDoctor::Cli {

// Runs one command line ("smtp-doctor-cli test --host ..."); returns the exit code.
int run(const QStringList &arguments);

} // namespace SmtpDoctor::Cli
