// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detectresult.h"
#include "smtp/resultcode.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <array>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace SmtpDoctor {
class SmtpCheck;
struct CheckResult;
}

namespace SmtpDoctor::Detect {

class DnsQuery;
class HttpFetch;
class ProbeCache;
struct DnsAnswer;
struct FetchResult;

struct DetectOptions
{
    int timeoutMs = 10000;        // the whole detection, probes included
    int httpTimeoutMs = 6000;     // each HTTPS request
    int dnsTimeoutMs = 4000;      // each DNS query
    int probeTimeoutMs = 6000;    // each live probe
    int guessStaggerMs = 150;     // between two guess probes
    int maxConfirmProbes = 3;     // top candidates probed live
    bool offline = false;         // do not ask the online provider database (a third party)
    bool probe = true;            // confirm candidates live (no credentials are ever sent)
    bool allowHttp = false;       // also try plain-HTTP autoconfig (results are untrusted)
    QUrl ispdbBase = QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
    QList<QSslCertificate> extraCaCertificates;
    // Optional: outcomes of live probes shared with other detectors on this thread (a batch,
    // all with the same extraCaCertificates); a server probed by one of them is not probed again.
    std::shared_ptr<ProbeCache> probeCache;
};

// Finds outgoing-server candidates for an e-mail address from every source at once,
// ranks them by trust and confirms the best ones with live probes (never with
// credentials). Every source has its own deadline and all of them share one overall
// deadline; a slow or dead source never delays a result that a better-or-equal
// source has already settled. finished() comes exactly once per start().
class Detector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Detector)
public:
    explicit Detector(QObject *parent = nullptr);
    ~Detector() override;

    // Starts detection for what the user typed (parsed here; bad input ends at once).
    void start(const QString &address, const DetectOptions &options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const DetectResult &result() const { return m_result; }

Q_SIGNALS:
    void sourceChanged(const SmtpDoctor::Detect::SourceReport &report);
    // The ranked list so far: the first entry is shown at once as a provisional answer.
    void candidatesChanged(const QList<SmtpDoctor::Detect::Candidate> &candidates);
    void finished(const SmtpDoctor::Detect::DetectResult &result);

private:
    struct Probe
    {
        QPointer<SmtpCheck> check;
        bool done = false;
        bool ok = false;
        bool guess = false;        // started by the guess source
        int budgetMs = 0;          // the probe's own deadline
        QString result;
        qint64 ms = 0;
    };

    void startSources();
    void startFetch(SourceKind kind, const QUrl &url);
    void onFetched(SourceKind kind, const FetchResult &fetch);
    void onSrv(SourceKind kind, const DnsAnswer &answer);
    void onMx(const DnsAnswer &answer);
    void onMxProvider(const QString &best, const QString &mxDomain);
    // Runs `then` (from the event loop, in this run only) once the bundled database is built.
    void whenBundledReady(std::function<void()> then);
    void onMxFetched(const FetchResult &fetch, const QString &mxDomain);
    void startGuesses();
    void startNextGuess();
    void addConfig(SourceKind kind, const ProviderConfig &config, Trust trust, const QStringList &extraWarnings);
    void addCandidate(Candidate c);
    void setSource(SourceKind kind, SourceStatus status, const QString &detail = {});
    void ensureProbe(const Candidate &c, bool guess);
    void onProbeFinished(const QString &key, const SmtpDoctor::CheckResult &result);
    void onProbeDone(const QString &key, bool ok, SmtpDoctor::ResultCode code, qint64 ms);
    void applyProbes();
    void evaluate();
    void finish(bool cancelled);
    void stopSource(SourceKind kind);
    [[nodiscard]] SourceReport &report(SourceKind kind);
    [[nodiscard]] bool isPending(SourceKind kind) const;
    [[nodiscard]] QStringList notesFor(const ProviderConfig &config) const;

    DetectOptions m_options;
    DetectResult m_result;
    QNetworkAccessManager *m_network = nullptr;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QTimer m_guessTimer;
    bool m_running = false;
    bool m_done = false;
    bool m_decided = false;
    quint64 m_run = 0;                               // counts start(): late callbacks of an earlier run are ignored
    std::array<bool, kSourceCount> m_used{};       // the source takes part in this run
    QHash<int, QPointer<HttpFetch>> m_fetches;       // by SourceKind
    QList<QPointer<HttpFetch>> m_mxFetches;
    int m_mxFetchesPending = 0;
    QHash<int, QPointer<DnsQuery>> m_dns;            // by SourceKind
    QHash<QString, Probe> m_probes;                  // by Candidate::key()
    QList<Candidate> m_guessQueue;
    int m_guessesPending = 0;
    QList<Candidate> m_guessCandidates;              // confirmed guesses only
    QHash<int, ProviderConfig> m_configs;            // by SourceKind: what each source found
};

} // namespace SmtpDoctor::Detect
