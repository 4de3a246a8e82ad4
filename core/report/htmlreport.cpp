// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/htmlreport.h"

#include "report/reportdocument_p.h"
#include "smtp/transcript.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Report {

namespace {

using namespace Internal;

// Every string that reaches the document goes through here: control characters made
// visible, then <, >, & and " escaped. Markup only ever comes from the literals below.
QString esc(const QString &s)
{
    return Transcript::printable(s).toHtmlEscaped();
}

QString toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Neutral:
        return {};
    case Tone::Good:
        return u"good"_s;
    case Tone::Warning:
        return u"warning"_s;
    case Tone::Bad:
        return u"bad"_s;
    }
    return {};
}

QString classAttribute(const QStringList &classes)
{
    QStringList nonEmpty;
    for (const QString &c : classes) {
        if (!c.isEmpty())
            nonEmpty << c;
    }
    return nonEmpty.isEmpty() ? QString() : u" class=\""_s + nonEmpty.join(u' ') + u'"';
}

// No scripts, no external anything; colours that read well on light and dark backgrounds.
QString styleSheet()
{
    return u":root{color-scheme:light dark}"
           "body{font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",sans-serif;max-width:62rem;margin:1.5rem auto;"
           "padding:0 1rem}"
           "h1{font-size:1.5rem;margin:0 0 .2rem}"
           "h2{font-size:1.15rem;margin:1.6rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid "
           "rgba(128,128,128,.5)}"
           "h3{font-size:1rem;margin:1.2rem 0 .4rem}"
           ".subtitle{margin:0;opacity:.75}"
           "section.good>h2{border-bottom:3px solid #2da44e}"
           "section.warning>h2{border-bottom:3px solid #bf8700}"
           "section.bad>h2{border-bottom:3px solid #cf222e}"
           "table{border-collapse:collapse}"
           "table.fields th{text-align:left;vertical-align:top;font-weight:600;padding:.15rem 1rem .15rem 0;"
           "white-space:nowrap}"
           "table.fields td{vertical-align:top;padding:.15rem 0;overflow-wrap:anywhere}"
           "table.grid th,table.grid td{text-align:left;vertical-align:top;padding:.15rem .6rem;"
           "border-bottom:1px solid rgba(128,128,128,.3)}"
           "table.grid td.num,table.grid th.num{text-align:right;font-variant-numeric:tabular-nums}"
           "ul{margin:0;padding-left:1.2rem}"
           "code,pre,table.transcript td{font-family:ui-monospace,\"DejaVu Sans Mono\",Menlo,Consolas,monospace;"
           "font-size:.88em}"
           "code,table.transcript td{white-space:pre-wrap;overflow-wrap:anywhere}"
           "pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.3rem 0 1rem;padding:.5rem;"
           "border:1px solid rgba(128,128,128,.4);border-radius:4px}"
           ".caption{margin:.6rem 0 0;font-weight:600}"
           ".good{color:#1a7f37}.warning{color:#9a6700}.bad{color:#cf222e}"
           "td.good,td.warning,td.bad{font-weight:600}"
           "@media (prefers-color-scheme:dark){.good{color:#3fb950}.warning{color:#d29922}.bad{color:#f85149}}"
           "@media print{:root{color-scheme:light}body{max-width:none;margin:0;font-size:10pt}"
           "h2,h3{break-after:avoid}tr,pre{break-inside:avoid}}"_s;
}

QString renderLines(const Field &f)
{
    QString out;
    switch (f.style) {
    case Field::Style::Plain:
    case Field::Style::Prose: {
        QStringList lines;
        for (const QString &line : f.lines)
            lines << esc(line);
        out = lines.join(u"<br>"_s);
        break;
    }
    case Field::Style::Code: {
        QStringList lines;
        for (const QString &line : f.lines)
            lines << u"<code>"_s + esc(line) + u"</code>"_s;
        out = lines.join(u"<br>"_s);
        break;
    }
    case Field::Style::List:
        out = u"<ul>"_s;
        for (const QString &line : f.lines)
            out += u"<li>"_s + esc(line) + u"</li>"_s;
        out += u"</ul>"_s;
        break;
    }
    return out;
}

void renderFields(QString &out, const QList<const Field *> &fields)
{
    out += u"<table class=\"fields\">\n"_s;
    for (const Field *f : fields) {
        out += u"<tr><th scope=\"row\">"_s + esc(f->label) + u"</th><td"_s + classAttribute({ toneClass(f->tone) })
            + u'>' + renderLines(*f) + u"</td></tr>\n"_s;
    }
    out += u"</table>\n"_s;
}

void renderTable(QString &out, const Table &t)
{
    out += u"<table"_s + classAttribute({ u"grid"_s, t.cssClass }) + u">\n<thead><tr>"_s;
    for (qsizetype c = 0; c < t.header.size(); ++c) {
        out += u"<th scope=\"col\""_s + classAttribute({ t.rightAligned.contains(int(c)) ? u"num"_s : QString() })
            + u'>' + esc(t.header.at(c)) + u"</th>"_s;
    }
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const QStringList &row = t.rows.at(r);
        const Tone tone = r < t.rowTones.size() ? t.rowTones.at(r) : Tone::Neutral;
        out += u"<tr>"_s;
        for (qsizetype c = 0; c < t.header.size(); ++c) {
            const QString cell = c < row.size() ? row.at(c) : QString();
            // The tone colours the mark column only, so long lines stay readable.
            out += u"<td"_s
                + classAttribute(
                    { t.rightAligned.contains(int(c)) ? u"num"_s : QString(), c == 0 ? toneClass(tone) : QString() })
                + u'>' + esc(cell) + u"</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    out += u"</tbody>\n</table>\n"_s;
}

void renderSection(QString &out, const Section &section)
{
    const QString tag = section.level <= 2 ? u"h2"_s : u"h3"_s;
    out += u"<section id=\""_s + esc(section.id) + u'"' + classAttribute({ toneClass(section.tone) }) + u">\n<"_s + tag
        + u'>' + esc(section.heading) + u"</"_s + tag + u">\n"_s;
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
            QStringList lines;
            for (const QString &line : pre->lines)
                lines << esc(line);
            out += u"<p class=\"caption\">"_s + esc(pre->caption) + u"</p>\n<pre>"_s + lines.join(u'\n')
                + u"</pre>\n"_s;
        } else if (const auto *note = std::get_if<Note>(&block)) {
            out += u"<p>"_s + esc(note->text) + u"</p>\n"_s;
        }
    }
    flush();
    out += u"</section>\n"_s;
}

} // namespace

QString htmlReport(const ReportData &data)
{
    const Document doc = buildDocument(data);
    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\""_s + esc(doc.language) + u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    // Defence in depth: even a mistake in escaping could neither run code nor load anything.
    out += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "base-uri 'none'; form-action 'none'\">\n"
           "<meta name=\"referrer\" content=\"no-referrer\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"color-scheme\" content=\"light dark\">\n"_s;
    out += u"<meta name=\"generator\" content=\""_s + esc(u"SMTP Doctor "_s + data.environment.programVersion)
        + u"\">\n"_s;
    //: Title of the HTML report (browser tab): %1 is the server name
    out += u"<title>"_s + esc(ReportText::tr("SMTP Doctor report: %1").arg(data.settings.host)) + u"</title>\n"_s;
    out += u"<style>"_s + styleSheet() + u"</style>\n</head>\n<body>\n"_s;
    out += u"<header>\n<h1>"_s + esc(doc.title) + u"</h1>\n<p class=\"subtitle\">"_s + esc(doc.subtitle)
        + u"</p>\n</header>\n<main>\n"_s;
    for (const Section &section : doc.sections)
        renderSection(out, section);
    out += u"</main>\n</body>\n</html>\n"_s;
    return out;
}

} // namespace SmtpDoctor::Report
