// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/dnsquery.h"

#include "detect/srvquery.h"

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
    if (m_relay)
        m_relay->disconnect(this);
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
    ++m_run;
    if (type == Type::Srv) {
        auto relay = std::make_shared<DnsRelay>();
        connect(
            relay.get(), &DnsRelay::done, this,
            [this, run = m_run](const DnsAnswer &answer) {
                if (run == m_run)
                    onSrvResult(answer);
            },
            Qt::QueuedConnection);
        m_relay = relay;
        m_deadline.start(timeoutMs);
        startSrvQuery(relay, name, timeoutMs);
        return;
    }
    auto *lookup = new QDnsLookup(QDnsLookup::MX, name, this);
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
    for (const QDnsMailExchangeRecord &r : m_lookup->mailExchangeRecords())
        m_answer.mx << MxRecord{withoutTrailingDot(r.exchange()), r.preference()};
    finish(!m_answer.mx.isEmpty() ? DnsAnswer::Status::Found : DnsAnswer::Status::NoRecords, {});
}

void DnsQuery::onSrvResult(const DnsAnswer &answer)
{
    if (m_done)
        return;
    m_answer.srv = answer.srv;
    m_answer.additional = answer.additional;
    finish(answer.status, answer.detail);
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
    if (m_relay) {
        // The worker may still be running: it keeps the relay alive and emits into nothing.
        m_relay->disconnect(this);
        m_relay.reset();
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
