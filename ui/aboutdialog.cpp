// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSslSocket>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QPlainTextEdit *licenceView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return view;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop);
    head->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"aboutTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    texts->addWidget(m_title);
    m_text = new QLabel(this);
    m_text->setObjectName(u"aboutTextLabel"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_text);
    head->addLayout(texts, 1);
    layout->addLayout(head);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"licenceTabWidget"_s);
    m_programLicence = licenceView(u"programLicenceTextEdit"_s, m_tabs);
    m_dataLicence = licenceView(u"dataLicenceTextEdit"_s, m_tabs);
    m_tabs->addTab(m_programLicence, QString());
    m_tabs->addTab(m_dataLicence, QString());
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 520);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About SMTP Doctor"));
    //: %1 is the version number
    m_title->setText(tr("SMTP Doctor %1").arg(QApplication::applicationVersion()));
    //: %1 and %2 are version numbers of Qt, %3 the TLS library's name and version
    m_text->setText(tr("Finds out why e-mail cannot be sent and what the outgoing-server settings are.\n\n"
                       "Copyright © the SMTP Doctor authors. SMTP Doctor is free software: you can redistribute "
                       "it and/or modify it under the terms of the GNU General Public License, version 3 or (at "
                       "your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.\n\n"
                       "The built-in provider database is a copy of Thunderbird's ISPDB and is licensed under the "
                       "Mozilla Public License 2.0 (MPL-2.0); see the second tab.\n\n"
                       "Qt %1 (built with %2), %3.")
                        .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                            QSslSocket::sslLibraryVersionString()));
    m_tabs->setTabText(0, tr("Program licence"));
    m_tabs->setTabText(1, tr("Provider database licence"));
    m_programLicence->setPlainText(
        tr("SMTP Doctor is licensed under the GNU General Public License, version 3 or later "
           "(SPDX: GPL-3.0-or-later).\n\n"
           "This program is free software: you can redistribute it and/or modify it under the terms of the GNU "
           "General Public License as published by the Free Software Foundation, either version 3 of the License, or "
           "(at your option) any later version.\n\n"
           "This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even "
           "the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public "
           "License for more details.\n\n"
           "You should have received a copy of the GNU General Public License along with this program. If not, see "
           "https://www.gnu.org/licenses/."));
    m_programLicence->setAccessibleName(tr("Program licence"));
    // The notice and the full MPL-2.0 text, as shipped with the data (English, verbatim).
    const QString source = resourceText(u":/ispdb/SOURCE.md"_s);
    const QString licence = resourceText(u":/ispdb/LICENSE.md"_s);
    m_dataLicence->setPlainText(source + u"\n\n"_s + licence);
    m_dataLicence->setAccessibleName(tr("Provider database licence"));
}

} // namespace SmtpDoctor::Ui
