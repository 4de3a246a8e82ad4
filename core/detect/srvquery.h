// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/dnsquery.h"

#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <memory>

namespace SmtpDoctor::Detect {

// How many addresses of one SRV target we take from the additional section.
inline constexpr qsizetype kMaxAddressesPerTarget = 8;

// The way back from a worker thread: the worker holds a reference and emits done();
// the DnsQuery (owner thread) receives it queued, or not at all once it is gone or has
// let go of the relay. The relay itself has no slots, receives no events and may be
// destroyed on either thread.
class DnsRelay : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsRelay)
public:
    DnsRelay() = default;
    ~DnsRelay() override = default;

Q_SIGNALS:
    void done(const SmtpDoctor::Detect::DnsAnswer &answer);
};

// The SRV answer for `name` from what res_nquery returned: `length` (-1 on failure),
// `hErrno` (the resolver state's h_errno, meaningful when length < 0) and the answer
// buffer (zero-filled before the call; on an error rcode glibc leaves the reply in it).
// Pure. Only A/AAAA records of the SRV targets are kept, at most kMaxAddressesPerTarget
// each. `status` is never Timeout or Cancelled; `ms` is not set.
[[nodiscard]] DnsAnswer srvAnswerFromReply(const QString &name, int length, int hErrno, QByteArrayView buffer);

// Runs res_nquery(name, IN, SRV) on a worker thread (a pool of our own, so slow DNS never
// starves QThreadPool::globalInstance()) and emits relay->done() with the answer. The
// resolver's own retries are bounded by timeoutMs, so a worker is not kept much longer.
void startSrvQuery(const std::shared_ptr<DnsRelay> &relay, const QString &name, int timeoutMs);

} // namespace SmtpDoctor::Detect
