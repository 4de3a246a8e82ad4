// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"

#include "consoleoutput.h"
#include "secretinput.h"

#include "smtp/smtpcheck.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Cli {

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

void writeJson(const QJsonObject &object)
{
    writeOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int usageError(const QString &message, bool asJson)
{
    if (asJson)
        writeJson(QJsonObject{{u"ok"_s, false}, {u"result"_s, resultCodeId(ResultCode::InvalidInput)}, {u"detail"_s, message}});
    //: %1 is what is wrong with the command line
    writeErr(CliText::tr("smtp-doctor-cli: %1").arg(message));
    return ExitUsage;
}

QString exitCodeHelp()
{
    //: Help text of the command line tool: the exit codes. Keep the numbers.
    return CliText::tr("Exit codes:\n"
                       "  0  the check succeeded\n"
                       "  2  usage error or invalid input\n"
                       "  3  DNS or network problem\n"
                       "  4  TLS or certificate problem\n"
                       "  5  authentication problem\n"
                       "  6  the server rejected something, or a protocol error\n"
                       "  7  timeout");
}

QString loadCaFile(const QString &path, QList<QSslCertificate> *out)
{
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(path, QSsl::Pem);
    if (cas.isEmpty())
        //: %1 is a file name
        return CliText::tr("no PEM certificate could be read from %1.").arg(path);
    *out = cas;
    return {};
}

CheckOptions::CheckOptions()
    : m_user(u"user"_s, CliText::tr("User name for the login."), CliText::tr("name"))
    , m_passwordStdin(u"password-stdin"_s, CliText::tr("Read the password from standard input."))
    , m_passwordEnv(u"password-env"_s, CliText::tr("Read the password from this environment variable."), CliText::tr("variable"))
    , m_auth(u"auth"_s, CliText::tr("Login method: auto, plain, login, cram-md5, scram-sha-256, scram-sha-1, xoauth2, oauthbearer."),
             CliText::tr("method"), u"auto"_s)
    , m_tokenStdin(u"token-stdin"_s, CliText::tr("Read an OAuth 2 access token from standard input."))
    , m_tokenEnv(u"token-env"_s, CliText::tr("Read an OAuth 2 access token from this environment variable."), CliText::tr("variable"))
    , m_allowPlain(u"allow-plaintext-auth"_s, CliText::tr("With --security none: allow sending the password unencrypted."))
    , m_from(u"from"_s, CliText::tr("Sender address: checks that the server accepts it (nothing is sent)."), CliText::tr("address"))
    , m_to(u"to"_s, CliText::tr("With --from: send a real test message to this address."), CliText::tr("address"))
    , m_ehlo(u"ehlo"_s, CliText::tr("Name to announce in EHLO (default: our address literal)."), CliText::tr("name"))
    , m_caFile(u"ca-file"_s, CliText::tr("Also trust the CA certificates in this PEM file."), CliText::tr("file"))
    , m_pin(u"pin-sha256"_s, CliText::tr("Accept the server certificate with this SHA-256 fingerprint (hex)."), CliText::tr("hex"))
    , m_timeout(u"timeout"_s, CliText::tr("Give up after this many seconds (default 60)."), CliText::tr("seconds"))
    , m_json(u"json"_s, CliText::tr("Print one JSON object instead of text."))
    , m_transcript(u"transcript"_s, CliText::tr("Also print the (redacted) protocol transcript."))
    , m_lang(u"lang"_s, CliText::tr("Language of the output: en or de."), CliText::tr("language"))
      //: Help of --report. Keep the file extensions and the number.
    , m_report(u"report"_s,
               CliText::tr("After the check, also write a report for a helpdesk ticket to this file; the format "
                           "follows the extension: .txt, .html (or .htm) or .json. It never contains the password "
                           "or token. The exit code stays that of the check; if the report cannot be written, "
                           "that is said on standard error and the exit code is 2 when the check itself "
                           "succeeded."),
               CliText::tr("file"))
{
}

void CheckOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_user, m_passwordStdin, m_passwordEnv, m_auth, m_tokenStdin, m_tokenEnv, m_allowPlain, m_from,
                       m_to, m_ehlo, m_caFile, m_pin, m_timeout, m_json, m_transcript, m_lang, m_report});
}

QString CheckOptions::apply(const QCommandLineParser &parser, CheckSettings &s) const
{
    // First, so that a mistyped report name is found before a password is asked for.
    if (parser.isSet(m_report)) {
        const QString path = parser.value(m_report);
        if (path.isEmpty())
            return CliText::tr("--report needs a file name.");
        if (!Report::formatForFileName(path))
            //: %1 is the file name the user gave. Keep the extensions.
            return CliText::tr("--report: cannot tell the format from \"%1\"; use a file name ending in .txt, .html, "
                               ".htm or .json.")
                .arg(path);
        const QFileInfo info(path);
        if (info.isDir())
            //: %1 is the file name the user gave
            return CliText::tr("--report: %1 is a directory.").arg(path);
        if (!info.absoluteDir().exists())
            //: %1 is a directory name
            return CliText::tr("--report: the directory %1 does not exist.")
                .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    if (parser.isSet(m_user))
        s.username = parser.value(m_user);
    if (parser.isSet(m_passwordStdin) && parser.isSet(m_tokenStdin))
        return CliText::tr("--password-stdin and --token-stdin cannot both read standard input.");
    if (parser.isSet(m_passwordStdin)) {
        bool ok = false;
        s.password = readSecretLine(CliText::tr("Password: "), &ok);
        if (!ok)
            return CliText::tr("no password on standard input.");
    } else if (parser.isSet(m_passwordEnv)) {
        const QByteArray name = parser.value(m_passwordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            //: %1 is the name of an environment variable
            return CliText::tr("the environment variable %1 is not set.").arg(parser.value(m_passwordEnv));
        s.password = qEnvironmentVariable(name.constData());
    }
    if (parser.isSet(m_tokenStdin)) {
        bool ok = false;
        s.token = readSecretLine(CliText::tr("Token: "), &ok);
        if (!ok)
            return CliText::tr("no token on standard input.");
    } else if (parser.isSet(m_tokenEnv)) {
        const QByteArray name = parser.value(m_tokenEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return CliText::tr("the environment variable %1 is not set.").arg(parser.value(m_tokenEnv));
        s.token = qEnvironmentVariable(name.constData());
    }
    if ((!s.password.isEmpty() || !s.token.isEmpty()) && s.username.isEmpty())
        return CliText::tr("a password or token needs --user.");
    const QString authName = parser.value(m_auth).trimmed();
    if (authName.compare(u"auto"_s, Qt::CaseInsensitive) != 0) {
        s.mechanism = Sasl::mechanismFromName(authName);
        if (!s.mechanism)
            //: %1 is what the user typed after --auth
            return CliText::tr("unknown login method \"%1\".").arg(authName);
    }
    s.allowPlaintextAuth = parser.isSet(m_allowPlain);
    if (s.allowPlaintextAuth && s.security != Security::None)
        return CliText::tr("--allow-plaintext-auth only goes with --security none.");
    s.from = parser.value(m_from);
    s.to = parser.value(m_to);
    if (!s.to.isEmpty() && s.from.isEmpty())
        return CliText::tr("--to needs --from.");
    s.ehloName = parser.value(m_ehlo);
    if (parser.isSet(m_caFile)) {
        if (const QString error = loadCaFile(parser.value(m_caFile), &s.extraCaCertificates); !error.isEmpty())
            return error;
    }
    for (const QString &value : parser.values(m_pin)) {
        QByteArray hex = value.toLatin1().toLower();
        hex.replace(':', QByteArray());
        const bool valid = hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), [](char c) {
                               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                           });
        if (!valid)
            return CliText::tr("--pin-sha256 needs 64 hexadecimal digits.");
        s.pinnedSha256 << hex;
    }
    if (parser.isSet(m_timeout) && !parseSeconds(parser.value(m_timeout), 3600, &s.timeouts.totalMs))
        return CliText::tr("--timeout must be a number of seconds between 0 and 3600.");
    return {};
}

int CheckOptions::finishReport(const QCommandLineParser &parser, const CheckResult &result,
                               const Report::TestedSettings &tested, int checkExitCode) const
{
    if (!parser.isSet(m_report))
        return checkExitCode;
    const QString path = parser.value(m_report);
    QString error;
    if (Report::writeReportFile(path, Report::ReportData::make(result, tested), &error))
        return checkExitCode;
    writeErr(CliText::tr("smtp-doctor-cli: %1").arg(error));
    return checkExitCode == ExitOk ? int(ExitUsage) : checkExitCode;
}

void CheckOptions::noReport(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_report))
        //: %1 is the file name given with --report
        writeErr(CliText::tr("smtp-doctor-cli: no report was written to %1, because no server was tested.")
                     .arg(parser.value(m_report)));
}

CheckResult CheckOptions::runCheck(const CheckSettings &settings, bool printHeader)
{
    SmtpCheck check;
    check.setSettings(settings);
    if (printHeader)
        writeOut(consoleHeader(settings.host, settings.port, settings.security));
    QObject::connect(&check, &SmtpCheck::finished, QCoreApplication::instance(), [](const CheckResult &) {
        QCoreApplication::exit(0);
    });
    check.start();
    QCoreApplication::exec();
    return check.result();
}

bool parseSeconds(const QString &value, int maxSeconds, int *ms)
{
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > maxSeconds)
        return false;
    *ms = int(seconds * 1000);
    return true;
}

} // namespace SmtpDoctor::Cli
