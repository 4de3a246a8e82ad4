// SPDX-License-Identifier: GPL-3.0-or-later
// smtp-doctor-cli detect --batch FILE: JSON Lines for a list of addresses.
#include "detectbatch.h"

#include "clicommon.h"

#include "detect/batchdetector.h"
#include "report/detectjson.h"
#include "smtp/resultcode.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Cli {

namespace {

// Progress on the terminal: no line break, so that "\r" overwrites it.
void writeProgress(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// Reads at most kMaxBatchBytes; sets *error (translated) when it cannot.
QByteArray readBatchFile(const QString &path, QString *error)
{
    QFile file;
    const bool isStdin = path == u"-"_s;
    if (!isStdin)
        file.setFileName(path);
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        //: %1 is a file name, %2 the system's reason
        *error = CliText::tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray content;
    while (content.size() <= kMaxBatchBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(1 << 20, kMaxBatchBytes + 1 - content.size()));
        if (chunk.isEmpty())
            break;
        content += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = CliText::tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    if (content.size() > kMaxBatchBytes) {
        const qint64 mib = kMaxBatchBytes / (1024 * 1024);
        if (isStdin)
            //: %1 is a size in MiB
            *error = CliText::tr("the standard input is larger than %1 MiB; split it into smaller files.").arg(mib);
        else
            //: %1 is a file name, %2 a size in MiB
            *error = CliText::tr("%1 is larger than %2 MiB; split it into smaller files.").arg(path).arg(mib);
        return {};
    }
    return content;
}

// The lines of a batch file: split at LF (a CR before it is dropped), a UTF-8 BOM skipped,
// bytes that are not UTF-8 become U+FFFD (BatchInput then rejects that line). Sets *error
// (translated) and returns nothing when there are more than kMaxBatchLines lines.
QStringList batchLines(const QByteArray &content, QString *error)
{
    QByteArrayView data(content);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QStringList lines;
    while (!data.isEmpty()) {
        if (lines.size() >= kMaxBatchLines) {
            //: %L1 is the maximum number of lines
            *error = CliText::tr("the batch file has more than %L1 lines; split it into smaller files.")
                         .arg(kMaxBatchLines);
            return {};
        }
        const qsizetype end = data.indexOf('\n');
        QByteArrayView line = end < 0 ? data : data.first(end);
        data = end < 0 ? QByteArrayView() : data.sliced(end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(QString::fromUtf8(line));
    }
    return lines;
}

} // namespace

int runDetectBatch(const QString &file, int jobs, const Detect::DetectOptions &options)
{
    QString error;
    const QByteArray content = readBatchFile(file, &error);
    const QStringList lines = error.isEmpty() ? batchLines(content, &error) : QStringList();
    if (!error.isEmpty())
        return usageError(error, false);

    Detect::BatchDetector batch;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ExitUsage;
    const bool progress = isatty(STDERR_FILENO) == 1;
    int done = 0;
    bool allFound = true;
    int total = 0;
    QObject::connect(&batch, &Detect::BatchDetector::resultReady, &batch,
                     [&](int line, const QString &input, const Detect::DetectResult &result) {
                         QJsonObject o = Report::detectToJson(result);
                         o.insert(u"line"_s, line + 1);
                         o.insert(u"input"_s, input);
                         out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
                         out.flush();
                         allFound = allFound && result.found();
                         ++done;
                         if (progress)
                             //: Progress of "detect --batch" on the terminal; %1 lines of %n are done
                             writeProgress(u"\r"_s + CliText::tr("%1 of %n line(s) checked", "", total).arg(done));
                     });
    QObject::connect(&batch, &Detect::BatchDetector::finished, &batch, [&] {
        if (progress && done > 0)
            writeProgress(u"\n"_s);
        QCoreApplication::exit(0);
    });
    batch.start(lines, options, jobs);
    total = int(batch.input().entries.size());
    QCoreApplication::exec();
    return allFound ? ExitOk : ExitNetwork;
}

} // namespace SmtpDoctor::Cli
