// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Detect::aceHostName with arbitrary text. An accepted name must be a lower-case
// ACE DNS name of at least two LDH labels, never an IP address, that the function maps to
// itself again (also from its Unicode form).
//
// Input layout: the name first; the last byte chooses UTF-8 or raw UTF-16.
#include "fuzzcommon.h"

#include "detect/hostname.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

using namespace SmtpDoctor::Detect;
using namespace Qt::StringLiterals;

namespace {

bool isLdh(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    const uint8_t mode = fdp.ConsumeIntegral<uint8_t>();
    const std::vector<uint8_t> rest = fdp.ConsumeRemainingBytes<uint8_t>();
    const QString name = SmtpDoctor::Fuzz::text(
        QByteArray(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size())), mode & 1);

    HostNameError error = HostNameError::InvalidDots;
    const std::optional<QString> ace = aceHostName(name, &error);
    FUZZ_CHECK(aceHostName(name) == ace); // the error out-parameter changes nothing
    if (!ace) {
        FUZZ_CHECK(error != HostNameError::None);
        return 0;
    }
    FUZZ_CHECK(error == HostNameError::None);
    FUZZ_CHECK(!ace->isEmpty() && ace->size() <= 253);
    const QStringList labels = ace->split(u'.');
    FUZZ_CHECK(labels.size() >= 2);
    for (const QString &label : labels) {
        FUZZ_CHECK(!label.isEmpty() && label.size() <= 63);
        FUZZ_CHECK(!label.startsWith(u'-') && !label.endsWith(u'-'));
        for (QChar c : label)
            FUZZ_CHECK(isLdh(c));
    }
    bool allDigits = true;
    for (QChar c : labels.last())
        allDigits = allDigits && c >= u'0' && c <= u'9';
    FUZZ_CHECK(!allDigits);
    // Never an address in disguise ("127.0x1" is 127.0.0.1 to QHostAddress and getaddrinfo()).
    FUZZ_CHECK(QHostAddress(*ace).isNull());

    // Idempotent, case-insensitive, and the fully qualified form means the same.
    FUZZ_CHECK(aceHostName(*ace) == ace);
    FUZZ_CHECK(aceHostName(ace->toUpper()) == ace);
    FUZZ_CHECK(aceHostName(QString(*ace + u'.')) == ace);
    // The Unicode form (as shown to the user) names the same host.
    FUZZ_CHECK(aceHostName(QUrl::fromAce(ace->toLatin1(), QUrl::IgnoreIDNWhitelist)) == ace);
    FUZZ_CHECK(aceHostName(QUrl::fromAce(ace->toLatin1())) == ace);
    return 0;
}
