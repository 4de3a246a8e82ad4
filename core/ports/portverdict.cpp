// SPDX-License-Identifier: GPL-3.0-or-later
// The port doctor's decisions. Server words (greeting, certificate names, issuers)
// only ever enter the sentences as %-arguments, made printable first.
#include "ports/portverdict.h"

#include "detect/publicsuffix.h"
#include "ports/portstext.h"
#include "smtp/transcript.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSslError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ports {

namespace {

constexpr int kMaxChecks = 3;

bool isCertificateError(ResultCode code)
{
    return code == ResultCode::CertificateUntrusted || code == ResultCode::CertificateExpired
        || code == ResultCode::CertificateHostnameMismatch;
}

// The first probe never got a connection: nothing more can be learned.
bool connectionFailed(const CheckResult &r)
{
    switch (r.code) {
    case ResultCode::InvalidInput:
    case ResultCode::DnsFailure:
    case ResultCode::ConnectRefused:
    case ResultCode::ConnectTimeout:
    case ResultCode::NetworkUnreachable:
        return true;
    case ResultCode::Timeout:
    case ResultCode::Cancelled:
        return r.failedPhase == Phase::Resolve || r.failedPhase == Phase::Connect;
    default:
        return false;
    }
}

// Connected, then no greeting before the deadline (of the step or of the whole probe).
bool waitedForGreeting(const CheckResult &r)
{
    return r.code == ResultCode::NoGreeting || (r.code == ResultCode::Timeout && r.failedPhase == Phase::Greeting);
}

PortState stateOf(const CheckResult &r)
{
    switch (r.code) {
    case ResultCode::ConnectRefused:
        return PortState::Refused;
    case ResultCode::ConnectTimeout:
        return PortState::Silent;
    case ResultCode::InvalidInput:
    case ResultCode::DnsFailure:
    case ResultCode::NetworkUnreachable:
        return PortState::Unreachable;
    case ResultCode::Timeout:
    case ResultCode::Cancelled:
        if (r.failedPhase == Phase::Resolve)
            return PortState::Unreachable;
        if (r.failedPhase == Phase::Connect)
            return PortState::Silent;
        return PortState::Reachable;
    default:
        return PortState::Reachable;
    }
}

qsizetype countMode(const QList<CheckResult> &probes, Security s)
{
    return std::count_if(probes.cbegin(), probes.cend(), [s](const CheckResult &p) { return p.security == s; });
}

template <typename Pred> const CheckResult *firstWhere(const QList<CheckResult> &probes, Pred pred)
{
    for (const CheckResult &p : probes) {
        if (pred(p))
            return &p;
    }
    return nullptr;
}

// "220" from "220 mail.example.org ESMTP"; 0 if the bytes are not an SMTP reply.
int replyCode(const QByteArray &bytes)
{
    if (bytes.size() < 3)
        return 0;
    for (int i = 0; i < 3; ++i) {
        if (bytes.at(i) < '0' || bytes.at(i) > '9')
            return 0;
    }
    if (bytes.size() > 3 && bytes.at(3) != ' ' && bytes.at(3) != '-' && bytes.at(3) != '\r' && bytes.at(3) != '\n')
        return 0;
    const int code = bytes.left(3).toInt();
    return code >= 100 && code <= 599 ? code : 0;
}

QString firstLine(const QByteArray &bytes)
{
    QByteArray line = bytes;
    const qsizetype end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return Transcript::printable(QString::fromUtf8(line.left(200)));
}

// The host name an SMTP greeting announces: "220 mail.example.org ESMTP" -> "mail.example.org".
QString greetingHostOf(const QString &line)
{
    if (line.size() < 5)
        return {};
    const QString token = line.mid(4).section(u' ', 0, 0, QString::SectionSkipEmpty).toLower();
    static const QRegularExpression hostName(
        u"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+\\.?$"_s);
    if (!hostName.match(token).hasMatch())
        return {};
    return token.endsWith(u'.') ? token.chopped(1) : token;
}

CertificateVerdict verdictOf(const QList<int> &errorCodes)
{
    bool untrusted = false;
    bool expired = false;
    bool name = false;
    for (int code : errorCodes) {
        switch (static_cast<QSslError::SslError>(code)) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            name = true;
            break;
        default:
            untrusted = true;
            break;
        }
    }
    if (untrusted)
        return CertificateVerdict::Untrusted;
    if (expired)
        return CertificateVerdict::Expired;
    if (name)
        return CertificateVerdict::WrongName;
    return CertificateVerdict::None;
}

// TLS facts from the probes of one mode: the first unpinned handshake gives the
// certificate verdict, a completed handshake (perhaps pinned) the rest.
void fillTls(PortResult &r, const QList<CheckResult> &probes, Security mode)
{
    const CheckResult *judged = firstWhere(
        probes, [mode](const CheckResult &p) { return p.security == mode && p.tls.attempted && !p.tls.pinned; });
    const CheckResult *established
        = firstWhere(probes, [mode](const CheckResult &p) { return p.security == mode && p.tls.established; });
    r.tlsAttempted = judged != nullptr || established != nullptr;
    if (established) {
        r.tlsEstablished = true;
        r.tlsProtocol = established->tls.protocol;
        r.tlsCipher = established->tls.cipher;
        r.authAfterTls = established->capabilities.authMechanisms;
    }
    if (judged) {
        if (judged->tls.established && judged->tls.verified)
            r.certificate = CertificateVerdict::Verified;
        else
            r.certificate = verdictOf(judged->tls.errorCodes);
        r.certificateErrors = judged->tls.errors;
        if (!judged->tls.chain.isEmpty())
            r.leaf = judged->tls.chain.first();
        if (!r.tlsEstablished && !judged->tls.handshakeError.isEmpty() && r.certificate == CertificateVerdict::None)
            r.detail = judged->detail;
    }
    if (!r.leaf && established && !established->tls.chain.isEmpty())
        r.leaf = established->tls.chain.first();
}

void setGreeting(PortResult &r, const QByteArray &bytes)
{
    r.greeting = firstLine(bytes);
    r.greetingHost = replyCode(bytes) == 220 ? greetingHostOf(r.greeting) : QString();
}

} // namespace

QStringList allFindingIds()
{
    using namespace FindingId;
    QStringList ids;
    for (QStringView id :
        { ImplicitTlsOnStartTlsPort, PlaintextOnImplicitTlsPort, Port25Blocked, ForeignGreeting, ForeignCertificate,
            CertIssuerDiffers, CertSelfSignedOnePort, CertExpired, CertUntrusted, CertWrongName, TlsHandshakeFailed,
            StartTlsMissing, AuthBeforeTls, OtherProtocol, SmtpRefused, SilentPort, NothingAnswered, NoSecureSetting })
        ids << id.toString();
    return ids;
}

Protocol protocolFromBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Protocol::None;
    const QByteArray head = bytes.left(512);
    if (head.startsWith("SSH-"))
        return Protocol::Ssh;
    if (head.startsWith("HTTP/"))
        return Protocol::Http;
    if (head.startsWith("+OK") || head.startsWith("-ERR"))
        return Protocol::Pop3;
    if (head.startsWith("* OK") || head.startsWith("* PREAUTH") || head.startsWith("* BYE"))
        return Protocol::Imap;
    if (replyCode(head) != 0)
        return Protocol::Smtp;
    const QByteArray lower = head.toLower();
    if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<head>")
        || lower.contains("<body"))
        return Protocol::Http;
    return Protocol::Unknown;
}

Security firstProbeSecurity(quint16 port)
{
    return port == 465 ? Security::Tls : Security::StartTls;
}

std::optional<ProbePlan> nextProbe(quint16 port, const QList<CheckResult> &probes, bool sniffed)
{
    if (probes.isEmpty())
        return ProbePlan { ProbePlan::Kind::Check, firstProbeSecurity(port), {} };
    if (connectionFailed(probes.first()))
        return std::nullopt;
    const CheckResult &last = probes.last();
    if (last.code == ResultCode::Cancelled)
        return std::nullopt;
    const bool canCheck = probes.size() < kMaxChecks;

    // Look past a certificate problem: accept exactly this certificate for one more
    // handshake, to see the greeting and what is offered inside TLS.
    if (canCheck && isCertificateError(last.code) && !last.tls.chain.isEmpty() && !last.tls.pinned
        && countMode(probes, last.security) == 1) {
        return ProbePlan { ProbePlan::Kind::Check, last.security, last.tls.chain.first().sha256 };
    }
    // The port speaks the other mode (the engine found out and says which).
    if (canCheck && last.code == ResultCode::WrongSecurityMode && last.suggestedSecurity
        && *last.suggestedSecurity != Security::None && countMode(probes, *last.suggestedSecurity) == 0) {
        return ProbePlan { ProbePlan::Kind::Check, *last.suggestedSecurity, {} };
    }
    // Implicit TLS failed before any certificate: perhaps the port speaks something in plain text.
    if (canCheck && last.security == Security::Tls && last.failedPhase == Phase::TlsHandshake
        && (last.code == ResultCode::TlsHandshakeFailed || last.code == ResultCode::Timeout) && last.tls.chain.isEmpty()
        && countMode(probes, Security::StartTls) == 0) {
        return ProbePlan { ProbePlan::Kind::Check, Security::StartTls, {} };
    }
    // Connected, but not a word: nudge it to find out what it is.
    if (!sniffed) {
        const bool heardAnything
            = std::any_of(probes.cbegin(), probes.cend(), [](const CheckResult &p) { return !p.firstBytes.isEmpty(); });
        if (!heardAnything) {
            const bool tlsSilent = std::any_of(probes.cbegin(), probes.cend(), [](const CheckResult &p) {
                return p.security == Security::Tls && p.tls.established && waitedForGreeting(p);
            });
            if (tlsSilent)
                return ProbePlan { ProbePlan::Kind::Sniff, Security::Tls, {} };
            const bool plainSilent = std::any_of(probes.cbegin(), probes.cend(),
                [](const CheckResult &p) { return p.security != Security::Tls && waitedForGreeting(p); });
            if (plainSilent)
                return ProbePlan { ProbePlan::Kind::Sniff, Security::StartTls, {} };
        }
    }
    return std::nullopt;
}

PortResult classifyPort(quint16 port, const QList<CheckResult> &probes, const QByteArray &sniffed)
{
    PortResult r;
    r.port = port;
    if (probes.isEmpty()) {
        r.detail = u"not probed"_s;
        return r;
    }
    const CheckResult &first = probes.first();
    r.code = first.code;
    r.detail = first.detail;
    r.addresses = first.resolvedAddresses;
    r.state = stateOf(first);
    for (const CheckResult &p : probes) {
        if (!p.peerAddress.isEmpty()) {
            r.peerAddress = p.peerAddress;
            break;
        }
    }
    if (r.state != PortState::Reachable)
        return r;

    // Plain-text SMTP: a STARTTLS-mode probe saw a reply code first.
    const CheckResult *plain = firstWhere(
        probes, [](const CheckResult &p) { return p.security != Security::Tls && replyCode(p.firstBytes) != 0; });
    // Implicit TLS: a TLS-mode handshake got as far as a certificate.
    const CheckResult *implicit = firstWhere(probes, [](const CheckResult &p) {
        return p.security == Security::Tls && (p.tls.established || !p.tls.chain.isEmpty());
    });

    if (plain) {
        r.protocol = Protocol::Smtp;
        setGreeting(r, plain->firstBytes);
        if (replyCode(plain->firstBytes) != 220) {
            r.speaks = Speaks::SmtpRefused;
            return r;
        }
        Smtp::Capabilities caps = plain->capabilitiesBeforeTls;
        if (!caps.valid && !plain->tls.attempted)
            caps = plain->capabilities;
        r.startTlsOffered = caps.startTls;
        r.authBeforeTls = caps.authMechanisms;
        r.speaks = caps.startTls ? Speaks::StartTls : Speaks::PlainNoStartTls;
        if (caps.startTls)
            fillTls(r, probes, plain->security);
        return r;
    }

    if (implicit) {
        r.speaks = Speaks::ImplicitTls;
        fillTls(r, probes, Security::Tls);
        const CheckResult *established
            = firstWhere(probes, [](const CheckResult &p) { return p.security == Security::Tls && p.tls.established; });
        if (!established)
            return r; // a certificate problem hides what is behind it; TLS on this port is SMTP's way
        const QByteArray &bytes = established->firstBytes.isEmpty() ? sniffed : established->firstBytes;
        const Protocol protocol = protocolFromBytes(bytes);
        if (protocol == Protocol::Smtp && !established->firstBytes.isEmpty()) {
            r.protocol = Protocol::Smtp;
            setGreeting(r, bytes);
            if (replyCode(bytes) != 220)
                r.speaks = Speaks::SmtpRefused;
        } else if (protocol == Protocol::None || protocol == Protocol::Smtp) {
            r.speaks = Speaks::Nothing; // TLS, then silence (or SMTP only after a long pause)
            r.protocol = protocol;
        } else {
            r.speaks = Speaks::NotSmtp;
            r.protocol = protocol;
        }
        return r;
    }

    // Neither: name what it said, on its own or when nudged.
    QByteArray bytes;
    for (const CheckResult &p : probes) {
        if (!p.firstBytes.isEmpty()) {
            bytes = p.firstBytes;
            break;
        }
    }
    if (bytes.isEmpty())
        bytes = sniffed;
    r.protocol = protocolFromBytes(bytes);
    if (r.protocol == Protocol::None || r.protocol == Protocol::Smtp)
        r.speaks = Speaks::Nothing; // SMTP only in answer to our nudge: a very slow greeting
    else
        r.speaks = Speaks::NotSmtp;
    if (!bytes.isEmpty() && r.speaks == Speaks::NotSmtp)
        r.greeting = firstLine(bytes);
    // A failed TLS attempt on a port that speaks something else tells nothing more.
    const CheckResult *tlsTried = firstWhere(probes, [](const CheckResult &p) { return p.tls.attempted; });
    r.tlsAttempted = tlsTried != nullptr;
    return r;
}

namespace {

QString portList(const QList<quint16> &ports)
{
    QStringList parts;
    for (quint16 p : ports)
        parts << QString::number(p);
    return parts.join(u", "_s);
}

QString printableList(const QStringList &list)
{
    return Transcript::printable(list.join(u", "_s));
}

QString dateOf(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd"_s) : u"?"_s;
}

QString registrableOf(QString name)
{
    if (name.startsWith(u"*."_s))
        name = name.mid(2);
    return Detect::registrableDomain(name);
}

QSet<QString> certificateDomains(const Tls::CertificateInfo &c)
{
    QSet<QString> domains;
    for (const QString &name : certificateNames(c)) {
        const QString d = registrableOf(name);
        if (!d.isEmpty())
            domains.insert(d);
    }
    return domains;
}

// A stable pick of one domain for a sentence.
QString anyOf(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list.value(0);
}

int baseRank(quint16 port, Security security)
{
    const bool tls = security == Security::Tls;
    switch (port) {
    case 465:
        return tls ? 0 : 3;
    case 587:
        return tls ? 2 : 1;
    case 2525:
        return tls ? 4 : 5;
    case 25:
        return tls ? 7 : 6;
    default:
        return tls ? 10 : 11;
    }
}

int rankOf(const PortResult &p)
{
    return baseRank(p.port, p.security()) + (p.authAfterTls.isEmpty() ? 100 : 0);
}

void addModeFindings(QList<Finding> &out, const PortResult &p)
{
    // Ports where mail programs start in plain text (STARTTLS) by convention.
    const bool startTlsPort = p.port == 587 || p.port == 25 || p.port == 2525;
    if (p.speaks == Speaks::ImplicitTls && startTlsPort) {
        out << Finding { FindingId::ImplicitTlsOnStartTlsPort.toString(), p.port,
            //: %1 is a port number such as 587
            PortsText::tr("Port %1 expects SSL/TLS from the first byte (implicit TLS), although STARTTLS is "
                          "usual on this port. A mail program set to STARTTLS on port %1 fails here "
                          "(it waits for a greeting that never comes); choose SSL/TLS for this port.")
                .arg(p.port) };
    }
    if (p.port == 465 && (p.speaks == Speaks::StartTls || p.speaks == Speaks::PlainNoStartTls)) {
        const QString text = p.speaks == Speaks::StartTls
            ? PortsText::tr("Port 465 answers in plain text and offers STARTTLS, although SSL/TLS from the first byte "
                            "is usual on this port. A mail program set to SSL/TLS on port 465 fails here (\"wrong "
                            "version number\"); choose STARTTLS for this port.")
            : PortsText::tr("Port 465 answers in plain text and offers no encryption at all, although SSL/TLS from "
                            "the first byte is usual on this port. Do not send a password over this port.");
        out << Finding { FindingId::PlaintextOnImplicitTlsPort.toString(), p.port, text };
    }
}

void addCertificateFindings(QList<Finding> &out, const PortResult &p, const QString &host)
{
    if (!p.leaf)
        return;
    const Tls::CertificateInfo &leaf = *p.leaf;
    switch (p.certificate) {
    case CertificateVerdict::Expired:
        out << Finding { FindingId::CertExpired.toString(), p.port,
            //: %1 port, %2 and %3 dates (YYYY-MM-DD)
            PortsText::tr("The certificate on port %1 is only valid from %2 to %3, which does not include "
                          "now. Check this computer's date and time; if they are right, the server's "
                          "administrator must renew the certificate.")
                .arg(p.port)
                .arg(dateOf(leaf.notBefore), dateOf(leaf.notAfter)) };
        break;
    case CertificateVerdict::Untrusted:
        if (isSelfIssued(leaf)) {
            out << Finding { FindingId::CertUntrusted.toString(), p.port,
                //: %1 port
                PortsText::tr("The certificate on port %1 is self-signed: nobody vouches for it. Accept it "
                              "only if you can compare its fingerprint with one the administrator gave "
                              "you.")
                    .arg(p.port) };
        } else {
            out << Finding { FindingId::CertUntrusted.toString(), p.port,
                //: %1 port, %2 the issuer's name
                PortsText::tr("The certificate on port %1 was issued by \"%2\", which this computer does not "
                              "trust. This happens with private certificate authorities, with an "
                              "incomplete certificate chain on the server, and when an antivirus program "
                              "or a proxy intercepts encrypted connections.")
                    .arg(p.port)
                    .arg(Transcript::printable(shortDistinguishedName(leaf.issuer))) };
        }
        break;
    case CertificateVerdict::WrongName:
        out << Finding { FindingId::CertWrongName.toString(), p.port,
            //: %1 port, %2 the server name asked for, %3 the names the certificate is valid for
            PortsText::tr("The certificate on port %1 is not valid for %2 but for: %3. Use one of these "
                          "names as the server name if it belongs to your provider.")
                .arg(p.port)
                .arg(host, printableList(certificateNames(leaf))) };
        break;
    case CertificateVerdict::None:
    case CertificateVerdict::Verified:
        break;
    }
}

// Issuers that differ between the ports of one host: a sign of interception.
void addIssuerFindings(QList<Finding> &out, const QList<PortResult> &ports)
{
    QList<const PortResult *> withLeaf;
    for (const PortResult &p : ports) {
        if (p.leaf)
            withLeaf << &p;
    }
    if (withLeaf.size() < 2)
        return;
    QList<const PortResult *> selfSigned;
    QList<const PortResult *> issued;
    for (const PortResult *p : withLeaf)
        (isSelfIssued(*p->leaf) ? selfSigned : issued) << p;

    // The issuer most ports agree on, verified certificates first.
    QString reference;
    for (bool verifiedOnly : { true, false }) {
        QHash<QString, int> counts;
        QStringList order;
        for (const PortResult *p : std::as_const(issued)) {
            if (verifiedOnly && p->certificate != CertificateVerdict::Verified)
                continue;
            if (!counts.contains(p->leaf->issuer))
                order << p->leaf->issuer;
            ++counts[p->leaf->issuer];
        }
        int best = 0;
        for (const QString &issuer : std::as_const(order)) {
            if (counts.value(issuer) > best) {
                best = counts.value(issuer);
                reference = issuer;
            }
        }
        if (!reference.isEmpty())
            break;
    }

    if (!issued.isEmpty()) {
        for (const PortResult *p : std::as_const(selfSigned)) {
            out << Finding { FindingId::CertSelfSignedOnePort.toString(), p->port,
                //: %1 port, %2 the issuer of the other ports' certificates
                PortsText::tr("Port %1 presents a self-signed certificate, while the other ports of this "
                              "server present certificates issued by \"%2\". A different certificate on "
                              "one port is a sign that something intercepts the connection (an antivirus "
                              "\"mail shield\", a company proxy or an attacker).")
                    .arg(p->port)
                    .arg(Transcript::printable(shortDistinguishedName(reference))) };
        }
    }
    for (const PortResult *p : std::as_const(issued)) {
        if (p->leaf->issuer == reference)
            continue;
        out << Finding { FindingId::CertIssuerDiffers.toString(), p->port,
            //: %1 port, %2 the issuer on this port, %3 the issuer on the other ports
            PortsText::tr("The certificate on port %1 was issued by \"%2\", but the other ports' "
                          "certificates by \"%3\". A different issuer on one port of the same server is a "
                          "sign that something intercepts the connection (an antivirus \"mail shield\", a "
                          "company proxy or an attacker).")
                .arg(p->port)
                .arg(Transcript::printable(shortDistinguishedName(p->leaf->issuer)),
                    Transcript::printable(shortDistinguishedName(reference))) };
    }
}

void addForeignFindings(QList<Finding> &out, const PortResult &p, const QString &askedDomain,
    bool homeGreetingElsewhere, bool homeCertificateElsewhere)
{
    if (askedDomain.isEmpty())
        return;
    if (!p.greetingHost.isEmpty()) {
        const QString domain = Detect::registrableDomain(p.greetingHost);
        if (!domain.isEmpty() && domain != askedDomain) {
            const QString text = homeGreetingElsewhere
                //: %1 port, %2 the host name in the greeting, %3 its domain, %4 the domain asked for
                ? PortsText::tr("Port %1 greets as %2, which belongs to another organisation (%3) than %4, unlike the "
                                "other ports. A transparent proxy of your network provider or an antivirus program "
                                "probably intercepts connections to this port.")
                : PortsText::tr("Port %1 greets as %2, which belongs to another organisation (%3) than %4. This is "
                                "normal when your server name is an alias for a hosting provider's server; otherwise "
                                "a transparent proxy of your network provider or an antivirus program may intercept "
                                "the connection.");
            out << Finding { FindingId::ForeignGreeting.toString(), p.port,
                text.arg(p.port).arg(Transcript::printable(p.greetingHost), domain, askedDomain) };
        }
    }
    if (p.leaf) {
        const QSet<QString> domains = certificateDomains(*p.leaf);
        if (!domains.isEmpty() && !domains.contains(askedDomain)) {
            const QString text = homeCertificateElsewhere
                //: %1 port, %2 the domain the certificate belongs to, %3 the domain asked for
                ? PortsText::tr("The certificate on port %1 belongs to another organisation (%2) than %3, unlike the "
                                "certificates on the other ports. A transparent proxy of your network provider or an "
                                "antivirus program probably intercepts connections to this port.")
                : PortsText::tr("The certificate on port %1 belongs to another organisation (%2) than %3. This is "
                                "normal when your server name is an alias for a hosting provider's server (then use "
                                "the provider's name); otherwise a transparent proxy or an antivirus program may "
                                "intercept the connection.");
            out << Finding { FindingId::ForeignCertificate.toString(), p.port,
                text.arg(p.port).arg(Transcript::printable(anyOf(domains)), askedDomain) };
        }
    }
}

QString protocolSentence(const PortResult &p)
{
    switch (p.protocol) {
    case Protocol::Http:
        //: %1 port
        return PortsText::tr("Port %1 answers with HTTP: a web server or a web proxy listens there, not a mail "
                             "server.")
            .arg(p.port);
    case Protocol::Ssh:
        return PortsText::tr("Port %1 answers with SSH (remote login), not with SMTP.").arg(p.port);
    case Protocol::Pop3:
        return PortsText::tr("Port %1 answers with POP3, the protocol for fetching mail, not for sending it. Check "
                             "that you did not enter the incoming server's port.")
            .arg(p.port);
    case Protocol::Imap:
        return PortsText::tr("Port %1 answers with IMAP, the protocol for reading mail, not for sending it. Check "
                             "that you did not enter the incoming server's port.")
            .arg(p.port);
    case Protocol::None:
    case Protocol::Smtp:
    case Protocol::Unknown:
        break;
    }
    return PortsText::tr("Port %1 answers with something that is not SMTP.").arg(p.port);
}

} // namespace

QList<Finding> findFindings(const QString &host, const QList<PortResult> &ports)
{
    QList<Finding> out;
    const QString askedDomain = Detect::registrableDomain(host);

    // Which ports speak as the host asked for, to tell "the whole server is elsewhere"
    // (an alias) from "this one port is elsewhere" (interception).
    auto homeGreeting = [&](const PortResult &p) {
        return !p.greetingHost.isEmpty() && Detect::registrableDomain(p.greetingHost) == askedDomain;
    };
    auto homeCertificate
        = [&](const PortResult &p) { return p.leaf && certificateDomains(*p.leaf).contains(askedDomain); };

    QList<Finding> issuerFindings;
    addIssuerFindings(issuerFindings, ports);

    QList<quint16> startTlsPorts;
    for (const PortResult &p : ports) {
        if (p.speaks == Speaks::StartTls)
            startTlsPorts << p.port;
    }
    const bool submissionAnswers = std::any_of(ports.cbegin(), ports.cend(),
        [](const PortResult &p) { return (p.port == 465 || p.port == 587) && p.speaksSmtp(); });

    for (const PortResult &p : ports) {
        if (p.port == 25 && p.state == PortState::Silent && submissionAnswers) {
            out << Finding { FindingId::Port25Blocked.toString(), p.port,
                PortsText::tr("Port 25 does not answer at all, while the submission ports do: your network "
                              "or internet provider probably blocks outgoing connections to port 25. This "
                              "is common and harmless for mail programs, which should use 465 or 587.") };
        }
        addModeFindings(out, p);
        if (p.speaks == Speaks::PlainNoStartTls) {
            QList<quint16> others = startTlsPorts;
            others.removeAll(p.port);
            if (!others.isEmpty()) {
                out << Finding { FindingId::StartTlsMissing.toString(), p.port,
                    //: %1 this port, %2 the other ports (a list of numbers), %n how many they are
                    PortsText::tr("Port %1 does not offer STARTTLS, although the same server offers it on "
                                  "%n other port(s): %2. Something on the way may remove it (STARTTLS "
                                  "stripping, typical of some firewalls and of attacks). Never send a "
                                  "password over port %1.",
                        nullptr, int(others.size()))
                        .arg(p.port)
                        .arg(portList(others)) };
            }
        }
        if (!p.authBeforeTls.isEmpty()) {
            const QString text = p.speaks == Speaks::StartTls
                //: %1 port, %2 a list of login methods such as PLAIN, LOGIN
                ? PortsText::tr("Port %1 offers login (%2) before the connection is encrypted. Well-configured servers "
                                "offer it only after STARTTLS; a careless mail program could send the password in "
                                "plain text.")
                : PortsText::tr("Port %1 offers login (%2) without any encryption: a password sent there travels in "
                                "plain text and can be read on the way.");
            out << Finding { FindingId::AuthBeforeTls.toString(), p.port,
                text.arg(p.port).arg(printableList(p.authBeforeTls)) };
        }
        addCertificateFindings(out, p, host);
        if ((p.speaks == Speaks::ImplicitTls || p.speaks == Speaks::StartTls) && p.tlsAttempted && !p.tlsEstablished
            && p.certificate == CertificateVerdict::None) {
            out << Finding { FindingId::TlsHandshakeFailed.toString(), p.port,
                //: %1 port, %2 a technical error message in English
                PortsText::tr("The TLS handshake on port %1 fails (%2). The server's encryption is broken "
                              "or something on the way interferes; no setting on this port is safe.")
                    .arg(p.port)
                    .arg(Transcript::printable(p.detail)) };
        }
        for (const Finding &f : std::as_const(issuerFindings)) {
            if (f.port == p.port)
                out << f;
        }
        if (p.speaksSmtp() || p.leaf) {
            const bool homeGreetingElsewhere = std::any_of(
                ports.cbegin(), ports.cend(), [&](const PortResult &o) { return o.port != p.port && homeGreeting(o); });
            const bool homeCertificateElsewhere = std::any_of(ports.cbegin(), ports.cend(),
                [&](const PortResult &o) { return o.port != p.port && homeCertificate(o); });
            addForeignFindings(out, p, askedDomain, homeGreetingElsewhere, homeCertificateElsewhere);
        }
        if (p.speaks == Speaks::NotSmtp)
            out << Finding { FindingId::OtherProtocol.toString(), p.port, protocolSentence(p) };
        if (p.speaks == Speaks::SmtpRefused) {
            out << Finding { FindingId::SmtpRefused.toString(), p.port,
                //: %1 port, %2 the server's greeting, quoted literally
                PortsText::tr("Port %1 speaks SMTP but refuses the session: \"%2\". The server may block "
                              "your network or be overloaded.")
                    .arg(p.port)
                    .arg(p.greeting) };
        }
        if (p.speaks == Speaks::Nothing) {
            out << Finding { FindingId::SilentPort.toString(), p.port,
                PortsText::tr("Port %1 accepts the connection but sends no greeting. It may be a server "
                              "that greets only after a long pause, a firewall that holds connections, or "
                              "a service that waits for its client to speak first.")
                    .arg(p.port) };
        }
    }

    // The summary when nothing is safe to use.
    if (!recommend(ports)) {
        const bool anySmtp
            = std::any_of(ports.cbegin(), ports.cend(), [](const PortResult &p) { return p.speaksSmtp(); });
        if (!anySmtp) {
            const bool allDns = !ports.isEmpty() && std::all_of(ports.cbegin(), ports.cend(), [](const PortResult &p) {
                return p.code == ResultCode::DnsFailure;
            });
            const bool anyReachable = std::any_of(
                ports.cbegin(), ports.cend(), [](const PortResult &p) { return p.state == PortState::Reachable; });
            QString text;
            if (allDns)
                //: %1 is the server name
                text
                    = PortsText::tr("The name %1 could not be found. Check the spelling of the server name.").arg(host);
            else if (anyReachable)
                text = PortsText::tr("No port answers with SMTP. Check the server name: it may be a web or other "
                                     "server rather than the outgoing mail server.");
            else
                text = PortsText::tr("None of the ports answers. Check the server name, and whether a firewall on "
                                     "your network blocks outgoing connections to mail ports.");
            out << Finding { FindingId::NothingAnswered.toString(), 0, text };
        } else {
            QList<quint16> certificateProblem;
            QList<quint16> handshakeProblem;
            for (const PortResult &p : ports) {
                if (p.speaks != Speaks::ImplicitTls && p.speaks != Speaks::StartTls)
                    continue;
                if (p.certificate != CertificateVerdict::None && p.certificate != CertificateVerdict::Verified)
                    certificateProblem << p.port;
                else if (!p.tlsEstablished)
                    handshakeProblem << p.port;
            }
            QString text;
            if (!certificateProblem.isEmpty())
                //: %1 a list of port numbers, %n how many they are
                text = PortsText::tr("Encryption is available on %n port(s) (%1), but the certificate cannot be "
                                     "verified, so no setting is safe for a password yet. Use the server name the "
                                     "certificate is valid for, or ask the administrator to fix the certificate.",
                    nullptr, int(certificateProblem.size()))
                           .arg(portList(certificateProblem));
            else if (!handshakeProblem.isEmpty())
                //: %1 a list of port numbers, %n how many they are
                text = PortsText::tr("The server offers encryption on %n port(s) (%1), but the TLS handshake fails, "
                                     "so no setting is safe for a password. The administrator must fix the server's "
                                     "encryption.",
                    nullptr, int(handshakeProblem.size()))
                           .arg(portList(handshakeProblem));
            else
                text = PortsText::tr("This server answers only without encryption. A password sent there travels in "
                                     "plain text and can be read on the way, so no setting is recommended. Ask your "
                                     "provider for a secure setting (port 465 with SSL/TLS or 587 with STARTTLS); if "
                                     "another network shows encryption, this network removes it.");
            out << Finding { FindingId::NoSecureSetting.toString(), 0, text };
        }
    }
    return out;
}

std::optional<Recommendation> recommend(const QList<PortResult> &ports)
{
    const PortResult *best = nullptr;
    for (const PortResult &p : ports) {
        if (!p.isSecure())
            continue;
        if (!best || rankOf(p) < rankOf(*best))
            best = &p;
    }
    if (!best)
        return std::nullopt;
    const PortResult &p = *best;
    Recommendation r;
    r.port = p.port;
    r.security = p.security();
    QStringList sentences;
    if (r.security == Security::Tls)
        //: %1 port
        sentences << PortsText::tr("Use port %1 with SSL/TLS: the connection is encrypted from the first byte, and "
                                   "the certificate is verified.")
                         .arg(p.port);
    else
        sentences << PortsText::tr("Use port %1 with STARTTLS: the connection is encrypted before anything secret is "
                                   "sent, and the certificate is verified.")
                         .arg(p.port);
    if (!p.authAfterTls.isEmpty())
        //: %1 a list of login methods such as PLAIN, LOGIN
        sentences << PortsText::tr("Login methods offered there: %1.").arg(printableList(p.authAfterTls));
    else
        sentences << PortsText::tr("The server offers no login on this port, so it may not accept mail from a mail "
                                   "program there.");
    if (p.port == 25)
        sentences << PortsText::tr("Port 25 is meant for mail between servers and is often blocked by internet "
                                   "providers; prefer another port if your provider offers one.");
    if ((p.port == 465 && r.security == Security::StartTls) || (p.port == 587 && r.security == Security::Tls))
        sentences << PortsText::tr("This port uses the unusual mode, so set the security mode explicitly instead of "
                                   "relying on the mail program's automatic choice.");
    r.text = sentences.join(u' ');
    return r;
}

void judge(PortReport &report)
{
    report.findings = findFindings(report.host, report.ports);
    report.recommendation = recommend(report.ports);
}

int portsExitCode(const PortReport &report)
{
    if (report.cancelled)
        return ExitCancelled;
    if (report.recommendation)
        return ExitOk;
    const bool anySmtp
        = std::any_of(report.ports.cbegin(), report.ports.cend(), [](const PortResult &p) { return p.speaksSmtp(); });
    return anySmtp ? ExitTls : ExitNetwork;
}

} // namespace SmtpDoctor::Ports
