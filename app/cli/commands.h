// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace SmtpDoctor::Cli {

int runTest(const QStringList &arguments);
int runDetect(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runPorts(const QStringList &arguments);

} // namespace SmtpDoctor::Cli
