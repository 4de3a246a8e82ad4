// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/autoconfigparser.h"
#include "detect/emailaddress.h"
#include "detect/providerdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Detect;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

EmailAddress address(const QString &text)
{
    const std::optional<EmailAddress> parsed = EmailAddress::parse(text);
    if (!parsed)
        qFatal("bad test address %s", qPrintable(text));
    return *parsed;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray providerXml(const QByteArray &id, const QByteArray &domains, const QByteArray &host)
{
    return "<clientConfig version=\"1.1\"><emailProvider id=\"" + id + "\">" + domains
        + "<outgoingServer type=\"smtp\"><hostname>" + host
        + "</hostname><port>465</port><socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>";
}

} // namespace

class TestProviderDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexBuildTime();
    void resourcesAreLinked();
    void everyBundledFileParses();
    void bundledLoadsWithoutWarnings();
    void domainCount();
    void lookup_data();
    void lookup();
    void unknownDomain();
    void passwordHints();
    void noThirdPartySmtp();
    void oauth2Providers();
    void emailDomainPlaceholder();
    void lookupMxHost_data();
    void lookupMxHost();
    void conflictsAndAmendments();
};

void TestProviderDb::indexBuildTime()
{
    // Runs first, in a fresh process: this is what the first autodetection pays.
    QElapsedTimer timer;
    timer.start();
    const ProviderDatabase &db = ProviderDatabase::bundled();
    const qint64 firstMs = timer.elapsed();
    QVERIFY(db.domainCount() > 900);

    timer.restart();
    const int rounds = 5;
    for (int i = 0; i < rounds; ++i) {
        const ProviderDatabase again
            = ProviderDatabase::load(ProviderDatabase::bundledIspdbFiles(), ProviderDatabase::bundledOverlayFiles());
        QCOMPARE(again.domainCount(), db.domainCount());
    }
    const double averageMs = double(timer.elapsed()) / rounds;
    qInfo("bundled provider index: %lld domains, %lld providers; first build %lld ms, rebuild %.1f ms on average",
        static_cast<long long>(db.domainCount()), static_cast<long long>(db.providers().size()),
        static_cast<long long>(firstMs), averageMs);
    // Target is < 50 ms; the bound here leaves room for slow CI machines and sanitizers.
    QVERIFY2(firstMs < 1000, qPrintable(QString::number(firstMs)));
}

void TestProviderDb::resourcesAreLinked()
{
    // sdoc_core is a static library: this proves its resources reach the executable.
    QVERIFY(QFile::exists(u":/ispdb/googlemail.com.xml"_s));
    QVERIFY(QFile::exists(u":/ispdb/SOURCE.md"_s));
    QVERIFY(QFile::exists(u":/ispdb/LICENSE.md"_s));
    QVERIFY(QFile::exists(u":/providers/overlay.xml"_s));
    QVERIFY(readAll(u":/ispdb/LICENSE.md"_s).contains("Mozilla Public License"));
    QCOMPARE(ProviderDatabase::bundledIspdbFiles().size(), 163);
    QCOMPARE(ProviderDatabase::bundledOverlayFiles(), QStringList { u":/providers/overlay.xml"_s });
    // The embedded copy is the source tree's copy, byte for byte.
    QCOMPARE(readAll(u":/ispdb/t-online.de.xml"_s),
        readAll(QStringLiteral(SDOC_SOURCE_DIR "/resources/ispdb/t-online.de.xml")));
}

void TestProviderDb::everyBundledFileParses()
{
    // Independent count: the raw text of the files, no XML parser involved.
    const QRegularExpression smtpServer(u"<outgoingServer\\s+type\\s*=\\s*\"smtp\"\\s*>"_s);
    qsizetype rawCount = 0;
    qsizetype parsedCount = 0;
    const QStringList files = ProviderDatabase::bundledIspdbFiles();
    QVERIFY(!files.isEmpty());
    for (const QString &path : files) {
        const QByteArray xml = readAll(path);
        rawCount += QString::fromUtf8(xml).count(smtpServer);

        const AutoconfigDocument document = parseAutoconfigDocument(xml);
        QVERIFY2(document.error == AutoconfigError::None, qPrintable(path + u": "_s + document.errorDetail));
        QVERIFY2(document.warnings.isEmpty(), qPrintable(path + u": "_s + document.warnings.join(u"; ")));
        QCOMPARE(document.providers.size(), 1);
        const ProviderConfig &provider = document.providers.first();
        QVERIFY2(!provider.domains.isEmpty(), qPrintable(path));
        QVERIFY2(!provider.id.isEmpty(), qPrintable(path));

        // The public function, as used for a download of this very file.
        const AutoconfigResult result = parseAutoconfig(xml, address(u"test.user@"_s + provider.domains.first()));
        QVERIFY2(result.config, qPrintable(path));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(path + u": "_s + result.warnings.join(u"; ")));
        QCOMPARE(result.config->outgoingServers.size(), provider.outgoingServers.size());
        for (const OutgoingServer &server : result.config->outgoingServers) {
            QVERIFY2(!server.host.contains(u'%'), qPrintable(path));
            QVERIFY2(server.port > 0, qPrintable(path));
        }
        parsedCount += result.config->outgoingServers.size();
    }
    QCOMPARE(parsedCount, rawCount);
    QCOMPARE(parsedCount, 202); // SOURCE.md: 202 <outgoingServer type="smtp"> entries
}

void TestProviderDb::bundledLoadsWithoutWarnings()
{
    const QStringList warnings = ProviderDatabase::bundled().loadWarnings();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestProviderDb::domainCount()
{
    // Independent count of distinct <domain> values in the raw files.
    const QRegularExpression domainElement(u"<domain>\\s*([^<\\s]+)\\s*</domain>"_s);
    QSet<QString> domains;
    QStringList files = ProviderDatabase::bundledIspdbFiles();
    files += ProviderDatabase::bundledOverlayFiles();
    for (const QString &path : std::as_const(files)) {
        const QString text = QString::fromUtf8(readAll(path));
        QRegularExpressionMatchIterator it = domainElement.globalMatch(text);
        while (it.hasNext())
            domains.insert(it.next().captured(1).toLower());
    }
    QCOMPARE(ProviderDatabase::bundled().domainCount(), domains.size());
    QCOMPARE(domains.size(), 962 + 15); // SOURCE.md's 962 + the overlay's own domains
}

void TestProviderDb::lookup_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<ConfigOrigin>("origin");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("serverCount");

    QTest::newRow("gmail.com") << u"jane.doe@gmail.com"_s << u"googlemail.com"_s << ConfigOrigin::Ispdb
                               << u"smtp.gmail.com"_s << 465 << Security::Tls << u"jane.doe@gmail.com"_s << 1;
    QTest::newRow("googlemail.com, upper case")
        << u"Jane@GoogleMail.COM"_s << u"googlemail.com"_s << ConfigOrigin::Ispdb << u"smtp.gmail.com"_s << 465
        << Security::Tls << u"Jane@googlemail.com"_s << 1;
    QTest::newRow("web.de") << u"max.mustermann@web.de"_s << u"web.de"_s << ConfigOrigin::Ispdb << u"smtp.web.de"_s
                            << 465 << Security::Tls << u"max.mustermann"_s << 2;
    QTest::newRow("t-online.de") << u"erika@t-online.de"_s << u"t-online.de"_s << ConfigOrigin::Ispdb
                                 << u"securesmtp.t-online.de"_s << 465 << Security::Tls << u"erika@t-online.de"_s << 2;
    QTest::newRow("gmx.de") << u"x@gmx.de"_s << u"gmx.net"_s << ConfigOrigin::Ispdb << u"mail.gmx.net"_s << 465
                            << Security::Tls << u"x@gmx.de"_s << 2;
    QTest::newRow("icloud.com") << u"x@icloud.com"_s << u"me.com"_s << ConfigOrigin::Ispdb << u"smtp.mail.me.com"_s
                                << 587 << Security::StartTls << u"x@icloud.com"_s << 1;
    QTest::newRow("overlay: mailbox.org")
        << u"anna@mailbox.org"_s << u"mailbox.org"_s << ConfigOrigin::Overlay << u"smtp.mailbox.org"_s << 465
        << Security::Tls << u"anna@mailbox.org"_s << 2;
    QTest::newRow("overlay: freenet.de") << u"anna@freenet.de"_s << u"freenet.de"_s << ConfigOrigin::Overlay
                                         << u"mx.freenet.de"_s << 587 << Security::StartTls << u"anna@freenet.de"_s
                                         << 2;
    QTest::newRow("overlay: mail.de") << u"anna@mail.de"_s << u"mail.de"_s << ConfigOrigin::Overlay << u"smtp.mail.de"_s
                                      << 465 << Security::Tls << u"anna@mail.de"_s << 2;
}

void TestProviderDb::lookup()
{
    QFETCH(QString, address);
    QFETCH(QString, providerId);
    QFETCH(ConfigOrigin, origin);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Security, security);
    QFETCH(QString, username);
    QFETCH(int, serverCount);

    const std::optional<ProviderConfig> config = ProviderDatabase::bundled().lookup(::address(address));
    QVERIFY(config);
    QCOMPARE(config->id, providerId);
    QCOMPARE(config->origin, origin);
    QCOMPARE(config->outgoingServers.size(), serverCount);
    const OutgoingServer &first = config->outgoingServers.first();
    QCOMPARE(first.host, host);
    QCOMPARE(int(first.port), port);
    QCOMPARE(first.security, security);
    QCOMPARE(first.username, username);
}

void TestProviderDb::unknownDomain()
{
    const ProviderDatabase &db = ProviderDatabase::bundled();
    QVERIFY(!db.lookup(address(u"someone@no-such-provider.example"_s)));
    QVERIFY(!db.lookupDomain(u"example.com"_s, address(u"someone@example.com"_s)));
    QVERIFY(!ProviderDatabase().lookup(address(u"someone@gmail.com"_s))); // empty database
    // Domains are matched exactly: no parent-domain guessing in lookup().
    QVERIFY(!db.lookup(address(u"someone@mail.gmail.com"_s)));
}

void TestProviderDb::passwordHints()
{
    const ProviderDatabase &db = ProviderDatabase::bundled();

    const std::optional<ProviderConfig> gmail = db.lookup(address(u"x@gmail.com"_s));
    QVERIFY(gmail);
    QCOMPARE(gmail->passwordHints.size(), 1);
    QCOMPARE(gmail->passwordHints.at(0).kind, PasswordHint::Kind::AppPassword);
    QCOMPARE(gmail->passwordHints.at(0).url, QUrl(u"https://support.google.com/accounts/answer/185833"_s));
    QVERIFY(!gmail->passwordHints.at(0).instruction.text(u"de").isEmpty());
    QVERIFY(gmail->passwordHints.at(0).instruction.text(u"de") != gmail->passwordHints.at(0).instruction.text(u"en"));

    const std::optional<ProviderConfig> tonline = db.lookup(address(u"x@t-online.de"_s));
    QVERIFY(tonline);
    QCOMPARE(tonline->passwordHints.size(), 1);
    QCOMPARE(tonline->passwordHints.at(0).kind, PasswordHint::Kind::MailPassword);
    QCOMPARE(tonline->enableHints.size(), 1); // from the ISPDB file itself

    for (const QString &a : { u"x@web.de"_s, u"x@gmx.net"_s }) {
        const std::optional<ProviderConfig> config = db.lookup(address(a));
        QVERIFY(config);
        QCOMPARE(config->passwordHints.size(), 2);
        QCOMPARE(config->passwordHints.at(0).kind, PasswordHint::Kind::EnableAccess);
        QCOMPARE(config->passwordHints.at(0).when, PasswordHint::When::Always);
        QCOMPARE(config->passwordHints.at(1).kind, PasswordHint::Kind::AppPassword);
        QCOMPARE(config->passwordHints.at(1).when, PasswordHint::When::TwoFactor);
    }
    for (const QString &a : { u"x@icloud.com"_s, u"x@yahoo.com"_s }) {
        const std::optional<ProviderConfig> config = db.lookup(address(a));
        QVERIFY(config);
        QCOMPARE(config->passwordHints.size(), 1);
        QCOMPARE(config->passwordHints.at(0).kind, PasswordHint::Kind::AppPassword);
        QCOMPARE(config->passwordHints.at(0).when, PasswordHint::When::Always);
    }
    const std::optional<ProviderConfig> mailbox = db.lookup(address(u"x@mailbox.org"_s));
    QVERIFY(mailbox);
    QCOMPARE(mailbox->passwordHints.at(0).when, PasswordHint::When::TwoFactor);
}

void TestProviderDb::noThirdPartySmtp()
{
    const ProviderDatabase &db = ProviderDatabase::bundled();
    for (const QString &a : { u"x@proton.me"_s, u"x@protonmail.com"_s, u"x@pm.me"_s, u"x@protonmail.ch"_s }) {
        const std::optional<ProviderConfig> proton = db.lookup(address(a));
        QVERIFY2(proton, qPrintable(a));
        QCOMPARE(proton->id, u"proton.me"_s);
        QVERIFY(proton->outgoingServers.isEmpty());
        QVERIFY(proton->noThirdPartySmtp);
        QCOMPARE(proton->noThirdPartySmtp->reason, NoThirdPartySmtp::Reason::LocalBridgeOnly);
        QVERIFY(proton->noThirdPartySmtp->bridge);
        QCOMPARE(proton->noThirdPartySmtp->bridge->host, u"127.0.0.1"_s);
        QCOMPARE(proton->noThirdPartySmtp->bridge->port, quint16(1025));
        QCOMPARE(proton->noThirdPartySmtp->bridge->username, a);
        QVERIFY(!proton->noThirdPartySmtp->explanation.text(u"de").isEmpty());
    }
    for (const QString &a : { u"x@tuta.com"_s, u"x@tutanota.de"_s, u"x@tutanota.com"_s, u"x@keemail.me"_s }) {
        const std::optional<ProviderConfig> tuta = db.lookup(address(a));
        QVERIFY2(tuta, qPrintable(a));
        QVERIFY(tuta->outgoingServers.isEmpty());
        QVERIFY(tuta->noThirdPartySmtp);
        QCOMPARE(tuta->noThirdPartySmtp->reason, NoThirdPartySmtp::Reason::NotOffered);
        QVERIFY(!tuta->noThirdPartySmtp->bridge);
    }
    QVERIFY(!db.lookup(address(u"x@gmail.com"_s))->noThirdPartySmtp);
}

void TestProviderDb::oauth2Providers()
{
    const ProviderDatabase &db = ProviderDatabase::bundled();
    const std::optional<ProviderConfig> outlook = db.lookup(address(u"x@outlook.com"_s));
    QVERIFY(outlook);
    QVERIFY(outlook->requiresOAuth2());
    QVERIFY(!outlook->oauth2); // hotmail.com.xml has no <oAuth2> block; office365.com.xml has
    const std::optional<ProviderConfig> office365 = db.lookup(address(u"x@contoso.onmicrosoft.com"_s));
    QVERIFY(!office365); // exact domains only
    const std::optional<ProviderConfig> m365 = db.lookupDomain(u"onmicrosoft.com"_s, address(u"x@contoso.com"_s));
    QVERIFY(m365);
    QVERIFY(m365->requiresOAuth2());
    QVERIFY(m365->oauth2);
    QCOMPARE(m365->oauth2->issuer, u"login.microsoftonline.com"_s);
    QVERIFY(m365->oauth2->scopes.contains(u"https://outlook.office365.com/SMTP.Send"_s));

    const std::optional<ProviderConfig> gmail = db.lookup(address(u"x@gmail.com"_s));
    QVERIFY(gmail->offersOAuth2());
    QVERIFY(!gmail->requiresOAuth2());
    QCOMPARE(gmail->oauth2->issuer, u"accounts.google.com"_s);
    QVERIFY(gmail->oauth2->scopes.contains(u"https://mail.google.com/"_s));
    QCOMPARE(gmail->oauth2->tokenUrl, QUrl(u"https://www.googleapis.com/oauth2/v3/token"_s));

    const std::optional<ProviderConfig> webde = db.lookup(address(u"x@web.de"_s));
    QVERIFY(!webde->offersOAuth2());
    QVERIFY(!webde->oauth2);
}

void TestProviderDb::emailDomainPlaceholder()
{
    // mail.ee's file says <hostname>%EMAILDOMAIN%</hostname>.
    const std::optional<ProviderConfig> config = ProviderDatabase::bundled().lookup(address(u"x@mail.ee"_s));
    QVERIFY(config);
    QCOMPARE(config->outgoingServers.first().host, u"mail.ee"_s);
    QCOMPARE(config->outgoingServers.first().username, u"x@mail.ee"_s);
}

void TestProviderDb::lookupMxHost_data()
{
    QTest::addColumn<QString>("mxHost");
    QTest::addColumn<QString>("providerId"); // empty: nothing found

    QTest::newRow("Google Workspace") << u"aspmx.l.google.com"_s << u"googlemail.com"_s;
    QTest::newRow("gmail MX, trailing dot") << u"gmail-smtp-in.l.google.com."_s << u"googlemail.com"_s;
    QTest::newRow("Microsoft 365 tenant") << u"contoso-com.mail.protection.outlook.com"_s << u"office365.com"_s;
    QTest::newRow("outlook.com consumer") << u"outlook-com.olc.protection.outlook.com"_s << u"hotmail.com"_s;
    QTest::newRow("IONOS") << u"mx00.ionos.de"_s << u"ionos.de"_s;
    QTest::newRow("mailbox.org") << u"mxext1.mailbox.org"_s << u"mailbox.org"_s;
    QTest::newRow("unknown") << u"mx.example.net"_s << QString();
    QTest::newRow("invalid") << u"not a host"_s << QString();
    QTest::newRow("public suffix") << u"co.uk"_s << QString();
}

void TestProviderDb::lookupMxHost()
{
    QFETCH(QString, mxHost);
    QFETCH(QString, providerId);
    const EmailAddress user = address(u"someone@company.example"_s);
    const std::optional<ProviderConfig> config = ProviderDatabase::bundled().lookupMxHost(mxHost, user);
    QCOMPARE(config.has_value(), !providerId.isEmpty());
    if (config) {
        QCOMPARE(config->id, providerId);
        // Placeholders are resolved for the user's address, not the MX domain.
        for (const OutgoingServer &server : config->outgoingServers)
            QVERIFY(server.username.isEmpty() || server.username.contains(u"someone"));
    }
}

void TestProviderDb::conflictsAndAmendments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(u"a.xml"_s);
    const QString b = dir.filePath(u"b.xml"_s);
    const QString broken = dir.filePath(u"broken.xml"_s);
    const QString overlay = dir.filePath(u"overlay.xml"_s);
    writeFile(a, providerXml("a", "<domain>a.example</domain><domain>shared.example</domain>", "smtp.a.example"));
    writeFile(b, providerXml("b", "<domain>b.example</domain><domain>Shared.Example</domain>", "smtp.b.example"));
    writeFile(broken, "<clientConfig><emailProvider id=\"x\">");
    writeFile(overlay,
        "<clientConfig xmlns:sd=\"https://smtp-doctor.invalid/ns/provider-overlay/1\">"
        "<emailProvider id=\"c\"><domain>c.example</domain><domain>a.example</domain>"
        "<outgoingServer type=\"smtp\"><hostname>smtp.c.example</hostname><port>587</port>"
        "<socketType>STARTTLS</socketType></outgoingServer></emailProvider>"
        "<sd:amend id=\"b\"><domain>b-alias.example</domain>"
        "<outgoingServer type=\"smtp\"><hostname>x.example</hostname><port>25</port>"
        "<socketType>plain</socketType></outgoingServer>"
        "<sd:password kind=\"app-password\"><sd:instruction>Use an app password.</sd:instruction></sd:password>"
        "</sd:amend>"
        "<sd:amend id=\"nobody\"><sd:password kind=\"mail-password\"/></sd:amend>"
        "</clientConfig>");
    const ProviderDatabase db = ProviderDatabase::load({ a, b, broken, dir.filePath(u"missing.xml"_s) }, { overlay });

    const EmailAddress user = address(u"u@shared.example"_s);
    QCOMPARE(db.lookupDomain(u"shared.example"_s, user)->id, u"a"_s); // first file wins
    QCOMPARE(db.lookupDomain(u"A.EXAMPLE."_s, user)->id, u"a"_s); // ISPDB wins over the overlay
    QCOMPARE(db.lookupDomain(u"c.example"_s, user)->origin, ConfigOrigin::Overlay);
    const std::optional<ProviderConfig> amended = db.lookupDomain(u"b-alias.example"_s, user);
    QVERIFY(amended);
    QCOMPARE(amended->id, u"b"_s);
    QCOMPARE(amended->origin, ConfigOrigin::Ispdb);
    QCOMPARE(amended->outgoingServers.size(), 1); // the amendment's server is ignored
    QCOMPARE(amended->outgoingServers.first().host, u"smtp.b.example"_s);
    QCOMPARE(amended->passwordHints.size(), 1);
    QCOMPARE(amended->passwordHints.first().instruction.text(u"de"), u"Use an app password."_s);
    QCOMPARE(db.domainCount(), 5); // a, shared, b, c, b-alias

    // shared.example in b, a.example in c, broken file, missing file, servers in an amendment,
    // amendment for an unknown provider.
    const QStringList warnings = db.loadWarnings();
    QCOMPARE(warnings.size(), 6);
    QVERIFY(warnings.join(u'\n').contains(u"nobody"));
}

QTEST_GUILESS_MAIN(TestProviderDb)
#include "tst_providerdb.moc"
