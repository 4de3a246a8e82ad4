// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli test: one live check of given settings.
#include "clicommon.h"
#include "commands.h"
#include "consoleoutput.h"

#include "diagnosis/diagnosis.h"
#include "report/jsonreport.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Cli {

int runTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    //: Description of "smtp-doctor-cli test" in --help
    parser.setApplicationDescription(CliText::tr("Checks an outgoing mail (SMTP) server live: connection, encryption, "
                                                 "certificate, login and optionally a test message.")
                                     + u"\n\n"_s + exitCodeHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"test"_s, CliText::tr("The command."), u"test"_s);
    const QCommandLineOption host(u"host"_s, CliText::tr("Server name, e.g. smtp.example.com."), CliText::tr("name"));
    const QCommandLineOption port(u"port"_s, CliText::tr("Port (default: 465 for tls, 587 otherwise)."), CliText::tr("number"));
    const QCommandLineOption security(u"security"_s, CliText::tr("tls (implicit TLS), starttls or none."), CliText::tr("mode"),
                                      u"starttls"_s);
    const QCommandLineOption address(u"address"_s, CliText::tr("Connect to this IP address instead of looking up the name."),
                                     CliText::tr("ip"));
    parser.addOptions({host, port, security, address});
    const CheckOptions common;
    common.addTo(parser);

    if (!parser.parse(arguments))
        return usageError(parser.errorText(), arguments.contains(u"--json"_s));
    if (parser.isSet(u"help"_s)) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        writeOut(u"smtp-doctor-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    const bool asJson = common.json(parser);

    CheckSettings s;
    s.host = parser.value(host).trimmed();
    if (s.host.isEmpty())
        return usageError(CliText::tr("--host is required."), asJson);
    const auto sec = securityFromId(parser.value(security));
    if (!sec)
        //: %1 is what the user typed after --security
        return usageError(CliText::tr("unknown security mode \"%1\" (use tls, starttls or none)").arg(parser.value(security)),
                          asJson);
    s.security = *sec;
    s.port = defaultPort(s.security);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint p = parser.value(port).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return usageError(CliText::tr("--port must be a number from 1 to 65535."), asJson);
        s.port = quint16(p);
    }
    if (parser.isSet(address)) {
        s.connectAddress = QHostAddress(parser.value(address));
        if (s.connectAddress.isNull())
            return usageError(CliText::tr("--address needs an IP address."), asJson);
    }
    if (const QString error = common.apply(parser, s); !error.isEmpty())
        return usageError(error, asJson);

    const CheckResult result = CheckOptions::runCheck(s, !asJson);
    if (result.code == ResultCode::InvalidInput)
        writeErr(CliText::tr("smtp-doctor-cli: %1").arg(result.detail));
    const Report::TestedSettings tested = Report::TestedSettings::fromSettings(s);
    s.password.fill(u'\0');
    s.token.fill(u'\0');
    if (asJson) {
        QJsonObject object = Report::checkToJson(result);
        object.insert(u"diagnosis"_s, Diagnosis::diagnosisToJson(Diagnosis::diagnose(result)));
        writeJson(object);
    } else {
        writeOut(consoleReport(result, common.transcript(parser)));
    }
    return common.finishReport(parser, result, tested, exitCodeFor(result.code));
}

} // namespace SmtpDoctor::Cli
