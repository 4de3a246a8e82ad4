// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleoutput.h"

#include "report/verdict.h"

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
    if (r.ok())
        //: %1 is a sentence that says what the result means
        out += ConsoleText::tr("Result: %1").arg(Report::verdictText(r));
    else
        //: %1 is a sentence that says what went wrong, %2 a stable identifier such as auth_failed
        out += ConsoleText::tr("Problem: %1 (%2)").arg(Report::verdictText(r), resultCodeId(r.code));
    out += u'\n';
    if (r.lastReply.isValid() && !r.ok()) {
        //: %1 is the server's reply, quoted literally
        out += ConsoleText::tr("The server said: %1").arg(Transcript::printable(r.lastReply.rawLines.isEmpty() ? r.lastReply.text() : QString::fromUtf8(r.lastReply.rawLines.join("\n  ")))) + u'\n';
    }
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

} // namespace SmtpDoctor::Cli
