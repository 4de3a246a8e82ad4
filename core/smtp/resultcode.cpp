// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/resultcode.h"

#include <array>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace SmtpDoctor {

namespace {
constexpr std::array kIds = {
    std::pair<ResultCode, std::u16string_view>{ResultCode::Ok, u"ok"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::InvalidInput, u"invalid_input"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::DnsFailure, u"dns_failure"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::ConnectRefused, u"connect_refused"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::ConnectTimeout, u"connect_timeout"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::NetworkUnreachable, u"network_unreachable"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::NoGreeting, u"no_greeting"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::ProtocolError, u"protocol_error"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::WrongSecurityMode, u"wrong_security_mode"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::TlsHandshakeFailed, u"tls_handshake_failed"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::CertificateUntrusted, u"certificate_untrusted"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::CertificateExpired, u"certificate_expired"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::CertificateHostnameMismatch, u"certificate_hostname_mismatch"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::StartTlsNotOffered, u"starttls_not_offered"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::AuthNotOffered, u"auth_not_offered"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::AuthFailed, u"auth_failed"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::AuthMechanismUnsupported, u"auth_mechanism_unsupported"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::PlaintextAuthRefused, u"plaintext_auth_refused"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::SenderRejected, u"sender_rejected"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::RecipientRejected, u"recipient_rejected"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::MessageRejected, u"message_rejected"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::ServerUnavailable, u"server_unavailable"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::Timeout, u"timeout"},
    std::pair<ResultCode, std::u16string_view>{ResultCode::Cancelled, u"cancelled"},
};
} // namespace

QString resultCodeId(ResultCode code)
{
    for (const auto &[c, id] : kIds) {
        if (c == code)
            return QString::fromUtf16(id.data(), qsizetype(id.size()));
    }
    return {};
}

std::optional<ResultCode> resultCodeFromId(QStringView id)
{
    for (const auto &[c, name] : kIds) {
        if (id == QStringView(name))
            return c;
    }
    return std::nullopt;
}

int exitCodeFor(ResultCode code)
{
    switch (code) {
    case ResultCode::Ok:
        return ExitOk;
    case ResultCode::InvalidInput:
        return ExitUsage;
    case ResultCode::DnsFailure:
    case ResultCode::ConnectRefused:
    case ResultCode::ConnectTimeout:
    case ResultCode::NetworkUnreachable:
        return ExitNetwork;
    case ResultCode::WrongSecurityMode:
    case ResultCode::TlsHandshakeFailed:
    case ResultCode::CertificateUntrusted:
    case ResultCode::CertificateExpired:
    case ResultCode::CertificateHostnameMismatch:
    case ResultCode::StartTlsNotOffered:
        return ExitTls;
    case ResultCode::AuthNotOffered:
    case ResultCode::AuthFailed:
    case ResultCode::AuthMechanismUnsupported:
    case ResultCode::PlaintextAuthRefused:
        return ExitAuth;
    case ResultCode::NoGreeting:
    case ResultCode::ProtocolError:
    case ResultCode::SenderRejected:
    case ResultCode::RecipientRejected:
    case ResultCode::MessageRejected:
    case ResultCode::ServerUnavailable:
        return ExitRejected;
    case ResultCode::Timeout:
        return ExitTimeout;
    case ResultCode::Cancelled:
        return ExitCancelled;
    }
    return ExitRejected;
}

} // namespace SmtpDoctor
