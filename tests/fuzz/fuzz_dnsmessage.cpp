// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Detect::parseDnsMessage with arbitrary bytes as a DNS response. It must never read
// outside the input, loop or crash (ASan/UBSan/libFuzzer's timeout catch that); names are
// lower-case printable ASCII within 255 octets (escaped, so at most 4 characters per octet);
// the sections before an error are complete; the result is deterministic; an address list
// asked for a name holds only that name's A/AAAA records, without duplicates, within the cap.
//
// Input layout: the message as is (no trailer).
#include "fuzzcommon.h"

#include "detect/dnsmessage.h"

#include <QSet>

using namespace SmtpDoctor::Detect;
using namespace Qt::StringLiterals;

namespace {

void checkName(const QString &name)
{
    FUZZ_CHECK(name.size() <= 4 * 255);
    FUZZ_CHECK(!name.endsWith(u'.') && !name.startsWith(u'.') && !name.contains(u".."_s));
    for (QChar c : name) {
        FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f);
        FUZZ_CHECK(!(c >= u'A' && c <= u'Z'));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray wire = SmtpDoctor::Fuzz::bytes(data, size);
    const DnsMessage m = parseDnsMessage(wire);
    FUZZ_CHECK(m.ok() == m.error.isEmpty());
    if (m.ok())
        FUZZ_CHECK(m.answerComplete);
    if (size < 12)
        FUZZ_CHECK(!m.ok() && !m.answerComplete);
    FUZZ_CHECK(m.rcode <= 15);
    // Every record takes at least 11 octets (root name, type, class, TTL, length).
    FUZZ_CHECK(qsizetype(m.srv.size() + m.mx.size() + m.additional.size()) * 11 <= qsizetype(size));
    checkName(m.questionName);
    for (const SrvRecord &r : m.srv)
        checkName(r.target);
    for (const MxRecord &r : m.mx)
        checkName(r.exchange);
    for (const AddressRecord &a : m.additional) {
        checkName(a.name);
        FUZZ_CHECK(a.address.protocol() == QAbstractSocket::IPv4Protocol
                   || a.address.protocol() == QAbstractSocket::IPv6Protocol);
    }

    const DnsMessage again = parseDnsMessage(wire);
    FUZZ_CHECK(again.error == m.error && again.srv == m.srv && again.mx == m.mx && again.additional == m.additional);

    for (const SrvRecord &r : m.srv) {
        const QList<QHostAddress> addresses = m.additionalAddresses(r.target, 8);
        FUZZ_CHECK(addresses.size() <= 8);
        FUZZ_CHECK(QSet<QHostAddress>(addresses.cbegin(), addresses.cend()).size() == addresses.size());
        for (const QHostAddress &a : addresses)
            FUZZ_CHECK(m.additional.contains(AddressRecord{r.target, a}));
        FUZZ_CHECK(m.additionalAddresses(r.target.toUpper(), 8) == addresses);
    }
    return 0;
}
