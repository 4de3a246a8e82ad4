// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatetab.h"

#include "messagelabel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
bool isCertificateCode(ResultCode code)
{
    return code == ResultCode::CertificateUntrusted || code == ResultCode::CertificateExpired
        || code == ResultCode::CertificateHostnameMismatch;
}
} // namespace

CertificateTab::CertificateTab(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"certificateTab"_s);
    auto *layout = new QVBoxLayout(this);
    m_status = new MessageLabel(this);
    m_status->setObjectName(u"certificateStatusLabel"_s);
    layout->addWidget(m_status);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"certificateTreeWidget"_s);
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    m_trust = new QPushButton(this);
    m_trust->setObjectName(u"trustCertificatePushButton"_s);
    m_trust->setAutoDefault(true);
    buttons->addWidget(m_trust);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_trust, &QPushButton::clicked, this, &CertificateTab::confirmTrust);
    render();
}

QString CertificateTab::formatFingerprint(const QByteArray &hex, int bytesPerLine)
{
    QStringList lines;
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        pairs << QString::fromLatin1(hex.mid(i, 2)).toUpper();
        if (pairs.size() == bytesPerLine) {
            lines << pairs.join(u':');
            pairs.clear();
        }
    }
    if (!pairs.isEmpty())
        lines << pairs.join(u':');
    return lines.join(u":\n"_s);
}

void CertificateTab::setResult(const CheckResult &result)
{
    m_result = result;
    render();
}

void CertificateTab::clear()
{
    m_result.reset();
    if (m_confirmation)
        m_confirmation->close();
    render();
}

void CertificateTab::render()
{
    m_tree->clear();
    //: Column headers of the certificate details
    m_tree->setHeaderLabels({ tr("Property"), tr("Value") });
    m_tree->setAccessibleName(tr("Certificate chain"));
    m_trust->setText(tr("Trust this certificate…"));
    m_trust->setAccessibleName(tr("Trust this certificate"));
    m_trust->setEnabled(false);
    if (!m_result) {
        m_status->setIcon(StatusIcon::Pending);
        m_status->setText(tr("No test has run yet."));
        return;
    }
    const Tls::TlsInfo &tls = m_result->tls;
    if (!tls.attempted) {
        m_status->setIcon(m_result->security == Security::None ? StatusIcon::Insecure : StatusIcon::Pending);
        m_status->setText(m_result->security == Security::None
                ? tr("The connection was not encrypted, so there is no certificate to check.")
                : tr("The test ended before the server sent its certificate."));
        return;
    }
    if (tls.pinned) {
        m_status->setIcon(StatusIcon::Ok);
        m_status->setText(tr("The certificate could not be verified, but it is exactly the one you chose to "
                             "trust for this server."));
    } else if (tls.verified) {
        m_status->setIcon(StatusIcon::Ok);
        m_status->setText(tr("The certificate is valid for this server and issued by a trusted authority."));
    } else if (!tls.errors.isEmpty()) {
        m_status->setIcon(StatusIcon::Error);
        //: %1 is a list of problems with the certificate
        m_status->setText(tr("The certificate could not be verified: %1").arg(tls.errors.join(u"; "_s)));
    } else if (!tls.handshakeError.isEmpty()) {
        m_status->setIcon(StatusIcon::Error);
        //: %1 is the technical error from the encryption library
        m_status->setText(tr("Encryption could not be set up: %1").arg(tls.handshakeError));
    } else {
        m_status->setIcon(StatusIcon::Pending);
        m_status->setText(tr("The server sent no certificate."));
    }

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QLocale locale;
    auto add = [&](QTreeWidgetItem *parent, const QString &name, const QString &value, bool mono = false) {
        auto *item = new QTreeWidgetItem(parent, { name, value });
        if (mono)
            item->setFont(1, fixed);
        item->setToolTip(1, value);
        return item;
    };
    for (int i = 0; i < tls.chain.size(); ++i) {
        const Tls::CertificateInfo &c = tls.chain.at(i);
        QString role;
        if (i == 0)
            //: The first certificate of a chain: the server's own
            role = tr("Server certificate");
        else if (c.selfSigned)
            role = tr("Root certificate");
        else
            role = tr("Intermediate certificate");
        auto *top = new QTreeWidgetItem(m_tree, { role, c.subject });
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        add(top, tr("Issued to"), c.subject);
        add(top, tr("Issued by"), c.issuer);
        if (!c.subjectAltNames.isEmpty())
            add(top, tr("Valid for the names"), c.subjectAltNames.join(u", "_s));
        add(top, tr("Valid from"), locale.toString(c.notBefore.toLocalTime(), QLocale::LongFormat));
        add(top, tr("Valid until"), locale.toString(c.notAfter.toLocalTime(), QLocale::LongFormat));
        add(top, tr("SHA-256 fingerprint"), formatFingerprint(c.sha256), true);
        if (c.selfSigned)
            add(top, tr("Self-signed"), tr("yes"));
        top->setExpanded(i == 0);
    }
    if (tls.established) {
        auto *session = new QTreeWidgetItem(m_tree, { tr("Encryption"), tls.protocol });
        add(session, tr("Cipher"), tls.cipher, true);
    }
    const bool leaf = !tls.chain.isEmpty() && !tls.chain.first().sha256.isEmpty();
    m_trust->setEnabled(leaf && !tls.verified && !tls.pinned && isCertificateCode(m_result->code));
}

void CertificateTab::confirmTrust()
{
    if (!m_result || m_result->tls.chain.isEmpty())
        return;
    const QString host = m_result->host;
    const QByteArray sha = m_result->tls.chain.first().sha256;
    if (m_confirmation)
        m_confirmation->close();
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Trust this certificate?"), QString(), QMessageBox::NoButton, this);
    box->setObjectName(u"trustCertificateMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    //: %1 is a server name
    box->setText(tr("Do you want to trust this certificate for %1, although it could not be verified?").arg(host));
    //: %1 is the certificate's SHA-256 fingerprint (several lines of hex pairs)
    box->setInformativeText(tr("Only do this if the server's administrator has confirmed this SHA-256 fingerprint "
                               "to you:\n\n%1\n\nSMTP Doctor will then accept exactly this certificate for this "
                               "server and no other. If the certificate changes, the test fails again.")
                                .arg(formatFingerprint(sha, 8)));
    QPushButton *accept = box->addButton(tr("Trust this certificate"), QMessageBox::AcceptRole);
    accept->setObjectName(u"confirmTrustPushButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, accept, host, sha] {
        if (box->clickedButton() == accept)
            Q_EMIT certificateTrusted(host, sha);
    });
    m_confirmation = box;
    box->open();
}

void CertificateTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace SmtpDoctor::Ui
