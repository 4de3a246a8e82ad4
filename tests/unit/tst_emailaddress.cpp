// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/emailaddress.h"
#include "detect/hostname.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Detect;

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void errorTexts();
    void hostNames_data();
    void hostNames();
};

void TestEmailAddress::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("aceDomain");

    QTest::newRow("simple") << u"john@example.org"_s << u"john"_s << u"example.org"_s << u"example.org"_s;
    QTest::newRow("trimmed") << u"  \tjohn@example.org \n"_s << u"john"_s << u"example.org"_s << u"example.org"_s;
    QTest::newRow("domain lower-cased, local part kept")
        << u"John.Doe@Mail.EXAMPLE.org"_s << u"John.Doe"_s << u"mail.example.org"_s << u"mail.example.org"_s;
    QTest::newRow("atext specials") << u"a!#$%&'*+-/=?^_`{|}~z@example.org"_s << u"a!#$%&'*+-/=?^_`{|}~z"_s
                                    << u"example.org"_s << u"example.org"_s;
    QTest::newRow("plus tag") << u"user+tag@example.co.uk"_s << u"user+tag"_s << u"example.co.uk"_s
                              << u"example.co.uk"_s;
    QTest::newRow("IDN") << u"jürgen@bücher.de"_s << u"jürgen"_s << u"bücher.de"_s << u"xn--bcher-kva.de"_s;
    QTest::newRow("IDN upper case") << u"Jürgen@BÜCHER.DE"_s << u"Jürgen"_s << u"bücher.de"_s << u"xn--bcher-kva.de"_s;
    QTest::newRow("IDN given as ACE") << u"j@xn--bcher-kva.de"_s << u"j"_s << u"bücher.de"_s << u"xn--bcher-kva.de"_s;
    QTest::newRow("IDN ideographic full stop") << u"j@例え\u3002jp"_s << u"j"_s << u"例え.jp"_s << u"xn--r8jz45g.jp"_s;
    QTest::newRow("quoted with space") << u"\"john doe\"@example.org"_s << u"\"john doe\""_s << u"example.org"_s
                                       << u"example.org"_s;
    QTest::newRow("quoted with @") << u"\"a@b\"@example.org"_s << u"\"a@b\""_s << u"example.org"_s << u"example.org"_s;
    QTest::newRow("quoted with escapes") << u"\"a\\\"b\\\\c\"@example.org"_s << u"\"a\\\"b\\\\c\""_s << u"example.org"_s
                                         << u"example.org"_s;
    QTest::newRow("needless quotes dropped")
        << u"\"john.doe\"@example.org"_s << u"john.doe"_s << u"example.org"_s << u"example.org"_s;
    QTest::newRow("needless escape dropped")
        << u"\"jo\\hn\"@example.org"_s << u"john"_s << u"example.org"_s << u"example.org"_s;
    QTest::newRow("quoted double dot") << u"\"john..doe\"@example.org"_s << u"\"john..doe\""_s << u"example.org"_s
                                       << u"example.org"_s;
    QTest::newRow("64-octet local part") << QString(64, u'a') + u"@example.org"_s << QString(64, u'a')
                                         << u"example.org"_s << u"example.org"_s;
    QTest::newRow("63-octet label") << u"a@"_s + QString(63, u'b') + u".org"_s << u"a"_s
                                    << QString(63, u'b') + u".org"_s << QString(63, u'b') + u".org"_s;
    QTest::newRow("hyphen and digits") << u"a@mail-1.x2.example"_s << u"a"_s << u"mail-1.x2.example"_s
                                       << u"mail-1.x2.example"_s;
}

void TestEmailAddress::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, localPart);
    QFETCH(QString, domain);
    QFETCH(QString, aceDomain);

    AddressError error = AddressError::MissingAt; // must be reset
    const std::optional<EmailAddress> address = EmailAddress::parse(input, &error);
    QVERIFY2(address.has_value(), qPrintable(addressErrorText(error)));
    QCOMPARE(error, AddressError::None);
    QCOMPARE(address->localPart(), localPart);
    QCOMPARE(address->domain(), domain);
    QCOMPARE(address->aceDomain(), aceDomain);
    QCOMPARE(address->address(), localPart + u'@' + domain);
    QCOMPARE(address->aceAddress(), localPart + u'@' + aceDomain);
    // Parsing the canonical form again gives the same address.
    QCOMPARE(EmailAddress::parse(address->address()), address);
    QCOMPARE(EmailAddress::parse(address->aceAddress())->aceDomain(), aceDomain);
}

void TestEmailAddress::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<AddressError>("error");

    QTest::newRow("empty") << QString() << AddressError::Empty;
    QTest::newRow("blank") << u" \t "_s << AddressError::Empty;
    QTest::newRow("no @") << u"john.example.org"_s << AddressError::MissingAt;
    QTest::newRow("name only") << u"john doe"_s << AddressError::MissingAt;
    QTest::newRow("two @") << u"a@b@example.org"_s << AddressError::MultipleAt;
    QTest::newRow("@@") << u"a@@example.org"_s << AddressError::MultipleAt;
    QTest::newRow("missing local part") << u"@example.org"_s << AddressError::MissingLocalPart;
    QTest::newRow("empty quoted local part") << u"\"\"@example.org"_s << AddressError::MissingLocalPart;
    QTest::newRow("missing domain") << u"john@"_s << AddressError::MissingDomain;
    QTest::newRow("space in local part") << u"john doe@example.org"_s << AddressError::Whitespace;
    QTest::newRow("space in domain") << u"john@exa mple.org"_s << AddressError::Whitespace;
    QTest::newRow("space after quote") << u"\"john\" @example.org"_s << AddressError::Whitespace;
    QTest::newRow("no-break space") << u"john\u00a0doe@example.org"_s << AddressError::Whitespace;
    QTest::newRow("tab inside") << u"john\tdoe@example.org"_s << AddressError::ControlCharacter;
    QTest::newRow("newline inside") << u"john@example.org\nBcc: x@y.org"_s << AddressError::ControlCharacter;
    QTest::newRow("NUL") << u"jo"_s + QChar(0) + u"hn@example.org"_s << AddressError::ControlCharacter;
    QTest::newRow("DEL in quotes") << u"\"jo\u007fhn\"@example.org"_s << AddressError::ControlCharacter;
    QTest::newRow("unterminated quote") << u"\"john@example.org"_s << AddressError::UnterminatedQuote;
    QTest::newRow("lone backslash") << u"\"john\\"_s << AddressError::UnterminatedQuote;
    QTest::newRow("quoted, nothing after") << u"\"john doe\""_s << AddressError::MissingAt;
    QTest::newRow("text after quote") << u"\"john\"doe@example.org"_s << AddressError::LocalPartCharacter;
    QTest::newRow("leading dot") << u".john@example.org"_s << AddressError::LocalPartDots;
    QTest::newRow("trailing dot") << u"john.@example.org"_s << AddressError::LocalPartDots;
    QTest::newRow("double dot") << u"john..doe@example.org"_s << AddressError::LocalPartDots;
    QTest::newRow("comma") << u"john,doe@example.org"_s << AddressError::LocalPartCharacter;
    QTest::newRow("display name") << u"John <john@example.org>"_s << AddressError::Whitespace;
    QTest::newRow("angle brackets") << u"<john@example.org>"_s << AddressError::LocalPartCharacter;
    QTest::newRow("inner quote") << u"jo\"hn@example.org"_s << AddressError::LocalPartCharacter;
    QTest::newRow("backslash") << u"jo\\hn@example.org"_s << AddressError::LocalPartCharacter;
    QTest::newRow("65-octet local part") << QString(65, u'a') + u"@example.org"_s << AddressError::LocalPartTooLong;
    QTest::newRow("local part 64 chars but 65 octets")
        << QString(63, u'a') + u"ü@example.org"_s << AddressError::LocalPartTooLong;
    QTest::newRow("domain leading dot") << u"john@.example.org"_s << AddressError::DomainDots;
    QTest::newRow("domain trailing dot") << u"john@example.org."_s << AddressError::DomainDots;
    QTest::newRow("domain double dot") << u"john@example..org"_s << AddressError::DomainDots;
    QTest::newRow("underscore") << u"john@ex_ample.org"_s << AddressError::DomainCharacter;
    QTest::newRow("slash") << u"john@example.org/path"_s << AddressError::DomainCharacter;
    QTest::newRow("port") << u"john@example.org:25"_s << AddressError::DomainCharacter;
    QTest::newRow("leading hyphen") << u"john@-example.org"_s << AddressError::DomainCharacter;
    QTest::newRow("trailing hyphen") << u"john@example-.org"_s << AddressError::DomainCharacter;
    QTest::newRow("64-octet label") << u"john@"_s + QString(64, u'a') + u".org"_s << AddressError::LabelTooLong;
    QTest::newRow("IDN label too long in ACE")
        << u"john@"_s + QString(60, u'ü') + u".org"_s << AddressError::LabelTooLong;
    QString longDomain;
    for (int i = 0; i < 4; ++i)
        longDomain += QString(63, QChar(u'a' + i)) + u'.';
    longDomain += u"org"_s; // 4 * 64 + 3 = 259 octets
    QTest::newRow("254+ octet domain") << u"john@"_s + longDomain << AddressError::DomainTooLong;
    QTest::newRow("no dot") << u"john@localhost"_s << AddressError::DomainWithoutDot;
    QTest::newRow("no dot IDN") << u"john@bücher"_s << AddressError::DomainWithoutDot;
    QTest::newRow("address literal") << u"john@[192.0.2.1]"_s << AddressError::AddressLiteral;
    QTest::newRow("IPv6 literal") << u"john@[IPv6:2001:db8::1]"_s << AddressError::AddressLiteral;
    QTest::newRow("bare IPv4") << u"john@192.0.2.1"_s << AddressError::AddressLiteral;
    QTest::newRow("numeric TLD") << u"john@example.123"_s << AddressError::AddressLiteral;
    QTest::newRow("non-canonical A-label") << u"user@xn---m-chgn-6y.de"_s << AddressError::DomainCharacter;
    QTest::newRow("full-width hex IPv4") << u"user@\uff11\uff12\uff17\uff0e\uff10\uff58\uff11"_s
                                         << AddressError::AddressLiteral;
}

void TestEmailAddress::invalid()
{
    QFETCH(QString, input);
    QFETCH(AddressError, error);
    AddressError actual = AddressError::None;
    const std::optional<EmailAddress> address = EmailAddress::parse(input, &actual);
    QVERIFY(!address.has_value());
    QCOMPARE(int(actual), int(error));
    QVERIFY(!addressErrorText(actual).isEmpty());
    QVERIFY(!EmailAddress::parse(input)); // the error pointer is optional
}

void TestEmailAddress::errorTexts()
{
    QVERIFY(addressErrorText(AddressError::None).isEmpty());
    QStringList seen;
    for (int i = int(AddressError::Empty); i <= int(AddressError::AddressLiteral); ++i) {
        const QString text = addressErrorText(static_cast<AddressError>(i));
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.append(text);
    }
    QCOMPARE(seen.size(), 17);
}

void TestEmailAddress::hostNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("ace");
    QTest::addColumn<HostNameError>("error");

    QTest::newRow("plain") << u"smtp.example.com"_s << u"smtp.example.com"_s << HostNameError::None;
    QTest::newRow("fqdn") << u"SMTP.Example.com."_s << u"smtp.example.com"_s << HostNameError::None;
    QTest::newRow("IDN") << u"smtp.bücher.de"_s << u"smtp.xn--bcher-kva.de"_s << HostNameError::None;
    QTest::newRow("empty") << QString() << QString() << HostNameError::Empty;
    QTest::newRow("two trailing dots") << u"example.com.."_s << QString() << HostNameError::InvalidDots;
    QTest::newRow("path") << u"smtp.example.com/evil"_s << QString() << HostNameError::InvalidCharacter;
    QTest::newRow("scheme") << u"https://smtp.example.com"_s << QString() << HostNameError::InvalidCharacter;
    QTest::newRow("port") << u"smtp.example.com:465"_s << QString() << HostNameError::InvalidCharacter;
    QTest::newRow("user") << u"me@smtp.example.com"_s << QString() << HostNameError::InvalidCharacter;
    QTest::newRow("space") << u"smtp .example.com"_s << QString() << HostNameError::InvalidCharacter;
    QTest::newRow("zero-width") << u"smtp\u200b.example.com"_s << QString() << HostNameError::InvalidCharacter;
    QTest::newRow("localhost") << u"localhost"_s << QString() << HostNameError::NoDot;
    QTest::newRow("IPv4") << u"127.0.0.1"_s << QString() << HostNameError::IpAddress;
    QTest::newRow("IPv6") << u"::1"_s << QString() << HostNameError::IpAddress;
    QTest::newRow("literal") << u"[192.0.2.1]"_s << QString() << HostNameError::IpAddress;
    // Found by tests/fuzz (fuzz_emailaddress): "xn---m-chgn-6y" decodes to "í-m-chgn", whose
    // ACE form is "xn---m-chgn-6ya"; a non-canonical A-label would be shown as another domain.
    QTest::newRow("canonical A-label") << u"XN---M-CHGN-6YA.de"_s << u"xn---m-chgn-6ya.de"_s << HostNameError::None;
    QTest::newRow("non-canonical A-label") << u"xn---m-chgn-6y.de"_s << QString() << HostNameError::InvalidCharacter;
    // Found by tests/fuzz (fuzz_hostname): inet_aton syntax with hex parts is an IPv4 address
    // ("127.0x1" is 127.0.0.1), also behind a trailing dot or in full-width characters.
    QTest::newRow("hex IPv4 with trailing dot") << u"127.0x1."_s << QString() << HostNameError::IpAddress;
    QTest::newRow("hex IPv4 parts") << u"10.0x0a."_s << QString() << HostNameError::IpAddress;
    QTest::newRow("full-width hex IPv4") << u"\uff11\uff12\uff17\uff0e\uff10\uff58\uff11"_s << QString()
                                         << HostNameError::IpAddress;
    QTest::newRow("hex-looking TLD is a name") << u"example.0x1"_s << u"example.0x1"_s << HostNameError::None;
}

void TestEmailAddress::hostNames()
{
    QFETCH(QString, input);
    QFETCH(QString, ace);
    QFETCH(HostNameError, error);
    HostNameError actual = HostNameError::Empty;
    const std::optional<QString> result = aceHostName(input, &actual);
    QCOMPARE(int(actual), int(error));
    QCOMPARE(result.value_or(QString()), ace);
    QCOMPARE(result.has_value(), error == HostNameError::None);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
