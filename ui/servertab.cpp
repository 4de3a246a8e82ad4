// SPDX-License-Identifier: GPL-3.0-or-later
#include "servertab.h"

#include "smtp/transcript.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

ServerTab::ServerTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"serverTab"_s);
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"serverTreeWidget"_s);
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    layout->addWidget(m_tree);
    render();
}

void ServerTab::setResult(const CheckResult &result)
{
    m_result = result;
    render();
}

void ServerTab::clear()
{
    m_result.reset();
    render();
}

void ServerTab::render()
{
    m_tree->clear();
    //: Column headers of the server details
    m_tree->setHeaderLabels({ tr("Property"), tr("Value") });
    m_tree->setAccessibleName(tr("Server details"));
    if (!m_result)
        return;
    const CheckResult &r = *m_result;
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, { title });
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    auto add = [](QTreeWidgetItem *parent, const QString &name, const QString &value) {
        // Server words are shown literally (control characters visible), never as markup.
        auto *item = new QTreeWidgetItem(parent, { name, Transcript::printable(value) });
        item->setToolTip(1, item->text(1));
        return item;
    };
    const QLocale locale;
    auto *connection = section(tr("Connection"));
    //: %1 is a server name, %2 a port number
    add(connection, tr("Server"), tr("%1 port %2").arg(r.host).arg(r.port));
    if (!r.peerAddress.isEmpty())
        add(connection, tr("Address used"), r.peerAddress);
    if (!r.resolvedAddresses.isEmpty())
        add(connection, tr("All addresses of the name"), r.resolvedAddresses.join(u", "_s));
    if (r.tls.established)
        //: %1 is a TLS version such as TLSv1.3, %2 a cipher name
        add(connection, tr("Encryption"), tr("%1, %2").arg(r.tls.protocol, r.tls.cipher));
    else if (r.security == Security::None)
        add(connection, tr("Encryption"), tr("none"));
    if (r.capabilities.valid && !r.capabilities.serverName.isEmpty())
        add(connection, tr("Name the server gives itself"), r.capabilities.serverName);
    if (r.capabilities.size) {
        const qint64 size = *r.capabilities.size;
        add(connection, tr("Largest message"),
            size == 0 ? tr("no fixed limit") : locale.formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat));
    }
    if (r.lastReply.isValid()) {
        // One row per reply line (a cell cannot show line breaks); longer replies folded.
        const QStringList &lines = r.lastReply.lines;
        auto lineText = [&r](const QString &line) { return u"%1 %2"_s.arg(r.lastReply.code).arg(line); };
        QTreeWidgetItem *last = add(connection, tr("Last reply"), lineText(lines.value(0)));
        for (qsizetype i = 1; i < lines.size(); ++i)
            add(last, QString(), lineText(lines.at(i)));
        last->setExpanded(lines.size() <= 3);
    }

    auto *login = section(tr("Login"));
    const QStringList offered = r.auth.offered.isEmpty() ? r.capabilities.authMechanisms : r.auth.offered;
    add(login, tr("Methods offered"), offered.isEmpty() ? tr("none") : offered.join(u' '));
    if (r.auth.attempted)
        add(login, tr("Method used"), r.auth.used);

    auto capabilityList = [&](const QString &title, const Smtp::Capabilities &caps) {
        auto *item = section(title);
        if (!caps.valid) {
            add(item, QString(), tr("not received"));
            return;
        }
        for (const QString &keyword : caps.keywords)
            add(item, keyword.section(u' ', 0, 0), keyword.section(u' ', 1));
        if (caps.keywords.isEmpty())
            add(item, QString(), tr("none"));
    };
    if (r.security == Security::StartTls)
        capabilityList(tr("Capabilities before encryption"), r.capabilitiesBeforeTls);
    if (r.security == Security::None)
        capabilityList(tr("Capabilities"), r.capabilities);
    else if (r.tls.established || r.security == Security::Tls)
        capabilityList(tr("Capabilities after encryption"), r.capabilities);
    // STARTTLS that never happened: there is no "after encryption" to show.
}

void ServerTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace SmtpDoctor::Ui
