// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/hostname.h"

#include <QHostAddress>
#include <QList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

constexpr qsizetype maxLabelLength = 63; // RFC 1035 2.3.4
constexpr qsizetype maxNameLength = 253; // RFC 1035 2.3.4 (255 on the wire, minus length bytes)

bool isLdhAscii(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-';
}

bool isAllDigits(QStringView label)
{
    if (label.isEmpty())
        return false;
    for (QChar c : label) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<QString> fail(HostNameError reason, HostNameError *error)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

std::optional<QString> aceHostName(QStringView name, HostNameError *error)
{
    if (error)
        *error = HostNameError::None;
    if (name.isEmpty())
        return fail(HostNameError::Empty, error);
    if (name.startsWith(u'[') || !QHostAddress(name.toString()).isNull())
        return fail(HostNameError::IpAddress, error);

    // The fully qualified form "example.org." is fine; "example.org.." is not.
    if (name.size() > 1 && name.endsWith(u'.'))
        name.chop(1);

    // Character check before IDNA: QUrl::toAce() lets '_' through and says nothing about
    // why it failed, and users deserve a precise reason.
    for (QChar c : name) {
        if (c.unicode() < 0x80) {
            if (!isLdhAscii(c) && c != u'.')
                return fail(HostNameError::InvalidCharacter, error);
        } else if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return fail(HostNameError::InvalidCharacter, error);
        }
    }

    const QList<QStringView> labels = name.split(u'.');
    for (QStringView label : labels) {
        if (label.isEmpty())
            return fail(HostNameError::InvalidDots, error);
        if (label.size() > maxLabelLength)
            return fail(HostNameError::LabelTooLong, error); // too long in any form
    }

    bool ascii = true;
    for (QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii && name.size() > maxNameLength)
        return fail(HostNameError::TooLong, error);

    const QByteArray ace = QUrl::toAce(name.toString());
    if (ace.isEmpty()) {
        // QUrl::toAce() fails silently both for characters IDNA disallows and for labels whose
        // ACE form exceeds 63 octets. A label that fails as a whole although both of its halves
        // convert fine failed for its length.
        for (QStringView label : labels) {
            if (!QUrl::toAce(label.toString()).isEmpty())
                continue;
            const qsizetype half = label.size() / 2;
            const bool halvesValid = half > 0 && !QUrl::toAce(label.left(half).toString()).isEmpty()
                && !QUrl::toAce(label.mid(half).toString()).isEmpty();
            return fail(halvesValid ? HostNameError::LabelTooLong : HostNameError::InvalidCharacter, error);
        }
        return fail(HostNameError::InvalidCharacter, error);
    }

    // IDNA maps some characters (ideographic full stop, full-width letters) to ASCII,
    // so look at the result again.
    const QString result = QString::fromLatin1(ace).toLower();
    const QList<QStringView> aceLabels = QStringView(result).split(u'.');
    for (QStringView label : aceLabels) {
        if (label.isEmpty())
            return fail(HostNameError::InvalidDots, error);
        if (label.size() > maxLabelLength)
            return fail(HostNameError::LabelTooLong, error);
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return fail(HostNameError::InvalidCharacter, error);
        for (QChar c : label) {
            if (!isLdhAscii(c))
                return fail(HostNameError::InvalidCharacter, error);
        }
        // An A-label must be the one its own U-label encodes to (RFC 5891 5.4). QUrl::toAce()
        // passes "xn--" labels through unchecked; a non-canonical one such as "xn---m-chgn-6y"
        // is displayed as "í-m-chgn", whose real ACE form "xn---m-chgn-6ya" is another domain.
        if (label.startsWith(u"xn--")) {
            const QString unicode = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
            if (QString::fromLatin1(QUrl::toAce(unicode)).toLower() != label)
                return fail(HostNameError::InvalidCharacter, error);
        }
    }
    if (result.size() > maxNameLength)
        return fail(HostNameError::TooLong, error);
    if (aceLabels.size() < 2)
        return fail(HostNameError::NoDot, error);
    if (isAllDigits(aceLabels.last()))
        return fail(HostNameError::IpAddress, error); // "1.2.3.4"-like names that QHostAddress did not take
    // The name as it will be resolved must not be an address either. The check at the top
    // does not see one behind a trailing dot ("127.0x1.") or behind characters that IDNA maps
    // to ASCII (full-width "１２７．０ｘ１"); QHostAddress and getaddrinfo() read "127.0x1" as
    // 127.0.0.1 (inet_aton syntax with hex parts).
    if (!QHostAddress(result).isNull())
        return fail(HostNameError::IpAddress, error);
    return result;
}

} // namespace SmtpDoctor::Detect
