// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/checkresult.h"

#include <QPointer>
#include <QWidget>

#include <optional>

#include <QMessageBox>
class QPushButton;
class QTreeWidget;

namespace SmtpDoctor::Ui {

class MessageLabel;

// The server's certificate chain: names, validity, fingerprints, and whether it was
// verified. "Trust this certificate" pins the leaf, but only after a confirmation that
// shows its SHA-256 fingerprint.
class CertificateTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTab)
public:
    explicit CertificateTab(QWidget *parent = nullptr);

    void setResult(const SmtpDoctor::CheckResult &result);
    void clear();
    [[nodiscard]] QMessageBox *pendingConfirmation() const { return m_confirmation; }

    // "AB:CD:…" in lines of 16 bytes.
    [[nodiscard]] static QString formatFingerprint(const QByteArray &hex, int bytesPerLine = 16);

Q_SIGNALS:
    // The user confirmed: accept this leaf (lower-case hex SHA-256) for this host from now on.
    void certificateTrusted(const QString &host, const QByteArray &sha256);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void confirmTrust();

    MessageLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_trust = nullptr;
    std::optional<CheckResult> m_result;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace SmtpDoctor::Ui
