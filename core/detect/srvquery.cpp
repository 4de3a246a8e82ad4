// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/srvquery.h"

#include "detect/dnsmessage.h"

#include <QByteArray>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>
#include <iterator>
#include <cstring>

#include <arpa/nameser.h>
#include <netdb.h>
#include <netinet/in.h>
#include <resolv.h>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

constexpr int kBufferBytes = 65535; // the largest DNS message (over TCP)
constexpr int kHeaderBytes = 12;

class SrvPool : public QThreadPool
{
public:
    SrvPool() { setMaxThreadCount(8); }
};
Q_GLOBAL_STATIC(SrvPool, srvPool)

QString rcodeName(quint8 rcode)
{
    // RFC 1035 4.1.1 and RFC 6895 2.3, in the order of their values.
    static const QString names[] = {u"NOERROR"_s, u"FORMERR"_s, u"SERVFAIL"_s,
                                    u"NXDOMAIN"_s, u"NOTIMP"_s, u"REFUSED"_s};
    return rcode < std::size(names) ? names[rcode] : u"RCODE %1"_s.arg(rcode);
}

DnsAnswer answer(const QString &name, DnsAnswer::Status status, const QString &detail)
{
    DnsAnswer a;
    a.name = name;
    a.status = status;
    a.detail = detail;
    return a;
}

// The name as res_nquery wants it: ACE, absolute (trailing dot), so no search list applies.
QByteArray absoluteName(const QString &name)
{
    bool ascii = true;
    for (QChar c : name)
        ascii = ascii && c.unicode() < 0x80;
    QByteArray out = ascii ? name.toLatin1() : QUrl::toAce(name);
    if (!out.endsWith('.'))
        out += '.';
    return out;
}

} // namespace

DnsAnswer srvAnswerFromReply(const QString &name, int length, int hErrno, QByteArrayView buffer)
{
    using Status = DnsAnswer::Status;
    if (length < 0) {
        // glibc: NXDOMAIN -> HOST_NOT_FOUND, NOERROR without answer -> NO_DATA, SERVFAIL or
        // no reply at all -> TRY_AGAIN, FORMERR/NOTIMP/REFUSED -> NO_RECOVERY.
        if (hErrno == HOST_NOT_FOUND)
            return answer(name, Status::NoRecords, u"NXDOMAIN"_s);
        if (hErrno == NO_DATA)
            return answer(name, Status::NoRecords, u"no records (NODATA)"_s);
        // With an error rcode glibc leaves the reply in the buffer (zero-filled before).
        if (buffer.size() >= kHeaderBytes && (quint8(buffer[2]) & 0x80) != 0)
            return answer(name, Status::Failed, u"DNS error %1"_s.arg(rcodeName(quint8(buffer[3]) & 0x0F)));
        return answer(name, Status::Failed,
                      hErrno == TRY_AGAIN ? u"no answer from the DNS server"_s : u"DNS lookup failed (h_errno %1)"_s.arg(hErrno));
    }
    const DnsMessage m = parseDnsMessage(buffer.first(std::min<qsizetype>(length, buffer.size())));
    if (!m.answerComplete || !m.isResponse)
        return answer(name, Status::Failed, u"malformed DNS reply: %1"_s.arg(m.isResponse ? m.error : u"not a response"_s));
    if (m.rcode == quint8(DnsMessage::Rcode::NxDomain))
        return answer(name, Status::NoRecords, u"NXDOMAIN"_s);
    if (m.rcode != quint8(DnsMessage::Rcode::NoError))
        return answer(name, Status::Failed, u"DNS error %1"_s.arg(rcodeName(m.rcode)));
    if (m.srv.isEmpty())
        return answer(name, Status::NoRecords, u"no records (no SRV record in the answer)"_s);
    DnsAnswer a = answer(name, Status::Found, {});
    a.srv = m.srv;
    // Addresses only from a message that parsed completely, and only of the SRV targets:
    // whatever else a server adds is not asked for and not used.
    if (m.ok()) {
        for (const SrvRecord &r : std::as_const(a.srv)) {
            if (r.target.isEmpty() || a.additional.contains(r.target))
                continue;
            const QList<QHostAddress> addresses = m.additionalAddresses(r.target, kMaxAddressesPerTarget);
            if (!addresses.isEmpty())
                a.additional.insert(r.target, addresses);
        }
    }
    return a;
}

void startSrvQuery(const std::shared_ptr<DnsRelay> &relay, const QString &name, int timeoutMs)
{
    const QByteArray absolute = absoluteName(name);
    // glibc waits `retrans` seconds for the first try (per server); one try only.
    const int seconds = std::clamp((timeoutMs + 999) / 1000, 1, 30);
    srvPool()->start([relay, name, absolute, seconds] {
        DnsAnswer a;
        struct __res_state state;
        std::memset(&state, 0, sizeof state);
        if (res_ninit(&state) != 0) {
            a = answer(name, DnsAnswer::Status::Failed, u"cannot read the resolver configuration"_s);
        } else {
            state.retrans = seconds;
            state.retry = 1;
            QByteArray buffer(kBufferBytes, '\0');
            const int length = res_nquery(&state, absolute.constData(), ns_c_in, ns_t_srv,
                                          reinterpret_cast<unsigned char *>(buffer.data()), int(buffer.size()));
            const int hErrno = state.res_h_errno;
            res_nclose(&state);
            a = srvAnswerFromReply(name, length, hErrno, buffer);
        }
        Q_EMIT relay->done(a);
    });
}

} // namespace SmtpDoctor::Detect
