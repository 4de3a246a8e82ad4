// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Small helpers shared by the mechanism implementations. Internal to core/sasl.
namespace SmtpDoctor::Sasl::Detail {

// RFC 5802 section 5.1 "saslname" (also used by RFC 5801 / RFC 7628 gs2 headers):
// the UTF-8 form of name with ',' written as "=2C" and '=' as "=3D".
// This is deliberately not a full SASLprep (RFC 4013): no NFKC normalisation,
// no mapping of non-ASCII spaces, no prohibited-character checks. For ASCII names
// the result is identical to what SASLprep would give.
[[nodiscard]] QByteArray escapeSaslName(const QString &name);

// Compares two byte arrays without an early exit on the first differing byte.
// Arrays of different length compare unequal (lengths are not secret here).
[[nodiscard]] bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// A fresh random nonce of printable ASCII without ',' (base64 alphabet),
// from QRandomGenerator::system(). 24 characters (18 random bytes).
[[nodiscard]] QByteArray randomNonce();

// Overwrites the bytes of a QByteArray holding a secret before dropping it.
void wipe(QByteArray &secret);

} // namespace SmtpDoctor::Sasl::Detail
