// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

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

// An A or AAAA record: whose address it is (owner name) and the address.
struct AddressRecord
{
    QString name;
    QHostAddress address;
    friend bool operator==(const AddressRecord &, const AddressRecord &) = default;
};

// A DNS response as far as we use it (RFC 1035 4.1). Names are in presentation form,
// lower-case, without the trailing dot (the root is ""); a byte outside printable ASCII,
// a "." or a "\" inside a label is written as \DDD, so no two wire names read the same.
struct DnsMessage
{
    enum class Rcode : quint8 { NoError = 0, FormErr = 1, ServFail = 2, NxDomain = 3, NotImp = 4, Refused = 5 };

    quint16 id = 0;
    bool isResponse = false;
    bool truncated = false;           // TC: the server cut the message short (records may be missing)
    quint8 rcode = 0;                 // the header's 4 bits (see Rcode)
    QString questionName;             // of the first question
    quint16 questionType = 0;
    quint16 answerCount = 0;          // as the header says
    QList<SrvRecord> srv;             // SRV (class IN) of the answer section
    QList<MxRecord> mx;               // MX (class IN) of the answer section
    QList<AddressRecord> additional;  // A/AAAA (class IN) of the additional section
    // Empty when the whole message parsed; else what was wrong where. The header, the
    // question and the answer section are usable when answerComplete is true.
    QString error;
    bool answerComplete = false;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    // The addresses of `name` (compared case-insensitively, trailing dot optional) from the
    // additional section, duplicates dropped, at most `max`, in the order of the message.
    [[nodiscard]] QList<QHostAddress> additionalAddresses(const QString &name, qsizetype max) const;
};

namespace DnsType {
inline constexpr quint16 A = 1;
inline constexpr quint16 Cname = 5;
inline constexpr quint16 Mx = 15;
inline constexpr quint16 Aaaa = 28;
inline constexpr quint16 Srv = 33;
}

// Parses a DNS message off the wire. Pure; never reads outside `wire`, never loops: every
// count and length is checked against what is left, compression pointers must point
// backwards (RFC 1035 4.1.4: "a prior occurrence"), names stay within 255 octets.
[[nodiscard]] DnsMessage parseDnsMessage(QByteArrayView wire);

} // namespace SmtpDoctor::Detect
