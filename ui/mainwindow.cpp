// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "diagnosis/diagnosis.h"
#include "smtp/smtpcheck.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *form = new QFormLayout;
    m_hostLineEdit = new QLineEdit(central);
    m_hostLineEdit->setObjectName(u"hostLineEdit"_s);
    m_portSpinBox = new QSpinBox(central);
    m_portSpinBox->setObjectName(u"portSpinBox"_s);
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(587);
    m_securityComboBox = new QComboBox(central);
    m_securityComboBox->setObjectName(u"securityComboBox"_s);
    m_securityComboBox->addItems({QString(), QString(), QString()});
    m_securityComboBox->setCurrentIndex(1);
    m_userLineEdit = new QLineEdit(central);
    m_userLineEdit->setObjectName(u"userLineEdit"_s);
    m_passwordLineEdit = new QLineEdit(central);
    m_passwordLineEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_hostLabel = new QLabel(central);
    m_portLabel = new QLabel(central);
    m_securityLabel = new QLabel(central);
    m_userLabel = new QLabel(central);
    m_passwordLabel = new QLabel(central);
    m_hostLabel->setBuddy(m_hostLineEdit);
    m_portLabel->setBuddy(m_portSpinBox);
    m_securityLabel->setBuddy(m_securityComboBox);
    m_userLabel->setBuddy(m_userLineEdit);
    m_passwordLabel->setBuddy(m_passwordLineEdit);
    form->addRow(m_hostLabel, m_hostLineEdit);
    form->addRow(m_portLabel, m_portSpinBox);
    form->addRow(m_securityLabel, m_securityComboBox);
    form->addRow(m_userLabel, m_userLineEdit);
    form->addRow(m_passwordLabel, m_passwordLineEdit);
    layout->addLayout(form);
    m_testPushButton = new QPushButton(central);
    m_testPushButton->setObjectName(u"testPushButton"_s);
    m_testPushButton->setDefault(true);
    layout->addWidget(m_testPushButton);
    m_verdictLabel = new QLabel(central);
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_verdictLabel->setTextFormat(Qt::PlainText);
    m_verdictLabel->setWordWrap(true);
    layout->addWidget(m_verdictLabel);
    m_transcriptTextEdit = new QPlainTextEdit(central);
    m_transcriptTextEdit->setObjectName(u"transcriptTextEdit"_s);
    m_transcriptTextEdit->setReadOnly(true);
    m_transcriptTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_transcriptTextEdit, 1);
    setCentralWidget(central);

    connect(m_testPushButton, &QPushButton::clicked, this, &MainWindow::startOrCancel);
    connect(m_hostLineEdit, &QLineEdit::returnPressed, this, &MainWindow::startOrCancel);
    connect(m_securityComboBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_portSpinBox->setValue(defaultPort(index == 0 ? Security::Tls : index == 1 ? Security::StartTls : Security::None));
    });
    retranslate();
    resize(640, 560);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SMTP Doctor"));
    //: Form label with mnemonic
    m_hostLabel->setText(tr("&Server:"));
    m_portLabel->setText(tr("&Port:"));
    m_securityLabel->setText(tr("&Encryption:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_securityComboBox->setItemText(0, tr("SSL/TLS"));
    m_securityComboBox->setItemText(1, tr("STARTTLS"));
    //: Encryption choice that turns encryption off
    m_securityComboBox->setItemText(2, tr("None (insecure)"));
    m_hostLineEdit->setPlaceholderText(tr("smtp.example.com"));
    m_testPushButton->setText(m_check && m_check->isRunning() ? tr("&Cancel") : tr("&Test"));
}

void MainWindow::startOrCancel()
{
    if (m_check && m_check->isRunning()) {
        m_check->cancel();
        return;
    }
    CheckSettings settings;
    settings.host = m_hostLineEdit->text().trimmed();
    settings.port = quint16(m_portSpinBox->value());
    const int index = m_securityComboBox->currentIndex();
    settings.security = index == 0 ? Security::Tls : index == 1 ? Security::StartTls : Security::None;
    settings.username = m_userLineEdit->text().trimmed();
    settings.password = m_passwordLineEdit->text();
    delete m_check;
    m_check = new SmtpCheck(this);
    m_check->setSettings(settings);
    m_transcriptTextEdit->clear();
    m_verdictLabel->setText(tr("Checking…"));
    connect(m_check, &SmtpCheck::transcriptAppended, this, [this](const TranscriptEntry &e) {
        const QString dir = e.direction == TranscriptEntry::Direction::Client ? u"C:"_s
            : e.direction == TranscriptEntry::Direction::Server                ? u"S:"_s
                                                                                : u" *"_s;
        m_transcriptTextEdit->appendPlainText(u"%1 %2"_s.arg(dir, Transcript::printable(e.line)));
    });
    connect(m_check, &SmtpCheck::finished, this, &MainWindow::showResult);
    m_check->start();
    retranslate();
}

void MainWindow::showResult(const CheckResult &result)
{
    const Diagnosis::Diagnosis d = Diagnosis::diagnose(result);
    QStringList lines{d.title};
    if (!result.ok())
        lines << d.cause << d.advice;
    m_verdictLabel->setText(lines.join(u'\n'));
    m_testPushButton->setText(tr("&Test"));
}

} // namespace SmtpDoctor::Ui
