// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/connector.h"
#include "report/jsonreport.h"
#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "smtp/transcript.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;

class TestResultCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsRoundTrip()
    {
        QSet<QString> seen;
        for (int i = int(ResultCode::Ok); i <= int(ResultCode::Cancelled); ++i) {
            const auto code = ResultCode(i);
            const QString id = resultCodeId(code);
            QVERIFY2(!id.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(resultCodeFromId(id), std::optional<ResultCode>(code));
        }
        QCOMPARE(seen.size(), 24);
        QCOMPARE(resultCodeFromId(u"nonsense"), std::nullopt);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("exit");
        QTest::newRow("ok") << u"ok"_s << 0;
        QTest::newRow("invalid") << u"invalid_input"_s << 2;
        QTest::newRow("dns") << u"dns_failure"_s << 3;
        QTest::newRow("refused") << u"connect_refused"_s << 3;
        QTest::newRow("connect timeout") << u"connect_timeout"_s << 3;
        QTest::newRow("unreachable") << u"network_unreachable"_s << 3;
        QTest::newRow("wrong mode") << u"wrong_security_mode"_s << 4;
        QTest::newRow("tls") << u"tls_handshake_failed"_s << 4;
        QTest::newRow("untrusted") << u"certificate_untrusted"_s << 4;
        QTest::newRow("expired") << u"certificate_expired"_s << 4;
        QTest::newRow("hostname") << u"certificate_hostname_mismatch"_s << 4;
        QTest::newRow("no starttls") << u"starttls_not_offered"_s << 4;
        QTest::newRow("no auth") << u"auth_not_offered"_s << 5;
        QTest::newRow("auth") << u"auth_failed"_s << 5;
        QTest::newRow("mech") << u"auth_mechanism_unsupported"_s << 5;
        QTest::newRow("plaintext") << u"plaintext_auth_refused"_s << 5;
        QTest::newRow("no greeting") << u"no_greeting"_s << 6;
        QTest::newRow("protocol") << u"protocol_error"_s << 6;
        QTest::newRow("sender") << u"sender_rejected"_s << 6;
        QTest::newRow("recipient") << u"recipient_rejected"_s << 6;
        QTest::newRow("message") << u"message_rejected"_s << 6;
        QTest::newRow("unavailable") << u"server_unavailable"_s << 6;
        QTest::newRow("timeout") << u"timeout"_s << 7;
    }
    void exitCodes()
    {
        QFETCH(QString, id);
        QFETCH(int, exit);
        QCOMPARE(exitCodeFor(*resultCodeFromId(id)), exit);
    }

    void security()
    {
        QCOMPARE(securityFromId(u"TLS"), std::optional<Security>(Security::Tls));
        QCOMPARE(securityFromId(u"starttls"), std::optional<Security>(Security::StartTls));
        QCOMPARE(securityFromId(u"none"), std::optional<Security>(Security::None));
        QCOMPARE(securityFromId(u"ssl3"), std::nullopt);
        QCOMPARE(defaultPort(Security::Tls), quint16(465));
        QCOMPARE(defaultPort(Security::StartTls), quint16(587));
    }

    void happyEyeballsOrder()
    {
        const QList<QHostAddress> in{QHostAddress(u"192.0.2.1"_s), QHostAddress(u"192.0.2.2"_s),
                                     QHostAddress(u"2001:db8::1"_s), QHostAddress(u"192.0.2.1"_s),
                                     QHostAddress(u"2001:db8::2"_s), QHostAddress(u"2001:db8::3"_s)};
        const QList<QHostAddress> out = Net::Connector::interleave(in);
        const QStringList got = [&] {
            QStringList l;
            for (const QHostAddress &a : out)
                l << a.toString();
            return l;
        }();
        QCOMPARE(got, (QStringList{u"2001:db8::1"_s, u"192.0.2.1"_s, u"2001:db8::2"_s, u"192.0.2.2"_s, u"2001:db8::3"_s}));
    }

    void printableShowsControlCharacters()
    {
        QCOMPARE(Transcript::printable(u"220 ok\x1b[31mred"_s), u"220 ok\\x{1b}[31mred"_s);
        QCOMPARE(Transcript::printable(u"a\tb"_s), u"a\tb"_s);
        QCOMPARE(Transcript::printable(u"x\u202Ey"_s), u"x\\x{202e}y"_s);
        QCOMPARE(Transcript::printable(u"<b>html</b>"_s), u"<b>html</b>"_s);
    }

    void jsonHasTheDocumentedKeys()
    {
        CheckResult r;
        r.code = ResultCode::AuthFailed;
        r.host = u"mail.example.org"_s;
        r.port = 587;
        r.lastReply.code = 535;
        r.lastReply.enhanced = u"5.7.8"_s;
        r.lastReply.lines = QStringList{u"5.7.8 Error: authentication failed"_s};
        r.transcript << TranscriptEntry{5, TranscriptEntry::Direction::Client, u"AUTH PLAIN [redacted]"_s};
        const QJsonObject j = Report::checkToJson(r);
        for (const QString &key : {u"ok"_s, u"result"_s, u"server"_s, u"phases"_s, u"tls"_s, u"capabilities"_s, u"auth"_s,
                                   u"reply"_s, u"transcript"_s})
            QVERIFY2(j.contains(key), qPrintable(key));
        QCOMPARE(j.value(u"result"_s).toString(), u"auth_failed"_s);
        QCOMPARE(j.value(u"reply"_s).toObject().value(u"enhanced"_s).toString(), u"5.7.8"_s);
        QCOMPARE(j.value(u"transcript"_s).toArray().first().toObject().value(u"dir"_s).toString(), u"c"_s);
        QCOMPARE(j.value(u"failed_phase"_s).toString(), u"resolve"_s);
        for (const QString &key : {u"protocol"_s, u"cipher"_s, u"verified"_s, u"errors"_s, u"certificate"_s})
            QVERIFY2(j.value(u"tls"_s).toObject().contains(key), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestResultCode)
#include "tst_resultcode.moc"
