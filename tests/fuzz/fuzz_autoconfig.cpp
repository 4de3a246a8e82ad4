// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Detect::parseAutoconfig / parseAutoconfigDocument with arbitrary documents for a
// few e-mail addresses (plain, IDN, quoted local part, '%' in the local part). Checks that
// a config is returned exactly when the document was accepted and that it never holds an
// unusable server: host a valid lower-case ACE name, port 1..65535, known auth values.
//
// Input layout: the XML first; the last byte selects the address and the options.
#include "fuzzcommon.h"

#include "detect/autoconfigparser.h"
#include "detect/hostname.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QHostAddress>
#include <QSet>

using namespace SmtpDoctor::Detect;
using namespace Qt::StringLiterals;

namespace {

const EmailAddress &address(int index)
{
    static const QList<EmailAddress> addresses = [] {
        QList<EmailAddress> list;
        for (const QString &text : {u"user@example.org"_s, u"j\u00fcrgen@b\u00fccher.de"_s,
                                    u"\"john doe\"@example.com"_s, u"a%EMAILDOMAIN%b@mail.example.net"_s,
                                    u"x@XN--MNCHEN-3YA.de"_s, u"o'neil+tag@sub.domain.example"_s}) {
            const std::optional<EmailAddress> parsed = EmailAddress::parse(text);
            FUZZ_CHECK(parsed.has_value());
            list.append(*parsed);
        }
        return list;
    }();
    return addresses.at(index % addresses.size());
}

bool isValidAce(const QString &host)
{
    const std::optional<QString> ace = aceHostName(host);
    return ace && *ace == host;
}

bool isWebUrl(const QUrl &url, bool httpsOnly)
{
    if (url.isEmpty())
        return true; // "none given"
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"https" || (!httpsOnly && scheme == u"http"));
}

void checkServer(const OutgoingServer &server, bool resolved)
{
    FUZZ_CHECK(server.port >= 1);
    FUZZ_CHECK(int(server.security) >= 0 && int(server.security) <= 2);
    FUZZ_CHECK(server.authMethods.size() == QSet<AuthMethod>(server.authMethods.cbegin(), server.authMethods.cend()).size());
    if (resolved || !server.host.contains(u'%'))
        FUZZ_CHECK(isValidAce(server.host));
}

void checkProvider(const ProviderConfig &config, bool resolved, bool extensions)
{
    for (const OutgoingServer &server : config.outgoingServers)
        checkServer(server, resolved);
    FUZZ_CHECK(config.domains.size() == QSet<QString>(config.domains.cbegin(), config.domains.cend()).size());
    for (const QString &domain : config.domains)
        FUZZ_CHECK(isValidAce(domain));
    for (const DocumentationLink &link : config.documentation) {
        FUZZ_CHECK(!link.url.isEmpty());
        FUZZ_CHECK(isWebUrl(link.url, false));
    }
    for (const EnableHint &hint : config.enableHints)
        FUZZ_CHECK(isWebUrl(hint.visitUrl, false));
    if (config.oauth2) {
        FUZZ_CHECK(isWebUrl(config.oauth2->authUrl, true));
        FUZZ_CHECK(isWebUrl(config.oauth2->tokenUrl, true));
        for (const QString &scope : config.oauth2->scopes)
            FUZZ_CHECK(!scope.isEmpty() && !scope.contains(u' '));
    }
    if (!extensions) {
        FUZZ_CHECK(config.passwordHints.isEmpty());
        FUZZ_CHECK(!config.noThirdPartySmtp.has_value());
    }
    for (const PasswordHint &hint : config.passwordHints)
        FUZZ_CHECK(isWebUrl(hint.url, true));
    if (config.noThirdPartySmtp) {
        FUZZ_CHECK(isWebUrl(config.noThirdPartySmtp->url, true));
        if (const std::optional<OutgoingServer> &bridge = config.noThirdPartySmtp->bridge) {
            FUZZ_CHECK(bridge->port >= 1);
            FUZZ_CHECK(bridge->host == u"localhost" || QHostAddress(bridge->host).isLoopback());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    const uint8_t mode = fdp.ConsumeIntegral<uint8_t>();
    const std::vector<uint8_t> rest = fdp.ConsumeRemainingBytes<uint8_t>();
    const QByteArray xml(reinterpret_cast<const char *>(rest.data()), qsizetype(rest.size()));

    AutoconfigOptions options;
    options.allowExtensions = mode & 0x80;
    if ((mode & 0x70) == 0x70)
        options.maxBytes = mode & 0x0f; // now and then a tiny size limit
    const EmailAddress &addr = address(mode & 0x0f);

    const AutoconfigDocument document = parseAutoconfigDocument(xml, options);
    if (xml.size() > options.maxBytes)
        FUZZ_CHECK(document.error == AutoconfigError::TooLarge);
    if (document.error != AutoconfigError::None) {
        FUZZ_CHECK(document.providers.isEmpty() && document.amendments.isEmpty());
        FUZZ_CHECK(!autoconfigErrorText(document.error).isEmpty());
    } else {
        FUZZ_CHECK(!document.providers.isEmpty() || !document.amendments.isEmpty());
    }
    if (!options.allowExtensions)
        FUZZ_CHECK(document.amendments.isEmpty());
    // "A hostile document must not flood the log": at most 50 warnings and a last note.
    FUZZ_CHECK(document.warnings.size() <= 51);
    for (const ProviderConfig &provider : document.providers)
        checkProvider(provider, false, options.allowExtensions);
    for (const ProviderConfig &amendment : document.amendments) {
        FUZZ_CHECK(!amendment.id.isEmpty());
        checkProvider(amendment, false, options.allowExtensions);
    }

    const AutoconfigResult result = parseAutoconfig(xml, addr, options);
    FUZZ_CHECK(result.config.has_value() == (result.error == AutoconfigError::None));
    FUZZ_CHECK(result.error == document.error
               || (document.error == AutoconfigError::None && document.providers.isEmpty()
                   && result.error == AutoconfigError::NoEmailProvider));
    if (result.config) {
        checkProvider(*result.config, true, options.allowExtensions);
        for (const OutgoingServer &server : result.config->outgoingServers)
            FUZZ_CHECK(!server.host.contains(u'%'));
        // The same as resolving the document's first provider by hand; and deterministic.
        FUZZ_CHECK(*result.config == resolvePlaceholders(document.providers.first(), addr));
        const AutoconfigResult again = parseAutoconfig(xml, addr, options);
        FUZZ_CHECK(again.config == result.config && again.warnings == result.warnings);
    }
    return 0;
}
