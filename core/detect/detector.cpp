// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detector.h"

#include "detect/addressresult.h"
#include "detect/autoconfigparser.h"
#include "detect/dnsquery.h"
#include "detect/httpfetch.h"
#include "detect/probecache.h"
#include "detect/providerdatabase.h"
#include "detect/publicsuffix.h"
#include "detect/srvquery.h"
#include "smtp/smtpcheck.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class DetectNoteText
{
    Q_DECLARE_TR_FUNCTIONS(DetectNoteText)
};

namespace SmtpDoctor::Detect {

namespace {

Candidate fromServer(const OutgoingServer &s, SourceKind kind, Trust trust, int order)
{
    Candidate c;
    c.host = s.host;
    c.port = s.port;
    c.security = s.security;
    c.auth = s.authMethods;
    c.username = s.username;
    c.usernameTemplate = s.usernameTemplate;
    c.hostFromAddress = s.hostFromAddress;
    c.sources = {kind};
    c.trust = trust;
    c.order = order;
    if (s.security == Security::None)
        c.warnings << QLatin1String(Warning::Plaintext);
    if (s.port == 25)
        c.warnings << QLatin1String(Warning::Port25);
    if (s.requiresOAuth2())
        c.warnings << QLatin1String(Warning::OAuth2Only);
    return c;
}

// True when `pending`, once its probe confirms it, would rank above `best`.
bool wouldOutrank(const Candidate &pending, const Candidate &best)
{
    Candidate confirmed = pending;
    confirmed.confirmed = true;
    QList<Candidate> pair{best, confirmed};
    rankCandidates(pair); // stable: a tie keeps `best` first
    return pair.first().key() == confirmed.key();
}

// A server a source named without a login name: the address is the usual one.
OutgoingServer addressLogin(const QString &host, quint16 port, Security security, const EmailAddress &address)
{
    OutgoingServer s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.authMethods = {AuthMethod::PasswordCleartext};
    s.username = address.address();
    s.usernameTemplate = u"%EMAILADDRESS%"_s;
    return s;
}

QString uiLanguage()
{
    const QStringList languages = QLocale().uiLanguages();
    return languages.isEmpty() ? u"en"_s : languages.first().section(u'-', 0, 0);
}

} // namespace

Detector::Detector(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        for (int k = 0; k < kSourceCount; ++k) {
            if (isPending(SourceKind(k))) {
                stopSource(SourceKind(k));
                setSource(SourceKind(k), SourceStatus::Timeout, u"no answer within the overall deadline"_s);
            }
        }
        finish(false);
    });
    m_guessTimer.setSingleShot(true);
    connect(&m_guessTimer, &QTimer::timeout, this, &Detector::startNextGuess);
}

Detector::~Detector()
{
    m_done = true;
    for (Probe &p : m_probes) {
        if (p.check)
            p.check->disconnect(this);
    }
}

void Detector::start(const QString &input, const DetectOptions &options)
{
    m_options = options;
    m_result = DetectResult{};
    m_running = true;
    m_done = false;
    m_decided = false;
    ++m_run;
    m_used.fill(false);
    m_probes.clear();
    m_guessQueue.clear();
    m_guessCandidates.clear();
    m_configs.clear();
    m_guessesPending = 0;
    m_mxFetchesPending = 0;
    m_clock.start();

    AddressError error = AddressError::None;
    m_result.address = EmailAddress::parse(input, &error);
    if (!m_result.address) {
        m_result.inputError = addressErrorText(error);
        QTimer::singleShot(0, this, [this] { finish(false); });
        return;
    }
    m_deadline.start(options.timeoutMs);
    for (int k = 0; k < kSourceCount; ++k)
        m_result.sources << SourceReport{SourceKind(k), {}, SourceStatus::Skipped, 0, {}};
    startSources();
}

void Detector::cancel()
{
    if (!m_running || m_done)
        return;
    for (int k = 0; k < kSourceCount; ++k) {
        if (isPending(SourceKind(k))) {
            stopSource(SourceKind(k));
            setSource(SourceKind(k), SourceStatus::Skipped, u"cancelled"_s);
        }
    }
    finish(true);
}

SourceReport &Detector::report(SourceKind kind)
{
    return m_result.sources[int(kind)];
}

bool Detector::isPending(SourceKind kind) const
{
    return m_used[size_t(kind)] && m_result.sources.value(int(kind)).status == SourceStatus::Pending;
}

void Detector::setSource(SourceKind kind, SourceStatus status, const QString &detail)
{
    SourceReport &r = report(kind);
    if (r.status != SourceStatus::Pending && status != SourceStatus::Pending)
        return; // already settled
    r.status = status;
    if (!detail.isEmpty())
        r.detail = detail;
    r.ms = status == SourceStatus::Pending ? 0 : m_clock.elapsed();
    Q_EMIT sourceChanged(r);
}

void Detector::startSources()
{
    const EmailAddress &address = *m_result.address;
    const QString domain = address.aceDomain();
    auto use = [this](SourceKind k, const QString &what) {
        m_used[size_t(k)] = true;
        report(k).urlOrRecord = what;
        setSource(k, SourceStatus::Pending);
    };

    // 1. Bundled database: instant; reported from the event loop like every other source.
    use(SourceKind::Bundled, u"bundled:%1"_s.arg(domain));
    // 2./3. The domain's own HTTPS autoconfig. Only this own-domain URL gets the address.
    QUrl autoconfig(u"https://autoconfig.%1/mail/config-v1.1.xml"_s.arg(domain));
    QUrlQuery query;
    query.addQueryItem(u"emailaddress"_s, QString::fromLatin1(QUrl::toPercentEncoding(address.aceAddress())));
    autoconfig.setQuery(query);
    use(SourceKind::Autoconfig, autoconfig.toString());
    const QUrl wellKnown(u"https://%1/.well-known/autoconfig/mail/config-v1.1.xml"_s.arg(domain));
    use(SourceKind::WellKnown, wellKnown.toString());
    // 4. Online ISPDB (a third party: it learns the domain, never the address).
    QUrl ispdb;
    if (!m_options.offline && m_options.ispdbBase.isValid()) {
        QString base = m_options.ispdbBase.toString();
        if (!base.endsWith(u'/'))
            base += u'/';
        ispdb = QUrl(base + domain);
        use(SourceKind::OnlineIspdb, ispdb.toString());
    }
    // 5./6. SRV.
    use(SourceKind::SrvSubmissions, u"_submissions._tcp.%1"_s.arg(domain));
    use(SourceKind::SrvSubmission, u"_submission._tcp.%1"_s.arg(domain));
    // 7. MX.
    use(SourceKind::Mx, domain);
    // 8. Guesses.
    if (m_options.probe)
        use(SourceKind::Guess, u"smtp/mail/submission.%1"_s.arg(domain));
    // 9. Plain HTTP only on request.
    QUrl httpAutoconfig;
    if (m_options.allowHttp) {
        httpAutoconfig = QUrl(u"http://autoconfig.%1/mail/config-v1.1.xml"_s.arg(domain));
        use(SourceKind::AutoconfigHttp, httpAutoconfig.toString());
    }

    // The network sources are already under way while the snapshot may still be parsing.
    whenBundledReady([this] {
        const std::optional<ProviderConfig> config = ProviderDatabase::bundled().lookup(*m_result.address);
        if (config) {
            addConfig(SourceKind::Bundled, *config, Trust::High, {});
            setSource(SourceKind::Bundled, SourceStatus::Found, config->displayName);
        } else {
            setSource(SourceKind::Bundled, SourceStatus::NotFound, u"the domain is not in the bundled database"_s);
        }
        evaluate();
    });
    startFetch(SourceKind::Autoconfig, autoconfig);
    startFetch(SourceKind::WellKnown, wellKnown);
    if (ispdb.isValid())
        startFetch(SourceKind::OnlineIspdb, ispdb);
    if (httpAutoconfig.isValid())
        startFetch(SourceKind::AutoconfigHttp, httpAutoconfig);

    for (SourceKind k : {SourceKind::SrvSubmissions, SourceKind::SrvSubmission, SourceKind::Mx}) {
        auto *dns = new DnsQuery(this);
        m_dns.insert(int(k), dns);
        connect(dns, &DnsQuery::finished, this, [this, k](const DnsAnswer &answer) {
            if (k == SourceKind::Mx)
                onMx(answer);
            else
                onSrv(k, answer);
        });
        dns->start(k == SourceKind::Mx ? DnsQuery::Type::Mx : DnsQuery::Type::Srv, report(k).urlOrRecord,
                   std::min(m_options.dnsTimeoutMs, m_options.timeoutMs));
    }
    if (m_options.probe)
        startGuesses();
}

void Detector::startFetch(SourceKind kind, const QUrl &url)
{
    auto *fetch = new HttpFetch(m_network, this);
    m_fetches.insert(int(kind), fetch);
    connect(fetch, &HttpFetch::finished, this, [this, kind](const FetchResult &r) { onFetched(kind, r); });
    HttpFetch::Options o;
    o.timeoutMs = std::min(m_options.httpTimeoutMs, m_options.timeoutMs);
    o.extraCaCertificates = m_options.extraCaCertificates;
    fetch->start(url, o);
}

void Detector::onFetched(SourceKind kind, const FetchResult &fetch)
{
    if (m_done || !isPending(kind))
        return;
    switch (fetch.status) {
    case FetchResult::Status::Ok:
        break;
    case FetchResult::Status::NotFound:
        setSource(kind, SourceStatus::NotFound, fetch.detail);
        evaluate();
        return;
    case FetchResult::Status::Timeout:
        setSource(kind, SourceStatus::Timeout, fetch.detail);
        evaluate();
        return;
    case FetchResult::Status::Cancelled:
        return;
    default:
        setSource(kind, SourceStatus::Failed, fetch.detail);
        evaluate();
        return;
    }
    const AutoconfigResult parsed = parseAutoconfig(fetch.body, *m_result.address);
    if (!parsed.config) {
        setSource(kind, SourceStatus::Failed, u"rejected: %1 %2"_s.arg(autoconfigErrorText(parsed.error), parsed.errorDetail));
        evaluate();
        return;
    }
    ProviderConfig config = *parsed.config;
    if (kind == SourceKind::Autoconfig) {
        // The only request that carried the address: a literal login name in the answer may
        // have been filled in for this address by the server.
        for (OutgoingServer &s : config.outgoingServers)
            s.usernameTemplate = templateFromAddressedSource(s.usernameTemplate, *m_result.address);
    }
    const QString domain = m_result.address->aceDomain();
    if (kind != SourceKind::OnlineIspdb && !config.domains.isEmpty() && !config.domains.contains(domain)
        && !config.noThirdPartySmtp) {
        setSource(kind, SourceStatus::Failed,
                  u"rejected: the configuration is for %1, not for %2"_s.arg(config.domains.join(u", "_s), domain));
        evaluate();
        return;
    }
    if (config.outgoingServers.isEmpty() && !config.noThirdPartySmtp) {
        setSource(kind, SourceStatus::NotFound, u"the configuration lists no usable outgoing server"_s);
        evaluate();
        return;
    }
    QStringList warnings;
    Trust trust = kind == SourceKind::AutoconfigHttp ? Trust::Low : Trust::High;
    if (kind == SourceKind::AutoconfigHttp)
        warnings << QLatin1String(Warning::InsecureSource);
    const QString ownRegistrable = registrableDomain(domain);
    for (const QUrl &hop : fetch.redirects) {
        if (kind != SourceKind::OnlineIspdb && registrableDomain(hop.host()) != ownRegistrable) {
            warnings << QLatin1String(Warning::CrossDomainRedirect);
            if (trust == Trust::High)
                trust = Trust::Medium;
            break;
        }
    }
    addConfig(kind, config, trust, warnings);
    setSource(kind, SourceStatus::Found, config.displayName.isEmpty() ? config.id : config.displayName);
    evaluate();
}

void Detector::addConfig(SourceKind kind, const ProviderConfig &config, Trust trust, const QStringList &extraWarnings)
{
    if (!m_configs.contains(int(kind)))
        m_configs.insert(int(kind), config);
    const QStringList notes = notesFor(config);
    if (config.noThirdPartySmtp)
        m_result.noThirdPartySmtp = true;
    for (const QString &n : notes) {
        if (!m_result.notes.contains(n))
            m_result.notes << n;
    }
    // Real providers list at most a handful of servers; a hostile file listing thousands
    // must not make merging and ranking (and the UI) crawl.
    constexpr int kMaxServersPerConfig = 16;
    int order = 0;
    for (const OutgoingServer &s : config.outgoingServers) {
        if (order >= kMaxServersPerConfig)
            break;
        Candidate c = fromServer(s, kind, trust, order++);
        for (const QString &w : extraWarnings) {
            if (!c.warnings.contains(w))
                c.warnings << w;
        }
        // A host outside the user's own registrable domain, named by the domain's own file, is
        // normal for hosted domains; it is shown, not hidden.
        if ((kind == SourceKind::Autoconfig || kind == SourceKind::WellKnown)
            && !sameRegistrableDomain(c.host, m_result.address->aceDomain()))
            c.warnings << QLatin1String(Warning::OutsideDomain);
        c.notes = notes;
        addCandidate(c);
    }
}

QStringList Detector::notesFor(const ProviderConfig &config) const
{
    const QString lang = uiLanguage();
    QStringList notes;
    if (config.noThirdPartySmtp) {
        const NoThirdPartySmtp &n = *config.noThirdPartySmtp;
        if (n.reason == NoThirdPartySmtp::Reason::LocalBridgeOnly)
            //: %1 is the provider's name
            notes << DetectNoteText::tr("%1 offers no outgoing server for other mail programs; sending works only "
                                        "through the provider's bridge app on this computer.")
                         .arg(config.displayName);
        else
            notes << DetectNoteText::tr("%1 offers no outgoing server (SMTP) for other mail programs at all.")
                         .arg(config.displayName);
        if (!n.explanation.isEmpty())
            notes << n.explanation.text(lang);
    }
    if (config.requiresOAuth2())
        //: %1 is the provider's name
        notes << DetectNoteText::tr("%1 accepts only sign-in through the provider's web page (OAuth 2), not a password.")
                     .arg(config.displayName);
    for (const PasswordHint &h : config.passwordHints) {
        QString text = h.instruction.text(lang);
        if (text.isEmpty()) {
            switch (h.kind) {
            case PasswordHint::Kind::AppPassword:
                text = DetectNoteText::tr("This provider needs an app password for mail programs.");
                break;
            case PasswordHint::Kind::MailPassword:
                text = DetectNoteText::tr("This provider needs a separate password for mail programs.");
                break;
            case PasswordHint::Kind::EnableAccess:
                text = DetectNoteText::tr("Access for mail programs must first be switched on in the provider's web settings.");
                break;
            }
        }
        if (h.url.isValid())
            //: %1 is an instruction, %2 a web address
            text = DetectNoteText::tr("%1 (%2)").arg(text, h.url.toString());
        notes << text;
    }
    if (config.passwordHints.isEmpty()) {
        for (const EnableHint &h : config.enableHints) {
            QString text = h.instruction.text(lang);
            if (text.isEmpty())
                continue;
            if (h.visitUrl.isValid())
                text = DetectNoteText::tr("%1 (%2)").arg(text, h.visitUrl.toString());
            notes << text;
        }
    }
    for (const DocumentationLink &d : config.documentation) {
        //: %1 is a web address of the provider's help page
        notes << DetectNoteText::tr("Provider's help page: %1").arg(d.url.toString());
        break;
    }
    return notes;
}

void Detector::addCandidate(Candidate c)
{
    // Hosts inside the user's own registrable domain are trusted (brief: trust rules).
    if (c.trust == Trust::Medium && c.bestSource() != SourceKind::Mx
        && sameRegistrableDomain(c.host, m_result.address->aceDomain()))
        c.trust = Trust::High;
    if (const auto it = m_probes.constFind(c.key()); it != m_probes.cend() && it->done) {
        c.probed = true;
        c.confirmed = it->ok;
        c.probeResult = it->result;
        c.probeMs = it->ms;
    }
    mergeCandidate(m_result.candidates, c);
    rankCandidates(m_result.candidates);
    Q_EMIT candidatesChanged(m_result.candidates);
}

void Detector::onSrv(SourceKind kind, const DnsAnswer &answer)
{
    if (m_done || !isPending(kind))
        return;
    if (answer.status == DnsAnswer::Status::Timeout) {
        setSource(kind, SourceStatus::Timeout, answer.detail);
        evaluate();
        return;
    }
    if (answer.status != DnsAnswer::Status::Found) {
        setSource(kind, answer.status == DnsAnswer::Status::NoRecords ? SourceStatus::NotFound : SourceStatus::Failed,
                  answer.detail);
        evaluate();
        return;
    }
    bool notOffered = false;
    const QList<SrvRecord> records = orderedSrv(answer.srv, &notOffered);
    if (records.isEmpty()) {
        setSource(kind, SourceStatus::NotFound,
                  notOffered ? u"the SRV record says the service is not offered (\".\")"_s : u"no usable SRV record"_s);
        evaluate();
        return;
    }
    int order = 0;
    QStringList found;
    for (const SrvRecord &r : records) {
        const Security security = kind == SourceKind::SrvSubmissions ? Security::Tls : Security::StartTls;
        const OutgoingServer s = addressLogin(r.target, r.port, security, *m_result.address);
        Candidate c = fromServer(s, kind, Trust::Medium, order++);
        if (!sameRegistrableDomain(r.target, m_result.address->aceDomain()))
            c.warnings << QLatin1String(Warning::OutsideDomain);
        // Only the target's own A/AAAA from the additional section (DnsQuery keeps no others).
        c.addresses = answer.additional.value(r.target.toLower()).mid(0, kMaxAddressesPerTarget);
        addCandidate(c);
        found << u"%1:%2"_s.arg(r.target).arg(r.port);
    }
    setSource(kind, SourceStatus::Found, found.join(u", "_s));
    evaluate();
}

void Detector::onMx(const DnsAnswer &answer)
{
    if (m_done || !isPending(SourceKind::Mx))
        return;
    if (answer.status != DnsAnswer::Status::Found) {
        setSource(SourceKind::Mx,
                  answer.status == DnsAnswer::Status::Timeout     ? SourceStatus::Timeout
                      : answer.status == DnsAnswer::Status::NoRecords ? SourceStatus::NotFound
                                                                      : SourceStatus::Failed,
                  answer.detail);
        evaluate();
        return;
    }
    const QList<MxRecord> mx = orderedMx(answer.mx);
    const QString best = mx.isEmpty() ? QString() : mx.first().exchange;
    const QString mxDomain = registrableDomain(best);
    const QString ownDomain = registrableDomain(m_result.address->aceDomain());
    if (mxDomain.isEmpty() || mxDomain == ownDomain) {
        setSource(SourceKind::Mx, SourceStatus::NotFound,
                  u"MX %1 is in the same domain; it says nothing about a provider"_s.arg(best));
        evaluate();
        return;
    }
    report(SourceKind::Mx).urlOrRecord = u"%1 -> %2"_s.arg(best, mxDomain);
    whenBundledReady([this, best, mxDomain] {
        if (isPending(SourceKind::Mx))
            onMxProvider(best, mxDomain);
    });
}

void Detector::whenBundledReady(std::function<void()> then)
{
    // The snapshot is parsed once per process on a worker thread; waiting for it never blocks
    // the event loop. Called from the event loop even when it is ready already.
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, then = std::move(then), run = m_run] {
        watcher->deleteLater();
        if (!m_done && run == m_run)
            then();
    });
    watcher->setFuture(ProviderDatabase::preloadBundled());
}

void Detector::onMxProvider(const QString &best, const QString &mxDomain)
{
    if (const auto config = ProviderDatabase::bundled().lookupMxHost(best, *m_result.address)) {
        addConfig(SourceKind::Mx, *config, Trust::Medium, {});
        setSource(SourceKind::Mx, SourceStatus::Found, u"%1 (%2)"_s.arg(mxDomain, config->displayName));
        evaluate();
        return;
    }
    // Not bundled: ask the provider's own autoconfig and the online database for it.
    QList<QUrl> urls{QUrl(u"https://autoconfig.%1/mail/config-v1.1.xml"_s.arg(mxDomain))};
    if (!m_options.offline && m_options.ispdbBase.isValid()) {
        QString base = m_options.ispdbBase.toString();
        if (!base.endsWith(u'/'))
            base += u'/';
        urls << QUrl(base + mxDomain);
    }
    m_mxFetchesPending = int(urls.size());
    for (const QUrl &url : urls) {
        auto *fetch = new HttpFetch(m_network, this);
        m_mxFetches << fetch;
        connect(fetch, &HttpFetch::finished, this, [this, mxDomain](const FetchResult &r) { onMxFetched(r, mxDomain); });
        HttpFetch::Options o;
        o.timeoutMs = std::min(m_options.httpTimeoutMs, m_options.timeoutMs);
        o.extraCaCertificates = m_options.extraCaCertificates;
        fetch->start(url, o);
    }
}

void Detector::onMxFetched(const FetchResult &fetch, const QString &mxDomain)
{
    if (m_done || !isPending(SourceKind::Mx))
        return;
    --m_mxFetchesPending;
    if (fetch.status == FetchResult::Status::Ok) {
        const AutoconfigResult parsed = parseAutoconfig(fetch.body, *m_result.address);
        if (parsed.config && !parsed.config->outgoingServers.isEmpty()) {
            for (const QPointer<HttpFetch> &f : std::as_const(m_mxFetches)) {
                if (f)
                    f->cancel();
            }
            addConfig(SourceKind::Mx, *parsed.config, Trust::Medium, {});
            setSource(SourceKind::Mx, SourceStatus::Found, u"%1 (%2)"_s.arg(mxDomain, fetch.finalUrl.toString()));
            evaluate();
            return;
        }
    }
    if (m_mxFetchesPending <= 0) {
        setSource(SourceKind::Mx, SourceStatus::NotFound, u"no settings known for the MX provider %1"_s.arg(mxDomain));
        evaluate();
    }
}

void Detector::startGuesses()
{
    const QString d = m_result.address->aceDomain();
    const QStringList hosts{u"smtp."_s + d, u"mail."_s + d, u"submission."_s + d, d};
    int order = 0;
    // Submission ports first for every host, port 25 last of all.
    for (const QString &h : hosts) {
        for (auto [port, security] : {std::pair{quint16(465), Security::Tls}, std::pair{quint16(587), Security::StartTls}}) {
            m_guessQueue << fromServer(addressLogin(h, port, security, *m_result.address), SourceKind::Guess,
                                       Trust::Low, order++);
        }
    }
    for (const QString &h : hosts) {
        m_guessQueue << fromServer(addressLogin(h, 25, Security::StartTls, *m_result.address), SourceKind::Guess,
                                   Trust::Low, order++);
    }
    startNextGuess();
}

void Detector::startNextGuess()
{
    if (m_done || !isPending(SourceKind::Guess))
        return;
    if (m_guessQueue.isEmpty()) {
        if (m_guessesPending == 0) {
            setSource(SourceKind::Guess, m_guessCandidates.isEmpty() ? SourceStatus::NotFound : SourceStatus::Found,
                      m_guessCandidates.isEmpty() ? u"no common server name answered"_s : QString());
            evaluate();
        }
        return;
    }
    const Candidate c = m_guessQueue.takeFirst();
    ++m_guessesPending;
    ensureProbe(c, true);
    m_guessTimer.start(m_options.guessStaggerMs);
}

void Detector::ensureProbe(const Candidate &c, bool guess)
{
    const QString key = c.key();
    if (m_probes.contains(key)) {
        if (guess && m_probes[key].done)
            QTimer::singleShot(0, this, [this, key] {
                if (m_done)
                    return;
                --m_guessesPending;
                applyProbes();
                evaluate();
            });
        else if (guess)
            m_probes[key].guess = true;
        return;
    }
    Probe p;
    p.guess = guess;
    p.ms = m_clock.elapsed(); // while the probe runs: when it started; afterwards its duration
    if (m_options.probeCache) {
        if (const std::optional<ProbeCache::Entry> cached = m_options.probeCache->lookup(key)) {
            // Another detector of the batch has probed this server already; reported from the
            // event loop like a real probe.
            m_probes.insert(key, p);
            QTimer::singleShot(0, this, [this, key, e = *cached] { onProbeDone(key, e.ok, e.code, e.ms); });
            return;
        }
    }
    auto *check = new SmtpCheck(this);
    CheckSettings s;
    s.host = c.host;
    s.port = c.port;
    s.security = c.security;
    s.connectAddresses = c.addresses; // from the SRV answer: no second lookup of the target
    s.extraCaCertificates = m_options.extraCaCertificates;
    const int left = int(std::max<qint64>(500, m_options.timeoutMs - m_clock.elapsed()));
    s.timeouts.totalMs = std::min(m_options.probeTimeoutMs, left);
    s.timeouts.connectMs = std::min(s.timeouts.connectMs, s.timeouts.totalMs);
    s.timeouts.resolveMs = std::min(s.timeouts.resolveMs, m_options.dnsTimeoutMs);
    check->setSettings(s);
    p.check = check;
    p.budgetMs = s.timeouts.totalMs;
    m_probes.insert(key, p);
    connect(check, &SmtpCheck::finished, this, [this, key](const CheckResult &r) { onProbeFinished(key, r); });
    check->start();
}

void Detector::onProbeFinished(const QString &key, const CheckResult &r)
{
    const auto it = m_probes.constFind(key);
    if (m_done || it == m_probes.cend())
        return;
    // Shared with the batch, unless this detector's own deadline cut the probe short: another
    // detector with more time left might still get an answer.
    const bool cutShort = it->budgetMs < m_options.probeTimeoutMs
        && (r.code == ResultCode::Timeout || r.code == ResultCode::ConnectTimeout);
    if (m_options.probeCache && !cutShort)
        m_options.probeCache->insert(key, ProbeCache::Entry{r.ok(), r.code, r.totalMs});
    onProbeDone(key, r.ok(), r.code, r.totalMs);
}

void Detector::onProbeDone(const QString &key, bool ok, ResultCode code, qint64 ms)
{
    if (m_done)
        return;
    auto it = m_probes.find(key);
    if (it == m_probes.end() || it->done)
        return;
    it->done = true;
    it->ok = ok;
    it->result = resultCodeId(code);
    it->ms = ms;
    if (it->check)
        it->check->deleteLater();
    const bool guess = it->guess;
    if (guess) {
        --m_guessesPending;
        const bool known = std::any_of(m_result.candidates.cbegin(), m_result.candidates.cend(),
                                       [&key](const Candidate &g) { return g.key() == key; });
        if (ok && !known) {
            // A confirmed guess becomes a candidate; unconfirmed guesses stay out of the list.
            const QStringList parts = key.split(u':');
            const OutgoingServer s = addressLogin(parts.value(0), quint16(parts.value(1).toUInt()),
                                                  securityFromId(parts.value(2)).value_or(Security::StartTls),
                                                  *m_result.address);
            Candidate c = fromServer(s, SourceKind::Guess, Trust::Low, int(m_guessCandidates.size()));
            m_guessCandidates << c;
            addCandidate(c);
        }
    }
    if (guess && !ok && isPending(SourceKind::Guess)) {
        // A name that does not exist needs no more ports tried; a failed probe lets the
        // next one start at once instead of waiting for its stagger slot (RFC 8305 style).
        if (code == ResultCode::DnsFailure) {
            const QString host = key.section(u':', 0, 0);
            m_guessQueue.removeIf([&host](const Candidate &c) { return c.host == host; });
        }
        if (!m_guessQueue.isEmpty()) {
            m_guessTimer.stop();
            QTimer::singleShot(0, this, &Detector::startNextGuess);
        }
    }
    applyProbes();
    if (guess && m_guessQueue.isEmpty() && m_guessesPending == 0 && isPending(SourceKind::Guess)) {
        setSource(SourceKind::Guess, m_guessCandidates.isEmpty() ? SourceStatus::NotFound : SourceStatus::Found,
                  m_guessCandidates.isEmpty() ? u"no common server name answered"_s : QString());
    }
    evaluate();
}

void Detector::applyProbes()
{
    bool changed = false;
    for (Candidate &c : m_result.candidates) {
        const auto it = m_probes.constFind(c.key());
        if (it == m_probes.cend() || !it->done || c.probed)
            continue;
        c.probed = true;
        c.confirmed = it->ok;
        c.probeResult = it->result;
        c.probeMs = it->ms;
        if (!it->ok && !c.warnings.contains(QLatin1String(Warning::ProbeFailed)))
            c.warnings << QLatin1String(Warning::ProbeFailed);
        changed = true;
    }
    if (changed) {
        rankCandidates(m_result.candidates);
        Q_EMIT candidatesChanged(m_result.candidates);
    }
}

void Detector::stopSource(SourceKind kind)
{
    if (const auto f = m_fetches.value(int(kind)))
        f->cancel();
    if (const auto d = m_dns.value(int(kind)))
        d->cancel();
    if (kind == SourceKind::Mx) {
        for (const QPointer<HttpFetch> &f : std::as_const(m_mxFetches)) {
            if (f)
                f->cancel();
        }
    }
    if (kind == SourceKind::Guess) {
        m_guessTimer.stop();
        m_guessQueue.clear();
        for (auto it = m_probes.begin(); it != m_probes.end(); ++it) {
            bool needed = false;
            for (const Candidate &c : std::as_const(m_result.candidates)) {
                if (c.key() == it.key() && c.bestSource() != SourceKind::Guess)
                    needed = true;
            }
            if (it->guess && !it->done && !needed) {
                if (it->check) {
                    it->check->disconnect(this);
                    it->check->cancel();
                    it->check->deleteLater();
                }
                it->done = true;
                it->result = resultCodeId(ResultCode::Cancelled);
            }
        }
        m_guessesPending = 0;
    }
}

void Detector::evaluate()
{
    if (m_done)
        return;
    // The best source that produced a candidate, and whether anything better is still pending.
    std::optional<SourceKind> winner;
    for (int k = 0; k < kSourceCount; ++k) {
        if (m_used[size_t(k)] && report(SourceKind(k)).status == SourceStatus::Found) {
            winner = SourceKind(k);
            break;
        }
    }
    if (!winner && m_result.noThirdPartySmtp)
        winner = SourceKind::Bundled;

    if (!m_decided) {
        bool decided = false;
        if (winner) {
            bool betterPending = false;
            for (int k = 0; k < int(*winner); ++k)
                betterPending = betterPending || isPending(SourceKind(k));
            // A trusted answer that a live probe confirmed settles it, even while a
            // better-ranked source is still silent: dead sources never delay a result.
            bool trustedConfirmed = false;
            for (const Candidate &c : std::as_const(m_result.candidates))
                trustedConfirmed = trustedConfirmed || (c.trust == Trust::High && c.confirmed);
            decided = !betterPending || trustedConfirmed || m_result.noThirdPartySmtp;
        } else {
            bool anyPending = false;
            for (int k = 0; k < kSourceCount; ++k)
                anyPending = anyPending || isPending(SourceKind(k));
            decided = !anyPending;
        }
        if (decided) {
            m_decided = true;
            for (int k = 0; k < kSourceCount; ++k) {
                if (isPending(SourceKind(k))) {
                    stopSource(SourceKind(k));
                    // A source ranked above the winner was not outranked, just overtaken.
                    setSource(SourceKind(k), SourceStatus::Skipped,
                              winner && k < int(*winner) ? u"not needed: a trusted server was already confirmed live"_s
                                                         : u"a better source had already answered"_s);
                }
            }
        }
    }

    // Confirm the best candidates live (never more than maxConfirmProbes at once).
    if (m_options.probe && !m_result.noThirdPartySmtp) {
        int wanted = 0;
        for (const Candidate &c : std::as_const(m_result.candidates)) {
            if (wanted >= m_options.maxConfirmProbes)
                break;
            if (c.bestSource() == SourceKind::Guess)
                continue;
            ++wanted;
            ensureProbe(c, false);
        }
    }

    if (!m_decided)
        return;
    // Done once the probes of the top candidates have finished.
    int checked = 0;
    for (const Candidate &c : std::as_const(m_result.candidates)) {
        if (checked >= m_options.maxConfirmProbes || !m_options.probe)
            break;
        if (c.bestSource() == SourceKind::Guess && !c.confirmed)
            continue;
        const auto it = m_probes.constFind(c.key());
        if (it != m_probes.cend() && !it->done)
            return;
        ++checked;
        if (c.confirmed) {
            // The best candidate is confirmed. Probes finish in any order, though (implicit TLS
            // on 465 takes a round trip more than 587): a candidate that would rank above it
            // once confirmed is still waited for, but only briefly, so that a dead server
            // delays the answer by at most that much.
            const qint64 grace = std::max<qint64>(1000, 2 * c.probeMs);
            for (const Candidate &other : std::as_const(m_result.candidates)) {
                const auto p = m_probes.constFind(other.key());
                if (p == m_probes.cend() || p->done || !wouldOutrank(other, c))
                    continue;
                const qint64 running = m_clock.elapsed() - p->ms;
                if (running < grace) {
                    QTimer::singleShot(int(grace - running), this, &Detector::evaluate);
                    return;
                }
            }
            break; // nothing better is on its way
        }
    }
    finish(false);
}

void Detector::finish(bool cancelled)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_guessTimer.stop();
    for (auto it = m_probes.begin(); it != m_probes.end(); ++it) {
        if (it->check && !it->done) {
            it->check->disconnect(this);
            it->check->cancel();
            it->check->deleteLater();
        }
    }
    for (int k = 0; k < kSourceCount; ++k) {
        if (m_used[size_t(k)])
            stopSource(SourceKind(k));
    }
    applyProbes();
    for (int k = 0; k < kSourceCount && !m_result.provider; ++k) {
        if (m_configs.contains(k))
            m_result.provider = m_configs.value(k);
    }
    m_result.cancelled = cancelled;
    m_result.ms = m_clock.elapsed();
    // Sources never asked are left out of the report.
    QList<SourceReport> asked;
    for (int k = 0; k < kSourceCount; ++k) {
        if (m_used[size_t(k)])
            asked << m_result.sources.at(k);
    }
    m_result.sources = asked;
    const DetectResult copy = m_result;
    QTimer::singleShot(0, this, [this, copy] {
        m_running = false;
        Q_EMIT finished(copy);
    });
}

} // namespace SmtpDoctor::Detect
