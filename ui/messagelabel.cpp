// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

MessageLabel::MessageLabel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"iconLabel"_s);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text = new QLabel(this);
    m_text->setObjectName(u"textLabel"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    updatePixmap();
}

MessageLabel::MessageLabel(StatusIcon icon, const QString &text, QWidget *parent)
    : MessageLabel(parent)
{
    setIcon(icon);
    setText(text);
}

void MessageLabel::setIcon(StatusIcon icon)
{
    m_iconKind = icon;
    updatePixmap();
}

void MessageLabel::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleName(text);
}

QString MessageLabel::text() const
{
    return m_text->text();
}

void MessageLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        updatePixmap();
    QWidget::changeEvent(event);
}

void MessageLabel::updatePixmap()
{
    // Icon height follows the text so that it sits on the first line at any font size.
    const int size = qMax(16, fontMetrics().height());
    m_icon->setFixedSize(size, size);
    m_icon->setPixmap(statusIcon(m_iconKind).pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace SmtpDoctor::Ui
