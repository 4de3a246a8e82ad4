// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatelist.h"

#include "badge.h"
#include "flowlayout.h"
#include "messagelabel.h"

#include "detect/publicsuffix.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

using Detect::Candidate;
using Detect::Trust;

namespace {

QString securityText(Security s)
{
    switch (s) {
    case Security::Tls:
        //: Encryption of a connection: TLS from the first byte (keep "SSL/TLS")
        return CandidateList::tr("SSL/TLS");
    case Security::StartTls:
        return CandidateList::tr("STARTTLS");
    case Security::None:
        //: Encryption of a connection: none at all
        return CandidateList::tr("no encryption");
    }
    return {};
}

} // namespace

CandidateList::CandidateList(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"candidateList"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(this);
    m_content->setObjectName(u"candidateContentWidget"_s);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    setWidget(m_content);
    setFocusPolicy(Qt::NoFocus); // the cards' buttons take the focus
}

void CandidateList::setAddressDomain(const QString &aceDomain)
{
    m_addressDomain = Detect::registrableDomain(aceDomain);
    if (m_addressDomain.isEmpty())
        m_addressDomain = aceDomain.toLower();
    rebuild();
}

void CandidateList::setCandidates(const QList<Candidate> &candidates)
{
    m_candidates = candidates;
    rebuild();
}

QString CandidateList::hostForDisplay(const QString &aceHost)
{
    const QString unicode = QUrl::fromAce(aceHost.toLatin1());
    if (!unicode.isEmpty() && unicode != aceHost)
        //: %1 is a host name in its technical (ACE) form, %2 the same name with its special characters
        return tr("%1 (%2)").arg(aceHost, unicode);
    return aceHost;
}

void CandidateList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QScrollArea::changeEvent(event);
}

void CandidateList::rebuild()
{
    // Keep the keyboard focus on the same card's button across a rebuild.
    int focusedIndex = -1;
    if (QWidget *focused = focusWidget(); focused && m_content->isAncestorOf(focused))
        focusedIndex = focused->property("candidateIndex").toInt();
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_candidates.size(); ++i)
        m_layout->insertWidget(i, createCard(i, m_content));
    if (focusedIndex >= 0 && focusedIndex < m_candidates.size()) {
        const auto buttons = m_content->findChildren<QPushButton *>(u"useCandidatePushButton"_s);
        for (QPushButton *b : buttons) {
            if (b->property("candidateIndex").toInt() == focusedIndex)
                b->setFocus();
        }
    }
}

QWidget *CandidateList::createCard(int index, QWidget *parent)
{
    const Candidate &c = m_candidates.at(index);
    auto *card = new QFrame(parent);
    card->setObjectName(u"candidateFrame"_s);
    card->setFrameShape(QFrame::StyledPanel);
    card->setFrameShadow(QFrame::Raised);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(card);

    // Host and the button.
    auto *top = new QHBoxLayout;
    auto *hostLabel = new QLabel(hostForDisplay(c.host), card);
    hostLabel->setObjectName(u"candidateHostLabel"_s);
    hostLabel->setTextFormat(Qt::PlainText);
    hostLabel->setWordWrap(true);
    hostLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont hostFont = hostLabel->font();
    hostFont.setBold(true);
    hostLabel->setFont(hostFont);
    top->addWidget(hostLabel, 1);
    auto *use = new QPushButton(tr("Use these settings"), card);
    use->setObjectName(u"useCandidatePushButton"_s);
    use->setProperty("candidateIndex", index);
    use->setAutoDefault(true); // Enter on the focused button presses it
    //: Accessible name of a button; %1 is a server name, %2 a port number
    use->setAccessibleName(tr("Use %1 port %2").arg(c.host).arg(c.port));
    connect(use, &QPushButton::clicked, this, [this, index] { choose(index); });
    top->addWidget(use, 0, Qt::AlignTop);
    layout->addLayout(top);

    // Who the server belongs to: large, never elided.
    const QString domain = Detect::registrableDomain(c.host);
    auto *domainRow = new QHBoxLayout;
    //: Label before the domain a server belongs to
    auto *belongs = new QLabel(tr("Belongs to:"), card);
    domainRow->addWidget(belongs, 0, Qt::AlignBaseline);
    auto *domainLabel = new QLabel(domain.isEmpty() ? c.host : hostForDisplay(domain), card);
    domainLabel->setObjectName(u"candidateDomainLabel"_s);
    domainLabel->setTextFormat(Qt::PlainText);
    domainLabel->setWordWrap(true);
    domainLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont domainFont = domainLabel->font();
    domainFont.setBold(true);
    domainFont.setPointSizeF(domainFont.pointSizeF() * 1.35);
    domainLabel->setFont(domainFont);
    domainRow->addWidget(domainLabel, 1, Qt::AlignBaseline);
    layout->addLayout(domainRow);
    const bool sameDomain = !domain.isEmpty() && domain == m_addressDomain;
    if (!m_addressDomain.isEmpty()) {
        auto *relation = sameDomain
            //: The server's domain is the same as the domain of the user's e-mail address
            ? new MessageLabel(StatusIcon::Ok, tr("the same domain as your e-mail address"), card)
            : new MessageLabel(StatusIcon::Warning,
                //: %1 is a domain such as example.com
                tr("not the domain of your e-mail address (%1): use it only if you know this "
                   "name as your provider's")
                    .arg(hostForDisplay(m_addressDomain)),
                card);
        relation->setObjectName(u"candidateRelationLabel"_s);
        layout->addWidget(relation);
    }

    // Port, encryption, trust, confirmation, sources.
    auto *badges = new FlowLayout(nullptr, 6);
    //: %1 is a port number, %2 the kind of encryption ("SSL/TLS", "STARTTLS", "no encryption")
    auto *port = new Badge(tr("Port %1 · %2").arg(c.port).arg(securityText(c.security)), card);
    port->setIcon(c.security == Security::None ? StatusIcon::Insecure : StatusIcon::Secure);
    badges->addWidget(port);
    auto *trust = new Badge(Detect::trustName(c.trust), card);
    trust->setObjectName(u"trustBadge"_s);
    trust->setToolTip(tr("How far these settings can be trusted, judged by where they were found"));
    //: Accessible name of the trust badge; %1 is "trusted", "probably right" or "guess"
    trust->setAccessibleName(tr("Trust: %1").arg(Detect::trustName(c.trust)));
    trust->setIcon(c.trust == Trust::High ? StatusIcon::Ok : StatusIcon::Warning);
    badges->addWidget(trust);
    auto *live = new Badge(QString(), card);
    live->setObjectName(u"liveTestBadge"_s);
    if (c.confirmed) {
        //: A live test reached the server; %1 is a duration in milliseconds
        live->setText(tr("Works (tested in %1 ms)").arg(c.probeMs));
        live->setIcon(StatusIcon::Ok);
    } else if (c.probed) {
        live->setText(tr("Live test failed"));
        live->setIcon(StatusIcon::Error);
    } else {
        live->setText(tr("Not tested live"));
        live->setIcon(StatusIcon::Pending);
    }
    badges->addWidget(live);
    if (index == 0 && !m_candidates.isEmpty()) {
        //: Badge on the first, recommended candidate
        auto *best = new Badge(tr("Best match"), card);
        best->setIcon(StatusIcon::Info);
        badges->addWidget(best);
    }
    layout->addLayout(badges);
    // Where it was found: one badge per source, best first.
    auto *sourceRow = new FlowLayout(nullptr, 6);
    //: Label before the badges naming where settings were found
    auto *foundIn = new QLabel(tr("Found in:"), card);
    foundIn->setForegroundRole(QPalette::PlaceholderText);
    sourceRow->addWidget(foundIn);
    for (Detect::SourceKind kind : c.sources) {
        auto *source = new Badge(Detect::sourceName(kind), card);
        source->setObjectName(u"sourceBadge"_s);
        sourceRow->addWidget(source);
    }
    layout->addLayout(sourceRow);
    if (!c.username.isEmpty()) {
        //: %1 is the login name the provider wants
        auto *user = new QLabel(tr("User name: %1").arg(c.username), card);
        user->setTextFormat(Qt::PlainText);
        user->setWordWrap(true);
        layout->addWidget(user);
    }
    for (const QString &w : c.warnings) {
        // Said already, more precisely, by the line under the domain.
        if (w == QLatin1String(Detect::Warning::OutsideDomain) && !m_addressDomain.isEmpty() && !sameDomain)
            continue;
        auto *label = new MessageLabel(StatusIcon::Warning, Detect::warningText(w), card);
        label->setObjectName(u"candidateWarningLabel"_s);
        layout->addWidget(label);
    }
    for (const QString &n : c.notes) {
        auto *label = new MessageLabel(StatusIcon::Info, n, card);
        label->setObjectName(u"candidateNoteLabel"_s);
        layout->addWidget(label);
    }
    //: Accessible description of a found server; %1 host, %2 domain, %3 port, %4 encryption, %5 trust
    card->setAccessibleName(tr("%1, belongs to %2, port %3, %4, trust: %5")
                                .arg(c.host, domain)
                                .arg(c.port)
                                .arg(securityText(c.security), Detect::trustName(c.trust)));
    use->setAccessibleDescription(card->accessibleName());
    return card;
}

void CandidateList::choose(int index)
{
    if (index < 0 || index >= m_candidates.size())
        return;
    if (m_candidates.at(index).trust == Trust::High) {
        Q_EMIT candidateChosen(m_candidates.at(index));
        return;
    }
    confirm(index);
}

void CandidateList::confirm(int index)
{
    const Candidate c = m_candidates.at(index);
    if (m_confirmation)
        m_confirmation->close();
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Use these settings?"), QString(), QMessageBox::NoButton, this);
    box->setObjectName(u"confirmCandidateMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    const QString domain = Detect::registrableDomain(c.host);
    //: %1 is a server name, %2 the domain it belongs to
    box->setText(tr("These settings were not confirmed by your provider. The server %1 belongs to %2.")
                     .arg(hostForDisplay(c.host), domain.isEmpty() ? c.host : hostForDisplay(domain)));
    QStringList info;
    for (const QString &w : c.warnings)
        info << Detect::warningText(w);
    info << tr("Use them only if you recognise this name as your e-mail provider's. A wrong server could read "
               "your password.");
    box->setInformativeText(info.join(u"\n\n"_s));
    QPushButton *accept = box->addButton(tr("Use these settings"), QMessageBox::AcceptRole);
    accept->setObjectName(u"confirmUsePushButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, accept, c] {
        if (box->clickedButton() == accept)
            Q_EMIT candidateChosen(c);
    });
    m_confirmation = box;
    box->open();
}

} // namespace SmtpDoctor::Ui
