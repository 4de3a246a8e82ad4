// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/emailaddress.h"
#include "detect/providerconfig.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpDoctor::Detect {

// Offline provider database: Thunderbird's ISPDB snapshot (resources/ispdb, MPL-2.0) plus
// SMTP Doctor's overlay (resources/providers/overlay.xml), both config-v1.1, both embedded as
// Qt resources (":/ispdb/*.xml", ":/providers/overlay.xml"). Immutable once built, so const
// lookups are thread-safe. Pure: reads only the files it is given.
//
// Rules: every <domain> of every provider is indexed (lower-case ACE). ISPDB files are read in
// file-name order; a domain listed by two files stays with the first (load warning). Overlay
// <emailProvider>s add providers the snapshot lacks; a domain the snapshot already has stays
// with the snapshot (load warning). Overlay <sd:amend id="…"> elements amend the provider with
// that id: their domains, documentation, enable hints, password hints, oAuth2 (if the provider
// has none) and noThirdPartySmtp are added; servers in an amendment are ignored (load warning).
class ProviderDatabase
{
public:
    // An empty database.
    ProviderDatabase() = default;

    // Builds a database from files (paths or ":/…" resources): ISPDB files hold one provider
    // each, overlay files may hold several plus amendments (extensions allowed).
    [[nodiscard]] static ProviderDatabase load(const QStringList &ispdbFiles, const QStringList &overlayFiles);

    // The embedded ISPDB snapshot + overlay, built on first use (thread-safe) and kept for the
    // life of the process.
    [[nodiscard]] static const ProviderDatabase &bundled();
    // Starts building bundled() on a worker thread of the global thread pool (once per
    // process) and returns a future that finishes when it is built, so that the first
    // detection does not parse the snapshot (163 files) on the GUI or event-loop thread.
    // A bundled() call before then waits for that build instead of starting its own.
    static QFuture<void> preloadBundled();

    // The resource paths bundled() reads: every ":/ispdb/*.xml", and ":/providers/overlay.xml".
    [[nodiscard]] static QStringList bundledIspdbFiles();
    [[nodiscard]] static QStringList bundledOverlayFiles();

    // The provider for the address's domain, with placeholders resolved for that address.
    [[nodiscard]] std::optional<ProviderConfig> lookup(const EmailAddress &address) const;
    // The provider listed under aceDomain (any case, a trailing dot is ignored) with
    // placeholders resolved for address: for a domain found another way, e.g. "google.com"
    // for an address whose MX is gmail-smtp-in.l.google.com.
    [[nodiscard]] std::optional<ProviderConfig> lookupDomain(const QString &aceDomain,
                                                             const EmailAddress &address) const;
    // Tries an MX host name and its parent domains down to its registrable domain (public
    // suffix list), longest first: "abc.mail.protection.outlook.com" finds the provider of
    // "mail.protection.outlook.com" before the one of "outlook.com". Never tries public suffixes.
    [[nodiscard]] std::optional<ProviderConfig> lookupMxHost(const QString &mxHost, const EmailAddress &address) const;

    // Every provider, placeholders unresolved (diagnostics, tests).
    [[nodiscard]] QList<ProviderConfig> providers() const { return m_providers; }
    // Number of indexed domains.
    [[nodiscard]] qsizetype domainCount() const { return m_index.size(); }
    // English notes on files that failed to parse, conflicts and skipped entries while loading.
    [[nodiscard]] QStringList loadWarnings() const { return m_warnings; }

private:
    QList<ProviderConfig> m_providers; // placeholders unresolved
    QHash<QString, qsizetype> m_index; // lower-case ACE domain -> index into m_providers
    QStringList m_warnings;

    void addProvider(ProviderConfig provider, const QString &file);
    void applyAmendment(const ProviderConfig &amendment, const QString &file);
};

} // namespace SmtpDoctor::Detect
