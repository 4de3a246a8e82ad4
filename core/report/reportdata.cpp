// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdata.h"

#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/reportdocument_p.h"
#include "report/textreport.h"
#include "smtp/checksettings.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Report {

TestedSettings TestedSettings::fromSettings(const CheckSettings &s)
{
    TestedSettings t;
    t.host = s.host;
    t.port = s.port;
    t.security = s.security;
    if (!s.connectAddress.isNull()) {
        t.connectAddress = s.connectAddress.toString();
    } else if (!s.connectAddresses.isEmpty()) {
        QStringList addresses;
        for (const QHostAddress &a : s.connectAddresses)
            addresses << a.toString();
        t.connectAddress = addresses.join(u", "_s);
    }
    t.username = s.username;
    // Only whether a secret was given, never the secret.
    t.credential = !s.token.isEmpty() ? Credential::Token
        : !s.password.isEmpty()       ? Credential::Password
                                      : Credential::None;
    t.mechanism = s.mechanism;
    t.allowPlaintextAuth = s.allowPlaintextAuth;
    t.from = s.from;
    t.to = s.to;
    t.ehloName = s.ehloName;
    t.extraCaCertificates = int(s.extraCaCertificates.size());
    t.pinnedSha256 = s.pinnedSha256;
    t.timeoutMs = s.timeouts.totalMs;
    return t;
}

TestedSettings TestedSettings::fromResult(const CheckResult &r)
{
    TestedSettings t;
    t.host = r.host;
    t.port = r.port;
    t.security = r.security;
    t.username = r.username;
    t.credential = r.username.isEmpty() ? Credential::None : Credential::Password;
    t.from = r.from;
    t.to = r.to;
    return t;
}

ReportData ReportData::make(const CheckResult &result, const TestedSettings &settings, const Environment &environment,
    const QDateTime &generatedUtc)
{
    ReportData d;
    d.settings = settings;
    d.result = result;
    d.generatedUtc = generatedUtc.toUTC();
    d.diagnosis = Diagnosis::diagnose(result, d.generatedUtc);
    d.environment = environment;
    return d;
}

ReportData ReportData::make(const CheckResult &result, const TestedSettings &settings)
{
    const QString host = settings.host.isEmpty() ? result.host : settings.host;
    return make(result, settings, Environment::current(host, settings.port ? settings.port : result.port));
}

QString reportLanguage()
{
    //: The code of this translation's language (BCP 47, e.g. "de" for German). It is the
    //: HTML lang attribute of reports and names the report language; translate with your code.
    const QString code = ReportText::tr("en").trimmed();
    // A translation has no business putting anything but a language tag here.
    for (const QChar c : code) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-')
            return u"en"_s;
    }
    return code.isEmpty() ? u"en"_s : code;
}

std::optional<Format> formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"txt"_s)
        return Format::Text;
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return Format::Html;
    if (suffix == u"json"_s)
        return Format::Json;
    return std::nullopt;
}

QByteArray render(const ReportData &data, Format format)
{
    switch (format) {
    case Format::Text:
        return textReport(data).toUtf8();
    case Format::Html:
        return htmlReport(data).toUtf8();
    case Format::Json:
        return QJsonDocument(reportToJson(data)).toJson(QJsonDocument::Indented);
    }
    return {};
}

bool writeReportFile(const QString &fileName, const ReportData &data, QString *errorMessage)
{
    const std::optional<Format> format = formatForFileName(fileName);
    if (!format) {
        if (errorMessage)
            //: %1 is a file name
            *errorMessage = ReportText::tr("Cannot tell the report format from the file name %1: use a name ending in "
                                           ".txt, .html or .json.")
                                .arg(fileName);
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            //: %1 is a file name, %2 the reason from the system
            *errorMessage
                = ReportText::tr("The report could not be written to %1: %2").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray bytes = render(data, *format);
    // A failed write is remembered by QSaveFile: commit() then fails and keeps the old file.
    file.write(bytes);
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage
                = ReportText::tr("The report could not be written to %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace SmtpDoctor::Report
