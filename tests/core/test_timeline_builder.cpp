// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/BarrierRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "timeline/CaseloadTimeline.h"
#include "timeline/LearnerTimeline.h"

#include <algorithm>

using namespace traject;
using namespace traject::timeline;
using traject::test::require;

namespace {

std::vector<Item> itemsOf(const Timeline &t, ItemKind kind)
{
    std::vector<Item> found;
    std::copy_if(t.items.begin(), t.items.end(), std::back_inserter(found),
                 [&](const Item &i) { return i.kind == kind; });
    return found;
}

} // namespace

TEST_CASE("a learner's timeline shows every part of the dossier in its lane", "[timeline][builder]")
{
    FixedClock clock(test::fixedToday());
    auto db = test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const QDate today = clock.today();

    int placementDaysSeen = 0;
    for (const Learner &learner : require(LearnerRepository(*db, clock).all())) {
        CAPTURE(learner.id);
        const Timeline t = require(LearnerTimelineBuilder(*db, clock).build(learner.id));
        REQUIRE(t.rows.size() == int(Lane::Count));
        CHECK(t.from <= today);
        CHECK(t.to >= today);
        for (const Item &item : t.items) {
            CHECK(item.start <= item.end);
            CHECK(item.start >= t.from);
            CHECK(item.end <= t.to);
            CHECK(item.slot < t.rows[item.row].slots);
        }

        // Phases follow each other without a gap; the current one runs to today.
        const auto phases = itemsOf(t, ItemKind::Phase);
        REQUIRE_FALSE(phases.empty());
        for (size_t i = 1; i < phases.size(); ++i)
            CHECK(phases[i - 1].end.addDays(1) >= phases[i].start);
        CHECK(phases.back().end >= today);
        CHECK(phases.back().status == int(learner.phase));

        // Every placement day, once, in the placement lane with its status.
        int days = 0;
        for (const auto &[placement, placementDays] :
             require(PlacementRepository(*db, clock).withDaysForLearner(learner.id))) {
            for (const PlacementDay &day : placementDays) {
                const auto found
                    = std::count_if(t.items.begin(), t.items.end(), [&](const Item &i) {
                          return i.kind == ItemKind::PlacementDay && i.id == day.id
                              && i.start == day.date && i.status == int(day.status)
                              && i.row == int(Lane::Placements);
                      });
                CHECK(found == 1);
                ++days;
            }
        }
        CHECK(int(itemsOf(t, ItemKind::PlacementDay).size()) == days);
        placementDaysSeen += days;

        // Barriers from detection to resolution; open ones to today.
        BarrierRepository barriers(*db, clock);
        for (const Barrier &barrier : require(barriers.barriersFor(learner.id))) {
            const auto found = std::find_if(t.items.begin(), t.items.end(), [&](const Item &i) {
                return i.kind == ItemKind::Barrier && i.id == barrier.id;
            });
            REQUIRE(found != t.items.end());
            CHECK(found->start == barrier.detectedOn);
            // Open and lasting barriers (no resolution date) run on to today.
            const bool runsOn = barrier.isOpen() || !barrier.resolvedOn.isValid();
            CHECK(found->end
                  == (runsOn ? std::max(today, barrier.detectedOn) : barrier.resolvedOn));
            CHECK(found->open == barrier.isOpen());
        }
        // Actions at their due date, overdue ones marked.
        for (const Action &action : require(barriers.actionsFor(learner.id))) {
            const auto found = std::find_if(t.items.begin(), t.items.end(), [&](const Item &i) {
                return i.kind == ItemKind::Action && i.id == action.id;
            });
            REQUIRE((found != t.items.end()) == action.due.isValid());
            if (found != t.items.end())
                CHECK(found->overdue == action.isOverdue(today));
        }

        // Today always; the 2-year limit for an enrolled learner.
        const auto enrolments = require(EnrolmentRepository(*db, clock).forLearner(learner.id));
        const bool hasLimit = std::any_of(t.lines.begin(), t.lines.end(), [](const DateLine &l) {
            return l.kind == DateLine::Kind::Limit;
        });
        CHECK(hasLimit == !enrolments.empty());
        CHECK(std::any_of(t.lines.begin(), t.lines.end(), [&](const DateLine &l) {
            return l.kind == DateLine::Kind::Today && l.date == today;
        }));
        if (!enrolments.empty())
            CHECK(itemsOf(t, ItemKind::Aftercare).size() == 1);
    }
    CHECK(placementDaysSeen > 100);
}

TEST_CASE("a placement blocked by an open barrier carries the barrier's description",
          "[timeline][builder]")
{
    FixedClock clock(test::fixedToday());
    auto db = test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    BarrierRepository barriers(*db, clock);

    // A learner with a placement: link a new open barrier to it.
    qint64 learnerId = 0;
    qint64 placementId = 0;
    for (const Learner &learner : require(LearnerRepository(*db, clock).all())) {
        const auto placements = require(PlacementRepository(*db, clock).forLearner(learner.id));
        if (!placements.empty()) {
            learnerId = learner.id;
            placementId = placements.front().id;
            break;
        }
    }
    REQUIRE(placementId != 0);
    Barrier barrier;
    barrier.learnerId = learnerId;
    barrier.category = BarrierCategory::Preconditions;
    barrier.description = QStringLiteral("No childcare for her own children");
    barrier.detectedOn = clock.today().addDays(-10);
    barrier.blocks.push_back(BlockedItem::placement(placementId));
    require(barriers.addBarrier(barrier));

    auto placementItem = [&] {
        const Timeline t = require(LearnerTimelineBuilder(*db, clock).build(learnerId));
        const auto found = std::find_if(t.items.begin(), t.items.end(), [&](const Item &i) {
            return i.kind == ItemKind::Placement && i.id == placementId;
        });
        REQUIRE(found != t.items.end());
        return *found;
    };
    CHECK(placementItem().blockedBy.contains(QStringLiteral("No childcare for her own children")));

    barrier.status = BarrierStatus::Solved;
    barrier.resolvedOn = clock.today();
    require(barriers.updateBarrier(barrier));
    CHECK_FALSE(
        placementItem().blockedBy.contains(QStringLiteral("No childcare for her own children")));
}

TEST_CASE("the caseload timeline has a row per learner, filtered and sorted", "[timeline][builder]")
{
    FixedClock clock(test::fixedToday());
    auto db = test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const auto caseload = require(CaseloadTimeline::load(*db, clock));
    REQUIRE(caseload.learners().size() == 25);

    const Timeline all = caseload.arranged(std::nullopt, CaseloadSort::Name);
    REQUIRE(all.rows.size() == 25);
    for (int i = 1; i < all.rows.size(); ++i)
        CHECK(QString::localeAwareCompare(all.rows[i - 1].title, all.rows[i].title) <= 0);
    // Every learner has phase bands; every placement day of the database is there once.
    for (int row = 0; row < all.rows.size(); ++row) {
        CAPTURE(row);
        CHECK(std::any_of(all.items.begin(), all.items.end(), [&](const Item &i) {
            return i.row == row && i.kind == ItemKind::Phase;
        }));
    }
    int days = 0;
    for (const auto &learner : caseload.learners()) {
        for (const auto &entry :
             require(PlacementRepository(*db, clock).withDaysForLearner(learner.id)))
            days += int(entry.second.size());
    }
    CHECK(int(itemsOf(all, ItemKind::PlacementDay).size()) == days);
    for (const Item &item : all.items)
        CHECK(all.rows[item.row].key == item.learnerId);

    const Timeline training = caseload.arranged(Phase::Training, CaseloadSort::Name);
    CHECK_FALSE(training.rows.isEmpty());
    CHECK(training.rows.size() < all.rows.size());
    for (const Item &item : training.items) {
        const auto learner
            = std::find_if(caseload.learners().begin(), caseload.learners().end(),
                           [&](const CaseloadLearner &l) { return l.id == item.learnerId; });
        CHECK(learner->phase == Phase::Training);
    }

    const Timeline byDeadline = caseload.arranged(std::nullopt, CaseloadSort::NextDeadline);
    QList<QDate> deadlines;
    for (const Row &row : byDeadline.rows) {
        for (const auto &learner : caseload.learners()) {
            if (learner.id == row.key)
                deadlines.append(learner.nextDeadline);
        }
    }
    // Dated ones first, by date; then those without a deadline.
    const auto firstUndated
        = std::find_if(deadlines.begin(), deadlines.end(), [](QDate d) { return !d.isValid(); });
    CHECK(std::is_sorted(deadlines.begin(), firstUndated));
    CHECK(std::all_of(firstUndated, deadlines.end(), [](QDate d) { return !d.isValid(); }));

    const Timeline byPhase = caseload.arranged(std::nullopt, CaseloadSort::Phase);
    CHECK(byPhase.rows.size() == 25);

    // Open actions with a due date stand in their learner's row; overdue ones are marked.
    const auto actions = itemsOf(all, ItemKind::Action);
    CHECK_FALSE(actions.empty());
    for (const Item &action : actions)
        CHECK(action.overdue == (action.start < clock.today()));
    CHECK(std::any_of(actions.begin(), actions.end(), [](const Item &a) { return a.overdue; }));

    const Timeline ongoing
        = caseload.arranged(CaseloadTimeline::ongoingPhases(), CaseloadSort::Name);
    CHECK(ongoing.rows.size() < 25);
    for (const Row &row : ongoing.rows) {
        for (const auto &learner : caseload.learners()) {
            if (learner.id == row.key)
                CHECK((learner.phase != Phase::Stopped && learner.phase != Phase::Outflow));
        }
    }
}
