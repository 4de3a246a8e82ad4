// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icons.h"

#include <QWidget>

class QLabel;

namespace SmtpDoctor::Ui {

// A small status icon followed by a wrapped line of plain text (never rich text:
// the text may come from a server or a provider file).
class MessageLabel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLabel)
public:
    explicit MessageLabel(QWidget *parent = nullptr);
    MessageLabel(StatusIcon icon, const QString &text, QWidget *parent = nullptr);

    void setIcon(StatusIcon icon);
    void setText(const QString &text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QLabel *textLabel() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updatePixmap();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    StatusIcon m_iconKind = StatusIcon::Info;
};

} // namespace SmtpDoctor::Ui
