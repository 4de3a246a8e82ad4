// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Detect::EmailAddress::parse with arbitrary text. An accepted address must obey
// the documented limits, and its printed forms (address(), aceAddress()) must parse back
// to the very same value (round trip).
//
// Input layout: the text first; the last byte chooses UTF-8 or raw UTF-16.
#include "fuzzcommon.h"

#include "detect/emailaddress.h"
#include "detect/hostname.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace SmtpDoctor::Detect;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    const uint8_t mode = fdp.ConsumeIntegral<uint8_t>();
    const std::vector<uint8_t> rest = fdp.ConsumeRemainingBytes<uint8_t>();
    const QString input = SmtpDoctor::Fuzz::text(
        QByteArray(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size())), mode & 1);

    AddressError error = AddressError::Empty;
    const std::optional<EmailAddress> address = EmailAddress::parse(input, &error);
    FUZZ_CHECK(EmailAddress::parse(input) == address);
    if (!address) {
        FUZZ_CHECK(error != AddressError::None);
        FUZZ_CHECK(!addressErrorText(error).isEmpty());
        return 0;
    }
    FUZZ_CHECK(error == AddressError::None);
    FUZZ_CHECK(addressErrorText(error).isEmpty());

    const QString local = address->localPart();
    FUZZ_CHECK(!local.isEmpty());
    FUZZ_CHECK(local.toUtf8().size() <= 64);
    for (QChar c : local)
        FUZZ_CHECK(c.category() != QChar::Other_Control);
    if (local.startsWith(u'"'))
        FUZZ_CHECK(local.size() >= 3 && local.endsWith(u'"'));
    FUZZ_CHECK(!address->domain().isEmpty());
    const std::optional<QString> ace = aceHostName(address->aceDomain());
    FUZZ_CHECK(ace && *ace == address->aceDomain());
    FUZZ_CHECK(address->address() == local + u'@' + address->domain());
    FUZZ_CHECK(address->aceAddress() == local + u'@' + address->aceDomain());

    // Round trip: both printed forms denote the same address.
    AddressError again = AddressError::Empty;
    const std::optional<EmailAddress> reparsed = EmailAddress::parse(address->address(), &again);
    if (reparsed != address) {
        std::fprintf(stderr, "input \"%s\" gave local \"%s\" domain \"%s\" ace \"%s\"; its re-parse ",
                     qUtf8Printable(input), qUtf8Printable(local), qUtf8Printable(address->domain()),
                     qUtf8Printable(address->aceDomain()));
        if (reparsed)
            std::fprintf(stderr, "gave local \"%s\" domain \"%s\" ace \"%s\"\n", qUtf8Printable(reparsed->localPart()),
                         qUtf8Printable(reparsed->domain()), qUtf8Printable(reparsed->aceDomain()));
        else
            std::fprintf(stderr, "failed with error %d\n", int(again));
    }
    FUZZ_CHECK(reparsed == address);
    FUZZ_CHECK(EmailAddress::parse(address->aceAddress()) == address);
    FUZZ_CHECK(EmailAddress::parse(u"  "_s + address->address() + u"\t"_s) == address);
    return 0;
}
