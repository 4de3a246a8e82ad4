// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpDoctor::Detect {

// Why a string is not usable as an internet host or domain name.
enum class HostNameError {
    None,
    Empty,            // nothing at all
    InvalidDots,      // an empty label: leading dot, two dots in a row, or more than one trailing dot
    InvalidCharacter, // a character that has no place in a host name (space, '/', ':', '@', '_', ...),
                      // a label that starts or ends with '-', or a Unicode label that IDNA rejects
    LabelTooLong,     // a label (the part between two dots) longer than 63 octets in ACE form
    TooLong,          // longer than 253 octets in ACE form
    NoDot,            // a single label such as "localhost": never a public internet name
    IpAddress,        // an IPv4/IPv6 address, an "[...]" address literal, or an all-numeric top-level label
};

// The lower-case ACE form ("xn--bcher-kva.de") of a host or domain name given in ASCII
// or Unicode ("Bücher.DE"), or nullopt (with *error set) when it is not a public DNS name
// made of LDH labels: letters, digits and '-' per label (RFC 1123 2.1, RFC 5890 IDNA).
// One trailing dot (fully qualified form) is accepted and dropped. Schemes, ports, paths,
// user names, spaces, IP addresses and single-label names are all rejected. Pure.
[[nodiscard]] std::optional<QString> aceHostName(QStringView name, HostNameError *error = nullptr);

} // namespace SmtpDoctor::Detect
