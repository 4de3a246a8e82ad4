// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli ports: what each submission port of a host speaks, without credentials.
#include "clicommon.h"
#include "commands.h"

#include "ports/portdoctor.h"
#include "ports/portjson.h"
#include "ports/portstext.h"
#include "ports/portverdict.h"
#include "smtp/transcript.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Cli {

namespace {

// Wraps text at spaces to lines of at most width characters; continuation lines get indent.
QString wrapped(const QString &text, qsizetype width, const QString &indent)
{
    QString out;
    qsizetype column = 0;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (column > 0 && column + 1 + word.size() > width) {
            out += u'\n' + indent;
            column = indent.size();
        } else if (column > 0) {
            out += u' ';
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

QString portLine(const Ports::PortResult &p)
{
    using namespace Ports;
    QStringList parts;
    parts << speaksLabel(p);
    if (p.tlsEstablished)
        parts << u"%1, %2"_s.arg(p.tlsProtocol, p.tlsCipher);
    if (const QString cert = certificateLabel(p.certificate); !cert.isEmpty())
        parts << cert;
    if (!p.authBeforeTls.isEmpty())
        //: %1 is a list of login methods
        parts << PortsText::tr("AUTH before TLS: %1").arg(Transcript::printable(p.authBeforeTls.join(u' ')));
    if (!p.authAfterTls.isEmpty())
        //: %1 is a list of login methods
        parts << PortsText::tr("AUTH: %1").arg(Transcript::printable(p.authAfterTls.join(u' ')));
    else if (p.tlsEstablished && (p.speaks == Speaks::ImplicitTls || p.speaks == Speaks::StartTls))
        parts << PortsText::tr("no AUTH");
    if (!p.greetingHost.isEmpty())
        //: %1 is the host name a server announces in its greeting
        parts << PortsText::tr("greets as %1").arg(p.greetingHost);
    else if (p.speaks == Speaks::NotSmtp && !p.greeting.isEmpty())
        //: %1 is the first line a server sent, quoted literally
        parts << PortsText::tr("says \"%1\"").arg(p.greeting.left(60));
    //: %1 milliseconds
    parts << PortsText::tr("%1 ms").arg(p.ms);

    const QString mark = p.isSecure() ? u"\u2713"_s : u"\u2717"_s;
    QString line = u"  %1 %2 %3\n"_s.arg(mark, QString::number(p.port).leftJustified(5), parts.join(u" \u00b7 "_s));
    if (p.leaf) {
        const Tls::CertificateInfo &c = *p.leaf;
        QStringList about;
        //: %1 is a list of names a certificate is valid for
        about << PortsText::tr("certificate for %1").arg(Transcript::printable(certificateNames(c).join(u", "_s)));
        //: %1 is the name of who issued a certificate
        about << (isSelfIssued(c)
                ? PortsText::tr("self-signed")
                : PortsText::tr("issued by %1").arg(Transcript::printable(shortDistinguishedName(c.issuer))));
        //: %1 is a date (YYYY-MM-DD)
        about << PortsText::tr("valid until %1").arg(c.notAfter.toUTC().toString(u"yyyy-MM-dd"_s));
        line += u"          "_s + about.join(u" \u00b7 "_s) + u'\n';
    }
    return line;
}

QString textReport(const Ports::PortReport &r)
{
    using namespace Ports;
    QString out;
    for (const PortResult &p : r.ports)
        out += portLine(p);
    out += u'\n';
    if (r.findings.isEmpty()) {
        out += PortsText::tr("Findings: none") + u'\n';
    } else {
        out += PortsText::tr("Findings:") + u'\n';
        for (const Finding &f : r.findings)
            //: One finding: %1 the sentence, %2 its stable identifier such as PORT25_BLOCKED
            out += u"  ! "_s + wrapped(PortsText::tr("%1 (%2)").arg(f.text, f.id), 100, u"    "_s) + u'\n';
    }
    out += u'\n';
    if (r.recommendation)
        //: %1 says which port and security mode to use, and why
        out += wrapped(PortsText::tr("Recommendation: %1").arg(r.recommendation->text), 100, u"  "_s) + u'\n';
    else
        out += PortsText::tr("Recommendation: none. No setting on this server is safe for a password.") + u'\n';
    if (r.cancelled)
        out += PortsText::tr("The check was cancelled; the results are incomplete.") + u'\n';
    //: %1 milliseconds
    out += PortsText::tr("Total: %1 ms").arg(r.ms) + u'\n';
    return out;
}

QString portList(const QList<quint16> &ports)
{
    QStringList parts;
    for (quint16 p : ports)
        parts << QString::number(p);
    return parts.join(u", "_s);
}

QString portsHelp()
{
    //: Help of "smtp-doctor-cli ports": the exit codes. Keep the numbers.
    return PortsText::tr("Exit codes:\n"
                         "  0  a secure setting was found\n"
                         "  2  usage error\n"
                         "  3  no port answered with SMTP\n"
                         "  4  SMTP answered, but only without encryption or with a certificate problem");
}

} // namespace

int runPorts(const QStringList &arguments)
{
    QCommandLineParser parser;
    //: Description of "smtp-doctor-cli ports" in --help
    parser.setApplicationDescription(
        PortsText::tr("Checks which mail submission ports (465, 587, 25, 2525) of a server "
                      "answer, what they speak, how they are encrypted, and recommends "
                      "the best secure setting. Needs no password.")
        + u"\n\n"_s + portsHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"ports"_s, CliText::tr("The command."), u"ports"_s);
    parser.addPositionalArgument(u"host"_s, CliText::tr("Server name, e.g. smtp.example.com."), u"HOST"_s);
    const QCommandLineOption json(u"json"_s, CliText::tr("Print one JSON object instead of text."));
    const QCommandLineOption timeout(
        u"timeout"_s, PortsText::tr("Time limit of each probe in seconds (default 10)."), CliText::tr("seconds"));
    const QCommandLineOption caFile(
        u"ca-file"_s, CliText::tr("Also trust the CA certificates in this PEM file."), CliText::tr("file"));
    const QCommandLineOption lang(u"lang"_s, CliText::tr("Language of the output: en or de."), CliText::tr("language"));
    parser.addOptions({ json, timeout, caFile, lang });

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
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1).trimmed().isEmpty())
        return usageError(PortsText::tr("give exactly one server name: smtp-doctor-cli ports HOST"), asJson);
    const QString host = positional.at(1).trimmed();
    if (host.contains(u' ') || host.contains(u'\r') || host.contains(u'\n') || host.contains(QChar(u'\0')))
        return usageError(PortsText::tr("the server name contains spaces or control characters."), asJson);

    Ports::PortDoctorOptions options;
    if (parser.isSet(timeout) && !parseSeconds(parser.value(timeout), 600, &options.probeTimeoutMs))
        return usageError(CliText::tr("--timeout must be a number of seconds between 0 and 600."), asJson);
    if (parser.isSet(caFile)) {
        if (const QString error = loadCaFile(parser.value(caFile), &options.extraCaCertificates); !error.isEmpty())
            return usageError(error, asJson);
    }

    if (!asJson)
        //: %1 a list of port numbers, %2 the server name
        writeOut(PortsText::tr("Checking ports %1 of %2 (no password is sent)").arg(portList(options.ports), host)
            + u"\n\n"_s);
    Ports::PortDoctor doctor;
    QObject::connect(&doctor, &Ports::PortDoctor::finished, QCoreApplication::instance(),
        [](const Ports::PortReport &) { QCoreApplication::exit(0); });
    doctor.start(host, options);
    QCoreApplication::exec();
    const Ports::PortReport &report = doctor.report();
    if (asJson)
        writeJson(Ports::portReportToJson(report));
    else
        writeOut(textReport(report));
    return Ports::portsExitCode(report);
}

} // namespace SmtpDoctor::Cli
