// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "consoleoutput.h"
#include "secretinput.h"

#include "report/jsonreport.h"
#include "smtp/smtpcheck.h"
#include "util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

// Translation context of the command line tool's texts.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

namespace SmtpDoctor::Cli {

namespace {

QString exitCodeHelp()
{
    //: Help text of the command line tool: the exit codes. Keep the numbers.
    return CliText::tr(
                                       "Exit codes:\n"
                                       "  0  the check succeeded\n"
                                       "  2  usage error or invalid input\n"
                                       "  3  DNS or network problem\n"
                                       "  4  TLS or certificate problem\n"
                                       "  5  authentication problem\n"
                                       "  6  the server rejected something, or a protocol error\n"
                                       "  7  timeout");
}

void writeOut(const QString &text)
{
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    out << text;
    out.flush();
}

void writeErr(const QString &text)
{
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    err << text << '\n';
    err.flush();
}

// Usage problems: a clear message (and a JSON object when --json was asked for).
int usageError(const QString &message, bool json)
{
    if (json) {
        QJsonObject o{{u"ok"_s, false}, {u"result"_s, resultCodeId(ResultCode::InvalidInput)}, {u"detail"_s, message}};
        writeOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
    //: %1 is what is wrong with the command line
    writeErr(CliText::tr("smtp-doctor-cli: %1").arg(message));
    return ExitUsage;
}

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
    const QCommandLineOption security(u"security"_s, CliText::tr("tls (implicit TLS), starttls or none."), CliText::tr("mode"), u"starttls"_s);
    const QCommandLineOption user(u"user"_s, CliText::tr("User name for the login."), CliText::tr("name"));
    const QCommandLineOption passwordStdin(u"password-stdin"_s, CliText::tr("Read the password from standard input."));
    const QCommandLineOption passwordEnv(u"password-env"_s, CliText::tr("Read the password from this environment variable."), CliText::tr("variable"));
    const QCommandLineOption auth(u"auth"_s,
                                  CliText::tr("Login method: auto, plain, login, cram-md5, scram-sha-256, scram-sha-1, xoauth2, oauthbearer."),
                                  CliText::tr("method"), u"auto"_s);
    const QCommandLineOption tokenStdin(u"token-stdin"_s, CliText::tr("Read an OAuth 2 access token from standard input."));
    const QCommandLineOption tokenEnv(u"token-env"_s, CliText::tr("Read an OAuth 2 access token from this environment variable."), CliText::tr("variable"));
    const QCommandLineOption allowPlain(u"allow-plaintext-auth"_s,
                                        CliText::tr("With --security none: allow sending the password unencrypted."));
    const QCommandLineOption from(u"from"_s, CliText::tr("Sender address: checks that the server accepts it (nothing is sent)."), CliText::tr("address"));
    const QCommandLineOption to(u"to"_s, CliText::tr("With --from: send a real test message to this address."), CliText::tr("address"));
    const QCommandLineOption ehlo(u"ehlo"_s, CliText::tr("Name to announce in EHLO (default: our address literal)."), CliText::tr("name"));
    const QCommandLineOption caFile(u"ca-file"_s, CliText::tr("Also trust the CA certificates in this PEM file."), CliText::tr("file"));
    const QCommandLineOption pin(u"pin-sha256"_s, CliText::tr("Accept the server certificate with this SHA-256 fingerprint (hex)."), CliText::tr("hex"));
    const QCommandLineOption address(u"address"_s, CliText::tr("Connect to this IP address instead of looking up the name."), CliText::tr("ip"));
    const QCommandLineOption timeout(u"timeout"_s, CliText::tr("Give up after this many seconds (default 60)."), CliText::tr("seconds"));
    const QCommandLineOption json(u"json"_s, CliText::tr("Print one JSON object instead of text."));
    const QCommandLineOption transcript(u"transcript"_s, CliText::tr("Also print the (redacted) protocol transcript."));
    const QCommandLineOption lang(u"lang"_s, CliText::tr("Language of the output: en or de."), CliText::tr("language"));
    parser.addOptions({host, port, security, user, passwordStdin, passwordEnv, auth, tokenStdin, tokenEnv, allowPlain,
                       from, to, ehlo, caFile, pin, address, timeout, json, transcript, lang});

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
    const bool asJson = parser.isSet(json);

    CheckSettings s;
    s.host = parser.value(host).trimmed();
    if (s.host.isEmpty())
        return usageError(CliText::tr("--host is required."), asJson);
    const auto sec = securityFromId(parser.value(security));
    if (!sec)
        //: %1 is what the user typed after --security
        return usageError(CliText::tr("unknown security mode \"%1\" (use tls, starttls or none)").arg(parser.value(security)), asJson);
    s.security = *sec;
    s.port = defaultPort(s.security);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint p = parser.value(port).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return usageError(CliText::tr("--port must be a number from 1 to 65535."), asJson);
        s.port = quint16(p);
    }
    s.username = parser.value(user);
    if (parser.isSet(passwordStdin) && parser.isSet(tokenStdin))
        return usageError(CliText::tr("--password-stdin and --token-stdin cannot both read standard input."), asJson);
    if (parser.isSet(passwordStdin)) {
        bool ok = false;
        s.password = readSecretLine(CliText::tr("Password: "), &ok);
        if (!ok)
            return usageError(CliText::tr("no password on standard input."), asJson);
    } else if (parser.isSet(passwordEnv)) {
        const QByteArray name = parser.value(passwordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            //: %1 is the name of an environment variable
            return usageError(CliText::tr("the environment variable %1 is not set.").arg(parser.value(passwordEnv)), asJson);
        s.password = qEnvironmentVariable(name.constData());
    }
    if (parser.isSet(tokenStdin)) {
        bool ok = false;
        s.token = readSecretLine(CliText::tr("Token: "), &ok);
        if (!ok)
            return usageError(CliText::tr("no token on standard input."), asJson);
    } else if (parser.isSet(tokenEnv)) {
        const QByteArray name = parser.value(tokenEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return usageError(CliText::tr("the environment variable %1 is not set.").arg(parser.value(tokenEnv)), asJson);
        s.token = qEnvironmentVariable(name.constData());
    }
    if ((!s.password.isEmpty() || !s.token.isEmpty()) && s.username.isEmpty())
        return usageError(CliText::tr("a password or token needs --user."), asJson);
    const QString authName = parser.value(auth).trimmed();
    if (authName.compare(u"auto"_s, Qt::CaseInsensitive) != 0) {
        s.mechanism = Sasl::mechanismFromName(authName);
        if (!s.mechanism)
            //: %1 is what the user typed after --auth
            return usageError(CliText::tr("unknown login method \"%1\".").arg(authName), asJson);
    }
    s.allowPlaintextAuth = parser.isSet(allowPlain);
    if (s.allowPlaintextAuth && s.security != Security::None)
        return usageError(CliText::tr("--allow-plaintext-auth only goes with --security none."), asJson);
    s.from = parser.value(from);
    s.to = parser.value(to);
    if (!s.to.isEmpty() && s.from.isEmpty())
        return usageError(CliText::tr("--to needs --from."), asJson);
    s.ehloName = parser.value(ehlo);
    if (parser.isSet(caFile)) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem);
        if (cas.isEmpty())
            //: %1 is a file name
            return usageError(CliText::tr("no PEM certificate could be read from %1.").arg(parser.value(caFile)), asJson);
        s.extraCaCertificates = cas;
    }
    for (const QString &value : parser.values(pin)) {
        QByteArray hex = value.toLatin1().toLower();
        hex.replace(':', QByteArray());
        const bool valid = hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), [](char c) {
                               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                           });
        if (!valid)
            return usageError(CliText::tr("--pin-sha256 needs 64 hexadecimal digits."), asJson);
        s.pinnedSha256 << hex;
    }
    if (parser.isSet(address)) {
        s.connectAddress = QHostAddress(parser.value(address));
        if (s.connectAddress.isNull())
            return usageError(CliText::tr("--address needs an IP address."), asJson);
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(CliText::tr("--timeout must be a number of seconds between 0 and 3600."), asJson);
        s.timeouts.totalMs = int(seconds * 1000);
    }

    SmtpCheck check;
    check.setSettings(s);
    s.password.fill(u'\0');
    s.token.fill(u'\0');
    if (!asJson)
        writeOut(consoleHeader(s.host, s.port, s.security));
    QObject::connect(&check, &SmtpCheck::finished, QCoreApplication::instance(), [](const CheckResult &) {
        QCoreApplication::exit(0);
    });
    check.start();
    QCoreApplication::exec();
    const CheckResult &result = check.result();
    if (asJson)
        writeOut(QString::fromUtf8(QJsonDocument(Report::checkToJson(result)).toJson(QJsonDocument::Indented)));
    else
        writeOut(consoleReport(result, parser.isSet(transcript)));
    return exitCodeFor(result.code);
}

} // namespace

int run(const QStringList &arguments)
{
    installTranslations(languageFromArguments(arguments));
    const QStringList rest = arguments.mid(1);
    const QString command = rest.isEmpty() ? QString() : rest.first();
    if (command == u"test"_s)
        return runTest(arguments);
    if (command == u"--version"_s || command == u"-v"_s) {
        writeOut(u"smtp-doctor-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    //: Top-level help of the command line tool. Keep the command names.
    const QString usage = CliText::tr(
                                                      "Usage: smtp-doctor-cli <command> [options]\n\n"
                                                      "Commands:\n"
                                                      "  test    check an outgoing mail server live\n\n"
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
