// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class QSettings;

namespace SmtpDoctor {
struct CheckResult;
}

namespace SmtpDoctor::Ui {

// Remembers, per server name and port, when a check last completed a verified (or pinned)
// encrypted session, in QSettings (group "encryptedSessions": names, ports and dates only).
// The next check of the same server and port is told about it, so that encryption which
// was there and is now missing is diagnosed as a warning sign, not as a setting to change.
class EncryptionHistory
{
public:
    explicit EncryptionHistory(QSettings *settings);

    [[nodiscard]] QDateTime lastEncrypted(const QString &host, quint16 port) const;
    // Records the result's server and port if its TLS session was established and trusted.
    void record(const CheckResult &result);
    void forget(const QString &host, quint16 port);

private:
    [[nodiscard]] static QString key(const QString &host, quint16 port);
    QSettings *m_settings;
};

} // namespace SmtpDoctor::Ui
