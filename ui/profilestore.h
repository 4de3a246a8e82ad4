// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sasl/saslclient.h"
#include "smtp/security.h"

#include <QByteArrayList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace SmtpDoctor::Ui {

// How the user wants to log in. Automatic lets the engine pick the strongest method
// the server offers; OAuth2Token sends an access token instead of a password.
enum class AuthChoice {
    Automatic,
    Plain,
    Login,
    CramMd5,
    ScramSha256,
    ScramSha1,
    OAuth2Token,
};
inline constexpr AuthChoice kAuthChoices[] = { AuthChoice::Automatic, AuthChoice::Plain, AuthChoice::Login,
    AuthChoice::CramMd5, AuthChoice::ScramSha256, AuthChoice::ScramSha1, AuthChoice::OAuth2Token };

// "auto", "plain", "login", "cram-md5", "scram-sha-256", "scram-sha-1", "oauth2" (stored in profiles).
[[nodiscard]] QString authChoiceId(AuthChoice choice);
[[nodiscard]] std::optional<AuthChoice> authChoiceFromId(QStringView id);
// The SASL mechanism to force; nullopt lets the engine choose (Automatic, OAuth2Token).
[[nodiscard]] std::optional<Sasl::Mechanism> mechanismFor(AuthChoice choice);

// One saved account. Never holds a password: that lives in the system keychain only.
struct Profile
{
    QString name;
    QString address; // the e-mail address the settings were found for
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    AuthChoice auth = AuthChoice::Automatic;
    QString username;
    QString from; // sender for the optional sender check / test message
    QString recipient; // recipient for the optional test message
    bool rememberPassword = false; // the password was put into the keychain
    QMap<QString, QByteArrayList> pinnedSha256; // host -> certificate fingerprints the user accepted

    friend bool operator==(const Profile &, const Profile &) = default;
};

// Named profiles in QSettings (group "profiles"). Not a QObject: the main window
// tells its widgets when the list changed.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    [[nodiscard]] QStringList names() const; // sorted, case-insensitively
    [[nodiscard]] std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile); // replaces a profile of the same name
    void remove(const QString &name);
    [[nodiscard]] bool contains(const QString &name) const;

private:
    [[nodiscard]] QList<Profile> readAll() const;
    void writeAll(const QList<Profile> &profiles);

    QSettings *m_settings;
};

} // namespace SmtpDoctor::Ui
