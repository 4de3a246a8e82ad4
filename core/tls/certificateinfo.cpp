// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/certificateinfo.h"

#include <QHostAddress>
#include <QSsl>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Tls {

namespace {
QString distinguishedName(const QSslCertificate &c, bool issuer)
{
    const QList<QByteArray> attributes = issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values = issuer ? c.issuerInfo(attribute) : c.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    }
    return parts.join(u", "_s);
}
} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            info.subjectAltNames << it.value();
    }
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    info.pem = certificate.toPem();
    // OpenSSL only calls a certificate self-signed when its key usage allows signing
    // certificates; for people, subject == issuer is what "self-signed" means.
    info.selfSigned = certificate.isSelfSigned() || (!info.subject.isEmpty() && info.subject == info.issuer);
    return info;
}

bool dnsNamesExcludeHost(const QSslCertificate &certificate, const QString &host)
{
    const QList<QString> dnsNames = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (dnsNames.isEmpty() || !QHostAddress(host).isNull())
        return false;
    const auto normalized = [](const QString &name) {
        QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
        if (ace.endsWith(u'.'))
            ace.chop(1);
        return ace;
    };
    const QString wanted = normalized(host);
    if (wanted.isEmpty())
        return true;
    const qsizetype firstDot = wanted.indexOf(u'.');
    for (const QString &dnsName : dnsNames) {
        if (dnsName.startsWith(u"*."_s)) {
            // "*.example.test": the wildcard stands for exactly one whole label, and what
            // follows it has at least two labels (no "*.test").
            const QString parent = normalized(dnsName.sliced(2));
            if (parent.contains(u'.') && firstDot > 0 && QStringView(wanted).sliced(firstDot + 1) == parent)
                return false;
        } else if (const QString name = normalized(dnsName); !name.isEmpty() && name == wanted) {
            return false;
        }
    }
    return true;
}

QString protocolName(int sslProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(sslProtocol)) {
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    case QSsl::DtlsV1_2:
        return u"DTLSv1.2"_s;
    default:
        break;
    }
    return u"unknown"_s;
}

} // namespace SmtpDoctor::Tls
