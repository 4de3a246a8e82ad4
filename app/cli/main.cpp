// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli: the scriptable face of SMTP Doctor.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smtp-doctor-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SMTP Doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SDOC_VERSION));
    return SmtpDoctor::Cli::run(QCoreApplication::arguments());
}
