// SPDX-License-Identifier: GPL-3.0-or-later
// Detect::BatchDetector without any network: invalid lines, empty input and cancel() (the
// detections against real servers are in tests/integration/tst_batch.cpp).
#include "detect/batchdetector.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor::Detect;

namespace {

struct Emitted
{
    int line = 0;
    QString input;
    DetectResult result;
};

} // namespace

class TestBatchDetector : public QObject
{
    Q_OBJECT

private:
    QList<Emitted> m_emitted;

    void collect(BatchDetector &batch)
    {
        m_emitted.clear();
        connect(&batch, &BatchDetector::resultReady, this,
                [this](int line, const QString &input, const DetectResult &r) { m_emitted << Emitted{line, input, r}; });
    }

private Q_SLOTS:
    void invalidLinesNeedNoNetwork()
    {
        BatchDetector batch;
        collect(batch);
        QSignalSpy finished(&batch, &BatchDetector::finished);
        batch.start({u"x"_s, u"# c"_s, u"y@"_s, QString(), u"a b@example.org"_s}, DetectOptions{}, 3);
        QVERIFY(batch.isRunning());
        QCOMPARE(finished.size(), 0); // never from start()
        QVERIFY(m_emitted.isEmpty());
        QVERIFY(finished.wait(2000));
        QCOMPARE(m_emitted.size(), 3);
        QCOMPARE(m_emitted.at(0).line, 0);
        QCOMPARE(m_emitted.at(1).line, 2);
        QCOMPARE(m_emitted.at(2).line, 4);
        QCOMPARE(m_emitted.at(2).input, u"a b@example.org"_s);
        for (const Emitted &e : std::as_const(m_emitted)) {
            QVERIFY(!e.result.inputError.isEmpty());
            QVERIFY(!e.result.address);
            QVERIFY(e.result.sources.isEmpty());
        }
        QCOMPARE(batch.stats().detections, 0);
        QCOMPARE(batch.stats().invalid, 3);
        QVERIFY(!batch.isRunning());
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
    }

    void emptyInputFinishes()
    {
        BatchDetector batch;
        collect(batch);
        QSignalSpy finished(&batch, &BatchDetector::finished);
        batch.start({u"# only a comment"_s}, DetectOptions{});
        QVERIFY(finished.wait(2000));
        QVERIFY(m_emitted.isEmpty());
        QCOMPARE(batch.stats().entries, 0);
    }

    // Cancelled before its first detection started: every entry still comes, in order, once.
    void cancelBeforeAnyDetection()
    {
        BatchDetector batch;
        collect(batch);
        QSignalSpy finished(&batch, &BatchDetector::finished);
        const QStringList lines{u"alice@example.invalid"_s, u"bad"_s, u"bob@example.invalid"_s,
                                u"carol@other.invalid"_s};
        batch.start(lines, DetectOptions{}, 1);
        batch.cancel();
        batch.cancel(); // twice is harmless
        QVERIFY(finished.wait(2000));
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_emitted.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_emitted.at(i).line, i);
        QVERIFY(m_emitted.at(0).result.cancelled);
        QCOMPARE(m_emitted.at(0).result.address->address(), u"alice@example.invalid"_s);
        QVERIFY(!m_emitted.at(1).result.inputError.isEmpty());
        QVERIFY(m_emitted.at(2).result.cancelled);
        QVERIFY(m_emitted.at(3).result.cancelled);
        QCOMPARE(batch.stats().detections, 0);
        QCOMPARE(batch.stats().domains, 2);
    }
};

QTEST_GUILESS_MAIN(TestBatchDetector)
#include "tst_batchdetector.moc"
