// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"

#include <QWidget>

#include <optional>

class QTreeWidget;

namespace SmtpDoctor::Ui {

// What the server is and what it offers: addresses, encryption, login methods, and
// its capabilities (EHLO keywords) before and after encryption.
class ServerTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTab)
public:
    explicit ServerTab(QWidget *parent = nullptr);

    void setResult(const SmtpDoctor::CheckResult &result);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QTreeWidget *m_tree = nullptr;
    std::optional<CheckResult> m_result;
};

} // namespace SmtpDoctor::Ui
