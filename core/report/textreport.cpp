// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/textreport.h"

#include "report/reportdocument_p.h"
#include "smtp/transcript.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Report {

namespace {

using namespace Internal;

constexpr qsizetype kWidth = 100; // target line width
constexpr qsizetype kMaxLabel = 30; // longer labels push their value right instead of widening the column
constexpr qsizetype kMinWrap = 40; // never wrap prose narrower than this
constexpr qsizetype kIndent = 2; // tables, notes under a heading

// Every string that reaches the text goes through here: control characters become visible.
QString shown(const QString &s)
{
    return Transcript::printable(s);
}

// Word-wraps one line to width; words longer than width stay whole.
QStringList wrap(const QString &line, qsizetype width)
{
    if (line.size() <= width)
        return { line };
    QStringList out;
    QString current;
    for (const QString &word : line.split(u' ')) {
        if (current.isEmpty())
            current = word;
        else if (current.size() + 1 + word.size() <= width)
            current += u' ' + word;
        else {
            out << current;
            current = word;
        }
    }
    out << current;
    return out;
}

void underline(QString &out, const QString &heading, QChar c)
{
    out += heading + u'\n' + QString(heading.size(), c) + u'\n';
}

void renderFields(QString &out, const QList<const Field *> &fields)
{
    qsizetype labelWidth = 0;
    for (const Field *f : fields) {
        if (shown(f->label).size() <= kMaxLabel)
            labelWidth = std::max(labelWidth, shown(f->label).size());
    }
    const qsizetype valueColumn = labelWidth + 1;
    const QString pad(valueColumn, u' ');
    const qsizetype wrapWidth = std::max(kMinWrap, kWidth - valueColumn);
    for (const Field *f : fields) {
        QStringList lines;
        for (const QString &raw : f->lines) {
            const QString line = shown(raw);
            switch (f->style) {
            case Field::Style::Plain:
            case Field::Style::Code:
                lines << line;
                break;
            case Field::Style::Prose:
                lines << wrap(line, wrapWidth);
                break;
            case Field::Style::List: {
                const QStringList wrapped = wrap(line, wrapWidth - 2);
                for (qsizetype i = 0; i < wrapped.size(); ++i)
                    lines << (i == 0 ? u"- "_s : u"  "_s) + wrapped.at(i);
                break;
            }
            }
        }
        if (lines.isEmpty())
            lines << QString();
        const QString label = shown(f->label);
        out += label.leftJustified(labelWidth) + u' ' + lines.first();
        for (qsizetype i = 1; i < lines.size(); ++i)
            out += u'\n' + pad + lines.at(i);
        out += u'\n';
    }
}

void renderTable(QString &out, const Table &t)
{
    const qsizetype columns = t.header.size();
    QList<QStringList> cells;
    cells << t.header;
    cells << t.rows;
    QList<qsizetype> widths(columns, 0);
    for (QStringList &row : cells) {
        row.resize(columns);
        for (qsizetype c = 0; c < columns; ++c) {
            row[c] = shown(row.at(c));
            widths[c] = std::max(widths.at(c), row.at(c).size());
        }
    }
    const QString indent(kIndent, u' ');
    auto renderRow = [&](const QStringList &row) {
        QString line = indent;
        for (qsizetype c = 0; c < columns; ++c) {
            const bool last = c == columns - 1;
            if (c > 0)
                line += u"  "_s;
            if (t.rightAligned.contains(int(c)))
                line += row.at(c).rightJustified(widths.at(c));
            else
                line += last ? row.at(c) : row.at(c).leftJustified(widths.at(c));
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    };
    renderRow(cells.first());
    // The rule under the last column ends at the target width, even if some cell is longer.
    qsizetype before = kIndent;
    for (qsizetype c = 0; c + 1 < columns; ++c)
        before += widths.at(c) + 2;
    QStringList rule;
    for (qsizetype c = 0; c < columns; ++c) {
        const bool last = c == columns - 1;
        const qsizetype w
            = last ? std::max(cells.first().at(c).size(), std::min(widths.at(c), kWidth - before)) : widths.at(c);
        rule << QString(w, u'-');
    }
    renderRow(rule);
    for (qsizetype r = 1; r < cells.size(); ++r)
        renderRow(cells.at(r));
}

void renderSection(QString &out, const Section &section)
{
    underline(out, shown(section.heading), section.level <= 2 ? u'-' : u'~');
    QList<const Field *> pending;
    auto flush = [&] {
        if (!pending.isEmpty())
            renderFields(out, pending);
        pending.clear();
    };
    for (const Block &block : section.blocks) {
        if (const auto *field = std::get_if<Field>(&block)) {
            pending << field;
            continue;
        }
        flush();
        if (const auto *table = std::get_if<Table>(&block)) {
            renderTable(out, *table);
        } else if (const auto *pre = std::get_if<Preformatted>(&block)) {
            out += shown(pre->caption) + u'\n';
            for (const QString &line : pre->lines)
                out += QString(kIndent * 2, u' ') + shown(line) + u'\n';
        } else if (const auto *note = std::get_if<Note>(&block)) {
            for (const QString &line : wrap(shown(note->text), kWidth))
                out += line + u'\n';
        }
    }
    flush();
}

} // namespace

QString textReport(const ReportData &data)
{
    const Document doc = buildDocument(data);
    QString out;
    underline(out, shown(doc.title), u'=');
    out += shown(doc.subtitle) + u'\n';
    for (const Section &section : doc.sections) {
        out += u'\n';
        renderSection(out, section);
    }
    return out;
}

} // namespace SmtpDoctor::Report
