// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/dnsmessage.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

constexpr int kMaxNameOctets = 255;   // RFC 1035 3.1, length octets and the root included
constexpr int kMaxPointerHops = 64;   // more than any real name needs; termination does not rely on it
constexpr quint16 kClassIn = 1;

class Reader
{
public:
    explicit Reader(QByteArrayView wire)
        : m_wire(wire)
    {
    }

    [[nodiscard]] qsizetype pos() const { return m_pos; }
    [[nodiscard]] qsizetype left() const { return m_wire.size() - m_pos; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }

    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = u"%1 at offset %2"_s.arg(what).arg(m_pos);
        return false;
    }

    bool u8(quint8 *v)
    {
        if (left() < 1)
            return fail(u"truncated"_s);
        *v = byteAt(m_pos++);
        return true;
    }

    bool u16(quint16 *v)
    {
        if (left() < 2)
            return fail(u"truncated"_s);
        *v = quint16((byteAt(m_pos) << 8) | byteAt(m_pos + 1));
        m_pos += 2;
        return true;
    }

    bool u32(quint32 *v)
    {
        quint16 hi = 0;
        quint16 lo = 0;
        if (!u16(&hi) || !u16(&lo))
            return false;
        *v = (quint32(hi) << 16) | lo;
        return true;
    }

    bool skip(qsizetype n)
    {
        if (n < 0 || left() < n)
            return fail(u"truncated"_s);
        m_pos += n;
        return true;
    }

    // A domain name at the current position (RFC 1035 3.1, 4.1.4); the position moves past
    // it (past the first pointer if compressed).
    bool name(QString *out)
    {
        QString text;
        qsizetype p = m_pos;
        qsizetype segmentStart = m_pos; // a pointer must point before this
        qsizetype after = -1;           // where the name ends in the stream (after the first pointer)
        int octets = 1;                 // the root label's length octet
        int hops = 0;
        for (;;) {
            if (p >= m_wire.size())
                return failAt(p, u"truncated name"_s);
            const quint8 len = byteAt(p);
            if ((len & 0xC0) == 0xC0) {
                if (p + 1 >= m_wire.size())
                    return failAt(p, u"truncated name"_s);
                const qsizetype target = qsizetype(((len & 0x3F) << 8) | byteAt(p + 1));
                if (target >= segmentStart)
                    return failAt(p, u"compression pointer not pointing backwards"_s);
                if (++hops > kMaxPointerHops)
                    return failAt(p, u"too many compression pointers"_s);
                if (after < 0)
                    after = p + 2;
                p = segmentStart = target;
                continue;
            }
            if ((len & 0xC0) != 0)
                return failAt(p, u"unknown label type"_s);
            if (len == 0) {
                ++p;
                break;
            }
            octets += 1 + len;
            if (octets > kMaxNameOctets)
                return failAt(p, u"name longer than 255 octets"_s);
            if (p + 1 + len > m_wire.size())
                return failAt(p, u"truncated name"_s);
            if (!text.isEmpty())
                text += u'.';
            for (qsizetype i = p + 1; i <= p + len; ++i)
                appendLabelByte(text, byteAt(i));
            p += 1 + len;
        }
        m_pos = after >= 0 ? after : p;
        *out = text;
        return true;
    }

private:
    [[nodiscard]] quint8 byteAt(qsizetype i) const { return quint8(m_wire[i]); }

    bool failAt(qsizetype at, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = u"%1 at offset %2"_s.arg(what).arg(at);
        return false;
    }

    static void appendLabelByte(QString &text, quint8 c)
    {
        if (c > 0x20 && c < 0x7f && c != '.' && c != '\\') {
            text += QChar(c >= 'A' && c <= 'Z' ? char16_t(c + ('a' - 'A')) : char16_t(c));
            return;
        }
        text += u'\\';
        text += QString::number(c).rightJustified(3, u'0');
    }

    QByteArrayView m_wire;
    qsizetype m_pos = 0;
    QString m_error;
};

enum class Section { Answer, Authority, Additional };

// One resource record; what we use of it goes into `m`.
bool readRecord(Reader &r, Section section, DnsMessage &m)
{
    QString owner;
    quint16 type = 0;
    quint16 klass = 0;
    quint32 ttl = 0;
    quint16 rdLength = 0;
    if (!r.name(&owner) || !r.u16(&type) || !r.u16(&klass) || !r.u32(&ttl) || !r.u16(&rdLength))
        return false;
    if (r.left() < rdLength)
        return r.fail(u"record data truncated"_s);
    const qsizetype rdEnd = r.pos() + rdLength;
    if (klass != kClassIn)
        return r.skip(rdLength);
    if (section == Section::Answer && type == DnsType::Srv) {
        SrvRecord srv;
        if (!r.u16(&srv.priority) || !r.u16(&srv.weight) || !r.u16(&srv.port) || !r.name(&srv.target))
            return false;
        if (r.pos() != rdEnd)
            return r.fail(u"SRV record data of the wrong length"_s);
        m.srv << srv;
        return true;
    }
    if (section == Section::Answer && type == DnsType::Mx) {
        MxRecord mx;
        if (!r.u16(&mx.preference) || !r.name(&mx.exchange))
            return false;
        if (r.pos() != rdEnd)
            return r.fail(u"MX record data of the wrong length"_s);
        m.mx << mx;
        return true;
    }
    if (section == Section::Additional && (type == DnsType::A || type == DnsType::Aaaa)) {
        const int size = type == DnsType::A ? 4 : 16;
        if (rdLength != size)
            return r.fail(u"address record of the wrong length"_s);
        quint8 bytes[16] = {};
        for (int i = 0; i < size; ++i) {
            if (!r.u8(&bytes[i]))
                return false;
        }
        QHostAddress address;
        if (type == DnsType::A)
            address.setAddress(quint32((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]));
        else
            address.setAddress(bytes);
        m.additional << AddressRecord{owner, address};
        return true;
    }
    return r.skip(rdLength);
}

} // namespace

QList<QHostAddress> DnsMessage::additionalAddresses(const QString &name, qsizetype max) const
{
    QString wanted = name.toLower();
    if (wanted.endsWith(u'.'))
        wanted.chop(1);
    QList<QHostAddress> out;
    for (const AddressRecord &a : additional) {
        if (out.size() >= max)
            break;
        if (a.name == wanted && !out.contains(a.address))
            out << a.address;
    }
    return out;
}

DnsMessage parseDnsMessage(QByteArrayView wire)
{
    DnsMessage m;
    Reader r(wire);
    quint16 flags = 0;
    quint16 counts[4] = {};
    if (!r.u16(&m.id) || !r.u16(&flags) || !r.u16(&counts[0]) || !r.u16(&counts[1]) || !r.u16(&counts[2])
        || !r.u16(&counts[3])) {
        m.error = u"header: "_s + r.error();
        return m;
    }
    m.isResponse = (flags & 0x8000) != 0;
    m.truncated = (flags & 0x0200) != 0;
    m.rcode = quint8(flags & 0x000F);
    m.answerCount = counts[1];
    for (int i = 0; i < counts[0]; ++i) {
        QString name;
        quint16 type = 0;
        quint16 klass = 0;
        if (!r.name(&name) || !r.u16(&type) || !r.u16(&klass)) {
            m.error = u"question: "_s + r.error();
            return m;
        }
        if (i == 0) {
            m.questionName = name;
            m.questionType = type;
        }
    }
    const Section sections[3] = {Section::Answer, Section::Authority, Section::Additional};
    const QString names[3] = {u"answer"_s, u"authority"_s, u"additional"_s};
    for (int s = 0; s < 3; ++s) {
        for (int i = 0; i < counts[s + 1]; ++i) {
            if (!readRecord(r, sections[s], m)) {
                m.error = u"%1 section, record %2: %3"_s.arg(names[s]).arg(i + 1).arg(r.error());
                return m;
            }
        }
        if (sections[s] == Section::Answer)
            m.answerComplete = true;
    }
    if (r.left() > 0)
        m.error = u"%1 bytes after the last record"_s.arg(r.left());
    return m;
}

} // namespace SmtpDoctor::Detect
