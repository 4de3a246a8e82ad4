// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/transcript.h"

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace SmtpDoctor::Ui {

// The protocol transcript (already redacted by the engine), monospace, coloured by
// direction with palette colours, shown strictly as plain text. Fills in live.
class TranscriptTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptTab)
public:
    explicit TranscriptTab(QWidget *parent = nullptr);

    void clear();
    void append(const SmtpDoctor::TranscriptEntry &entry);
    void setEntries(const QList<SmtpDoctor::TranscriptEntry> &entries);
    [[nodiscard]] QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rerender();
    void insert(const TranscriptEntry &entry);

    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_copy = nullptr;
    QList<TranscriptEntry> m_entries;
};

} // namespace SmtpDoctor::Ui
