// SPDX-License-Identifier: GPL-3.0-or-later
// Barriers that block the plan: ticked in the barrier's dialog, answered as "ready to start?" in
// the workplace-learning and training tabs, undone through the session.
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/PlacementsTab.h"
#include "dossier/TrainingTab.h"
#include "dossier/barriers/BarrierDialog.h"
#include "dossier/barriers/BlocksList.h"
#include "dossier/barriers/ReadinessLabel.h"
#include "dossier/placements/PlacementModel.h"
#include "dossier/training/ModulePlanModel.h"
#include "storage/BarrierRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/internal/Sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct BlocksFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    BarrierRepository barriers { *db, clock };
    Session session { *db, clock };
    qint64 learner = 0;
    qint64 placement = 0;

    /// A learner in training with a work-place learning placement and modules still to do.
    BlocksFixture()
    {
        require(demo::fillDemoCaseload(*db, clock));
        placement = require(sql::scalar(
            *db,
            QStringLiteral("SELECT p.id FROM placement p JOIN learner l ON l.id = p.learner_id "
                           "WHERE p.kind = 'workplace_learning' AND l.phase = 'training' "
                           "AND EXISTS (SELECT 1 FROM module_plan mp JOIN enrolment e ON "
                           "e.id = mp.enrolment_id WHERE e.learner_id = l.id AND mp.status "
                           "IN ('planned', 'in_progress')) ORDER BY p.id LIMIT 1")));
        REQUIRE(placement > 0);
        learner = require(PlacementRepository(*db, clock).get(placement)).learnerId;
    }

    /// Takes away the demo's own links of the learner's barriers, so that a test adds its own.
    void clearDemoBlocks()
    {
        for (auto barrier : require(barriers.barriersFor(learner))) {
            barrier.blocks.clear();
            require(barriers.updateBarrier(barrier));
        }
    }

    /// A new open barrier of the learner that blocks these items (stored directly).
    Barrier addBlocker(const QString &description, std::vector<BlockedItem> blocks)
    {
        Barrier barrier;
        barrier.learnerId = learner;
        barrier.category = BarrierCategory::Preconditions;
        barrier.description = description;
        barrier.detectedOn = clock.today().addDays(-20);
        barrier.blocks = std::move(blocks);
        (void)require(barriers.addBarrier(barrier));
        return barrier;
    }

    QStringList openBlockersOfPlacement() const
    {
        QStringList texts;
        for (const auto &barrier : require(barriers.openBlockersOfPlacement(placement)))
            texts.append(barrier.description);
        return texts;
    }
};

/// Moves the list's current line to the item and ticks it with the space bar.
void tickWithSpace(BlocksList *list, const BlockedItem &item)
{
    QTreeWidgetItem *line = list->lineOf(item);
    REQUIRE(line);
    list->setCurrentItem(line);
    QTest::keyClick(list, Qt::Key_Space);
}

} // namespace

TEST_CASE("a new barrier blocks a placement ticked in its dialog; undo and redo follow")
{
    BlocksFixture f;
    const auto before = require(f.barriers.barriersFor(f.learner));

    BarrierDialog dialog(f.session, f.learner, 0);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    BlocksList *list = dialog.blocksList();
    const auto item = BlockedItem::placement(f.placement);
    REQUIRE(list->lineOf(item));
    CHECK(list->lineOf(item)
              ->text(BlocksList::What)
              .contains(label(PlacementKind::WorkplaceLearning)));
    CHECK(list->blocks().empty());

    QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Geen opvang op woensdag"));
    // Alt+K goes to the list; Space ticks the current line; Enter stores.
    QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier);
    CHECK(list->hasFocus());
    tickWithSpace(list, item);
    CHECK(list->blocks() == std::vector { item });
    QTest::keyClick(list, Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());

    REQUIRE(dialog.savedId() != 0);
    const Barrier added = require(f.barriers.barrier(dialog.savedId()));
    CHECK(added.blocks == std::vector { item });
    CHECK(f.openBlockersOfPlacement().contains(QStringLiteral("Geen opvang op woensdag")));

    f.session.undoStack()->undo();
    CHECK(require(f.barriers.barriersFor(f.learner)) == before);
    CHECK_FALSE(f.openBlockersOfPlacement().contains(QStringLiteral("Geen opvang op woensdag")));
    f.session.undoStack()->redo();
    CHECK(require(f.barriers.barrier(added.id)) == added);
}

TEST_CASE("changing what a barrier blocks is one undoable edit")
{
    BlocksFixture f;
    const auto plans = require(EnrolmentRepository(*f.db, f.clock).forLearner(f.learner));
    REQUIRE_FALSE(plans.empty());
    REQUIRE(plans.back().modulePlans.size() > 2);
    // A module still to do: the list offers it.
    const auto &modulePlans = plans.back().modulePlans;
    const auto planned = std::find_if(modulePlans.begin(), modulePlans.end(), [](const auto &p) {
        return p.status == ModuleStatus::Planned || p.status == ModuleStatus::InProgress;
    });
    REQUIRE(planned != modulePlans.end());
    const auto module = BlockedItem::modulePlan(planned->id);
    const Barrier before
        = f.addBlocker(QStringLiteral("Geen rijbewijs"), { BlockedItem::placement(f.placement) });

    BarrierDialog dialog(f.session, f.learner, before.id);
    dialog.show();
    BlocksList *list = dialog.blocksList();
    CHECK(list->blocks() == before.blocks);
    // Untick the placement, tick the module.
    tickWithSpace(list, BlockedItem::placement(f.placement));
    tickWithSpace(list, module);
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());

    Barrier after = before;
    after.blocks = { module };
    CHECK(require(f.barriers.barrier(before.id)) == after);
    CHECK(f.session.undoStack()->count() == 1);

    f.session.undoStack()->undo();
    CHECK(require(f.barriers.barrier(before.id)) == before);
    f.session.undoStack()->redo();
    CHECK(require(f.barriers.barrier(before.id)) == after);
}

TEST_CASE("removing a blocked placement or a blocking barrier is undone with its links")
{
    BlocksFixture f;
    const Barrier blocker = f.addBlocker(QStringLiteral("Geen opvang op stagedagen"),
                                         { BlockedItem::placement(f.placement) });
    const qint64 placement = f.placement;
    const qint64 barrier = blocker.id;
    const bool removePlacement = GENERATE(true, false);
    CAPTURE(removePlacement);
    if (removePlacement)
        require(f.session.remove(QStringLiteral("Remove"), f.learner, placement,
                                 f.session.through(&PlacementRepository::remove,
                                                   Aspect::Placements | Aspect::Barriers)));
    else
        require(f.session.remove(
            QStringLiteral("Remove"), f.learner, barrier,
            f.session.through(&BarrierRepository::removeBarrier,
                              Aspect::Barriers | Aspect::Placements | Aspect::Training)));
    CHECK_FALSE(f.openBlockersOfPlacement().contains(blocker.description));
    f.session.undoStack()->undo();
    CHECK(require(f.barriers.barrier(blocker.id)) == blocker);
    CHECK(f.openBlockersOfPlacement().contains(blocker.description));
    f.session.undoStack()->redo();
    CHECK_FALSE(f.openBlockersOfPlacement().contains(blocker.description));
}

TEST_CASE("a barrier cannot keep blocking a placement removed meanwhile; nothing is stored")
{
    BlocksFixture f;
    const Barrier before = f.addBlocker(QStringLiteral("Lesrooster botst met de stage"), {});

    BarrierDialog dialog(f.session, f.learner, before.id);
    dialog.show();
    tickWithSpace(dialog.blocksList(), BlockedItem::placement(f.placement));
    // Someone removes the placement while the dialog is open (e.g. in another tab).
    require(PlacementRepository(*f.db, f.clock).remove(f.placement));
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Return);

    CHECK(dialog.isVisible());
    CHECK(dialog.errors().errorFor(QString())
          == BarrierRepository::tr("A placement this barrier blocks no longer exists."));
    CHECK(require(f.barriers.barrier(before.id)) == before);
    CHECK(f.session.undoStack()->count() == 0);
}

TEST_CASE("the workplace-learning tab says whether the chosen placement is ready to start")
{
    BlocksFixture f;
    f.clearDemoBlocks();
    PlacementsTab tab(f.session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    QAbstractItemModelTester tester(tab.placementModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(tab.placementId() == f.placement);
    ReadinessLabel *readiness = tab.readinessLabel();
    CHECK(readiness->isVisible());
    CHECK(readiness->isReady());
    CHECK(readiness->text()
          == ReadinessLabel::tr("Ready to start? Yes: no open barriers block it."));

    const Barrier blocker = f.addBlocker(QStringLiteral("Geen opvang voor de jongste"),
                                         { BlockedItem::placement(f.placement) });
    f.session.notifyChanged(f.learner, Aspect::Barriers);
    CHECK_FALSE(readiness->isReady());
    CHECK(readiness->text().contains(QStringLiteral("Geen opvang voor de jongste")));
    CHECK(readiness->styleSheet().contains(QStringLiteral("#b00020")));
    const QModelIndex kind = tab.placementModel()->index(tab.placementModel()->rowOf(f.placement),
                                                         PlacementModel::Kind);
    CHECK_FALSE(kind.data(Qt::DecorationRole).isNull());
    CHECK(kind.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Geen opvang")));

    // Solving the barrier in its dialog makes the placement ready; undo makes it blocked again.
    BarrierDialog dialog(f.session, f.learner, blocker.id);
    dialog.show();
    dialog.statusCombo()->setCurrentIndex(
        dialog.statusCombo()->findData(static_cast<int>(BarrierStatus::Solved)));
    QTest::keyClick(dialog.descriptionEdit(), Qt::Key_Return);
    REQUIRE_FALSE(dialog.isVisible());
    CHECK(readiness->isReady());
    CHECK(readiness->text().contains(ReadinessLabel::tr("Yes")));
    CHECK(kind.data(Qt::DecorationRole).isNull());

    f.session.undoStack()->undo();
    CHECK_FALSE(readiness->isReady());
    CHECK(readiness->text().contains(QStringLiteral("Geen opvang voor de jongste")));
    f.session.undoStack()->redo();
    CHECK(readiness->isReady());
}

TEST_CASE("the training tab says whether the chosen module is ready to start")
{
    BlocksFixture f;
    const auto enrolment
        = require(EnrolmentRepository(*f.db, f.clock).forLearner(f.learner)).back();
    REQUIRE(enrolment.modulePlans.size() > 2);
    const qint64 blocked = enrolment.modulePlans.back().id;
    const qint64 free = enrolment.modulePlans.front().id;
    f.clearDemoBlocks();
    f.addBlocker(QStringLiteral("Faalangst bij examens"), { BlockedItem::modulePlan(blocked) });

    TrainingTab tab(f.session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    QAbstractItemModelTester tester(tab.planModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ModulePlanModel *model = tab.planModel();
    const auto rowOf = [&](qint64 planId) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->plan(row).id == planId)
                return row;
        }
        FAIL("the plan is not shown");
        return -1;
    };
    ReadinessLabel *readiness = tab.readinessLabel();

    tab.planView()->setCurrentIndex(model->index(rowOf(free), ModulePlanModel::Status));
    CHECK(readiness->isVisible());
    CHECK(readiness->isReady());
    CHECK(model->index(rowOf(free), ModulePlanModel::Module).data(Qt::DecorationRole).isNull());

    // Down the keyboard to the blocked module.
    tab.planView()->setFocus();
    tab.planView()->setCurrentIndex(model->index(rowOf(blocked) - 1, ModulePlanModel::Status));
    QTest::keyClick(tab.planView(), Qt::Key_Down);
    REQUIRE(tab.planView()->currentIndex().row() == rowOf(blocked));
    CHECK_FALSE(readiness->isReady());
    CHECK(readiness->text().contains(QStringLiteral("Faalangst bij examens")));
    const QModelIndex module = model->index(rowOf(blocked), ModulePlanModel::Module);
    CHECK_FALSE(module.data(Qt::DecorationRole).isNull());
    CHECK(module.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Faalangst")));
}

TEST_CASE("screenshots of blocks and readiness", "[.screenshot]")
{
    BlocksFixture f;
    const auto enrolment
        = require(EnrolmentRepository(*f.db, f.clock).forLearner(f.learner)).back();
    const Barrier blocker
        = f.addBlocker(QStringLiteral("Geen opvang voor de eigen kinderen op stagedagen"),
                       { BlockedItem::placement(f.placement),
                         BlockedItem::modulePlan(enrolment.modulePlans.back().id) });

    BarrierDialog dialog(f.session, f.learner, blocker.id);
    dialog.show();
    QTest::qWait(50);
    dialog.grab().save(QStringLiteral("/tmp/h-barriers-blocks-dialog.png"));
    dialog.reject();

    PlacementsTab placements(f.session);
    placements.resize(800, 600);
    placements.show();
    placements.showLearner(f.learner);
    QTest::qWait(50);
    placements.grab().save(QStringLiteral("/tmp/h-barriers-blocks-placements.png"));

    TrainingTab training(f.session);
    training.resize(800, 600);
    training.show();
    training.showLearner(f.learner);
    for (int row = 0; row < training.planModel()->rowCount(); ++row) {
        if (training.planModel()->plan(row).id == enrolment.modulePlans.back().id)
            training.planView()->setCurrentIndex(
                training.planModel()->index(row, ModulePlanModel::Status));
    }
    QTest::qWait(50);
    training.grab().save(QStringLiteral("/tmp/h-barriers-blocks-training.png"));
}

} // namespace TRAJECT_UNITY_ID
