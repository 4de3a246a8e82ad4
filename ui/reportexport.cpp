// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "report/reportdata.h"
#include "report/textreport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
Report::ReportData reportData(const CheckResult &result, const Report::TestedSettings &settings)
{
    return Report::ReportData::make(result, settings);
}
} // namespace

QString ReportExport::reportText(const CheckResult &result, const Report::TestedSettings &settings)
{
    return Report::textReport(reportData(result, settings));
}

bool ReportExport::saveReport(
    const QString &fileName, const CheckResult &result, const Report::TestedSettings &settings, QString *errorMessage)
{
    QString target = fileName;
    if (!Report::formatForFileName(target))
        target += suffixFor(Format::Text);
    return Report::writeReportFile(target, reportData(result, settings), errorMessage);
}

QStringList ReportExport::nameFilters()
{
    //: File type filters of the "save report" dialog; keep the patterns in parentheses
    return { tr("Text report (*.txt)"), tr("HTML report (*.html *.htm)"), tr("JSON for programs (*.json)") };
}

QString ReportExport::suffixFor(Format format)
{
    switch (format) {
    case Format::Text:
        return u".txt"_s;
    case Format::Html:
        return u".html"_s;
    case Format::Json:
        return u".json"_s;
    }
    return {};
}

QString ReportExport::settingsText(const CheckSettings &s, AuthChoice auth)
{
    QString security;
    switch (s.security) {
    case Security::Tls:
        //: Encryption in the settings text (keep "SSL/TLS")
        security = tr("SSL/TLS");
        break;
    case Security::StartTls:
        security = tr("STARTTLS");
        break;
    case Security::None:
        security = tr("none (insecure)");
        break;
    }
    QString method;
    switch (auth) {
    case AuthChoice::Automatic:
        method = tr("automatic (normal password)");
        break;
    case AuthChoice::Plain:
        method = u"PLAIN"_s;
        break;
    case AuthChoice::Login:
        method = u"LOGIN"_s;
        break;
    case AuthChoice::CramMd5:
        method = u"CRAM-MD5"_s;
        break;
    case AuthChoice::ScramSha256:
        method = u"SCRAM-SHA-256"_s;
        break;
    case AuthChoice::ScramSha1:
        method = u"SCRAM-SHA-1"_s;
        break;
    case AuthChoice::OAuth2Token:
        method = tr("OAuth 2");
        break;
    }
    QStringList lines;
    lines << tr("Outgoing mail server (SMTP)");
    //: Lines of the settings text; %1 is the value
    lines << tr("Server: %1").arg(s.host);
    lines << tr("Port: %1").arg(s.port);
    lines << tr("Encryption: %1").arg(security);
    lines << tr("Login method: %1").arg(method);
    lines << tr("User name: %1").arg(s.username.isEmpty() ? tr("(none)") : s.username);
    lines << tr("Password: (not included)");
    return lines.join(u'\n') + u'\n';
}

} // namespace SmtpDoctor::Ui
