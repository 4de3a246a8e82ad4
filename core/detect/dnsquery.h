// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QDnsLookup;

namespace SmtpDoctor::Detect {

struct SrvRecord
{
    QString target;    // without the trailing dot; "." (empty here) means "service not offered"
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
    friend bool operator==(const SrvRecord &, const SrvRecord &) = default;
};

struct MxRecord
{
    QString exchange;
    quint16 preference = 0;
    friend bool operator==(const MxRecord &, const MxRecord &) = default;
};

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
    QString detail;
    qint64 ms = 0;
};

// One DNS query (SRV or MX) under a deadline. Qt 6.4's QDnsLookup reports an
// empty answer (NOERROR, no data) as InvalidReplyError; that is "no records".
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
    void finish(DnsAnswer::Status status, const QString &detail);

    QPointer<QDnsLookup> m_lookup;
    QTimer m_deadline;
    DnsAnswer m_answer;
    qint64 m_startMs = 0;
    bool m_done = false;
};

// Orders SRV records for use (RFC 2782): lowest priority first, then highest
// weight; drops a lone "." target (service decidedly not available).
[[nodiscard]] QList<SrvRecord> orderedSrv(const QList<SrvRecord> &records, bool *explicitlyNotOffered = nullptr);
// Lowest preference first.
[[nodiscard]] QList<MxRecord> orderedMx(const QList<MxRecord> &records);

} // namespace SmtpDoctor::Detect
