// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icons.h"

#include <QWidget>

namespace SmtpDoctor::Ui {

// A small rounded tag with an optional status icon ("Trust: trusted", "Port 465 · SSL/TLS").
// Painted with palette roles only, so it follows light and dark themes.
class Badge : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Badge)
public:
    explicit Badge(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }
    void setIcon(StatusIcon icon);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    bool m_hasIcon = false;
    StatusIcon m_icon = StatusIcon::Info;
};

} // namespace SmtpDoctor::Ui
