// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace SmtpDoctor::Tls {

// What a person needs to know about one certificate of the chain.
struct CertificateInfo
{
    QString subject;        // RFC 2253-ish one-line form
    QString issuer;
    QStringList subjectAltNames; // DNS names and IP addresses
    QDateTime notBefore;    // UTC
    QDateTime notAfter;     // UTC
    QByteArray sha256;      // lower-case hex
    QByteArray pem;
    bool selfSigned = false;

    [[nodiscard]] static CertificateInfo from(const QSslCertificate &certificate);
};

// The TLS outcome of a check.
struct TlsInfo
{
    bool attempted = false;     // a handshake was started
    bool established = false;   // the handshake completed (verified or pinned)
    QString protocol;           // "TLSv1.3"
    QString cipher;             // "TLS_AES_256_GCM_SHA384"
    bool verified = false;      // chain and name verified against the trust store
    bool pinned = false;        // accepted only because the leaf matched a user pin
    QStringList errors;         // every verification error, as text (QSslError::errorString)
    QList<int> errorCodes;      // QSslError::SslError values, same order as errors
    QList<CertificateInfo> chain; // leaf first
    QString handshakeError;     // OpenSSL's words when the handshake failed
    int discardedPlaintextBytes = 0; // bytes received after "220 Ready to start TLS" and dropped
};

// RFC 6125 6.4.4: a certificate that has DNS names in its subjectAltName is valid only
// for those names; its subject CN no longer counts. Qt's matcher (used by QSslSocket)
// still accepts a matching CN then. True when `certificate` has DNS subjectAltNames and
// none of them matches `host` (exactly, or by a wildcard that is the whole left-most
// label of a name with at least three labels). False for IP literals and for
// certificates without DNS subjectAltNames (both left to Qt's matcher).
[[nodiscard]] bool dnsNamesExcludeHost(const QSslCertificate &certificate, const QString &host);

// Text of a protocol (QSsl::SslProtocol) as people know it: "TLSv1.3".
[[nodiscard]] QString protocolName(int sslProtocol);

} // namespace SmtpDoctor::Tls
