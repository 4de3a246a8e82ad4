// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detectresult.h"
#include "detect/emailaddress.h"

#include <QString>

namespace SmtpDoctor::Detect {

// One detection serving every address of a domain (BatchDetector): what differs between two
// addresses of the same domain is the login name, and only through the placeholders
// %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% (Candidate::usernameTemplate). Pure.

// The template to keep for a login name that came from the one source that learned the address
// itself (the domain's own autoconfig, asked with ?emailaddress=). A template with one of the
// three placeholders is kept. A literal name equal to the address or to its local part (any case)
// was most likely filled in by the server and becomes %EMAILADDRESS% / %EMAILLOCALPART%. Any
// other literal may have been made for that address too, so it becomes empty: unknown for
// every other address, never another person's login name.
[[nodiscard]] QString templateFromAddressedSource(const QString &usernameTemplate, const EmailAddress &sentAddress);

// False when a host name in the result was built from the local part of the address it was
// detected for (an autoconfig <hostname> with %EMAILADDRESS% or %EMAILLOCALPART%): then the
// result holds for that address only and the others need a detection of their own.
[[nodiscard]] bool servesWholeDomain(const DetectResult &domainResult);

// domainResult (a finished detection for an address of address's domain) for address: the
// address, and every login name made again from its template (empty when the template is
// empty). For the address domainResult was made for, domainResult itself. Sources, timings,
// notes and the probe outcomes are kept: they describe the one detection that served both.
[[nodiscard]] DetectResult resultForAddress(const DetectResult &domainResult, const EmailAddress &address);

} // namespace SmtpDoctor::Detect
