// SPDX-License-Identifier: GPL-3.0-or-later
// A change says what changed (the learner and the aspect), so each view reloads only its part:
// adding a barrier reads the barriers again, not the logbook.
#include "TestSupport.h"

#include "MainWindow.h"
#include "demo/DemoData.h"
#include "dossier/BarriersTab.h"
#include "dossier/DossierWidget.h"
#include "dossier/barriers/BarrierDialog.h"
#include "dossier/barriers/BarrierModel.h"
#include "sqlite/SqliteDriver.h"
#include "widgets/TableSection.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// Clicks the dossier's tab and returns how many statements showing it ran.
quint64 statementsToShow(DossierWidget &dossier, DossierWidget::Tab tab)
{
    QTabBar *bar = dossier.tabs()->tabBar();
    const quint64 before = sqlite::statementsRun();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    REQUIRE(dossier.tabs()->currentIndex() == tab);
    return sqlite::statementsRun() - before;
}

} // namespace

TEST_CASE("adding a barrier reloads what shows barriers, and not the logbook or the role card")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    MainWindow window(*db, clock);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTableView *list = window.caseloadView();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    DossierWidget &dossier = *window.dossier();
    REQUIRE(dossier.showsLearner());

    // Every tab has been read once, so that none is waiting to be read for another reason.
    for (int tab = 0; tab < DossierWidget::TabCount; ++tab)
        statementsToShow(dossier, DossierWidget::Tab(tab));
    CHECK(statementsToShow(dossier, DossierWidget::Logbook) == 0); // read, and not changed since

    statementsToShow(dossier, DossierWidget::Barriers);
    auto *barriers = static_cast<BarriersTab *>(dossier.tab(DossierWidget::Barriers));
    const int rows = barriers->barrierModel()->rowCount();
    QTest::mouseClick(barriers->barrierSection()->addButton(), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto *dialog = qobject_cast<BarrierDialog *>(barriers->openEditor());
    REQUIRE(dialog);
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Geen opvang op woensdag"));
    const quint64 before = sqlite::statementsRun();
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    const quint64 added = sqlite::statementsRun() - before;
    REQUIRE_FALSE(dialog->isVisible());
    CHECK(barriers->barrierModel()->rowCount() == rows + 1);
    WARN("adding one barrier with its dossier open ran " << added << " statements");

    // The tabs that do not show barriers were not marked to be read again.
    CHECK(statementsToShow(dossier, DossierWidget::Logbook) == 0);
    CHECK(statementsToShow(dossier, DossierWidget::RoleCard) == 0);
    CHECK(statementsToShow(dossier, DossierWidget::Intake) == 0);
    // Those that show them (the timeline draws the barriers) read again when they are shown.
    CHECK(statementsToShow(dossier, DossierWidget::Timeline) > 0);
    CHECK(statementsToShow(dossier, DossierWidget::Timeline) == 0);
}

} // namespace TRAJECT_UNITY_ID
