// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/providerdatabase.h"

#include "detect/autoconfigparser.h"
#include "detect/hostname.h"
#include "detect/publicsuffix.h"

#include <QDir>
#include <QFile>
#include <QPromise>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

constexpr qsizetype maxFileBytes = 1024 * 1024;

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    // Read one byte more than allowed so that the parser reports an oversized file.
    return file.read(maxFileBytes + 1);
}

QString normalizedDomain(const QString &domain)
{
    QString result = domain.trimmed().toLower();
    if (result.endsWith(u'.'))
        result.chop(1);
    return result;
}

} // namespace

ProviderDatabase ProviderDatabase::load(const QStringList &ispdbFiles, const QStringList &overlayFiles)
{
    ProviderDatabase db;
    QList<std::pair<ProviderConfig, QString>> amendments;
    const auto readAll = [&](const QStringList &files, ConfigOrigin origin) {
        AutoconfigOptions options;
        options.maxBytes = maxFileBytes;
        options.allowExtensions = origin == ConfigOrigin::Overlay;
        for (const QString &path : files) {
            QString error;
            const std::optional<QByteArray> data = readFile(path, &error);
            if (!data) {
                db.m_warnings.append(u"%1: cannot read: %2"_s.arg(path, error));
                continue;
            }
            const AutoconfigDocument document = parseAutoconfigDocument(*data, options);
            if (document.error != AutoconfigError::None) {
                db.m_warnings.append(u"%1: rejected: %2"_s.arg(path, document.errorDetail));
                continue;
            }
            for (const QString &warning : document.warnings)
                db.m_warnings.append(path + u": "_s + warning);
            for (ProviderConfig provider : document.providers) {
                provider.origin = origin;
                db.addProvider(provider, path);
            }
            for (const ProviderConfig &amendment : document.amendments)
                amendments.append({ amendment, path });
        }
    };
    readAll(ispdbFiles, ConfigOrigin::Ispdb);
    readAll(overlayFiles, ConfigOrigin::Overlay);
    for (const auto &[amendment, path] : std::as_const(amendments))
        db.applyAmendment(amendment, path);
    return db;
}

void ProviderDatabase::addProvider(ProviderConfig provider, const QString &file)
{
    const qsizetype index = m_providers.size();
    QStringList indexed;
    for (const QString &domain : std::as_const(provider.domains)) {
        const auto existing = m_index.constFind(domain);
        if (existing != m_index.cend()) {
            m_warnings.append(u"%1: domain %2 already belongs to provider %3; kept there"_s.arg(
                file, domain, m_providers.at(existing.value()).id));
            continue;
        }
        m_index.insert(domain, index);
        indexed.append(domain);
    }
    if (indexed.isEmpty()) {
        m_warnings.append(u"%1: provider %2 has no domain of its own; ignored"_s.arg(file, provider.id));
        return;
    }
    m_providers.append(provider);
}

void ProviderDatabase::applyAmendment(const ProviderConfig &amendment, const QString &file)
{
    qsizetype target = -1;
    for (qsizetype i = 0; i < m_providers.size(); ++i) {
        if (m_providers.at(i).id == amendment.id) {
            target = i;
            break;
        }
    }
    if (target < 0) {
        m_warnings.append(u"%1: amendment for unknown provider %2; ignored"_s.arg(file, amendment.id));
        return;
    }
    ProviderConfig &provider = m_providers[target];
    if (!amendment.outgoingServers.isEmpty())
        m_warnings.append(u"%1: amendment for %2 lists servers; they are ignored"_s.arg(file, amendment.id));
    for (const QString &domain : amendment.domains) {
        if (m_index.contains(domain)) {
            if (m_index.value(domain) != target)
                m_warnings.append(u"%1: domain %2 already belongs to another provider; kept there"_s.arg(file, domain));
            continue;
        }
        m_index.insert(domain, target);
        provider.domains.append(domain);
    }
    provider.documentation.append(amendment.documentation);
    provider.enableHints.append(amendment.enableHints);
    provider.passwordHints.append(amendment.passwordHints);
    if (!provider.oauth2 && amendment.oauth2)
        provider.oauth2 = amendment.oauth2;
    if (amendment.noThirdPartySmtp)
        provider.noThirdPartySmtp = amendment.noThirdPartySmtp;
}

const ProviderDatabase &ProviderDatabase::bundled()
{
    static const ProviderDatabase db = load(bundledIspdbFiles(), bundledOverlayFiles());
    return db;
}

QFuture<void> ProviderDatabase::preloadBundled()
{
    static const QFuture<void> built = [] {
        auto promise = std::make_shared<QPromise<void>>();
        QFuture<void> future = promise->future();
        promise->start();
        QThreadPool::globalInstance()->start([promise] {
            (void)bundled();
            promise->finish();
        });
        return future;
    }();
    return built;
}

QStringList ProviderDatabase::bundledIspdbFiles()
{
    const QDir dir(u":/ispdb"_s);
    QStringList files;
    const QStringList names = dir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

QStringList ProviderDatabase::bundledOverlayFiles()
{
    return { u":/providers/overlay.xml"_s };
}

std::optional<ProviderConfig> ProviderDatabase::lookup(const EmailAddress &address) const
{
    return lookupDomain(address.aceDomain(), address);
}

std::optional<ProviderConfig> ProviderDatabase::lookupDomain(
    const QString &aceDomain, const EmailAddress &address) const
{
    const auto it = m_index.constFind(normalizedDomain(aceDomain));
    if (it == m_index.cend())
        return std::nullopt;
    return resolvePlaceholders(m_providers.at(it.value()), address);
}

std::optional<ProviderConfig> ProviderDatabase::lookupMxHost(const QString &mxHost, const EmailAddress &address) const
{
    const std::optional<QString> host = aceHostName(mxHost);
    if (!host)
        return std::nullopt;
    const QString registrable = registrableDomain(*host);
    if (registrable.isEmpty())
        return lookupDomain(*host, address);
    QStringView candidate(*host);
    while (true) {
        if (std::optional<ProviderConfig> found = lookupDomain(candidate.toString(), address))
            return found;
        if (candidate.size() <= registrable.size())
            return std::nullopt;
        candidate = candidate.mid(candidate.indexOf(u'.') + 1);
    }
}

} // namespace SmtpDoctor::Detect
