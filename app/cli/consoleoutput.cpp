// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleoutput.h"

#include "detect/publicsuffix.h"
#include "diagnosis/diagnosis.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

class ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleText)
};

namespace SmtpDoctor::Cli {

namespace {
QString securityLabel(Security s)
{
    switch (s) {
    case Security::Tls:
        //: Security mode shown in the header line (implicit TLS)
        return ConsoleText::tr("SSL/TLS");
    case Security::StartTls:
        return ConsoleText::tr("STARTTLS");
    case Security::None:
        //: Security mode shown in the header line
        return ConsoleText::tr("no encryption");
    }
    return {};
}
} // namespace

QString consoleHeader(const QString &host, quint16 port, Security security)
{
    //: Header of the text output. %1 server name, %2 port, %3 security mode
    return ConsoleText::tr("Checking %1 port %2 (%3)").arg(host).arg(port).arg(securityLabel(security)) + u"\n\n"_s;
}

QString consoleReport(const CheckResult &r, bool withTranscript)
{
    QString out;
    for (const PhaseTiming &p : r.phases) {
        const QString mark = p.ok ? u"\u2713"_s : u"\u2717"_s;
        QString extra;
        if (p.phase == Phase::Resolve && !r.resolvedAddresses.isEmpty())
            extra = r.resolvedAddresses.join(u", "_s);
        else if (p.phase == Phase::Connect && !r.peerAddress.isEmpty())
            extra = r.peerAddress;
        else if (p.phase == Phase::TlsHandshake && r.tls.established)
            extra = u"%1, %2"_s.arg(r.tls.protocol, r.tls.cipher);
        else if (p.phase == Phase::Auth && !r.auth.used.isEmpty())
            extra = r.auth.used;
        //: One line per step: %1 mark, %2 step name, %3 milliseconds
        QString line = ConsoleText::tr("  %1 %2 %3 ms").arg(mark, phaseName(p.phase).leftJustified(18), QString::number(p.ms).rightJustified(6));
        if (!extra.isEmpty())
            line += u"   "_s + Transcript::printable(extra);
        out += line + u'\n';
    }
    out += u'\n';
    const Diagnosis::Diagnosis d = Diagnosis::diagnose(r);
    if (r.ok())
        //: %1 is a sentence that says what the result means
        out += ConsoleText::tr("Result: %1").arg(d.title);
    else
        //: %1 is a sentence that says what went wrong, %2 a stable identifier such as AUTH_CREDENTIALS_INVALID
        out += ConsoleText::tr("Problem: %1 (%2)").arg(d.title, d.id);
    out += u'\n';
    if (!r.ok() || d.severity != Diagnosis::Severity::Ok) {
        if (!d.cause.isEmpty())
            //: %1 is the likely cause of a problem, in plain language
            out += ConsoleText::tr("Why: %1").arg(d.cause) + u'\n';
        if (!d.advice.isEmpty())
            //: %1 is advice on what to do about a problem
            out += ConsoleText::tr("What to do: %1").arg(d.advice) + u'\n';
        if (!d.serverReply.isEmpty()) {
            //: %1 is the server's reply, quoted literally
            out += ConsoleText::tr("The server said: %1").arg(Transcript::printable(d.serverReply).replace(u'\n', u"\n  "_s)) + u'\n';
        }
        for (const QString &detail : d.details)
            out += u"  - "_s + Transcript::printable(detail) + u'\n';
    }
    for (const QString &hint : d.hints)
        //: %1 is a hint about a specific mail provider or port
        out += ConsoleText::tr("Hint: %1").arg(hint) + u'\n';
    if (!r.ok() && !r.detail.isEmpty())
        //: %1 is a technical detail in English
        out += ConsoleText::tr("Detail: %1").arg(Transcript::printable(r.detail)) + u'\n';
    if (r.tls.established) {
        const QString how = r.tls.pinned ? ConsoleText::tr("certificate accepted by its pinned fingerprint")
                                         : ConsoleText::tr("certificate verified");
        //: %1 TLS version, %2 cipher, %3 how the certificate was checked
        out += ConsoleText::tr("Encryption: %1, %2, %3").arg(r.tls.protocol, r.tls.cipher, how) + u'\n';
    } else if (!r.tls.errors.isEmpty()) {
        //: %1 is a list of certificate problems
        out += ConsoleText::tr("Certificate problems: %1").arg(r.tls.errors.join(u"; "_s)) + u'\n';
    }
    if (!r.tls.chain.isEmpty() && !r.tls.established) {
        const Tls::CertificateInfo &leaf = r.tls.chain.first();
        //: %1 the names a certificate is valid for, %2 its expiry date
        out += ConsoleText::tr("The certificate is valid for: %1 (until %2)")
                   .arg(leaf.subjectAltNames.join(u", "_s), leaf.notAfter.toString(Qt::ISODate))
            + u'\n';
        //: %1 is a SHA-256 fingerprint in hex
        out += ConsoleText::tr("Its SHA-256 fingerprint: %1").arg(QString::fromLatin1(leaf.sha256)) + u'\n';
    }
    if (!r.queueId.isEmpty())
        //: %1 is the server's identifier of the accepted message
        out += ConsoleText::tr("Message accepted, queue id: %1").arg(Transcript::printable(r.queueId)) + u'\n';
    //: %1 milliseconds, %n number of network round trips
    out += ConsoleText::tr("Total: %1 ms, %n round trip(s)", nullptr, r.roundTrips).arg(r.totalMs) + u'\n';
    if (withTranscript) {
        //: Heading above the protocol transcript
        out += u'\n' + ConsoleText::tr("Transcript (passwords removed):") + u'\n';
        for (const TranscriptEntry &e : r.transcript) {
            const QString dir = e.direction == TranscriptEntry::Direction::Client ? u"C:"_s
                : e.direction == TranscriptEntry::Direction::Server                ? u"S:"_s
                                                                                    : u" *"_s;
            out += u"%1 %2 %3\n"_s.arg(QString::number(e.ms).rightJustified(6), dir, Transcript::printable(e.line));
        }
    }
    return out;
}

QString consoleSourceLine(const Detect::SourceReport &r)
{
    using Detect::SourceStatus;
    const QString mark = r.status == SourceStatus::Found ? u"\u2713"_s
        : r.status == SourceStatus::Skipped             ? u"\u2013"_s
                                                        : u"\u00b7"_s;
    QString line = u"  %1 %2 %3 ms  %4"_s.arg(mark, Detect::sourceName(r.kind).leftJustified(40),
                                              QString::number(r.ms).rightJustified(6), Detect::sourceStatusName(r.status));
    if (!r.detail.isEmpty() && r.status != SourceStatus::Skipped)
        line += u"  ("_s + Transcript::printable(r.detail) + u')';
    return line + u'\n';
}

QString consoleDetectReport(const Detect::DetectResult &r)
{
    using namespace Detect;
    QString out;
    if (!r.inputError.isEmpty()) {
        //: %1 explains what is wrong with the e-mail address
        return ConsoleText::tr("This is not a valid e-mail address: %1").arg(r.inputError) + u'\n';
    }
    if (r.address && r.address->domain() != r.address->aceDomain())
        //: %1 is a domain in Unicode, %2 the same domain in its ASCII (punycode) form
        out += ConsoleText::tr("Domain: %1 (%2)").arg(r.address->domain(), r.address->aceDomain()) + u'\n';
    out += u'\n';
    for (const QString &note : r.notes) {
        if (r.candidates.isEmpty() || r.noThirdPartySmtp)
            //: %1 is a note about the mail provider
            out += ConsoleText::tr("Note: %1").arg(note) + u'\n';
    }
    if (r.candidates.isEmpty()) {
        if (!r.noThirdPartySmtp) {
            out += ConsoleText::tr("No outgoing server was found. Asked:") + u'\n';
            for (const SourceReport &s : r.sources)
                out += consoleSourceLine(s);
        }
        return out;
    }
    out += ConsoleText::tr("Outgoing server settings, best first:") + u'\n';
    int n = 0;
    for (const Candidate &c : r.candidates) {
        if (++n > 6)
            break;
        QString security;
        switch (c.security) {
        case Security::Tls:
            security = ConsoleText::tr("SSL/TLS");
            break;
        case Security::StartTls:
            security = ConsoleText::tr("STARTTLS");
            break;
        case Security::None:
            security = ConsoleText::tr("no encryption");
            break;
        }
        const QString state = c.confirmed ? ConsoleText::tr("confirmed live") : c.probed ? ConsoleText::tr("live test failed")
                                                                                         : ConsoleText::tr("not tested");
        //: One candidate: %1 number, %2 host, %3 port, %4 security mode, %5 trust, %6 test state
        out += ConsoleText::tr("%1. %2 port %3, %4 (%5, %6)").arg(n).arg(c.host).arg(c.port).arg(security, trustName(c.trust), state) + u'\n';
        //: %1 is the domain a server name belongs to
        out += u"     "_s + ConsoleText::tr("belongs to: %1").arg(registrableDomain(c.host)) + u'\n';
        if (!c.username.isEmpty())
            //: %1 is the login name to use
            out += u"     "_s + ConsoleText::tr("user name: %1").arg(c.username) + u'\n';
        QStringList sources;
        for (SourceKind k : c.sources)
            sources << sourceName(k);
        //: %1 is a list of where the settings came from
        out += u"     "_s + ConsoleText::tr("from: %1").arg(sources.join(u", "_s)) + u'\n';
        for (const QString &w : c.warnings)
            out += u"     ! "_s + warningText(w) + u'\n';
    }
    if (!r.candidates.isEmpty() && !r.noThirdPartySmtp) {
        for (const QString &note : r.candidates.first().notes)
            out += ConsoleText::tr("Note: %1").arg(Transcript::printable(note)) + u'\n';
    }
    //: %1 is a duration in milliseconds
    out += ConsoleText::tr("Time: %1 ms").arg(r.ms) + u'\n';
    return out;
}

} // namespace SmtpDoctor::Cli
