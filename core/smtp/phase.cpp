// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/phase.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace SmtpDoctor {

QString phaseId(Phase p)
{
    switch (p) {
    case Phase::Resolve:
        return u"resolve"_s;
    case Phase::Connect:
        return u"connect"_s;
    case Phase::TlsHandshake:
        return u"tls"_s;
    case Phase::Greeting:
        return u"greeting"_s;
    case Phase::Ehlo:
        return u"ehlo"_s;
    case Phase::StartTls:
        return u"starttls"_s;
    case Phase::EhloAfterTls:
        return u"ehlo_tls"_s;
    case Phase::Auth:
        return u"auth"_s;
    case Phase::MailFrom:
        return u"mail_from"_s;
    case Phase::RcptTo:
        return u"rcpt_to"_s;
    case Phase::Data:
        return u"data"_s;
    case Phase::Reset:
        return u"rset"_s;
    case Phase::Quit:
        return u"quit"_s;
    }
    return {};
}

QString phaseName(Phase p)
{
    switch (p) {
    case Phase::Resolve:
        //: Step of a check: looking up the server's address in DNS
        return QCoreApplication::translate("SmtpDoctor::Phase", "Resolve");
    case Phase::Connect:
        //: Step of a check: opening the network connection
        return QCoreApplication::translate("SmtpDoctor::Phase", "Connect");
    case Phase::TlsHandshake:
        //: Step of a check: setting up encryption (TLS handshake)
        return QCoreApplication::translate("SmtpDoctor::Phase", "TLS handshake");
    case Phase::Greeting:
        //: Step of a check: the server's first message (SMTP greeting)
        return QCoreApplication::translate("SmtpDoctor::Phase", "Greeting");
    case Phase::Ehlo:
        //: Step of a check: the EHLO command (keep "EHLO")
        return QCoreApplication::translate("SmtpDoctor::Phase", "EHLO");
    case Phase::StartTls:
        //: Step of a check: the STARTTLS command (keep "STARTTLS")
        return QCoreApplication::translate("SmtpDoctor::Phase", "STARTTLS");
    case Phase::EhloAfterTls:
        //: Step of a check: EHLO again, now encrypted
        return QCoreApplication::translate("SmtpDoctor::Phase", "EHLO (encrypted)");
    case Phase::Auth:
        //: Step of a check: logging in (SMTP AUTH)
        return QCoreApplication::translate("SmtpDoctor::Phase", "Login");
    case Phase::MailFrom:
        //: Step of a check: announcing the sender (MAIL FROM)
        return QCoreApplication::translate("SmtpDoctor::Phase", "Sender");
    case Phase::RcptTo:
        //: Step of a check: announcing the recipient (RCPT TO)
        return QCoreApplication::translate("SmtpDoctor::Phase", "Recipient");
    case Phase::Data:
        //: Step of a check: transferring the test message (DATA)
        return QCoreApplication::translate("SmtpDoctor::Phase", "Message");
    case Phase::Reset:
        //: Step of a check: cancelling the mail transaction (RSET)
        return QCoreApplication::translate("SmtpDoctor::Phase", "Reset");
    case Phase::Quit:
        //: Step of a check: saying goodbye (QUIT)
        return QCoreApplication::translate("SmtpDoctor::Phase", "Quit");
    }
    return {};
}

} // namespace SmtpDoctor
