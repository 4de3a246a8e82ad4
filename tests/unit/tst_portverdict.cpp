// SPDX-License-Identifier: GPL-3.0-or-later
// The port doctor's pure decisions: probe planning, classification of probe results,
// findings and the recommendation, from synthetic data (no network).
#include "ports/portjson.h"
#include "ports/portresult.h"
#include "ports/portverdict.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSslError>
#include <QTest>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Ports;

Q_DECLARE_METATYPE(QList<SmtpDoctor::Ports::PortResult>)
Q_DECLARE_METATYPE(QList<SmtpDoctor::CheckResult>)
Q_DECLARE_METATYPE(SmtpDoctor::Ports::Protocol)
Q_DECLARE_METATYPE(SmtpDoctor::Ports::Speaks)
Q_DECLARE_METATYPE(SmtpDoctor::Ports::PortState)
Q_DECLARE_METATYPE(SmtpDoctor::Ports::CertificateVerdict)
Q_DECLARE_METATYPE(std::optional<SmtpDoctor::Ports::ProbePlan>)

namespace {

const QString kHost = u"mail.example.org"_s;
const QString kIssuer = u"C=US, O=Example Trust, CN=Example Trust R1"_s;

Tls::CertificateInfo certificate(
    const QStringList &names = { u"mail.example.org"_s }, const QString &issuer = kIssuer, bool selfSigned = false)
{
    Tls::CertificateInfo c;
    c.subject = u"CN=%1"_s.arg(names.value(0));
    c.issuer = selfSigned ? c.subject : issuer;
    c.subjectAltNames = names;
    c.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC);
    c.sha256 = QByteArray(64, 'a');
    c.selfSigned = selfSigned;
    return c;
}

// Builds one synthetic port result.
struct P
{
    PortResult r;

    explicit P(quint16 port, PortState state = PortState::Reachable)
    {
        r.port = port;
        r.state = state;
        if (state == PortState::Refused)
            r.code = ResultCode::ConnectRefused;
        else if (state == PortState::Silent)
            r.code = ResultCode::ConnectTimeout;
        else if (state == PortState::Unreachable)
            r.code = ResultCode::DnsFailure;
    }
    static P refused(quint16 port) { return P(port, PortState::Refused); }
    static P silent(quint16 port) { return P(port, PortState::Silent); }
    static P noName(quint16 port) { return P(port, PortState::Unreachable); }

    P &tls(CertificateVerdict verdict)
    {
        r.tlsAttempted = true;
        r.certificate = verdict;
        r.tlsEstablished = verdict == CertificateVerdict::Verified;
        r.tlsProtocol = u"TLSv1.3"_s;
        r.tlsCipher = u"TLS_AES_256_GCM_SHA384"_s;
        r.leaf = certificate();
        r.protocol = Protocol::Smtp;
        r.greeting = u"220 mail.example.org ESMTP"_s;
        r.greetingHost = u"mail.example.org"_s;
        if (verdict == CertificateVerdict::Verified)
            r.authAfterTls = QStringList { u"PLAIN"_s, u"LOGIN"_s };
        return *this;
    }
    P &implicitTls(CertificateVerdict verdict = CertificateVerdict::Verified)
    {
        r.speaks = Speaks::ImplicitTls;
        return tls(verdict);
    }
    P &startTls(CertificateVerdict verdict = CertificateVerdict::Verified)
    {
        r.speaks = Speaks::StartTls;
        r.startTlsOffered = true;
        return tls(verdict);
    }
    P &plain()
    {
        r.speaks = Speaks::PlainNoStartTls;
        r.protocol = Protocol::Smtp;
        r.greeting = u"220 mail.example.org ESMTP"_s;
        r.greetingHost = u"mail.example.org"_s;
        return *this;
    }
    P &handshakeFails()
    {
        r.tlsEstablished = false;
        r.certificate = CertificateVerdict::None;
        r.leaf.reset();
        r.authAfterTls.clear();
        r.detail = u"TLS handshake failed: sslv3 alert handshake failure"_s;
        return *this;
    }
    P &noAuth()
    {
        r.authAfterTls.clear();
        return *this;
    }
    P &authBefore(const QStringList &mechanisms)
    {
        r.authBeforeTls = mechanisms;
        return *this;
    }
    P &greets(const QString &host)
    {
        r.greetingHost = host;
        r.greeting = u"220 %1 ESMTP"_s.arg(host);
        return *this;
    }
    P &cert(const QStringList &names, const QString &issuer = kIssuer, bool selfSigned = false)
    {
        r.leaf = certificate(names, issuer, selfSigned);
        return *this;
    }
    P &notSmtp(Protocol protocol)
    {
        r.speaks = Speaks::NotSmtp;
        r.protocol = protocol;
        return *this;
    }
    P &nothing()
    {
        r.speaks = Speaks::Nothing;
        return *this;
    }
    P &refusesSession()
    {
        r.speaks = Speaks::SmtpRefused;
        r.protocol = Protocol::Smtp;
        r.greeting = u"554 5.7.1 No SMTP service here"_s;
        return *this;
    }
    operator PortResult() const { return r; } // NOLINT: a builder
};

QStringList findingKeys(const QList<Finding> &findings)
{
    QStringList keys;
    for (const Finding &f : findings)
        keys << u"%1:%2"_s.arg(f.port).arg(f.id);
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// A probe result as SmtpCheck reports it.
CheckResult probe(quint16 port, Security security, ResultCode code, Phase failedPhase = Phase::Resolve)
{
    CheckResult r;
    r.host = kHost;
    r.port = port;
    r.security = security;
    r.code = code;
    r.failedPhase = failedPhase;
    r.detail = u"detail"_s;
    if (code != ResultCode::ConnectRefused && code != ResultCode::ConnectTimeout && code != ResultCode::DnsFailure) {
        r.resolvedAddresses = QStringList { u"192.0.2.1"_s };
        r.peerAddress = u"192.0.2.1"_s;
    }
    return r;
}

Smtp::Capabilities caps(bool startTls, const QStringList &auth = {})
{
    Smtp::Capabilities c;
    c.valid = true;
    c.esmtp = true;
    c.serverName = u"mail.example.org"_s;
    c.startTls = startTls;
    c.authMechanisms = auth;
    return c;
}

CheckResult established(CheckResult r, bool verified = true)
{
    r.tls.attempted = true;
    r.tls.established = true;
    r.tls.verified = verified;
    r.tls.pinned = !verified;
    r.tls.protocol = u"TLSv1.3"_s;
    r.tls.cipher = u"TLS_AES_128_GCM_SHA256"_s;
    r.tls.chain = { certificate() };
    return r;
}

CheckResult certificateError(CheckResult r, QSslError::SslError error)
{
    r.tls.attempted = true;
    r.tls.chain = { certificate() };
    r.tls.errorCodes = { int(error) };
    r.tls.errors = { QSslError(error).errorString() };
    return r;
}

CheckResult greeted(CheckResult r, const QByteArray &bytes = "220 mail.example.org ESMTP Postfix\r\n")
{
    r.firstBytes = bytes;
    return r;
}

ProbePlan check(Security s, const QByteArray &pin = {})
{
    return ProbePlan { ProbePlan::Kind::Check, s, pin };
}

ProbePlan sniff(Security s)
{
    return ProbePlan { ProbePlan::Kind::Sniff, s, {} };
}

} // namespace

class TestPortVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protocolFromBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Protocol>("expected");
        QTest::newRow("nothing") << QByteArray() << Protocol::None;
        QTest::newRow("ssh") << "SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"_ba << Protocol::Ssh;
        QTest::newRow("http status") << "HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n"_ba << Protocol::Http;
        QTest::newRow("http 0.9 html body")
            << "<html>\r\n<head><title>400 Bad Request</title></head>"_ba << Protocol::Http;
        QTest::newRow("doctype") << "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">"_ba << Protocol::Http;
        QTest::newRow("pop3") << "+OK Dovecot ready.\r\n"_ba << Protocol::Pop3;
        QTest::newRow("imap") << "* OK [CAPABILITY IMAP4rev1] Dovecot ready.\r\n"_ba << Protocol::Imap;
        QTest::newRow("imap preauth") << "* PREAUTH ready\r\n"_ba << Protocol::Imap;
        QTest::newRow("smtp") << "220 mail.example.org ESMTP\r\n"_ba << Protocol::Smtp;
        QTest::newRow("smtp multiline") << "220-mail.example.org\r\n220 ok\r\n"_ba << Protocol::Smtp;
        QTest::newRow("smtp refusal") << "554 5.7.1 go away\r\n"_ba << Protocol::Smtp;
        QTest::newRow("digits, not a reply") << "2200 what\r\n"_ba << Protocol::Unknown;
        QTest::newRow("binary") << "\x16\x03\x01\x00\x05"_ba << Protocol::Unknown;
        QTest::newRow("text") << "hello there\r\n"_ba << Protocol::Unknown;
    }
    void protocolFromBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Protocol, expected);
        QCOMPARE(Ports::protocolFromBytes(bytes), expected);
    }

    void nextProbe_data()
    {
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QList<CheckResult>>("probes");
        QTest::addColumn<bool>("sniffed");
        QTest::addColumn<std::optional<ProbePlan>>("expected");

        using Opt = std::optional<ProbePlan>;
        const QByteArray pin(64, 'a');
        QTest::newRow("465 starts with implicit TLS")
            << quint16(465) << QList<CheckResult> {} << false << Opt(check(Security::Tls));
        QTest::newRow("587 starts with STARTTLS")
            << quint16(587) << QList<CheckResult> {} << false << Opt(check(Security::StartTls));
        QTest::newRow("25 starts with STARTTLS")
            << quint16(25) << QList<CheckResult> {} << false << Opt(check(Security::StartTls));
        QTest::newRow("ok: done") << quint16(
            587) << QList<CheckResult> { greeted(established(probe(587, Security::StartTls, ResultCode::Ok))) }
                                  << false << Opt();
        QTest::newRow("refused: done") << quint16(
            587) << QList<CheckResult> { probe(587, Security::StartTls, ResultCode::ConnectRefused, Phase::Connect) }
                                       << false << Opt();
        QTest::newRow("timeout: done") << quint16(
            25) << QList<CheckResult> { probe(25, Security::StartTls, ResultCode::ConnectTimeout, Phase::Connect) }
                                       << false << Opt();
        QTest::newRow("dns: done") << quint16(
            25) << QList<CheckResult> { probe(25, Security::StartTls, ResultCode::DnsFailure, Phase::Resolve) }
                                   << false << Opt();
        CheckResult plainOn465 = probe(465, Security::Tls, ResultCode::WrongSecurityMode, Phase::TlsHandshake);
        plainOn465.suggestedSecurity = Security::StartTls;
        QTest::newRow("465 speaks plain: try STARTTLS")
            << quint16(465) << QList<CheckResult> { plainOn465 } << false << Opt(check(Security::StartTls));
        CheckResult tlsOn587 = probe(587, Security::StartTls, ResultCode::WrongSecurityMode, Phase::Greeting);
        tlsOn587.suggestedSecurity = Security::Tls;
        QTest::newRow("587 wants TLS: try implicit TLS")
            << quint16(587) << QList<CheckResult> { tlsOn587 } << false << Opt(check(Security::Tls));
        QTest::newRow("other mode tried: done")
            << quint16(587)
            << QList<CheckResult> { tlsOn587, greeted(established(probe(587, Security::Tls, ResultCode::Ok))) } << false
            << Opt();
        const CheckResult expired
            = certificateError(probe(465, Security::Tls, ResultCode::CertificateExpired, Phase::TlsHandshake),
                QSslError::CertificateExpired);
        QTest::newRow("certificate error: look past it with a pin")
            << quint16(465) << QList<CheckResult> { expired } << false << Opt(check(Security::Tls, pin));
        QTest::newRow("pinned look done")
            << quint16(465)
            << QList<CheckResult> { expired, greeted(established(probe(465, Security::Tls, ResultCode::Ok), false)) }
            << false << Opt();
        QTest::newRow("second certificate error: no loop")
            << quint16(465) << QList<CheckResult> { expired, expired } << false << Opt();
        CheckResult closedInTls = probe(465, Security::Tls, ResultCode::TlsHandshakeFailed, Phase::TlsHandshake);
        QTest::newRow("implicit TLS fails without certificate: try plain")
            << quint16(465) << QList<CheckResult> { closedInTls } << false << Opt(check(Security::StartTls));
        const CheckResult silent = probe(587, Security::StartTls, ResultCode::NoGreeting, Phase::Greeting);
        QTest::newRow("silent: nudge it")
            << quint16(587) << QList<CheckResult> { silent } << false << Opt(sniff(Security::StartTls));
        QTest::newRow("overall timeout while waiting for the greeting: nudge it")
            << quint16(587)
            << QList<CheckResult> { probe(587, Security::StartTls, ResultCode::Timeout, Phase::Greeting) } << false
            << Opt(sniff(Security::StartTls));
        QTest::newRow("silent, nudged: done") << quint16(587) << QList<CheckResult> { silent } << true << Opt();
        QTest::newRow("after TLS silent: nudge inside TLS")
            << quint16(465)
            << QList<CheckResult> { established(probe(465, Security::Tls, ResultCode::NoGreeting, Phase::Greeting)) }
            << false << Opt(sniff(Security::Tls));
        QTest::newRow("not SMTP, said something: done")
            << quint16(587)
            << QList<CheckResult> { greeted(
                   probe(587, Security::StartTls, ResultCode::ProtocolError, Phase::Greeting), "SSH-2.0-x\r\n") }
            << false << Opt();
        QTest::newRow("cancelled: done") << quint16(
            587) << QList<CheckResult> { probe(587, Security::StartTls, ResultCode::Cancelled, Phase::Greeting) }
                                         << false << Opt();
        CheckResult starttlsOn465
            = certificateError(probe(465, Security::StartTls, ResultCode::CertificateUntrusted, Phase::TlsHandshake),
                QSslError::SelfSignedCertificate);
        QTest::newRow("at most three checks")
            << quint16(465) << QList<CheckResult> { plainOn465, plainOn465, starttlsOn465 } << false << Opt();
    }
    void nextProbe()
    {
        QFETCH(quint16, port);
        QFETCH(QList<CheckResult>, probes);
        QFETCH(bool, sniffed);
        QFETCH(std::optional<ProbePlan>, expected);
        const std::optional<ProbePlan> plan = Ports::nextProbe(port, probes, sniffed);
        QCOMPARE(plan.has_value(), expected.has_value());
        if (plan) {
            QCOMPARE(int(plan->kind), int(expected->kind));
            QCOMPARE(plan->security, expected->security);
            QCOMPARE(plan->pinnedSha256, expected->pinnedSha256);
        }
    }

    void classifyPort_data()
    {
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QList<CheckResult>>("probes");
        QTest::addColumn<QByteArray>("sniffed");
        QTest::addColumn<PortState>("state");
        QTest::addColumn<Speaks>("speaks");
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<CertificateVerdict>("verdict");
        QTest::addColumn<bool>("secure");
        QTest::addColumn<QStringList>("authBefore");
        QTest::addColumn<QStringList>("authAfter");
        QTest::addColumn<QString>("greetingHost");

        const QStringList none;
        const QStringList plainLogin { u"PLAIN"_s, u"LOGIN"_s };

        QTest::newRow("refused") << quint16(
            2525) << QList<CheckResult> { probe(2525, Security::StartTls, ResultCode::ConnectRefused, Phase::Connect) }
                                 << QByteArray() << PortState::Refused << Speaks::None << Protocol::None
                                 << CertificateVerdict::None << false << none << none << QString();
        QTest::newRow("black hole") << quint16(
            25) << QList<CheckResult> { probe(25, Security::StartTls, ResultCode::ConnectTimeout, Phase::Connect) }
                                    << QByteArray() << PortState::Silent << Speaks::None << Protocol::None
                                    << CertificateVerdict::None << false << none << none << QString();
        QTest::newRow("no such name") << quint16(
            25) << QList<CheckResult> { probe(25, Security::StartTls, ResultCode::DnsFailure, Phase::Resolve) }
                                      << QByteArray() << PortState::Unreachable << Speaks::None << Protocol::None
                                      << CertificateVerdict::None << false << none << none << QString();

        CheckResult ok465 = greeted(established(probe(465, Security::Tls, ResultCode::Ok)));
        ok465.capabilities = caps(false, plainLogin);
        QTest::newRow("implicit TLS verified")
            << quint16(465) << QList<CheckResult> { ok465 } << QByteArray() << PortState::Reachable
            << Speaks::ImplicitTls << Protocol::Smtp << CertificateVerdict::Verified << true << none << plainLogin
            << u"mail.example.org"_s;

        CheckResult ok587 = greeted(established(probe(587, Security::StartTls, ResultCode::Ok)));
        ok587.capabilitiesBeforeTls = caps(true);
        ok587.capabilities = caps(false, plainLogin);
        QTest::newRow("STARTTLS verified")
            << quint16(587) << QList<CheckResult> { ok587 } << QByteArray() << PortState::Reachable << Speaks::StartTls
            << Protocol::Smtp << CertificateVerdict::Verified << true << none << plainLogin << u"mail.example.org"_s;

        CheckResult stripped = greeted(probe(2525, Security::StartTls, ResultCode::StartTlsNotOffered, Phase::StartTls),
            "220 proxy.isp.example.net ESMTP\r\n");
        stripped.capabilitiesBeforeTls = caps(false, plainLogin);
        stripped.capabilities = stripped.capabilitiesBeforeTls;
        QTest::newRow("no STARTTLS, AUTH in the clear")
            << quint16(2525) << QList<CheckResult> { stripped } << QByteArray() << PortState::Reachable
            << Speaks::PlainNoStartTls << Protocol::Smtp << CertificateVerdict::None << false << plainLogin << none
            << u"proxy.isp.example.net"_s;

        CheckResult plainOn465 = probe(465, Security::Tls, ResultCode::WrongSecurityMode, Phase::TlsHandshake);
        plainOn465.suggestedSecurity = Security::StartTls;
        plainOn465.tls.attempted = true;
        CheckResult starttls465 = ok587;
        starttls465.port = 465;
        QTest::newRow("465 speaks STARTTLS")
            << quint16(465) << QList<CheckResult> { plainOn465, starttls465 } << QByteArray() << PortState::Reachable
            << Speaks::StartTls << Protocol::Smtp << CertificateVerdict::Verified << true << none << plainLogin
            << u"mail.example.org"_s;

        CheckResult tlsOn587 = probe(587, Security::StartTls, ResultCode::WrongSecurityMode, Phase::Greeting);
        tlsOn587.suggestedSecurity = Security::Tls;
        CheckResult implicit587 = ok465;
        implicit587.port = 587;
        QTest::newRow("587 speaks implicit TLS")
            << quint16(587) << QList<CheckResult> { tlsOn587, implicit587 } << QByteArray() << PortState::Reachable
            << Speaks::ImplicitTls << Protocol::Smtp << CertificateVerdict::Verified << true << none << plainLogin
            << u"mail.example.org"_s;

        const CheckResult expired
            = certificateError(probe(465, Security::Tls, ResultCode::CertificateExpired, Phase::TlsHandshake),
                QSslError::CertificateExpired);
        CheckResult pinned = greeted(established(probe(465, Security::Tls, ResultCode::Ok), false));
        pinned.capabilities = caps(false, plainLogin);
        QTest::newRow("expired, looked past it")
            << quint16(465) << QList<CheckResult> { expired, pinned } << QByteArray() << PortState::Reachable
            << Speaks::ImplicitTls << Protocol::Smtp << CertificateVerdict::Expired << false << none << plainLogin
            << u"mail.example.org"_s;
        QTest::newRow("expired, nothing behind it known")
            << quint16(465) << QList<CheckResult> { expired } << QByteArray() << PortState::Reachable
            << Speaks::ImplicitTls << Protocol::None << CertificateVerdict::Expired << false << none << none
            << QString();

        const CheckResult wrongName = certificateError(
            probe(587, Security::StartTls, ResultCode::CertificateHostnameMismatch, Phase::TlsHandshake),
            QSslError::HostNameMismatch);
        CheckResult wrongNameGreeted = greeted(wrongName);
        wrongNameGreeted.capabilitiesBeforeTls = caps(true);
        QTest::newRow("STARTTLS, wrong name")
            << quint16(587) << QList<CheckResult> { wrongNameGreeted } << QByteArray() << PortState::Reachable
            << Speaks::StartTls << Protocol::Smtp << CertificateVerdict::WrongName << false << none << none
            << u"mail.example.org"_s;

        const CheckResult silent = probe(587, Security::StartTls, ResultCode::NoGreeting, Phase::Greeting);
        QTest::newRow("HTTP after a nudge")
            << quint16(587) << QList<CheckResult> { silent } << "HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n"_ba
            << PortState::Reachable << Speaks::NotSmtp << Protocol::Http << CertificateVerdict::None << false << none
            << none << QString();
        QTest::newRow("silent even when nudged")
            << quint16(587) << QList<CheckResult> { silent } << QByteArray() << PortState::Reachable << Speaks::Nothing
            << Protocol::None << CertificateVerdict::None << false << none << none << QString();
        QTest::newRow("ssh") << quint16(2525)
                             << QList<CheckResult> { greeted(
                                    probe(2525, Security::StartTls, ResultCode::ProtocolError, Phase::Greeting),
                                    "SSH-2.0-OpenSSH_9.2\r\n") }
                             << QByteArray() << PortState::Reachable << Speaks::NotSmtp << Protocol::Ssh
                             << CertificateVerdict::None << false << none << none << QString();
        QTest::newRow("pop3") << quint16(587)
                              << QList<CheckResult> { greeted(
                                     probe(587, Security::StartTls, ResultCode::ProtocolError, Phase::Greeting),
                                     "+OK Dovecot ready.\r\n") }
                              << QByteArray() << PortState::Reachable << Speaks::NotSmtp << Protocol::Pop3
                              << CertificateVerdict::None << false << none << none << QString();
        QTest::newRow("refusing greeting")
            << quint16(25)
            << QList<CheckResult> { greeted(
                   probe(25, Security::StartTls, ResultCode::ServerUnavailable, Phase::Greeting),
                   "554 5.7.1 mx.example.org no service for you\r\n") }
            << QByteArray() << PortState::Reachable << Speaks::SmtpRefused << Protocol::Smtp << CertificateVerdict::None
            << false << none << none << QString();
        CheckResult https = established(probe(465, Security::Tls, ResultCode::NoGreeting, Phase::Greeting));
        QTest::newRow("HTTPS") << quint16(465) << QList<CheckResult> { https } << "HTTP/1.1 400 Bad Request\r\n"_ba
                               << PortState::Reachable << Speaks::NotSmtp << Protocol::Http
                               << CertificateVerdict::Verified << false << none << none << QString();
        CheckResult handshakeFails
            = greeted(probe(587, Security::StartTls, ResultCode::TlsHandshakeFailed, Phase::TlsHandshake));
        handshakeFails.capabilitiesBeforeTls = caps(true);
        handshakeFails.tls.attempted = true;
        handshakeFails.tls.handshakeError = u"sslv3 alert handshake failure"_s;
        QTest::newRow("STARTTLS handshake fails")
            << quint16(587) << QList<CheckResult> { handshakeFails } << QByteArray() << PortState::Reachable
            << Speaks::StartTls << Protocol::Smtp << CertificateVerdict::None << false << none << none
            << u"mail.example.org"_s;
    }
    void classifyPort()
    {
        QFETCH(quint16, port);
        QFETCH(QList<CheckResult>, probes);
        QFETCH(QByteArray, sniffed);
        QFETCH(PortState, state);
        QFETCH(Speaks, speaks);
        QFETCH(Protocol, protocol);
        QFETCH(CertificateVerdict, verdict);
        QFETCH(bool, secure);
        QFETCH(QStringList, authBefore);
        QFETCH(QStringList, authAfter);
        QFETCH(QString, greetingHost);

        const PortResult r = Ports::classifyPort(port, probes, sniffed);
        QCOMPARE(r.port, port);
        QCOMPARE(r.state, state);
        QCOMPARE(r.speaks, speaks);
        QCOMPARE(r.protocol, protocol);
        QCOMPARE(r.certificate, verdict);
        QCOMPARE(r.isSecure(), secure);
        QCOMPARE(r.authBeforeTls, authBefore);
        QCOMPARE(r.authAfterTls, authAfter);
        QCOMPARE(r.greetingHost, greetingHost);
        if (verdict != CertificateVerdict::None)
            QVERIFY(r.leaf.has_value());
    }

    void verdict_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QList<PortResult>>("ports");
        QTest::addColumn<QStringList>("findings"); // "port:ID", any order
        QTest::addColumn<int>("recommendedPort"); // 0: none
        QTest::addColumn<QString>("recommendedSecurity");
        QTest::addColumn<int>("exitCode");

        using V = CertificateVerdict;
        const QString otherCa = u"O=Gateway Antivirus, CN=Mail Shield CA"_s;

        QTest::newRow("all good: 465 first") << kHost
                                             << QList<PortResult> { P(465).implicitTls(), P(587).startTls(),
                                                    P(25).startTls().noAuth(), P::refused(2525) }
                                             << QStringList {} << 465 << u"tls"_s << 0;
        QTest::newRow("only 587") << kHost
                                  << QList<PortResult> { P::refused(465), P(587).startTls(), P::silent(25),
                                         P::refused(2525) }
                                  << QStringList { u"25:PORT25_BLOCKED"_s } << 587 << u"starttls"_s << 0;
        QTest::newRow("only 25: flagged often blocked")
            << kHost << QList<PortResult> { P::refused(465), P::refused(587), P(25).startTls(), P::refused(2525) }
            << QStringList {} << 25 << u"starttls"_s << 0;
        QTest::newRow("login port beats port 25 without login")
            << kHost
            << QList<PortResult> { P::refused(465), P::refused(587), P(25).startTls().noAuth(), P(2525).startTls() }
            << QStringList {} << 2525 << u"starttls"_s << 0;
        QTest::newRow("587 verified beats 465 expired")
            << kHost
            << QList<PortResult> { P(465).implicitTls(V::Expired), P(587).startTls(), P::refused(25), P::refused(2525) }
            << QStringList { u"465:CERT_EXPIRED"_s } << 587 << u"starttls"_s << 0;
        QTest::newRow("plaintext only: never recommended")
            << kHost
            << QList<PortResult> { P::refused(465), P(587).plain().authBefore({ u"PLAIN"_s, u"LOGIN"_s }),
                   P(25).plain(), P::refused(2525) }
            << QStringList { u"587:AUTH_BEFORE_TLS"_s, u"0:NO_SECURE_SETTING"_s } << 0 << QString() << 4;
        QTest::newRow("plaintext on 465 too")
            << kHost << QList<PortResult> { P(465).plain(), P(587).plain(), P::refused(25), P::refused(2525) }
            << QStringList { u"465:PLAINTEXT_ON_IMPLICIT_TLS_PORT"_s, u"0:NO_SECURE_SETTING"_s } << 0 << QString() << 4;
        QTest::newRow("implicit TLS on 587")
            << kHost << QList<PortResult> { P::refused(465), P(587).implicitTls(), P::refused(25), P::refused(2525) }
            << QStringList { u"587:IMPLICIT_TLS_ON_STARTTLS_PORT"_s } << 587 << u"tls"_s << 0;
        QTest::newRow("STARTTLS on 465") << kHost
                                         << QList<PortResult> { P(465).startTls(), P::refused(587), P::refused(25),
                                                P::refused(2525) }
                                         << QStringList { u"465:PLAINTEXT_ON_IMPLICIT_TLS_PORT"_s } << 465
                                         << u"starttls"_s << 0;
        QTest::newRow("STARTTLS on 465 after 587 STARTTLS")
            << kHost << QList<PortResult> { P(465).startTls(), P(587).startTls(), P::refused(25), P::refused(2525) }
            << QStringList { u"465:PLAINTEXT_ON_IMPLICIT_TLS_PORT"_s } << 587 << u"starttls"_s << 0;
        QTest::newRow("port 25 blocked") << kHost
                                         << QList<PortResult> { P(465).implicitTls(), P(587).startTls(), P::silent(25),
                                                P::silent(2525) }
                                         << QStringList { u"25:PORT25_BLOCKED"_s } << 465 << u"tls"_s << 0;
        QTest::newRow("port 25 refused is not 'blocked'")
            << kHost << QList<PortResult> { P(465).implicitTls(), P(587).startTls(), P::refused(25), P::refused(2525) }
            << QStringList {} << 465 << u"tls"_s << 0;
        QTest::newRow("everything silent")
            << kHost << QList<PortResult> { P::silent(465), P::silent(587), P::silent(25), P::silent(2525) }
            << QStringList { u"0:NOTHING_ANSWERED"_s } << 0 << QString() << 3;
        QTest::newRow("no such name") << kHost
                                      << QList<PortResult> { P::noName(465), P::noName(587), P::noName(25),
                                             P::noName(2525) }
                                      << QStringList { u"0:NOTHING_ANSWERED"_s } << 0 << QString() << 3;
        QTest::newRow("only a web server")
            << kHost
            << QList<PortResult> { P::refused(465), P(587).notSmtp(Protocol::Http), P::refused(25), P::refused(2525) }
            << QStringList { u"587:OTHER_PROTOCOL"_s, u"0:NOTHING_ANSWERED"_s } << 0 << QString() << 3;
        QTest::newRow("web server on 587, TLS on 465")
            << kHost
            << QList<PortResult> { P(465).implicitTls(), P(587).notSmtp(Protocol::Http), P::silent(25),
                   P::refused(2525) }
            << QStringList { u"587:OTHER_PROTOCOL"_s, u"25:PORT25_BLOCKED"_s } << 465 << u"tls"_s << 0;
        QTest::newRow("ISP proxy on 25: foreign greeting, other issuer")
            << kHost
            << QList<PortResult> { P(465).implicitTls(), P(587).startTls(),
                   P(25)
                       .startTls(V::Untrusted)
                       .greets(u"smtp-proxy.isp.example.net"_s)
                       .cert({ u"*.isp.example.net"_s }, otherCa),
                   P::refused(2525) }
            << QStringList { u"25:CERT_UNTRUSTED"_s, u"25:CERT_ISSUER_DIFFERS"_s, u"25:FOREIGN_GREETING"_s,
                   u"25:FOREIGN_CERTIFICATE"_s }
            << 465 << u"tls"_s << 0;
        QTest::newRow("alias of a hoster: foreign everywhere")
            << u"smtp.customer.example"_s
            << QList<PortResult> { P(465)
                                       .implicitTls(V::WrongName)
                                       .greets(u"mx1.hoster.example.com"_s)
                                       .cert({ u"*.hoster.example.com"_s }),
                   P(587)
                       .startTls(V::WrongName)
                       .greets(u"mx1.hoster.example.com"_s)
                       .cert({ u"*.hoster.example.com"_s }),
                   P::refused(25), P::refused(2525) }
            << QStringList { u"465:CERT_WRONG_NAME"_s, u"465:FOREIGN_GREETING"_s, u"465:FOREIGN_CERTIFICATE"_s,
                   u"587:CERT_WRONG_NAME"_s, u"587:FOREIGN_GREETING"_s, u"587:FOREIGN_CERTIFICATE"_s,
                   u"0:NO_SECURE_SETTING"_s }
            << 0 << QString() << 4;
        QTest::newRow("self-signed on one port")
            << kHost
            << QList<PortResult> { P(465).implicitTls(),
                   P(587).startTls(V::Untrusted).cert({ u"mail.example.org"_s }, {}, true), P::refused(25),
                   P::refused(2525) }
            << QStringList { u"587:CERT_UNTRUSTED"_s, u"587:CERT_SELF_SIGNED_ONE_PORT"_s } << 465 << u"tls"_s << 0;
        QTest::newRow("self-signed everywhere: no interception sign")
            << kHost
            << QList<PortResult> { P(465).implicitTls(V::Untrusted).cert({ u"mail.example.org"_s }, {}, true),
                   P(587).startTls(V::Untrusted).cert({ u"mail.example.org"_s }, {}, true), P::refused(25),
                   P::refused(2525) }
            << QStringList { u"465:CERT_UNTRUSTED"_s, u"587:CERT_UNTRUSTED"_s, u"0:NO_SECURE_SETTING"_s } << 0
            << QString() << 4;
        QTest::newRow("STARTTLS stripped on one port")
            << kHost
            << QList<PortResult> { P(465).implicitTls(), P(587).startTls(), P(25).plain(),
                   P(2525).plain().authBefore({ u"PLAIN"_s }) }
            << QStringList { u"25:STARTTLS_MISSING"_s, u"2525:STARTTLS_MISSING"_s, u"2525:AUTH_BEFORE_TLS"_s } << 465
            << u"tls"_s << 0;
        QTest::newRow("AUTH before STARTTLS")
            << kHost
            << QList<PortResult> { P::refused(465), P(587).startTls().authBefore({ u"LOGIN"_s }), P::refused(25),
                   P::refused(2525) }
            << QStringList { u"587:AUTH_BEFORE_TLS"_s } << 587 << u"starttls"_s << 0;
        QTest::newRow("TLS handshake fails")
            << kHost
            << QList<PortResult> { P::refused(465), P(587).startTls().handshakeFails(), P::refused(25),
                   P::refused(2525) }
            << QStringList { u"587:TLS_HANDSHAKE_FAILED"_s, u"0:NO_SECURE_SETTING"_s } << 0 << QString() << 4;
        QTest::newRow("SMTP refused") << kHost
                                      << QList<PortResult> { P::refused(465), P::refused(587), P(25).refusesSession(),
                                             P::refused(2525) }
                                      << QStringList { u"25:SMTP_REFUSED"_s, u"0:NO_SECURE_SETTING"_s } << 0
                                      << QString() << 4;
        QTest::newRow("silent port") << kHost
                                     << QList<PortResult> { P(465).implicitTls(), P(587).nothing(), P::refused(25),
                                            P::refused(2525) }
                                     << QStringList { u"587:SILENT_PORT"_s } << 465 << u"tls"_s << 0;
        QTest::newRow("address instead of a name: no organisation checks")
            << u"192.0.2.1"_s
            << QList<PortResult> { P(465).implicitTls().greets(u"mx.other.example.net"_s), P::refused(587),
                   P::refused(25), P::refused(2525) }
            << QStringList {} << 465 << u"tls"_s << 0;
    }
    void verdict()
    {
        QFETCH(QString, host);
        QFETCH(QList<PortResult>, ports);
        QFETCH(QStringList, findings);
        QFETCH(int, recommendedPort);
        QFETCH(QString, recommendedSecurity);
        QFETCH(int, exitCode);

        PortReport report;
        report.host = host;
        report.ports = ports;
        judge(report);
        QCOMPARE(sorted(findingKeys(report.findings)), sorted(findings));
        if (recommendedPort == 0) {
            QVERIFY2(
                !report.recommendation, qPrintable(report.recommendation ? report.recommendation->text : QString()));
        } else {
            QVERIFY(report.recommendation);
            QCOMPARE(int(report.recommendation->port), recommendedPort);
            QCOMPARE(securityId(report.recommendation->security), recommendedSecurity);
            QVERIFY(!report.recommendation->text.isEmpty());
            const PortResult *p = report.port(report.recommendation->port);
            QVERIFY(p);
            QVERIFY(p->isSecure());
        }
        QCOMPARE(portsExitCode(report), exitCode);
        const QStringList known = allFindingIds();
        for (const Finding &f : std::as_const(report.findings)) {
            QVERIFY2(known.contains(f.id), qPrintable(f.id));
            QVERIFY(!f.text.isEmpty());
            QVERIFY2(!f.text.contains(u"%1"_s) && !f.text.contains(u"%2"_s) && !f.text.contains(u"%n"_s),
                qPrintable(f.text));
        }
        // The summary comes after the per-port findings.
        for (qsizetype i = 0; i + 1 < report.findings.size(); ++i)
            QVERIFY(report.findings.at(i).port != 0);
    }

    void recommendationTexts()
    {
        const QList<PortResult> only25 { P::refused(465), P::refused(587), P(25).startTls(), P::refused(2525) };
        const std::optional<Recommendation> r25 = recommend(only25);
        QVERIFY(r25);
        QVERIFY2(r25->text.contains(u"often blocked"_s), qPrintable(r25->text));
        QVERIFY(r25->text.contains(u"PLAIN, LOGIN"_s));

        const QList<PortResult> noLogin { P(465).implicitTls().noAuth() };
        const std::optional<Recommendation> rNoLogin = recommend(noLogin);
        QVERIFY(rNoLogin);
        QVERIFY2(rNoLogin->text.contains(u"no login"_s), qPrintable(rNoLogin->text));

        const QList<PortResult> starttls465 { P(465).startTls() };
        QVERIFY(recommend(starttls465)->text.contains(u"unusual mode"_s));
    }

    // Whatever mix of insecure answers: no recommendation, exit 3 or 4, and a summary that says why.
    void plaintextIsNeverRecommended()
    {
        using V = CertificateVerdict;
        const QList<std::function<PortResult(quint16)>> kinds {
            [](quint16 port) -> PortResult { return P(port).plain(); },
            [](quint16 port) -> PortResult { return P(port).plain().authBefore({ u"PLAIN"_s }); },
            [](quint16 port) -> PortResult { return P(port).startTls(V::Untrusted); },
            [](quint16 port) -> PortResult { return P(port).implicitTls(V::Expired); },
            [](quint16 port) -> PortResult { return P(port).startTls().handshakeFails(); },
            [](quint16 port) -> PortResult { return P(port).refusesSession(); },
            [](quint16 port) -> PortResult { return P(port).notSmtp(Protocol::Http); },
            [](quint16 port) -> PortResult { return P::refused(port); },
            [](quint16 port) -> PortResult { return P::silent(port); },
        };
        const QList<quint16> ports = defaultPorts();
        const qsizetype n = kinds.size();
        int combinations = 0;
        for (qsizetype a = 0; a < n; ++a)
            for (qsizetype b = 0; b < n; ++b)
                for (qsizetype c = 0; c < n; ++c)
                    for (qsizetype d = 0; d < n; ++d) {
                        PortReport report;
                        report.host = kHost;
                        report.ports
                            = { kinds[a](ports[0]), kinds[b](ports[1]), kinds[c](ports[2]), kinds[d](ports[3]) };
                        judge(report);
                        ++combinations;
                        QVERIFY(!report.recommendation);
                        const int code = portsExitCode(report);
                        QVERIFY(code == 3 || code == 4);
                        QVERIFY(!report.findings.isEmpty());
                        const QString last = report.findings.last().id;
                        QVERIFY(last == FindingId::NoSecureSetting || last == FindingId::NothingAnswered);
                        QCOMPARE(last == FindingId::NothingAnswered, code == 3);
                    }
        QCOMPARE(combinations, int(n * n * n * n));
    }

    void json()
    {
        PortReport report;
        report.host = kHost;
        report.ports
            = { P(465).implicitTls(), P(587).plain().authBefore({ u"PLAIN"_s }), P::silent(25), P::refused(2525) };
        judge(report);
        const QJsonObject o = portReportToJson(report);
        QCOMPARE(o.value(u"host"_s).toString(), kHost);
        const QJsonArray ports = o.value(u"ports"_s).toArray();
        QCOMPARE(ports.size(), 4);
        const QJsonObject p465 = ports.at(0).toObject();
        QCOMPARE(p465.value(u"port"_s).toInt(), 465);
        QCOMPARE(p465.value(u"reachable"_s).toBool(), true);
        QCOMPARE(p465.value(u"state"_s).toString(), u"reachable"_s);
        QCOMPARE(p465.value(u"speaks"_s).toString(), u"implicit_tls"_s);
        QCOMPARE(p465.value(u"protocol_name"_s).toString(), u"SMTP"_s);
        const QJsonObject tls = p465.value(u"tls"_s).toObject();
        QCOMPARE(tls.value(u"protocol"_s).toString(), u"TLSv1.3"_s);
        QCOMPARE(tls.value(u"verified"_s).toBool(), true);
        QVERIFY(tls.value(u"errors"_s).isArray());
        QCOMPARE(tls.value(u"certificate"_s).toObject().value(u"verdict"_s).toString(), u"verified"_s);
        QCOMPARE(
            tls.value(u"certificate"_s).toObject().value(u"names"_s).toArray().at(0).toString(), u"mail.example.org"_s);
        QVERIFY(p465.value(u"starttls"_s).isNull());
        QCOMPARE(p465.value(u"auth_after_tls"_s).toArray().size(), 2);
        QCOMPARE(p465.value(u"greeting"_s).toString(), u"220 mail.example.org ESMTP"_s);
        QVERIFY(p465.contains(u"ms"_s));

        const QJsonObject p587 = ports.at(1).toObject();
        QCOMPARE(p587.value(u"speaks"_s).toString(), u"plain"_s);
        QCOMPARE(p587.value(u"starttls"_s).toBool(true), false);
        QVERIFY(p587.value(u"tls"_s).isNull());
        QCOMPARE(p587.value(u"auth_before_tls"_s).toArray().at(0).toString(), u"PLAIN"_s);

        const QJsonObject p25 = ports.at(2).toObject();
        QCOMPARE(p25.value(u"reachable"_s).toBool(true), false);
        QCOMPARE(p25.value(u"state"_s).toString(), u"silent"_s);
        QCOMPARE(p25.value(u"speaks"_s).toString(), u"none"_s);
        QVERIFY(p25.value(u"protocol_name"_s).isNull());
        QCOMPARE(ports.at(3).toObject().value(u"state"_s).toString(), u"refused"_s);

        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QVERIFY(!findings.isEmpty());
        for (const QJsonValue &f : findings) {
            QVERIFY(f.toObject().contains(u"id"_s));
            QVERIFY(f.toObject().contains(u"port"_s));
            QVERIFY(!f.toObject().value(u"text"_s).toString().isEmpty());
        }
        const QJsonObject rec = o.value(u"recommendation"_s).toObject();
        QCOMPARE(rec.value(u"port"_s).toInt(), 465);
        QCOMPARE(rec.value(u"security"_s).toString(), u"tls"_s);
        QVERIFY(!rec.value(u"text"_s).toString().isEmpty());
        QVERIFY(o.contains(u"ms"_s));

        PortReport nothing;
        nothing.host = kHost;
        nothing.ports = { P::silent(465) };
        judge(nothing);
        const QJsonObject n = portReportToJson(nothing);
        QVERIFY(n.value(u"recommendation"_s).isNull());
        QVERIFY(n.value(u"findings"_s).toArray().at(0).toObject().value(u"port"_s).isNull());
    }

    void findingIdsAreUnique()
    {
        const QStringList ids = allFindingIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        static const QRegularExpression shape(u"^[A-Z0-9_]+$"_s);
        for (const QString &id : ids)
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestPortVerdict)
#include "tst_portverdict.moc"
