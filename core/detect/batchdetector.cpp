// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/batchdetector.h"

#include "detect/addressresult.h"
#include "detect/probecache.h"

#include <QTimer>

#include <algorithm>

namespace SmtpDoctor::Detect {

BatchDetector::BatchDetector(QObject *parent)
    : QObject(parent)
{
}

BatchDetector::~BatchDetector()
{
    for (const QPointer<Detector> &d : std::as_const(m_detectors)) {
        if (d)
            d->disconnect(this);
    }
}

void BatchDetector::start(const QStringList &lines, const DetectOptions &options, int jobs)
{
    cancel(); // a previous run, if any, ends here (its signals are dropped below)
    m_input = BatchInput::parse(lines);
    m_options = options;
    if (m_shareProbes && !m_options.probeCache)
        m_options.probeCache = std::make_shared<ProbeCache>();
    m_jobs = std::clamp(jobs, 1, kMaxJobs);
    m_running = true;
    m_cancelled = false;
    m_queue.clear();
    m_own.clear();
    m_next = 0;
    m_detections = 0;
    m_domains = QList<DomainState>(m_input.domains.size());
    for (qsizetype d = 0; d < m_input.domains.size(); ++d) {
        m_domains[d].unsent = int(m_input.domains.at(d).entries.size());
        m_queue.append(Job{int(d), m_input.domains.at(d).entries.first(), false});
    }
    QTimer::singleShot(0, this, [this] {
        startJobs();
        flush();
    });
}

void BatchDetector::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_queue.clear();
    for (const QPointer<Detector> &d : std::as_const(m_detectors)) {
        if (!d)
            continue;
        d->disconnect(this);
        d->cancel();
        d->deleteLater();
    }
    m_detectors.clear();
    QTimer::singleShot(0, this, &BatchDetector::flush);
}

BatchDetector::Stats BatchDetector::stats() const
{
    Stats s;
    s.entries = int(m_input.entries.size());
    s.invalid = int(std::count_if(m_input.entries.cbegin(), m_input.entries.cend(),
                                  [](const BatchEntry &e) { return !e.address; }));
    s.domains = int(m_input.domains.size());
    s.detections = m_detections;
    s.probeCacheHits = m_options.probeCache ? m_options.probeCache->hits() : 0;
    return s;
}

void BatchDetector::startJobs()
{
    while (!m_cancelled && !m_queue.isEmpty() && m_detectors.size() < m_jobs) {
        const Job job = m_queue.takeFirst();
        auto *detector = new Detector(this);
        m_detectors.append(detector);
        connect(detector, &Detector::finished, this, [this, job, detector](const DetectResult &r) {
            m_detectors.removeAll(detector);
            detector->deleteLater();
            onDetected(job, r);
        });
        ++m_detections;
        detector->start(m_input.entries.at(job.entry).input, m_options);
    }
}

void BatchDetector::onDetected(const Job &job, const DetectResult &result)
{
    DomainState &domain = m_domains[job.domain];
    const QList<int> &entries = m_input.domains.at(job.domain).entries;
    if (job.single) {
        m_own.insert(job.entry, result);
    } else if (entries.size() == 1 || servesWholeDomain(result)) {
        domain.result = result;
    } else {
        // Host names made from this address's local part: the other addresses need their own.
        domain.perAddress = true;
        m_own.insert(job.entry, result);
        QList<Job> own;
        for (int e : entries) {
            if (e != job.entry)
                own.append(Job{job.domain, e, true});
        }
        m_queue = own + m_queue; // early entries first: output waits for them
    }
    startJobs();
    flush();
}

std::optional<DetectResult> BatchDetector::resultFor(int index) const
{
    const BatchEntry &entry = m_input.entries.at(index);
    if (!entry.address) {
        DetectResult invalid;
        invalid.inputError = entry.error;
        return invalid;
    }
    if (const auto it = m_own.constFind(index); it != m_own.cend())
        return *it;
    const DomainState &domain = m_domains.at(entry.domain);
    if (domain.result && !domain.perAddress)
        return resultForAddress(*domain.result, *entry.address);
    if (m_cancelled) {
        DetectResult cancelled;
        cancelled.address = entry.address;
        cancelled.cancelled = true;
        return cancelled;
    }
    return std::nullopt;
}

void BatchDetector::flush()
{
    if (!m_running || m_flushing)
        return; // a slot of resultReady() called cancel(): the loop below goes on
    m_flushing = true;
    while (m_next < m_input.entries.size()) {
        const std::optional<DetectResult> result = resultFor(m_next);
        if (!result)
            break;
        const BatchEntry entry = m_input.entries.at(m_next); // a copy: a slot may start() again
        m_own.remove(m_next);
        if (entry.domain >= 0 && --m_domains[entry.domain].unsent == 0)
            m_domains[entry.domain].result.reset();
        ++m_next;
        Q_EMIT resultReady(entry.line, entry.input, *result);
    }
    m_flushing = false;
    if (m_next == m_input.entries.size() && (m_cancelled || (m_queue.isEmpty() && m_detectors.isEmpty()))) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace SmtpDoctor::Detect
