// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/publicsuffix.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Detect;

class TestPublicSuffix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registrable_data();
    void registrable();
    void same_data();
    void same();
};

void TestPublicSuffix::registrable_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");

    QTest::newRow("two-level suffix") << u"example.co.uk"_s << u"example.co.uk"_s;
    QTest::newRow("deep host, two-level suffix") << u"smtp.mail.example.co.uk"_s << u"example.co.uk"_s;
    QTest::newRow("google MX") << u"mx.google.com"_s << u"google.com"_s;
    QTest::newRow("gmail MX") << u"gmail-smtp-in.l.google.com"_s << u"google.com"_s;
    QTest::newRow("outlook MX") << u"outlook-com.olc.protection.outlook.com"_s << u"outlook.com"_s;
    QTest::newRow("registrable itself") << u"example.org"_s << u"example.org"_s;
    QTest::newRow("upper case and trailing dot") << u"SMTP.Example.CO.UK."_s << u"example.co.uk"_s;
    QTest::newRow("IDN") << u"smtp.bücher.de"_s << u"xn--bcher-kva.de"_s;
    QTest::newRow("IDN given as ACE") << u"smtp.xn--bcher-kva.de"_s << u"xn--bcher-kva.de"_s;
    QTest::newRow("IDN suffix") << u"mail.例え.中国"_s << u"xn--r8jz45g.xn--fiqs8s"_s;
    QTest::newRow("private-section suffix") << u"someone.github.io"_s << u"someone.github.io"_s;
    QTest::newRow("public suffix itself") << u"co.uk"_s << QString();
    QTest::newRow("TLD") << u"com"_s << QString();
    QTest::newRow("single label") << u"localhost"_s << QString();
    QTest::newRow("IPv4") << u"192.0.2.1"_s << QString();
    QTest::newRow("IPv6") << u"2001:db8::1"_s << QString();
    QTest::newRow("invalid") << u"smtp.example.com/evil"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPublicSuffix::registrable()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(registrableDomain(host), expected);
}

void TestPublicSuffix::same_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("host and its domain") << u"smtp.example.org"_s << u"example.org"_s << true;
    QTest::newRow("siblings") << u"mx1.example.co.uk"_s << u"SMTP.example.co.uk"_s << true;
    QTest::newRow("different") << u"smtp.gmail.com"_s << u"gmail-smtp-in.l.google.com"_s << false;
    QTest::newRow("same suffix, different owners") << u"a.co.uk"_s << u"b.co.uk"_s << false;
    QTest::newRow("github pages users") << u"alice.github.io"_s << u"bob.github.io"_s << false;
    QTest::newRow("both public suffixes") << u"co.uk"_s << u"co.uk"_s << false;
    QTest::newRow("both invalid") << QString() << QString() << false;
    QTest::newRow("IDN vs ACE") << u"mail.bücher.de"_s << u"smtp.xn--bcher-kva.de"_s << true;
}

void TestPublicSuffix::same()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(sameRegistrableDomain(a, b), same);
    QCOMPARE(sameRegistrableDomain(b, a), same);
}

QTEST_GUILESS_MAIN(TestPublicSuffix)
#include "tst_publicsuffix.moc"
