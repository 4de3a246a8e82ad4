// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGroupBox;
class QPushButton;

namespace SmtpDoctor::Ui {

class ResultView;
class StepList;

// Steps 3 and 4 on one page: the live step list on the left with the actions under
// it, the answer on the right.
class CheckPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckPage)
public:
    explicit CheckPage(QWidget *parent = nullptr);

    [[nodiscard]] StepList *stepList() const { return m_steps; }
    [[nodiscard]] ResultView *resultView() const { return m_result; }
    void setRunning(bool running);
    void setHasResult(bool hasResult);

Q_SIGNALS:
    void cancelRequested();
    void retestRequested();
    void changeSettingsRequested();
    void copyReportRequested();
    void saveReportRequested();
    void copySettingsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();

    QGroupBox *m_stepsGroup = nullptr;
    StepList *m_steps = nullptr;
    ResultView *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retest = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_copyReport = nullptr;
    QPushButton *m_saveReport = nullptr;
    QPushButton *m_copySettings = nullptr;
    bool m_running = false;
};

} // namespace SmtpDoctor::Ui
