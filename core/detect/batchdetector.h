// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/batchinput.h"
#include "detect/detector.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace SmtpDoctor::Detect {

// Detection for many addresses at once (a helpdesk's list): one address per line, empty lines
// and '#' comments skipped. Runs one Detector per distinct domain (lower-case ACE), at most
// `jobs` at a time, and derives the result of every address of that domain from it
// (resultForAddress(): each address gets its own login name). So each domain's DNS names, web
// addresses and servers are asked once, however many addresses it has.
//
// The domain's own HTTPS autoconfig is asked with the first address of the domain in the input
// (?emailaddress=…); its SourceReport shows that address for every address of the domain. A
// literal login name in that answer is used for the other addresses only when it is the first
// address or its local part (templateFromAddressedSource()). A result whose host names were
// built from the local part (servesWholeDomain() false) is not shared: every other address of
// that domain then gets a detection of its own.
//
// Live probes are shared between domains too (a ProbeCache in the options, made here unless the
// caller gives one), so many domains hosted by one provider probe its server once.
//
// resultReady() comes once for every entry (every line not skipped) in input order: invalid
// lines at once (no network), later results wait for earlier ones. Then finished(), exactly once
// per start(), also after cancel(). There is no overall deadline: every Detector has its own
// (DetectOptions::timeoutMs).
class BatchDetector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchDetector)
public:
    static constexpr int kDefaultJobs = 8;
    static constexpr int kMaxJobs = 64;

    struct Stats
    {
        int entries = 0;        // lines that are neither empty nor comments
        int invalid = 0;        // ... of which not a valid address
        int domains = 0;        // distinct domains of the valid ones
        int detections = 0;     // Detectors started so far
        int probeCacheHits = 0; // live probes answered from the shared ProbeCache
    };

    explicit BatchDetector(QObject *parent = nullptr);
    ~BatchDetector() override;

    // jobs is clamped to 1..kMaxJobs. Signals come from the event loop, never from start().
    // Starting again while running abandons the previous run (no more signals from it).
    void start(const QStringList &lines, const DetectOptions &options = {}, int jobs = kDefaultJobs);
    // Stops every running detection; entries without a result yet get a cancelled one.
    void cancel();
    // Share probe outcomes between domains (default: on). For measurements.
    void setProbeSharing(bool on) { m_shareProbes = on; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const BatchInput &input() const { return m_input; }
    [[nodiscard]] Stats stats() const;

Q_SIGNALS:
    // line: index into the lines given to start(); input: that line.
    void resultReady(int line, const QString &input, const SmtpDoctor::Detect::DetectResult &result);
    void finished();

private:
    struct Job
    {
        int domain = 0;
        int entry = 0;       // the address the detector runs for
        bool single = false; // for this address only (the domain's result was address-specific)
    };
    struct DomainState
    {
        std::optional<DetectResult> result; // shared by every entry of the domain
        bool perAddress = false;            // not shareable: every entry has its own result
        int unsent = 0;                     // entries not emitted yet (the result is freed at 0)
    };

    void startJobs();
    void onDetected(const Job &job, const DetectResult &result);
    [[nodiscard]] std::optional<DetectResult> resultFor(int entry) const;
    void flush();

    BatchInput m_input;
    DetectOptions m_options;
    int m_jobs = kDefaultJobs;
    bool m_shareProbes = true;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_flushing = false;
    QList<Job> m_queue;
    QList<QPointer<Detector>> m_detectors;   // running
    QList<DomainState> m_domains;
    QHash<int, DetectResult> m_own;          // by entry: results of per-address detections
    int m_next = 0;                          // the next entry to emit
    int m_detections = 0;
};

} // namespace SmtpDoctor::Detect
