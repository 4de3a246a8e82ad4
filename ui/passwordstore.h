// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace SmtpDoctor::Ui {

// Passwords of saved accounts, in the system keychain (Secret Service, KWallet, ...)
// through QtKeychain. Every operation is an asynchronous job: no call blocks and none
// runs a nested event loop. Without a keychain (no desktop session bus, no secret
// service) nothing is stored anywhere: there is no plain-text fallback.
class PasswordStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)
public:
    enum class Availability {
        Unknown, // not checked yet (checkAvailability() starts the check)
        Checking,
        Available,
        Unavailable, // see unavailableReason()
    };
    Q_ENUM(Availability)

    explicit PasswordStore(QObject *parent = nullptr);
    ~PasswordStore() override;

    // The keychain "service" the entries are stored under (tests use their own).
    void setServiceName(const QString &service) { m_service = service; }
    [[nodiscard]] QString serviceName() const { return m_service; }

    // Finds out, asynchronously, whether a keychain answers; availabilityChanged() follows.
    void checkAvailability();
    [[nodiscard]] Availability availability() const { return m_availability; }
    [[nodiscard]] bool isAvailable() const { return m_availability == Availability::Available; }
    // Technical reason (English) when unavailable.
    [[nodiscard]] QString unavailableReason() const { return m_reason; }

    // Each answers with exactly one signal.
    void readPassword(const QString &account);
    void writePassword(const QString &account, const QString &password);
    void deletePassword(const QString &account);

Q_SIGNALS:
    void availabilityChanged(SmtpDoctor::Ui::PasswordStore::Availability availability);
    // found is false when there is no entry (ok) or on error (errorText set).
    void passwordRead(const QString &account, const QString &password, bool found, const QString &errorText);
    void passwordWritten(const QString &account, bool ok, const QString &errorText);
    void passwordDeleted(const QString &account, bool ok, const QString &errorText);

private:
    void setAvailability(Availability availability, const QString &reason = {});
    [[nodiscard]] bool sessionBusPresent() const;

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
};

} // namespace SmtpDoctor::Ui
