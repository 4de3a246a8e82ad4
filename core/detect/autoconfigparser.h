// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/emailaddress.h"
#include "detect/providerconfig.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpDoctor::Detect {

// Parser for Thunderbird's autoconfig format "config-v1.1"
// (https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat), as served by
// https://autoconfig.<domain>/mail/config-v1.1.xml, …/.well-known/autoconfig/… and the ISPDB.
// Pure: no I/O. Untrusted input is expected: the size is capped, any DOCTYPE/DTD (and with
// it every entity declaration, internal or external) is refused, and any XML error anywhere
// discards the whole document; there are never partial results.

// Why a whole document was rejected.
enum class AutoconfigError {
    None,
    TooLarge,        // more than AutoconfigOptions::maxBytes
    NotWellFormed,   // XML syntax error, truncated or empty document, text where an element belongs
    DtdNotAllowed,   // a <!DOCTYPE …> was present (entity expansion / external entity defence)
    NotClientConfig, // the root element is not <clientConfig>
    NoEmailProvider, // no <emailProvider> element
};

// A short user-facing sentence, translated with the context "SmtpDoctor::Autoconfig". Empty for None.
[[nodiscard]] QString autoconfigErrorText(AutoconfigError error);

struct AutoconfigOptions
{
    qsizetype maxBytes = 1024 * 1024; // 1 MiB; the ISPDB's largest file is ~20 KiB
    // Honour SMTP Doctor's own elements (namespace overlayNamespace()): password hints,
    // "no third-party SMTP" and <amend>. Only for our bundled overlay, never for downloads.
    bool allowExtensions = false;
};

// The XML namespace of SMTP Doctor's overlay elements.
[[nodiscard]] QString overlayNamespace();

struct AutoconfigResult
{
    std::optional<ProviderConfig> config; // nullopt when the document was rejected
    AutoconfigError error = AutoconfigError::None;
    QString errorDetail;                  // English technical detail for logs ("line 3, column 9: …")
    // English technical notes on what was skipped although the document was accepted: servers with
    // an unknown socketType, a bad hostname or port; unknown auth values; non-http(s) links; ….
    QStringList warnings;
};

// Parses one autoconfig document for an address: the first <emailProvider> (config-v1.1 has
// one), every <outgoingServer type="smtp"> in file order, with %EMAILADDRESS%, %EMAILLOCALPART%
// and %EMAILDOMAIN% resolved (see resolvePlaceholders()) and host names validated. A server
// that cannot be used (unknown socketType, bad host, port outside 1..65535, missing field) is
// left out with a warning; the config may therefore have no servers at all.
[[nodiscard]] AutoconfigResult parseAutoconfig(QByteArrayView xml, const EmailAddress &address,
                                               const AutoconfigOptions &options = {});

// Lower level, for ProviderDatabase: every <emailProvider> of a document, placeholders NOT
// resolved (host names that contain a placeholder are not validated yet). With
// options.allowExtensions, top-level <sd:amend id="…"> elements come back in amendments
// (ProviderConfig with id and only the fields the amendment sets).
struct AutoconfigDocument
{
    QList<ProviderConfig> providers;
    QList<ProviderConfig> amendments;
    AutoconfigError error = AutoconfigError::None;
    QString errorDetail;
    QStringList warnings;
};
[[nodiscard]] AutoconfigDocument parseAutoconfigDocument(QByteArrayView xml, const AutoconfigOptions &options = {});

// Replaces the placeholders in host names and user names: %EMAILADDRESS% -> address.address(),
// %EMAILLOCALPART% -> address.localPart(), %EMAILDOMAIN% -> address.domain() in user names and
// address.aceDomain() in host names. Then validates every host name; servers whose host is not
// a valid DNS name are dropped, with a note in *warnings.
// Also keeps each server's login name as it was in usernameTemplate and sets hostFromAddress
// when the host name contained %EMAILADDRESS% or %EMAILLOCALPART%.
[[nodiscard]] ProviderConfig resolvePlaceholders(ProviderConfig config, const EmailAddress &address,
                                                 QStringList *warnings = nullptr);

// A login name template (OutgoingServer::usernameTemplate) resolved for address, as
// resolvePlaceholders() does it.
[[nodiscard]] QString resolveUserName(const QString &usernameTemplate, const EmailAddress &address);

} // namespace SmtpDoctor::Detect
