// SPDX-License-Identifier: GPL-3.0-or-later
//
// Adversarial user input and message data: CR, LF or NUL in anything that ends up in
// a command line is refused before any connection; the test message that goes out
// after DATA is SMTP-smuggling safe (CRLF only, dot-stuffed, lines of at most 998
// octets), checked on the bytes the server received, even when the message text
// itself (here: a hostile translation) is full of bare line ends and lone dots.
// SDOC_HOSTILE_VERBOSE=1 prints the whole story of every case.

#include "hostileserver.h"

#include "smtp/phase.h"
#include "smtp/resultcode.h"
#include "smtp/security.h"
#include "smtp/smtpcheck.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Testing;

namespace {

constexpr int kSlackMs = 1000;
const QString kUser = adversarialUser();
const QString kPassword = adversarialPassword();

// Replaces the engine's test message texts (subject and body) with hostile ones: the
// only way text that the user does not type reaches the message.
class HostileTranslator : public QTranslator
{
public:
    QString subject;
    QString body;

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (QByteArrayView(context) != "SmtpDoctor::SmtpCheck")
            return {};
        const QByteArrayView source(sourceText);
        // The engine fills in host (subject); host, port and date (body): keep the
        // placeholders, on a line of their own in the body.
        if (source.startsWith("SMTP Doctor test message"))
            return subject + u" %1"_s;
        if (source.startsWith("This message was sent by SMTP Doctor"))
            return body + u"\n%1 %2 %3"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

// Splits DATA bytes into lines at CRLF; anything else is reported.
struct DataShape
{
    QByteArrayList lines; // without CRLF
    QStringList problems;
};

DataShape shapeOf(const QByteArray &data)
{
    DataShape out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n'))
            out.problems << u"bare CR at %1"_s.arg(i);
        if (c == '\n' && (i == 0 || data.at(i - 1) != '\r'))
            out.problems << u"bare LF at %1"_s.arg(i);
        if (c == '\0')
            out.problems << u"NUL at %1"_s.arg(i);
        if (c == '\n') {
            out.lines << data.mid(start, i - 1 - start);
            start = i + 1;
        }
    }
    if (start < data.size())
        out.problems << u"%1 bytes after the last line end"_s.arg(data.size() - start);
    return out;
}

} // namespace

#define STORY(condition) SDOC_VERIFY_STORY(condition, story)

class AdversarialInputTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void controlCharactersRefused_data();
    void controlCharactersRefused();
    void dataIsSmugglingSafe_data();
    void dataIsSmugglingSafe();

private:
    [[nodiscard]] CheckSettings settingsFor(const HostileServer &server) const;

    TestPki m_pki;
    TestPki::Identity m_ca;
    TestPki::Identity m_leaf;
};

void AdversarialInputTest::initTestCase()
{
    if (!m_pki.unavailableReason().isEmpty())
        QSKIP(qPrintable(m_pki.unavailableReason()));
    m_ca = m_pki.issue(TestPki::Request::authority(u"Adversarial Input Root"_s));
    m_leaf = m_pki.issue(TestPki::Request::leaf(u"mail.example.test"_s, { u"DNS:mail.example.test"_s }, &m_ca));
    QVERIFY2(!m_ca.isNull() && !m_leaf.isNull(), qPrintable(m_pki.errorString()));
}

CheckSettings AdversarialInputTest::settingsFor(const HostileServer &server) const
{
    return adversarialSettings(server.serverPort(), m_ca.certificate);
}

// ------------------------------------------------------------------------------------
// CR, LF, NUL in user input

void AdversarialInputTest::controlCharactersRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    const QList<std::pair<const char *, QString>> poisons {
        { "CR", u"\r"_s },
        { "LF", u"\n"_s },
        { "NUL", QString(QChar(u'\0')) },
        { "CRLF + command", u"\r\nRSET"_s },
        { "LF + command", u"\nMAIL FROM:<evil@example.test>"_s },
    };
    const QList<std::pair<QString, QString>> fields {
        { u"host"_s, u"mail.example.test"_s },
        { u"username"_s, u"adv-user"_s },
        { u"from"_s, u"sender@example.test"_s },
        { u"to"_s, u"rcpt@example.test"_s },
        { u"ehloName"_s, u"client.adversarial.test"_s },
        { u"token"_s, u"ya29.token"_s },
    };
    for (const auto &[field, clean] : fields) {
        for (const auto &[name, poison] : poisons) {
            // In the middle and at the end (a trailing line break is the classic).
            QTest::addRow("%s, %s inside", qPrintable(field), name) << field << QString(clean).insert(3, poison);
            QTest::addRow("%s, %s at the end", qPrintable(field), name) << field << clean + poison;
        }
    }
    QTest::newRow("password, NUL") << u"password"_s << u"secret\0more"_s;
}

void AdversarialInputTest::controlCharactersRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    HostileServer server;
    QVERIFY(server.listen());
    CheckSettings settings = settingsFor(server);
    if (field == u"host"_s) {
        settings.host = value;
    } else if (field == u"username"_s) {
        settings.username = value;
    } else if (field == u"from"_s) {
        settings.from = value;
    } else if (field == u"to"_s) {
        settings.to = value;
    } else if (field == u"ehloName"_s) {
        settings.ehloName = value;
    } else if (field == u"token"_s) {
        settings.password.clear();
        settings.token = value;
    } else if (field == u"password"_s) {
        settings.password = value;
    }
    QList<TranscriptEntry> live;
    const CheckRun run = runCheck(settings, kSlackMs, [&](SmtpCheck &check) {
        connect(&check, &SmtpCheck::transcriptAppended, this, [&live](const TranscriptEntry &e) { live << e; });
    });
    const QString story = describeRun(run, &server);
    STORY(runContractProblems(run, settings, kSlackMs).isEmpty());
    STORY(run.result.code == ResultCode::InvalidInput);
    STORY(run.elapsedMs < 500);
    // Before any connection, any lookup, any phase.
    STORY(run.phasesStarted.isEmpty());
    STORY(run.result.resolvedAddresses.isEmpty() && run.result.peerAddress.isEmpty());
    QTest::qWait(50); // a connection attempt, had there been one, would have arrived by now
    STORY(server.connectionCount() == 0);
    STORY(std::none_of(live.cbegin(), live.cend(),
        [](const TranscriptEntry &e) { return e.direction != TranscriptEntry::Direction::Info; }));
}

// ------------------------------------------------------------------------------------
// DATA

void AdversarialInputTest::dataIsSmugglingSafe_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("pipelining");
    QTest::addColumn<QByteArray>("carried"); // proves the hostile text went out (as data)

    const QString smuggle = u"before\r\n.\r\nMAIL FROM:<evil@example.test>\r\nRCPT TO:<victim@example.test>\r\nDATA\r\n"
                            "smuggled\r\n.\r\nafter"_s;
    const QString lenient = u"a\n.\nb\r.\rc\n.\r\nd\r\n.\ne\r.\nf.\r\n.g\n..h\n.\n"_s;
    const QString longLines = QString(2000, u'x') + u"\n"_s + QString(998, u'y') + u"\n.\n"_s + QString(997, u'.');

    QTest::newRow("SMTP smuggling sequences, pipelined")
        << u"subject"_s << smuggle << true << "MAIL FROM:<evil@example.test>"_ba;
    QTest::newRow("SMTP smuggling sequences, not pipelined") << u"subject"_s << smuggle << false << "smuggled"_ba;
    QTest::newRow("every lenient end-of-data form") << u"subject"_s << lenient << true << "\r\n..g\r\n"_ba;
    QTest::newRow("long lines and lines of dots") << u"subject"_s << longLines << true << "yyyyyyyy"_ba;
    QTest::newRow("header injection in the subject")
        << u"hello\r\nBcc: victim@example.test\r\n\r\n.\r\nMAIL FROM:<evil@example.test>"_s << u"body"_s << true
        << "Bcc: victim@example.test"_ba;
    QTest::newRow("only a dot") << u"."_s << u"."_s << true << "\r\n..\r\n"_ba;
    QTest::newRow("empty body") << QString() << QString() << true << "X-Mailer"_ba;
    QTest::newRow("non-ASCII and a bare CR at the end")
        << u"Gr\u00fc\u00dfe \u2603"_s << u"\u00e4\u00f6\u00fc\r.\r"_s << true << "=C3=A4=C3=B6=C3=BC"_ba;
}

void AdversarialInputTest::dataIsSmugglingSafe()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(bool, pipelining);
    QFETCH(QByteArray, carried);

    HostileTranslator translator;
    translator.subject = subject;
    translator.body = body;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    HostileScript script;
    QByteArrayList keywords { "SIZE 10240000"_ba, "AUTH PLAIN"_ba, "8BITMIME"_ba };
    if (pipelining)
        keywords.prepend("PIPELINING"_ba);
    script.tlsReplies.insert("EHLO"_ba, HostileScript::ehloReply("hostile-tls.test", keywords));
    HostileServer server;
    server.setScript(script);
    server.setTlsIdentity(m_leaf.certificate, m_leaf.key);
    QVERIFY(server.listen());
    const CheckSettings settings = settingsFor(server);
    const CheckRun run = runCheck(settings, kSlackMs);
    const QString story = describeRun(run, &server);
    STORY(runContractProblems(run, settings, kSlackMs).isEmpty());
    STORY(QTest::qWaitFor([&server] { return server.allClosed(); }, 3000));
    STORY(run.result.code == ResultCode::Ok && run.result.messageSent);
    STORY(server.connectionCount() == 1);
    const ConnectionLog &log = server.log(0);

    // The server is lenient (a line that is "." once a trailing CR is dropped ends the
    // data, after any LF): it still saw exactly one transaction and nothing after it.
    const QByteArrayList tlsLines = log.commandLines(Layer::Tls);
    STORY(std::count_if(tlsLines.cbegin(), tlsLines.cend(), [](const QByteArray &l) {
        return l.startsWith("MAIL FROM");
    }) == 1);
    STORY(log.verbsAfter("DATA") == QByteArrayList { "QUIT"_ba });
    STORY(std::none_of(tlsLines.cbegin(), tlsLines.cend(), [](const QByteArray &l) { return l.contains("evil"); }));

    const QByteArray &data = log.data;
    SDOC_VERIFY_STORY(data.endsWith("\r\n.\r\n"), story + u"\ndata: "_s + QString::fromLatin1(data.right(200)));
    const DataShape shape = shapeOf(data);
    SDOC_VERIFY_STORY(shape.problems.isEmpty(), story + u"\n"_s + shape.problems.join(u"; "_s));
    QStringList problems;
    for (qsizetype i = 0; i < shape.lines.size(); ++i) {
        const QByteArray &line = shape.lines.at(i);
        const bool last = i == shape.lines.size() - 1;
        if (line.size() > 998)
            problems << u"line %1 has %2 octets"_s.arg(i).arg(line.size());
        if (last && line != "."_ba)
            problems << u"the last line is not \".\""_s;
        if (!last && line.startsWith('.') && !line.startsWith(".."))
            problems << u"line %1 starts with an unstuffed dot"_s.arg(i);
        if (!last && line == "."_ba)
            problems << u"line %1 ends the data early"_s.arg(i);
    }
    // The header block: no line was injected into it.
    const qsizetype headerEnd = shape.lines.indexOf(QByteArray());
    for (qsizetype i = 0; i < headerEnd; ++i) {
        const QByteArray &line = shape.lines.at(i);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        const QByteArray name = line.left(line.indexOf(':')).toLower();
        if (!continuation
            && !QByteArrayList { "date"_ba, "from"_ba, "to"_ba, "subject"_ba, "message-id"_ba, "mime-version"_ba,
                "content-type"_ba, "content-transfer-encoding"_ba, "x-mailer"_ba }
                    .contains(name))
            problems << u"unexpected header line %1: %2"_s.arg(i).arg(QString::fromLatin1(line.left(80)));
    }
    SDOC_VERIFY_STORY(problems.isEmpty(), story + u"\n"_s + problems.join(u"\n"_s));
    STORY(headerEnd > 0);
    SDOC_VERIFY_STORY(data.contains(carried), story + u"\ndata: "_s + QString::fromLatin1(data.left(2000)));
}

QTEST_GUILESS_MAIN(AdversarialInputTest)

#include "tst_adversarial_input.moc"
