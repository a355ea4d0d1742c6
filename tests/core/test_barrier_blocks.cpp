// SPDX-License-Identifier: GPL-3.0-or-later
// Barriers that block the plan: a barrier linked to the placements and module plans it stands in
// the way of, and "klaar om te starten?" for each of them.
#include "RepositoryFixtures.h"

#include "demo/DemoData.h"
#include "storage/BarrierRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/internal/DeletionSnapshot.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// One learner with a placement and an enrolment with three module plans.
struct Plan
{
    qint64 learner = 0;
    qint64 placement = 0;
    std::vector<qint64> modulePlans;
};

Plan addPlan(Database &db, const Clock &clock, const Programme &programme,
             const QString &lastName = QStringLiteral("Peeters"))
{
    Plan plan;
    plan.learner = addLearner(db, clock, lastName);

    Placement placement;
    placement.learnerId = plan.learner;
    placement.start = QDate(2025, 4, 1);
    placement.end = QDate(2025, 6, 30);
    placement.pattern = WeekPattern { 2, 4 };
    placement.targetDays = 20;
    plan.placement = require(PlacementRepository(db, clock).add(placement));

    Enrolment enrolment;
    enrolment.learnerId = plan.learner;
    enrolment.programmeId = programme.id;
    enrolment.start = QDate(2024, 9, 2);
    enrolment.plannedEnd = QDate(2025, 9, 1);
    for (int i = 0; i < 3; ++i)
        enrolment.modulePlans.push_back(
            ModulePlan { 0,
                         programme.modules[static_cast<std::size_t>(i)].id,
                         i < 2 ? 1 : 2,
                         ModuleStatus::Planned,
                         {} });
    (void)require(EnrolmentRepository(db, clock).add(enrolment));
    for (const auto &modulePlan : enrolment.modulePlans)
        plan.modulePlans.push_back(modulePlan.id);
    return plan;
}

Barrier childcare(qint64 learner)
{
    Barrier barrier;
    barrier.learnerId = learner;
    barrier.category = BarrierCategory::Preconditions;
    barrier.description = QStringLiteral("Geen opvang voor de eigen kinderen op stagedagen");
    barrier.detectedOn = QDate(2025, 2, 10);
    return barrier;
}

struct Fixture
{
    FixedClock clock { fixedToday() };
    std::unique_ptr<Database> db = memoryDatabase();
    BarrierRepository barriers { *db, clock };
    Programme programme = addProgramme(*db, clock);
    Plan plan = addPlan(*db, clock, programme);
};

} // namespace

TEST_CASE("a barrier stores what it blocks, in order, and reads it back")
{
    Fixture f;
    Barrier barrier = childcare(f.plan.learner);
    barrier.blocks = { BlockedItem::placement(f.plan.placement),
                       BlockedItem::modulePlan(f.plan.modulePlans[2]) };
    const qint64 id = require(f.barriers.addBarrier(barrier));
    CHECK(require(f.barriers.barrier(id)) == barrier);
    CHECK(rowCount(*f.db, "barrier_block") == 2);

    const auto forLearner = require(f.barriers.barriersFor(f.plan.learner));
    REQUIRE(forLearner.size() == 1);
    CHECK(forLearner.front().blocks == barrier.blocks);

    SECTION("a change of what it blocks is stored as given")
    {
        barrier.blocks = { BlockedItem::modulePlan(f.plan.modulePlans[0]),
                           BlockedItem::modulePlan(f.plan.modulePlans[2]) };
        require(f.barriers.updateBarrier(barrier));
        CHECK(require(f.barriers.barrier(id)) == barrier);
        CHECK(rowCount(*f.db, "barrier_block") == 2);
        CHECK(rowCount(*f.db, "barrier_block", QStringLiteral("placement_id IS NOT NULL")) == 0);
    }
    SECTION("a barrier that blocks nothing any more keeps no links")
    {
        barrier.blocks.clear();
        require(f.barriers.updateBarrier(barrier));
        CHECK(require(f.barriers.barrier(id)).blocks.empty());
        CHECK(rowCount(*f.db, "barrier_block") == 0);
    }
    SECTION("the barriers that block an item")
    {
        const auto blocking
            = require(f.barriers.barriersBlocking(BlockedItem::placement(f.plan.placement)));
        REQUIRE(blocking.size() == 1);
        CHECK(blocking.front() == barrier);
        CHECK(require(f.barriers.barriersBlocking(BlockedItem::modulePlan(f.plan.modulePlans[1])))
                  .empty());
    }
}

TEST_CASE("a barrier cannot block another learner's placement or module")
{
    Fixture f;
    const Plan other = addPlan(*f.db, f.clock, f.programme, QStringLiteral("Janssens"));

    const auto [item, words] = GENERATE_COPY(table<BlockedItem, const char *>({
        { BlockedItem::placement(other.placement), "another learner" },
        { BlockedItem::modulePlan(other.modulePlans[1]), "another learner's plan" },
        { BlockedItem::placement(9999), "no longer exists" },
        { BlockedItem::modulePlan(9999), "no longer in the plan" },
    }));
    CAPTURE(item.placementId.value_or(0), item.modulePlanId.value_or(0));

    SECTION("when it is added")
    {
        Barrier barrier = childcare(f.plan.learner);
        barrier.blocks = { BlockedItem::placement(f.plan.placement), item };
        const auto refused = f.barriers.addBarrier(barrier);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QLatin1String(words)));
        CHECK(rowCount(*f.db, "barrier") == 0);
        CHECK(rowCount(*f.db, "barrier_block") == 0);
    }
    SECTION("when it is changed")
    {
        Barrier barrier = childcare(f.plan.learner);
        barrier.blocks = { BlockedItem::placement(f.plan.placement) };
        (void)require(f.barriers.addBarrier(barrier));
        Barrier changed = barrier;
        changed.description = QStringLiteral("Changed");
        changed.blocks.push_back(item);
        const auto refused = f.barriers.updateBarrier(changed);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QLatin1String(words)));
        CHECK(require(f.barriers.barrier(barrier.id)) == barrier);
    }
}

TEST_CASE("a blocked item is a placement or a module plan, and is listed once")
{
    Fixture f;
    Barrier barrier = childcare(f.plan.learner);
    const qint64 placement = f.plan.placement;
    const qint64 modulePlan = f.plan.modulePlans[0];
    const auto [item, words] = GENERATE_COPY(table<std::vector<BlockedItem>, const char *>({
        { { BlockedItem {} }, "either a placement or a module" },
        { { BlockedItem { placement, modulePlan } }, "either a placement or a module" },
        { { BlockedItem::placement(placement), BlockedItem::placement(placement) }, "twice" },
    }));
    barrier.blocks = item;
    const Problems problems = barrier.validate(f.clock.today());
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().field == QStringLiteral("blocks"));
    CHECK(problems.front().message.contains(QLatin1String(words)));
    CHECK_FALSE(f.barriers.addBarrier(barrier).ok());
    CHECK(rowCount(*f.db, "barrier") == 0);
}

TEST_CASE("the schema accepts a link to exactly one item")
{
    Fixture f;
    Barrier barrier = childcare(f.plan.learner);
    (void)require(f.barriers.addBarrier(barrier));
    const auto insert = [&](const QVariant &placement, const QVariant &modulePlan) {
        return sql::insert(*f.db, QStringLiteral("barrier_block"),
                           { { QStringLiteral("barrier_id"), barrier.id },
                             { QStringLiteral("placement_id"), placement },
                             { QStringLiteral("module_plan_id"), modulePlan } });
    };
    const QVariant none = sql::optionalId(std::nullopt);
    CHECK(insert(f.plan.placement, none).ok());
    CHECK(insert(none, f.plan.modulePlans[0]).ok());
    CHECK_FALSE(insert(none, none).ok());
    CHECK_FALSE(insert(f.plan.placement, f.plan.modulePlans[0]).ok());
    CHECK_FALSE(insert(9999, none).ok());
}

TEST_CASE("links go with the barrier and with the item they block")
{
    Fixture f;
    Barrier barrier = childcare(f.plan.learner);
    barrier.blocks = { BlockedItem::placement(f.plan.placement),
                       BlockedItem::modulePlan(f.plan.modulePlans[0]),
                       BlockedItem::modulePlan(f.plan.modulePlans[2]) };
    (void)require(f.barriers.addBarrier(barrier));

    SECTION("removing the placement")
    {
        require(PlacementRepository(*f.db, f.clock).remove(f.plan.placement));
        CHECK(require(f.barriers.barrier(barrier.id)).blocks
              == std::vector { BlockedItem::modulePlan(f.plan.modulePlans[0]),
                               BlockedItem::modulePlan(f.plan.modulePlans[2]) });
    }
    SECTION("taking a module out of the plan")
    {
        EnrolmentRepository enrolments(*f.db, f.clock);
        Enrolment enrolment = require(enrolments.forLearner(f.plan.learner)).front();
        enrolment.modulePlans.erase(enrolment.modulePlans.begin());
        require(enrolments.update(enrolment));
        CHECK(require(f.barriers.barrier(barrier.id)).blocks
              == std::vector { BlockedItem::placement(f.plan.placement),
                               BlockedItem::modulePlan(f.plan.modulePlans[2]) });
    }
    SECTION("removing the barrier")
    {
        require(f.barriers.removeBarrier(barrier.id));
        CHECK(rowCount(*f.db, "barrier_block") == 0);
        CHECK(rowCount(*f.db, "placement") == 1);
        CHECK(rowCount(*f.db, "module_plan") == 3);
    }
    SECTION("undoing the removal of a placement brings its links back")
    {
        const auto snapshot = require(
            DeletionSnapshot::capture(*f.db, QStringLiteral("placement"), f.plan.placement));
        require(DeletionSnapshot::remove(*f.db, QStringLiteral("placement"), f.plan.placement));
        CHECK(rowCount(*f.db, "barrier_block") == 2);
        require(snapshot.restore(*f.db));
        CHECK(require(f.barriers.barrier(barrier.id)) == barrier);
    }
    SECTION("undoing the removal of the barrier brings its links back")
    {
        const auto snapshot
            = require(DeletionSnapshot::capture(*f.db, QStringLiteral("barrier"), barrier.id));
        require(DeletionSnapshot::remove(*f.db, QStringLiteral("barrier"), barrier.id));
        require(snapshot.restore(*f.db));
        CHECK(require(f.barriers.barrier(barrier.id)) == barrier);
    }
}

TEST_CASE("ready to start: the linked barriers that are still open")
{
    Fixture f;
    Barrier childcareBarrier = childcare(f.plan.learner);
    childcareBarrier.blocks = { BlockedItem::placement(f.plan.placement) };
    (void)require(f.barriers.addBarrier(childcareBarrier));
    Barrier language = childcare(f.plan.learner);
    language.category = BarrierCategory::Language;
    language.description = QStringLiteral("Vaktaal is nog moeilijk");
    language.status = BarrierStatus::InProgress;
    language.blocks = { BlockedItem::placement(f.plan.placement),
                        BlockedItem::modulePlan(f.plan.modulePlans[1]) };
    (void)require(f.barriers.addBarrier(language));

    const auto descriptions = [](const std::vector<Barrier> &barriers) {
        QStringList texts;
        for (const auto &barrier : barriers)
            texts.append(barrier.description);
        return texts;
    };
    CHECK(descriptions(require(f.barriers.openBlockersOfPlacement(f.plan.placement)))
          == QStringList { childcareBarrier.description, language.description });
    CHECK(descriptions(require(f.barriers.openBlockersOfModulePlan(f.plan.modulePlans[1])))
          == QStringList { language.description });
    CHECK(require(f.barriers.openBlockersOfModulePlan(f.plan.modulePlans[0])).empty());

    const auto [status, stillBlocks] = GENERATE(table<BarrierStatus, bool>({
        { BarrierStatus::Open, true },
        { BarrierStatus::InProgress, true },
        { BarrierStatus::Solved, false },
        { BarrierStatus::Lasting, false },
    }));
    CAPTURE(toCode(status));
    childcareBarrier.status = status;
    childcareBarrier.resolvedOn = status == BarrierStatus::Solved ? QDate(2025, 3, 1) : QDate();
    require(f.barriers.updateBarrier(childcareBarrier));
    const auto open = require(f.barriers.openBlockersOfPlacement(f.plan.placement));
    CHECK(descriptions(open).contains(childcareBarrier.description) == stillBlocks);
    CHECK(descriptions(open).contains(language.description));

    // The same answer from the learner's barriers, as the dossier asks it.
    const auto all = require(f.barriers.barriersFor(f.plan.learner));
    CHECK(descriptions(openBlockers(all, BlockedItem::placement(f.plan.placement)))
          == descriptions(open));
}

TEST_CASE("the demo caseload shows barriers that block placements and modules")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    const auto summary = require(demo::fillDemoCaseload(*db, clock));
    CHECK(rowCount(*db, "barrier_block") == summary.blocks);
    CHECK(summary.blocks >= 8);
    const QString open = QStringLiteral(
        "barrier_id IN (SELECT id FROM barrier WHERE status IN ('open', 'in_progress'))");
    // Somebody is not ready to start a placement, and somebody else not for a module.
    CHECK(rowCount(*db, "barrier_block", open + QStringLiteral(" AND placement_id IS NOT NULL"))
          >= 2);
    CHECK(rowCount(*db, "barrier_block", open + QStringLiteral(" AND module_plan_id IS NOT NULL"))
          >= 2);
    // A solved barrier blocked something too: that item is ready now.
    CHECK(rowCount(*db, "barrier_block",
                   QStringLiteral("barrier_id IN (SELECT id FROM barrier "
                                  "WHERE status = 'solved')"))
          >= 1);
}

} // namespace TRAJECT_UNITY_ID
