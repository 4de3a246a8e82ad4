// SPDX-License-Identifier: GPL-3.0-or-later
#include "timingstab.h"

#include "icons.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
constexpr int kMargin = 8;
constexpr int kGap = 10;
constexpr int kAxisHeight = 22;
} // namespace

TimingChart::TimingChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timingChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus);
    updateAccessibleText();
}

void TimingChart::setPhases(const QList<PhaseTiming> &phases, qint64 totalMs)
{
    m_phases = phases;
    m_totalMs = totalMs;
    for (const PhaseTiming &p : phases)
        m_totalMs = std::max(m_totalMs, p.startMs + p.ms);
    updateAccessibleText();
    updateGeometry();
    update();
}

int TimingChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int TimingChart::labelWidth() const
{
    int w = 0;
    for (const PhaseTiming &p : m_phases)
        w = std::max(w, fontMetrics().horizontalAdvance(phaseName(p.phase)));
    return w;
}

QSize TimingChart::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_phases.size()));
    return { labelWidth() + 360, 2 * kMargin + rows * rowHeight() + kAxisHeight };
}

QSize TimingChart::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return { labelWidth() + 160, hint.height() };
}

void TimingChart::updateAccessibleText()
{
    setAccessibleName(tr("Time taken by each step"));
    QStringList parts;
    for (const PhaseTiming &p : m_phases)
        //: Accessible chart text; %1 step name, %2 milliseconds
        parts << tr("%1: %2 ms").arg(phaseName(p.phase)).arg(p.ms);
    setAccessibleDescription(parts.join(u"; "_s));
}

void TimingChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();
    if (m_phases.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(
            rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignLeft | Qt::AlignTop, tr("No timings yet."));
        return;
    }
    const int labelW = labelWidth();
    const int valueW = fm.horizontalAdvance(tr("%1 ms").arg(QLocale().toString(qint64(99999)))) + kGap;
    const int x0 = kMargin + labelW + kGap;
    const int chartW = std::max(40, width() - x0 - valueW - kMargin);
    const double total = double(std::max<qint64>(1, m_totalMs));
    const double scale = chartW / total;
    const int rh = rowHeight();

    // Grid lines at "nice" steps, labelled on the axis.
    const double rawStep = total / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, rawStep))));
    double step = magnitude;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (magnitude * m >= rawStep) {
            step = magnitude * m;
            break;
        }
    }
    const int chartTop = kMargin;
    const int chartBottom = kMargin + int(m_phases.size()) * rh;
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    for (double t = 0; t <= total + 0.5; t += step) {
        const int x = x0 + int(t * scale);
        p.setPen(QPen(grid, 1, Qt::DotLine));
        p.drawLine(x, chartTop, x, chartBottom);
        p.setPen(pal.color(QPalette::PlaceholderText));
        //: Axis label of the timing chart, milliseconds
        const QString label = tr("%1 ms").arg(QLocale().toString(qint64(t)));
        p.drawText(QRect(x - 50, chartBottom + 2, 100, kAxisHeight - 2), Qt::AlignHCenter | Qt::AlignTop, label);
    }

    for (int i = 0; i < m_phases.size(); ++i) {
        const PhaseTiming &ph = m_phases.at(i);
        const int y = kMargin + i * rh;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(kMargin, y, labelW, rh), Qt::AlignRight | Qt::AlignVCenter, phaseName(ph.phase));
        const int bx = x0 + int(ph.startMs * scale);
        const int bw = std::max(2, int(std::ceil(ph.ms * scale)));
        const QRectF bar(bx, y + 4, bw, rh - 8);
        QColor fill = ph.ok ? successColor() : failureColor();
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(bar, 2, 2);
        p.setPen(pal.color(QPalette::WindowText));
        const QString value = tr("%1 ms").arg(QLocale().toString(ph.ms));
        p.drawText(QRect(bx + bw + 4, y, valueW + chartW, rh), Qt::AlignLeft | Qt::AlignVCenter, value);
    }
}

void TimingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateAccessibleText();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

TimingsTab::TimingsTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timingsTab"_s);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"timingSummaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_chart = new TimingChart(this);
    layout->addWidget(m_chart);
    layout->addStretch(1);
    renderSummary();
}

void TimingsTab::setResult(const CheckResult &result)
{
    m_live = result.phases;
    m_totalMs = result.totalMs;
    m_roundTrips = result.roundTrips;
    m_chart->setPhases(result.phases, result.totalMs);
    renderSummary();
}

void TimingsTab::addPhase(const PhaseTiming &timing)
{
    m_live << timing;
    m_chart->setPhases(m_live, 0);
}

void TimingsTab::clear()
{
    m_live.clear();
    m_totalMs = -1;
    m_roundTrips = 0;
    m_chart->setPhases({}, 0);
    renderSummary();
}

void TimingsTab::renderSummary()
{
    if (m_totalMs < 0) {
        m_summary->setText(tr("The time each step took appears here."));
        return;
    }
    //: %1 is a duration in milliseconds; %n the number of times SMTP Doctor waited for the server
    m_summary->setText(tr("Total: %1 ms, with %n round trip(s) to the server.", nullptr, m_roundTrips)
                           .arg(QLocale().toString(m_totalMs)));
}

void TimingsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        renderSummary();
    QWidget::changeEvent(event);
}

} // namespace SmtpDoctor::Ui
