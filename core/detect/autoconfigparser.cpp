// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/autoconfigparser.h"

#include "detect/hostname.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

constexpr qsizetype maxWarnings = 50; // a hostile document must not flood the log

bool isWebUrl(const QUrl &url, bool httpsOnly)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (!httpsOnly && scheme == u"http");
}

std::optional<Security> securityFromSocketType(QStringView socketType)
{
    if (socketType.compare(u"SSL", Qt::CaseInsensitive) == 0)
        return Security::Tls;
    if (socketType.compare(u"STARTTLS", Qt::CaseInsensitive) == 0)
        return Security::StartTls;
    if (socketType.compare(u"plain", Qt::CaseInsensitive) == 0)
        return Security::None;
    return std::nullopt;
}

bool hasPlaceholder(QStringView text)
{
    return text.contains(u'%');
}

// Reads one document. Every read*() leaves the reader on the EndElement of what it read.
class DocumentReader
{
public:
    DocumentReader(QByteArrayView xml, const AutoconfigOptions &options)
        : m_xml(xml.toByteArray())
        , m_options(options)
    {
        // No entity may expand to anything (DTDs are refused anyway; predefined entities
        // such as &amp; are not affected by this limit).
        m_xml.setEntityExpansionLimit(0);
    }

    AutoconfigDocument read();

private:
    QXmlStreamReader m_xml;
    AutoconfigOptions m_options;
    AutoconfigDocument m_doc;
    qsizetype m_serverNumber = 0;

    [[nodiscard]] bool isElement(QLatin1StringView name) const
    {
        return m_xml.namespaceUri().isEmpty() && m_xml.name() == name;
    }
    [[nodiscard]] bool isExtension(QLatin1StringView name) const
    {
        return m_options.allowExtensions && m_xml.namespaceUri() == overlayNamespace() && m_xml.name() == name;
    }
    [[nodiscard]] QString attribute(QLatin1StringView name) const
    {
        return m_xml.attributes().value(name).trimmed().toString();
    }
    [[nodiscard]] QString elementText() { return m_xml.readElementText().trimmed(); }
    void warn(const QString &message);
    void fail(AutoconfigError error, const QString &detail);
    [[nodiscard]] QString position() const;
    [[nodiscard]] std::optional<QUrl> webUrl(const QString &value, bool httpsOnly, QStringView what);

    void readProviderChildren(ProviderConfig &provider);
    std::optional<OutgoingServer> readOutgoingServer();
    DocumentationLink readDocumentation(const QUrl &url);
    EnableHint readEnable();
    OAuth2Info readOAuth2();
    std::optional<PasswordHint> readPasswordHint();
    std::optional<NoThirdPartySmtp> readNoThirdPartySmtp();
    LocalizedText readLocalizedChildren(QLatin1StringView childName, bool extension);
};

QString DocumentReader::position() const
{
    return u"line %1, column %2"_s.arg(m_xml.lineNumber()).arg(m_xml.columnNumber());
}

void DocumentReader::warn(const QString &message)
{
    if (m_doc.warnings.size() < maxWarnings)
        m_doc.warnings.append(position() + u": "_s + message);
    else if (m_doc.warnings.size() == maxWarnings)
        m_doc.warnings.append(u"further warnings omitted"_s);
}

void DocumentReader::fail(AutoconfigError error, const QString &detail)
{
    if (m_doc.error == AutoconfigError::None) {
        m_doc.error = error;
        m_doc.errorDetail = detail;
    }
}

std::optional<QUrl> DocumentReader::webUrl(const QString &value, bool httpsOnly, QStringView what)
{
    if (value.isEmpty())
        return QUrl();
    const QUrl url(value, QUrl::StrictMode);
    if (!isWebUrl(url, httpsOnly)) {
        warn(
            u"%1 \"%2\" is not an %3 URL; ignored"_s.arg(what, value.left(200), httpsOnly ? u"https"_s : u"http(s)"_s));
        return std::nullopt;
    }
    return url;
}

AutoconfigDocument DocumentReader::read()
{
    // Prolog: refuse any DOCTYPE before looking at elements. QXmlStreamReader reports the
    // DTD as one token after reading it but before any entity is referenced.
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            fail(AutoconfigError::DtdNotAllowed, position() + u": document type declaration"_s);
            return m_doc;
        }
        if (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::Invalid)
            break;
    }
    if (m_xml.hasError()) {
        fail(AutoconfigError::NotWellFormed, position() + u": "_s + m_xml.errorString());
        return m_doc;
    }
    if (m_xml.tokenType() != QXmlStreamReader::StartElement) {
        fail(AutoconfigError::NotWellFormed, u"no root element"_s);
        return m_doc;
    }
    if (!isElement("clientConfig"_L1)) {
        fail(AutoconfigError::NotClientConfig,
            u"root element is <%1>, not <clientConfig>"_s.arg(m_xml.qualifiedName().left(100)));
        return m_doc;
    }

    std::optional<OAuth2Info> topOAuth2;
    QList<EnableHint> topEnable;
    while (m_xml.readNextStartElement()) {
        if (isElement("emailProvider"_L1)) {
            ProviderConfig provider;
            provider.id = attribute("id"_L1);
            readProviderChildren(provider);
            m_doc.providers.append(provider);
        } else if (isElement("oAuth2"_L1)) {
            topOAuth2 = readOAuth2();
        } else if (isElement("enable"_L1)) {
            topEnable.append(readEnable());
        } else if (isExtension("amend"_L1)) {
            ProviderConfig amendment;
            amendment.id = attribute("id"_L1);
            if (amendment.id.isEmpty())
                warn(u"<amend> without id; ignored"_s);
            readProviderChildren(amendment);
            if (!amendment.id.isEmpty())
                m_doc.amendments.append(amendment);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    // Whatever follows the root element must be well-formed too.
    while (!m_xml.atEnd() && !m_xml.hasError())
        m_xml.readNext();
    if (m_xml.hasError()) {
        fail(AutoconfigError::NotWellFormed, position() + u": "_s + m_xml.errorString());
        return m_doc;
    }
    if (m_doc.providers.isEmpty() && m_doc.amendments.isEmpty()) {
        fail(AutoconfigError::NoEmailProvider, u"no <emailProvider> element"_s);
        return m_doc;
    }
    // config-v1.1 puts <oAuth2> (and, in a few ISPDB files, <enable>) next to <emailProvider>.
    for (ProviderConfig &provider : m_doc.providers) {
        if (!provider.oauth2 && topOAuth2)
            provider.oauth2 = topOAuth2;
        provider.enableHints.append(topEnable);
    }
    return m_doc;
}

void DocumentReader::readProviderChildren(ProviderConfig &provider)
{
    while (m_xml.readNextStartElement()) {
        if (isElement("domain"_L1)) {
            const QString text = elementText();
            HostNameError error = HostNameError::None;
            const std::optional<QString> ace = aceHostName(text, &error);
            if (!ace)
                warn(u"<domain> \"%1\" is not a valid domain name; ignored"_s.arg(text.left(200)));
            else if (!provider.domains.contains(*ace))
                provider.domains.append(*ace);
        } else if (isElement("displayName"_L1)) {
            const QString text = elementText();
            if (provider.displayName.isEmpty())
                provider.displayName = text;
        } else if (isElement("displayShortName"_L1)) {
            const QString text = elementText();
            if (provider.displayShortName.isEmpty())
                provider.displayShortName = text;
        } else if (isElement("outgoingServer"_L1)) {
            if (attribute("type"_L1).compare(u"smtp", Qt::CaseInsensitive) != 0) {
                m_xml.skipCurrentElement(); // "ews", "activesync", …: not ours
                continue;
            }
            if (std::optional<OutgoingServer> server = readOutgoingServer())
                provider.outgoingServers.append(*server);
        } else if (isElement("documentation"_L1)) {
            const std::optional<QUrl> url = webUrl(attribute("url"_L1), false, u"documentation url");
            const DocumentationLink link = readDocumentation(url.value_or(QUrl()));
            if (url && !url->isEmpty())
                provider.documentation.append(link);
        } else if (isElement("enable"_L1)) {
            provider.enableHints.append(readEnable());
        } else if (isElement("oAuth2"_L1)) {
            provider.oauth2 = readOAuth2();
        } else if (isExtension("password"_L1)) {
            if (std::optional<PasswordHint> hint = readPasswordHint())
                provider.passwordHints.append(*hint);
        } else if (isExtension("noThirdPartySmtp"_L1)) {
            provider.noThirdPartySmtp = readNoThirdPartySmtp();
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

std::optional<OutgoingServer> DocumentReader::readOutgoingServer()
{
    const qsizetype number = ++m_serverNumber;
    QString host;
    QString port;
    QString socketType;
    QString username;
    QStringList auth;
    bool haveHost = false;
    bool havePort = false;
    bool haveSocketType = false;
    while (m_xml.readNextStartElement()) {
        if (isElement("hostname"_L1)) {
            const QString text = elementText();
            if (!haveHost)
                host = text;
            haveHost = true;
        } else if (isElement("port"_L1)) {
            const QString text = elementText();
            if (!havePort)
                port = text;
            havePort = true;
        } else if (isElement("socketType"_L1)) {
            const QString text = elementText();
            if (!haveSocketType)
                socketType = text;
            haveSocketType = true;
        } else if (isElement("username"_L1)) {
            const QString text = elementText();
            if (username.isEmpty())
                username = text;
        } else if (isElement("authentication"_L1)) {
            auth.append(elementText());
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError())
        return std::nullopt; // the caller sees the error and drops everything

    const QString label = u"outgoingServer #%1 (%2)"_s.arg(number).arg(host.left(100));
    if (host.isEmpty()) {
        warn(label + u": no <hostname>; server skipped"_s);
        return std::nullopt;
    }
    OutgoingServer server;
    if (hasPlaceholder(host)) {
        server.host = host; // validated by resolvePlaceholders()
    } else {
        const std::optional<QString> ace = aceHostName(host);
        if (!ace) {
            warn(label + u": <hostname> is not a valid host name; server skipped"_s);
            return std::nullopt;
        }
        server.host = *ace;
    }
    bool ok = false;
    const uint portNumber = port.toUInt(&ok);
    if (!ok || portNumber < 1 || portNumber > 65535) {
        warn(label + u": <port> \"%1\" is not in 1..65535; server skipped"_s.arg(port.left(20)));
        return std::nullopt;
    }
    server.port = static_cast<quint16>(portNumber);
    const std::optional<Security> security = securityFromSocketType(socketType);
    if (!security) {
        warn(label + u": unknown <socketType> \"%1\"; server skipped"_s.arg(socketType.left(40)));
        return std::nullopt;
    }
    server.security = *security;
    for (const QString &value : std::as_const(auth)) {
        const std::optional<AuthMethod> method = authMethodFromId(value);
        if (!method)
            warn(label + u": unknown <authentication> \"%1\" ignored"_s.arg(value.left(40)));
        else if (!server.authMethods.contains(*method))
            server.authMethods.append(*method);
    }
    server.username = username;
    return server;
}

LocalizedText DocumentReader::readLocalizedChildren(QLatin1StringView childName, bool extension)
{
    LocalizedText text;
    while (m_xml.readNextStartElement()) {
        if (extension ? isExtension(childName) : isElement(childName)) {
            const QString language = attribute("lang"_L1);
            text.add(language, elementText());
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return text;
}

DocumentationLink DocumentReader::readDocumentation(const QUrl &url)
{
    DocumentationLink link;
    link.url = url;
    link.description = readLocalizedChildren("descr"_L1, false);
    return link;
}

EnableHint DocumentReader::readEnable()
{
    EnableHint hint;
    hint.visitUrl = webUrl(attribute("visiturl"_L1), false, u"enable visiturl").value_or(QUrl());
    hint.instruction = readLocalizedChildren("instruction"_L1, false);
    return hint;
}

OAuth2Info DocumentReader::readOAuth2()
{
    OAuth2Info info;
    while (m_xml.readNextStartElement()) {
        if (isElement("issuer"_L1)) {
            info.issuer = elementText();
        } else if (isElement("scope"_L1)) {
            // Scopes are separated by any white space (RFC 6749 3.3 says one space; files wrap lines).
            info.scopes = elementText().simplified().split(QChar::Space, Qt::SkipEmptyParts);
        } else if (isElement("authURL"_L1)) {
            info.authUrl = webUrl(elementText(), true, u"oAuth2 authURL").value_or(QUrl());
        } else if (isElement("tokenURL"_L1)) {
            info.tokenUrl = webUrl(elementText(), true, u"oAuth2 tokenURL").value_or(QUrl());
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return info;
}

std::optional<PasswordHint> DocumentReader::readPasswordHint()
{
    PasswordHint hint;
    const QString kind = attribute("kind"_L1);
    const QString when = attribute("when"_L1);
    const std::optional<QUrl> url = webUrl(attribute("url"_L1), true, u"password url");
    hint.instruction = readLocalizedChildren("instruction"_L1, true);
    if (kind == u"app-password") {
        hint.kind = PasswordHint::Kind::AppPassword;
    } else if (kind == u"mail-password") {
        hint.kind = PasswordHint::Kind::MailPassword;
    } else if (kind == u"enable-access") {
        hint.kind = PasswordHint::Kind::EnableAccess;
    } else {
        warn(u"<password> with unknown kind \"%1\"; ignored"_s.arg(kind.left(40)));
        return std::nullopt;
    }
    if (when.isEmpty() || when == u"always") {
        hint.when = PasswordHint::When::Always;
    } else if (when == u"two-factor") {
        hint.when = PasswordHint::When::TwoFactor;
    } else {
        warn(u"<password> with unknown when \"%1\"; ignored"_s.arg(when.left(40)));
        return std::nullopt;
    }
    hint.url = url.value_or(QUrl());
    return hint;
}

std::optional<NoThirdPartySmtp> DocumentReader::readNoThirdPartySmtp()
{
    NoThirdPartySmtp info;
    const QString reason = attribute("reason"_L1);
    info.url = webUrl(attribute("url"_L1), true, u"noThirdPartySmtp url").value_or(QUrl());
    while (m_xml.readNextStartElement()) {
        if (isExtension("explanation"_L1)) {
            const QString language = attribute("lang"_L1);
            info.explanation.add(language, elementText());
        } else if (isExtension("bridge"_L1)) {
            OutgoingServer bridge;
            const QString host = attribute("hostname"_L1);
            bool ok = false;
            const uint port = attribute("port"_L1).toUInt(&ok);
            const std::optional<Security> security = securityFromSocketType(attribute("socketType"_L1));
            const bool loopback = host == u"localhost" || QHostAddress(host).isLoopback();
            if (!loopback || !ok || port < 1 || port > 65535 || !security) {
                warn(u"<bridge> must name a loopback host, a port and a socketType; ignored"_s);
            } else {
                bridge.host = host;
                bridge.port = static_cast<quint16>(port);
                bridge.security = *security;
                bridge.username = attribute("username"_L1);
                bridge.authMethods = { AuthMethod::PasswordCleartext };
                info.bridge = bridge;
            }
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (reason == u"not-offered") {
        info.reason = NoThirdPartySmtp::Reason::NotOffered;
    } else if (reason == u"local-bridge") {
        info.reason = NoThirdPartySmtp::Reason::LocalBridgeOnly;
    } else {
        warn(u"<noThirdPartySmtp> with unknown reason \"%1\"; ignored"_s.arg(reason.left(40)));
        return std::nullopt;
    }
    return info;
}

// %EMAILADDRESS% or %EMAILLOCALPART%: the text differs from one address of a domain to the next.
bool namesLocalPart(QStringView text)
{
    return text.contains(u"%EMAILADDRESS%", Qt::CaseInsensitive)
        || text.contains(u"%EMAILLOCALPART%", Qt::CaseInsensitive);
}

QString substitute(QString text, const EmailAddress &address, bool forHost)
{
    text.replace(u"%EMAILADDRESS%"_s, forHost ? address.aceAddress() : address.address(), Qt::CaseInsensitive);
    text.replace(u"%EMAILLOCALPART%"_s, address.localPart(), Qt::CaseInsensitive);
    text.replace(u"%EMAILDOMAIN%"_s, forHost ? address.aceDomain() : address.domain(), Qt::CaseInsensitive);
    return text;
}

} // namespace

QString overlayNamespace()
{
    return u"https://smtp-doctor.invalid/ns/provider-overlay/1"_s;
}

QString autoconfigErrorText(AutoconfigError error)
{
    switch (error) {
    case AutoconfigError::None:
        return {};
    case AutoconfigError::TooLarge:
        //: A downloaded mail configuration file (autoconfig) was rejected.
        return QCoreApplication::translate("SmtpDoctor::Autoconfig", "The configuration file is too large.");
    case AutoconfigError::NotWellFormed:
        //: A downloaded mail configuration file (autoconfig) was rejected.
        return QCoreApplication::translate("SmtpDoctor::Autoconfig", "The configuration file is not valid XML.");
    case AutoconfigError::DtdNotAllowed:
        //: A downloaded mail configuration file (autoconfig) was rejected. DTD = XML document type definition.
        return QCoreApplication::translate("SmtpDoctor::Autoconfig",
            "The configuration file contains a document type declaration (DTD), "
            "which is refused for security reasons.");
    case AutoconfigError::NotClientConfig:
        //: A downloaded mail configuration file (autoconfig) was rejected. Keep "config-v1.1" untranslated.
        return QCoreApplication::translate(
            "SmtpDoctor::Autoconfig", "The file is not a mail client configuration (config-v1.1).");
    case AutoconfigError::NoEmailProvider:
        //: A downloaded mail configuration file (autoconfig) was rejected.
        return QCoreApplication::translate(
            "SmtpDoctor::Autoconfig", "The configuration file does not describe an e-mail provider.");
    }
    return {};
}

AutoconfigDocument parseAutoconfigDocument(QByteArrayView xml, const AutoconfigOptions &options)
{
    if (xml.size() > options.maxBytes) {
        AutoconfigDocument rejected;
        rejected.error = AutoconfigError::TooLarge;
        rejected.errorDetail = u"%1 bytes, limit %2"_s.arg(xml.size()).arg(options.maxBytes);
        return rejected;
    }
    AutoconfigDocument document = DocumentReader(xml, options).read();
    if (document.error != AutoconfigError::None) {
        // No partial results, ever.
        document.providers.clear();
        document.amendments.clear();
    }
    return document;
}

ProviderConfig resolvePlaceholders(ProviderConfig config, const EmailAddress &address, QStringList *warnings)
{
    QList<OutgoingServer> servers;
    for (OutgoingServer server : std::as_const(config.outgoingServers)) {
        server.hostFromAddress = namesLocalPart(server.host);
        const QString host = substitute(server.host, address, true);
        const std::optional<QString> ace = aceHostName(host);
        if (!ace) {
            if (warnings)
                warnings->append(
                    u"outgoing server \"%1\" is not a valid host name; server skipped"_s.arg(host.left(100)));
            continue;
        }
        server.host = *ace;
        server.usernameTemplate = server.username;
        server.username = substitute(server.username, address, false);
        if (warnings && hasPlaceholder(server.username))
            warnings->append(
                u"user name \"%1\" still contains '%'; an unknown placeholder?"_s.arg(server.username.left(100)));
        servers.append(server);
    }
    config.outgoingServers = servers;
    if (config.noThirdPartySmtp && config.noThirdPartySmtp->bridge) {
        OutgoingServer &bridge = *config.noThirdPartySmtp->bridge;
        bridge.usernameTemplate = bridge.username;
        bridge.username = substitute(bridge.username, address, false);
    }
    return config;
}

QString resolveUserName(const QString &usernameTemplate, const EmailAddress &address)
{
    return substitute(usernameTemplate, address, false);
}

AutoconfigResult parseAutoconfig(QByteArrayView xml, const EmailAddress &address, const AutoconfigOptions &options)
{
    AutoconfigDocument document = parseAutoconfigDocument(xml, options);
    AutoconfigResult result;
    result.error = document.error;
    result.errorDetail = document.errorDetail;
    result.warnings = document.warnings;
    if (document.error != AutoconfigError::None)
        return result;
    if (document.providers.isEmpty()) {
        result.error = AutoconfigError::NoEmailProvider;
        result.errorDetail = u"no <emailProvider> element"_s;
        return result;
    }
    if (document.providers.size() > 1)
        result.warnings.append(u"%1 <emailProvider> elements; only the first is used"_s.arg(document.providers.size()));
    result.config = resolvePlaceholders(document.providers.first(), address, &result.warnings);
    return result;
}

} // namespace SmtpDoctor::Detect
