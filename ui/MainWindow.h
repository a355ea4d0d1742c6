// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTableView;

namespace traject {

class CaseloadModel;
class Clock;
class Database;
class WelcomePage;

/// The main window: a welcome page on an empty database, otherwise the caseload.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    WelcomePage *welcomePage() const { return m_welcome; }
    QTableView *caseloadView() const { return m_caseloadView; }
    CaseloadModel *caseloadModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showCaseload();
    void startWithDemo();
    void refreshStatus();

    Database &m_database;
    const Clock &m_clock;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTableView *m_caseloadView = nullptr;
    CaseloadModel *m_model = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace traject
