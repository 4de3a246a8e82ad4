// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "clicommon.h"
#include "commands.h"

#include "util/translations.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Cli {

namespace {
QString languageFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="_s))
            return a.mid(7);
    }
    return {};
}
} // namespace

int run(const QStringList &arguments)
{
    // Numbers and dates in the text follow the language of the words (--lang), as in the GUI.
    QLocale::setDefault(QLocale(installTranslations(languageFromArguments(arguments))));
    const QStringList rest = arguments.mid(1);
    const QString command = rest.isEmpty() ? QString() : rest.first();
    if (command == u"test"_s)
        return runTest(arguments);
    if (command == u"detect"_s)
        return runDetect(arguments);
    if (command == u"check"_s)
        return runCheck(arguments);
    if (command == u"ports"_s)
        return runPorts(arguments);
    if (command == u"--version"_s || command == u"-v"_s) {
        writeOut(u"smtp-doctor-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    //: Top-level help of the command line tool. Keep the command names.
    const QString usage = CliText::tr("Usage: smtp-doctor-cli <command> [options]\n\n"
                                      "Commands:\n"
                                      "  detect  find the outgoing server settings for an e-mail address\n"
                                      "  test    check an outgoing mail server live\n"
                                      "  check   detect, then test the best server found\n"
                                      "  ports   check which ports of a server answer and how (no password)\n\n"
                                      "Run \"smtp-doctor-cli <command> --help\" for the options of a command.")
        + u"\n\n"_s + exitCodeHelp() + u"\n"_s;
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        writeOut(usage);
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    //: %1 is the command the user typed
    writeErr(CliText::tr("smtp-doctor-cli: unknown command \"%1\"").arg(command));
    writeErr(usage);
    return ExitUsage;
}

} // namespace SmtpDoctor::Cli
