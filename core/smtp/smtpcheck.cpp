// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/smtpcheck.h"

#include "net/connector.h"
#include "sasl/saslclient.h"
#include "smtp/replyparser.h"
#include "smtp/testmessage.h"
#include "tls/certificateinfo.h"
#include "tls/truststore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

#include <deque>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace SmtpDoctor {

namespace {

// What a reply we wait for answers.
enum class Expect {
    Greeting,
    Ehlo,
    Helo,
    StartTls,
    EhloAfterTls,
    Auth,
    MailFrom,
    RcptTo,
    DataCommand,
    DataBody,
    Reset,
    Quit,
};

Phase phaseOf(Expect e)
{
    switch (e) {
    case Expect::Greeting:
        return Phase::Greeting;
    case Expect::Ehlo:
    case Expect::Helo:
        return Phase::Ehlo;
    case Expect::StartTls:
        return Phase::StartTls;
    case Expect::EhloAfterTls:
        return Phase::EhloAfterTls;
    case Expect::Auth:
        return Phase::Auth;
    case Expect::MailFrom:
        return Phase::MailFrom;
    case Expect::RcptTo:
        return Phase::RcptTo;
    case Expect::DataCommand:
    case Expect::DataBody:
        return Phase::Data;
    case Expect::Reset:
        return Phase::Reset;
    case Expect::Quit:
        return Phase::Quit;
    }
    return Phase::Quit;
}

bool hasLineBreakOrNul(const QString &s)
{
    return s.contains(u'\r') || s.contains(u'\n') || s.contains(QChar(u'\0'));
}

// RFC 5321 4.1.3 address literal for our own address.
QString addressLiteral(const QHostAddress &a)
{
    QHostAddress plain = a;
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4)
        plain = QHostAddress(v4);
    if (plain.protocol() == QAbstractSocket::IPv6Protocol) {
        plain.setScopeId({});
        return u"[IPv6:%1]"_s.arg(plain.toString());
    }
    return u"[%1]"_s.arg(plain.toString());
}

ResultCode classifyCertificateErrors(const QList<QSslError> &errors)
{
    bool untrusted = false;
    bool expired = false;
    bool hostname = false;
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            hostname = true;
            break;
        default:
            untrusted = true;
            break;
        }
    }
    if (untrusted)
        return ResultCode::CertificateUntrusted;
    if (expired)
        return ResultCode::CertificateExpired;
    if (hostname)
        return ResultCode::CertificateHostnameMismatch;
    return ResultCode::TlsHandshakeFailed;
}

// OpenSSL's words when a TLS client talks to a plain-text SMTP port: the
// server's "220 ..." greeting is not a TLS record.
bool looksLikePlaintextPeer(const QString &handshakeError)
{
    static const QStringList markers = {u"wrong version number"_s, u"unknown protocol"_s,
                                        u"packet length too long"_s, u"record layer failure"_s,
                                        u"http request"_s};
    for (const QString &m : markers) {
        if (handshakeError.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Right after a TLS 1.3 handshake the server sends its session tickets, and its next
// small reply (the EHLO reply after STARTTLS, the greeting on 465) waits in the
// server's Nagle buffer until we acknowledge them. Acknowledge at once instead of after
// our delayed-ACK timer (40 ms on Linux); measured in bench/README.md. Best effort:
// Linux only, errors ignored.
void acknowledgeNextSegmentsAtOnce(QSslSocket *s)
{
#ifdef Q_OS_LINUX
    if (!s)
        return;
    s->flush(); // our own last write first: sending re-enters delayed-ACK ("pingpong") mode
    if (s->state() != QAbstractSocket::ConnectedState || s->socketDescriptor() < 0)
        return;
    const int one = 1;
    ::setsockopt(int(s->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(s);
#endif
}

} // namespace

class SmtpCheckPrivate
{
public:
    explicit SmtpCheckPrivate(SmtpCheck *owner)
        : q(owner)
    {
    }

    SmtpCheck *const q;
    CheckSettings settings;
    CheckResult result;
    bool running = false;
    bool finished = false;

    QElapsedTimer clock;
    QTimer stepTimer;     // the current wait's deadline
    QTimer totalTimer;    // the whole check's deadline
    QTimer probeTimer;    // silent server: probe for implicit TLS
    QPointer<Net::Connector> connector;
    QPointer<QSslSocket> socket;
    QPointer<QSslSocket> probe;
    Smtp::ReplyParser parser;
    std::deque<Expect> pending;
    bool tlsActive = false;
    bool handshaking = false;
    bool startTlsHandshake = false;
    QList<QSslError> sslErrors;
    std::unique_ptr<Sasl::SaslClient> sasl;
    std::optional<QByteArray> deferredInitialResponse;
    QString saslError;
    // The credentials in every form they travel in (the secret, its base64, the
    // base64 SASL messages that carry it): if the server quotes one back, it is
    // redacted before it reaches the transcript or the result.
    QByteArrayList secretNeedles;
    QByteArray dataPayload;
    bool pipelinedFailure = false;
    bool peerClosed = false;          // the server closed or reset the connection

    // Phase bookkeeping.
    std::optional<Phase> currentPhase;
    qint64 phaseStart = 0;

    qint64 now() const { return clock.elapsed(); }

    void log(TranscriptEntry::Direction dir, const QString &line)
    {
        TranscriptEntry e{now(), dir, redacted(line)};
        result.transcript << e;
        Q_EMIT q->transcriptAppended(e);
    }
    void info(const QString &line) { log(TranscriptEntry::Direction::Info, line); }

    void rememberSecret(const QByteArray &secret)
    {
        // Very short strings would blank out ordinary server words; nobody's password.
        if (secret.size() < 4 || secretNeedles.contains(secret))
            return;
        secretNeedles << secret;
        std::sort(secretNeedles.begin(), secretNeedles.end(),
                  [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    }
    // A SASL message about to be sent: if it carries the password or token, its base64 form is a secret too.
    void rememberSaslMessage(const QByteArray &raw)
    {
        for (const QString &secret : {settings.password, settings.token}) {
            if (!secret.isEmpty() && raw.contains(secret.toUtf8())) {
                rememberSecret(raw.toBase64());
                return;
            }
        }
    }
    QString redacted(QString text) const
    {
        for (const QByteArray &needle : secretNeedles)
            text.replace(QString::fromUtf8(needle), Transcript::redactedMarker());
        return text;
    }
    QByteArray redacted(QByteArray bytes) const
    {
        for (const QByteArray &needle : secretNeedles)
            bytes.replace(needle, Transcript::redactedMarker().toUtf8());
        return bytes;
    }
    Smtp::Reply redacted(Smtp::Reply reply) const
    {
        for (QString &line : reply.lines)
            line = redacted(line);
        for (QByteArray &raw : reply.rawLines)
            raw = redacted(raw);
        return reply;
    }

    void beginPhase(Phase p)
    {
        if (currentPhase && *currentPhase == p)
            return;
        if (currentPhase)
            endPhase(true);
        currentPhase = p;
        phaseStart = now();
        Q_EMIT q->phaseStarted(p);
    }
    void endPhase(bool ok)
    {
        if (!currentPhase)
            return;
        PhaseTiming t{*currentPhase, ok, phaseStart, now() - phaseStart};
        result.phases << t;
        currentPhase.reset();
        Q_EMIT q->phaseFinished(t);
    }

    // A deadline for the current wait, never beyond the overall one.
    void armStep(int ms)
    {
        const qint64 left = settings.timeouts.totalMs - now();
        stepTimer.start(int(std::clamp<qint64>(std::min<qint64>(ms, left), 0, INT_MAX)));
    }

    void start();
    void validate(QString *problem) const;
    QSslConfiguration tlsConfiguration() const;
    void startEncryption();
    void onConnected(QSslSocket *s);
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onStepTimeout();
    void startProbe();
    void captureTls();

    void send(const QByteArray &line, const QString &shown = {});
    bool rejectUnsolicitedInput();
    void expect(Expect e, int timeoutMs);
    void handleReply(const Smtp::Reply &reply);
    void onGreeting(const Smtp::Reply &r);
    void sendEhlo(bool afterTls);
    void onEhlo(const Smtp::Reply &r, Expect e);
    void onStartTls(const Smtp::Reply &r);
    void afterCapabilities();
    void startAuth();
    void onAuth(const Smtp::Reply &r);
    void startMail();
    void onMail(const Smtp::Reply &r, Expect e);
    void succeed();
    void fail(ResultCode code, const QString &detail, std::optional<Phase> phase = std::nullopt);
    void finish(ResultCode code, const QString &detail, std::optional<Phase> phase);
    void closeConnection();
};

SmtpCheck::SmtpCheck(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SmtpCheckPrivate>(this))
{
    d->stepTimer.setSingleShot(true);
    d->totalTimer.setSingleShot(true);
    d->probeTimer.setSingleShot(true);
    connect(&d->stepTimer, &QTimer::timeout, this, [this] { d->onStepTimeout(); });
    connect(&d->totalTimer, &QTimer::timeout, this, [this] {
        if (!d->handshaking && !d->pending.empty() && d->pending.front() == Expect::Greeting) {
            d->fail(ResultCode::NoGreeting, u"no greeting from the server within %1 ms"_s.arg(d->settings.timeouts.totalMs),
                    Phase::Greeting);
            return;
        }
        d->fail(ResultCode::Timeout, u"the check did not finish within %1 ms"_s.arg(d->settings.timeouts.totalMs));
    });
    connect(&d->probeTimer, &QTimer::timeout, this, [this] { d->startProbe(); });
}

SmtpCheck::~SmtpCheck()
{
    if (d->socket)
        d->socket->abort();
    delete d->socket.data();
    delete d->probe.data();
}

void SmtpCheck::setSettings(const CheckSettings &settings)
{
    d->settings = settings;
}

const CheckSettings &SmtpCheck::settings() const
{
    return d->settings;
}

void SmtpCheck::start()
{
    d->start();
}

void SmtpCheck::cancel()
{
    if (d->running && !d->finished)
        d->fail(ResultCode::Cancelled, u"cancelled by the user"_s);
}

bool SmtpCheck::isRunning() const
{
    return d->running && !d->finished;
}

const CheckResult &SmtpCheck::result() const
{
    return d->result;
}

void SmtpCheckPrivate::validate(QString *problem) const
{
    const CheckSettings &s = settings;
    if (s.host.trimmed().isEmpty() && s.connectAddress.isNull() && s.connectAddresses.isEmpty())
        *problem = u"no server name given"_s;
    else if (hasLineBreakOrNul(s.host) || s.host.contains(u' '))
        *problem = u"the server name contains spaces or control characters"_s;
    else if (s.port == 0)
        *problem = u"port 0 is not a valid port"_s;
    else if (hasLineBreakOrNul(s.username) || hasLineBreakOrNul(s.ehloName) || hasLineBreakOrNul(s.from)
             || hasLineBreakOrNul(s.to))
        *problem = u"a field contains a line break or NUL character"_s;
    else if (s.password.contains(QChar(u'\0')) || hasLineBreakOrNul(s.token))
        *problem = u"the password or token contains a NUL character or line break"_s;
    else if (!s.to.isEmpty() && s.from.isEmpty())
        *problem = u"a recipient needs a sender (--from)"_s;
    else if ((!s.from.isEmpty() && !s.from.contains(u'@')) || (!s.to.isEmpty() && !s.to.contains(u'@')))
        *problem = u"sender and recipient must be e-mail addresses"_s;
    else if (!s.password.isEmpty() && s.username.isEmpty())
        *problem = u"a password needs a user name"_s;
    else if (s.username.isEmpty() == false && s.password.isEmpty() && s.token.isEmpty())
        *problem = u"a user name needs a password or a token"_s;
    else if (s.allowPlaintextAuth && s.security != Security::None)
        *problem = u"allowing plain-text authentication only makes sense without encryption"_s;
    else if (s.mechanism && Sasl::isTokenMechanism(*s.mechanism) && s.token.isEmpty())
        *problem = u"this authentication method needs a token"_s;
    else if (s.mechanism && !Sasl::isTokenMechanism(*s.mechanism) && s.password.isEmpty())
        *problem = u"this authentication method needs a password"_s;
}

void SmtpCheckPrivate::start()
{
    if (running && !finished)
        return;
    result = CheckResult{};
    result.host = settings.host;
    result.port = settings.port;
    result.security = settings.security;
    result.username = settings.username;
    result.from = settings.from;
    result.to = settings.to;
    result.encryptedBeforeUtc = settings.encryptedBeforeUtc;
    running = true;
    finished = false;
    pending.clear();
    parser.clear();
    tlsActive = handshaking = startTlsHandshake = false;
    peerClosed = pipelinedFailure = false;
    sslErrors.clear();
    sasl.reset();
    deferredInitialResponse.reset();
    saslError.clear();
    dataPayload.clear();
    secretNeedles.clear();
    for (const QString &secret : {settings.password, settings.token}) {
        rememberSecret(secret.toUtf8());
        rememberSecret(secret.toUtf8().toBase64());
    }
    currentPhase.reset();
    clock.start();

    QString problem;
    validate(&problem);
    if (!problem.isEmpty()) {
        fail(ResultCode::InvalidInput, problem, Phase::Resolve);
        return;
    }
    totalTimer.start(settings.timeouts.totalMs);
    if (!settings.extraCaCertificates.isEmpty())
        Tls::TrustStore::instance().prefetch();

    auto *c = new Net::Connector(q);
    connector = c;
    // One given address wins over a list; either way nothing is resolved.
    c->setTarget(settings.host, settings.port,
                 !settings.connectAddress.isNull() ? QList<QHostAddress>{settings.connectAddress} : settings.connectAddresses);
    c->setTimeouts(settings.timeouts.resolveMs, settings.timeouts.connectMs);
    c->setSslConfiguration(tlsConfiguration(), settings.host);
    beginPhase(Phase::Resolve);
    QObject::connect(c, &Net::Connector::resolved, q, [this](const QList<QHostAddress> &addresses) {
        for (const QHostAddress &a : addresses)
            result.resolvedAddresses << a.toString();
        if (settings.connectAddress.isNull() && !settings.connectAddresses.isEmpty()) {
            // Known already (e.g. from an SRV answer): no lookup, no round trip.
            info(u"%1 is at %2 (given, not resolved)"_s.arg(settings.host, result.resolvedAddresses.join(u", "_s)));
        } else {
            info(u"%1 resolves to %2"_s.arg(settings.host, result.resolvedAddresses.join(u", "_s)));
            ++result.roundTrips;
        }
        endPhase(true);
        if (!finished)
            beginPhase(Phase::Connect);
    });
    QObject::connect(c, &Net::Connector::attemptStarted, q, [this](const QHostAddress &a) {
        info(u"connecting to %1 port %2"_s.arg(a.toString()).arg(settings.port));
    });
    QObject::connect(c, &Net::Connector::attemptFailed, q, [this](const QHostAddress &a, const QString &reason) {
        info(u"%1: %2"_s.arg(a.toString(), reason));
    });
    QObject::connect(c, &Net::Connector::connected, q, [this](QSslSocket *s) { onConnected(s); });
    QObject::connect(c, &Net::Connector::failed, q, [this](ResultCode code, const QString &detail) {
        fail(code, detail);
    });
    if (!finished)
        c->start();
}

QSslConfiguration SmtpCheckPrivate::tlsConfiguration() const
{
    return Tls::TrustStore::instance().clientConfiguration(
        Tls::TrustStore::instance().isReady() ? settings.extraCaCertificates : QList<QSslCertificate>{});
}

void SmtpCheckPrivate::startEncryption()
{
    // With extra CAs the system store must be merged in; it loads in the background
    // since start() and is normally ready long before the handshake.
    auto go = [this] {
        if (finished || !socket)
            return;
        socket->setSslConfiguration(Tls::TrustStore::instance().clientConfiguration(settings.extraCaCertificates));
        socket->setPeerVerifyName(settings.host);
        armStep(settings.timeouts.tlsMs);
        socket->startClientEncryption();
    };
    if (settings.extraCaCertificates.isEmpty() || Tls::TrustStore::instance().isReady()) {
        go();
        return;
    }
    info(u"waiting for the system certificate store to load"_s);
    Tls::TrustStore::instance().whenReady(q, go);
}

void SmtpCheckPrivate::onConnected(QSslSocket *s)
{
    if (finished) {
        s->abort();
        s->deleteLater();
        return;
    }
    socket = s;
    s->setParent(q);
    s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    result.peerAddress = s->peerAddress().toString();
    ++result.roundTrips;
    info(u"connected to %1 port %2"_s.arg(result.peerAddress).arg(s->peerPort()));
    endPhase(true);
    if (finished)
        return;

    QObject::connect(s, &QIODevice::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(s, &QAbstractSocket::errorOccurred, q, [this] { onSocketError(); });
    QObject::connect(s, &QAbstractSocket::disconnected, q, [this] { onDisconnected(); });
    QObject::connect(s, &QSslSocket::sslErrors, q, [this](const QList<QSslError> &e) { onSslErrors(e); });
    QObject::connect(s, &QSslSocket::encrypted, q, [this] { onEncrypted(); });

    if (settings.security == Security::Tls) {
        beginPhase(Phase::TlsHandshake);
        info(u"starting TLS (implicit TLS)"_s);
        if (finished)
            return;
        result.tls.attempted = true;
        handshaking = true;
        startEncryption();
    } else {
        expect(Expect::Greeting, settings.timeouts.greetingMs);
        if (!finished)
            probeTimer.start(settings.timeouts.silentProbeAfterMs);
    }
}

void SmtpCheckPrivate::expect(Expect e, int timeoutMs)
{
    if (finished)
        return;
    if (pending.empty())
        armStep(timeoutMs);
    pending.push_back(e);
    beginPhase(phaseOf(pending.front()));
}

void SmtpCheckPrivate::send(const QByteArray &line, const QString &shown)
{
    if (!socket || finished)
        return;
    // A command that opens a new exchange (nothing pending) cannot be answered by
    // bytes that were already here before it was sent.
    if (pending.empty() && rejectUnsolicitedInput())
        return;
    log(TranscriptEntry::Direction::Client, shown.isEmpty() ? QString::fromUtf8(line) : shown);
    // A receiver of transcriptAppended may have cancelled the check.
    if (!socket || finished)
        return;
    socket->write(line + "\r\n"_ba);
}

// Bytes received but not consumed while no reply is due: the server answered a command
// we have not sent (response injection, a desynchronised or broken server). They are
// shown, never taken as the reply to the next command. An unsolicited 421 is the
// server closing the session (RFC 5321 3.8).
bool SmtpCheckPrivate::rejectUnsolicitedInput()
{
    if (!socket || finished)
        return false;
    const qint64 unread = parser.bufferedBytes() + socket->bytesAvailable();
    if (unread == 0)
        return false;
    parser.append(socket->read(16384));
    int firstCode = 0;
    while (std::optional<Smtp::Reply> reply = parser.takeReply()) {
        if (firstCode == 0)
            firstCode = reply->code;
        for (const QByteArray &raw : std::as_const(reply->rawLines))
            log(TranscriptEntry::Direction::Server, QString::fromUtf8(raw));
        if (finished)
            return true;
    }
    if (firstCode == 421) {
        fail(ResultCode::ServerUnavailable, u"the server closes the connection (421)"_s);
        return true;
    }
    fail(ResultCode::ProtocolError,
         u"the server sent %1 bytes that answer no command we sent (an unsolicited or injected reply)"_s.arg(unread));
    return true;
}

void SmtpCheckPrivate::onReadyRead()
{
    if (!socket || finished || handshaking)
        return;
    while (!finished && !handshaking && socket && socket->bytesAvailable() > 0) {
        const QByteArray chunk = socket->read(16384);
        if (result.firstBytes.size() < 512)
            result.firstBytes = redacted(result.firstBytes + chunk.left(512 - result.firstBytes.size()));
        parser.append(chunk);
        while (!finished && !handshaking) {
            std::optional<Smtp::Reply> reply = parser.takeReply();
            if (!reply)
                break;
            probeTimer.stop();
            for (const QByteArray &raw : std::as_const(reply->rawLines))
                log(TranscriptEntry::Direction::Server, QString::fromUtf8(raw));
            result.lastReply = redacted(*reply);
            handleReply(*reply);
        }
        if (!finished && parser.error() != Smtp::ReplyParser::Error::None) {
            static const char *const names[] = {"", "line too long", "too many lines in one reply",
                                                "reply too large", "malformed reply code",
                                                "inconsistent reply code in a multi-line reply"};
            const QString what = QString::fromLatin1(names[int(parser.error())]);
            fail(ResultCode::ProtocolError, u"the server's reply is not valid SMTP: %1"_s.arg(what));
            return;
        }
        if (!finished && parser.bufferedBytes() > 0)
            probeTimer.stop(); // the server speaks; it is not waiting for TLS
    }
}

void SmtpCheckPrivate::handleReply(const Smtp::Reply &reply)
{
    if (finished)
        return;
    if (pending.empty()) {
        fail(ResultCode::ProtocolError, u"the server sent a reply although no command was pending"_s);
        return;
    }
    const Expect e = pending.front();
    pending.pop_front();
    ++result.roundTrips;
    stepTimer.stop();
    if (!pending.empty())
        armStep(settings.timeouts.replyMs);

    // 421 at any step: the server is closing the connection (RFC 5321 3.8).
    if (reply.code == 421 && e != Expect::Quit) {
        fail(ResultCode::ServerUnavailable, u"the server closes the connection (421)"_s, phaseOf(e));
        return;
    }
    switch (e) {
    case Expect::Greeting:
        onGreeting(reply);
        break;
    case Expect::Ehlo:
    case Expect::Helo:
    case Expect::EhloAfterTls:
        onEhlo(reply, e);
        break;
    case Expect::StartTls:
        onStartTls(reply);
        break;
    case Expect::Auth:
        onAuth(reply);
        break;
    case Expect::MailFrom:
    case Expect::RcptTo:
    case Expect::DataCommand:
    case Expect::DataBody:
    case Expect::Reset:
        onMail(reply, e);
        break;
    case Expect::Quit:
        break;
    }
    // Pipelined replies: the next pending one decides the phase we are in.
    if (!finished && !handshaking && !pending.empty())
        beginPhase(phaseOf(pending.front()));
}

void SmtpCheckPrivate::onGreeting(const Smtp::Reply &r)
{
    if (r.code == 220) {
        sendEhlo(false);
        return;
    }
    if (r.code == 554 || r.isTransientFailure())
        fail(ResultCode::ServerUnavailable, u"the server refuses the connection (%1)"_s.arg(r.code));
    else
        fail(ResultCode::ProtocolError, u"unexpected greeting code %1"_s.arg(r.code));
}

void SmtpCheckPrivate::sendEhlo(bool afterTls)
{
    if (finished)
        return;
    QString name = settings.ehloName;
    if (name.isEmpty() && socket)
        name = addressLiteral(socket->localAddress());
    send("EHLO " + name.toUtf8());
    expect(afterTls ? Expect::EhloAfterTls : Expect::Ehlo, settings.timeouts.replyMs);
}

void SmtpCheckPrivate::onEhlo(const Smtp::Reply &r, Expect e)
{
    if (r.code != 250) {
        if (e == Expect::Ehlo && (r.code == 500 || r.code == 502)) {
            QString name = settings.ehloName.isEmpty() && socket ? addressLiteral(socket->localAddress()) : settings.ehloName;
            send("HELO " + name.toUtf8());
            expect(Expect::Helo, settings.timeouts.replyMs);
            return;
        }
        fail(ResultCode::ProtocolError, u"the server rejected %1 (%2)"_s.arg(e == Expect::Helo ? u"HELO"_s : u"EHLO"_s).arg(r.code));
        return;
    }
    Smtp::Capabilities caps = Smtp::Capabilities::fromEhloReply(r);
    if (e == Expect::Helo) {
        caps = Smtp::Capabilities{};
        caps.valid = true;
        caps.esmtp = false;
    }
    if (e == Expect::EhloAfterTls) {
        // Only what the server says inside TLS counts from now on.
        result.capabilities = caps;
    } else {
        result.capabilities = caps;
        if (tlsActive == false && settings.security != Security::Tls)
            result.capabilitiesBeforeTls = caps;
    }
    if (e != Expect::EhloAfterTls && settings.security == Security::StartTls && !tlsActive) {
        if (!caps.startTls) {
            fail(ResultCode::StartTlsNotOffered,
                 u"the server does not offer STARTTLS; nothing secret was sent"_s, Phase::StartTls);
            return;
        }
        send("STARTTLS"_ba);
        expect(Expect::StartTls, settings.timeouts.replyMs);
        return;
    }
    afterCapabilities();
}

void SmtpCheckPrivate::onStartTls(const Smtp::Reply &r)
{
    if (r.code != 220) {
        fail(ResultCode::TlsHandshakeFailed, u"the server refused STARTTLS (%1)"_s.arg(r.code), Phase::StartTls);
        return;
    }
    // Everything received after the 220 and before the handshake is not protected
    // by TLS and may have been injected: it is dropped, never parsed (RFC 3207 4.2).
    qsizetype dropped = parser.bufferedBytes();
    parser.clear();
    if (socket) {
        dropped += socket->bytesAvailable();
        socket->readAll();
    }
    result.tls.discardedPlaintextBytes = int(dropped);
    if (dropped > 0)
        info(u"discarded %1 bytes the server sent after \"220\" before TLS started (possible injection)"_s.arg(dropped));
    if (finished)
        return;
    if (!pending.empty()) {
        fail(ResultCode::ProtocolError, u"commands still pending at STARTTLS"_s);
        return;
    }
    endPhase(true);
    beginPhase(Phase::TlsHandshake);
    info(u"starting TLS (STARTTLS)"_s);
    if (finished || !socket)
        return;
    result.tls.attempted = true;
    handshaking = true;
    startTlsHandshake = true;
    startEncryption();
}

void SmtpCheckPrivate::onSslErrors(const QList<QSslError> &errors)
{
    sslErrors = errors;
    result.tls.errors.clear();
    result.tls.errorCodes.clear();
    for (const QSslError &e : errors) {
        result.tls.errors << e.errorString();
        result.tls.errorCodes << int(e.error());
    }
    result.tls.chain.clear();
    const QList<QSslCertificate> chain = socket ? socket->peerCertificateChain() : QList<QSslCertificate>{};
    for (const QSslCertificate &c : chain)
        result.tls.chain << Tls::CertificateInfo::from(c);
    const QByteArray leaf = chain.isEmpty() ? QByteArray() : chain.first().digest(QCryptographicHash::Sha256).toHex();
    if (!leaf.isEmpty() && settings.pinnedSha256.contains(leaf) && socket) {
        // The user accepted exactly this certificate for this host: trust it as a pin.
        result.tls.pinned = true;
        // Ignore exactly these errors for exactly this certificate, before telling anyone.
        socket->ignoreSslErrors(errors);
        info(u"certificate not verified (%1) but matches the pinned fingerprint"_s.arg(result.tls.errors.join(u"; "_s)));
        return;
    }
    info(u"certificate verification failed: %1"_s.arg(result.tls.errors.join(u"; "_s)));
}

void SmtpCheckPrivate::captureTls()
{
    if (!socket)
        return;
    Tls::TlsInfo &t = result.tls;
    t.established = true;
    t.protocol = Tls::protocolName(int(socket->sessionProtocol()));
    t.cipher = socket->sessionCipher().name();
    t.verified = sslErrors.isEmpty();
    t.chain.clear();
    for (const QSslCertificate &c : socket->peerCertificateChain())
        t.chain << Tls::CertificateInfo::from(c);
    result.roundTrips += socket->sessionProtocol() == QSsl::TlsV1_3 ? 1 : 2;
}

void SmtpCheckPrivate::onEncrypted()
{
    if (finished)
        return;
    stepTimer.stop();
    if (!result.tls.pinned && socket && Tls::dnsNamesExcludeHost(socket->peerCertificate(), settings.host)) {
        // Qt accepted the name because of the subject CN although the certificate lists
        // its names in subjectAltName (RFC 6125 6.4.4): a mismatch. Still "handshaking",
        // so not one byte (not even QUIT) goes into this session.
        const QSslError mismatch(QSslError::HostNameMismatch, socket->peerCertificate());
        result.tls.errors << mismatch.errorString();
        result.tls.errorCodes << int(mismatch.error());
        result.tls.chain.clear();
        for (const QSslCertificate &c : socket->peerCertificateChain())
            result.tls.chain << Tls::CertificateInfo::from(c);
        fail(ResultCode::CertificateHostnameMismatch,
             u"certificate problem: %1 (%2 is only in the subject CN; the certificate's subjectAltNames are %3)"_s.arg(
                 mismatch.errorString(), settings.host,
                 socket->peerCertificate().subjectAlternativeNames().values(QSsl::DnsEntry).join(u", "_s)),
             Phase::TlsHandshake);
        return;
    }
    handshaking = false;
    tlsActive = true;
    captureTls();
    info(u"TLS established: %1, %2%3"_s.arg(result.tls.protocol, result.tls.cipher,
                                              result.tls.pinned ? u", pinned certificate"_s : u", certificate verified"_s));
    endPhase(true);
    if (finished)
        return;
    parser.clear();
    if (startTlsHandshake) {
        // Forget what was learned before TLS; ask again (RFC 3207 4.2).
        result.capabilities = Smtp::Capabilities{};
        sendEhlo(true);
    } else {
        expect(Expect::Greeting, settings.timeouts.greetingMs);
    }
    acknowledgeNextSegmentsAtOnce(socket);
    // Data may have arrived together with the end of the handshake.
    if (socket && socket->bytesAvailable() > 0)
        QTimer::singleShot(0, q, [this] { onReadyRead(); });
}

void SmtpCheckPrivate::afterCapabilities()
{
    if (settings.wantsAuth()) {
        startAuth();
        return;
    }
    startMail();
}

void SmtpCheckPrivate::startAuth()
{
    beginPhase(Phase::Auth);
    if (finished)
        return;
    const Smtp::Capabilities &caps = result.capabilities;
    result.auth.offered = caps.authMechanisms;
    if (!tlsActive && !(settings.security == Security::None && settings.allowPlaintextAuth)) {
        fail(ResultCode::PlaintextAuthRefused,
             u"the connection is not encrypted, so the password was not sent"_s, Phase::Auth);
        return;
    }
    if (caps.authMechanisms.isEmpty()) {
        fail(ResultCode::AuthNotOffered, u"the server does not offer AUTH on this connection"_s, Phase::Auth);
        return;
    }
    const bool haveToken = !settings.token.isEmpty();
    std::optional<Sasl::Mechanism> mech = settings.mechanism;
    if (mech) {
        if (!caps.offersAuth(QString::fromLatin1(Sasl::mechanismName(*mech)))) {
            fail(ResultCode::AuthMechanismUnsupported,
                 u"the server does not offer %1 (it offers %2)"_s.arg(QString::fromLatin1(Sasl::mechanismName(*mech)),
                                                                    caps.authMechanisms.join(u' ')),
                 Phase::Auth);
            return;
        }
    } else {
        mech = Sasl::chooseMechanism(caps.authMechanisms, haveToken, tlsActive);
        if (!mech) {
            fail(ResultCode::AuthMechanismUnsupported,
                 u"no supported mechanism among %1"_s.arg(caps.authMechanisms.join(u' ')), Phase::Auth);
            return;
        }
    }
    Sasl::Credentials credentials;
    credentials.username = settings.username;
    credentials.password = settings.password;
    credentials.token = settings.token;
    credentials.host = settings.host;
    credentials.port = settings.port;
    sasl = Sasl::createClient(*mech, credentials);
    result.auth.attempted = true;
    result.auth.used = QString::fromLatin1(Sasl::mechanismName(*mech));

    const QByteArray name = Sasl::mechanismName(*mech);
    std::optional<QByteArray> ir = sasl->initialResponse();
    QByteArray line = "AUTH " + name;
    if (ir) {
        rememberSaslMessage(*ir);
        const QByteArray encoded = ir->isEmpty() ? "="_ba : ir->toBase64();
        // RFC 4954 4: no initial response if the command would exceed 512 octets.
        if (line.size() + 1 + encoded.size() + 2 <= 512)
            line += ' ' + encoded;
        else
            deferredInitialResponse = ir;
        send(line, u"AUTH %1 %2"_s.arg(QString::fromLatin1(name), Transcript::redactedMarker()));
    } else {
        send(line);
    }
    expect(Expect::Auth, settings.timeouts.replyMs);
}

void SmtpCheckPrivate::onAuth(const Smtp::Reply &r)
{
    if (r.code == 334) {
        QByteArray response;
        if (deferredInitialResponse) {
            response = *deferredInitialResponse;
            deferredInitialResponse.reset();
        } else {
            const QByteArray challengeText = r.lines.value(0).trimmed().toLatin1();
            const auto decoded = QByteArray::fromBase64Encoding(challengeText, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                saslError = u"the server's challenge is not valid base64"_s;
                send("*"_ba);
                expect(Expect::Auth, settings.timeouts.replyMs);
                return;
            }
            Sasl::SaslClient::Step step = sasl->respond(decoded.decoded);
            if (!step.ok) {
                saslError = step.error;
                send("*"_ba);
                expect(Expect::Auth, settings.timeouts.replyMs);
                return;
            }
            response = step.response;
        }
        rememberSaslMessage(response);
        send(response.toBase64(), Transcript::redactedMarker());
        expect(Expect::Auth, settings.timeouts.replyMs);
        return;
    }
    if (r.code == 235) {
        if (!sasl || !sasl->serverVerified()) {
            fail(ResultCode::AuthFailed,
                 u"the server accepted the login without proving it knows the password (SCRAM server signature missing)"_s,
                 Phase::Auth);
            return;
        }
        result.auth.ok = true;
        startMail();
        return;
    }
    const QString detail = saslError.isEmpty() ? u"the server rejected the login (%1)"_s.arg(r.code)
                                               : u"login aborted: %1"_s.arg(saslError);
    switch (r.code) {
    case 504:
        fail(ResultCode::AuthMechanismUnsupported, detail, Phase::Auth);
        return;
    case 538:
        fail(ResultCode::PlaintextAuthRefused, detail, Phase::Auth);
        return;
    case 530:
        fail(tlsActive ? ResultCode::AuthFailed : ResultCode::PlaintextAuthRefused, detail, Phase::Auth);
        return;
    default:
        fail(ResultCode::AuthFailed, detail, Phase::Auth);
        return;
    }
}

void SmtpCheckPrivate::startMail()
{
    if (settings.from.isEmpty()) {
        succeed();
        return;
    }
    const Smtp::Capabilities &caps = result.capabilities;
    const bool utf8 = Smtp::TestMessage::needsSmtpUtf8(settings.from) || Smtp::TestMessage::needsSmtpUtf8(settings.to);
    QByteArray mailFrom = "MAIL FROM:<" + settings.from.toUtf8() + '>';
    if (utf8 && caps.smtpUtf8)
        mailFrom += " SMTPUTF8";
    const bool pipeline = caps.pipelining;
    send(mailFrom);
    expect(Expect::MailFrom, settings.timeouts.replyMs);
    if (settings.to.isEmpty()) {
        if (pipeline) {
            send("RSET"_ba);
            expect(Expect::Reset, settings.timeouts.replyMs);
        }
        return;
    }
    Smtp::TestMessage message;
    message.from = settings.from;
    message.to = settings.to;
    //: Subject of the test message SMTP Doctor sends; %1 is the server name
    message.subject = QCoreApplication::translate("SmtpDoctor::SmtpCheck", "SMTP Doctor test message via %1").arg(settings.host);
    //: Body of the test message. %1 server, %2 port, %3 date and time
    message.body = QCoreApplication::translate("SmtpDoctor::SmtpCheck",
                                               "This message was sent by SMTP Doctor to check that %1 port %2 accepts mail.\n"
                                               "Sent: %3\n")
                       .arg(settings.host)
                       .arg(settings.port)
                       .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    message.date = QDateTime::currentDateTime();
    message.messageId = Smtp::TestMessage::generateMessageId(settings.from);
    dataPayload = message.toDataPayload();
    if (pipeline) {
        send("RCPT TO:<" + settings.to.toUtf8() + '>');
        expect(Expect::RcptTo, settings.timeouts.replyMs);
        send("DATA"_ba);
        expect(Expect::DataCommand, settings.timeouts.replyMs);
    }
}

void SmtpCheckPrivate::onMail(const Smtp::Reply &r, Expect e)
{
    const bool pipelined = !pending.empty();
    auto failMail = [&](ResultCode code, const QString &detail) {
        // With pipelining, the replies to the rest of the group are still coming;
        // the connection is closed without QUIT (a pending DATA may have been accepted).
        if (pipelined)
            pipelinedFailure = true;
        fail(code, detail, phaseOf(e));
    };
    switch (e) {
    case Expect::MailFrom:
        if (!r.isPositive()) {
            failMail(ResultCode::SenderRejected, u"the server rejected the sender (%1)"_s.arg(r.code));
            return;
        }
        result.senderChecked = true;
        if (settings.to.isEmpty()) {
            if (pending.empty()) {
                send("RSET"_ba);
                expect(Expect::Reset, settings.timeouts.replyMs);
            }
            return;
        }
        if (pending.empty()) {
            send("RCPT TO:<" + settings.to.toUtf8() + '>');
            expect(Expect::RcptTo, settings.timeouts.replyMs);
        }
        return;
    case Expect::RcptTo:
        if (!r.isPositive()) {
            failMail(ResultCode::RecipientRejected, u"the server rejected the recipient (%1)"_s.arg(r.code));
            return;
        }
        if (pending.empty()) {
            send("DATA"_ba);
            expect(Expect::DataCommand, settings.timeouts.replyMs);
        }
        return;
    case Expect::DataCommand:
        if (r.code != 354) {
            failMail(ResultCode::MessageRejected, u"the server refused to take the message (%1)"_s.arg(r.code));
            return;
        }
        if (rejectUnsolicitedInput())
            return;
        info(u"sending the test message (%1 bytes)"_s.arg(dataPayload.size()));
        if (finished || !socket)
            return;
        socket->write(dataPayload);
        log(TranscriptEntry::Direction::Client, u"."_s);
        if (finished)
            return;
        expect(Expect::DataBody, settings.timeouts.dataMs);
        return;
    case Expect::DataBody:
        if (!r.isPositive()) {
            failMail(ResultCode::MessageRejected, u"the server rejected the message (%1)"_s.arg(r.code));
            return;
        }
        result.messageSent = true;
        {
            const QString text = r.text();
            const qsizetype at = text.indexOf(u"queued as "_s, 0, Qt::CaseInsensitive);
            if (at >= 0)
                result.queueId = text.mid(at + 10).section(u' ', 0, 0).trimmed();
            else
                result.queueId = text.trimmed();
        }
        succeed();
        return;
    case Expect::Reset:
        succeed();
        return;
    default:
        return;
    }
}

void SmtpCheckPrivate::succeed()
{
    finish(ResultCode::Ok, {}, std::nullopt);
}

void SmtpCheckPrivate::fail(ResultCode code, const QString &detail, std::optional<Phase> phase)
{
    finish(code, detail, phase);
}

void SmtpCheckPrivate::finish(ResultCode code, const QString &detail, std::optional<Phase> phase)
{
    if (finished)
        return;
    finished = true;
    stepTimer.stop();
    totalTimer.stop();
    probeTimer.stop();
    if (connector) {
        connector->cancel();
        connector->deleteLater();
    }
    if (probe) {
        probe->abort();
        probe->deleteLater();
    }
    result.code = code;
    result.detail = detail;
    if (code != ResultCode::Ok)
        result.failedPhase = phase.value_or(currentPhase.value_or(Phase::Resolve));
    if (currentPhase)
        endPhase(code == ResultCode::Ok);
    if (code != ResultCode::Ok && !detail.isEmpty())
        info(detail);
    result.totalMs = now();

    closeConnection();

    // Always report asynchronously, so a caller connecting after start() sees it.
    const CheckResult copy = result;
    QTimer::singleShot(0, q, [this, copy] {
        running = false;
        Q_EMIT q->finished(copy);
    });
}

void SmtpCheckPrivate::closeConnection()
{
    QSslSocket *s = socket;
    if (!s)
        return;
    s->disconnect(q);
    const bool midData = !pending.empty() && (pending.front() == Expect::DataBody || pipelinedFailure);
    const bool canQuit = !peerClosed && s->state() == QAbstractSocket::ConnectedState && !handshaking && !midData
        && (settings.security == Security::Tls ? tlsActive : true);
    pending.clear();
    if (canQuit) {
        // QUIT without waiting for its 221: the verdict is already known (RFC 5321 4.1.1.10).
        log(TranscriptEntry::Direction::Client, u"QUIT"_s);
        s->write("QUIT\r\n");
        s->disconnectFromHost();
        QObject::connect(s, &QAbstractSocket::disconnected, s, &QObject::deleteLater);
        QTimer::singleShot(3000, s, [s] { s->abort(); s->deleteLater(); });
    } else {
        s->abort();
        s->deleteLater();
    }
    socket = nullptr;
}

void SmtpCheckPrivate::onSocketError()
{
    if (finished || !socket)
        return;
    const QAbstractSocket::SocketError error = socket->error();
    const QString text = socket->errorString();
    peerClosed = true; // after any socket error, nothing more is written
    if (handshaking) {
        result.tls.handshakeError = text;
        if (!sslErrors.isEmpty() && !result.tls.pinned) {
            fail(classifyCertificateErrors(sslErrors), u"certificate problem: %1"_s.arg(result.tls.errors.join(u"; "_s)),
                 Phase::TlsHandshake);
            return;
        }
        if (!startTlsHandshake && looksLikePlaintextPeer(text)) {
            result.suggestedSecurity = Security::StartTls;
            fail(ResultCode::WrongSecurityMode,
                 u"the server answered in plain text, not TLS: this port expects STARTTLS or no encryption (%1)"_s.arg(text),
                 Phase::TlsHandshake);
            return;
        }
        fail(ResultCode::TlsHandshakeFailed, u"TLS handshake failed: %1"_s.arg(text), Phase::TlsHandshake);
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    fail(ResultCode::ProtocolError, u"connection error: %1"_s.arg(text));
}

void SmtpCheckPrivate::onDisconnected()
{
    if (finished)
        return;
    peerClosed = true;
    if (handshaking) {
        fail(ResultCode::TlsHandshakeFailed, u"the server closed the connection during the TLS handshake"_s,
             Phase::TlsHandshake);
        return;
    }
    if (!pending.empty() && pending.front() == Expect::Greeting && parser.bufferedBytes() == 0)
        fail(ResultCode::NoGreeting, u"the server closed the connection without a greeting"_s, Phase::Greeting);
    else
        fail(ResultCode::ProtocolError, u"the server closed the connection unexpectedly"_s);
}

void SmtpCheckPrivate::onStepTimeout()
{
    if (finished)
        return;
    if (handshaking) {
        fail(ResultCode::Timeout, u"the TLS handshake did not finish within %1 ms"_s.arg(settings.timeouts.tlsMs),
             Phase::TlsHandshake);
        return;
    }
    if (!pending.empty() && pending.front() == Expect::Greeting) {
        fail(ResultCode::NoGreeting, u"no greeting from the server within %1 ms"_s.arg(settings.timeouts.greetingMs),
             Phase::Greeting);
        return;
    }
    fail(ResultCode::Timeout, u"no complete reply within %1 ms"_s.arg(settings.timeouts.replyMs));
}

void SmtpCheckPrivate::startProbe()
{
    // The server has said nothing yet. A server on an implicit-TLS port waits for our
    // TLS ClientHello: find out on a second, credential-free connection.
    if (finished || !socket || probe)
        return;
    auto *p = new QSslSocket(q);
    probe = p;
    QSslConfiguration config = tlsConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // only asks "does this port speak TLS?"; nothing is sent
    p->setSslConfiguration(config);
    p->setPeerVerifyName(settings.host);
    info(u"no greeting yet: checking whether this port expects implicit TLS"_s);
    QObject::connect(p, &QSslSocket::encrypted, q, [this, p] {
        p->abort();
        p->deleteLater();
        if (finished)
            return;
        result.suggestedSecurity = Security::Tls;
        fail(ResultCode::WrongSecurityMode,
             u"this port expects implicit TLS (SSL/TLS), not a plain-text start"_s, Phase::Greeting);
    });
    QObject::connect(p, &QAbstractSocket::errorOccurred, q, [this, p] {
        if (!finished)
            info(u"the port does not speak TLS either: %1"_s.arg(p->errorString()));
        p->disconnect(q);
        p->abort();
        p->deleteLater();
    });
    const QHostAddress peer = socket->peerAddress();
    p->connectToHost(peer, settings.port);
    QObject::connect(p, &QAbstractSocket::connected, p, [p] { p->startClientEncryption(); });
}

} // namespace SmtpDoctor
