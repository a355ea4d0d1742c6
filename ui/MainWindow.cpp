// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CaseloadModel.h"
#include "Settings.h"
#include "WelcomePage.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace traject {

MainWindow::MainWindow(Database &database, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_clock(clock)
{
    setWindowTitle(tr("Trajectplanner"));
    resize(1100, 700);

    m_model = new CaseloadModel(database, clock, this);
    m_caseloadView = new QTableView;
    m_caseloadView->setModel(m_model);
    m_caseloadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseloadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseloadView->setAlternatingRowColors(true);
    m_caseloadView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseloadView->verticalHeader()->hide();
    m_caseloadView->horizontalHeader()->setStretchLastSection(true);

    m_welcome = new WelcomePage(database.path());
    connect(m_welcome, &WelcomePage::startEmptyRequested, this, &MainWindow::showCaseload);
    connect(m_welcome, &WelcomePage::startWithDemoRequested, this, &MainWindow::startWithDemo);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_caseloadView);
    setCentralWidget(m_pages);

    m_status = new QLabel;
    statusBar()->addPermanentWidget(m_status);
    createMenus();

    if (auto status = m_model->reload(); !status)
        QMessageBox::warning(this, tr("Trajectplanner"), status.error().message);
    if (m_model->rowCount() > 0)
        showCaseload();
    else
        m_pages->setCurrentWidget(m_welcome);
    refreshStatus();

    Settings settings;
    restoreGeometry(settings.get(Setting::WindowGeometry));
    restoreState(settings.get(Setting::WindowState));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trajectplanner"), this, [this] {
        QMessageBox::about(
            this, tr("About Trajectplanner"),
            tr("<p><b>Trajectplanner %1</b></p><p>Plans and follows up the trajectories of "
               "learners toward the qualification of childcare worker.</p>"
               "<p>Your data: %2</p><p>Licence: GPL-3.0-or-later.</p>")
                .arg(QCoreApplication::applicationVersion(),
                     QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
    });
}

void MainWindow::showCaseload()
{
    m_pages->setCurrentWidget(m_caseloadView);
    m_caseloadView->resizeColumnsToContents();
    m_caseloadView->setFocus();
}

void MainWindow::startWithDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto summary = demo::fillDemoCaseload(m_database, m_clock);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox::warning(this, tr("Trajectplanner"), summary.error().message);
        return;
    }
    if (auto status = m_model->reload(); !status)
        QMessageBox::warning(this, tr("Trajectplanner"), status.error().message);
    refreshStatus();
    showCaseload();
}

void MainWindow::refreshStatus()
{
    m_status->setText(tr("%n learner(s)", nullptr, m_model->rowCount()) + QStringLiteral(" · ")
                      + QDir::toNativeSeparators(m_database.path()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.set(Setting::WindowGeometry, saveGeometry());
    settings.set(Setting::WindowState, saveState());
    event->accept();
}

} // namespace traject
