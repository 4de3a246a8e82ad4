// SPDX-License-Identifier: GPL-3.0-or-later
#include "encryptionhistory.h"

#include "smtp/checkresult.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

EncryptionHistory::EncryptionHistory(QSettings *settings)
    : m_settings(settings)
{
}

QString EncryptionHistory::key(const QString &host, quint16 port)
{
    // '/' would make a settings group; host names never contain it, but typed text might.
    QString h = host.trimmed().toLower();
    h.replace(u'/', u'_');
    return u"encryptedSessions/%1:%2"_s.arg(h).arg(port);
}

QDateTime EncryptionHistory::lastEncrypted(const QString &host, quint16 port) const
{
    if (host.trimmed().isEmpty() || port == 0)
        return {};
    QDateTime when = QDateTime::fromString(m_settings->value(key(host, port)).toString(), Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

void EncryptionHistory::record(const CheckResult &result)
{
    if (result.host.trimmed().isEmpty() || result.port == 0 || !result.tls.established
        || !(result.tls.verified || result.tls.pinned))
        return;
    m_settings->setValue(key(result.host, result.port),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

void EncryptionHistory::forget(const QString &host, quint16 port)
{
    m_settings->remove(key(host, port));
}

} // namespace SmtpDoctor::Ui
