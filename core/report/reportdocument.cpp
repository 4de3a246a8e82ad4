// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdocument_p.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Report::Internal {

QStringList splitLines(const QString &text)
{
    // Only our own line separator: a CR inside a server line stays and is shown as \x{0d}.
    QStringList lines = text.split(u'\n');
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

namespace {

QString none()
{
    //: Shown instead of a value that is empty (no user name, no sender, ...)
    return ReportText::tr("(none)");
}

QString orNone(const QString &value)
{
    return value.isEmpty() ? none() : value;
}

QString yesNo(bool value)
{
    return value ? ReportText::tr("yes") : ReportText::tr("no");
}

QString isoUtc(const QDateTime &t)
{
    //: Shown instead of a date that is unknown
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : ReportText::tr("unknown");
}

QString securityLabel(Security s)
{
    switch (s) {
    case Security::Tls:
        //: Security mode: encrypted from the first byte (implicit TLS, usually port 465)
        return ReportText::tr("SSL/TLS (encrypted from the start)");
    case Security::StartTls:
        //: Security mode: plain connection, then the STARTTLS command (keep "STARTTLS")
        return ReportText::tr("STARTTLS (encryption after the greeting)");
    case Security::None:
        return ReportText::tr("no encryption");
    }
    return {};
}

QString shortSecurityLabel(Security s)
{
    switch (s) {
    case Security::Tls:
        return u"SSL/TLS"_s;
    case Security::StartTls:
        return u"STARTTLS"_s;
    case Security::None:
        return ReportText::tr("no encryption");
    }
    return {};
}

QString verdictLabel(Diagnosis::Severity s)
{
    switch (s) {
    case Diagnosis::Severity::Ok:
        //: Verdict of a check
        return ReportText::tr("OK");
    case Diagnosis::Severity::Warning:
        //: Verdict of a check: it worked, but something deserves attention
        return ReportText::tr("OK, with a warning");
    case Diagnosis::Severity::Error:
        //: Verdict of a check
        return ReportText::tr("Failed");
    }
    return {};
}

Tone toneOf(Diagnosis::Severity s)
{
    switch (s) {
    case Diagnosis::Severity::Ok:
        return Tone::Good;
    case Diagnosis::Severity::Warning:
        return Tone::Warning;
    case Diagnosis::Severity::Error:
        return Tone::Bad;
    }
    return Tone::Neutral;
}

QString credentialLabel(TestedSettings::Credential c)
{
    switch (c) {
    case TestedSettings::Credential::None:
        //: How the check logged in: not at all
        return ReportText::tr("no login");
    case TestedSettings::Credential::Password:
        //: How the check logged in (the password itself is never shown)
        return ReportText::tr("password (not shown)");
    case TestedSettings::Credential::Token:
        //: How the check logged in (the token itself is never shown)
        return ReportText::tr("OAuth 2 access token (not shown)");
    }
    return {};
}

QString proxyText(const ProxyInfo &p)
{
    if (p.type.isEmpty() || p.type == u"none"_s)
        //: The proxy setting: the connection goes straight to the server
        return ReportText::tr("none (direct connection)");
    return p.toString();
}

void add(Section &section, const QString &label, const QStringList &lines, Field::Style style = Field::Style::Plain,
    Tone tone = Tone::Neutral)
{
    section.blocks << Field { label, lines, style, tone };
}

void add(Section &section, const QString &label, const QString &value, Field::Style style = Field::Style::Plain,
    Tone tone = Tone::Neutral)
{
    add(section, label, QStringList { value }, style, tone);
}

QString phaseExtra(const CheckResult &r, const PhaseTiming &p)
{
    if (p.phase == Phase::Resolve && !r.resolvedAddresses.isEmpty())
        return r.resolvedAddresses.join(u", "_s);
    if (p.phase == Phase::Connect && !r.peerAddress.isEmpty())
        return r.peerAddress;
    if (p.phase == Phase::TlsHandshake && r.tls.established)
        return u"%1, %2"_s.arg(r.tls.protocol, r.tls.cipher);
    if (p.phase == Phase::Auth && !r.auth.used.isEmpty())
        return r.auth.used;
    return {};
}

Section resultSection(const ReportData &data)
{
    const CheckResult &r = data.result;
    const Diagnosis::Diagnosis &d = data.diagnosis;
    //: Heading of the report section with the verdict and the explanation
    Section s { u"result"_s, ReportText::tr("Result"), 2, toneOf(d.severity), {} };
    add(s, ReportText::tr("Verdict:"), verdictLabel(d.severity), Field::Style::Plain, toneOf(d.severity));
    add(s, ReportText::tr("Summary:"), d.title, Field::Style::Prose);
    //: Label of the stable identifier of a diagnosis, such as AUTH_CREDENTIALS_INVALID
    add(s, ReportText::tr("Diagnosis ID:"), d.id, Field::Style::Code);
    if (d.severity == Diagnosis::Severity::Error)
        add(s, ReportText::tr("Failed step:"), phaseName(d.phase));
    if (!d.cause.isEmpty()) {
        if (d.severity == Diagnosis::Severity::Ok)
            //: Label of the sentence that explains a successful result
            add(s, ReportText::tr("Explanation:"), d.cause, Field::Style::Prose);
        else
            //: Label of the likely cause of a problem
            add(s, ReportText::tr("Cause:"), d.cause, Field::Style::Prose);
    }
    if (!d.advice.isEmpty())
        add(s, ReportText::tr("What to do:"), d.advice, Field::Style::Prose);
    if (!d.serverReply.isEmpty())
        add(s, ReportText::tr("Server reply:"), splitLines(d.serverReply), Field::Style::Code);
    if (!d.hints.isEmpty())
        add(s, ReportText::tr("Hints:"), d.hints, Field::Style::List);
    if (!d.details.isEmpty())
        //: Label of a list of facts for the helpdesk (certificate names, offered methods, ...)
        add(s, ReportText::tr("Details:"), d.details, Field::Style::List);
    if (!r.detail.isEmpty())
        //: Label of a technical message in English (from the network or TLS library)
        add(s, ReportText::tr("Technical detail:"), splitLines(r.detail), Field::Style::Code);
    if (r.suggestedSecurity)
        //: Label of the security mode that would fit the tested port
        add(s, ReportText::tr("Fitting security mode:"), securityLabel(*r.suggestedSecurity));
    if (!r.queueId.isEmpty())
        //: Label of the server's identifier of the accepted test message
        add(s, ReportText::tr("Queue ID:"), r.queueId, Field::Style::Code);
    return s;
}

Section settingsSection(const TestedSettings &t)
{
    //: Heading of the report section with the settings the check used (never the password)
    Section s { u"settings"_s, ReportText::tr("Settings tested"), 2, Tone::Neutral, {} };
    add(s, ReportText::tr("Server:"), t.host, Field::Style::Code);
    add(s, ReportText::tr("Port:"), QString::number(t.port));
    add(s, ReportText::tr("Security:"), securityLabel(t.security));
    if (!t.connectAddress.isEmpty())
        //: Label of the IP address the check connected to instead of looking up the name
        add(s, ReportText::tr("Connect to address:"), t.connectAddress, Field::Style::Code);
    add(s, ReportText::tr("User name:"), orNone(t.username),
        t.username.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    add(s, ReportText::tr("Login with:"), credentialLabel(t.credential));
    add(s, ReportText::tr("Login method:"),
        //: The login method: chosen automatically from those the server offers
        t.mechanism ? QString::fromLatin1(Sasl::mechanismName(*t.mechanism)) : ReportText::tr("automatic"));
    if (t.allowPlaintextAuth)
        //: Label: the user allowed sending the password without encryption
        add(s, ReportText::tr("Unencrypted login allowed:"), yesNo(true), Field::Style::Plain, Tone::Warning);
    //: Label of the sender address of the check
    add(s, ReportText::tr("Sender:"), orNone(t.from), t.from.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    //: Label of the recipient address of the test message
    add(s, ReportText::tr("Recipient:"), orNone(t.to), t.to.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    add(s, ReportText::tr("EHLO name:"),
        //: The EHLO name when none was given
        t.ehloName.isEmpty() ? ReportText::tr("(our own address)") : t.ehloName,
        t.ehloName.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    if (t.extraCaCertificates > 0)
        //: Label of the number of CA certificates the user trusted in addition to the system's
        add(s, ReportText::tr("Additional trusted CAs:"), QString::number(t.extraCaCertificates));
    if (!t.pinnedSha256.isEmpty()) {
        QStringList pins;
        for (const QByteArray &pin : t.pinnedSha256)
            pins << QString::fromLatin1(pin);
        //: Label of the certificate fingerprints the user accepted
        add(s, ReportText::tr("Pinned SHA-256:"), pins, Field::Style::Code);
    }
    if (t.timeoutMs > 0)
        //: %1 is a number of seconds
        add(s, ReportText::tr("Time limit:"), ReportText::tr("%1 s").arg(t.timeoutMs / 1000.0));
    return s;
}

Section stepsSection(const CheckResult &r)
{
    //: Heading of the report section with each step of the check and its duration
    Section s { u"steps"_s, ReportText::tr("Steps"), 2, Tone::Neutral, {} };
    if (r.phases.isEmpty()) {
        s.blocks << Note { ReportText::tr("No step was run.") };
    } else {
        //: Column headings of the steps table. The first column holds a check mark or a cross.
        Table table { u"steps"_s,
            { QString(), ReportText::tr("Step"), ReportText::tr("Start (ms)"), ReportText::tr("Duration (ms)"),
                ReportText::tr("Detail") },
            {}, { 2, 3 }, {} };
        for (const PhaseTiming &p : r.phases) {
            table.rows << QStringList { p.ok ? u"\u2713"_s : u"\u2717"_s, phaseName(p.phase),
                QString::number(p.startMs), QString::number(p.ms), phaseExtra(r, p) };
            table.rowTones << (p.ok ? Tone::Good : Tone::Bad);
        }
        s.blocks << table;
    }
    //: %1 is a duration in milliseconds
    add(s, ReportText::tr("Total time:"), ReportText::tr("%1 ms").arg(r.totalMs));
    //: Label of the number of network round trips the check waited for
    add(s, ReportText::tr("Round trips:"), QString::number(r.roundTrips));
    return s;
}

Section connectionSection(const ReportData &data)
{
    const CheckResult &r = data.result;
    //: Heading of the report section with addresses, proxy and login
    Section s { u"connection"_s, ReportText::tr("Connection"), 2, Tone::Neutral, {} };
    add(s, ReportText::tr("Resolved addresses:"),
        r.resolvedAddresses.isEmpty() ? QStringList { none() } : r.resolvedAddresses,
        r.resolvedAddresses.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    //: Label of the address of the server that answered
    add(s, ReportText::tr("Connected to:"), orNone(r.peerAddress),
        r.peerAddress.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    //: Label of the proxy the connection goes through
    add(s, ReportText::tr("Proxy used:"), proxyText(data.environment.proxy));
    //: Label of the proxy the operating system's settings name for this server (may differ from the one used)
    add(s, ReportText::tr("System proxy setting:"), proxyText(data.environment.systemProxy));
    add(s, ReportText::tr("Login methods offered:"), orNone(r.auth.offered.join(u' ')),
        r.auth.offered.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    add(s, ReportText::tr("Login method used:"), orNone(r.auth.used));
    QString login;
    Tone loginTone = Tone::Neutral;
    if (!r.auth.attempted) {
        //: State of the login: no login was tried
        login = ReportText::tr("not attempted");
    } else if (r.auth.ok) {
        //: State of the login
        login = ReportText::tr("succeeded");
        loginTone = Tone::Good;
    } else {
        //: State of the login
        login = ReportText::tr("failed");
        loginTone = Tone::Bad;
    }
    add(s, ReportText::tr("Login:"), login, Field::Style::Plain, loginTone);
    if (r.senderChecked || r.messageSent) {
        //: State of the mail transaction: the server accepted the sender (nothing was sent)
        add(s, ReportText::tr("Mail:"),
            r.messageSent ? ReportText::tr("test message accepted") : ReportText::tr("sender accepted"),
            Field::Style::Plain, Tone::Good);
    }
    if (!r.ok() && !r.firstBytes.isEmpty()) {
        //: Label of the first bytes the server sent, shown literally (tells other protocols apart)
        add(s, ReportText::tr("First bytes received:"),
            splitLines(QString::fromUtf8(r.firstBytes).replace(u"\r\n"_s, u"\n"_s)), Field::Style::Code);
    }
    return s;
}

Section tlsSection(const CheckResult &r)
{
    //: Heading of the report section about encryption
    Section s { u"tls"_s, ReportText::tr("Encryption (TLS)"), 2, Tone::Neutral, {} };
    const Tls::TlsInfo &t = r.tls;
    if (!t.attempted) {
        s.blocks << Note { ReportText::tr("No encrypted connection was attempted.") };
        return s;
    }
    //: Label of the state of the TLS handshake
    add(s, ReportText::tr("Handshake:"), t.established ? ReportText::tr("completed") : ReportText::tr("not completed"),
        Field::Style::Plain, t.established ? Tone::Good : Tone::Bad);
    if (!t.protocol.isEmpty())
        add(s, ReportText::tr("Protocol:"), t.protocol, Field::Style::Code);
    if (!t.cipher.isEmpty())
        add(s, ReportText::tr("Cipher:"), t.cipher, Field::Style::Code);
    QString check;
    Tone checkTone = Tone::Bad;
    if (t.verified) {
        check = ReportText::tr("verified: trusted, valid and issued for this server name");
        checkTone = Tone::Good;
    } else if (t.pinned) {
        check = ReportText::tr("not verified, accepted by its pinned fingerprint");
        checkTone = Tone::Warning;
    } else {
        check = ReportText::tr("not verified");
    }
    add(s, ReportText::tr("Certificate check:"), check, Field::Style::Plain, checkTone);
    if (!t.errors.isEmpty())
        add(s, ReportText::tr("Certificate problems:"), t.errors, Field::Style::List, Tone::Bad);
    if (!t.handshakeError.isEmpty())
        //: Label of the TLS library's own error message
        add(s, ReportText::tr("Handshake error:"), splitLines(t.handshakeError), Field::Style::Code);
    if (t.discardedPlaintextBytes > 0)
        //: Label of the number of bytes dropped because they arrived unencrypted after STARTTLS
        add(s, ReportText::tr("Discarded after STARTTLS:"),
            ReportText::tr("%n byte(s)", nullptr, t.discardedPlaintextBytes), Field::Style::Plain, Tone::Warning);
    return s;
}

QList<Section> certificateSections(const CheckResult &r)
{
    //: Heading of the report section with the server's certificate chain
    Section s { u"certificates"_s, ReportText::tr("Certificates"), 2, Tone::Neutral, {} };
    const qsizetype n = r.tls.chain.size();
    if (n == 0) {
        s.blocks << Note { ReportText::tr("The server sent no certificate.") };
        return { s };
    }
    s.blocks << Note { ReportText::tr("The server sent %n certificate(s), its own first.", nullptr, int(n)) };
    QList<Section> out { s };
    for (qsizetype i = 0; i < n; ++i) {
        const Tls::CertificateInfo &c = r.tls.chain.at(i);
        //: Heading of one certificate: %1 its position in the chain, %2 the length of the chain
        Section cs { u"certificate-%1"_s.arg(i + 1), ReportText::tr("Certificate %1 of %2").arg(i + 1).arg(n), 3,
            Tone::Neutral, {} };
        add(cs, ReportText::tr("Subject:"), c.subject, Field::Style::Code);
        add(cs, ReportText::tr("Issuer:"), c.issuer, Field::Style::Code);
        //: Label of the names (DNS names, IP addresses) a certificate is valid for
        add(cs, ReportText::tr("Valid for names:"),
            c.subjectAltNames.isEmpty() ? QStringList { none() } : c.subjectAltNames,
            c.subjectAltNames.isEmpty() ? Field::Style::Plain : Field::Style::Code);
        add(cs, ReportText::tr("Valid from:"), isoUtc(c.notBefore));
        add(cs, ReportText::tr("Valid until:"), isoUtc(c.notAfter));
        add(cs, ReportText::tr("SHA-256:"), QString::fromLatin1(c.sha256), Field::Style::Code);
        add(cs, ReportText::tr("Self-signed:"), yesNo(c.selfSigned));
        if (!c.pem.isEmpty()) {
            QStringList pem = splitLines(QString::fromLatin1(c.pem).trimmed());
            //: Caption of a certificate in PEM text form
            cs.blocks << Preformatted { ReportText::tr("PEM:"), pem };
        }
        out << cs;
    }
    return out;
}

Section capabilitiesSection(const CheckResult &r)
{
    //: Heading of the report section with the extensions the server announced after EHLO
    Section s { u"capabilities"_s, ReportText::tr("Server capabilities"), 2, Tone::Neutral, {} };
    const QString name
        = !r.capabilities.serverName.isEmpty() ? r.capabilities.serverName : r.capabilitiesBeforeTls.serverName;
    if (!name.isEmpty())
        //: Label of the name the server gives itself in its EHLO reply
        add(s, ReportText::tr("Server name:"), name, Field::Style::Code);
    if (r.security == Security::Tls) {
        //: Capabilities before TLS with implicit TLS: there is no unencrypted part
        add(s, ReportText::tr("Before TLS:"), ReportText::tr("(none: encrypted from the start)"));
    } else {
        add(s, ReportText::tr("Before TLS:"),
            r.capabilitiesBeforeTls.keywords.isEmpty() ? QStringList { none() } : r.capabilitiesBeforeTls.keywords,
            r.capabilitiesBeforeTls.keywords.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    }
    if (r.tls.established) {
        add(s, ReportText::tr("After TLS:"),
            r.capabilities.keywords.isEmpty() ? QStringList { none() } : r.capabilities.keywords,
            r.capabilities.keywords.isEmpty() ? Field::Style::Plain : Field::Style::Code);
    } else if (r.security != Security::None) {
        //: Capabilities after TLS when the check did not get that far
        add(s, ReportText::tr("After TLS:"), ReportText::tr("(not reached)"));
    }
    return s;
}

Section transcriptSection(const CheckResult &r)
{
    //: Heading of the report section with the SMTP dialogue
    Section s { u"transcript"_s, ReportText::tr("Transcript"), 2, Tone::Neutral, {} };
    if (r.transcript.isEmpty()) {
        s.blocks << Note { ReportText::tr("No transcript was recorded.") };
        return s;
    }
    //: %1 is the marker that stands where a password was (keep C:, S: and *)
    s.blocks << Note { ReportText::tr("C: sent by SMTP Doctor, S: sent by the server, *: what happened. Passwords and "
                                      "tokens are replaced by %1.")
                           .arg(Transcript::redactedMarker()) };
    //: Column headings of the transcript: milliseconds since the start, direction, the line itself
    Table table { u"transcript"_s, { ReportText::tr("ms"), QString(), ReportText::tr("Line") }, {}, { 0 }, {} };
    for (const TranscriptEntry &e : r.transcript) {
        const QString dir = e.direction == TranscriptEntry::Direction::Client ? u"C:"_s
            : e.direction == TranscriptEntry::Direction::Server               ? u"S:"_s
                                                                              : u"*"_s;
        table.rows << QStringList { QString::number(e.ms), dir, e.line };
    }
    s.blocks << table;
    return s;
}

Section environmentSection(const ReportData &data)
{
    const Environment &e = data.environment;
    //: Heading of the report section about this computer and program
    Section s { u"environment"_s, ReportText::tr("Environment"), 2, Tone::Neutral, {} };
    add(s, ReportText::tr("Report created (UTC):"), isoUtc(data.generatedUtc));
    //: %1 is a version number
    add(s, ReportText::tr("Program:"), ReportText::tr("SMTP Doctor %1").arg(e.programVersion));
    //: %1 the Qt version in use, %2 the Qt version the program was built with
    add(s, ReportText::tr("Qt:"), ReportText::tr("%1 (built with %2)").arg(e.qtVersion, e.qtBuildVersion));
    add(s, ReportText::tr("TLS library:"), orNone(e.tlsLibrary));
    add(s, ReportText::tr("TLS backend:"), orNone(e.tlsBackend));
    add(s, ReportText::tr("Operating system:"), orNone(e.os));
    add(s, ReportText::tr("Kernel:"), orNone(e.kernel));
    add(s, ReportText::tr("CPU architecture:"), orNone(e.cpu));
    add(s, ReportText::tr("Report language:"), reportLanguage());
    return s;
}

} // namespace

Document buildDocument(const ReportData &data)
{
    Document doc;
    //: Title of a report
    doc.title = ReportText::tr("SMTP Doctor report");
    //: Subtitle of a report: %1 server name, %2 port, %3 security mode, %4 date and time in UTC (ISO 8601, ends in Z)
    doc.subtitle = ReportText::tr("%1 port %2 (%3), %4")
                       .arg(data.settings.host)
                       .arg(data.settings.port)
                       .arg(shortSecurityLabel(data.settings.security), isoUtc(data.generatedUtc));
    doc.language = reportLanguage();
    doc.sections << resultSection(data) << settingsSection(data.settings) << stepsSection(data.result)
                 << connectionSection(data) << tlsSection(data.result) << certificateSections(data.result)
                 << capabilitiesSection(data.result) << transcriptSection(data.result) << environmentSection(data);
    return doc;
}

} // namespace SmtpDoctor::Report::Internal
