// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "reports/CaseMeeting.h"
#include "storage/BarrierRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/PlacementRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

qint64 addLearner(Database &db, const Clock &clock, const QString &name, Phase phase, QDate since)
{
    Learner learner;
    learner.firstName = name;
    learner.lastName = QStringLiteral("Test");
    learner.phase = phase;
    learner.phaseSince = since;
    return require(LearnerRepository(db, clock).add(learner));
}

void stop(Database &db, const Clock &clock, qint64 id, QDate on)
{
    PhaseChange change;
    change.date = on;
    change.from = Phase::Training;
    change.to = Phase::Stopped;
    change.reasonCode = toCode(StopReason::Pregnancy);
    require(LearnerRepository(db, clock).changePhase(id, change));
}

void addBarrier(Database &db, const Clock &clock, qint64 learner, const QString &what,
                QDate detected, QDate solved = {})
{
    Barrier barrier;
    barrier.learnerId = learner;
    barrier.category = BarrierCategory::Preconditions;
    barrier.description = what;
    barrier.detectedOn = detected;
    if (solved.isValid()) {
        barrier.status = BarrierStatus::Solved;
        barrier.resolvedOn = solved;
    }
    (void)require(BarrierRepository(db, clock).addBarrier(barrier));
}

void addAction(Database &db, const Clock &clock, qint64 learner, const QString &what, QDate due,
               QDate done = {})
{
    Action action;
    action.learnerId = learner;
    action.description = what;
    action.due = due;
    action.done = done;
    (void)require(BarrierRepository(db, clock).addAction(action));
}

void addContact(Database &db, const Clock &clock, qint64 learner, QDate date)
{
    ContactMoment moment;
    moment.learnerId = learner;
    moment.date = date;
    (void)require(LogbookRepository(db, clock).add(moment));
}

} // namespace

TEST_CASE("case meeting: what changed since the last meeting, per learner")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday()); // Friday 14/03/2025
    const QDate since(2025, 2, 14);

    const qint64 amina
        = addLearner(*db, clock, QStringLiteral("Amina"), Phase::Training, QDate(2024, 9, 1));
    addBarrier(*db, clock, amina, QStringLiteral("No childcare on Wednesday"), QDate(2025, 3, 1));
    addBarrier(*db, clock, amina, QStringLiteral("Bus pass"), QDate(2024, 10, 1),
               QDate(2025, 2, 20));
    addBarrier(*db, clock, amina, QStringLiteral("Old news"), QDate(2024, 10, 1),
               QDate(2025, 2, 14)); // solved on the day of the meeting: not new
    addAction(*db, clock, amina, QStringLiteral("Call the daycare"), QDate(2025, 3, 1));
    addAction(*db, clock, amina, QStringLiteral("Done already"), QDate(2025, 3, 1),
              QDate(2025, 3, 2));
    addContact(*db, clock, amina, QDate(2025, 2, 20));
    addContact(*db, clock, amina, QDate(2025, 3, 12));
    addContact(*db, clock, amina, QDate(2025, 1, 5));

    PlacementRepository placements(*db, clock);
    Placement placement;
    placement.learnerId = amina;
    placement.start = QDate(2025, 2, 1);
    placement.end = QDate(2025, 4, 30);
    placement.pattern = WeekPattern { 1, 2 };
    const qint64 placementId = require(placements.add(placement));
    const auto day = [&](QDate date, PlacementDayStatus status) {
        PlacementDay d;
        d.placementId = placementId;
        d.date = date;
        d.plannedHours = 7.6;
        d.status = status;
        if (status == PlacementDayStatus::Worked)
            d.workedHours = 7.6;
        (void)require(placements.addDay(d));
    };
    day(QDate(2025, 2, 10), PlacementDayStatus::AbsentUnexcused); // before the meeting
    day(QDate(2025, 3, 3), PlacementDayStatus::AbsentExcused);
    day(QDate(2025, 3, 4), PlacementDayStatus::Worked);
    day(QDate(2025, 3, 10), PlacementDayStatus::Planned); // passed, not registered
    day(QDate(2025, 3, 17), PlacementDayStatus::Planned); // still to come

    const qint64 bram
        = addLearner(*db, clock, QStringLiteral("Bram"), Phase::Training, QDate(2024, 9, 1));
    addAction(*db, clock, bram, QStringLiteral("Exam in June"), QDate(2025, 6, 1));

    const qint64 chloe
        = addLearner(*db, clock, QStringLiteral("Chloé"), Phase::Training, QDate(2024, 9, 1));
    stop(*db, clock, chloe, QDate(2025, 3, 5));
    const qint64 dina
        = addLearner(*db, clock, QStringLiteral("Dina"), Phase::Training, QDate(2024, 9, 1));
    stop(*db, clock, dina, QDate(2024, 12, 1));

    const CaseMeeting meeting = require(CaseMeeting::make(*db, clock, since));
    REQUIRE(meeting.items.size() == 3); // Dina stopped before the last meeting
    CHECK_FALSE(meeting.item(dina));

    const auto *a = meeting.item(amina);
    REQUIRE(a);
    CHECK(a->suggested);
    REQUIRE(a->newBarriers.size() == 1);
    CHECK(a->newBarriers[0].description == QStringLiteral("No childcare on Wednesday"));
    REQUIRE(a->solvedBarriers.size() == 1);
    CHECK(a->solvedBarriers[0].description == QStringLiteral("Bus pass"));
    REQUIRE(a->missedDays.size() == 2);
    CHECK(a->missedDays[0].date == QDate(2025, 3, 3));
    CHECK(a->missedDays[1].status == PlacementDayStatus::Planned);
    CHECK(a->newContacts == 2);
    REQUIRE(a->openActions.size() == 1);
    CHECK(a->overdueActions(meeting.today) == 1);

    const auto *b = meeting.item(bram);
    REQUIRE(b);
    CHECK_FALSE(b->hasNews());
    CHECK_FALSE(b->suggested); // its only action is due in June

    const auto *c = meeting.item(chloe);
    REQUIRE(c);
    CHECK(c->suggested);
    REQUIRE(c->phaseChanges.size() == 1);
    CHECK(c->phaseChanges[0].reasonCode == toCode(StopReason::Pregnancy));

    CHECK(meeting.suggestedIds() == QList<qint64> { amina, chloe });

    const auto rows = meeting.csvRows({});
    // Amina: 1 new, 1 solved, 2 missed days, contacts, 1 open action; Chloé: 1 phase change.
    CHECK(rows.size() == 7);
    for (const QStringList &row : rows)
        CHECK(row.size() == CaseMeeting::csvHeader().size());
    CHECK(rows.last().at(2) == QStringLiteral("Phase change"));
    CHECK(rows.last().at(4).contains(QStringLiteral("Pregnancy")));

    // Bram chosen by hand: one row for his open action.
    CHECK(meeting.csvRows({ bram }).size() == 1);

    CHECK_FALSE(CaseMeeting::make(*db, clock, QDate(2025, 4, 1)).ok());
}

TEST_CASE("case meeting of the demo caseload")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday());
    (void)require(demo::fillDemoCaseload(*db, clock));
    const CaseMeeting meeting = require(CaseMeeting::make(*db, clock, QDate(2025, 2, 14)));
    CHECK_FALSE(meeting.items.empty());
    CHECK_FALSE(meeting.suggestedIds().isEmpty());
    CHECK(meeting.suggestedIds().size() <= int(meeting.items.size()));
    for (const auto &item : meeting.items)
        CHECK((item.phase != Phase::Stopped || !item.phaseChanges.empty()));
}

} // namespace TRAJECT_UNITY_ID
