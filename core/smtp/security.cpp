// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/security.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor {

QString securityId(Security s)
{
    switch (s) {
    case Security::Tls:
        return u"tls"_s;
    case Security::StartTls:
        return u"starttls"_s;
    case Security::None:
        return u"none"_s;
    }
    return {};
}

std::optional<Security> securityFromId(QStringView id)
{
    for (Security s : {Security::Tls, Security::StartTls, Security::None}) {
        if (id.compare(securityId(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    if (id.compare(u"ssl", Qt::CaseInsensitive) == 0)
        return Security::Tls;
    return std::nullopt;
}

quint16 defaultPort(Security s)
{
    return s == Security::Tls ? 465 : 587;
}

} // namespace SmtpDoctor
