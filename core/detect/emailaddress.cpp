// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/emailaddress.h"

#include "detect/hostname.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

constexpr qsizetype maxLocalPartOctets = 64; // RFC 5321 4.5.3.1.1

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control; // C0 (incl. TAB, CR, LF), DEL, C1
}

// RFC 5322 3.2.3 atext, extended by RFC 6532 3.2 to any non-ASCII character.
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return !c.isSpace() && !isControl(c);
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    for (QChar c : text) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

QString quoted(QStringView content)
{
    QString result = u"\""_s;
    for (QChar c : content) {
        if (c == u'"' || c == u'\\')
            result += u'\\';
        result += c;
    }
    result += u'"';
    return result;
}

AddressError fromHostNameError(HostNameError error)
{
    switch (error) {
    case HostNameError::None:
        return AddressError::None;
    case HostNameError::Empty:
        return AddressError::MissingDomain;
    case HostNameError::InvalidDots:
        return AddressError::DomainDots;
    case HostNameError::InvalidCharacter:
        return AddressError::DomainCharacter;
    case HostNameError::LabelTooLong:
        return AddressError::LabelTooLong;
    case HostNameError::TooLong:
        return AddressError::DomainTooLong;
    case HostNameError::NoDot:
        return AddressError::DomainWithoutDot;
    case HostNameError::IpAddress:
        return AddressError::AddressLiteral;
    }
    return AddressError::DomainCharacter;
}

} // namespace

std::optional<EmailAddress> EmailAddress::parse(const QString &input, AddressError *error)
{
    const auto fail = [error](AddressError reason) -> std::optional<EmailAddress> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (error)
        *error = AddressError::None;

    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(AddressError::Empty);
    for (QChar c : text) {
        if (isControl(c))
            return fail(AddressError::ControlCharacter);
    }

    QString localPart;
    qsizetype at = -1;
    const bool quotedInput = text.startsWith(u'"');
    if (quotedInput) {
        // RFC 5322 3.2.4 quoted-string: qtext or quoted-pair ('\' + any printable or space).
        QString content;
        qsizetype i = 1;
        bool closed = false;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c == u'\\') {
                if (i + 1 >= text.size())
                    return fail(AddressError::UnterminatedQuote);
                content += text.at(i + 1);
                i += 2;
            } else if (c == u'"') {
                closed = true;
                ++i;
                break;
            } else {
                content += c;
                ++i;
            }
        }
        if (!closed)
            return fail(AddressError::UnterminatedQuote);
        if (i >= text.size())
            return fail(AddressError::MissingAt);
        if (text.at(i) != u'@')
            return fail(text.at(i).isSpace() ? AddressError::Whitespace : AddressError::LocalPartCharacter);
        if (content.isEmpty())
            return fail(AddressError::MissingLocalPart);
        at = i;
        // RFC 5321 4.1.2: a quoted form that is also a dot-atom means the same mailbox;
        // keep the simplest form.
        localPart = isDotAtom(content) ? content : quoted(content);
    } else {
        at = text.indexOf(u'@');
        if (at < 0)
            return fail(AddressError::MissingAt);
        localPart = text.left(at);
        if (localPart.isEmpty())
            return fail(AddressError::MissingLocalPart);
    }

    const QString domainPart = text.mid(at + 1);
    if (domainPart.isEmpty())
        return fail(AddressError::MissingDomain);
    if (domainPart.contains(u'@'))
        return fail(AddressError::MultipleAt);

    if (!quotedInput) {
        for (QChar c : localPart) {
            if (c.isSpace())
                return fail(AddressError::Whitespace);
        }
    }
    for (QChar c : domainPart) {
        if (c.isSpace())
            return fail(AddressError::Whitespace);
    }

    if (!quotedInput) {
        if (localPart.startsWith(u'.') || localPart.endsWith(u'.') || localPart.contains(u".."))
            return fail(AddressError::LocalPartDots);
        for (QChar c : localPart) {
            if (c != u'.' && !isAtext(c))
                return fail(AddressError::LocalPartCharacter);
        }
    }
    if (localPart.toUtf8().size() > maxLocalPartOctets)
        return fail(AddressError::LocalPartTooLong);

    if (domainPart.startsWith(u'['))
        return fail(AddressError::AddressLiteral);
    HostNameError hostError = HostNameError::None;
    const std::optional<QString> ace = aceHostName(domainPart, &hostError);
    if (!ace)
        return fail(fromHostNameError(hostError));
    if (domainPart.endsWith(u'.'))
        return fail(AddressError::DomainDots); // "user@example.org." is not an addr-spec

    EmailAddress address;
    address.m_localPart = localPart;
    address.m_aceDomain = *ace;
    address.m_domain = QUrl::fromAce(ace->toLatin1(), QUrl::IgnoreIDNWhitelist);
    return address;
}

QString EmailAddress::address() const
{
    return m_localPart + u'@' + m_domain;
}

QString EmailAddress::aceAddress() const
{
    return m_localPart + u'@' + m_aceDomain;
}

QString addressErrorText(AddressError error)
{
    switch (error) {
    case AddressError::None:
        return {};
    case AddressError::Empty:
        //: Error for the e-mail address field.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress", "No e-mail address was entered.");
    case AddressError::MissingAt:
        //: Error for the e-mail address field; "@" is the at sign between user name and domain.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress", "The address has no @ sign.");
    case AddressError::MultipleAt:
        //: Error for the e-mail address field.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress", "The address contains more than one @ sign.");
    case AddressError::MissingLocalPart:
        //: Error for the e-mail address field; the part before the @ is the user name ("local part").
        return QCoreApplication::translate("SmtpDoctor::EmailAddress", "The part before the @ is missing.");
    case AddressError::MissingDomain:
        //: Error for the e-mail address field; the part after the @ is the domain, e.g. example.org.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress", "The part after the @ is missing.");
    case AddressError::Whitespace:
        //: Error for the e-mail address field.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress", "The address contains a space.");
    case AddressError::ControlCharacter:
        //: Error for the e-mail address field; e.g. a tab or line break pasted into the field.
        return QCoreApplication::translate(
            "SmtpDoctor::EmailAddress", "The address contains an invisible control character.");
    case AddressError::UnterminatedQuote:
        //: Error for the e-mail address field; the user name may be written in "double quotes".
        return QCoreApplication::translate(
            "SmtpDoctor::EmailAddress", "A quotation mark in the part before the @ is not closed.");
    case AddressError::LocalPartDots:
        //: Error for the e-mail address field.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress",
            "The part before the @ must not start or end with a dot or contain two dots in a row.");
    case AddressError::LocalPartCharacter:
        //: Error for the e-mail address field; e.g. a comma or bracket before the @.
        return QCoreApplication::translate(
            "SmtpDoctor::EmailAddress", "The part before the @ contains a character that is not allowed there.");
    case AddressError::LocalPartTooLong:
        //: Error for the e-mail address field; 64 bytes is the limit of RFC 5321.
        return QCoreApplication::translate(
            "SmtpDoctor::EmailAddress", "The part before the @ is longer than 64 bytes.");
    case AddressError::DomainDots:
        //: Error for the e-mail address field; the domain is the part after the @, e.g. example.org.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress",
            "The domain after the @ must not start or end with a dot or contain two dots in a row.");
    case AddressError::DomainCharacter:
        //: Error for the e-mail address field; e.g. an underscore, slash or comma after the @.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress",
            "The domain after the @ contains a character that is not allowed in domain names.");
    case AddressError::LabelTooLong:
        //: Error for the e-mail address field; in "mail.example.org" the parts are "mail", "example" and "org".
        return QCoreApplication::translate(
            "SmtpDoctor::EmailAddress", "A part of the domain between two dots is longer than 63 characters.");
    case AddressError::DomainTooLong:
        //: Error for the e-mail address field.
        return QCoreApplication::translate(
            "SmtpDoctor::EmailAddress", "The domain after the @ is longer than 253 characters.");
    case AddressError::DomainWithoutDot:
        //: Error for the e-mail address field; e.g. "user@localhost". Keep "example.org" untranslated.
        return QCoreApplication::translate("SmtpDoctor::EmailAddress",
            "The domain after the @ has no dot. Automatic detection needs a full "
            "internet domain such as example.org.");
    case AddressError::AddressLiteral:
        //: Error for the e-mail address field; e.g. "user@[192.0.2.1]".
        return QCoreApplication::translate("SmtpDoctor::EmailAddress",
            "The address uses an IP address instead of a domain name. Settings "
            "cannot be detected automatically for such an address.");
    }
    return {};
}

} // namespace SmtpDoctor::Detect
