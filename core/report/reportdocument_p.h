// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/report: what the text and HTML reports show, as one neutral
// document model, so both formats carry the same facts in the same order. All
// strings in here are plain text; the renderers make them printable and escape them.

#include "report/reportdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

// Translation context of the reports' texts. In the global namespace on purpose:
// lupdate takes the context from the class name.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

namespace SmtpDoctor::Report::Internal {

enum class Tone {
    Neutral,
    Good,
    Warning,
    Bad,
};

// "Label: value" rows. Consecutive fields of a section are aligned together.
struct Field
{
    enum class Style {
        Plain, // a short value
        Prose, // a sentence or paragraph of ours: may be word-wrapped
        Code, // technical or server text: shown literally, monospace in HTML, never wrapped
        List, // one item per line, bulleted
    };
    QString label;
    QStringList lines; // one entry per line; a value never contains '\n'
    Style style = Style::Plain;
    Tone tone = Tone::Neutral;
};

// A table with a header row. Cells are plain text, shown literally.
struct Table
{
    QString cssClass; // "steps", "transcript"
    QStringList header;
    QList<QStringList> rows;
    QList<int> rightAligned; // column indexes
    QList<Tone> rowTones; // per row, optional
};

// Preformatted lines (PEM) under a caption.
struct Preformatted
{
    QString caption;
    QStringList lines;
};

// A paragraph of ours.
struct Note
{
    QString text;
};

using Block = std::variant<Field, Table, Preformatted, Note>;

struct Section
{
    QString id; // stable, for HTML anchors: "result", "settings", ...
    QString heading;
    int level = 2; // 2 = section, 3 = sub-section (a certificate)
    Tone tone = Tone::Neutral;
    QList<Block> blocks;
};

struct Document
{
    QString title; // "SMTP Doctor report"
    QString subtitle; // "smtp.example.com port 587 (STARTTLS), 2024-05-01T12:00:00Z"
    QString language; // "en", "de"
    QList<Section> sections;
};

[[nodiscard]] Document buildDocument(const ReportData &data);

// Splits text at our own line separator (LF); a CR stays, to be shown as \x{0d}.
[[nodiscard]] QStringList splitLines(const QString &text);

} // namespace SmtpDoctor::Report::Internal
