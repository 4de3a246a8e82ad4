// SPDX-License-Identifier: GPL-3.0-or-later
#include "badge.h"

#include <QPainter>
#include <QPainterPath>

namespace SmtpDoctor::Ui {

namespace {
constexpr int kPadX = 7;
constexpr int kPadY = 2;
constexpr int kGap = 4;
} // namespace

Badge::Badge(const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setText(text);
}

void Badge::setText(const QString &text)
{
    m_text = text;
    setAccessibleName(text);
    updateGeometry();
    update();
}

void Badge::setIcon(StatusIcon icon)
{
    m_icon = icon;
    m_hasIcon = true;
    updateGeometry();
    update();
}

QSize Badge::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int iconSize = fm.height();
    int w = 2 * kPadX + fm.horizontalAdvance(m_text);
    if (m_hasIcon)
        w += iconSize + kGap;
    return { w, fm.height() + 2 * kPadY };
}

void Badge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    p.fillPath(path, palette().color(QPalette::AlternateBase));
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawPath(path);
    int x = kPadX;
    const QFontMetrics fm = fontMetrics();
    if (m_hasIcon) {
        const int s = fm.height() - 2;
        statusIcon(m_icon).paint(&p, QRect(x, (height() - s) / 2, s, s));
        x += s + kGap;
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(x, 0, width() - x - kPadX + 1, height()), Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace SmtpDoctor::Ui
