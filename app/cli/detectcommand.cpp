// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli detect / check: find the settings for an address (and test the best one).
#include "clicommon.h"
#include "commands.h"
#include "consoleoutput.h"
#include "detectbatch.h"

#include "detect/batchdetector.h"
#include "detect/detector.h"
#include "diagnosis/diagnosis.h"
#include "report/detectjson.h"
#include "report/jsonreport.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Cli {

namespace {

// The base address of the online provider database: http(s) only.
bool parseIspdbUrl(const QString &value, QUrl *url)
{
    *url = QUrl(value);
    return url->isValid() && (url->scheme() == u"https"_s || url->scheme() == u"http"_s);
}

struct DetectCliOptions
{
    QCommandLineOption timeout{u"timeout"_s, CliText::tr("Give up after this many seconds (default 10)."), CliText::tr("seconds")};
    QCommandLineOption offline{u"offline"_s, CliText::tr("Do not ask the online provider database (a third party).")};
    QCommandLineOption ispdbUrl{u"ispdb-url"_s, CliText::tr("Base address of the online provider database."), CliText::tr("url")};
    QCommandLineOption allowHttp{u"allow-http"_s, CliText::tr("Also try unencrypted HTTP for the configuration file (untrusted).")};
    QCommandLineOption noProbe{u"no-probe"_s, CliText::tr("Do not test the found servers live.")};
    QCommandLineOption caFile{u"ca-file"_s, CliText::tr("Also trust the CA certificates in this PEM file."), CliText::tr("file")};
    QCommandLineOption json{u"json"_s, CliText::tr("Print one JSON object instead of text.")};
    QCommandLineOption lang{u"lang"_s, CliText::tr("Language of the output: en or de."), CliText::tr("language")};
    // check only: its --timeout is the test's.
    QCommandLineOption detectTimeout{u"detect-timeout"_s,
                                     CliText::tr("Give the search for the server at most this many seconds (default 10)."),
                                     CliText::tr("seconds")};

    QString apply(const QCommandLineParser &parser, Detect::DetectOptions &o) const
    {
        if (parser.isSet(timeout) && !parseSeconds(parser.value(timeout), 600, &o.timeoutMs))
            return CliText::tr("--timeout must be a number of seconds between 0 and 600.");
        o.offline = parser.isSet(offline);
        if (parser.isSet(ispdbUrl) && !parseIspdbUrl(parser.value(ispdbUrl), &o.ispdbBase))
            return CliText::tr("--ispdb-url needs an https:// address.");
        o.allowHttp = parser.isSet(allowHttp);
        o.probe = !parser.isSet(noProbe);
        if (parser.isSet(caFile)) {
            if (const QString error = loadCaFile(parser.value(caFile), &o.extraCaCertificates); !error.isEmpty())
                return error;
        }
        return {};
    }
};

Detect::DetectResult runDetector(const QString &address, const Detect::DetectOptions &options, bool live)
{
    Detect::Detector detector;
    if (live) {
        QObject::connect(&detector, &Detect::Detector::sourceChanged, QCoreApplication::instance(),
                         [](const Detect::SourceReport &r) {
                             if (r.status != Detect::SourceStatus::Pending)
                                 writeOut(consoleSourceLine(r));
                         });
    }
    QObject::connect(&detector, &Detect::Detector::finished, QCoreApplication::instance(),
                     [](const Detect::DetectResult &) { QCoreApplication::exit(0); });
    detector.start(address, options);
    QCoreApplication::exec();
    return detector.result();
}

} // namespace

int runDetect(const QStringList &arguments)
{
    QCommandLineParser parser;
    //: Description of "smtp-doctor-cli detect" in --help
    const QString about = CliText::tr("Finds the outgoing mail server settings for an e-mail address: from the "
                                      "built-in provider list, the domain's configuration file, DNS and live tests, "
                                      "all at once. No password is needed or sent.");
    //: Part of the --help of "smtp-doctor-cli detect". %L1 is a number of lines, %2 a size in MiB,
    //: %3 the default of --jobs. Keep "#", "-", "line" and "input".
    const QString batchAbout = CliText::tr("With --batch FILE: one address per line (\"-\" reads standard input; "
                                           "empty lines and lines starting with # are skipped; at most %L1 lines and "
                                           "%2 MiB). Every domain is detected once, at most --jobs domains at a time "
                                           "(default %3); the output is one JSON object per line of the file, in the "
                                           "file's order: the one --json prints, plus \"line\" and \"input\".")
                                   .arg(kMaxBatchLines)
                                   .arg(kMaxBatchBytes / (1024 * 1024))
                                   .arg(Detect::BatchDetector::kDefaultJobs);
    //: Part of the --help of "smtp-doctor-cli detect". Keep the numbers.
    const QString exitCodes = CliText::tr("Exit codes: 0 settings found (with --batch: for every address), 2 invalid "
                                          "address or usage error, 3 nothing found (with --batch: for some address).");
    parser.setApplicationDescription(about + u"\n\n"_s + batchAbout + u"\n\n"_s + exitCodes);
    parser.addHelpOption();
    parser.addPositionalArgument(u"detect"_s, CliText::tr("The command."), u"detect"_s);
    parser.addPositionalArgument(u"address"_s, CliText::tr("The e-mail address."), u"ADDRESS"_s);
    const DetectCliOptions o;
    //: Help of --batch. Keep "-".
    const QString batchHelp
        = CliText::tr("Detect every address in this file, one per line (\"-\": standard input); prints JSON Lines.");
    const QCommandLineOption batchOption{u"batch"_s, batchHelp, CliText::tr("file")};
    //: Help of --jobs. %1 and %2 are numbers
    const QString jobsHelp = CliText::tr("With --batch: detect this many domains at once (%1 to %2).")
                                 .arg(1)
                                 .arg(Detect::BatchDetector::kMaxJobs);
    //: Placeholder of the value of --jobs in --help
    const QCommandLineOption jobsOption{u"jobs"_s, jobsHelp, CliText::tr("count")};
    parser.addOptions({o.timeout, o.offline, o.ispdbUrl, o.allowHttp, o.noProbe, o.caFile, o.json, o.lang, batchOption,
                       jobsOption});
    const bool batchRequested = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == u"--batch"_s || a.startsWith(u"--batch="_s);
    });
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), arguments.contains(u"--json"_s) && !batchRequested);
    if (parser.isSet(u"help"_s)) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    const bool batch = parser.isSet(batchOption);
    const bool asJson = parser.isSet(o.json) && !batch; // batch errors: standard error only, never a JSON line
    const QStringList positional = parser.positionalArguments();
    if (batch && positional.size() != 1)
        return usageError(CliText::tr("detect takes either an e-mail address or --batch, not both."), false);
    if (!batch && positional.size() != 2)
        return usageError(CliText::tr("detect needs exactly one e-mail address."), asJson);
    int jobs = Detect::BatchDetector::kDefaultJobs;
    if (parser.isSet(jobsOption)) {
        if (!batch)
            return usageError(CliText::tr("--jobs works only with --batch."), asJson);
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1 || jobs > Detect::BatchDetector::kMaxJobs)
            //: %1 and %2 are numbers
            return usageError(CliText::tr("--jobs must be a whole number from %1 to %2.")
                                  .arg(1)
                                  .arg(Detect::BatchDetector::kMaxJobs),
                              false);
    }
    Detect::DetectOptions options;
    if (const QString error = o.apply(parser, options); !error.isEmpty())
        return usageError(error, asJson);
    if (batch)
        return runDetectBatch(parser.value(batchOption), jobs, options);
    if (!asJson)
        //: %1 is an e-mail address
        writeOut(CliText::tr("Looking for the outgoing server of %1").arg(positional.at(1)) + u"\n\n"_s);
    const Detect::DetectResult result = runDetector(positional.at(1), options, !asJson);
    if (asJson)
        writeJson(Report::detectToJson(result));
    else
        writeOut(consoleDetectReport(result));
    if (!result.inputError.isEmpty())
        return ExitUsage;
    return result.found() ? ExitOk : ExitNetwork;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    //: Description of "smtp-doctor-cli check" in --help
    parser.setApplicationDescription(CliText::tr("Finds the outgoing server for an e-mail address, then checks the best "
                                                 "confirmed one live, with the login if a password or token is given.")
                                     + u"\n\n"_s + exitCodeHelp());
    parser.addHelpOption();
    parser.addPositionalArgument(u"check"_s, CliText::tr("The command."), u"check"_s);
    parser.addPositionalArgument(u"address"_s, CliText::tr("The e-mail address."), u"ADDRESS"_s);
    const DetectCliOptions d;
    parser.addOptions({d.offline, d.ispdbUrl, d.allowHttp, d.detectTimeout});
    const CheckOptions common;
    common.addTo(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), arguments.contains(u"--json"_s));
    if (parser.isSet(u"help"_s)) {
        writeOut(parser.helpText());
        return ExitOk;
    }
    const bool asJson = common.json(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(CliText::tr("check needs exactly one e-mail address."), asJson);

    CheckSettings s;
    if (const QString error = common.apply(parser, s); !error.isEmpty())
        return usageError(error, asJson);
    Detect::DetectOptions options;
    options.offline = parser.isSet(d.offline);
    options.allowHttp = parser.isSet(d.allowHttp);
    if (parser.isSet(d.ispdbUrl) && !parseIspdbUrl(parser.value(d.ispdbUrl), &options.ispdbBase))
        return usageError(CliText::tr("--ispdb-url needs an https:// address."), asJson);
    if (parser.isSet(d.detectTimeout) && !parseSeconds(parser.value(d.detectTimeout), 600, &options.timeoutMs))
        return usageError(CliText::tr("--detect-timeout must be a number of seconds between 0 and 600."), asJson);
    options.extraCaCertificates = s.extraCaCertificates;

    if (!asJson)
        writeOut(CliText::tr("Looking for the outgoing server of %1").arg(positional.at(1)) + u"\n\n"_s);
    const Detect::DetectResult detected = runDetector(positional.at(1), options, !asJson);
    const Detect::Candidate *best = detected.bestConfirmed();
    QJsonObject combined{{u"detect"_s, Report::detectToJson(detected)}};
    if (!asJson)
        writeOut(consoleDetectReport(detected));
    if (!detected.inputError.isEmpty()) {
        if (asJson)
            writeJson(combined);
        common.noReport(parser);
        return ExitUsage;
    }
    if (!best) {
        if (asJson) {
            combined.insert(u"ok"_s, false);
            writeJson(combined);
        } else {
            writeOut(CliText::tr("No confirmed server to test.") + u'\n');
        }
        common.noReport(parser);
        return ExitNetwork;
    }
    s.host = best->host;
    s.port = best->port;
    s.security = best->security;
    if (s.username.isEmpty() && (!s.password.isEmpty() || !s.token.isEmpty()))
        s.username = best->username.isEmpty() ? detected.address->address() : best->username;
    if (!asJson)
        writeOut(u"\n"_s);
    const CheckResult result = CheckOptions::runCheck(s, !asJson);
    const Report::TestedSettings tested = Report::TestedSettings::fromSettings(s);
    s.password.fill(u'\0');
    s.token.fill(u'\0');
    if (asJson) {
        QJsonObject test = Report::checkToJson(result);
        test.insert(u"diagnosis"_s, Diagnosis::diagnosisToJson(Diagnosis::diagnose(result)));
        combined.insert(u"test"_s, test);
        combined.insert(u"ok"_s, result.ok());
        writeJson(combined);
    } else {
        writeOut(consoleReport(result, common.transcript(parser)));
    }
    return common.finishReport(parser, result, tested, exitCodeFor(result.code));
}

} // namespace SmtpDoctor::Cli
