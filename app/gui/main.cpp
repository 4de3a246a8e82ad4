// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor: the desktop face of SMTP Doctor.
#include "mainwindow.h"

#include "util/translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("smtp-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Doctor"));
    QApplication::setOrganizationName(QStringLiteral("SMTP Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(SDOC_VERSION));
    SmtpDoctor::installTranslations();
    SmtpDoctor::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
