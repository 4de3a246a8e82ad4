// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QAction;
class QActionGroup;

namespace SmtpDoctor::Ui {

// Settings → Language: the system's language, English, Deutsch. Language names are
// shown in their own language (so that they can be found in any interface language).
class LanguageMenu : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "" = the system's language, "en", "de".
    void setCurrentChoice(const QString &language);
    [[nodiscard]] QString currentChoice() const;

Q_SIGNALS:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_group = nullptr;
    QAction *m_systemAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_germanAction = nullptr;
};

} // namespace SmtpDoctor::Ui
