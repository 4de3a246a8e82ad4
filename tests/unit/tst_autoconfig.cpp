// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/autoconfigparser.h"
#include "detect/emailaddress.h"
#include "detect/localizedtext.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Detect;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SDOC_SOURCE_DIR "/tests/data/autoconfig/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

EmailAddress address(const QString &text)
{
    const std::optional<EmailAddress> parsed = EmailAddress::parse(text);
    if (!parsed)
        qFatal("bad test address %s", qPrintable(text));
    return *parsed;
}

} // namespace

class TestAutoconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodConfig();
    void placeholdersForIdnAndQuotedAddress();
    void oauth2Only();
    void plainOnly();
    void rejected_data();
    void rejected();
    void tooLarge();
    void sizeLimitIsConfigurable();
    void truncationsAreRejected();
    void corruptedBytesDoNotCrash();
    void unknownSocketType();
    void badHostnames();
    void badPorts();
    void extensionsIgnoredByDefault();
    void extensionsForOverlay();
    void multipleProvidersUseFirst();
    void localizedText_data();
    void localizedText();
    void authMethodIds();
    void errorTexts();
};

void TestAutoconfig::goodConfig()
{
    const AutoconfigResult result = parseAutoconfig(fixture(u"good.xml"_s), address(u"John.Doe@Example.com"_s));
    QCOMPARE(result.error, AutoconfigError::None);
    QVERIFY(result.errorDetail.isEmpty());
    QVERIFY(result.config.has_value());
    const ProviderConfig &config = *result.config;

    QCOMPARE(config.id, u"example.com"_s);
    QCOMPARE(config.displayName, u"Example Mail"_s);
    QCOMPARE(config.displayShortName, u"Example"_s);
    QCOMPARE(config.domains, QStringList({ u"example.com"_s, u"example.net"_s, u"xn--bcher-kva.example"_s }));
    QCOMPARE(config.origin, ConfigOrigin::Document);

    // Both SMTP servers in file order; the "ews" one is not SMTP.
    QCOMPARE(config.outgoingServers.size(), 2);
    const OutgoingServer &first = config.outgoingServers.at(0);
    QCOMPARE(first.host, u"smtp.example.com"_s); // %EMAILDOMAIN% resolved, lower-cased
    QCOMPARE(first.port, quint16(465));
    QCOMPARE(first.security, Security::Tls);
    QCOMPARE(first.username, u"John.Doe@example.com"_s);
    QCOMPARE(first.authMethods, QList<AuthMethod>({ AuthMethod::PasswordCleartext, AuthMethod::OAuth2 }));
    QVERIFY(first.offersOAuth2());
    QVERIFY(!first.requiresOAuth2());

    const OutgoingServer &second = config.outgoingServers.at(1);
    QCOMPARE(second.host, u"submission.example.com"_s); // white space around the text trimmed
    QCOMPARE(second.port, quint16(587));
    QCOMPARE(second.security, Security::StartTls); // "starttls": case-insensitive
    QCOMPARE(second.username, u"John.Doe"_s);
    QCOMPARE(second.authMethods, QList<AuthMethod>({ AuthMethod::PasswordEncrypted }));
    QVERIFY(!second.offersOAuth2());

    QVERIFY(config.offersOAuth2());
    QVERIFY(!config.requiresOAuth2());

    // Documentation: the javascript: link is dropped with a warning.
    QCOMPARE(config.documentation.size(), 2);
    QCOMPARE(config.documentation.at(0).url, QUrl(u"https://help.example.com/smtp"_s));
    QCOMPARE(config.documentation.at(0).description.text(u"de"), u"So versenden Sie E-Mails"_s);
    QCOMPARE(config.documentation.at(0).description.text(u"de_DE"), u"So versenden Sie E-Mails"_s);
    QCOMPARE(config.documentation.at(0).description.text(u"en"), u"How to send mail"_s);
    QCOMPARE(config.documentation.at(0).description.text(u"fr"), u"How to send mail"_s); // English fallback
    QCOMPARE(config.documentation.at(1).description.text(u"de"), u"Untagged description"_s);
    QVERIFY(std::any_of(
        result.warnings.cbegin(), result.warnings.cend(), [](const QString &w) { return w.contains(u"javascript:"); }));

    QCOMPARE(config.enableHints.size(), 1);
    QCOMPARE(config.enableHints.at(0).visitUrl, QUrl(u"https://settings.example.com/enable-smtp"_s));
    QCOMPARE(config.enableHints.at(0).instruction.text(u"de"), u"Schalten Sie zuerst den SMTP-Zugang ein."_s);
    QCOMPARE(config.enableHints.at(0).instruction.text(u"en"), u"Switch on SMTP access in the web settings first."_s);

    QVERIFY(config.oauth2.has_value());
    QCOMPARE(config.oauth2->issuer, u"login.example.com"_s);
    QCOMPARE(config.oauth2->scopes, QStringList({ u"mail.send"_s, u"offline_access"_s }));
    QCOMPARE(config.oauth2->authUrl, QUrl(u"https://login.example.com/authorize"_s));
    QCOMPARE(config.oauth2->tokenUrl, QUrl(u"https://login.example.com/token"_s));

    QVERIFY(config.passwordHints.isEmpty());
    QVERIFY(!config.noThirdPartySmtp);
}

void TestAutoconfig::placeholdersForIdnAndQuotedAddress()
{
    const AutoconfigResult idn = parseAutoconfig(fixture(u"good.xml"_s), address(u"jürgen@Bücher.de"_s));
    QVERIFY(idn.config);
    QCOMPARE(idn.config->outgoingServers.at(0).host, u"smtp.xn--bcher-kva.de"_s); // ACE in host names
    QCOMPARE(idn.config->outgoingServers.at(0).username, u"jürgen@bücher.de"_s); // Unicode in user names
    QCOMPARE(idn.config->outgoingServers.at(1).username, u"jürgen"_s);

    const AutoconfigResult quoted = parseAutoconfig(fixture(u"good.xml"_s), address(u"\"john doe\"@example.org"_s));
    QVERIFY(quoted.config);
    QCOMPARE(quoted.config->outgoingServers.at(0).username, u"\"john doe\"@example.org"_s);
    QCOMPARE(quoted.config->outgoingServers.at(1).username, u"\"john doe\""_s);
}

void TestAutoconfig::oauth2Only()
{
    const AutoconfigResult result = parseAutoconfig(fixture(u"oauth2-only.xml"_s), address(u"a@oauth.example"_s));
    QVERIFY(result.config);
    QCOMPARE(result.config->outgoingServers.size(), 1);
    QVERIFY(result.config->outgoingServers.at(0).requiresOAuth2());
    QVERIFY(result.config->requiresOAuth2());
    QVERIFY(result.config->offersOAuth2());
    QVERIFY(result.config->oauth2);
    QCOMPARE(result.config->oauth2->scopes.size(), 2);
    // The plain-http token URL is refused: OAuth2 endpoints must use https.
    QVERIFY(result.config->oauth2->tokenUrl.isEmpty());
    QCOMPARE(result.config->oauth2->authUrl, QUrl(u"https://login.oauth.example/authorize"_s));
    QCOMPARE(result.warnings.size(), 1);
}

void TestAutoconfig::plainOnly()
{
    const AutoconfigResult result = parseAutoconfig(fixture(u"plain-only.xml"_s), address(u"user@plain.example"_s));
    QVERIFY(result.config);
    QCOMPARE(result.config->outgoingServers.size(), 2);
    for (const OutgoingServer &server : result.config->outgoingServers)
        QCOMPARE(server.security, Security::None);
    QCOMPARE(result.config->outgoingServers.at(0).port, quint16(25));
    QCOMPARE(result.config->outgoingServers.at(0).username, u"user"_s);
    QCOMPARE(result.config->outgoingServers.at(1).username, QString());
    QCOMPARE(result.config->outgoingServers.at(1).authMethods, QList<AuthMethod>({ AuthMethod::None }));
    QVERIFY(!result.config->offersOAuth2());
    QVERIFY(!result.config->requiresOAuth2());
    QVERIFY(result.warnings.isEmpty());
}

void TestAutoconfig::rejected_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<AutoconfigError>("error");

    QTest::newRow("broken XML") << fixture(u"broken.xml"_s) << AutoconfigError::NotWellFormed;
    QTest::newRow("billion laughs") << fixture(u"billion-laughs.xml"_s) << AutoconfigError::DtdNotAllowed;
    QTest::newRow("external entity") << fixture(u"external-entity.xml"_s) << AutoconfigError::DtdNotAllowed;
    QTest::newRow("DOCTYPE without subset") << fixture(u"doctype-only.xml"_s) << AutoconfigError::DtdNotAllowed;
    QTest::newRow("undeclared entity") << fixture(u"undeclared-entity.xml"_s) << AutoconfigError::NotWellFormed;
    QTest::newRow("second root element") << fixture(u"trailing-garbage.xml"_s) << AutoconfigError::NotWellFormed;
    QTest::newRow("element inside hostname") << fixture(u"element-in-text.xml"_s) << AutoconfigError::NotWellFormed;
    QTest::newRow("HTML error page") << fixture(u"not-clientconfig.xml"_s) << AutoconfigError::NotClientConfig;
    QTest::newRow("no emailProvider") << fixture(u"no-provider.xml"_s) << AutoconfigError::NoEmailProvider;
    QTest::newRow("empty") << QByteArray() << AutoconfigError::NotWellFormed;
    QTest::newRow("white space only") << "  \n "_ba << AutoconfigError::NotWellFormed;
    QTest::newRow("plain text") << "Service Unavailable"_ba << AutoconfigError::NotWellFormed;
    QTest::newRow("JSON") << "{\"smtp\": \"smtp.example.com\"}"_ba << AutoconfigError::NotWellFormed;
    QTest::newRow("truncated") << fixture(u"good.xml"_s).left(700) << AutoconfigError::NotWellFormed;
    QTest::newRow("namespaced root") << "<x:clientConfig xmlns:x=\"urn:x\"><emailProvider/></x:clientConfig>"_ba
                                     << AutoconfigError::NotClientConfig;
}

void TestAutoconfig::rejected()
{
    QFETCH(QByteArray, xml);
    QFETCH(AutoconfigError, error);
    const AutoconfigResult result = parseAutoconfig(xml, address(u"user@example.com"_s));
    QCOMPARE(result.error, error);
    QVERIFY(!result.config.has_value()); // never a partial result
    QVERIFY(!result.errorDetail.isEmpty());
    QVERIFY(!autoconfigErrorText(result.error).isEmpty());

    const AutoconfigDocument document = parseAutoconfigDocument(xml);
    QCOMPARE(document.error, error);
    QVERIFY(document.providers.isEmpty());
    QVERIFY(document.amendments.isEmpty());
}

void TestAutoconfig::tooLarge()
{
    // A valid 10 MB document (a huge comment) is refused before parsing starts.
    QByteArray xml = fixture(u"good.xml"_s);
    const QByteArray padding = "<!-- " + QByteArray(10 * 1024 * 1024, 'x') + " -->\n";
    xml.insert(xml.indexOf("<clientConfig"), padding);
    QVERIFY(xml.size() > 10 * 1024 * 1024);
    const AutoconfigResult result = parseAutoconfig(xml, address(u"user@example.com"_s));
    QCOMPARE(result.error, AutoconfigError::TooLarge);
    QVERIFY(!result.config);
}

void TestAutoconfig::sizeLimitIsConfigurable()
{
    const QByteArray xml = fixture(u"good.xml"_s);
    AutoconfigOptions options;
    options.maxBytes = xml.size();
    QCOMPARE(parseAutoconfig(xml, address(u"user@example.com"_s), options).error, AutoconfigError::None);
    options.maxBytes = xml.size() - 1;
    QCOMPARE(parseAutoconfig(xml, address(u"user@example.com"_s), options).error, AutoconfigError::TooLarge);
}

void TestAutoconfig::truncationsAreRejected()
{
    // Cut anywhere before the end of the root element: always rejected as a whole.
    const QByteArray xml = fixture(u"good.xml"_s);
    const qsizetype rootEnd = xml.indexOf("</clientConfig>") + qsizetype(sizeof("</clientConfig>") - 1);
    const EmailAddress user = address(u"user@example.com"_s);
    for (qsizetype n = 0; n < rootEnd; ++n) {
        const AutoconfigResult result = parseAutoconfig(xml.left(n), user);
        QVERIFY2(!result.config, qPrintable(QString::number(n)));
        QCOMPARE(result.error, AutoconfigError::NotWellFormed);
    }
    QVERIFY(parseAutoconfig(xml.left(rootEnd), user).config);
}

void TestAutoconfig::corruptedBytesDoNotCrash()
{
    // Deterministic pseudo-random corruption (run under SDOC_SANITIZE for best effect): the
    // parser must neither crash nor return a config together with an error.
    const QByteArray original = fixture(u"good.xml"_s);
    const EmailAddress user = address(u"user@example.com"_s);
    quint32 state = 12345;
    const auto next = [&state]() {
        state = state * 1103515245u + 12345u;
        return state >> 8;
    };
    int accepted = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray xml = original;
        const int flips = 1 + int(next() % 4);
        for (int i = 0; i < flips; ++i)
            xml[qsizetype(next() % quint32(xml.size()))] = char(next() % 256);
        const AutoconfigResult result = parseAutoconfig(xml, user);
        QCOMPARE(result.config.has_value(), result.error == AutoconfigError::None);
        if (result.config) {
            ++accepted;
            for (const OutgoingServer &server : result.config->outgoingServers) {
                QVERIFY(server.port > 0);
                QVERIFY(!server.host.isEmpty());
            }
        }
    }
    QVERIFY(accepted > 0); // some flips only touch text content
}

void TestAutoconfig::unknownSocketType()
{
    const AutoconfigResult result
        = parseAutoconfig(fixture(u"unknown-sockettype.xml"_s), address(u"user@socket.example"_s));
    QCOMPARE(result.error, AutoconfigError::None);
    QVERIFY(result.config);
    QCOMPARE(result.config->outgoingServers.size(), 1);
    QCOMPARE(result.config->outgoingServers.at(0).port, quint16(587));
    // The unknown auth value is dropped, the known one kept.
    QCOMPARE(result.config->outgoingServers.at(0).authMethods, QList<AuthMethod>({ AuthMethod::PasswordCleartext }));
    QCOMPARE(result.warnings.size(), 2);
    QVERIFY(result.warnings.at(0).contains(u"TLS1.3-quantum"));
    QVERIFY(result.warnings.at(1).contains(u"carrier-pigeon"));
}

void TestAutoconfig::badHostnames()
{
    // Plain address: only "%EMAILLOCALPART%.example.com" and smtp.good.example survive.
    const AutoconfigResult plain = parseAutoconfig(fixture(u"bad-hostname.xml"_s), address(u"john@host.example"_s));
    QCOMPARE(plain.error, AutoconfigError::None);
    QVERIFY(plain.config);
    QCOMPARE(plain.config->outgoingServers.size(), 2);
    QCOMPARE(plain.config->outgoingServers.at(0).host, u"john.example.com"_s);
    QCOMPARE(plain.config->outgoingServers.at(1).host, u"smtp.good.example"_s);
    // path, scheme, space, localhost, IP address, missing hostname
    QCOMPARE(plain.warnings.size(), 6);
    QVERIFY(plain.warnings.at(0).contains(u"smtp.example.com/evil"));

    // A quoted local part cannot become a host name label.
    const AutoconfigResult quoted
        = parseAutoconfig(fixture(u"bad-hostname.xml"_s), address(u"\"john doe\"@host.example"_s));
    QVERIFY(quoted.config);
    QCOMPARE(quoted.config->outgoingServers.size(), 1);
    QCOMPARE(quoted.config->outgoingServers.at(0).host, u"smtp.good.example"_s);
    QCOMPARE(quoted.warnings.size(), 7);
}

void TestAutoconfig::badPorts()
{
    const AutoconfigResult result = parseAutoconfig(fixture(u"bad-port.xml"_s), address(u"user@port.example"_s));
    QVERIFY(result.config);
    QCOMPARE(result.config->outgoingServers.size(), 1);
    QCOMPARE(result.config->outgoingServers.at(0).port, quint16(465));
    QCOMPARE(result.warnings.size(), 4); // 0, 70000, -465, missing
    QVERIFY(result.warnings.at(0).contains(u"\"0\""));
    QVERIFY(result.warnings.at(1).contains(u"70000"));
}

void TestAutoconfig::extensionsIgnoredByDefault()
{
    // A downloaded document cannot claim our overlay semantics.
    const AutoconfigResult result = parseAutoconfig(fixture(u"extensions.xml"_s), address(u"user@ext.example"_s));
    QCOMPARE(result.error, AutoconfigError::None);
    QVERIFY(result.config);
    QVERIFY(result.config->passwordHints.isEmpty());
    QVERIFY(!result.config->noThirdPartySmtp);
    QCOMPARE(parseAutoconfigDocument(fixture(u"extensions.xml"_s)).amendments.size(), 0);
}

void TestAutoconfig::extensionsForOverlay()
{
    AutoconfigOptions options;
    options.allowExtensions = true;
    const AutoconfigDocument document = parseAutoconfigDocument(fixture(u"extensions.xml"_s), options);
    QCOMPARE(document.error, AutoconfigError::None);
    QCOMPARE(document.providers.size(), 2);
    QCOMPARE(document.amendments.size(), 1);
    // Unknown kind, and a bridge that is not on loopback.
    QCOMPARE(document.warnings.size(), 2);

    const ProviderConfig &ext = document.providers.at(0);
    QCOMPARE(ext.outgoingServers.at(0).username, u"%EMAILADDRESS%"_s); // not resolved at this level
    QCOMPARE(ext.passwordHints.size(), 1);
    QCOMPARE(ext.passwordHints.at(0).kind, PasswordHint::Kind::AppPassword);
    QCOMPARE(ext.passwordHints.at(0).when, PasswordHint::When::TwoFactor);
    QCOMPARE(ext.passwordHints.at(0).url, QUrl(u"https://help.ext.example/app-passwords"_s));
    QCOMPARE(ext.passwordHints.at(0).instruction.text(u"de"), u"Erstellen Sie ein App-Passwort."_s);
    QVERIFY(ext.noThirdPartySmtp);
    QCOMPARE(ext.noThirdPartySmtp->reason, NoThirdPartySmtp::Reason::LocalBridgeOnly);
    QVERIFY(ext.noThirdPartySmtp->bridge);
    QCOMPARE(ext.noThirdPartySmtp->bridge->host, u"127.0.0.1"_s);
    QCOMPARE(ext.noThirdPartySmtp->bridge->port, quint16(1025));
    QCOMPARE(ext.noThirdPartySmtp->bridge->security, Security::StartTls);

    const ProviderConfig &second = document.providers.at(1);
    QVERIFY(second.noThirdPartySmtp);
    QVERIFY(!second.noThirdPartySmtp->bridge); // smtp.evil.example is refused

    const ProviderConfig resolved = resolvePlaceholders(ext, address(u"me@ext.example"_s));
    QCOMPARE(resolved.outgoingServers.at(0).username, u"me@ext.example"_s);
    QCOMPARE(resolved.noThirdPartySmtp->bridge->username, u"me@ext.example"_s);

    QCOMPARE(document.amendments.at(0).id, u"ext.example"_s);
    QCOMPARE(document.amendments.at(0).domains, QStringList { u"ext-alias.example"_s });
    QCOMPARE(document.amendments.at(0).passwordHints.at(0).kind, PasswordHint::Kind::MailPassword);
    QCOMPARE(document.amendments.at(0).passwordHints.at(0).when, PasswordHint::When::Always);
}

void TestAutoconfig::multipleProvidersUseFirst()
{
    const AutoconfigResult result = parseAutoconfig(fixture(u"extensions.xml"_s), address(u"user@ext.example"_s));
    QVERIFY(result.config);
    QCOMPARE(result.config->id, u"ext.example"_s);
    QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
        [](const QString &w) { return w.contains(u"only the first"); }));
}

void TestAutoconfig::localizedText_data()
{
    QTest::addColumn<QStringList>("variants"); // lang, text, lang, text, ...
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    const QStringList deEn { u"de"_s, u"Deutsch"_s, u"en"_s, u"English"_s };
    QTest::newRow("exact") << deEn << u"de"_s << u"Deutsch"_s;
    QTest::newRow("locale name") << deEn << u"de_AT"_s << u"Deutsch"_s;
    QTest::newRow("upper case") << deEn << u"DE"_s << u"Deutsch"_s;
    QTest::newRow("fallback to English") << deEn << u"fr"_s << u"English"_s;
    QTest::newRow("empty request") << deEn << QString() << u"English"_s;
    QTest::newRow("en-US for en") << QStringList { u"pt-BR"_s, u"Português"_s, u"en-US"_s, u"English"_s } << u"en"_s
                                  << u"English"_s;
    QTest::newRow("pt for pt-BR") << QStringList { u"pt-BR"_s, u"Português"_s, u"en-US"_s, u"English"_s } << u"pt"_s
                                  << u"Português"_s;
    QTest::newRow("untagged when no English")
        << QStringList { u"lv"_s, u"Latviski"_s, QString(), u"Untagged"_s } << u"de"_s << u"Untagged"_s;
    QTest::newRow("first when nothing else")
        << QStringList { u"ru"_s, u"Русский"_s, u"lt"_s, u"Lietuviškai"_s } << u"de"_s << u"Русский"_s;
    QTest::newRow("duplicate language keeps first")
        << QStringList { u"de"_s, u"Erster"_s, u"DE"_s, u"Zweiter"_s } << u"de"_s << u"Erster"_s;
    QTest::newRow("nothing") << QStringList() << u"de"_s << QString();
}

void TestAutoconfig::localizedText()
{
    QFETCH(QStringList, variants);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    LocalizedText text;
    for (qsizetype i = 0; i + 1 < variants.size(); i += 2)
        text.add(variants.at(i), variants.at(i + 1));
    QCOMPARE(text.text(language), expected);
    QCOMPARE(text.isEmpty(), variants.isEmpty());
}

void TestAutoconfig::authMethodIds()
{
    for (AuthMethod method : { AuthMethod::PasswordCleartext, AuthMethod::PasswordEncrypted, AuthMethod::OAuth2,
             AuthMethod::ClientIpAddress, AuthMethod::TlsClientCert, AuthMethod::GssApi, AuthMethod::Ntlm,
             AuthMethod::SmtpAfterPop, AuthMethod::None }) {
        QCOMPARE(authMethodFromId(authMethodId(method)), std::optional<AuthMethod>(method));
        QCOMPARE(authMethodFromId(authMethodId(method).toUpper()), std::optional<AuthMethod>(method));
    }
    QCOMPARE(authMethodFromId(u"oauth2"), std::optional<AuthMethod>(AuthMethod::OAuth2));
    QCOMPARE(authMethodFromId(u"plain"), std::optional<AuthMethod>(AuthMethod::PasswordCleartext));
    QVERIFY(!authMethodFromId(u"kerberos-ish"));
}

void TestAutoconfig::errorTexts()
{
    QVERIFY(autoconfigErrorText(AutoconfigError::None).isEmpty());
    QStringList seen;
    for (AutoconfigError error : { AutoconfigError::TooLarge, AutoconfigError::NotWellFormed,
             AutoconfigError::DtdNotAllowed, AutoconfigError::NotClientConfig, AutoconfigError::NoEmailProvider }) {
        const QString text = autoconfigErrorText(error);
        QVERIFY(!text.isEmpty());
        QVERIFY(!seen.contains(text));
        seen.append(text);
    }
}

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"
