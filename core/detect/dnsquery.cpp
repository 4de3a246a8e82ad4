// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/dnsquery.h"

#include <QDateTime>
#include <QDnsLookup>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {
QString withoutTrailingDot(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name.toLower();
}
} // namespace

DnsQuery::DnsQuery(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(DnsAnswer::Status::Timeout, u"no DNS answer in time"_s); });
}

DnsQuery::~DnsQuery()
{
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
        m_lookup->deleteLater();
    }
}

void DnsQuery::start(Type type, const QString &name, int timeoutMs)
{
    m_answer = DnsAnswer{};
    m_answer.name = name;
    m_done = false;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    auto *lookup = new QDnsLookup(type == Type::Srv ? QDnsLookup::SRV : QDnsLookup::MX, name, this);
    m_lookup = lookup;
    connect(lookup, &QDnsLookup::finished, this, &DnsQuery::onFinished);
    m_deadline.start(timeoutMs);
    lookup->lookup();
}

void DnsQuery::cancel()
{
    finish(DnsAnswer::Status::Cancelled, u"cancelled"_s);
}

void DnsQuery::onFinished()
{
    if (m_done || !m_lookup)
        return;
    switch (m_lookup->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        finish(DnsAnswer::Status::NoRecords, u"NXDOMAIN"_s);
        return;
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4 says this for NOERROR with an empty answer section.
        finish(DnsAnswer::Status::NoRecords, u"no records (%1)"_s.arg(m_lookup->errorString()));
        return;
    default:
        finish(DnsAnswer::Status::Failed, m_lookup->errorString());
        return;
    }
    for (const QDnsServiceRecord &r : m_lookup->serviceRecords())
        m_answer.srv << SrvRecord{withoutTrailingDot(r.target()), r.port(), r.priority(), r.weight()};
    for (const QDnsMailExchangeRecord &r : m_lookup->mailExchangeRecords())
        m_answer.mx << MxRecord{withoutTrailingDot(r.exchange()), r.preference()};
    const bool any = !m_answer.srv.isEmpty() || !m_answer.mx.isEmpty();
    finish(any ? DnsAnswer::Status::Found : DnsAnswer::Status::NoRecords, {});
}

void DnsQuery::finish(DnsAnswer::Status status, const QString &detail)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
        m_lookup->deleteLater();
        m_lookup = nullptr;
    }
    m_answer.status = status;
    m_answer.detail = detail;
    m_answer.ms = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    const DnsAnswer copy = m_answer;
    QTimer::singleShot(0, this, [this, copy] { Q_EMIT finished(copy); });
}

QList<SrvRecord> orderedSrv(const QList<SrvRecord> &records, bool *explicitlyNotOffered)
{
    // RFC 2782: a single record with target "." means the service is decidedly not available.
    const bool dot = records.size() == 1 && (records.first().target.isEmpty() || records.first().target == u"."_s);
    if (explicitlyNotOffered)
        *explicitlyNotOffered = dot;
    QList<SrvRecord> out;
    for (const SrvRecord &r : records) {
        if (!r.target.isEmpty() && r.target != u"."_s && r.port != 0)
            out << r;
    }
    std::stable_sort(out.begin(), out.end(), [](const SrvRecord &a, const SrvRecord &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.weight > b.weight;
    });
    return out;
}

QList<MxRecord> orderedMx(const QList<MxRecord> &records)
{
    QList<MxRecord> out = records;
    std::stable_sort(out.begin(), out.end(), [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
    return out;
}

} // namespace SmtpDoctor::Detect
