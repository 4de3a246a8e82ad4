// SPDX-License-Identifier: GPL-3.0-or-later
// One detection serving every address of a domain: login name templates kept by the parser and
// the ranking, and resultForAddress() making each address's own login name from them.
#include "detect/addressresult.h"
#include "detect/autoconfigparser.h"
#include "detect/providerdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Detect;

namespace {

EmailAddress address(const QString &text)
{
    return *EmailAddress::parse(text);
}

Candidate candidate(const QString &host, const QString &username, const QString &usernameTemplate)
{
    Candidate c;
    c.host = host;
    c.port = 465;
    c.security = Security::Tls;
    c.username = username;
    c.usernameTemplate = usernameTemplate;
    c.sources = {SourceKind::Autoconfig};
    return c;
}

QByteArray config(const QString &hostname, const QString &username)
{
    return u"<clientConfig version=\"1.1\"><emailProvider id=\"example.org\"><domain>example.org</domain>"
           "<outgoingServer type=\"smtp\"><hostname>%1</hostname><port>465</port><socketType>SSL</socketType>"
           "<username>%2</username><authentication>password-cleartext</authentication></outgoingServer>"
           "</emailProvider></clientConfig>"_s.arg(hostname, username)
        .toUtf8();
}

} // namespace

class TestAddressResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parserKeepsTemplate_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("resolvedForAlice");
        QTest::addColumn<QString>("resolvedForBob");
        QTest::newRow("address") << u"%EMAILADDRESS%"_s << u"Alice@example.org"_s << u"bob@example.org"_s;
        QTest::newRow("local part") << u"%EMAILLOCALPART%"_s << u"Alice"_s << u"bob"_s;
        QTest::newRow("lower-case placeholder") << u"%emaillocalpart%"_s << u"Alice"_s << u"bob"_s;
        QTest::newRow("composed") << u"mail/%EMAILLOCALPART%@%EMAILDOMAIN%"_s << u"mail/Alice@example.org"_s
                                  << u"mail/bob@example.org"_s;
        QTest::newRow("fixed") << u"shared-relay"_s << u"shared-relay"_s << u"shared-relay"_s;
    }

    void parserKeepsTemplate()
    {
        QFETCH(QString, username);
        QFETCH(QString, resolvedForAlice);
        QFETCH(QString, resolvedForBob);
        const AutoconfigResult parsed = parseAutoconfig(config(u"smtp.example.org"_s, username), address(u"Alice@example.org"_s));
        QVERIFY(parsed.config);
        const OutgoingServer &s = parsed.config->outgoingServers.first();
        QCOMPARE(s.username, resolvedForAlice);
        QCOMPARE(s.usernameTemplate, username);
        QVERIFY(!s.hostFromAddress);
        QCOMPARE(resolveUserName(s.usernameTemplate, address(u"bob@example.org"_s)), resolvedForBob);
    }

    void parserFlagsHostFromAddress()
    {
        for (const QString &host : {u"%EMAILLOCALPART%.example.org"_s, u"x-%EMAILADDRESS%.example.org"_s}) {
            const AutoconfigResult parsed
                = parseAutoconfig(config(host, u"%EMAILADDRESS%"_s), address(u"alice@example.org"_s));
            QVERIFY(parsed.config);
            if (parsed.config->outgoingServers.isEmpty())
                continue; // "x-alice@example.org.example.org" is no host name: dropped anyway
            QVERIFY(parsed.config->outgoingServers.first().hostFromAddress);
        }
        const AutoconfigResult domainOnly
            = parseAutoconfig(config(u"smtp.%EMAILDOMAIN%"_s, u"%EMAILADDRESS%"_s), address(u"alice@example.org"_s));
        QVERIFY(domainOnly.config);
        QCOMPARE(domainOnly.config->outgoingServers.first().host, u"smtp.example.org"_s);
        QVERIFY(!domainOnly.config->outgoingServers.first().hostFromAddress);
    }

    void bundledProviderKeepsTemplate()
    {
        const std::optional<ProviderConfig> gmail = ProviderDatabase::bundled().lookup(address(u"alice@gmail.com"_s));
        QVERIFY(gmail);
        QVERIFY(!gmail->outgoingServers.isEmpty());
        const OutgoingServer &s = gmail->outgoingServers.first();
        QCOMPARE(s.username, u"alice@gmail.com"_s);
        QCOMPARE(resolveUserName(s.usernameTemplate, address(u"bob@gmail.com"_s)), u"bob@gmail.com"_s);
    }

    void addressedSource_data()
    {
        QTest::addColumn<QString>("fromServer");
        QTest::addColumn<QString>("kept");
        QTest::newRow("placeholder kept") << u"%EMAILLOCALPART%"_s << u"%EMAILLOCALPART%"_s;
        QTest::newRow("the address, filled in") << u"alice@example.org"_s << u"%EMAILADDRESS%"_s;
        QTest::newRow("the address, other case") << u"ALICE@Example.org"_s << u"%EMAILADDRESS%"_s;
        QTest::newRow("the local part, filled in") << u"alice"_s << u"%EMAILLOCALPART%"_s;
        QTest::newRow("an account number") << u"u-4711"_s << QString();
        QTest::newRow("made from the address") << u"alice.mail"_s << QString();
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("a percent sign is no placeholder") << u"50%off"_s << QString();
    }

    void addressedSource()
    {
        QFETCH(QString, fromServer);
        QFETCH(QString, kept);
        QCOMPARE(templateFromAddressedSource(fromServer, address(u"alice@example.org"_s)), kept);
    }

    void addressedSourceWithPercentInLocalPart()
    {
        // A local part may contain '%': the filled-in address is still recognised as such.
        const EmailAddress a = address(u"a%b@example.org"_s);
        QCOMPARE(templateFromAddressedSource(u"a%b@example.org"_s, a), u"%EMAILADDRESS%"_s);
        QCOMPARE(templateFromAddressedSource(u"a%b"_s, a), u"%EMAILLOCALPART%"_s);
    }

    void resultForOtherAddress()
    {
        DetectResult r;
        r.address = address(u"alice@example.org"_s);
        r.candidates << candidate(u"a.example.org"_s, u"alice@example.org"_s, u"%EMAILADDRESS%"_s)
                     << candidate(u"b.example.org"_s, u"alice"_s, u"%EMAILLOCALPART%"_s)
                     << candidate(u"c.example.org"_s, u"u-4711"_s, QString())
                     << candidate(u"d.example.org"_s, u"relay"_s, u"relay"_s)
                     << candidate(u"e.example.org"_s, QString(), QString());
        r.candidates[0].confirmed = true;
        r.candidates[0].probeResult = u"ok"_s;
        r.notes << u"note"_s;
        ProviderConfig provider;
        OutgoingServer s;
        s.host = u"a.example.org"_s;
        s.username = u"alice"_s;
        s.usernameTemplate = u"%EMAILLOCALPART%"_s;
        provider.outgoingServers << s;
        NoThirdPartySmtp n;
        n.bridge = s;
        provider.noThirdPartySmtp = n;
        r.provider = provider;
        r.ms = 42;
        QVERIFY(servesWholeDomain(r));

        const DetectResult bob = resultForAddress(r, address(u"Bob.B@example.org"_s));
        QCOMPARE(bob.address->address(), u"Bob.B@example.org"_s);
        QStringList users;
        for (const Candidate &c : bob.candidates)
            users << c.username;
        QCOMPARE(users, (QStringList{u"Bob.B@example.org"_s, u"Bob.B"_s, QString(), u"relay"_s, QString()}));
        QCOMPARE(bob.provider->outgoingServers.first().username, u"Bob.B"_s);
        QCOMPARE(bob.provider->noThirdPartySmtp->bridge->username, u"Bob.B"_s);
        // Everything else is the one detection that served both.
        QVERIFY(bob.candidates.first().confirmed);
        QCOMPARE(bob.candidates.first().probeResult, u"ok"_s);
        QCOMPARE(bob.notes, r.notes);
        QCOMPARE(bob.ms, 42);

        // The address it was made for gets it unchanged (also a literal only it may use).
        const DetectResult alice = resultForAddress(r, address(u"alice@example.org"_s));
        QCOMPARE(alice.candidates.at(2).username, u"u-4711"_s);
        QCOMPARE(alice.candidates.at(1).username, u"alice"_s);
    }

    void hostFromAddressIsNotShared()
    {
        DetectResult r;
        r.address = address(u"alice@example.org"_s);
        r.candidates << candidate(u"alice.example.org"_s, u"alice"_s, u"%EMAILLOCALPART%"_s);
        QVERIFY(servesWholeDomain(r));
        r.candidates[0].hostFromAddress = true;
        QVERIFY(!servesWholeDomain(r));
        r.candidates[0].hostFromAddress = false;
        ProviderConfig provider;
        OutgoingServer s;
        s.hostFromAddress = true;
        provider.outgoingServers << s;
        r.provider = provider;
        QVERIFY(!servesWholeDomain(r));
    }

    // mergeCandidate() keeps a login name and its template together.
    void mergeKeepsTemplateWithUsername()
    {
        QList<Candidate> list;
        Candidate srv = candidate(u"smtp.example.org"_s, u"alice@example.org"_s, u"%EMAILADDRESS%"_s);
        srv.sources = {SourceKind::SrvSubmissions};
        mergeCandidate(list, srv);
        Candidate ac = candidate(u"smtp.example.org"_s, u"alice"_s, u"%EMAILLOCALPART%"_s);
        ac.hostFromAddress = true;
        mergeCandidate(list, ac); // the better source wins
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().username, u"alice"_s);
        QCOMPARE(list.first().usernameTemplate, u"%EMAILLOCALPART%"_s);
        QVERIFY(list.first().hostFromAddress);
        Candidate guess = candidate(u"smtp.example.org"_s, u"x"_s, u"x"_s);
        guess.sources = {SourceKind::Guess};
        mergeCandidate(list, guess); // a worse one changes nothing
        QCOMPARE(list.first().usernameTemplate, u"%EMAILLOCALPART%"_s);
        QCOMPARE(list.first().username, u"alice"_s);
    }
};

QTEST_GUILESS_MAIN(TestAddressResult)
#include "tst_addressresult.moc"
