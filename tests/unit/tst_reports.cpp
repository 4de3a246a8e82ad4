// SPDX-License-Identifier: GPL-3.0-or-later
// The text, HTML and JSON reports of one check: content, escaping of server text,
// self-containment of the HTML, and that secrets cannot get in.
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/reportdata.h"
#include "report/textreport.h"
#include "smtp/checksettings.h"
#include "smtp/replyparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Report;

Q_DECLARE_METATYPE(SmtpDoctor::CheckResult)

namespace {

const QDateTime kNow = QDateTime(QDate(2025, 3, 14), QTime(9, 30, 5), Qt::UTC);
const QString kNowIso = u"2025-03-14T09:30:05Z"_s;

// The greeting of a hostile server, as bytes on the wire (before CRLF): markup, an
// entity, an ANSI colour escape, a NUL and an invalid UTF-8 byte.
const QByteArray kHostileWire = "554 <script>alert(1)</script> <b>bold</b> &amp; \x1b[31mred\x1b[0m nul\x00"
                                "end \xff!"_ba;

Smtp::Reply parseReply(const QByteArray &wire)
{
    QByteArray bytes = wire;
    bytes.replace("\n", "\r\n");
    if (!bytes.endsWith("\r\n"))
        bytes += "\r\n";
    Smtp::ReplyParser parser;
    parser.append(bytes);
    const std::optional<Smtp::Reply> r = parser.takeReply();
    if (!r)
        qFatal("test input is not a complete reply");
    return *r;
}

Environment fixedEnvironment()
{
    Environment e;
    e.programVersion = u"9.8.7"_s;
    e.qtVersion = u"6.4.2"_s;
    e.qtBuildVersion = u"6.4.2"_s;
    e.tlsLibrary = u"OpenSSL 3.0.11 19 Sep 2023"_s;
    e.tlsBackend = u"openssl"_s;
    e.os = u"Debian GNU/Linux 12 (bookworm)"_s;
    e.kernel = u"linux 6.1.0-18-amd64"_s;
    e.cpu = u"x86_64"_s;
    e.proxy = ProxyInfo { u"none"_s, {}, 0 };
    e.systemProxy = ProxyInfo { u"none"_s, {}, 0 };
    return e;
}

PhaseTiming phase(Phase p, qint64 start, qint64 ms, bool ok = true)
{
    PhaseTiming t;
    t.phase = p;
    t.startMs = start;
    t.ms = ms;
    t.ok = ok;
    return t;
}

TranscriptEntry entry(qint64 ms, TranscriptEntry::Direction d, const QString &line)
{
    return TranscriptEntry { ms, d, line };
}

Tls::CertificateInfo certificate(const QString &subject, const QString &issuer, const QStringList &sans, char fill)
{
    Tls::CertificateInfo c;
    c.subject = subject;
    c.issuer = issuer;
    c.subjectAltNames = sans;
    c.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC);
    c.sha256 = QByteArray(64, fill);
    c.pem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ" + QByteArray(40, fill)
        + "\nAAAA\n-----END CERTIFICATE-----\n";
    return c;
}

// A complete, successful STARTTLS check with login and a chain of two certificates.
CheckResult success()
{
    using D = TranscriptEntry::Direction;
    CheckResult r;
    r.code = ResultCode::Ok;
    r.host = u"smtp.example.com"_s;
    r.port = 587;
    r.security = Security::StartTls;
    r.username = u"alice@example.com"_s;
    r.resolvedAddresses = { u"192.0.2.10"_s, u"2001:db8::10"_s };
    r.peerAddress = u"192.0.2.10"_s;
    r.phases = { phase(Phase::Resolve, 0, 12), phase(Phase::Connect, 12, 20), phase(Phase::Greeting, 32, 40),
        phase(Phase::Ehlo, 72, 18), phase(Phase::StartTls, 90, 17), phase(Phase::TlsHandshake, 107, 55),
        phase(Phase::EhloAfterTls, 162, 19), phase(Phase::Auth, 181, 30) };
    r.tls.attempted = true;
    r.tls.established = true;
    r.tls.verified = true;
    r.tls.protocol = u"TLSv1.3"_s;
    r.tls.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    r.tls.chain = { certificate(u"CN=smtp.example.com"_s, u"CN=Example CA"_s, { u"smtp.example.com"_s }, 'a'),
        certificate(u"CN=Example CA"_s, u"CN=Example Root"_s, {}, 'b') };
    r.capabilitiesBeforeTls = Smtp::Capabilities::fromEhloReply(
        parseReply("250-smtp.example.com\n250-PIPELINING\n250-SIZE 10240000\n250-STARTTLS\n250 8BITMIME"_ba));
    r.capabilities = Smtp::Capabilities::fromEhloReply(
        parseReply("250-smtp.example.com\n250-PIPELINING\n250-SIZE 10240000\n250-AUTH PLAIN LOGIN\n250 8BITMIME"_ba));
    r.auth.offered = { u"PLAIN"_s, u"LOGIN"_s };
    r.auth.used = u"PLAIN"_s;
    r.auth.attempted = true;
    r.auth.ok = true;
    r.lastReply = parseReply("235 2.7.0 Authentication successful"_ba);
    r.transcript = { entry(12, D::Info, u"connected to 192.0.2.10 port 587"_s),
        entry(32, D::Server, u"220 smtp.example.com ESMTP"_s), entry(72, D::Client, u"EHLO [192.0.2.99]"_s),
        entry(90, D::Client, u"STARTTLS"_s),
        entry(162, D::Info, u"TLS established: TLSv1.3, TLS_AES_256_GCM_SHA384, certificate verified"_s),
        entry(181, D::Client, u"AUTH PLAIN "_s + Transcript::redactedMarker()),
        entry(211, D::Server, u"235 2.7.0 Authentication successful"_s) };
    r.totalMs = 230;
    r.roundTrips = 7;
    return r;
}

CheckResult authFailure()
{
    CheckResult r = success();
    r.code = ResultCode::AuthFailed;
    r.failedPhase = Phase::Auth;
    r.detail = u"the server rejected the login"_s;
    r.phases.last().ok = false;
    r.auth.ok = false;
    r.lastReply = parseReply("535 5.7.8 Error: authentication failed: authentication failure"_ba);
    r.transcript.last().line = u"535 5.7.8 Error: authentication failed: authentication failure"_s;
    return r;
}

CheckResult hostileGreeting()
{
    using D = TranscriptEntry::Direction;
    CheckResult r;
    r.code = ResultCode::ServerUnavailable;
    r.failedPhase = Phase::Greeting;
    r.host = u"evil.example"_s;
    r.port = 587;
    r.security = Security::StartTls;
    r.resolvedAddresses = { u"198.51.100.7"_s };
    r.peerAddress = u"198.51.100.7"_s;
    r.phases = { phase(Phase::Resolve, 0, 3), phase(Phase::Connect, 3, 5), phase(Phase::Greeting, 8, 9, false) };
    r.lastReply = parseReply(kHostileWire);
    r.firstBytes = kHostileWire + "\r\n";
    r.detail = u"the server refused the session: "_s + r.lastReply.text();
    r.transcript = { entry(3, D::Info, u"connected"_s), entry(17, D::Server, u"554 "_s + r.lastReply.text()) };
    r.totalMs = 20;
    r.roundTrips = 2;
    return r;
}

// A chain whose certificate texts come from the (hostile) server.
CheckResult hostileCertificate()
{
    CheckResult r = success();
    r.code = ResultCode::CertificateUntrusted;
    r.failedPhase = Phase::TlsHandshake;
    r.tls.established = false;
    r.tls.verified = false;
    r.tls.errors = { u"The issuer certificate of a locally looked up certificate could not be found"_s };
    r.tls.chain = { certificate(u"CN=<b>mail</b>\x1b[31m, O=<script>alert(1)</script>"_s, u"CN=<i>Evil CA</i>"_s,
        { u"<img src=https://evil.example/x.png>"_s }, 'c') };
    r.capabilities = r.capabilitiesBeforeTls;
    r.auth = {};
    r.phases.resize(6);
    r.phases.last().ok = false;
    r.lastReply = {};
    return r;
}

TestedSettings settingsFor(const CheckResult &r)
{
    TestedSettings t = TestedSettings::fromResult(r);
    t.timeoutMs = 60000;
    return t;
}

ReportData reportOf(const CheckResult &r)
{
    return ReportData::make(r, settingsFor(r), fixedEnvironment(), kNow);
}

// What lies inside <...> tags (where attributes that could load things would be).
QStringList tagsOf(const QString &html)
{
    QStringList tags;
    static const QRegularExpression tag(u"<[^>]*>"_s);
    for (auto it = tag.globalMatch(html); it.hasNext();)
        tags << it.next().captured(0);
    return tags;
}

void verifySelfContainedHtml(const QString &html)
{
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(html.contains(u"<html lang=\"en\">"_s));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    for (const QString &bad : { u"<link"_s, u"<img"_s, u"<iframe"_s, u"<object"_s, u"<embed"_s, u"<base"_s, u"<form"_s,
             u"<svg"_s, u"<audio"_s, u"<video"_s, u"@import"_s, u"url("_s, u"javascript:"_s }) {
        QVERIFY2(!html.contains(bad, Qt::CaseInsensitive), qPrintable(bad));
    }
    for (const QString &t : tagsOf(html)) {
        QVERIFY2(!t.contains(u"http:"_s, Qt::CaseInsensitive) && !t.contains(u"https:"_s, Qt::CaseInsensitive),
            qPrintable(t));
        QVERIFY2(!t.contains(u" src="_s, Qt::CaseInsensitive) && !t.contains(u" href="_s, Qt::CaseInsensitive),
            qPrintable(t));
        QVERIFY2(
            !t.contains(u" on"_s, Qt::CaseInsensitive) || t.startsWith(u"<meta"_s), qPrintable(t)); // no event handlers
    }
    // The style sheet itself loads nothing either.
    const qsizetype styleStart = html.indexOf(u"<style>"_s);
    const qsizetype styleEnd = html.indexOf(u"</style>"_s);
    QVERIFY(styleStart > 0 && styleEnd > styleStart);
    const QString css = html.mid(styleStart, styleEnd - styleStart);
    QVERIFY(!css.contains(u"http"_s, Qt::CaseInsensitive));
    QCOMPARE(html.count(u"<style>"_s), 1);
}

QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "JSON parse error:" << error.errorString();
    return doc.object();
}

// A stand-in for a compiled translation: a few German report texts.
class FakeGerman : public QTranslator
{
public:
    QString code = u"de"_s;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "ReportText") != 0)
            return {};
        if (qstrcmp(source, "en") == 0)
            return code;
        if (qstrcmp(source, "Result") == 0)
            return u"Ergebnis"_s;
        if (qstrcmp(source, "Verdict:") == 0)
            return u"Urteil:"_s;
        return {};
    }
};

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFromFileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format"); // -1: none
        QTest::newRow("txt") << u"report.txt"_s << int(Format::Text);
        QTest::newRow("TXT") << u"/tmp/REPORT.TXT"_s << int(Format::Text);
        QTest::newRow("html") << u"a/b.html"_s << int(Format::Html);
        QTest::newRow("htm") << u"b.htm"_s << int(Format::Html);
        QTest::newRow("json") << u"x.y.json"_s << int(Format::Json);
        QTest::newRow("none") << u"report"_s << -1;
        QTest::newRow("pdf") << u"report.pdf"_s << -1;
        QTest::newRow("trailing dot") << u"report."_s << -1;
        QTest::newRow("dir with dot") << u"dir.json/report"_s << -1;
    }
    void formatFromFileName()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const std::optional<Format> f = Report::formatForFileName(name);
        QCOMPARE(f ? int(*f) : -1, format);
    }

    // Every format carries the diagnosis id, every step and the UTC time.
    void everyFormatHasTheEssentials_data()
    {
        QTest::addColumn<CheckResult>("result");
        QTest::addColumn<QString>("diagnosisId");
        QTest::newRow("success") << success() << u"OK"_s;
        QTest::newRow("auth failure") << authFailure() << u"AUTH_CREDENTIALS_INVALID"_s;
        QTest::newRow("hostile greeting") << hostileGreeting() << u"GREETING_REJECTED"_s;
        QTest::newRow("hostile certificate") << hostileCertificate() << u"CERT_UNTRUSTED"_s;
    }
    void everyFormatHasTheEssentials()
    {
        QFETCH(CheckResult, result);
        QFETCH(QString, diagnosisId);
        const ReportData data = reportOf(result);
        QCOMPARE(data.diagnosis.id, diagnosisId);

        const QString text = textReport(data);
        const QString html = htmlReport(data);
        const QJsonObject json = parseJson(render(data, Format::Json));
        QVERIFY(!json.isEmpty());

        for (const QString &doc : { text, html }) {
            QVERIFY(doc.contains(diagnosisId));
            QVERIFY(doc.contains(kNowIso));
            for (const PhaseTiming &p : result.phases)
                QVERIFY2(doc.contains(phaseName(p.phase)), qPrintable(phaseName(p.phase)));
            QVERIFY(doc.contains(u"9.8.7"_s)); // program version
            QVERIFY(doc.contains(u"OpenSSL 3.0.11"_s)); // TLS library
            QVERIFY(doc.contains(u"Debian GNU/Linux 12"_s));
            QVERIFY(doc.contains(result.host));
        }
        QCOMPARE(json.value(u"diagnosis"_s).toObject().value(u"id"_s).toString(), diagnosisId);
        QCOMPARE(json.value(u"generated_utc"_s).toString(), kNowIso);
        QCOMPARE(json.value(u"language"_s).toString(), u"en"_s);
        QStringList phases;
        for (const QJsonValue &p : json.value(u"phases"_s).toArray())
            phases << p.toObject().value(u"name"_s).toString();
        QStringList expected;
        for (const PhaseTiming &p : result.phases)
            expected << phaseId(p.phase);
        QCOMPARE(phases, expected);
        const QJsonObject env = json.value(u"environment"_s).toObject();
        QCOMPARE(env.value(u"program_version"_s).toString(), u"9.8.7"_s);
        QCOMPARE(env.value(u"tls_backend"_s).toString(), u"openssl"_s);
        QCOMPARE(env.value(u"proxy"_s).toObject().value(u"type"_s).toString(), u"none"_s);
        // checkToJson's keys are all still there, unchanged.
        const QJsonObject check = checkToJson(result);
        for (auto it = check.begin(); it != check.end(); ++it)
            QCOMPARE(json.value(it.key()), it.value());

        verifySelfContainedHtml(html);
    }

    void successShowsTlsChainAndCapabilities()
    {
        const CheckResult r = success();
        const ReportData data = reportOf(r);
        const QString text = textReport(data);
        const QString html = htmlReport(data);
        for (const QString &doc : { text, html }) {
            QVERIFY(doc.contains(u"TLSv1.3"_s));
            QVERIFY(doc.contains(u"TLS_AES_256_GCM_SHA384"_s));
            QVERIFY(doc.contains(u"-----BEGIN CERTIFICATE-----"_s));
            QVERIFY(doc.contains(u"CN=Example Root"_s));
            QVERIFY(doc.contains(QString(64, u'a')));
            QVERIFY(doc.contains(QString(64, u'b')));
            QVERIFY(doc.contains(u"Certificate 2 of 2"_s));
            QVERIFY(doc.contains(u"STARTTLS"_s));
            QVERIFY(doc.contains(u"AUTH PLAIN LOGIN"_s));
            QVERIFY(doc.contains(u"2001:db8::10"_s));
            QVERIFY(doc.contains(u"alice@example.com"_s));
            QVERIFY(doc.contains(u"2025-12-31T23:59:59Z"_s));
            QVERIFY(doc.contains(u"AUTH PLAIN [redacted]"_s));
            QVERIFY(doc.contains(u"6.4.2"_s));
        }
        // Each certificate's PEM, whole.
        QVERIFY(text.contains(u"    -----BEGIN CERTIFICATE-----\n    MIIBszCCAVmgAwIBAgIUQ"_s));
        QCOMPARE(text.count(u"-----END CERTIFICATE-----"_s), 2);
        QCOMPARE(html.count(u"-----END CERTIFICATE-----"_s), 2);
        const QJsonObject json = parseJson(render(data, Format::Json));
        const QJsonArray chain = json.value(u"tls"_s).toObject().value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 2);
        QVERIFY(chain.at(1).toObject().value(u"pem"_s).toString().startsWith(u"-----BEGIN CERTIFICATE-----"_s));

        // Text for a ticket: headed sections, at most 100 columns here.
        QVERIFY(text.startsWith(u"SMTP Doctor report\n==================\n"_s));
        for (const QString &heading :
            { u"Result"_s, u"Settings tested"_s, u"Steps"_s, u"Connection"_s, u"Encryption (TLS)"_s, u"Certificates"_s,
                u"Server capabilities"_s, u"Transcript"_s, u"Environment"_s })
            QVERIFY2(
                text.contains(u'\n' + heading + u'\n' + QString(heading.size(), u'-') + u'\n'), qPrintable(heading));
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(line.size() <= 100, qPrintable(line));
        // Aligned values: in the settings section, every value starts in the same column.
        const qsizetype server = text.indexOf(u"\nServer:"_s);
        const qsizetype port = text.indexOf(u"\nPort:"_s);
        QVERIFY(server > 0 && port > server);
        const qsizetype serverValue = text.indexOf(u"smtp.example.com"_s, server) - server;
        const qsizetype portValue = text.indexOf(u"587"_s, port) - port;
        QCOMPARE(serverValue, portValue);
        // A step line: mark, name, start, duration.
        QVERIFY(
            text.contains(QRegularExpression(u"\u2713  TLS handshake +107 +55  TLSv1.3, TLS_AES_256_GCM_SHA384"_s)));
    }

    void authFailureShowsTheServerReply()
    {
        const ReportData data = reportOf(authFailure());
        QCOMPARE(data.diagnosis.serverReply, u"535 5.7.8 Error: authentication failed: authentication failure"_s);
        const QString text = textReport(data);
        const QString html = htmlReport(data);
        for (const QString &doc : { text, html }) {
            QVERIFY(doc.contains(u"535 5.7.8 Error: authentication failed: authentication failure"_s));
            QVERIFY(doc.contains(data.diagnosis.title.toHtmlEscaped()));
            QVERIFY(doc.contains(u"Failed"_s));
        }
        QVERIFY(text.contains(u"Failed step:"_s));
        QVERIFY(text.contains(u"What to do:"_s));
        QVERIFY(html.contains(u"<section id=\"result\" class=\"bad\">"_s));
        const QJsonObject json = parseJson(render(data, Format::Json));
        QCOMPARE(json.value(u"diagnosis"_s).toObject().value(u"server_reply"_s).toString(),
            u"535 5.7.8 Error: authentication failed: authentication failure"_s);
        QCOMPARE(json.value(u"result"_s).toString(), u"auth_failed"_s);
        QCOMPARE(json.value(u"reply"_s).toObject().value(u"code"_s).toInt(), 535);
    }

    // Server text is only ever text: escaped in HTML, with control characters visible in
    // HTML and text, literal in JSON.
    void hostileGreetingIsShownLiterally()
    {
        const CheckResult r = hostileGreeting();
        // The parser has replaced the invalid byte and kept the NUL and ESC as they were.
        const QString greeting = r.lastReply.text();
        QVERIFY(greeting.contains(QChar(0xfffd)));
        QVERIFY(greeting.contains(QChar(0x1b)));
        QVERIFY(greeting.contains(QChar(0)));
        const ReportData data = reportOf(r);
        QVERIFY(data.diagnosis.serverReply.contains(u"<script>"_s));

        const QString html = htmlReport(data);
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s));
        QVERIFY(html.contains(u"&amp;amp;"_s));
        QVERIFY(html.contains(u"\\x{1b}[31mred\\x{1b}[0m"_s));
        QVERIFY(html.contains(u"nul\\x{00}end"_s));
        QVERIFY(html.contains(u"\ufffd!"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(!html.contains(QChar(0x1b)));
        QVERIFY(!html.contains(QChar(0)));
        verifySelfContainedHtml(html);

        const QString text = textReport(data);
        QVERIFY(text.contains(
            u"<script>alert(1)</script> <b>bold</b> &amp; \\x{1b}[31mred\\x{1b}[0m nul\\x{00}end \ufffd!"_s));
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QChar(0)));
        for (const QChar c : text)
            QVERIFY2(
                c == u'\n' || c.unicode() >= 0x20, qPrintable(u"control character U+%1"_s.arg(c.unicode(), 4, 16)));

        const QByteArray jsonBytes = render(data, Format::Json);
        const QJsonObject json = parseJson(jsonBytes);
        QVERIFY(!json.isEmpty());
        QCOMPARE(json.value(u"reply"_s).toObject().value(u"text"_s).toString(), greeting);
        QCOMPARE(json.value(u"diagnosis"_s).toObject().value(u"server_reply"_s).toString(), u"554 "_s + greeting);
        const QJsonArray transcript = json.value(u"transcript"_s).toArray();
        QCOMPARE(transcript.last().toObject().value(u"line"_s).toString(), u"554 "_s + greeting);
        // Raw control bytes are escaped by JSON itself.
        QVERIFY(!jsonBytes.contains('\x1b'));
        QVERIFY(!jsonBytes.contains('\0'));
    }

    void hostileCertificateIsShownLiterally()
    {
        const ReportData data = reportOf(hostileCertificate());
        const QString html = htmlReport(data);
        QVERIFY(html.contains(u"CN=&lt;b&gt;mail&lt;/b&gt;\\x{1b}[31m, O=&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"CN=&lt;i&gt;Evil CA&lt;/i&gt;"_s));
        QVERIFY(html.contains(u"&lt;img src=https://evil.example/x.png&gt;"_s));
        QVERIFY(!html.contains(u"<i>"_s));
        verifySelfContainedHtml(html);
        const QString text = textReport(data);
        QVERIFY(text.contains(u"CN=<b>mail</b>\\x{1b}[31m, O=<script>alert(1)</script>"_s));
        QVERIFY(text.contains(u"The issuer certificate of a locally looked up certificate could not be found"_s));
    }

    // Bidirectional overrides and other invisible controls in server text are made visible.
    void invisibleControlsAreVisible()
    {
        CheckResult r = hostileGreeting();
        r.transcript.last().line = u"554 abc\u202edcba\u200f\r tail"_s;
        const ReportData data = reportOf(r);
        for (const QString &doc : { textReport(data), htmlReport(data) }) {
            QVERIFY(doc.contains(u"554 abc\\x{202e}dcba\\x{200f}\\x{0d} tail"_s));
            QVERIFY(!doc.contains(QChar(0x202e)));
            QVERIFY(!doc.contains(u'\r'));
        }
    }

    // Long server lines stay whole (no text is cut or wrapped inside server words).
    void longServerLinesStayWhole()
    {
        CheckResult r = success();
        const QString challenge = u"334 "_s + QString(300, u'Q');
        r.transcript.insert(6, entry(190, TranscriptEntry::Direction::Server, challenge));
        const QString text = textReport(reportOf(r));
        QVERIFY(text.contains(u"  S:  "_s + challenge + u'\n'));
        for (const QString &line : text.split(u'\n')) {
            if (!line.contains(challenge))
                QVERIFY2(line.size() <= 100, qPrintable(line));
        }
        QVERIFY(htmlReport(reportOf(r)).contains(challenge));
    }

    // The report is built from TestedSettings, which has no place for a secret.
    void secretsCannotReachTheReport()
    {
        const QString sentinel = u"S3ntinel-P\u00e4ssw\u00f6rt-\u20ac"_s;
        const QString token = u"ya29.SENTINEL-TOKEN-0123456789"_s;
        CheckSettings s;
        s.host = u"smtp.example.com"_s;
        s.port = 587;
        s.username = u"alice@example.com"_s;
        s.password = sentinel;
        s.token = token;
        s.mechanism = Sasl::Mechanism::Plain;
        s.from = u"alice@example.com"_s;
        s.ehloName = u"client.example.com"_s;
        s.pinnedSha256 = { QByteArray(64, 'e') };
        const TestedSettings t = TestedSettings::fromSettings(s);
        QCOMPARE(t.credential, TestedSettings::Credential::Token);
        QCOMPARE(t.username, s.username);
        QCOMPARE(t.mechanism, std::optional<Sasl::Mechanism>(Sasl::Mechanism::Plain));
        s.token.clear();
        QCOMPARE(TestedSettings::fromSettings(s).credential, TestedSettings::Credential::Password);

        const ReportData data = ReportData::make(success(), t, fixedEnvironment(), kNow);
        const QByteArray pw = sentinel.toUtf8();
        const QByteArray blob = QByteArray(1, '\0') + s.username.toUtf8() + QByteArray(1, '\0') + pw;
        for (Format f : { Format::Text, Format::Html, Format::Json }) {
            const QByteArray bytes = render(data, f);
            QVERIFY(bytes.contains("alice@example.com"));
            QVERIFY(bytes.contains("client.example.com"));
            QVERIFY(bytes.contains(QByteArray(64, 'e')));
            for (const QByteArray &needle : { pw, pw.toBase64(), blob.toBase64(), token.toUtf8(), "S3ntinel"_ba })
                QVERIFY2(!bytes.contains(needle), needle.constData());
        }
        const QJsonObject settings = parseJson(render(data, Format::Json)).value(u"settings"_s).toObject();
        QCOMPARE(settings.value(u"credential"_s).toString(), u"token"_s);
        QCOMPARE(settings.value(u"auth_method"_s).toString(), u"PLAIN"_s);
        QCOMPARE(settings.value(u"ehlo_name"_s).toString(), u"client.example.com"_s);
        QVERIFY(!settings.contains(u"password"_s));
    }

    // Only the proxy's type and address: never its user name or password.
    void proxyWithoutCredentials()
    {
        const QNetworkProxy before = QNetworkProxy::applicationProxy();
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::Socks5Proxy, u"proxy.example.net"_s, 1080, u"proxyuser"_s, u"proxy-secret"_s));
        const Environment e = Environment::current(u"smtp.example.com"_s, 587);
        QNetworkProxy::setApplicationProxy(before);
        QCOMPARE(e.proxy.type, u"socks5"_s);
        QCOMPARE(e.proxy.host, u"proxy.example.net"_s);
        QCOMPARE(e.proxy.port, quint16(1080));
        QCOMPARE(e.proxy.toString(), u"socks5 proxy.example.net:1080"_s);
        const ReportData data = ReportData::make(success(), settingsFor(success()), e, kNow);
        for (Format f : { Format::Text, Format::Html, Format::Json }) {
            const QByteArray bytes = render(data, f);
            QVERIFY(bytes.contains("proxy.example.net"));
            QVERIFY(!bytes.contains("proxyuser"));
            QVERIFY(!bytes.contains("proxy-secret"));
        }
        QCOMPARE((ProxyInfo { u"http"_s, u"2001:db8::1"_s, 3128 }.toString()), u"http [2001:db8::1]:3128"_s);
    }

    // A proxy from the system configuration (here: the environment) with credentials in it.
    void systemProxyWithoutCredentials()
    {
        const QByteArray before = qgetenv("http_proxy");
        qputenv("http_proxy", "http://proxyuser:proxy-secret@proxy.example.net:3128");
        const Environment e = Environment::current(u"smtp.example.com"_s, 587);
        if (before.isNull())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", before);
        if (e.systemProxy.type != u"none"_s) { // libproxy may be configured to ignore the environment
            QCOMPARE(e.systemProxy.host, u"proxy.example.net"_s);
            QCOMPARE(e.systemProxy.port, quint16(3128));
        }
        const ReportData data = ReportData::make(success(), settingsFor(success()), e, kNow);
        for (Format f : { Format::Text, Format::Html, Format::Json }) {
            const QByteArray bytes = render(data, f);
            QVERIFY(!bytes.contains("proxyuser"));
            QVERIFY(!bytes.contains("proxy-secret"));
        }
    }

    void currentEnvironment()
    {
        const Environment e = Environment::current(u"smtp.example.com"_s, 587);
        QCOMPARE(e.programVersion, QStringLiteral(SDOC_VERSION));
        QCOMPARE(e.qtVersion, QString::fromLatin1(qVersion()));
        QCOMPARE(e.qtBuildVersion, QStringLiteral(QT_VERSION_STR));
        QVERIFY(!e.os.isEmpty());
        QVERIFY(!e.kernel.isEmpty());
        QVERIFY(!e.cpu.isEmpty());
        QVERIFY(!e.proxy.type.isEmpty());
        QCOMPARE(reportLanguage(), u"en"_s);
    }

    // The report speaks the installed translation's language and says which one it is.
    void followsTheInstalledTranslation()
    {
        FakeGerman german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        const ReportData data = reportOf(success());
        const QString text = textReport(data);
        const QString html = htmlReport(data);
        const QJsonObject json = parseJson(render(data, Format::Json));
        german.code = u"de\"><script>alert(1)</script>"_s; // a broken translation cannot inject anything
        const QString broken = htmlReport(data);
        QCoreApplication::removeTranslator(&german);

        QVERIFY(text.contains(u"\nErgebnis\n--------\n"_s));
        QVERIFY(text.contains(u"\nUrteil: "_s));
        QVERIFY(text.contains(u"Report language:"_s)); // untranslated strings fall back to English
        QVERIFY(html.contains(u"<html lang=\"de\">"_s));
        QVERIFY(html.contains(u"<h2>Ergebnis</h2>"_s));
        QCOMPARE(json.value(u"language"_s).toString(), u"de"_s);
        QVERIFY(broken.contains(u"<html lang=\"en\">"_s));
        QVERIFY(!broken.contains(u"<script"_s));
        QCOMPARE(reportLanguage(), u"en"_s);
    }

    void writeReportFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ReportData data = reportOf(authFailure());
        QString error;
        for (const QString &name : { u"r.txt"_s, u"r.HTML"_s, u"r.htm"_s, u"r.json"_s }) {
            const QString path = dir.filePath(name);
            QVERIFY2(writeReportFile(path, data, &error), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.contains("AUTH_CREDENTIALS_INVALID"));
            QCOMPARE(bytes, render(data, *Report::formatForFileName(name)));
        }
        QVERIFY(!writeReportFile(dir.filePath(u"r.pdf"_s), data, &error));
        QVERIFY(error.contains(u".txt, .html or .json"_s));
        QVERIFY(!writeReportFile(dir.filePath(u"missing/r.txt"_s), data, &error));
        QVERIFY(error.contains(u"missing/r.txt"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"missing"_s)));
    }

    void emptyResultStillRenders()
    {
        CheckResult r;
        r.code = ResultCode::InvalidInput;
        r.host = u"h"_s;
        const ReportData data = reportOf(r);
        QVERIFY(textReport(data).contains(u"No step was run."_s));
        QVERIFY(textReport(data).contains(u"No transcript was recorded."_s));
        QVERIFY(htmlReport(data).contains(u"The server sent no certificate."_s));
        QVERIFY(!parseJson(render(data, Format::Json)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
