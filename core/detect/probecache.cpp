// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/probecache.h"

namespace SmtpDoctor::Detect {

std::optional<ProbeCache::Entry> ProbeCache::lookup(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    ++m_hits;
    return *it;
}

void ProbeCache::insert(const QString &key, const Entry &entry)
{
    m_entries.insert(key, entry);
}

} // namespace SmtpDoctor::Detect
