// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload list said "0 / 45 dagen" after the newest placement,
// which had not started, while the current one stood at 3 of 45; and "can reach at most" left
// out the past days that were not filled in yet. The target of 44–47 days belongs to the
// trajectory and is shared by its placements: the list and the tab count the days worked in all
// of them, and say what is worked, still to record, still planned and within reach.
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "caseload/CaseloadModel.h"
#include "dossier/DossierWidget.h"
#include "dossier/PlacementsTab.h"
#include "dossier/placements/PlacementDialog.h"
#include "dossier/placements/PlacementModel.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::activate;
using traject::test::buttonWithText;
using traject::test::require;

namespace {

/// Lina Haddad, in training, with two work-place learning placements of 45 days (342 hours) on
/// Tuesdays and Thursdays, on Friday 14 March 2025:
/// - the current one, from 3 March: 4, 6 and 11 March worked, Thursday 13 March not filled in
///   yet, 18, 20 and 25 March planned;
/// - the next one, from 5 May, with 6 and 8 May planned.
/// All together: 3 worked, 1 still to record, 5 still planned; 9 within reach of 45.
struct Trajectory
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<MainWindow> window;
    qint64 learner = 0;
    qint64 current = 0;
    qint64 next = 0;

    Trajectory()
    {
        Learner lina;
        lina.firstName = QStringLiteral("Lina");
        lina.lastName = QStringLiteral("Haddad");
        lina.phase = Phase::Training;
        lina.phaseSince = QDate(2025, 2, 3);
        learner = require(LearnerRepository(*db, clock).add(lina));
        current = addPlacement(QDate(2025, 3, 3), QDate(2025, 4, 30),
                               { { QDate(2025, 3, 4), PlacementDayStatus::Worked },
                                 { QDate(2025, 3, 6), PlacementDayStatus::Worked },
                                 { QDate(2025, 3, 11), PlacementDayStatus::Worked },
                                 { QDate(2025, 3, 13), PlacementDayStatus::Planned },
                                 { QDate(2025, 3, 18), PlacementDayStatus::Planned },
                                 { QDate(2025, 3, 20), PlacementDayStatus::Planned },
                                 { QDate(2025, 3, 25), PlacementDayStatus::Planned } });
        next = addPlacement(QDate(2025, 5, 5), QDate(2025, 6, 27),
                            { { QDate(2025, 5, 6), PlacementDayStatus::Planned },
                              { QDate(2025, 5, 8), PlacementDayStatus::Planned } });

        window = std::make_unique<MainWindow>(*db, clock);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    qint64 addPlacement(QDate start, QDate end, QList<QPair<QDate, PlacementDayStatus>> days)
    {
        PlacementRepository placements(*db, clock);
        Placement p;
        p.learnerId = learner;
        p.start = start;
        p.end = end;
        p.pattern = WeekPattern { Qt::Tuesday, Qt::Thursday };
        p.targetDays = 45;
        p.targetHours = 342;
        const qint64 id = require(placements.add(p));
        QList<PlacementDay> planned;
        for (const auto &[date, status] : days) {
            PlacementDay day;
            day.date = date;
            day.plannedHours = 7.6;
            planned.append(day);
        }
        require(placements.addDays(id, planned));
        QList<PlacementDay> marked;
        for (const PlacementDay &day : require(placements.days(id))) {
            for (const auto &[date, status] : days) {
                if (date == day.date && status != PlacementDayStatus::Planned) {
                    PlacementDay changed = day;
                    changed.status = status;
                    marked.append(changed);
                }
            }
        }
        require(placements.updateDays(marked));
        return id;
    }

    QString listProgress() const
    {
        const QAbstractItemModel *model = window->caseloadView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(CaseloadModel::IdRole).toLongLong() == learner)
                return model->index(row, CaseloadModel::Progress).data().toString();
        }
        return {};
    }

    PlacementsTab *openPlacements()
    {
        QTableView *list = window->caseloadView();
        QModelIndex row;
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 0).data(CaseloadModel::IdRole).toLongLong() == learner)
                row = list->model()->index(r, 0);
        }
        REQUIRE(row.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        REQUIRE(window->dossier()->learnerId() == learner);
        QTabBar *tabs = window->dossier()->tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {},
                          tabs->tabRect(DossierWidget::Placements).center());
        auto *tab = qobject_cast<PlacementsTab *>(window->dossier()->tabs()->currentWidget());
        REQUIRE(tab);
        return tab;
    }

    /// Chooses a placement with a click on its row.
    static void choosePlacement(PlacementsTab *tab, qint64 id)
    {
        QTableView *view = tab->placementView();
        const QModelIndex row = view->model()->index(tab->placementModel()->rowOf(id), 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        REQUIRE(tab->placementId() == id);
    }

    std::vector<Placement> placements() const
    {
        return require(PlacementRepository(*db, clock).forLearner(learner));
    }
};

} // namespace

TEST_CASE("the caseload list and the tab count the days of every placement against the "
          "trajectory's target",
          "[workplace]")
{
    Trajectory t;
    CHECK(t.listProgress() == QStringLiteral("3 / 45 days"));

    PlacementsTab *tab = t.openPlacements();
    const QString trajectory = QStringLiteral(
        "Work-place learning: 3 / 45 days worked, 1 still to record, 5 still planned, 9 within "
        "reach");
    // The newest placement is shown first: the work-place learning as a whole, then its own days.
    REQUIRE(tab->placementId() == t.next);
    CHECK(tab->totalsText()
          == trajectory
              + QStringLiteral("\nThis placement: 0 day(s) worked, 2 planned, 0 / 342 hours"));
    Trajectory::choosePlacement(tab, t.current);
    CHECK(tab->totalsText()
          == trajectory
              + QStringLiteral("\nThis placement: 3 day(s) worked, 4 planned, %1 / 342 hours")
                    .arg(QLocale().toString(22.8, 'f', 1)));
    // Each placement's row says what was worked there.
    const PlacementModel *model = tab->placementModel();
    CHECK(model->index(model->rowOf(t.current), PlacementModel::Progress).data().toString()
          == QStringLiteral("3 day(s)"));
    CHECK(model->index(model->rowOf(t.next), PlacementModel::Progress).data().toString()
          == QStringLiteral("0 day(s)"));
    // Nine days can still count, not 45: said once, with what counts.
    CHECK(tab->warnings()
          == QStringList { QStringLiteral(
              "The work-place learning can reach at most 9 of its 45 days: 3 worked, 1 still to "
              "record, 5 still planned.") });
}

TEST_CASE("a target changed in one placement is the target of all of them, and undo takes it back",
          "[workplace]")
{
    Trajectory t;
    PlacementsTab *tab = t.openPlacements();
    Trajectory::choosePlacement(tab, t.current);

    // "Change placement…", the target days typed anew, Return.
    QPushButton *change = buttonWithText(tab, QStringLiteral("Change placement…"));
    REQUIRE(change);
    bool typed = false;
    QTimer::singleShot(0, [&typed] {
        auto *dialog = qobject_cast<PlacementDialog *>(QApplication::activeModalWidget());
        if (!activate(dialog))
            return;
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("targetDays"));
        QTest::mouseClick(days, Qt::LeftButton);
        if (!days->hasFocus()) {
            dialog->reject();
            return;
        }
        QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(days, QStringLiteral("47"));
        QTest::keyClick(days, Qt::Key_Return);
        typed = true;
    });
    QTest::mouseClick(change, Qt::LeftButton);
    REQUIRE(typed);

    // Both placements aim at 47 days now; the target hours that followed the days follow too.
    for (const Placement &placement : t.placements()) {
        INFO("the placement from " << placement.start.toString(Qt::ISODate).toStdString());
        CHECK(placement.targetDays == 47);
        CHECK(placement.targetHours == Approx(47 * 7.6));
    }
    CHECK(t.listProgress() == QStringLiteral("3 / 47 days"));
    CHECK(tab->totalsText().startsWith(QStringLiteral(
        "Work-place learning: 3 / 47 days worked, 1 still to record, 5 still planned, 9 within "
        "reach\n")));

    // A next placement proposes the same target.
    QPushButton *add = buttonWithText(tab, QStringLiteral("Add placement…"));
    REQUIRE(add);
    int proposed = -1;
    QTimer::singleShot(0, [&proposed] {
        auto *dialog = qobject_cast<PlacementDialog *>(QApplication::activeModalWidget());
        if (!activate(dialog))
            return;
        proposed = dialog->findChild<QSpinBox *>(QStringLiteral("targetDays"))->value();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(proposed == 47);
    CHECK(t.placements().size() == 2);

    // Ctrl+Z in the window, active again: one step takes both back.
    t.window->activateWindow();
    REQUIRE(QTest::qWaitFor([&t] { return QApplication::activeWindow() == t.window.get(); }));
    QTest::keyClick(t.window.get(), Qt::Key_Z, Qt::ControlModifier);
    for (const Placement &placement : t.placements()) {
        INFO("the placement from " << placement.start.toString(Qt::ISODate).toStdString());
        CHECK(placement.targetDays == 45);
        CHECK(placement.targetHours == Approx(342));
    }
    CHECK(t.listProgress() == QStringLiteral("3 / 45 days"));
}

} // namespace TRAJECT_UNITY_ID
