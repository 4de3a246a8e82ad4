// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"

#include <QWidget>

class QLabel;

namespace SmtpDoctor::Ui {

// A horizontal bar chart of the phases of a check on a common time axis: where each
// phase started, how long it took, and whether it worked. Painted with palette roles
// (bars in the status green/red).
class TimingChart : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingChart)
public:
    explicit TimingChart(QWidget *parent = nullptr);

    void setPhases(const QList<SmtpDoctor::PhaseTiming> &phases, qint64 totalMs);
    [[nodiscard]] const QList<PhaseTiming> &phases() const { return m_phases; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int labelWidth() const;
    void updateAccessibleText();

    QList<PhaseTiming> m_phases;
    qint64 m_totalMs = 0;
};

// The Timings tab: the chart and a one-line summary.
class TimingsTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimingsTab)
public:
    explicit TimingsTab(QWidget *parent = nullptr);

    void setResult(const SmtpDoctor::CheckResult &result);
    void addPhase(const SmtpDoctor::PhaseTiming &timing); // live, during a check
    void clear();
    [[nodiscard]] TimingChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderSummary();

    TimingChart *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QList<PhaseTiming> m_live;
    qint64 m_totalMs = -1;
    int m_roundTrips = 0;
};

} // namespace SmtpDoctor::Ui
