// SPDX-License-Identifier: GPL-3.0-or-later
// A saved account's password goes into a real system keychain (Secret Service, here
// gnome-keyring in a private D-Bus session) and never into the settings file.
//
// The test starts itself again inside `dbus-run-session` with an unlocked
// gnome-keyring-daemon and a private HOME, so it never touches a real keyring; the
// checks run in that child. Without those programs it skips with the reason.
#include "guitest.h"

#include "accountbar.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "settingsform.h"

#include "util/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpDoctor;
using namespace SmtpDoctor::Ui;

namespace {
const QString kPassword = u"Sehr-geheim-Ünïcødé-99!"_s;
const QString kProfile = u"Büro (keychain test)"_s;
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainIsAvailable();
    void passwordRoundTripsThroughTheKeychain();
    void uncheckedMeansNotStored();

private:
    void waitForKeychain(MainWindow *w);

    QTemporaryDir m_dir;
};

void TestKeychain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariable("SDOC_KEYCHAIN_CHILD") != u"1"_s) {
        // The parent: run everything again inside a private session with a keyring.
        const QString dbus = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        if (dbus.isEmpty() || keyring.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed (packages dbus, gnome-keyring)");
        const QString home = m_dir.filePath(u"home"_s);
        const QString runtime = m_dir.filePath(u"runtime"_s);
        QDir().mkpath(home);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SDOC_KEYCHAIN_CHILD"_s, u"1"_s);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"SDOC_KEYRING_PASSWORD"_s, u"keyring-test"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        const QString script = u"printf %s \"$SDOC_KEYRING_PASSWORD\" | gnome-keyring-daemon --unlock "
                               "--components=secrets >/dev/null 2>&1 || exit 77; exec \"$@\""_s;
        QStringList args { u"--"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, QCoreApplication::applicationFilePath() };
        args << QCoreApplication::arguments().mid(1);
        child.start(dbus, args);
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        const bool done = child.waitForFinished(120000);
        const QString output = QString::fromLocal8Bit(child.readAll());
        for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.contains(u"propagateSizeHints"_s) && !line.contains(u"fd limit"_s))
                qInfo("child: %s", qPrintable(line));
        }
        QVERIFY2(done, "the test inside the private D-Bus session did not finish");
        if (child.exitCode() == 77)
            QSKIP("gnome-keyring-daemon could not be started in a private D-Bus session");
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        QSKIP("every check ran inside the private D-Bus session (see the child's output above)");
    }
    GuiTest::isolateEnvironment(m_dir);
    installTranslations(u"en"_s);
}

void TestKeychain::waitForKeychain(MainWindow *w)
{
    PasswordStore *store = w->passwordStore();
    QTRY_VERIFY_WITH_TIMEOUT(store->availability() == PasswordStore::Availability::Available
            || store->availability() == PasswordStore::Availability::Unavailable,
        15000);
    QVERIFY2(store->isAvailable(), qPrintable(store->unavailableReason()));
}

void TestKeychain::keychainIsAvailable()
{
    MainWindow w;
    w.show();
    waitForKeychain(&w);
    auto *remember = w.findChild<QCheckBox *>(u"rememberPasswordCheckBox"_s);
    QVERIFY(remember->isEnabled());
    QVERIFY(
        w.findChild<QWidget *>(u"keychainStatusLabel"_s)->accessibleName().contains(u"only in the system keychain"_s));
}

void TestKeychain::passwordRoundTripsThroughTheKeychain()
{
    {
        MainWindow w;
        w.show();
        waitForKeychain(&w);
        w.findChild<QLineEdit *>(u"hostLineEdit"_s)->setText(u"smtp.example.com"_s);
        w.findChild<QLineEdit *>(u"userLineEdit"_s)->setText(u"jane@example.com"_s);
        w.findChild<QLineEdit *>(u"passwordLineEdit"_s)->setText(kPassword);
        w.findChild<QCheckBox *>(u"rememberPasswordCheckBox"_s)->setChecked(true);
        QSignalSpy written(w.passwordStore(), &PasswordStore::passwordWritten);
        w.saveProfile(kProfile);
        QVERIFY(written.wait(15000));
        QCOMPARE(written.first().at(0).toString(), kProfile);
        QVERIFY2(written.first().at(1).toBool(), qPrintable(written.first().at(2).toString()));
    }

    // Not in the settings file, in no encoding.
    QSettings().sync();
    QFile file(GuiTest::settingsFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("smtp.example.com"));
    QVERIFY(stored.contains("rememberPassword=true"));
    for (const QByteArray &form : { kPassword.toUtf8(), kPassword.toLatin1(), kPassword.toUtf8().toBase64(),
             kPassword.toUtf8().toPercentEncoding(), QByteArray("Sehr-geheim") })
        QVERIFY2(!stored.contains(form), form.constData());

    // In the Secret Service, as an independent client sees it.
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (!secretTool.isEmpty()) {
        QProcess lookup;
        lookup.start(secretTool, { u"search"_s, u"--all"_s, u"user"_s, kProfile });
        QVERIFY(lookup.waitForFinished(10000));
        const QString out = QString::fromUtf8(lookup.readAllStandardOutput() + lookup.readAllStandardError());
        QVERIFY2(out.contains(kPassword), qPrintable(u"secret-tool sees: "_s + out));
    }

    // A new window (as after a restart) gets it back when the account is opened.
    {
        MainWindow w;
        w.show();
        waitForKeychain(&w);
        QSignalSpy read(w.passwordStore(), &PasswordStore::passwordRead);
        w.loadProfile(kProfile);
        QVERIFY(read.wait(15000));
        QTRY_COMPARE(w.settingsForm()->password(), kPassword);
        QVERIFY(w.findChild<QCheckBox *>(u"rememberPasswordCheckBox"_s)->isChecked());

        // Deleting the account deletes the password too.
        QSignalSpy deleted(w.passwordStore(), &PasswordStore::passwordDeleted);
        w.deleteProfile(kProfile);
        QVERIFY(deleted.wait(15000));
        QVERIFY(deleted.first().at(1).toBool());
        QSignalSpy readAgain(w.passwordStore(), &PasswordStore::passwordRead);
        w.passwordStore()->readPassword(kProfile);
        QVERIFY(readAgain.wait(15000));
        QCOMPARE(readAgain.first().at(2).toBool(), false);
    }
}

void TestKeychain::uncheckedMeansNotStored()
{
    MainWindow w;
    w.show();
    waitForKeychain(&w);
    w.findChild<QLineEdit *>(u"hostLineEdit"_s)->setText(u"smtp.example.org"_s);
    w.findChild<QLineEdit *>(u"userLineEdit"_s)->setText(u"joe"_s);
    w.findChild<QLineEdit *>(u"passwordLineEdit"_s)->setText(kPassword);
    w.findChild<QCheckBox *>(u"rememberPasswordCheckBox"_s)->setChecked(false);
    QSignalSpy deleted(w.passwordStore(), &PasswordStore::passwordDeleted);
    w.saveProfile(u"no password"_s);
    QVERIFY(deleted.wait(15000)); // an older entry of that name would be removed
    QSignalSpy read(w.passwordStore(), &PasswordStore::passwordRead);
    w.passwordStore()->readPassword(u"no password"_s);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.first().at(2).toBool(), false);
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
