// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsform.h"

#include "candidatelist.h"
#include "messagelabel.h"
#include "passwordfield.h"

#include "detect/emailaddress.h"
#include "detect/publicsuffix.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

namespace {

bool isValidAddress(const QString &text)
{
    return Detect::EmailAddress::parse(text).has_value();
}

// A label in the field column that explains a problem or gives a hint.
MessageLabel *fieldMessage(const QString &name, QWidget *parent)
{
    auto *label = new MessageLabel(parent);
    label->setObjectName(name);
    label->hide();
    return label;
}

void showMessage(MessageLabel *label, StatusIcon icon, const QString &text)
{
    label->setIcon(icon);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

SettingsForm::SettingsForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"settingsForm"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // --- Server ---
    m_serverGroup = new QGroupBox(this);
    m_serverGroup->setObjectName(u"serverGroupBox"_s);
    auto *server = new QGridLayout(m_serverGroup);
    m_hostLabel = new QLabel(m_serverGroup);
    m_host = new QLineEdit(m_serverGroup);
    m_host->setObjectName(u"hostLineEdit"_s);
    m_host->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_hostLabel->setBuddy(m_host);
    server->addWidget(m_hostLabel, 0, 0);
    server->addWidget(m_host, 0, 1, 1, 2);
    m_hostDomain = new QLabel(m_serverGroup);
    m_hostDomain->setObjectName(u"hostDomainLabel"_s);
    m_hostDomain->setTextFormat(Qt::PlainText);
    m_hostDomain->setWordWrap(true);
    m_hostDomain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont domainFont = m_hostDomain->font();
    domainFont.setBold(true);
    m_hostDomain->setFont(domainFont);
    server->addWidget(m_hostDomain, 1, 1, 1, 2);
    m_hostError = fieldMessage(u"hostErrorLabel"_s, m_serverGroup);
    server->addWidget(m_hostError, 2, 1, 1, 2);
    m_securityLabel = new QLabel(m_serverGroup);
    m_security = new QComboBox(m_serverGroup);
    m_security->setObjectName(u"securityComboBox"_s);
    m_security->addItem(statusIcon(StatusIcon::Secure), QString(), int(Security::Tls));
    m_security->addItem(statusIcon(StatusIcon::Secure), QString(), int(Security::StartTls));
    m_security->addItem(statusIcon(StatusIcon::Insecure), QString(), int(Security::None));
    m_security->setCurrentIndex(1);
    m_securityLabel->setBuddy(m_security);
    server->addWidget(m_securityLabel, 3, 0);
    server->addWidget(m_security, 3, 1);
    m_insecureWarning = fieldMessage(u"insecureWarningLabel"_s, m_serverGroup);
    server->addWidget(m_insecureWarning, 4, 1, 1, 2);
    m_portLabel = new QLabel(m_serverGroup);
    m_port = new QSpinBox(m_serverGroup);
    m_port->setObjectName(u"portSpinBox"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_port->setGroupSeparatorShown(false);
    m_portLabel->setBuddy(m_port);
    server->addWidget(m_portLabel, 5, 0);
    server->addWidget(m_port, 5, 1);
    m_portHint = fieldMessage(u"portHintLabel"_s, m_serverGroup);
    server->addWidget(m_portHint, 6, 1, 1, 2);
    server->setColumnStretch(2, 1);
    layout->addWidget(m_serverGroup);

    // --- Login ---
    m_loginGroup = new QGroupBox(this);
    m_loginGroup->setObjectName(u"loginGroupBox"_s);
    auto *login = new QGridLayout(m_loginGroup);
    m_authLabel = new QLabel(m_loginGroup);
    m_auth = new QComboBox(m_loginGroup);
    m_auth->setObjectName(u"authComboBox"_s);
    for (AuthChoice c : kAuthChoices)
        m_auth->addItem(QString(), int(c));
    m_authLabel->setBuddy(m_auth);
    login->addWidget(m_authLabel, 0, 0);
    login->addWidget(m_auth, 0, 1);
    m_userLabel = new QLabel(m_loginGroup);
    m_user = new QLineEdit(m_loginGroup);
    m_user->setObjectName(u"userLineEdit"_s);
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_userLabel->setBuddy(m_user);
    login->addWidget(m_userLabel, 1, 0);
    login->addWidget(m_user, 1, 1, 1, 2);
    m_passwordLabel = new QLabel(m_loginGroup);
    m_password = new PasswordField(u"passwordLineEdit"_s, m_loginGroup);
    m_passwordLabel->setBuddy(m_password->lineEdit());
    login->addWidget(m_passwordLabel, 2, 0);
    login->addWidget(m_password, 2, 1, 1, 2);
    m_loginHint = fieldMessage(u"loginHintLabel"_s, m_loginGroup);
    login->addWidget(m_loginHint, 3, 1, 1, 2);
    login->setColumnStretch(2, 1);
    layout->addWidget(m_loginGroup);

    // --- What to test ---
    m_mailGroup = new QGroupBox(this);
    m_mailGroup->setObjectName(u"mailGroupBox"_s);
    auto *mail = new QGridLayout(m_mailGroup);
    m_mailButtons = new QButtonGroup(this);
    m_noMail = new QRadioButton(m_mailGroup);
    m_noMail->setObjectName(u"connectionOnlyRadioButton"_s);
    m_senderOnly = new QRadioButton(m_mailGroup);
    m_senderOnly->setObjectName(u"senderOnlyRadioButton"_s);
    m_message = new QRadioButton(m_mailGroup);
    m_message->setObjectName(u"testMessageRadioButton"_s);
    m_mailButtons->addButton(m_noMail, int(MailTest::None));
    m_mailButtons->addButton(m_senderOnly, int(MailTest::SenderOnly));
    m_mailButtons->addButton(m_message, int(MailTest::Message));
    m_noMail->setChecked(true);
    mail->addWidget(m_noMail, 0, 0, 1, 3);
    mail->addWidget(m_senderOnly, 1, 0, 1, 3);
    mail->addWidget(m_message, 2, 0, 1, 3);
    m_fromLabel = new QLabel(m_mailGroup);
    m_from = new QLineEdit(m_mailGroup);
    m_from->setObjectName(u"fromLineEdit"_s);
    m_from->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_fromLabel->setBuddy(m_from);
    mail->addWidget(m_fromLabel, 3, 0);
    mail->addWidget(m_from, 3, 1, 1, 2);
    m_recipientLabel = new QLabel(m_mailGroup);
    m_recipient = new QLineEdit(m_mailGroup);
    m_recipient->setObjectName(u"recipientLineEdit"_s);
    m_recipient->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_recipientLabel->setBuddy(m_recipient);
    mail->addWidget(m_recipientLabel, 4, 0);
    mail->addWidget(m_recipient, 4, 1, 1, 2);
    m_mailError = fieldMessage(u"mailErrorLabel"_s, m_mailGroup);
    mail->addWidget(m_mailError, 5, 1, 1, 2);
    mail->setColumnStretch(2, 1);
    layout->addWidget(m_mailGroup);

    // --- Extra trust ---
    m_trustGroup = new QGroupBox(this);
    m_trustGroup->setObjectName(u"trustGroupBox"_s);
    auto *trust = new QHBoxLayout(m_trustGroup);
    m_caLabel = new QLabel(m_trustGroup);
    m_caPath = new QLabel(m_trustGroup);
    m_caPath->setObjectName(u"caFileLabel"_s);
    m_caPath->setTextFormat(Qt::PlainText);
    m_caPath->setWordWrap(true);
    m_caPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseCa = new QPushButton(m_trustGroup);
    m_chooseCa->setObjectName(u"chooseCaFilePushButton"_s);
    m_chooseCa->setAutoDefault(true);
    m_clearCa = new QPushButton(m_trustGroup);
    m_clearCa->setObjectName(u"clearCaFilePushButton"_s);
    m_clearCa->setAutoDefault(true);
    trust->addWidget(m_caLabel);
    trust->addWidget(m_caPath, 1);
    trust->addWidget(m_chooseCa);
    trust->addWidget(m_clearCa);
    layout->addWidget(m_trustGroup);

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(this);
    m_test->setObjectName(u"testPushButton"_s);
    m_test->setAutoDefault(true);
    QFont testFont = m_test->font();
    testFont.setBold(true);
    m_test->setFont(testFont);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    layout->addLayout(buttons);
    layout->addStretch(1);

    setTabOrder(m_host, m_security);
    setTabOrder(m_security, m_port);
    setTabOrder(m_port, m_auth);
    setTabOrder(m_auth, m_user);
    setTabOrder(m_user, m_password->lineEdit());
    setTabOrder(m_password->lineEdit(), m_password->toggleButton());
    setTabOrder(m_password->toggleButton(), m_noMail);
    setTabOrder(m_noMail, m_senderOnly);
    setTabOrder(m_senderOnly, m_message);
    setTabOrder(m_message, m_from);
    setTabOrder(m_from, m_recipient);
    setTabOrder(m_recipient, m_chooseCa);
    setTabOrder(m_chooseCa, m_clearCa);
    setTabOrder(m_clearCa, m_test);

    connect(m_host, &QLineEdit::textChanged, this, [this] {
        updateHostInfo();
        Q_EMIT changed();
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingPort)
            m_portTouched = true;
        updateSecurityInfo();
        Q_EMIT changed();
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, &SettingsForm::onSecurityChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthInfo();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : { m_user, m_password->lineEdit(), m_from, m_recipient }) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateAuthInfo();
            validate(m_showAll);
            Q_EMIT changed();
        });
    }
    connect(m_mailButtons, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        const MailTest t = mailTest();
        m_from->setEnabled(t != MailTest::None);
        m_recipient->setEnabled(t == MailTest::Message);
        if (t == MailTest::Message && m_recipient->text().isEmpty())
            m_recipient->setText(m_from->text());
        validate(m_showAll);
        Q_EMIT changed();
    });
    connect(m_test, &QPushButton::clicked, this, &SettingsForm::requestTest);
    connect(m_chooseCa, &QPushButton::clicked, this, &SettingsForm::chooseCaFileRequested);
    connect(m_clearCa, &QPushButton::clicked, this, &SettingsForm::clearCaFileRequested);

    m_from->setEnabled(false);
    m_recipient->setEnabled(false);
    retranslate();
}

Security SettingsForm::security() const
{
    return Security(m_security->currentData().toInt());
}

AuthChoice SettingsForm::authChoice() const
{
    return AuthChoice(m_auth->currentData().toInt());
}

QString SettingsForm::host() const
{
    return m_host->text().trimmed();
}

QString SettingsForm::userName() const
{
    return m_user->text().trimmed();
}

SettingsForm::MailTest SettingsForm::mailTest() const
{
    return MailTest(qMax(0, m_mailButtons->checkedId()));
}

QString SettingsForm::password() const
{
    return m_password->text();
}

void SettingsForm::setPassword(const QString &password)
{
    m_password->setText(password);
}

CheckSettings SettingsForm::settings() const
{
    CheckSettings s;
    s.host = QString::fromLatin1(QUrl::toAce(host()));
    if (s.host.isEmpty())
        s.host = host();
    s.port = quint16(m_port->value());
    s.security = security();
    const AuthChoice auth = authChoice();
    const QString secret = m_password->text();
    const QString user = m_user->text().trimmed();
    // A user name alone cannot log in: then only the connection is tested.
    if (!secret.isEmpty()) {
        s.username = user;
        if (auth == AuthChoice::OAuth2Token)
            s.token = secret.trimmed();
        else
            s.password = secret;
        s.mechanism = mechanismFor(auth);
    }
    switch (mailTest()) {
    case MailTest::None:
        break;
    case MailTest::SenderOnly:
        s.from = m_from->text().trimmed();
        break;
    case MailTest::Message:
        s.from = m_from->text().trimmed();
        s.to = m_recipient->text().trimmed();
        break;
    }
    return s;
}

void SettingsForm::setPortProposal(quint16 port)
{
    m_settingPort = true;
    m_port->setValue(port);
    m_settingPort = false;
}

void SettingsForm::setSecurity(Security s)
{
    const QSignalBlocker blocker(m_security);
    m_security->setCurrentIndex(m_security->findData(int(s)));
    updateSecurityInfo();
}

void SettingsForm::setAuthChoice(AuthChoice choice)
{
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(choice))));
}

void SettingsForm::setMailTest(MailTest test)
{
    if (QAbstractButton *b = m_mailButtons->button(int(test)))
        b->setChecked(true);
}

void SettingsForm::onSecurityChanged()
{
    // Picking an encryption proposes its standard port unless the user typed one.
    if (!m_portTouched)
        setPortProposal(defaultPort(security()));
    updateSecurityInfo();
    updateAuthInfo();
    Q_EMIT changed();
}

void SettingsForm::applyCandidate(const Detect::Candidate &c, const QString &address)
{
    m_host->setText(c.host);
    setSecurity(c.security);
    setPortProposal(c.port);
    m_portTouched = false;
    const bool oauthOnly = !c.auth.isEmpty() && c.auth.count(Detect::AuthMethod::OAuth2) == c.auth.size();
    setAuthChoice(oauthOnly ? AuthChoice::OAuth2Token : AuthChoice::Automatic);
    const auto parsed = Detect::EmailAddress::parse(address);
    const QString fallback = parsed ? parsed->address() : address.trimmed();
    m_user->setText(c.username.isEmpty() ? fallback : c.username);
    if (m_from->text().isEmpty())
        m_from->setText(fallback);
    updateHostInfo();
    updateSecurityInfo();
    updateAuthInfo();
    validate(false);
}

void SettingsForm::prefillFromAddress(const QString &address)
{
    const auto parsed = Detect::EmailAddress::parse(address);
    if (!parsed)
        return;
    if (m_user->text().isEmpty())
        m_user->setText(parsed->address());
    if (m_from->text().isEmpty())
        m_from->setText(parsed->address());
}

void SettingsForm::applyProfile(const Profile &p)
{
    m_host->setText(p.host);
    setSecurity(p.security);
    setPortProposal(p.port);
    m_portTouched = p.port != defaultPort(p.security);
    setAuthChoice(p.auth);
    m_user->setText(p.username);
    m_from->setText(p.from);
    m_recipient->setText(p.recipient);
    m_password->clear();
    updateHostInfo();
    updateSecurityInfo();
    updateAuthInfo();
    m_showAll = false;
    validate(false);
}

void SettingsForm::fillProfile(Profile &p) const
{
    p.host = host();
    p.port = quint16(m_port->value());
    p.security = security();
    p.auth = authChoice();
    p.username = m_user->text().trimmed();
    p.from = m_from->text().trimmed();
    p.recipient = m_recipient->text().trimmed();
}

QString SettingsForm::hostProblem(bool showEmpty) const
{
    const QString h = host();
    if (h.isEmpty())
        return showEmpty ? tr("Enter the name of the outgoing server, for example smtp.example.com.") : QString();
    if (h.contains(u'@'))
        return tr("This looks like an e-mail address. Enter the name of the server, for example smtp.example.com.");
    if (const qsizetype scheme = h.indexOf(u"://"_s); scheme >= 0)
        //: %1 is what the user typed before the server name, e.g. "smtp://"
        return tr("Enter only the server name, without \"%1\".").arg(h.left(scheme + 3));
    if (h.contains(u' '))
        return tr("A server name cannot contain spaces.");
    QHostAddress ip;
    if (ip.setAddress(h))
        return {};
    if (h.contains(u':'))
        return tr("Enter the port in the Port field, not after the server name.");
    const QString ace = QString::fromLatin1(QUrl::toAce(h));
    bool ok = !ace.isEmpty() && ace.size() <= 253 && !ace.startsWith(u'.');
    const QStringList labels = ace.endsWith(u'.') ? ace.chopped(1).split(u'.') : ace.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-')) {
            ok = false;
            break;
        }
        for (QChar ch : label) {
            if (!(ch.isLetterOrNumber() && ch.unicode() < 128) && ch != u'-' && ch != u'_') {
                ok = false;
                break;
            }
        }
    }
    if (!ok)
        return tr("This is not a valid server name.");
    return {};
}

void SettingsForm::updateHostInfo()
{
    const QString h = host();
    QString text;
    if (!h.isEmpty() && hostProblem(false).isEmpty()) {
        QHostAddress ip;
        if (ip.setAddress(h)) {
            text = tr("An IP address: the server's certificate usually names a host, so its check may fail.");
        } else {
            const QString domain = Detect::registrableDomain(h);
            if (!domain.isEmpty())
                //: %1 is the domain a server belongs to, e.g. "example.com"
                text = tr("Belongs to: %1").arg(CandidateList::hostForDisplay(domain));
        }
    }
    m_hostDomain->setText(text);
    m_hostDomain->setVisible(!text.isEmpty());
    const QString problem = hostProblem(m_showAll);
    showMessage(m_hostError, StatusIcon::Error, problem);
}

void SettingsForm::updateSecurityInfo()
{
    if (security() == Security::None)
        showMessage(m_insecureWarning, StatusIcon::Insecure,
            tr("Not encrypted: anyone on the network can read everything, including the password. Use this "
               "only for a server inside your own network."));
    else
        showMessage(m_insecureWarning, StatusIcon::Info, QString());
    const int port = m_port->value();
    QString hint;
    StatusIcon icon = StatusIcon::Info;
    if (port == 25) {
        hint = Detect::warningText(QLatin1String(Detect::Warning::Port25));
        icon = StatusIcon::Warning;
    } else if (port == 465 && security() != Security::Tls) {
        hint = tr("Port 465 normally uses SSL/TLS.");
    } else if (port == 587 && security() == Security::Tls) {
        hint = tr("Port 587 normally uses STARTTLS.");
    }
    showMessage(m_portHint, icon, hint);
}

void SettingsForm::updateAuthInfo()
{
    const bool token = authChoice() == AuthChoice::OAuth2Token;
    //: Form label with mnemonic
    m_passwordLabel->setText(token ? tr("Access &token:") : tr("Pass&word:"));
    m_password->lineEdit()->setAccessibleName(token ? tr("Access token") : tr("Password"));
    m_password->lineEdit()->setPlaceholderText(
        token ? tr("OAuth 2 access token from your provider") : tr("leave empty to test without logging in"));
    validate(m_showAll);
}

bool SettingsForm::validate(bool showAll, bool focusFirstProblem)
{
    m_showAll = m_showAll || showAll;
    QWidget *firstBad = nullptr;
    const QString hostError = hostProblem(m_showAll);
    showMessage(m_hostError, StatusIcon::Error, hostError);
    if (!hostProblem(true).isEmpty())
        firstBad = m_host;

    // Login: a password needs a user name; a user name alone only tests the connection.
    const bool token = authChoice() == AuthChoice::OAuth2Token;
    const QString user = m_user->text().trimmed();
    const bool haveSecret = !m_password->text().isEmpty();
    if (haveSecret && user.isEmpty()) {
        showMessage(m_loginHint, StatusIcon::Error,
            token ? tr("Enter the user name that belongs to this token.")
                  : tr("Enter the user name that belongs to this password."));
        if (!firstBad)
            firstBad = m_user;
    } else if (!haveSecret && !user.isEmpty()) {
        showMessage(m_loginHint, StatusIcon::Info,
            token ? tr("Without a token only the connection is tested, not the login.")
                  : tr("Without a password only the connection is tested, not the login."));
    } else {
        showMessage(m_loginHint, StatusIcon::Info, QString());
    }

    // Sender and recipient.
    QString mailError;
    const MailTest t = mailTest();
    if (t != MailTest::None) {
        const QString from = m_from->text().trimmed();
        if (!isValidAddress(from)) {
            if (!firstBad)
                firstBad = m_from;
            if (!from.isEmpty())
                mailError = tr("The sender address is not a valid e-mail address.");
            else if (m_showAll)
                mailError = tr("Enter the sender address to check.");
        }
    }
    if (t == MailTest::Message) {
        const QString to = m_recipient->text().trimmed();
        if (!isValidAddress(to)) {
            if (!firstBad)
                firstBad = m_recipient;
            if (mailError.isEmpty() && !to.isEmpty())
                mailError = tr("The recipient address is not a valid e-mail address.");
            else if (mailError.isEmpty() && m_showAll)
                mailError = tr("Enter the address the test message should go to.");
        }
    }
    showMessage(m_mailError, StatusIcon::Error, mailError);

    if (focusFirstProblem && firstBad)
        firstBad->setFocus(Qt::OtherFocusReason);
    return firstBad == nullptr;
}

bool SettingsForm::sendsPasswordInPlaintext() const
{
    return security() == Security::None && settings().wantsAuth();
}

void SettingsForm::setRunning(bool running)
{
    m_running = running;
    m_test->setEnabled(!running);
}

void SettingsForm::setCaFile(const QString &path, int certificates, const QString &error)
{
    m_caFile = path;
    m_caCount = certificates;
    m_caError = error;
    retranslate();
}

void SettingsForm::focusFirstEmpty()
{
    for (QLineEdit *edit : { m_host, m_user, m_password->lineEdit() }) {
        if (edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_test->setFocus(Qt::OtherFocusReason);
}

void SettingsForm::requestTest()
{
    if (m_running)
        return;
    if (!validate(true, true))
        return;
    Q_EMIT testRequested();
}

void SettingsForm::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        requestTest();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsForm::retranslate()
{
    m_serverGroup->setTitle(tr("Outgoing mail server (SMTP)"));
    //: Form label with mnemonic
    m_hostLabel->setText(tr("Ser&ver:"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_host->setAccessibleName(tr("Server"));
    //: Form label with mnemonic
    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Port"));
    //: Form label with mnemonic
    m_securityLabel->setText(tr("E&ncryption:"));
    m_security->setAccessibleName(tr("Encryption"));
    //: Encryption choice: TLS from the first byte, usually port 465 (keep "SSL/TLS")
    m_security->setItemText(0, tr("SSL/TLS"));
    //: Encryption choice: STARTTLS, usually port 587 (keep "STARTTLS")
    m_security->setItemText(1, tr("STARTTLS"));
    //: Encryption choice that turns encryption off
    m_security->setItemText(2, tr("None (insecure)"));

    m_loginGroup->setTitle(tr("Login"));
    //: Form label with mnemonic
    m_authLabel->setText(tr("Login &method:"));
    m_auth->setAccessibleName(tr("Login method"));
    for (int i = 0; i < m_auth->count(); ++i) {
        switch (AuthChoice(m_auth->itemData(i).toInt())) {
        case AuthChoice::Automatic:
            //: Login method: let the program pick the best one the server offers
            m_auth->setItemText(i, tr("Automatic (recommended)"));
            break;
        case AuthChoice::Plain:
            m_auth->setItemText(i, u"PLAIN"_s);
            break;
        case AuthChoice::Login:
            m_auth->setItemText(i, u"LOGIN"_s);
            break;
        case AuthChoice::CramMd5:
            m_auth->setItemText(i, u"CRAM-MD5"_s);
            break;
        case AuthChoice::ScramSha256:
            m_auth->setItemText(i, u"SCRAM-SHA-256"_s);
            break;
        case AuthChoice::ScramSha1:
            m_auth->setItemText(i, u"SCRAM-SHA-1"_s);
            break;
        case AuthChoice::OAuth2Token:
            //: Login method: an OAuth 2 access token instead of a password
            m_auth->setItemText(i, tr("OAuth 2 access token"));
            break;
        }
    }
    //: Form label with mnemonic
    m_userLabel->setText(tr("&User name:"));
    m_user->setPlaceholderText(tr("usually your e-mail address"));
    m_user->setAccessibleName(tr("User name"));

    m_mailGroup->setTitle(tr("What to test"));
    m_noMail->setText(tr("The connection and the login"));
    m_senderOnly->setText(tr("Also check that the server accepts the sender address (nothing is sent)"));
    m_message->setText(tr("Also send a test message"));
    //: Form label with mnemonic
    m_fromLabel->setText(tr("Sen&der address:"));
    m_from->setAccessibleName(tr("Sender address"));
    m_from->setPlaceholderText(tr("name@example.com"));
    //: Form label with mnemonic
    m_recipientLabel->setText(tr("Rec&ipient:"));
    m_recipient->setAccessibleName(tr("Recipient of the test message"));
    m_recipient->setPlaceholderText(tr("name@example.com"));

    m_trustGroup->setTitle(tr("Additional trusted certificate authorities"));
    m_caLabel->setText(tr("CA file:"));
    if (m_caFile.isEmpty())
        m_caPath->setText(tr("none (only the system's certificate store is trusted)"));
    else if (!m_caError.isEmpty())
        //: %1 is a file name, %2 the reason it could not be used
        m_caPath->setText(tr("%1: %2").arg(QFileInfo(m_caFile).fileName(), m_caError));
    else
        //: %1 is a file name, %n the number of certificates in it
        m_caPath->setText(tr("%1 (%n certificate(s))", nullptr, m_caCount).arg(m_caFile));
    m_caPath->setAccessibleName(m_caPath->text());
    m_chooseCa->setText(tr("Choose…"));
    m_chooseCa->setAccessibleName(tr("Choose an additional trusted CA file"));
    m_clearCa->setText(tr("Remove"));
    m_clearCa->setAccessibleName(tr("Stop trusting the additional CA file"));
    m_clearCa->setEnabled(!m_caFile.isEmpty());

    m_test->setText(tr("&Test settings"));
    m_test->setAccessibleName(tr("Test settings"));
    updateHostInfo();
    updateSecurityInfo();
    updateAuthInfo();
}

} // namespace SmtpDoctor::Ui
