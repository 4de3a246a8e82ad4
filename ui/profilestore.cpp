// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

QString authChoiceId(AuthChoice choice)
{
    switch (choice) {
    case AuthChoice::Automatic:
        return u"auto"_s;
    case AuthChoice::Plain:
        return u"plain"_s;
    case AuthChoice::Login:
        return u"login"_s;
    case AuthChoice::CramMd5:
        return u"cram-md5"_s;
    case AuthChoice::ScramSha256:
        return u"scram-sha-256"_s;
    case AuthChoice::ScramSha1:
        return u"scram-sha-1"_s;
    case AuthChoice::OAuth2Token:
        return u"oauth2"_s;
    }
    return {};
}

std::optional<AuthChoice> authChoiceFromId(QStringView id)
{
    for (AuthChoice c : kAuthChoices) {
        if (id.compare(authChoiceId(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

std::optional<Sasl::Mechanism> mechanismFor(AuthChoice choice)
{
    switch (choice) {
    case AuthChoice::Plain:
        return Sasl::Mechanism::Plain;
    case AuthChoice::Login:
        return Sasl::Mechanism::Login;
    case AuthChoice::CramMd5:
        return Sasl::Mechanism::CramMd5;
    case AuthChoice::ScramSha256:
        return Sasl::Mechanism::ScramSha256;
    case AuthChoice::ScramSha1:
        return Sasl::Mechanism::ScramSha1;
    case AuthChoice::Automatic:
    case AuthChoice::OAuth2Token:
        break;
    }
    return std::nullopt;
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Profile &p : readAll())
        result << p.name;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(result.begin(), result.end(), collator);
    return result;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    for (const Profile &p : readAll()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

bool ProfileStore::contains(const QString &name) const
{
    return load(name).has_value();
}

void ProfileStore::save(const Profile &profile)
{
    QList<Profile> all = readAll();
    auto it = std::find_if(all.begin(), all.end(), [&](const Profile &p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all << profile;
    writeAll(all);
}

void ProfileStore::remove(const QString &name)
{
    QList<Profile> all = readAll();
    all.removeIf([&](const Profile &p) { return p.name == name; });
    writeAll(all);
}

// Stored as an array, so that any name (also one with '/' or '\') is a plain value.
QList<Profile> ProfileStore::readAll() const
{
    QList<Profile> result;
    const int count = m_settings->beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(u"name"_s).toString();
        if (p.name.isEmpty())
            continue;
        p.address = m_settings->value(u"address"_s).toString();
        p.host = m_settings->value(u"host"_s).toString();
        const int port = m_settings->value(u"port"_s, 587).toInt();
        p.port = quint16(port > 0 && port <= 65535 ? port : 587);
        p.security = securityFromId(m_settings->value(u"security"_s).toString()).value_or(Security::StartTls);
        p.auth = authChoiceFromId(m_settings->value(u"auth"_s).toString()).value_or(AuthChoice::Automatic);
        p.username = m_settings->value(u"username"_s).toString();
        p.from = m_settings->value(u"from"_s).toString();
        p.recipient = m_settings->value(u"recipient"_s).toString();
        p.rememberPassword = m_settings->value(u"rememberPassword"_s, false).toBool();
        // "host sha256" pairs; a fingerprint is lower-case hex.
        const QStringList pins = m_settings->value(u"pinnedSha256"_s).toStringList();
        for (const QString &pin : pins) {
            const QString host = pin.section(u' ', 0, 0);
            const QString sha = pin.section(u' ', 1, 1).toLower();
            if (!host.isEmpty() && sha.size() == 64)
                p.pinnedSha256[host] << sha.toLatin1();
        }
        result << p;
    }
    m_settings->endArray();
    return result;
}

void ProfileStore::writeAll(const QList<Profile> &profiles)
{
    m_settings->remove(u"profiles"_s);
    m_settings->beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"address"_s, p.address);
        m_settings->setValue(u"host"_s, p.host);
        m_settings->setValue(u"port"_s, int(p.port));
        m_settings->setValue(u"security"_s, securityId(p.security));
        m_settings->setValue(u"auth"_s, authChoiceId(p.auth));
        m_settings->setValue(u"username"_s, p.username);
        m_settings->setValue(u"from"_s, p.from);
        m_settings->setValue(u"recipient"_s, p.recipient);
        m_settings->setValue(u"rememberPassword"_s, p.rememberPassword);
        QStringList pins;
        for (auto it = p.pinnedSha256.cbegin(); it != p.pinnedSha256.cend(); ++it) {
            for (const QByteArray &sha : it.value())
                pins << it.key() + u' ' + QString::fromLatin1(sha);
        }
        m_settings->setValue(u"pinnedSha256"_s, pins);
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace SmtpDoctor::Ui
