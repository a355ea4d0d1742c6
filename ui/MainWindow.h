// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace traject {

class CaseloadModel;
class CaseloadPanel;
class CaseloadTimelineView;
class Clock;
class Database;
class DossierWidget;
class Session;
class WelcomePage;

/// The main window: a welcome page on an empty database, otherwise the caseload list beside
/// the dossier of the chosen learner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    WelcomePage *welcomePage() const { return m_welcome; }
    CaseloadPanel *caseloadPanel() const { return m_caseload; }
    QTableView *caseloadView() const;
    CaseloadModel *caseloadModel() const;
    DossierWidget *dossier() const { return m_dossier; }
    /// File > Print personal plan… (Ctrl+P).
    QAction *printAction() const { return m_printAction; }
    CaseloadTimelineView *caseloadTimeline() const { return m_timeline; }
    /// Shows the whole caseload on a timeline (Ctrl+2) instead of the list and dossier (Ctrl+1).
    void showCaseloadTimeline();
    QWidget *workArea() const;

    /// Opens the dialog for a new learner (Ctrl+N); returns the new learner's id or 0.
    qint64 newLearner();
    /// A new candidate with an intake interview at once; returns the intake (0: none).
    qint64 newIntake();
    /// Offers to resume the intake that was open when the program stopped (after a crash).
    void resumeInterruptedIntake();
    /// Makes the backup of this open in the background (for a file that needed no conversion);
    /// the status bar says how it went. Closing the window waits for it.
    void backUpInBackground(int keep);
    /// The backup the SPOC chose to restore: the program closes this window, restores it with
    /// the database closed, and opens it again (empty: none).
    QString backupToRestore() const { return m_backupToRestore; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showCaseload();
    void startWithDemo();
    void refreshStatus();
    void openLearner(qint64 learnerId);
    /// "Print personal plan" is there only while a learner's dossier is in view.
    void updatePrintAction();
    /// Shows the one window of this kind (address book, programmes, …), making it if needed.
    template<typename Dialog> void openTool()
    {
        auto *dialog = findChild<Dialog *>();
        if (!dialog) {
            dialog = new Dialog(*m_session, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }

    Database &m_database;
    Session *m_session = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_split = nullptr;
    CaseloadPanel *m_caseload = nullptr;
    DossierWidget *m_dossier = nullptr;
    CaseloadTimelineView *m_timeline = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_timelineAction = nullptr;
    QAction *m_printAction = nullptr;
    QList<QAction *> m_learnerActions; // need a learner's dossier
    QString m_backupToRestore;
    QLabel *m_status = nullptr;
};

} // namespace traject
