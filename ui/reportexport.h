// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"

#include "report/reportdata.h"
#include "smtp/checkresult.h"
#include "smtp/checksettings.h"

#include <QObject>

namespace SmtpDoctor::Ui {

// The GUI's one door to the report builders in core/report: "copy report",
// "save report" and "copy settings as text" all go through here.
class ReportExport : public QObject
{
    Q_OBJECT
public:
    enum class Format {
        Text,
        Html,
        Json,
    };
    Q_ENUM(Format)

    // The report for the clipboard (plain text, in the current language). Built from
    // TestedSettings, which cannot hold a password or token.
    [[nodiscard]] static QString reportText(const CheckResult &result, const Report::TestedSettings &settings);
    // Writes the report in the format of the file name's extension (.txt, .html, .json).
    // Returns false with a translated reason in *errorMessage.
    static bool saveReport(const QString &fileName, const CheckResult &result, const Report::TestedSettings &settings,
        QString *errorMessage);
    // The file dialog's name filters, in the order of Format.
    [[nodiscard]] static QStringList nameFilters();
    [[nodiscard]] static QString suffixFor(Format format);

    // The settings as a short text for people (e.g. to copy into a mail program's setup
    // or a ticket). Never contains the password.
    [[nodiscard]] static QString settingsText(const CheckSettings &settings, AuthChoice auth);

private:
    ReportExport() = default;
};

} // namespace SmtpDoctor::Ui
