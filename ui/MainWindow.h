// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
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
class EncryptionBar;
class OverviewPage;
class Session;
class WelcomePage;
class WindowLock;

/// The main window: a welcome page on an empty database, otherwise the caseload list beside
/// the dossier of the chosen learner.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// When the caseload list is read.
    enum class Loading
    {
        /// Before the constructor returns (tests, tools).
        AtOnce,
        /// On a thread of its own, so that the window shows at once (the program's start).
        InBackground
    };

    MainWindow(Database &database, const Clock &clock, QWidget *parent = nullptr,
               Loading loading = Loading::AtOnce);
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
    /// The overview of the caseload (Ctrl+3): this week, the funnel, barriers, placements.
    void showOverview();
    OverviewPage *overview() const { return m_overview; }
    /// Locks the window (File > Lock, Ctrl+L, and after the idle minutes of the settings).
    WindowLock *windowLock() const { return m_lock; }
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
    /// The passphrase chosen in File > Encrypt…: the program closes this window, encrypts the
    /// database closed (EncryptionActions::encryptChosen) and opens it again (empty: none).
    QString passphraseToEncrypt() const { return m_passphraseToEncrypt; }
    /// The bar above a plain file ("This file is not encrypted"); nullptr for an encrypted one.
    EncryptionBar *encryptionBar() const { return m_encryptionBar; }
    /// The demo database (made-up learners) stays plain: the bar says so, and File > Encrypt… is
    /// not offered.
    void markAsDemo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    /// File > Encrypt… for a plain file; Change the passphrase… and New recovery sheet… for an
    /// encrypted one.
    void addEncryptionActions(QMenu *file);
    void showCaseload();
    void startWithDemo();
    void refreshStatus();
    /// Once the caseload list is read: the learner of last time, the status bar.
    void caseloadLoaded();
    /// The page check made in the background on open failed: offers the latest good backup.
    void fileDamaged(const QString &problem);
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
    OverviewPage *m_overview = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_timelineAction = nullptr;
    QAction *m_printAction = nullptr;
    QList<QAction *> m_learnerActions; // need a learner's dossier
    QString m_backupToRestore;
    QString m_passphraseToEncrypt;
    EncryptionBar *m_encryptionBar = nullptr;
    QAction *m_encryptAction = nullptr;
    QLabel *m_status = nullptr;
    WindowLock *m_lock = nullptr;
    bool m_restoreLastLearner = true; // once, when the list is first read
};

} // namespace traject
