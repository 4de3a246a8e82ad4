// SPDX-License-Identifier: GPL-3.0-or-later
#include "sasl/saslclient.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Sasl;

Q_DECLARE_METATYPE(SmtpDoctor::Sasl::Mechanism)

namespace {

Credentials passwordCredentials(const QString &user, const QString &password)
{
    Credentials c;
    c.username = user;
    c.password = password;
    return c;
}

Credentials tokenCredentials(const QString &user, const QString &token, const QString &host = {}, quint16 port = 0)
{
    Credentials c;
    c.username = user;
    c.token = token;
    c.host = host;
    c.port = port;
    return c;
}

// -1 encodes "nullopt" in data tables.
int toInt(std::optional<Mechanism> m)
{
    return m ? static_cast<int>(*m) : -1;
}

// RFC 5802 section 5 (SCRAM-SHA-1) and RFC 7677 section 3 (SCRAM-SHA-256).
struct ScramVector
{
    Mechanism mechanism;
    QByteArray clientNonce;
    QByteArray clientFirst;
    QByteArray serverFirst;
    QByteArray clientFinal;
    QByteArray serverFinal;
};

const ScramVector &rfc5802Vector()
{
    static const ScramVector v{
        Mechanism::ScramSha1,
        "fyko+d2lbbFgONRv9qkxdawL"_ba,
        "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL"_ba,
        "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"_ba,
        "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts="_ba,
        "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="_ba,
    };
    return v;
}

const ScramVector &rfc7677Vector()
{
    static const ScramVector v{
        Mechanism::ScramSha256,
        "rOprNGfwEbeRWgbNEkqO"_ba,
        "n,,n=user,r=rOprNGfwEbeRWgbNEkqO"_ba,
        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"_ba,
        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
        "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="_ba,
        "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="_ba,
    };
    return v;
}

} // namespace

class TestSasl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mechanismNames_data();
    void mechanismNames();
    void unknownMechanismNames_data();
    void unknownMechanismNames();
    void tokenMechanisms();

    void chooseMechanism_data();
    void chooseMechanism();

    void createClientMechanism_data();
    void createClientMechanism();

    void plain_data();
    void plain();
    void plainWithoutInitialResponse();
    void plainRejectsUnexpectedChallenges();

    void login_data();
    void login();

    void cramMd5_data();
    void cramMd5();
    void cramMd5RejectsBadChallenges();

    void scramExchange_data();
    void scramExchange();
    void scramWithoutInitialResponse();
    void scramEscapesUsername();
    void scramRandomNonce();
    void scramBadServerFirst_data();
    void scramBadServerFirst();
    void scramBadServerFinal_data();
    void scramBadServerFinal();
    void scramNoChallengeAfterVerification();

    void oauthMessages_data();
    void oauthMessages();
    void oauthErrorChallenge_data();
    void oauthErrorChallenge();
    void oauthWithoutInitialResponse();
};

// ---------------------------------------------------------------- names

void TestSasl::mechanismNames_data()
{
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("PLAIN") << Mechanism::Plain << "PLAIN"_ba;
    QTest::newRow("LOGIN") << Mechanism::Login << "LOGIN"_ba;
    QTest::newRow("CRAM-MD5") << Mechanism::CramMd5 << "CRAM-MD5"_ba;
    QTest::newRow("SCRAM-SHA-1") << Mechanism::ScramSha1 << "SCRAM-SHA-1"_ba;
    QTest::newRow("SCRAM-SHA-256") << Mechanism::ScramSha256 << "SCRAM-SHA-256"_ba;
    QTest::newRow("XOAUTH2") << Mechanism::XOAuth2 << "XOAUTH2"_ba;
    QTest::newRow("OAUTHBEARER") << Mechanism::OAuthBearer << "OAUTHBEARER"_ba;
}

void TestSasl::mechanismNames()
{
    QFETCH(Mechanism, mechanism);
    QFETCH(QByteArray, name);

    QCOMPARE(mechanismName(mechanism), name);
    const QString text = QString::fromLatin1(name);
    QCOMPARE(mechanismFromName(text), std::optional<Mechanism>(mechanism));
    QCOMPARE(mechanismFromName(text.toLower()), std::optional<Mechanism>(mechanism));
    QCOMPARE(mechanismFromName(QString(u" "_s + text + u"\t"_s)), std::optional<Mechanism>(mechanism));
}

void TestSasl::unknownMechanismNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("DIGEST-MD5") << u"DIGEST-MD5"_s;
    QTest::newRow("GSSAPI") << u"GSSAPI"_s;
    QTest::newRow("SCRAM-SHA-256-PLUS") << u"SCRAM-SHA-256-PLUS"_s;
    QTest::newRow("SCRAM-SHA-2") << u"SCRAM-SHA-2"_s;
    QTest::newRow("PLAINX") << u"PLAINX"_s;
    QTest::newRow("AUTH=PLAIN") << u"AUTH=PLAIN"_s;
}

void TestSasl::unknownMechanismNames()
{
    QFETCH(QString, name);
    QCOMPARE(mechanismFromName(name), std::nullopt);
}

void TestSasl::tokenMechanisms()
{
    QVERIFY(isTokenMechanism(Mechanism::XOAuth2));
    QVERIFY(isTokenMechanism(Mechanism::OAuthBearer));
    QVERIFY(!isTokenMechanism(Mechanism::Plain));
    QVERIFY(!isTokenMechanism(Mechanism::Login));
    QVERIFY(!isTokenMechanism(Mechanism::CramMd5));
    QVERIFY(!isTokenMechanism(Mechanism::ScramSha1));
    QVERIFY(!isTokenMechanism(Mechanism::ScramSha256));
}

// ---------------------------------------------------------------- chooseMechanism

void TestSasl::chooseMechanism_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("haveToken");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("expected");

    const QStringList all{u"LOGIN"_s, u"PLAIN"_s, u"CRAM-MD5"_s, u"SCRAM-SHA-1"_s, u"SCRAM-SHA-256"_s,
                          u"XOAUTH2"_s, u"OAUTHBEARER"_s};
    const int none = -1;
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("tls: scram-256 beats plain/login/cram")
        << QStringList{u"LOGIN"_s, u"PLAIN"_s, u"CRAM-MD5"_s, u"SCRAM-SHA-256"_s} << false << true
        << int(Mechanism::ScramSha256);
    row("tls: scram-1 when no scram-256")
        << QStringList{u"PLAIN"_s, u"SCRAM-SHA-1"_s, u"LOGIN"_s} << false << true << int(Mechanism::ScramSha1);
    row("tls: login+plain -> plain") << QStringList{u"LOGIN"_s, u"PLAIN"_s} << false << true
                                     << int(Mechanism::Plain);
    row("tls: plain before cram") << QStringList{u"CRAM-MD5"_s, u"PLAIN"_s} << false << true
                                  << int(Mechanism::Plain);
    row("tls: login before cram") << QStringList{u"CRAM-MD5"_s, u"LOGIN"_s} << false << true
                                  << int(Mechanism::Login);
    row("tls: only cram") << QStringList{u"CRAM-MD5"_s} << false << true << int(Mechanism::CramMd5);
    row("tls: all, password") << all << false << true << int(Mechanism::ScramSha256);
    row("plaintext: cram before plain") << QStringList{u"CRAM-MD5"_s, u"PLAIN"_s} << false << false
                                        << int(Mechanism::CramMd5);
    row("plaintext: cram before login") << QStringList{u"LOGIN"_s, u"CRAM-MD5"_s} << false << false
                                        << int(Mechanism::CramMd5);
    row("plaintext: scram before cram") << QStringList{u"CRAM-MD5"_s, u"SCRAM-SHA-1"_s} << false << false
                                        << int(Mechanism::ScramSha1);
    row("plaintext: plain before login") << QStringList{u"LOGIN"_s, u"PLAIN"_s} << false << false
                                         << int(Mechanism::Plain);
    row("plaintext: only login") << QStringList{u"LOGIN"_s} << false << false << int(Mechanism::Login);
    row("token: xoauth2 over plain") << QStringList{u"XOAUTH2"_s, u"PLAIN"_s} << true << true
                                     << int(Mechanism::XOAuth2);
    row("token: oauthbearer first") << QStringList{u"XOAUTH2"_s, u"OAUTHBEARER"_s} << true << true
                                    << int(Mechanism::OAuthBearer);
    row("token: all") << all << true << true << int(Mechanism::OAuthBearer);
    row("token: only plain -> none") << QStringList{u"PLAIN"_s} << true << true << none;
    row("token: only password mechs -> none")
        << QStringList{u"PLAIN"_s, u"LOGIN"_s, u"SCRAM-SHA-256"_s} << true << false << none;
    row("password: only token mechs -> none") << QStringList{u"XOAUTH2"_s, u"OAUTHBEARER"_s} << false << true
                                              << none;
    row("nothing offered, password") << QStringList{} << false << true << none;
    row("nothing offered, token") << QStringList{} << true << true << none;
    row("unknown only") << QStringList{u"GSSAPI"_s, u"NTLM"_s, u"DIGEST-MD5"_s} << false << true << none;
    row("lowercase names") << QStringList{u"login"_s, u"plain"_s, u"scram-sha-256"_s} << false << true
                           << int(Mechanism::ScramSha256);
    row("mixed case token") << QStringList{u"Plain"_s, u"xOAuth2"_s} << true << true << int(Mechanism::XOAuth2);
    row("unknown mixed in") << QStringList{u"GSSAPI"_s, u"LOGIN"_s, u"NTLM"_s} << false << true
                            << int(Mechanism::Login);
}

void TestSasl::chooseMechanism()
{
    QFETCH(QStringList, offered);
    QFETCH(bool, haveToken);
    QFETCH(bool, tls);
    QFETCH(int, expected);

    const std::optional<Mechanism> chosen = SmtpDoctor::Sasl::chooseMechanism(offered, haveToken, tls);
    QCOMPARE(toInt(chosen), expected);
    if (chosen)
        QCOMPARE(isTokenMechanism(*chosen), haveToken);
}

// ---------------------------------------------------------------- factory

void TestSasl::createClientMechanism_data()
{
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<bool>("hasInitialResponse");

    QTest::newRow("PLAIN") << Mechanism::Plain << true;
    QTest::newRow("LOGIN") << Mechanism::Login << false;
    QTest::newRow("CRAM-MD5") << Mechanism::CramMd5 << false;
    QTest::newRow("SCRAM-SHA-1") << Mechanism::ScramSha1 << true;
    QTest::newRow("SCRAM-SHA-256") << Mechanism::ScramSha256 << true;
    QTest::newRow("XOAUTH2") << Mechanism::XOAuth2 << true;
    QTest::newRow("OAUTHBEARER") << Mechanism::OAuthBearer << true;
}

void TestSasl::createClientMechanism()
{
    QFETCH(Mechanism, mechanism);
    QFETCH(bool, hasInitialResponse);

    Credentials c = passwordCredentials(u"user"_s, u"secret"_s);
    c.token = u"token"_s;
    const auto client = createClient(mechanism, c);
    QVERIFY(client);
    QCOMPARE(client->mechanism(), mechanism);
    QCOMPARE(client->initialResponse().has_value(), hasInitialResponse);
    const bool scram = mechanism == Mechanism::ScramSha1 || mechanism == Mechanism::ScramSha256;
    QCOMPARE(client->serverVerified(), !scram);
}

// ---------------------------------------------------------------- PLAIN

void TestSasl::plain_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("expected");

    // RFC 4616 section 4, first example: "<NUL>tim<NUL>tanstaaftanstaaf".
    QTest::newRow("RFC 4616") << u"tim"_s << u"tanstaaftanstaaf"_s << "\0tim\0tanstaaftanstaaf"_ba;
    QTest::newRow("utf-8") << u"j\u00fcrgen@example.org"_s << u"p\u00e4ss\u20ac"_s
                           << "\0j\xc3\xbcrgen@example.org\0p\xc3\xa4ss\xe2\x82\xac"_ba;
    QTest::newRow("empty password") << u"u"_s << QString() << "\0u\0"_ba;
}

void TestSasl::plain()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, expected);

    const auto client = createClient(Mechanism::Plain, passwordCredentials(user, password));
    const std::optional<QByteArray> ir = client->initialResponse();
    QVERIFY(ir);
    QCOMPARE(*ir, expected);
    QVERIFY(client->serverVerified());
}

void TestSasl::plainWithoutInitialResponse()
{
    const auto client = createClient(Mechanism::Plain, passwordCredentials(u"tim"_s, u"tanstaaftanstaaf"_s));
    const auto step = client->respond({});
    QVERIFY(step.ok);
    QCOMPARE(step.response.toBase64(), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"_ba);
    const auto second = client->respond({});
    QVERIFY(!second.ok);
    QVERIFY(!second.error.isEmpty());
}

void TestSasl::plainRejectsUnexpectedChallenges()
{
    {
        const auto client = createClient(Mechanism::Plain, passwordCredentials(u"tim"_s, u"pw"_s));
        (void)client->initialResponse();
        const auto step = client->respond("what?"_ba);
        QVERIFY(!step.ok);
        QVERIFY(step.response.isEmpty());
    }
    {
        // Server that ignored the initial response: one empty 334 is answered.
        const auto client = createClient(Mechanism::Plain, passwordCredentials(u"tim"_s, u"pw"_s));
        const QByteArray ir = *client->initialResponse();
        const auto again = client->respond({});
        QVERIFY(again.ok);
        QCOMPARE(again.response, ir);
        QVERIFY(!client->respond({}).ok);
    }
}

// ---------------------------------------------------------------- LOGIN

void TestSasl::login_data()
{
    QTest::addColumn<QByteArray>("firstChallenge");
    QTest::addColumn<QByteArray>("secondChallenge");

    QTest::newRow("standard") << "Username:"_ba << "Password:"_ba;
    QTest::newRow("lowercase") << "username:"_ba << "password:"_ba;
    QTest::newRow("empty challenges") << QByteArray() << QByteArray();
    QTest::newRow("odd text") << "User Name\0"_ba << "Password\0"_ba;
}

void TestSasl::login()
{
    QFETCH(QByteArray, firstChallenge);
    QFETCH(QByteArray, secondChallenge);

    const auto client = createClient(Mechanism::Login, passwordCredentials(u"tim"_s, u"t\u00e4nstaaf"_s));
    QCOMPARE(client->initialResponse(), std::nullopt);

    const auto user = client->respond(firstChallenge);
    QVERIFY(user.ok);
    QCOMPARE(user.response, "tim"_ba);

    const auto pass = client->respond(secondChallenge);
    QVERIFY(pass.ok);
    QCOMPARE(pass.response, "t\xc3\xa4nstaaf"_ba);

    const auto third = client->respond("Password:"_ba);
    QVERIFY(!third.ok);
    QVERIFY(third.response.isEmpty());
    QVERIFY(!third.error.isEmpty());
    QVERIFY(!client->respond("Password:"_ba).ok);
    QVERIFY(client->serverVerified());
}

// ---------------------------------------------------------------- CRAM-MD5

void TestSasl::cramMd5_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QByteArray>("expected");

    // RFC 2195 section 2.
    QTest::newRow("RFC 2195") << u"tim"_s << u"tanstaaftanstaaf"_s
                              << "<1896.697170952@postoffice.reston.mci.net>"_ba
                              << "tim b913a602c7eda7a495b4e6e7334d3890"_ba;
    // RFC 2104 / RFC 2202 test case 2 for HMAC-MD5 (key "Jefe").
    QTest::newRow("RFC 2202 case 2") << u"joe"_s << u"Jefe"_s << "what do ya want for nothing?"_ba
                                     << "joe 750c783e6ab0b503eaa86e310a5db738"_ba;
}

void TestSasl::cramMd5()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, challenge);
    QFETCH(QByteArray, expected);

    const auto client = createClient(Mechanism::CramMd5, passwordCredentials(user, password));
    QCOMPARE(client->initialResponse(), std::nullopt);
    const auto step = client->respond(challenge);
    QVERIFY(step.ok);
    QCOMPARE(step.response, expected);
    QVERIFY(!client->respond(challenge).ok);
}

void TestSasl::cramMd5RejectsBadChallenges()
{
    const auto client = createClient(Mechanism::CramMd5, passwordCredentials(u"tim"_s, u"pw"_s));
    const auto step = client->respond({});
    QVERIFY(!step.ok);
    QVERIFY(step.response.isEmpty());
}

// ---------------------------------------------------------------- SCRAM

void TestSasl::scramExchange_data()
{
    QTest::addColumn<int>("vector");
    QTest::newRow("RFC 5802 SCRAM-SHA-1") << 1;
    QTest::newRow("RFC 7677 SCRAM-SHA-256") << 256;
}

void TestSasl::scramExchange()
{
    QFETCH(int, vector);
    const ScramVector &v = vector == 1 ? rfc5802Vector() : rfc7677Vector();

    const auto client = createClient(v.mechanism, passwordCredentials(u"user"_s, u"pencil"_s), v.clientNonce);
    QCOMPARE(client->mechanism(), v.mechanism);
    QVERIFY(!client->serverVerified());

    const std::optional<QByteArray> first = client->initialResponse();
    QVERIFY(first);
    QCOMPARE(*first, v.clientFirst);
    QVERIFY(!client->serverVerified());

    const auto final = client->respond(v.serverFirst);
    QVERIFY2(final.ok, qPrintable(final.error));
    QCOMPARE(final.response, v.clientFinal);
    QVERIFY(!client->serverVerified());

    const auto done = client->respond(v.serverFinal);
    QVERIFY2(done.ok, qPrintable(done.error));
    QVERIFY(done.response.isEmpty());
    QVERIFY(client->serverVerified());
}

void TestSasl::scramWithoutInitialResponse()
{
    const ScramVector &v = rfc7677Vector();
    const auto client = createClient(v.mechanism, passwordCredentials(u"user"_s, u"pencil"_s), v.clientNonce);
    const auto first = client->respond({});
    QVERIFY(first.ok);
    QCOMPARE(first.response, v.clientFirst);
    const auto final = client->respond(v.serverFirst);
    QVERIFY(final.ok);
    QCOMPARE(final.response, v.clientFinal);
    QVERIFY(client->respond(v.serverFinal).ok);
    QVERIFY(client->serverVerified());

    // A server that opens with a non-empty challenge is not speaking SCRAM.
    const auto other = createClient(v.mechanism, passwordCredentials(u"user"_s, u"pencil"_s), v.clientNonce);
    QVERIFY(!other->respond(v.serverFirst).ok);
}

void TestSasl::scramEscapesUsername()
{
    const auto client = createClient(Mechanism::ScramSha256, passwordCredentials(u"a,b=c@\u00e9"_s, u"pw"_s),
                                     "abc"_ba);
    QCOMPARE(*client->initialResponse(), "n,,n=a=2Cb=3Dc@\xc3\xa9,r=abc"_ba);
}

void TestSasl::scramRandomNonce()
{
    QSet<QByteArray> nonces;
    for (int i = 0; i < 8; ++i) {
        const auto client = createClient(Mechanism::ScramSha1, passwordCredentials(u"user"_s, u"pencil"_s));
        const QByteArray first = *client->initialResponse();
        QVERIFY(first.startsWith("n,,n=user,r="_ba));
        const QByteArray nonce = first.mid(12);
        QVERIFY(nonce.size() >= 16);
        for (const char c : nonce)
            QVERIFY2(c >= 0x21 && c <= 0x7e && c != ',', first.constData());
        nonces.insert(nonce);
    }
    QCOMPARE(nonces.size(), 8);
}

void TestSasl::scramBadServerFirst_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QString>("errorContains");

    const QByteArray salt = ",s=W22ZaJ0SNY7soEsUEjb6gQ=="_ba;
    const QByteArray goodNonce = "r=rOprNGfwEbeRWgbNEkqOxyz"_ba;

    QTest::newRow("nonce not extending ours")
        << QByteArray("r=XOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"_ba + salt + ",i=4096"_ba) << u"nonce"_s;
    QTest::newRow("nonce is a prefix of ours") << QByteArray("r=rOprNGfwEbeRW"_ba + salt + ",i=4096"_ba) << u"nonce"_s;
    QTest::newRow("nonce equals ours (no server part)")
        << QByteArray("r=rOprNGfwEbeRWgbNEkqO"_ba + salt + ",i=4096"_ba) << u"nonce"_s;
    QTest::newRow("nonce with control char") << QByteArray(goodNonce + "\x7f"_ba + salt + ",i=4096"_ba) << u"nonce"_s;
    QTest::newRow("mandatory extension") << QByteArray("m=foo,"_ba + goodNonce + salt + ",i=4096"_ba) << u"m="_s;
    QTest::newRow("i=0") << QByteArray(goodNonce + salt + ",i=0"_ba) << u"iteration"_s;
    QTest::newRow("i=-1") << QByteArray(goodNonce + salt + ",i=-1"_ba) << u"iteration"_s;
    QTest::newRow("i=1000001") << QByteArray(goodNonce + salt + ",i=1000001"_ba) << u"iteration"_s;
    QTest::newRow("i=4294967296") << QByteArray(goodNonce + salt + ",i=4294967296"_ba) << u"iteration"_s;
    QTest::newRow("i=abc") << QByteArray(goodNonce + salt + ",i=abc"_ba) << u"iteration"_s;
    QTest::newRow("i empty") << QByteArray(goodNonce + salt + ",i="_ba) << u"iteration"_s;
    QTest::newRow("i=4096x") << QByteArray(goodNonce + salt + ",i=4096x"_ba) << u"iteration"_s;
    QTest::newRow("missing i") << QByteArray(goodNonce + salt) << u"malformed"_s;
    QTest::newRow("missing salt") << QByteArray(goodNonce + ",i=4096"_ba) << u"malformed"_s;
    QTest::newRow("bad salt base64") << QByteArray(goodNonce + ",s=@@@@,i=4096"_ba) << u"salt"_s;
    QTest::newRow("empty salt") << QByteArray(goodNonce + ",s=,i=4096"_ba) << u"salt"_s;
    QTest::newRow("wrong order") << QByteArray("s=W22ZaJ0SNY7soEsUEjb6gQ==,"_ba + goodNonce + ",i=4096"_ba)
                                 << u"nonce"_s;
    QTest::newRow("garbage") << "hello world"_ba << u"malformed"_s;
    QTest::newRow("server error instead") << "e=other-error"_ba << u"malformed"_s;
}

void TestSasl::scramBadServerFirst()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QString, errorContains);

    const auto client = createClient(Mechanism::ScramSha256, passwordCredentials(u"user"_s, u"pencil"_s),
                                     "rOprNGfwEbeRWgbNEkqO"_ba);
    (void)client->initialResponse();
    const auto step = client->respond(serverFirst);
    QVERIFY(!step.ok);
    QVERIFY(step.response.isEmpty());
    QVERIFY2(step.error.contains(errorContains, Qt::CaseInsensitive), qPrintable(step.error));
    QVERIFY(!client->serverVerified());
    // The exchange stays failed.
    QVERIFY(!client->respond(rfc7677Vector().serverFirst).ok);
    QVERIFY(!client->serverVerified());
}

void TestSasl::scramBadServerFinal_data()
{
    QTest::addColumn<int>("vector");
    QTest::addColumn<QByteArray>("serverFinal");
    QTest::addColumn<QString>("expectedError");

    // The RFC's server signatures with their first character changed (not the last:
    // that one partly holds padding bits a lenient decoder may ignore).
    QTest::newRow("sha1 tampered") << 1 << "v=smF9pqV8S7suAoZWja4dJRkFsKQ="_ba << u"server signature mismatch"_s;
    QTest::newRow("sha256 tampered") << 256 << "v=7rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="_ba
                                     << u"server signature mismatch"_s;
    QTest::newRow("sha256 given sha1 signature") << 256 << rfc5802Vector().serverFinal
                                                 << u"server signature mismatch"_s;
    QTest::newRow("empty verifier") << 256 << "v="_ba << u"server signature mismatch"_s;
    QTest::newRow("verifier not base64") << 1 << "v=!!!!"_ba << u"server signature mismatch"_s;
    QTest::newRow("truncated verifier") << 1 << "v=rmF9pqV8S7suAoZWja4dJRkF"_ba << u"server signature mismatch"_s;
    QTest::newRow("e=invalid-proof") << 1 << "e=invalid-proof"_ba << u"invalid-proof"_s;
    QTest::newRow("e=unknown-user") << 256 << "e=unknown-user,x=1"_ba << u"unknown-user"_s;
    QTest::newRow("garbage") << 256 << "ok"_ba << u"malformed server-final-message"_s;
    QTest::newRow("empty") << 256 << QByteArray() << u"malformed server-final-message"_s;
}

void TestSasl::scramBadServerFinal()
{
    QFETCH(int, vector);
    QFETCH(QByteArray, serverFinal);
    QFETCH(QString, expectedError);
    const ScramVector &v = vector == 1 ? rfc5802Vector() : rfc7677Vector();

    const auto client = createClient(v.mechanism, passwordCredentials(u"user"_s, u"pencil"_s), v.clientNonce);
    QCOMPARE(*client->initialResponse(), v.clientFirst);
    const auto final = client->respond(v.serverFirst);
    QVERIFY(final.ok);
    QCOMPARE(final.response, v.clientFinal);

    const auto step = client->respond(serverFinal);
    QVERIFY(!step.ok);
    QVERIFY(step.response.isEmpty());
    QVERIFY2(step.error.contains(expectedError), qPrintable(step.error));
    QVERIFY(!client->serverVerified());
}

void TestSasl::scramNoChallengeAfterVerification()
{
    const ScramVector &v = rfc5802Vector();
    const auto client = createClient(v.mechanism, passwordCredentials(u"user"_s, u"pencil"_s), v.clientNonce);
    (void)client->initialResponse();
    QVERIFY(client->respond(v.serverFirst).ok);
    QVERIFY(client->respond(v.serverFinal).ok);
    QVERIFY(client->serverVerified());
    QVERIFY(!client->respond(v.serverFinal).ok);
    QVERIFY(!client->serverVerified());
}

// ---------------------------------------------------------------- XOAUTH2 / OAUTHBEARER

void TestSasl::oauthMessages_data()
{
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArray>("expected");

    // Google's XOAUTH2 protocol documentation example, base64 as published there.
    QTest::newRow("XOAUTH2 Google example")
        << Mechanism::XOAuth2 << u"someuser@example.com"_s << u"ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"_s
        << QString() << 0
        << QByteArray::fromBase64("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbG"
                                  "NrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="_ba);
    QTest::newRow("XOAUTH2 ignores host/port")
        << Mechanism::XOAuth2 << u"u@example.org"_s << u"tok"_s << u"smtp.example.org"_s << 587
        << "user=u@example.org\x01"
           "auth=Bearer tok\x01\x01"_ba;
    // RFC 7628 section 4.1, base64 as published there.
    QTest::newRow("OAUTHBEARER RFC 7628")
        << Mechanism::OAuthBearer << u"user@example.com"_s << u"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="_s
        << u"server.example.com"_s << 143
        << QByteArray::fromBase64("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9Qm"
                                  "VhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"_ba);
    QTest::newRow("OAUTHBEARER escapes user")
        << Mechanism::OAuthBearer << u"a,b=c"_s << u"T"_s << u"H"_s << 465
        << "n,a=a=2Cb=3Dc,\x01host=H\x01port=465\x01"
           "auth=Bearer T\x01\x01"_ba;
    QTest::newRow("OAUTHBEARER without host/port")
        << Mechanism::OAuthBearer << u"u"_s << u"T"_s << QString() << 0
        << "n,a=u,\x01"
           "auth=Bearer T\x01\x01"_ba;
    QTest::newRow("OAUTHBEARER without user")
        << Mechanism::OAuthBearer << QString() << u"T"_s << u"h"_s << 25
        << "n,,\x01host=h\x01port=25\x01"
           "auth=Bearer T\x01\x01"_ba;
}

void TestSasl::oauthMessages()
{
    QFETCH(Mechanism, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArray, expected);

    QVERIFY(!expected.isEmpty());
    const auto client =
        createClient(mechanism, tokenCredentials(user, token, host, static_cast<quint16>(port)));
    QCOMPARE(client->mechanism(), mechanism);
    const std::optional<QByteArray> ir = client->initialResponse();
    QVERIFY(ir);
    QCOMPARE(*ir, expected);
    QVERIFY(client->serverVerified());
}

void TestSasl::oauthErrorChallenge_data()
{
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QByteArray>("expectedReply");

    // Google's documented failure challenge (already base64-decoded).
    const QByteArray googleError =
        R"({"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"})"_ba;
    // RFC 7628 section 4.3 style failure.
    const QByteArray rfcError =
        R"({"status":"invalid_token","scope":"example_scope",)"
        R"("openid-configuration":"https://example.com/.well-known/openid-configuration"})"_ba;

    QTest::newRow("XOAUTH2") << Mechanism::XOAuth2 << googleError << QByteArray();
    QTest::newRow("OAUTHBEARER") << Mechanism::OAuthBearer << rfcError << "\x01"_ba;
}

void TestSasl::oauthErrorChallenge()
{
    QFETCH(Mechanism, mechanism);
    QFETCH(QByteArray, challenge);
    QFETCH(QByteArray, expectedReply);

    const auto client = createClient(mechanism, tokenCredentials(u"u@example.com"_s, u"tok"_s, u"h"_s, 587));
    QVERIFY(client->initialResponse());
    const auto step = client->respond(challenge);
    QVERIFY(step.ok);
    QCOMPARE(step.response, expectedReply);
    QVERIFY(client->serverVerified());
    // The server must now send its final status; another challenge is an error.
    const auto again = client->respond(challenge);
    QVERIFY(!again.ok);
    QVERIFY(again.response.isEmpty());
}

void TestSasl::oauthWithoutInitialResponse()
{
    for (const Mechanism m : {Mechanism::XOAuth2, Mechanism::OAuthBearer}) {
        const auto client = createClient(m, tokenCredentials(u"u"_s, u"tok"_s));
        const auto step = client->respond({});
        QVERIFY(step.ok);
        QVERIFY(step.response.contains("auth=Bearer tok\x01\x01"_ba));
        // then the error challenge gets the dummy reply
        const auto err = client->respond(R"({"status":"401"})"_ba);
        QVERIFY(err.ok);
        QCOMPARE(err.response, m == Mechanism::OAuthBearer ? "\x01"_ba : QByteArray());
        QVERIFY(!client->respond({}).ok);
    }
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
