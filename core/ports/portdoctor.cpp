// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports/portdoctor.h"

#include "ports/portverdict.h"
#include "ports/protocolsniffer.h"
#include "smtp/smtpcheck.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ports {

namespace {
constexpr int kMinFollowUpMs = 300; // a follow-up probe with less time left would tell nothing
constexpr int kMaxSniffMs = 3000;
constexpr int kSafetyMarginMs = 2000; // beyond the budget, running probes are cancelled

// Each wait of a probe gets the probe's time limit; the whole probe half as much again,
// so that a silent step ends with its own verdict (no greeting, connect timeout) rather
// than the overall timeout.
Timeouts timeoutsFor(int ms)
{
    Timeouts t;
    t.totalMs = ms + ms / 2;
    t.resolveMs = std::min(ms, 10000);
    t.connectMs = ms;
    t.greetingMs = ms;
    t.tlsMs = ms;
    t.replyMs = ms;
    t.dataMs = ms;
    t.silentProbeAfterMs = std::clamp(ms / 2, 300, 2000);
    return t;
}
} // namespace

struct PortJob
{
    quint16 port = 0;
    QList<CheckResult> probes;
    QByteArray sniffed;
    bool sniffDone = false;
    QPointer<SmtpCheck> check;
    QPointer<ProtocolSniffer> sniffer;
    QElapsedTimer clock;
    bool done = false;
    PortResult result;
};

class PortDoctorPrivate
{
public:
    explicit PortDoctorPrivate(PortDoctor *owner)
        : q(owner)
    {
    }

    PortDoctor *const q;
    QString host;
    PortDoctorOptions options;
    std::vector<std::unique_ptr<PortJob>> jobs;
    PortReport report;
    QElapsedTimer clock;
    QTimer safety;
    bool running = false;
    bool finished = false;
    bool stopping = false; // no more probes: cancelled or out of time
    bool cancelled = false; // by the user

    [[nodiscard]] int budgetMs() const { return 2 * options.probeTimeoutMs; }

    void start(const QString &h, const PortDoctorOptions &o);
    void runNext(PortJob *job);
    void startCheck(PortJob *job, const ProbePlan &plan, int timeoutMs);
    void startSniff(PortJob *job, const ProbePlan &plan, int timeoutMs);
    void completeJob(PortJob *job);
    void stopAll();
    void finish();
};

PortDoctor::PortDoctor(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PortDoctorPrivate>(this))
{
    d->safety.setSingleShot(true);
    connect(&d->safety, &QTimer::timeout, this, [this] { d->stopAll(); });
}

PortDoctor::~PortDoctor()
{
    for (const auto &job : d->jobs) {
        delete job->check.data();
        delete job->sniffer.data();
    }
}

void PortDoctor::start(const QString &host, const PortDoctorOptions &options)
{
    d->start(host, options);
}

void PortDoctor::cancel()
{
    if (!d->running || d->finished)
        return;
    d->cancelled = true;
    d->stopAll();
}

bool PortDoctor::isRunning() const
{
    return d->running && !d->finished;
}

const PortReport &PortDoctor::report() const
{
    return d->report;
}

void PortDoctorPrivate::start(const QString &h, const PortDoctorOptions &o)
{
    if (running && !finished)
        return;
    for (const auto &job : jobs) {
        delete job->check.data();
        delete job->sniffer.data();
    }
    jobs.clear();
    host = h.trimmed();
    options = o;
    options.probeTimeoutMs = std::max(options.probeTimeoutMs, 500);
    if (options.ports.isEmpty())
        options.ports = defaultPorts();
    report = PortReport {};
    report.host = host;
    running = true;
    finished = stopping = cancelled = false;
    clock.start();
    safety.start(budgetMs() + kSafetyMarginMs);

    QList<quint16> seen;
    for (quint16 port : std::as_const(options.ports)) {
        if (port == 0 || seen.contains(port))
            continue;
        seen << port;
        auto job = std::make_unique<PortJob>();
        job->port = port;
        job->clock.start();
        jobs.push_back(std::move(job));
    }
    // All ports at the same time; each job then goes on by itself.
    for (const auto &job : jobs)
        runNext(job.get());
    if (jobs.empty())
        finish();
}

void PortDoctorPrivate::runNext(PortJob *job)
{
    if (job->done)
        return;
    if (stopping) {
        completeJob(job);
        return;
    }
    const std::optional<ProbePlan> plan = nextProbe(job->port, job->probes, job->sniffDone);
    if (!plan) {
        completeJob(job);
        return;
    }
    int timeoutMs = options.probeTimeoutMs;
    if (!job->probes.isEmpty()) {
        const qint64 left = budgetMs() - clock.elapsed();
        if (left < kMinFollowUpMs) {
            completeJob(job);
            return;
        }
        timeoutMs = int(std::min<qint64>(timeoutMs, left));
    }
    if (plan->kind == ProbePlan::Kind::Check)
        startCheck(job, *plan, timeoutMs);
    else
        startSniff(job, *plan, std::min(timeoutMs, kMaxSniffMs));
}

void PortDoctorPrivate::startCheck(PortJob *job, const ProbePlan &plan, int timeoutMs)
{
    CheckSettings s;
    s.host = host;
    s.port = job->port;
    s.security = plan.security;
    s.ehloName = options.ehloName;
    s.extraCaCertificates = options.extraCaCertificates;
    s.connectAddress = options.connectAddress;
    if (!plan.pinnedSha256.isEmpty())
        s.pinnedSha256 << plan.pinnedSha256;
    // Follow-ups talk to the address that answered first: the same server.
    if (!job->probes.isEmpty() && !job->probes.first().peerAddress.isEmpty())
        s.connectAddress = QHostAddress(job->probes.first().peerAddress);
    s.timeouts = timeoutsFor(timeoutMs);

    auto *check = new SmtpCheck(q);
    job->check = check;
    check->setSettings(s);
    QObject::connect(check, &SmtpCheck::finished, q, [this, job, check](const CheckResult &result) {
        job->probes << result;
        job->check = nullptr;
        check->deleteLater();
        runNext(job);
    });
    check->start();
}

void PortDoctorPrivate::startSniff(PortJob *job, const ProbePlan &plan, int timeoutMs)
{
    QHostAddress address;
    for (const CheckResult &p : std::as_const(job->probes)) {
        if (!p.peerAddress.isEmpty()) {
            address = QHostAddress(p.peerAddress);
            break;
        }
    }
    if (address.isNull()) {
        job->sniffDone = true;
        runNext(job);
        return;
    }
    auto *sniffer = new ProtocolSniffer(q);
    job->sniffer = sniffer;
    QObject::connect(sniffer, &ProtocolSniffer::finished, q, [this, job, sniffer](const QByteArray &bytes) {
        job->sniffed = bytes;
        job->sniffDone = true;
        job->sniffer = nullptr;
        sniffer->deleteLater();
        runNext(job);
    });
    sniffer->start(address, job->port, host, plan.security == Security::Tls, timeoutMs);
}

void PortDoctorPrivate::completeJob(PortJob *job)
{
    if (job->done)
        return;
    job->done = true;
    job->result = classifyPort(job->port, job->probes, job->sniffed);
    job->result.ms = job->clock.elapsed();
    Q_EMIT q->portFinished(job->result);
    if (std::all_of(jobs.cbegin(), jobs.cend(), [](const auto &j) { return j->done; }))
        finish();
}

void PortDoctorPrivate::stopAll()
{
    if (finished || stopping)
        return;
    stopping = true;
    // Each running probe reports (asynchronously) and its job then completes.
    for (const auto &job : jobs) {
        if (job->check)
            job->check->cancel();
        else if (job->sniffer)
            job->sniffer->cancel();
    }
}

void PortDoctorPrivate::finish()
{
    if (finished)
        return;
    finished = true;
    safety.stop();
    // Ports in the order they were asked for.
    report.ports.clear();
    for (const auto &job : jobs)
        report.ports << job->result;
    report.cancelled = cancelled;
    judge(report);
    report.ms = clock.elapsed();
    const PortReport copy = report;
    QTimer::singleShot(0, q, [this, copy] {
        running = false;
        Q_EMIT q->finished(copy);
    });
}

} // namespace SmtpDoctor::Ports
