// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {
// Key of the availability probe; never written.
const QString kProbeKey = u"smtp-doctor-keychain-probe"_s;
} // namespace

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
    , m_service(u"SMTP Doctor"_s)
{
}

PasswordStore::~PasswordStore() = default;

// Secret Service and KWallet are reached over the session bus. Without one, asking
// QtKeychain would make D-Bus try to start a bus of its own (autolaunch), so we do not.
bool PasswordStore::sessionBusPresent() const
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(u"bus"_s));
}

void PasswordStore::setAvailability(Availability availability, const QString &reason)
{
    m_reason = reason;
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

void PasswordStore::checkAvailability()
{
    if (m_availability == Availability::Checking)
        return;
    if (!sessionBusPresent()) {
        setAvailability(Availability::Unavailable, u"no D-Bus session bus"_s);
        return;
    }
    setAvailability(Availability::Checking);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        switch (j->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            setAvailability(Availability::Available);
            break;
        default:
            setAvailability(Availability::Unavailable, j->errorString());
            break;
        }
    });
    job->start();
}

void PasswordStore::readPassword(const QString &account)
{
    if (!isAvailable()) {
        QMetaObject::invokeMethod(
            this, [this, account] { Q_EMIT passwordRead(account, {}, false, m_reason); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError)
            Q_EMIT passwordRead(account, read->textData(), true, {});
        else if (j->error() == QKeychain::EntryNotFound)
            Q_EMIT passwordRead(account, {}, false, {});
        else
            Q_EMIT passwordRead(account, {}, false, j->errorString());
    });
    job->start();
}

void PasswordStore::writePassword(const QString &account, const QString &password)
{
    if (!isAvailable()) {
        QMetaObject::invokeMethod(
            this, [this, account] { Q_EMIT passwordWritten(account, false, m_reason); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        Q_EMIT passwordWritten(
            account, j->error() == QKeychain::NoError, j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void PasswordStore::deletePassword(const QString &account)
{
    if (!isAvailable()) {
        QMetaObject::invokeMethod(
            this, [this, account] { Q_EMIT passwordDeleted(account, false, m_reason); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        Q_EMIT passwordDeleted(account, ok, ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace SmtpDoctor::Ui
