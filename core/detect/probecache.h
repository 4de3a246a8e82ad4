// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/resultcode.h"

#include <QHash>
#include <QString>

#include <optional>

namespace SmtpDoctor::Detect {

// Outcomes of finished live probes by Candidate::key() ("host:port:security"), shared by the
// Detectors of a batch (DetectOptions::probeCache) so that many domains of one provider probe
// its server once instead of once per domain. A probe sends no credentials and nothing about
// the address, so its outcome does not depend on the domain that asked. Probes still running
// are not shared: detectors that start at the same moment may probe the same server twice.
// Not thread-safe: for detectors on one thread.
class ProbeCache
{
public:
    struct Entry
    {
        bool ok = false;
        ResultCode code = ResultCode::Ok;
        qint64 ms = 0; // how long the probe took
    };

    // The stored outcome for key; counts a hit when there is one.
    [[nodiscard]] std::optional<Entry> lookup(const QString &key);
    void insert(const QString &key, const Entry &entry);

    [[nodiscard]] int hits() const { return m_hits; }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    QHash<QString, Entry> m_entries;
    int m_hits = 0;
};

} // namespace SmtpDoctor::Detect
