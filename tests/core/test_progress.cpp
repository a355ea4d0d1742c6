// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "planning/Progress.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using Kind = PlanningWarning::Kind;

namespace {

PlacementDay day(qint64 id, QDate date, PlacementDayStatus status = PlacementDayStatus::Planned,
                 double plannedHours = 7.6, std::optional<double> workedHours = std::nullopt)
{
    PlacementDay d;
    d.id = id;
    d.date = date;
    d.status = status;
    d.plannedHours = plannedHours;
    d.workedHours = workedHours;
    return d;
}

Placement placement(qint64 id, QDate start, QDate end, int targetDays = 0)
{
    Placement p;
    p.id = id;
    p.start = start;
    p.end = end;
    p.pattern = { Qt::Monday, Qt::Tuesday };
    p.targetDays = targetDays;
    return p;
}

Enrolment enrolment(qint64 id, QDate start, QDate plannedEnd)
{
    Enrolment e;
    e.id = id;
    e.programmeId = 1;
    e.start = start;
    e.plannedEnd = plannedEnd;
    return e;
}

Aftercare aftercare(QDate trainingEnd)
{
    Aftercare a;
    a.learnerId = 1;
    a.trainingEnd = trainingEnd;
    a.start = trainingEnd.addDays(1);
    return a;
}

/// A learner in training whose plan is in order on 14 March 2025.
LearnerPlan planInOrder()
{
    LearnerPlan plan;
    plan.phase = Phase::Training;
    plan.enrolments = { enrolment(1, QDate(2024, 9, 1), QDate(2025, 8, 31)) };
    plan.placements = {
        { placement(10, QDate(2025, 2, 1), QDate(2025, 6, 30), 4),
          {
              day(100, QDate(2025, 2, 10), PlacementDayStatus::Worked),
              day(101, QDate(2025, 2, 11), PlacementDayStatus::Worked),
              day(102, QDate(2025, 3, 17)),
              day(103, QDate(2025, 3, 18)),
          } },
    };
    return plan;
}

QList<PlanningWarning> warningsOf(const QList<PlanningWarning> &warnings, Kind kind)
{
    QList<PlanningWarning> found;
    for (const PlanningWarning &warning : warnings) {
        if (warning.kind == kind)
            found.append(warning);
    }
    return found;
}

} // namespace

TEST_CASE("placement totals count days by status")
{
    Placement p = placement(1, QDate(2025, 2, 1), QDate(2025, 6, 30), 5);
    p.targetHours = 38;
    const QList<PlacementDay> days = {
        day(1, QDate(2025, 2, 3), PlacementDayStatus::Worked, 7.6, 6.0),
        day(2, QDate(2025, 2, 4), PlacementDayStatus::Worked, 7.6), // worked hours not filled in
        day(3, QDate(2025, 2, 10), PlacementDayStatus::AbsentExcused),
        day(4, QDate(2025, 2, 11), PlacementDayStatus::AbsentUnexcused),
        day(5, QDate(2025, 2, 17), PlacementDayStatus::Cancelled),
        day(6, QDate(2025, 3, 17), PlacementDayStatus::Planned, 4.0),
    };
    const PlacementTotals totals = totalsFor(p, days);
    CHECK(totals.plannedDays == 1);
    CHECK(totals.workedDays == 2);
    CHECK(totals.excusedDays == 1);
    CHECK(totals.unexcusedDays == 1);
    CHECK(totals.cancelledDays == 1);
    CHECK(totals.plannedHours == Approx(4 * 7.6 + 4.0));
    CHECK(totals.workedHours == Approx(6.0 + 7.6));
    CHECK(totals.absentHours == Approx(2 * 7.6)); // the planned hours of both absent days
    CHECK(totals.targetDays == 5);
    CHECK(totals.targetHours == 38);
    CHECK(totals.remainingDays() == 3);
    CHECK_FALSE(totals.targetReached());
}

TEST_CASE("a placement without days has only its targets")
{
    const PlacementTotals totals
        = totalsFor(placement(1, QDate(2025, 2, 1), QDate(2025, 6, 30), 45), {});
    CHECK(totals == PlacementTotals { 0, 0, 0, 0, 0, 0.0, 0.0, 0.0, 45, 0.0 });
    CHECK(totals.remainingDays() == 45);
}

TEST_CASE("remaining days and whether the target is reached")
{
    const auto [targetDays, targetHours, workedDays, workedHours, remaining, reached]
        = GENERATE(table<int, double, int, double, int, bool>({
            { 45, 0.0, 0, 0.0, 45, false },
            { 45, 0.0, 44, 334.4, 1, false },
            { 45, 0.0, 45, 342.0, 0, true },
            { 45, 0.0, 50, 380.0, 0, true }, // never below zero
            { 45, 350.0, 45, 342.0, 0, false }, // days reached, hours not yet
            { 45, 340.0, 45, 342.0, 0, true },
            { 0, 150.0, 20, 152.0, 0, true }, // Syntra: a target in hours only
            { 0, 0.0, 3, 22.8, 0, false }, // no target at all
        }));
    PlacementTotals totals;
    totals.targetDays = targetDays;
    totals.targetHours = targetHours;
    totals.workedDays = workedDays;
    totals.workedHours = workedHours;
    CAPTURE(targetDays, targetHours, workedDays, workedHours);
    CHECK(totals.remainingDays() == remaining);
    CHECK(totals.targetReached() == reached);
}

TEST_CASE("a learner's totals add up the totals of the placements")
{
    const QList<QPair<Placement, QList<PlacementDay>>> placements = {
        { placement(1, QDate(2024, 10, 1), QDate(2024, 12, 20), 10),
          {
              day(1, QDate(2024, 10, 7), PlacementDayStatus::Worked, 7.6, 7.0),
              day(2, QDate(2024, 10, 8), PlacementDayStatus::AbsentExcused),
          } },
        { placement(2, QDate(2025, 2, 1), QDate(2025, 6, 30), 35),
          {
              day(3, QDate(2025, 2, 3), PlacementDayStatus::Worked, 7.6),
              day(4, QDate(2025, 3, 17)),
              day(5, QDate(2025, 3, 18), PlacementDayStatus::Cancelled),
          } },
    };
    const PlacementTotals totals = totalsForLearner(placements);
    CHECK(totals.plannedDays == 1);
    CHECK(totals.workedDays == 2);
    CHECK(totals.excusedDays == 1);
    CHECK(totals.cancelledDays == 1);
    CHECK(totals.plannedHours == Approx(4 * 7.6));
    CHECK(totals.workedHours == Approx(7.0 + 7.6));
    CHECK(totals.targetDays == 45);
    CHECK(totals.remainingDays() == 43);

    PlacementTotals sum = totalsFor(placements[0].first, placements[0].second);
    sum += totalsFor(placements[1].first, placements[1].second);
    CHECK(sum == totals);
    CHECK(totalsForLearner({}) == PlacementTotals());
}

TEST_CASE("the aftercare window runs three to six months after the training")
{
    const auto [trainingEnd, start, earliestEnd, latestEnd]
        = GENERATE(table<QDate, QDate, QDate, QDate>({
            { QDate(2025, 6, 30), QDate(2025, 7, 1), QDate(2025, 9, 30), QDate(2025, 12, 31) },
            { QDate(2025, 1, 31), QDate(2025, 2, 1), QDate(2025, 4, 30), QDate(2025, 7, 31) },
            { QDate(2025, 12, 31), QDate(2026, 1, 1), QDate(2026, 3, 31), QDate(2026, 6, 30) },
            { QDate(2024, 2, 28), QDate(2024, 2, 29), QDate(2024, 5, 28), QDate(2024, 8, 28) },
        }));
    CAPTURE(trainingEnd);
    CHECK(aftercareWindow(trainingEnd) == AftercareWindow { start, earliestEnd, latestEnd });
}

TEST_CASE("there is no aftercare window without a training end")
{
    const AftercareWindow window = aftercareWindow(QDate());
    CHECK_FALSE(window.start.isValid());
    CHECK_FALSE(window.earliestEnd.isValid());
    CHECK_FALSE(window.latestEnd.isValid());
}

TEST_CASE("a plan in order gives no warnings")
{
    const FixedClock clock(test::fixedToday());
    CHECK(checkPlan(planInOrder(), clock).isEmpty());
    CHECK(checkPlan(LearnerPlan(), clock).isEmpty());
}

TEST_CASE("a placement day outside its placement is flagged")
{
    const FixedClock clock(test::fixedToday());
    LearnerPlan plan = planInOrder();
    plan.placements[0].second.append(day(104, QDate(2025, 7, 1)));
    plan.placements[0].second.append(day(105, QDate(2025, 1, 31), PlacementDayStatus::Worked));
    plan.placements[0].second.append(day(106, QDate(2025, 7, 2), PlacementDayStatus::Cancelled));

    const QList<PlanningWarning> warnings = checkPlan(plan, clock);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].kind == Kind::DayOutsidePlacement);
    CHECK(warnings[0].date == QDate(2025, 1, 31));
    CHECK(warnings[0].itemId == 105);
    CHECK(warnings[1].kind == Kind::DayOutsidePlacement);
    CHECK(warnings[1].itemId == 104);
    CHECK(warnings[1].message
          == QStringLiteral(
              "The placement day of 01/07/2025 lies outside the placement (01/02/2025 to "
              "30/06/2025)."));
    CHECK_FALSE(warnings[1].isInformative());
}

TEST_CASE("two placement days on the same date are a double booking")
{
    const FixedClock clock(test::fixedToday());
    LearnerPlan plan = planInOrder();
    plan.placements.append({ placement(11, QDate(2025, 3, 1), QDate(2025, 3, 31)),
                             {
                                 day(200, QDate(2025, 3, 17)), // same date as day 102
                                 day(201, QDate(2025, 3, 17)), // a third day on that date
                                 day(202, QDate(2025, 3, 18), PlacementDayStatus::Cancelled),
                             } });

    const QList<PlanningWarning> warnings = checkPlan(plan, clock);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == Kind::DoubleBooking);
    CHECK(warnings[0].date == QDate(2025, 3, 17));
    CHECK(warnings[0].itemId == 200);
    CHECK(warnings[0].message.contains(QStringLiteral("17/03/2025")));
}

TEST_CASE("a cancelled day does not count as a double booking")
{
    const FixedClock clock(test::fixedToday());
    LearnerPlan plan = planInOrder();
    plan.placements[0].second.append(day(104, QDate(2025, 3, 17), PlacementDayStatus::Cancelled));
    CHECK(checkPlan(plan, clock).isEmpty());
}

TEST_CASE("a training planned beyond the two-year limit is flagged")
{
    const FixedClock clock(test::fixedToday());
    const auto [plannedEnd, flagged] = GENERATE(table<QDate, bool>({
        { QDate(2026, 2, 28), false },
        { QDate(2026, 8, 31), false }, // the last day within two years
        { QDate(2026, 9, 1), true },
        { QDate(2027, 1, 31), true },
    }));
    CAPTURE(plannedEnd);
    LearnerPlan plan = planInOrder();
    plan.enrolments = { enrolment(7, QDate(2024, 9, 1), plannedEnd) };

    const QList<PlanningWarning> warnings
        = warningsOf(checkPlan(plan, clock), Kind::BeyondTwoYearLimit);
    REQUIRE(warnings.size() == (flagged ? 1 : 0));
    if (flagged) {
        CHECK(warnings[0].itemId == 7);
        CHECK(warnings[0].date == plannedEnd);
        CHECK(warnings[0].message.contains(plannedEnd.toString(QStringLiteral("dd/MM/yyyy"))));
        CHECK(warnings[0].message.contains(QStringLiteral("31/08/2026")));
    }
}

TEST_CASE("a training that ended without aftercare is flagged")
{
    const FixedClock clock(test::fixedToday());
    LearnerPlan plan;
    plan.phase = Phase::Training;
    plan.enrolments = {
        enrolment(2, QDate(2023, 9, 1), QDate(2024, 8, 31)),
        enrolment(3, QDate(2024, 3, 1), QDate(2025, 2, 28)),
    };

    SECTION("no aftercare recorded")
    {
        const QList<PlanningWarning> warnings = checkPlan(plan, clock);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].kind == Kind::TrainingEndedNoAftercare);
        CHECK(warnings[0].itemId == 3);
        CHECK(warnings[0].date == QDate(2025, 2, 28));
        CHECK(warnings[0].message
              == QStringLiteral(
                  "The training ended on 28/02/2025, but no aftercare has been recorded."));
    }
    SECTION("aftercare recorded")
    {
        plan.aftercare = aftercare(QDate(2025, 2, 28));
        CHECK(checkPlan(plan, clock).isEmpty());
    }
    SECTION("the latest training ends today")
    {
        plan.enrolments[1].plannedEnd = test::fixedToday();
        CHECK(checkPlan(plan, clock).isEmpty());
    }
    SECTION("an earlier training ended, the latest one runs on")
    {
        plan.enrolments[1].plannedEnd = QDate(2025, 6, 30);
        CHECK(checkPlan(plan, clock).isEmpty());
    }
    SECTION("the learner is no longer in training")
    {
        plan.phase = GENERATE(Phase::Outflow, Phase::Stopped, Phase::Paused);
        CHECK(warningsOf(checkPlan(plan, clock), Kind::TrainingEndedNoAftercare).isEmpty());
    }
}

TEST_CASE("aftercare that runs past six months is overdue, past three months informative")
{
    // Today is 14 March 2025.
    const FixedClock clock(test::fixedToday());
    const auto [trainingEnd, expected] = GENERATE(table<QDate, std::optional<Kind>>({
        { QDate(2024, 8, 31), Kind::AftercareOverdue }, // window ended 28/02/2025
        { QDate(2024, 9, 13), Kind::AftercareOverdue }, // window ended yesterday
        { QDate(2024, 9, 14), Kind::AftercareMinimumReached }, // window ends today
        { QDate(2024, 10, 31), Kind::AftercareMinimumReached },
        { QDate(2024, 12, 13), Kind::AftercareMinimumReached }, // minimum reached yesterday
        { QDate(2024, 12, 14), std::nullopt }, // minimum reached today
        { QDate(2025, 1, 31), std::nullopt },
    }));
    CAPTURE(trainingEnd);
    LearnerPlan plan;
    plan.phase = Phase::Aftercare;
    plan.enrolments = { enrolment(1, trainingEnd.addYears(-1).addDays(1), trainingEnd) };
    plan.aftercare = aftercare(trainingEnd);

    const QList<PlanningWarning> warnings = checkPlan(plan, clock);
    if (!expected) {
        CHECK(warnings.isEmpty());
        return;
    }
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == *expected);
    const AftercareWindow window = aftercareWindow(trainingEnd);
    const QDate shown = *expected == Kind::AftercareOverdue ? window.latestEnd : window.earliestEnd;
    CHECK(warnings[0].date == shown);
    CHECK(warnings[0].message.contains(shown.toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK(warnings[0].isInformative() == (*expected == Kind::AftercareMinimumReached));
}

TEST_CASE("the aftercare window falls back on the start of aftercare or the training end")
{
    const FixedClock clock(test::fixedToday());
    LearnerPlan plan;
    plan.phase = Phase::Aftercare;
    plan.enrolments = { enrolment(1, QDate(2023, 9, 1), QDate(2024, 8, 31)) };

    SECTION("no aftercare recorded: the enrolment's planned end")
    {
        const QList<PlanningWarning> warnings = checkPlan(plan, clock);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].kind == Kind::AftercareOverdue);
        CHECK(warnings[0].date == QDate(2025, 2, 28));
        CHECK(warnings[0].message.contains(QStringLiteral("28/02/2025")));
    }
    SECTION("aftercare without a training end: the day before its start")
    {
        Aftercare recorded;
        recorded.start = QDate(2024, 11, 1);
        plan.aftercare = recorded;
        const QList<PlanningWarning> warnings = checkPlan(plan, clock);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].kind == Kind::AftercareMinimumReached);
        CHECK(warnings[0].date == QDate(2025, 1, 31));
    }
    SECTION("nothing to go on")
    {
        plan.enrolments.clear();
        CHECK(checkPlan(plan, clock).isEmpty());
    }
}

namespace {

/// 40 days worked in October and November 2024, then, around today (Friday 14 March 2025):
/// Monday 10 and Tuesday 11 March still planned (not filled in), Wednesday 12 absent (excused),
/// Thursday 13 cancelled, today and Monday 17 and Tuesday 18 planned.
QList<PlacementDay> fortyWorkedAndSomeToCome(qint64 firstId)
{
    QList<PlacementDay> days;
    qint64 id = firstId;
    for (QDate d(2024, 10, 1); days.size() < 40; d = d.addDays(1)) {
        if (d.dayOfWeek() <= Qt::Friday)
            days.append(day(id++, d, PlacementDayStatus::Worked));
    }
    days.append(day(id++, QDate(2025, 3, 10)));
    days.append(day(id++, QDate(2025, 3, 11)));
    days.append(day(id++, QDate(2025, 3, 12), PlacementDayStatus::AbsentExcused));
    days.append(day(id++, QDate(2025, 3, 13), PlacementDayStatus::Cancelled));
    days.append(day(id++, QDate(2025, 3, 14)));
    days.append(day(id++, QDate(2025, 3, 17)));
    days.append(day(id++, QDate(2025, 3, 18)));
    return days;
}

} // namespace

TEST_CASE("the work-place learning counts worked, still to record and still planned days")
{
    // Past days without a status are still to be filled in, not lost.
    QList<QPair<Placement, QList<PlacementDay>>> placements
        = { { placement(12, QDate(2024, 10, 1), QDate(2025, 6, 30), 45),
              fortyWorkedAndSomeToCome(300) } };
    WorkplaceProgress expected;
    expected.targetPlacementId = 12;
    expected.targetDays = 45;
    expected.placementCount = 1;
    expected.workedDays = 40;
    expected.toRecordDays = 2; // 10 and 11 March
    expected.plannedDays = 3; // today, 17 and 18 March
    expected.absentDays = 1;
    expected.cancelledDays = 1;
    const WorkplaceProgress progress = workplaceProgress(placements, test::fixedToday());
    CHECK(progress == expected);
    CHECK(progress.reachableDays() == 45);
    CHECK_FALSE(progress.targetAtRisk());
}

TEST_CASE("the target of the work-place learning is shared by the placements of the trajectory")
{
    // The current placement at 3 of 45, a second one from May with none of
    // its days worked yet, and an orientation before them that does not count.
    const QDate today = test::fixedToday(); // Friday 14 March 2025
    Placement orientation = placement(1, QDate(2025, 1, 13), QDate(2025, 1, 17), 0);
    orientation.kind = PlacementKind::Orientation;
    QList<QPair<Placement, QList<PlacementDay>>> placements = {
        { placement(3, QDate(2025, 5, 5), QDate(2025, 6, 27), 45),
          { day(30, QDate(2025, 5, 5)), day(31, QDate(2025, 5, 6)) } },
        { orientation, { day(10, QDate(2025, 1, 14), PlacementDayStatus::Worked) } },
        { placement(2, QDate(2025, 3, 3), QDate(2025, 4, 30), 45),
          { day(20, QDate(2025, 3, 3), PlacementDayStatus::Worked),
            day(21, QDate(2025, 3, 4), PlacementDayStatus::Worked),
            day(22, QDate(2025, 3, 10), PlacementDayStatus::Worked),
            day(23, QDate(2025, 3, 11), PlacementDayStatus::AbsentUnexcused),
            day(24, QDate(2025, 3, 13)), // not filled in yet
            day(25, QDate(2025, 3, 17)), day(26, QDate(2025, 3, 18)) } },
    };
    WorkplaceProgress expected;
    expected.targetPlacementId = 3; // the one that starts last
    expected.targetDays = 45;
    expected.placementCount = 2;
    expected.workedDays = 3;
    expected.toRecordDays = 1;
    expected.plannedDays = 4; // 17 and 18 March, 5 and 6 May
    expected.absentDays = 1;
    CHECK(workplaceProgress(placements, today) == expected);

    SECTION("a later target replaces an earlier one")
    {
        placements[0].first.targetDays = 47;
        placements[2].first.targetDays = 44;
        CHECK(workplaceProgress(placements, today).targetDays == 47);
    }
    SECTION("two placements that start on the same day: the one added last")
    {
        placements[2].first.start = QDate(2025, 5, 5);
        placements[2].first.targetDays = 46;
        const WorkplaceProgress progress = workplaceProgress(placements, today);
        CHECK(progress.targetPlacementId == 3);
        CHECK(progress.targetDays == 45);
    }
    SECTION("without work-place learning there is no target")
    {
        CHECK(workplaceProgress({ placements[1] }, today) == WorkplaceProgress {});
    }
}

TEST_CASE(
    "a target the work-place learning can no longer reach is flagged with the days that count")
{
    const FixedClock clock(test::fixedToday());
    LearnerPlan plan;
    plan.phase = Phase::Training;
    plan.enrolments = { enrolment(1, QDate(2024, 9, 1), QDate(2025, 8, 31)) };
    plan.placements = { { placement(12, QDate(2024, 10, 1), QDate(2025, 6, 30), 45),
                          fortyWorkedAndSomeToCome(300) } };

    SECTION("40 worked, 2 to record and 3 planned reach 45: days not yet filled in are not lost")
    {
        CHECK(warningsOf(checkPlan(plan, clock), Kind::TargetNotReachable).isEmpty());
    }
    SECTION("they do not reach 47")
    {
        plan.placements[0].first.targetDays = 47;
        const QList<PlanningWarning> warnings = checkPlan(plan, clock);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].kind == Kind::TargetNotReachable);
        CHECK(warnings[0].itemId == 12);
        CHECK(warnings[0].date == QDate(2025, 6, 30));
        CHECK(warnings[0].message
              == QStringLiteral("The work-place learning can reach at most 45 of its 47 days: 40 "
                                "worked, 2 still to record, 3 still planned."));
    }
    SECTION("a second placement with two more days planned reaches 47 together with the first")
    {
        plan.placements[0].first.targetDays = 47;
        plan.placements.append({ placement(13, QDate(2025, 4, 1), QDate(2025, 6, 30), 47),
                                 { day(400, QDate(2025, 4, 7)), day(401, QDate(2025, 4, 8)) } });
        CHECK(warningsOf(checkPlan(plan, clock), Kind::TargetNotReachable).isEmpty());
    }
    SECTION("a second placement with one day planned: flagged once, on the placement of the target")
    {
        plan.placements[0].first.targetDays = 47;
        plan.placements.append({ placement(13, QDate(2025, 4, 1), QDate(2025, 5, 30), 47),
                                 { day(400, QDate(2025, 4, 7)) } });
        const auto flagged = warningsOf(checkPlan(plan, clock), Kind::TargetNotReachable);
        REQUIRE(flagged.size() == 1);
        CHECK(flagged[0].itemId == 13);
        CHECK(flagged[0].date == QDate(2025, 5, 30));
        CHECK(flagged[0].message
              == QStringLiteral("The work-place learning can reach at most 46 of its 47 days: 40 "
                                "worked, 2 still to record, 4 still planned."));
    }
    SECTION("no target")
    {
        plan.placements[0].first.targetDays = 0;
        CHECK(checkPlan(plan, clock).isEmpty());
    }
}

TEST_CASE("warnings come sorted by date")
{
    const FixedClock clock(test::fixedToday());
    LearnerPlan plan;
    plan.phase = Phase::Training;
    plan.enrolments
        = { enrolment(1, QDate(2023, 3, 1), QDate(2025, 3, 1)) }; // beyond the limit, ended
    plan.placements = {
        { placement(10, QDate(2024, 10, 1), QDate(2025, 6, 30), 3),
          {
              day(1, QDate(2025, 7, 7)), // outside
              day(2, QDate(2024, 9, 30), PlacementDayStatus::Worked), // outside
              day(3, QDate(2025, 3, 17)),
          } },
        { placement(11, QDate(2025, 3, 1), QDate(2025, 3, 31)), { day(4, QDate(2025, 3, 17)) } },
    };

    const QList<PlanningWarning> warnings = checkPlan(plan, clock);
    QList<Kind> kinds;
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        kinds.append(warnings[i].kind);
        if (i > 0)
            CHECK(warnings[i - 1].date <= warnings[i].date);
    }
    CHECK(kinds
          == QList<Kind> { Kind::DayOutsidePlacement, Kind::BeyondTwoYearLimit,
                           Kind::TrainingEndedNoAftercare, Kind::DoubleBooking,
                           Kind::DayOutsidePlacement });
    // Placement 10: worked 1 (day 2), planned from today 2 (days 1 and 3): its target of 3 is
    // reachable.
    CHECK(warningsOf(warnings, Kind::TargetNotReachable).isEmpty());
}

} // namespace TRAJECT_UNITY_ID
