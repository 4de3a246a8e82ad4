// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/saslutil.h"

#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Sasl::Detail {

QByteArray escapeSaslName(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == ',')
            out += "=2C"_ba;
        else if (c == '=')
            out += "=3D"_ba;
        else
            out += c;
    }
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray randomNonce()
{
    std::array<quint32, 5> words{}; // 20 bytes, of which 18 are used
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray raw(reinterpret_cast<const char *>(words.data()), 18);
    QByteArray nonce = raw.toBase64();
    wipe(raw);
    words.fill(0);
    return nonce;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        secret.fill('\0');
    secret.clear();
}

} // namespace SmtpDoctor::Sasl::Detail
