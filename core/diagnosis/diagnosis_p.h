// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/diagnosis: the classification and the text catalogue.

#include "diagnosis/diagnosis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Translation context of every sentence in core/diagnosis. In the global namespace on
// purpose: lupdate takes the context from the class name.
class DiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisText)
};

namespace SmtpDoctor::Diagnosis::Internal {

// One value per diagnosis id (see kindId()).
enum class Kind {
    Ok,
    OkWithWarning,
    StartTlsInjection,
    InvalidInput,
    Cancelled,
    Timeout,
    NetDns,
    NetRefused,
    NetTimeout,
    NetUnreachable,
    NetNoGreeting,
    TlsModeMismatch,
    TlsVersion,
    TlsHandshake,
    CertExpired,
    CertNotYetValid,
    CertHostname,
    CertUntrusted,
    CertSelfSigned,
    CertChainIncomplete,
    EncryptionRemoved,
    StartTlsNotOffered,
    StartTlsRefused,
    ServiceUnavailable,
    GreetingRejected,
    EhloRejected,
    AuthNotOffered,
    AuthMechUnsupported,
    AuthWeakMech,
    AuthAppPasswordRequired,
    AuthWebLoginRequired,
    AuthCredentialsInvalid,
    AuthDisabledTenant,
    AuthBlockedPolicy,
    AuthEncryptionRequired,
    AuthPasswordTransition,
    AuthTempFailure,
    AccountDisabled,
    TlsRequiredByServer,
    AuthRequired,
    PlaintextAuthRefused,
    SenderNotAllowed,
    SendAsDenied,
    RelayDenied,
    RecipientUnknown,
    TooManyRecipients,
    MessageTooLarge,
    MailboxFull,
    QuotaExceeded,
    Greylisted,
    ServerTempError,
    PolicyRejected,
    Smtputf8Required,
    LineTooLong,
    ParamUnsupported,
    BadSequence,
    ProtocolError,
};
inline constexpr int kindCount = int(Kind::ProtocolError) + 1;

[[nodiscard]] QString kindId(Kind kind);
[[nodiscard]] Severity kindSeverity(Kind kind);

// The decision: which diagnosis fits a result.
[[nodiscard]] Kind classify(const CheckResult &result, const QDateTime &nowUtc);

struct Texts
{
    QString title;
    QString cause;
    QString advice;
};

// Translated sentences (diagnosistext.cpp).
[[nodiscard]] Texts textsFor(Kind kind, const CheckResult &result);
[[nodiscard]] QStringList detailsFor(Kind kind, const CheckResult &result, const QDateTime &nowUtc);
// Provider hints by host suffix and port (providerhints.cpp).
[[nodiscard]] QStringList providerHints(Kind kind, const CheckResult &result);

// Helpers shared by the files above.
[[nodiscard]] bool isPlaintextPeerError(const QString &handshakeError);
// The mode that fits the port: result.suggestedSecurity if usable, else from the port
// (465 -> Tls, anything else -> StartTls).
[[nodiscard]] Security fittingSecurity(const CheckResult &result);
// AuthFailed although the server said 235: it did not prove it knows the password (SCRAM).
[[nodiscard]] bool isUnverifiedServerLogin(const CheckResult &result);

} // namespace SmtpDoctor::Diagnosis::Internal
