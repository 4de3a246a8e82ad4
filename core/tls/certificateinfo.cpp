// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/certificateinfo.h"

#include <QSsl>

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
