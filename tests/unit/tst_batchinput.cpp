// SPDX-License-Identifier: GPL-3.0-or-later
// Detect::BatchInput: the lines of `detect --batch`, skipped, parsed and grouped by domain.
#include "detect/batchinput.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Detect;

class TestBatchInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skipped_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("skipped");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("blanks") << u" \t "_s << true;
        QTest::newRow("carriage return") << u"\r"_s << true;
        QTest::newRow("comment") << u"#alice@example.org"_s << true;
        QTest::newRow("indented comment") << u"   # note"_s << true;
        QTest::newRow("address") << u"alice@example.org"_s << false;
        QTest::newRow("address with trailing comment") << u"alice@example.org # x"_s << false;
        QTest::newRow("garbage") << u"x"_s << false;
    }

    void skipped()
    {
        QFETCH(QString, line);
        QFETCH(bool, skipped);
        QCOMPARE(isSkippedBatchLine(line), skipped);
    }

    void parseAndGroup()
    {
        const QStringList lines{
            u"# list"_s,                   // 0 skipped
            u"alice@Example.ORG"_s,        // 1 -> example.org
            QString(),                     // 2 skipped
            u"  bob@example.org  "_s,      // 3 -> example.org, input kept as given
            u"not-an-address"_s,           // 4 invalid
            u"carol@bücher.de"_s,          // 5 -> xn--bcher-kva.de
            u"dave@xn--bcher-kva.DE"_s,    // 6 -> the same domain in ACE
            u"al\uFFFDce@example.org"_s,   // 7 not UTF-8 in the file
            u"alice@example.org"_s,        // 8 a duplicate is an entry of its own
            u"erin@other.example"_s,       // 9 -> other.example
        };
        const BatchInput input = BatchInput::parse(lines);
        QCOMPARE(input.entries.size(), 8);
        QList<int> lineNumbers;
        for (const BatchEntry &e : input.entries)
            lineNumbers << e.line;
        QCOMPARE(lineNumbers, (QList<int>{1, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(input.entries.at(1).input, u"  bob@example.org  "_s);
        QCOMPARE(input.entries.at(1).address->address(), u"bob@example.org"_s);

        QCOMPARE(input.domains.size(), 3);
        QCOMPARE(input.domains.at(0).aceDomain, u"example.org"_s);
        QCOMPARE(input.domains.at(0).entries, (QList<int>{0, 1, 6}));
        QCOMPARE(input.domains.at(1).aceDomain, u"xn--bcher-kva.de"_s);
        QCOMPARE(input.domains.at(1).entries, (QList<int>{3, 4}));
        QCOMPARE(input.domains.at(2).aceDomain, u"other.example"_s);
        QCOMPARE(input.domains.at(2).entries, (QList<int>{7}));

        for (int i : {2, 5}) {
            const BatchEntry &e = input.entries.at(i);
            QVERIFY(!e.address);
            QCOMPARE(e.domain, -1);
            QVERIFY(!e.error.isEmpty());
        }
        QCOMPARE(input.entries.at(2).error, addressErrorText(AddressError::MissingAt));
        QVERIFY(input.entries.at(5).error.contains(u"UTF-8"_s));
        for (const BatchEntry &e : input.entries) {
            if (e.address) {
                QCOMPARE(input.domains.at(e.domain).aceDomain, e.address->aceDomain());
                QVERIFY(e.error.isEmpty());
            }
        }
    }

    void emptyInput()
    {
        const BatchInput input = BatchInput::parse({u"# nothing"_s, u""_s, u"   "_s});
        QVERIFY(input.entries.isEmpty());
        QVERIFY(input.domains.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchInput)
#include "tst_batchinput.moc"
