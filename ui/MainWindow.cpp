// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DossierArea.h"
#include "NewLearnerDialog.h"
#include "NoticesDialog.h"
#include "Session.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "WelcomePage.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "demo/DemoData.h"
#include "directory/ClosuresDialog.h"
#include "directory/OrganisationsDialog.h"
#include "directory/ProgrammesDialog.h"
#include "dossier/DossierWidget.h"
#include "exchange/ExchangeActions.h"
#include "intake/IntakeLauncher.h"
#include "overview/OverviewPage.h"
#include "privacy/PrivacyActions.h"
#include "privacy/RetentionActions.h"
#include "reports/ReportActions.h"
#include "safety/BackupActions.h"
#include "safety/OpeningBackup.h"
#include "security/EncryptionActions.h"
#include "security/EncryptionBar.h"
#include "security/WindowLock.h"
#include "sqlite/Versions.h"
#include "storage/Database.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "timeline/CaseloadTimelineView.h"
#include "timeline/TimelineCanvas.h"
#include "widgets/CellEditorFrame.h"
#include "widgets/MessageBox.h"
#include "widgets/ReturnGuard.h"
#include "widgets/UndoKeys.h"
#include "widgets/WheelGuard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace traject {

namespace {

/// An action's text as shown, without its mnemonic marks ("&Undo" is "Undo", "&&" is "&").
QString shownText(QString text)
{
    static const QRegularExpression mark(QStringLiteral("&(.)"));
    return text.replace(mark, QStringLiteral("\\1"));
}

/// Gives an action whose text follows what it does a short, fixed text for toolbar buttons,
/// and its full text as their tooltip.
void keepShortInToolbar(QAction *action, const QString &shortText)
{
    action->setIconText(shortText);
    const auto follow = [action] { action->setToolTip(shownText(action->text())); };
    follow();
    QObject::connect(action, &QAction::changed, action, follow);
}

} // namespace

MainWindow::MainWindow(Database &database, const Clock &clock, QWidget *parent, Loading loading)
    : QMainWindow(parent)
    , m_database(database)
    , m_session(new Session(database, clock, this))
{
    // No field anywhere changes under the wheel while the SPOC scrolls past it.
    guardWheelEverywhere();
    // Return on a closed choice opens its list; it never submits a dialog.
    guardReturnEverywhere();
    // An editor in a table cell shows its frame: the SPOC sees where the typing goes.
    frameCellEditorsEverywhere();
    // Ctrl+Z in a text field with nothing of its own to undo takes back the last stored change.
    passUndoKeysToWindow(this);
    setWindowTitle(tr("Trajectplanner"));
    resize(1280, 760);

    m_caseload = new CaseloadPanel(*m_session);
    m_dossier = new DossierWidget(*m_session);
    m_split = new QSplitter;
    m_split->addWidget(m_caseload);
    m_split->addWidget(new DossierArea(m_dossier, m_caseload));
    m_split->setCollapsible(1, false);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    connect(m_caseload, &CaseloadPanel::learnerSelected, this, &MainWindow::openLearner);

    m_welcome = new WelcomePage(database.path(), database.isEncrypted());
    connect(m_welcome, &WelcomePage::startEmptyRequested, this, &MainWindow::showCaseload);
    connect(m_welcome, &WelcomePage::startWithDemoRequested, this, &MainWindow::startWithDemo);

    m_timeline = new CaseloadTimelineView(*m_session);
    connect(m_timeline, &CaseloadTimelineView::openLearner, this,
            [this](qint64 learnerId, std::optional<timeline::Item> item) {
                showCaseload();
                m_caseload->selectLearner(learnerId);
                if (item && m_dossier->learnerId() == learnerId)
                    m_dossier->showItem(*item);
            });

    m_overview = new OverviewPage(*m_session);
    connect(m_overview, &OverviewPage::openLearner, this, [this](qint64 learnerId) {
        showCaseload();
        m_caseload->selectLearner(learnerId);
    });

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_split);
    m_pages->addWidget(m_timeline);
    m_pages->addWidget(m_overview);
    // A plain file says so above everything, with the way to encrypt it.
    auto *central = new QWidget;
    auto *centralColumn = new QVBoxLayout(central);
    centralColumn->setContentsMargins(0, 0, 0, 0);
    centralColumn->setSpacing(0);
    if (!database.isEncrypted() && database.path() != QLatin1String(":memory:")) {
        m_encryptionBar = new EncryptionBar;
        centralColumn->addWidget(m_encryptionBar);
    }
    centralColumn->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_lock = new WindowLock(*this, *m_pages, database.path());

    m_status = new QLabel;
    statusBar()->addPermanentWidget(m_status);
    connect(m_session, &Session::failed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Trajectplanner"), message);
    });
    connect(m_session, &Session::changed, this, &MainWindow::refreshStatus);
    createMenus();

    // A checked backup a day while the program runs (one is made on every open too).
    if (m_database.path() != QLatin1String(":memory:")) {
        auto *daily = new DailyBackup(m_database.path(), Settings().get(Setting::BackupsKept),
                                      Settings().get(Setting::RetentionYears), this);
        connect(daily, &DailyBackup::failed, this,
                [this](const QString &message) { statusBar()->showMessage(message); });
        daily->start();
    }

    connect(m_caseload, &CaseloadPanel::loaded, this, &MainWindow::caseloadLoaded);
    Settings settings;
    restoreGeometry(settings.get(Setting::WindowGeometry));
    restoreState(settings.get(Setting::WindowState));
    if (!m_split->restoreState(settings.get(Setting::SplitterState))) {
        // A first start: the dossier gets the width its tabs need (every title whole, no scroll
        // arrows) with some room, the caseload list the rest. The sizes are weights: the
        // splitter keeps their ratio when the window gets its real size.
        const int dossier = m_dossier->minimumSizeHint().width() + 48;
        m_split->setSizes({ std::max(width() - dossier, dossier / 2), dossier });
    }
    if (loading == Loading::InBackground) {
        // The welcome page or the list: a count is quick; the list itself comes after the window.
        const auto learners = LearnerRepository(database, clock).count();
        if (learners && *learners > 0) {
            showCaseload();
            m_caseload->reloadInBackground();
        } else {
            m_pages->setCurrentWidget(m_welcome);
            m_caseload->reload();
        }
    } else {
        m_caseload->reload();
        if (caseloadModel()->rowCount() > 0)
            showCaseload();
        else
            m_pages->setCurrentWidget(m_welcome);
    }
    refreshStatus();

    // The check of the whole file, when open() left it to the background: polled, as it ends
    // a moment after the window shows. Every change waits for it meanwhile.
    if (const auto checked = m_database.pageCheck(); !checked || !*checked) {
        auto *poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            const auto checked = m_database.pageCheck();
            if (!checked)
                return;
            poll->deleteLater();
            if (!*checked)
                fileDamaged(checked->error().message);
        });
        poll->start();
    }
}

MainWindow::~MainWindow()
{
    // The widgets and tool windows use the session (a field left while closing still saves), so
    // they go first; the session, a child made before them, would otherwise be deleted first.
    qDeleteAll(findChildren<QDialog *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
}

QTableView *MainWindow::caseloadView() const
{
    return m_caseload->view();
}

CaseloadModel *MainWindow::caseloadModel() const
{
    return m_caseload->model();
}

QWidget *MainWindow::workArea() const
{
    return m_split;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *add = file->addAction(tr("&New learner…"), this, &MainWindow::newLearner);
    add->setShortcut(QKeySequence::New);
    QAction *intake = file->addAction(tr("New candidate with &intake interview…"), this,
                                      &MainWindow::newIntake);
    intake->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    file->addAction(tr("Make a &backup…"), this, [this] { makeBackupAs(*m_session, this); });
    file->addAction(tr("Res&tore a backup…"), this, [this] {
        if (auto chosen = chooseBackupToRestore(*m_session, this)) {
            // Restored with the database closed: the program reopens it afterwards.
            m_backupToRestore = *chosen;
            close();
        }
    });
    if (m_database.path() != QLatin1String(":memory:"))
        addEncryptionActions(file);
    file->addAction(tr("Import learners from CS&V…"), this, [this] {
        const QString message = ExchangeActions::importLearners(*m_session, this);
        if (!message.isEmpty()) {
            showCaseload();
            statusBar()->showMessage(message, 8000);
        }
    });
    file->addAction(tr("E&xport the caseload list as CSV…"), this, [this] {
        // The list as it is shown: filtered and sorted.
        const QString done = ExchangeActions::exportCsv(
            *m_caseload->proxy(),
            tr("Caseload %1").arg(m_session->clock().today().toString(u"yyyy-MM-dd")), this);
        if (!done.isEmpty())
            statusBar()->showMessage(done, 8000);
    });
    file->addSeparator();
    m_printAction
        = file->addAction(tr("&Print personal plan…"), m_dossier, &DossierWidget::printPlan);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_dossier, &DossierWidget::showsLearnerChanged, this, &MainWindow::updatePrintAction);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePrintAction);
    updatePrintAction();
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] {
        if (SettingsDialog(this).exec() == QDialog::Accepted)
            m_lock->applySettings();
    });
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(m_lock->lockAction());
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find learner"), this, [this] {
        showCaseload();
        m_caseload->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    // In the toolbar Undo and Redo keep a short, fixed text, whatever the last change was; the
    // whole of it ("Undo Mark 20/03/2025 as absent") is in the menu and in the tooltip.
    keepShortInToolbar(undo, tr("Undo"));
    keepShortInToolbar(redo, tr("Redo"));
    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(add);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addAction(find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *views = new QActionGroup(this);
    m_listAction = view->addAction(tr("Caseload &list"), this, &MainWindow::showCaseload);
    m_listAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_timelineAction
        = view->addAction(tr("Caseload &timeline"), this, &MainWindow::showCaseloadTimeline);
    m_timelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_overviewAction = view->addAction(tr("Over&view"), this, &MainWindow::showOverview);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    for (QAction *action : { m_listAction, m_timelineAction, m_overviewAction }) {
        action->setCheckable(true);
        views->addAction(action);
    }
    toolbar->addSeparator();
    toolbar->addAction(m_listAction);
    toolbar->addAction(m_timelineAction);
    toolbar->addAction(m_overviewAction);

    // The learner's rights: for the learner whose dossier is shown.
    QMenu *learner = menuBar()->addMenu(tr("&Learner"));
    m_learnerActions = {
        learner->addAction(tr("&Export data…"), this,
                           [this] {
                               PrivacyActions::exportLearnerData(*m_session, m_dossier->learnerId(),
                                                                 this);
                           }),
        learner->addAction(
            tr("&Anonymise…"), this,
            [this] { PrivacyActions::anonymiseLearner(*m_session, m_dossier->learnerId(), this); }),
        learner->addAction(tr("Export a&genda (.ics)…"), this,
                           [this] {
                               const QString done = ExchangeActions::exportAgenda(
                                   *m_session, m_dossier->learnerId(), this);
                               if (!done.isEmpty())
                                   statusBar()->showMessage(done, 8000);
                           }),
        learner->addAction(
            tr("&MLP summary…"), this,
            [this] { ReportActions::showMlpSummary(*m_session, m_dossier->learnerId(), this); }),
        learner->addAction(tr("E&rase for good…"), this,
                           [this] {
                               PrivacyActions::eraseLearnerForever(*m_session,
                                                                   m_dossier->learnerId(), this);
                           }),
    };
    updatePrintAction();

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    reports->addAction(tr("Case &meeting sheet…"), this,
                       [this] { ReportActions::showCaseMeetingSheet(*m_session, this); });
    reports->addAction(tr("Caseload &profile…"), this,
                       [this] { ReportActions::showCaseloadProfile(*m_session, this); });
    reports->addAction(tr("&ESF+ report…"), this,
                       [this] { ReportActions::showEsfReport(*m_session, this); });

    QMenu *manage = menuBar()->addMenu(tr("&Manage"));
    manage->addAction(tr("&Address book…"), this, [this] { openTool<OrganisationsDialog>(); });
    manage->addAction(tr("&Programmes and modules…"), this,
                      [this] { openTool<ProgrammesDialog>(); });
    manage->addAction(tr("&Closure periods…"), this, [this] { openTool<ClosuresDialog>(); });
    manage->addSeparator();
    manage->addAction(tr("&Review the retention period…"), this, [this] {
        RetentionActions::reviewRetention(*m_session, this, [this](qint64 id) { openLearner(id); });
    });
    manage->addAction(tr("Audit &log…"), this,
                      [this] { RetentionActions::showAuditLog(*m_session, this); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trajectplanner"), this, [this] {
        MessageBox::about(
            this, tr("About Trajectplanner"),
            tr("<p><b>Trajectplanner %1</b></p><p>Plans and follows up the trajectories of "
               "learners toward the qualification of childcare worker.</p>"
               "<p>Your data: %2</p><p>Database: SQLite %3 with %4.</p>"
               "<p>Licence: GPL-3.0-or-later. The software of others inside it, and their "
               "licences: Help &gt; Third-party licences.</p>")
                .arg(QCoreApplication::applicationVersion(),
                     QDir::toNativeSeparators(m_database.path()).toHtmlEscaped(),
                     sqlite::sqliteVersion(), sqlite::ciphersVersion()));
    });
    help->addAction(tr("Third-party &licences…"), this, [this] {
        NoticesDialog dialog(this);
        dialog.exec();
    });

    // F10 opens the first menu, as in the desktop's other programs (the keyboard's way into the
    // menus besides Alt and a menu's letter).
    auto *menuKey = new QAction(this);
    menuKey->setShortcut(Qt::Key_F10);
    menuKey->setShortcutContext(Qt::WindowShortcut);
    connect(menuKey, &QAction::triggered, this,
            [this, file] { menuBar()->setActiveAction(file->menuAction()); });
    addAction(menuKey);
}

qint64 MainWindow::newLearner()
{
    NewLearnerDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    showCaseload();
    m_caseload->selectLearner(dialog.createdLearner());
    return dialog.createdLearner();
}

qint64 MainWindow::newIntake()
{
    const qint64 learnerId = newLearner();
    if (learnerId == 0)
        return 0;
    const qint64 intakeId = intake::startOrResume(*m_session, learnerId, this);
    m_dossier->tabs()->setCurrentIndex(DossierWidget::Intake);
    return intakeId;
}

void MainWindow::backUpInBackground(int keep)
{
    auto *backup = new OpeningBackup(m_database.path(), keep, this);
    connect(backup, &OpeningBackup::made, this, [this](const QString &path) {
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Backup made: %1").arg(QDir::toNativeSeparators(path)),
                                     5000);
    });
    connect(backup, &OpeningBackup::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    backup->start();
}

void MainWindow::resumeInterruptedIntake()
{
    const qint64 intakeId = intake::interruptedIntake(*m_session);
    if (intakeId == 0)
        return;
    auto intake = IntakeRepository(m_database, m_session->clock()).get(intakeId);
    auto learner = intake ? LearnerRepository(m_database, m_session->clock()).get(intake->learnerId)
                          : Result<Learner>(intake.error());
    if (!learner)
        return;
    showCaseload();
    m_caseload->selectLearner(learner->id);
    m_dossier->tabs()->setCurrentIndex(DossierWidget::Intake);
    if (MessageBox::question(this, tr("Intake interview"),
                             tr("The intake interview with %1 was still open when Trajectplanner "
                                "stopped. Everything up to the last field left is saved. Resume "
                                "it now?")
                                 .arg(learner->fullName()))
        == QMessageBox::Yes)
        intake::open(*m_session, intakeId, this);
    else
        Settings().set(Setting::OpenIntake, QString()); // it stays "in progress" in the Intake tab
}

void MainWindow::addEncryptionActions(QMenu *file)
{
    if (!m_database.isEncrypted()) {
        m_encryptAction = file->addAction(tr("&Encrypt…"), this, [this] {
            if (auto passphrase
                = EncryptionActions::choosePassphraseToEncrypt(m_database.path(), this)) {
                // Encrypted with the database closed: the program opens it again afterwards.
                m_passphraseToEncrypt = *passphrase;
                close();
            }
        });
        connect(m_encryptionBar, &EncryptionBar::encryptRequested, m_encryptAction,
                &QAction::trigger);
        return;
    }
    file->addAction(tr("Change the p&assphrase…"), this,
                    [this] { EncryptionActions::changePassphrase(m_database.path(), this); });
    file->addAction(tr("New recovery s&heet…"), this,
                    [this] { EncryptionActions::renewRecoverySheet(m_database.path(), this); });
}

void MainWindow::markAsDemo()
{
    if (m_encryptionBar)
        m_encryptionBar->setDemo(true);
    if (m_encryptAction)
        m_encryptAction->setVisible(false);
}

void MainWindow::showCaseload()
{
    m_pages->setCurrentWidget(m_split);
    m_listAction->setChecked(true);
    m_caseload->view()->resizeColumnsToContents();
    m_caseload->view()->setFocus();
}

void MainWindow::showCaseloadTimeline()
{
    m_pages->setCurrentWidget(m_timeline);
    m_timelineAction->setChecked(true);
    m_timeline->canvas()->setFocus();
}

void MainWindow::showOverview()
{
    m_pages->setCurrentWidget(m_overview);
    m_overviewAction->setChecked(true);
    m_overview->setFocus();
}

void MainWindow::startWithDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto summary = demo::fillDemoCaseload(m_database, m_session->clock());
    QApplication::restoreOverrideCursor();
    if (!summary) {
        MessageBox::warning(this, tr("Trajectplanner"), summary.error().message);
        return;
    }
    m_session->notifyChanged(0, everyAspect());
    showCaseload();
}

void MainWindow::openLearner(qint64 learnerId)
{
    m_dossier->showLearner(learnerId);
    if (learnerId != 0)
        Settings().set(Setting::LastLearner, learnerId);
}

void MainWindow::updatePrintAction()
{
    const bool learnerShown = m_pages->currentWidget() == m_split && m_dossier->showsLearner();
    m_printAction->setEnabled(learnerShown);
    for (QAction *action : std::as_const(m_learnerActions))
        action->setEnabled(learnerShown);
}

void MainWindow::caseloadLoaded()
{
    refreshStatus();
    if (!std::exchange(m_restoreLastLearner, false) || caseloadModel()->rowCount() == 0)
        return;
    if (m_pages->currentWidget() == m_split)
        m_caseload->view()->resizeColumnsToContents();
    if (const qint64 last = Settings().get(Setting::LastLearner); last != 0)
        m_caseload->selectLearner(last);
}

void MainWindow::fileDamaged(const QString &problem)
{
    // Restored with the database closed: the program reopens it afterwards. Nothing can be
    // written into the damaged file, so the window closes either way.
    if (const auto backup = chooseLatestGoodBackup(m_database.path(), problem, this))
        m_backupToRestore = *backup;
    close();
}

void MainWindow::refreshStatus()
{
    const QString path = QDir::toNativeSeparators(m_database.path());
    if (m_caseload->isLoading()) // the count comes with the list
        m_status->setText(path);
    else
        m_status->setText(tr("%n learner(s)", nullptr, caseloadModel()->rowCount())
                          + QStringLiteral(" · ") + path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.set(Setting::WindowGeometry, saveGeometry());
    if (!m_lock->isLocked()) // the toolbars are hidden while locked
        settings.set(Setting::WindowState, saveState());
    settings.set(Setting::SplitterState, m_split->saveState());
    event->accept();
}

} // namespace traject
