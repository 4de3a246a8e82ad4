// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpDoctor::Detect {

// Public Suffix List helpers (libpsl). Thread-safe; the list is loaded once on first use:
// the newer of libpsl's built-in list and the system's /usr/share/publicsuffix data
// (psl_latest()), falling back to the built-in list alone, so no data file is required.

// The registrable domain ("eTLD+1") of a host, in lower-case ACE form:
// "smtp.mail.example.co.uk" -> "example.co.uk", "mx.google.com" -> "google.com",
// "smtp.bücher.de" -> "xn--bcher-kva.de". Empty for public suffixes themselves ("co.uk"),
// single labels, IP addresses and invalid names. Accepts Unicode or ACE, any case.
[[nodiscard]] QString registrableDomain(const QString &host);

// Both hosts have the same, non-empty registrable domain
// ("smtp.gmail.com" and "gmail-smtp-in.l.google.com" do not; "a.example.org" and "example.org" do).
[[nodiscard]] bool sameRegistrableDomain(const QString &a, const QString &b);

} // namespace SmtpDoctor::Detect
