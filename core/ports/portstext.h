// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/portresult.h"

#include <QCoreApplication>
#include <QString>

// Translation context of the port doctor's texts (lupdate reads it from the class name).
class PortsText
{
    Q_DECLARE_TR_FUNCTIONS(PortsText)
};

namespace SmtpDoctor::Ports {

// Short labels for one line per port, translated.
[[nodiscard]] QString securityLabel(Security security); // "SSL/TLS", "STARTTLS", "no encryption"
[[nodiscard]] QString stateLabel(const PortResult &port); // "connection refused", ...; empty when reachable
[[nodiscard]] QString speaksLabel(const PortResult &port); // "SMTP with STARTTLS", "HTTP, not SMTP", ...
[[nodiscard]] QString certificateLabel(CertificateVerdict verdict); // "certificate verified", ...; empty for None
// "SMTP Doctor Test CA" from "O=SMTP Doctor tests, CN=SMTP Doctor Test CA": the CN, else the whole name.
[[nodiscard]] QString shortDistinguishedName(const QString &name);
// Issued by itself: self-signed as the TLS library sees it, or subject and issuer the same
// (a self-made leaf without the keyCertSign usage is not "self-signed" to OpenSSL).
[[nodiscard]] bool isSelfIssued(const Tls::CertificateInfo &certificate);
// The DNS names (and addresses) a certificate is valid for: its subject alternative names, else its CN.
[[nodiscard]] QStringList certificateNames(const Tls::CertificateInfo &certificate);

} // namespace SmtpDoctor::Ports
