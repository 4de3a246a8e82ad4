// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace SmtpDoctor::Detect {

// Why EmailAddress::parse() rejected its input. Stable: callers translate it with
// addressErrorText() and tests compare it; never compare the text.
enum class AddressError {
    None,
    Empty,              // nothing but white space was entered
    MissingAt,          // no '@' at all (also: a quoted local part with nothing after it)
    MultipleAt,         // more than one '@' outside quotes
    MissingLocalPart,   // nothing (or "") before the '@'
    MissingDomain,      // nothing after the '@'
    Whitespace,         // a space outside quotes
    ControlCharacter,   // a control character (also TAB, DEL, C1 controls) anywhere
    UnterminatedQuote,  // a quoted local part without its closing '"' (or ending in a lone '\')
    LocalPartDots,      // local part starts or ends with '.' or has ".."
    LocalPartCharacter, // a character outside RFC 5322 atext in an unquoted local part, or text after the closing quote
    LocalPartTooLong,   // local part longer than 64 octets (UTF-8, RFC 5321 4.5.3.1.1)
    DomainDots,         // domain starts or ends with '.' or has ".."
    DomainCharacter,    // a character not allowed in domain names, a label starting/ending with '-', bad IDN
    LabelTooLong,       // a domain label longer than 63 octets (ACE form)
    DomainTooLong,      // domain longer than 253 octets (ACE form)
    DomainWithoutDot,   // "user@localhost": a single-label domain cannot be autodetected
    AddressLiteral,     // "user@[192.0.2.1]" or "user@192.0.2.1": no domain to autodetect from
};

// A syntactically valid e-mail address (RFC 5321 4.1.2 Mailbox / RFC 5322 3.4.1 addr-spec,
// with RFC 6531/6532 UTF-8 local parts and IDN domains). Value type; only parse() makes one.
class EmailAddress
{
public:
    // Parses what a user typed. Surrounding white space is trimmed. The local part is a
    // dot-atom or a quoted string ("john doe"@example.org, with backslash escapes); the
    // domain is a dot-separated name of LDH labels or an IDN (jürgen@bücher.de) with at
    // least one dot. Address literals, comments, display names ("Name <a@b>") and obsolete
    // syntax are rejected. Returns nullopt and sets *error (when given) on failure;
    // sets *error to AddressError::None on success.
    [[nodiscard]] static std::optional<EmailAddress> parse(const QString &input, AddressError *error = nullptr);

    // The local part as it appears in the address: unquoted when it is a valid dot-atom
    // (also when the user quoted it needlessly: "john"@x gives john), otherwise quoted with
    // '"' and '\' escaped ("john doe"). Case is kept: local parts are case-sensitive.
    [[nodiscard]] QString localPart() const { return m_localPart; }
    // The domain in lower-case Unicode form ("bücher.de"), for display.
    [[nodiscard]] QString domain() const { return m_domain; }
    // The domain in lower-case ACE form ("xn--bcher-kva.de"), for DNS, URLs and lookups.
    [[nodiscard]] QString aceDomain() const { return m_aceDomain; }
    // localPart() + '@' + domain(): the form to show and to use as a login name.
    [[nodiscard]] QString address() const;
    // localPart() + '@' + aceDomain(): the form for protocols without SMTPUTF8.
    [[nodiscard]] QString aceAddress() const;

    friend bool operator==(const EmailAddress &, const EmailAddress &) = default;

private:
    EmailAddress() = default;
    QString m_localPart;
    QString m_domain;
    QString m_aceDomain;
};

// A short user-facing sentence for an address error, translated with the context
// "SmtpDoctor::EmailAddress" (English when no translation is installed). Empty for None.
[[nodiscard]] QString addressErrorText(AddressError error);

} // namespace SmtpDoctor::Detect
