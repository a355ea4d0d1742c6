// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/BarrierRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "timeline/CaseloadTimeline.h"
#include "timeline/LearnerTimeline.h"
#include "timeline/Scene.h"

#include <algorithm>

namespace TRAJECT_UNITY_ID {

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

TEST_CASE("the scene of a known learner draws exactly her days, her blocked placement and her "
          "overdue action",
          "[timeline][builder][scene]")
{
    FixedClock clock(test::fixedToday()); // Friday 14 March 2025
    auto db = test::memoryDatabase();
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Peeters");
    const qint64 learnerId = require(LearnerRepository(*db, clock).add(learner));

    PlacementRepository placements(*db, clock);
    Placement placement;
    placement.learnerId = learnerId;
    placement.start = QDate(2025, 3, 3);
    placement.end = QDate(2025, 3, 28);
    placement.pattern = { Qt::Monday, Qt::Wednesday };
    placement.targetDays = 8;
    require(placements.add(placement));
    const QList<QPair<QDate, PlacementDayStatus>> days {
        { QDate(2025, 3, 3), PlacementDayStatus::Worked },
        { QDate(2025, 3, 5), PlacementDayStatus::AbsentExcused },
        { QDate(2025, 3, 10), PlacementDayStatus::AbsentUnexcused },
        { QDate(2025, 3, 17), PlacementDayStatus::Planned },
    };
    for (const auto &[date, status] : days) {
        PlacementDay day;
        day.placementId = placement.id;
        day.date = date;
        day.plannedHours = 7.6;
        day.status = status;
        require(placements.addDay(day));
    }

    BarrierRepository barriers(*db, clock);
    Barrier childcare;
    childcare.learnerId = learnerId;
    childcare.category = BarrierCategory::Preconditions;
    childcare.description = QStringLiteral("No childcare on Wednesdays");
    childcare.detectedOn = QDate(2025, 3, 1);
    childcare.blocks.push_back(BlockedItem::placement(placement.id));
    require(barriers.addBarrier(childcare));
    Action call;
    call.learnerId = learnerId;
    call.barrierId = childcare.id;
    call.description = QStringLiteral("Call the local childcare office");
    call.due = QDate(2025, 3, 12);
    require(barriers.addAction(call));

    const Timeline t = require(LearnerTimelineBuilder(*db, clock).build(learnerId));
    const Scene scene(&t, DateScale(t.from, Zoom::Month), RowLayout(t.rows, { 18, 4, 0 }));
    const auto shapes = scene.shapes(scene.bounds());
    const auto ofItems = [&](ItemKind kind) {
        QList<Shape> found;
        for (const Shape &shape : shapes) {
            if (shape.item >= 0 && t.items[size_t(shape.item)].kind == kind)
                found.append(shape);
        }
        return found;
    };

    // Four days, each in the tone of its status, in the placement lane, at its date.
    const auto dayShapes = ofItems(ItemKind::PlacementDay);
    REQUIRE(dayShapes.size() == 4);
    const QList<Tone> tones { Tone::Done, Tone::Warning, Tone::Danger, Tone::Planned };
    for (int i = 0; i < 4; ++i) {
        const Item &item = t.items[size_t(dayShapes[i].item)];
        CHECK(item.row == int(Lane::Placements));
        CHECK(item.start == days[i].first);
        CHECK(dayShapes[i].tone == tones[i]);
        CHECK(dayShapes[i].rect.left() >= scene.scale().x(days[i].first));
        CHECK(dayShapes[i].rect.right() <= scene.scale().xAfter(days[i].first));
    }
    // The placement: one hatched bar that names the barrier; its days beneath it.
    const auto bars = ofItems(ItemKind::Placement);
    REQUIRE(bars.size() == 1);
    CHECK(bars[0].hatched);
    CHECK(bars[0].text.contains(QStringLiteral("No childcare on Wednesdays")));
    CHECK(dayShapes[0].rect.top() >= bars[0].rect.bottom());
    // The barrier runs from 1 March to today, open; the action is an overdue marker.
    const auto barrierShapes = ofItems(ItemKind::Barrier);
    REQUIRE(barrierShapes.size() == 1);
    CHECK(barrierShapes[0].tone == Tone::Danger);
    CHECK(barrierShapes[0].rect.right() == Approx(scene.scale().xAfter(clock.today())));
    const auto markers = ofItems(ItemKind::Action);
    REQUIRE(markers.size() == 1);
    CHECK(markers[0].type == Shape::Type::Marker);
    CHECK(markers[0].tone == Tone::Danger);
    // Today's line; no 2-year limit without an enrolment.
    const auto lines = std::count_if(shapes.begin(), shapes.end(),
                                     [](const Shape &s) { return s.type == Shape::Type::Line; });
    CHECK(lines == 1);

    // Solved, the barrier no longer blocks: the bar is plain again.
    childcare.status = BarrierStatus::Solved;
    childcare.resolvedOn = QDate(2025, 3, 13);
    require(barriers.updateBarrier(childcare));
    const Timeline after = require(LearnerTimelineBuilder(*db, clock).build(learnerId));
    const Scene again(&after, DateScale(after.from, Zoom::Month),
                      RowLayout(after.rows, { 18, 4, 0 }));
    for (const Shape &shape : again.shapes(again.bounds()))
        CHECK_FALSE(shape.hatched);
}

TEST_CASE("the caseload timeline hatches the placements an open barrier blocks",
          "[timeline][builder]")
{
    FixedClock clock(test::fixedToday());
    auto db = test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const Timeline all
        = require(CaseloadTimeline::load(*db, clock)).arranged(std::nullopt, CaseloadSort::Name);
    const auto placements = itemsOf(all, ItemKind::Placement);
    REQUIRE_FALSE(placements.empty()); // the demo links open barriers to placements
    BarrierRepository barriers(*db, clock);
    for (const Item &item : placements) {
        CHECK(item.isBlocked());
        const auto open = require(barriers.openBlockersOfPlacement(item.id));
        REQUIRE(int(open.size()) == item.blockedBy.size());
        for (const Barrier &barrier : open)
            CHECK(item.blockedBy.contains(barrier.description));
        CHECK(all.rows[item.row].key == item.learnerId);
    }
}

} // namespace TRAJECT_UNITY_ID
