// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/dnsmessage.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QDnsLookup;

namespace SmtpDoctor::Detect {

class DnsRelay;

struct DnsAnswer
{
    enum class Status {
        Found,
        NoRecords,   // the name exists but has no record of this type (NODATA), or NXDOMAIN
        Failed,      // SERVFAIL, refused, malformed
        Timeout,
        Cancelled,
    };
    Status status = Status::Failed;
    QString name;
    QList<SrvRecord> srv;
    QList<MxRecord> mx;
    // SRV only: the A/AAAA records the server added for the SRV targets (additional
    // section), by target (lower-case, no trailing dot), at most kMaxAddressesPerTarget
    // (srvquery.h) each; never addresses of other names. Empty when none came: resolve
    // the target as usual.
    QHash<QString, QList<QHostAddress>> additional;
    QString detail;
    qint64 ms = 0;
};

// One DNS query (SRV or MX) under a deadline. SRV goes through glibc's res_nquery on a
// worker thread (srvquery.h), because QDnsLookup hides the additional section; NXDOMAIN
// and NODATA are "no records". MX goes through QDnsLookup, which in Qt 6.4 reports an
// empty answer (NOERROR, no data) as InvalidReplyError; that is "no records" too.
class DnsQuery : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsQuery)
public:
    enum class Type { Srv, Mx };

    explicit DnsQuery(QObject *parent = nullptr);
    ~DnsQuery() override;

    void start(Type type, const QString &name, int timeoutMs);
    void cancel();

Q_SIGNALS:
    void finished(const SmtpDoctor::Detect::DnsAnswer &answer);

private:
    void onFinished();
    void onSrvResult(const SmtpDoctor::Detect::DnsAnswer &answer);
    void finish(DnsAnswer::Status status, const QString &detail);

    QPointer<QDnsLookup> m_lookup;
    std::shared_ptr<DnsRelay> m_relay; // the running SRV query's way back; reset = ignore it
    QTimer m_deadline;
    DnsAnswer m_answer;
    qint64 m_startMs = 0;
    quint64 m_run = 0; // counts start(): an answer of an earlier run is ignored
    bool m_done = false;
};

// Orders SRV records for use (RFC 2782): lowest priority first, then highest
// weight; drops a lone "." target (service decidedly not available).
[[nodiscard]] QList<SrvRecord> orderedSrv(const QList<SrvRecord> &records, bool *explicitlyNotOffered = nullptr);
// Lowest preference first.
[[nodiscard]] QList<MxRecord> orderedMx(const QList<MxRecord> &records);

} // namespace SmtpDoctor::Detect
