// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcripttab.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
QString lineFor(const TranscriptEntry &e)
{
    QString prefix;
    switch (e.direction) {
    case TranscriptEntry::Direction::Client:
        prefix = u"C:"_s;
        break;
    case TranscriptEntry::Direction::Server:
        prefix = u"S:"_s;
        break;
    case TranscriptEntry::Direction::Info:
        prefix = u" *"_s;
        break;
    }
    return u"%1 ms  %2 %3"_s.arg(e.ms, 6).arg(prefix, Transcript::printable(e.line));
}
} // namespace

TranscriptTab::TranscriptTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"transcriptTab"_s);
    auto *layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"transcriptTextEdit"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setMaximumBlockCount(20000);
    layout->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"copyTranscriptPushButton"_s);
    m_copy->setAutoDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(plainText()); });
    retranslate();
}

void TranscriptTab::clear()
{
    m_entries.clear();
    m_text->clear();
}

void TranscriptTab::append(const TranscriptEntry &entry)
{
    m_entries << entry;
    insert(entry);
}

void TranscriptTab::setEntries(const QList<TranscriptEntry> &entries)
{
    m_entries = entries;
    rerender();
}

QString TranscriptTab::plainText() const
{
    QStringList lines;
    for (const TranscriptEntry &e : m_entries)
        lines << lineFor(e);
    return lines.join(u'\n') + (lines.isEmpty() ? QString() : u"\n"_s);
}

void TranscriptTab::insert(const TranscriptEntry &entry)
{
    // Colours from the palette, so that they suit light and dark themes. insertText()
    // never interprets markup: the server's words stay plain text.
    QTextCharFormat format;
    switch (entry.direction) {
    case TranscriptEntry::Direction::Client:
        format.setForeground(palette().color(QPalette::Link));
        break;
    case TranscriptEntry::Direction::Server:
        format.setForeground(palette().color(QPalette::Text));
        break;
    case TranscriptEntry::Direction::Info:
        format.setForeground(palette().color(QPalette::PlaceholderText));
        format.setFontItalic(true);
        break;
    }
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_text->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(lineFor(entry), format);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void TranscriptTab::rerender()
{
    m_text->clear();
    for (const TranscriptEntry &e : m_entries)
        insert(e);
}

void TranscriptTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        rerender();
    QWidget::changeEvent(event);
}

void TranscriptTab::retranslate()
{
    m_text->setAccessibleName(tr("Protocol transcript"));
    //: %1 is the marker that stands where a password was, e.g. "[redacted]"
    m_text->setAccessibleDescription(tr("C: lines were sent by SMTP Doctor, S: lines by the server, * lines are "
                                        "notes. Passwords are replaced by %1.")
                                         .arg(Transcript::redactedMarker()));
    m_copy->setText(tr("Copy transcript"));
    m_copy->setAccessibleName(tr("Copy the transcript"));
}

} // namespace SmtpDoctor::Ui
