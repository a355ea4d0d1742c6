// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/CaseloadGenerator.h"
#include "demo/DemoData.h"
#include "overview/Overview.h"
#include "storage/internal/Sql.h"

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

void run(Database &db, const char *statement)
{
    test::require(sql::exec(db, QString::fromUtf8(statement)));
}

/// Five learners with a known history; today is Friday 14/03/2025 (week 10/03 – 16/03).
void fillSmallCaseload(Database &db)
{
    run(db,
        "INSERT INTO organisation (id, name, kind) VALUES (1, 'Kinderdagverblijf Zonneke', "
        "'childcare_site')");
    run(db, R"(INSERT INTO learner (id, first_name, last_name, phase) VALUES
        (1, 'Amina', 'Bakkali', 'training'),
        (2, 'Bea', 'Claes', 'stopped'),
        (3, 'Chloë', 'Dewilde', 'outflow'),
        (4, 'Dina', 'Els', 'intake'),
        (5, 'Eva', 'Feys', 'stopped'))");
    run(db, R"(INSERT INTO phase_change (learner_id, date, from_phase, to_phase, reason_code) VALUES
        (1, '2024-05-02', NULL, 'referral', ''),
        (1, '2024-06-01', 'referral', 'intake', ''),
        (1, '2024-09-02', 'intake', 'training', ''),
        (2, '2025-01-10', NULL, 'referral', ''),
        (2, '2025-02-01', 'referral', 'intake', ''),
        (2, '2025-02-20', 'intake', 'stopped', 'language_too_low'),
        (3, '2023-05-01', NULL, 'referral', ''),
        (3, '2023-09-01', 'referral', 'training', ''),
        (3, '2024-09-01', 'training', 'aftercare', ''),
        (3, '2025-02-28', 'aftercare', 'outflow', ''),
        (4, '2025-02-01', NULL, 'referral', ''),
        (4, '2025-03-01', 'referral', 'intake', ''),
        (5, '2024-12-01', NULL, 'referral', ''),
        (5, '2025-01-06', 'referral', 'training', ''),
        (5, '2025-03-03', 'training', 'stopped', 'health'))");
    run(db,
        "INSERT INTO outcome (learner_id, date, kind) VALUES (3, '2025-03-01', 'job_childcare')");

    // Amina: work-place learning 10 of 45 days worked, two days this week (one cancelled).
    run(db,
        R"(INSERT INTO placement (id, learner_id, kind, site_id, start_date, end_date, target_days)
        VALUES (1, 1, 'workplace_learning', 1, '2025-01-06', '2025-06-30', 45))");
    for (int i = 0; i < 10; ++i)
        test::require(
            sql::exec(db,
                      QStringLiteral("INSERT INTO placement_day (placement_id, date, status) "
                                     "VALUES (1, :date, 'worked')"),
                      { { QStringLiteral("date"), sql::date(QDate(2025, 1, 2).addDays(7 * i)) } }));
    run(db, R"(INSERT INTO placement_day (placement_id, date, status) VALUES
        (1, '2025-03-11', 'planned'), (1, '2025-03-13', 'planned'), (1, '2025-03-12', 'cancelled'),
        (1, '2025-03-18', 'planned'))");

    run(db, R"(INSERT INTO contact_moment (learner_id, date, kind, status) VALUES
        (1, '2025-03-05', 'conversation', 'done'),
        (1, '2025-03-17', 'phone', 'planned'),
        (1, '2025-03-12', 'workplace_visit', 'planned'),
        (4, '2025-03-14', 'conversation', 'cancelled'),
        (4, '2025-01-20', 'conversation', 'done'))");
    run(db, R"(INSERT INTO action (learner_id, description, due_date, done_date) VALUES
        (1, 'Bring the medical certificate', '2025-03-16', NULL),
        (4, 'Ask for the diploma recognition', '2025-02-01', NULL),
        (4, 'Done long ago', '2025-02-01', '2025-02-02'),
        (4, 'Next month', '2025-04-01', NULL),
        (1, 'No date', NULL, NULL))");
    run(db, R"(INSERT INTO barrier (learner_id, category, description, detected_on, status) VALUES
        (1, 1, 'No childcare', '2024-06-01', 'open'),
        (1, 1, 'No bicycle', '2024-06-01', 'solved'),
        (1, 7, 'Dutch 2.2', '2024-06-01', 'in_progress'),
        (4, 7, 'Reading', '2025-03-01', 'lasting'),
        (4, 2, 'Debts', '2025-03-01', 'lasting'))");
}

} // namespace

TEST_CASE("the overview of a small caseload has the known numbers", "[overview]")
{
    auto db = test::memoryDatabase();
    fillSmallCaseload(*db);
    FixedClock clock(test::fixedToday());
    Overview::Options options { QDate(2025, 1, 1), QDate(2025, 12, 31), 30 };
    const Overview o = test::require(Overview::make(*db, clock, options));

    CHECK(o.weekStart == QDate(2025, 3, 10));
    CHECK(o.weekEnd == QDate(2025, 3, 16));

    SECTION("this week's placement days leave out the cancelled day")
    {
        REQUIRE(o.placementDays.size() == 1);
        CHECK(o.placementDays[0].learnerId == 1);
        CHECK(o.placementDays[0].site == QStringLiteral("Kinderdagverblijf Zonneke"));
        CHECK(o.placementDays[0].days == QList<QDate> { QDate(2025, 3, 11), QDate(2025, 3, 13) });
    }
    SECTION("appointments: the week's contact moments that are not cancelled")
    {
        REQUIRE(o.appointments.size() == 1);
        CHECK(o.appointments[0].date == QDate(2025, 3, 12));
        CHECK(o.appointments[0].kind == ContactKind::WorkplaceVisit);
    }
    SECTION("actions due this week or overdue, not done; and the ESF+ results to ask")
    {
        // Bea, Chloë and Eva left (stopped or outflow) after taking part, and nobody recorded
        // their situation on leaving: each is asked from the day they left. Six months after
        // leaving lies beyond this week for all three.
        REQUIRE(o.dueActions.size() == 5);
        const QString onLeaving = QStringLiteral("ESF+: ask the situation on leaving");
        CHECK(o.dueActions[0].description == QStringLiteral("Ask for the diploma recognition"));
        CHECK(o.dueActions[0].overdue);
        CHECK(o.dueActions[1].learnerId == 2);
        CHECK(o.dueActions[1].description == onLeaving);
        CHECK(o.dueActions[1].due == QDate(2025, 2, 20));
        CHECK(o.dueActions[2].learnerId == 3);
        CHECK(o.dueActions[2].due == QDate(2025, 2, 28));
        CHECK(o.dueActions[3].learnerId == 5);
        CHECK(o.dueActions[3].due == QDate(2025, 3, 3));
        CHECK(o.dueActions[3].overdue);
        CHECK(o.dueActions[4].description == QStringLiteral("Bring the medical certificate"));
        CHECK_FALSE(o.dueActions[4].overdue);
    }
    SECTION("learners in an active phase without contact for more than 30 days")
    {
        REQUIRE(o.silent.size() == 1);
        CHECK(o.silent[0].learnerId == 4);
        CHECK(o.silent[0].lastContact == QDate(2025, 1, 20));
        CHECK(o.silent[0].days == 53);
    }
    SECTION("the funnel counts who first reached each stage in the period")
    {
        // Registered: Bea, Dina (2025); Eva registered in 2024. Intake: Bea, Dina, Eva (through
        // training). Started: Eva. Qualified: Chloë's outflow from aftercare is not a new
        // qualification (aftercare in 2024). Employed: Chloë.
        CHECK(o.funnel.count(FunnelStage::Registered) == 2);
        CHECK(o.funnel.count(FunnelStage::Intake) == 3);
        CHECK(o.funnel.count(FunnelStage::Started) == 1);
        CHECK(o.funnel.count(FunnelStage::Qualified) == 0);
        CHECK(o.funnel.count(FunnelStage::Employed) == 1);
        CHECK(o.funnel.nonEntryTotal == 1);
        REQUIRE(o.funnel.nonEntries.size() == 1);
        CHECK(o.funnel.nonEntries[0].code == QStringLiteral("language_too_low"));
        CHECK(o.funnel.stopTotal == 1);
        REQUIRE(o.funnel.stops.size() == 1);
        CHECK(o.funnel.stops[0].code == QStringLiteral("health"));
    }
    SECTION("barriers by category: open (with in progress), solved, lasting")
    {
        REQUIRE(o.barriers.size() == 10);
        CHECK(o.barriers[0].open == 1);
        CHECK(o.barriers[0].solved == 1);
        CHECK(o.barriers[1].lasting == 1);
        CHECK(o.barriers[6].open == 1);
        CHECK(o.barriers[6].lasting == 1);
        CHECK(o.barriers[4].total() == 0);
    }
    SECTION("work-place learning progress")
    {
        REQUIRE(o.progress.size() == 1);
        CHECK(o.progress[0].workedDays == 10);
        CHECK(o.progress[0].targetDays == 45);
        CHECK(o.progress[0].percent() == 22);
        CHECK(o.progressBuckets == std::array<int, 5> { 1, 0, 0, 0, 0 });
    }
}

TEST_CASE("the funnel of 2024 counts the stages reached in 2024", "[overview]")
{
    auto db = test::memoryDatabase();
    fillSmallCaseload(*db);
    FixedClock clock(test::fixedToday());
    const Overview o
        = test::require(Overview::make(*db, clock, { QDate(2024, 1, 1), QDate(2024, 12, 31), 30 }));
    CHECK(o.funnel.reached == std::array<int, 5> { 2, 1, 1, 1, 0 });
    CHECK(o.funnel.stopTotal == 0);
}

TEST_CASE("the overview refuses a period that ends before it starts", "[overview]")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday());
    CHECK_FALSE(Overview::make(*db, clock, { QDate(2025, 2, 1), QDate(2025, 1, 1), 30 }).ok());
}

TEST_CASE("the overview of the demo caseload is sane", "[overview]")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday());
    test::require(demo::fillDemoCaseload(*db, clock));
    const Overview o
        = test::require(Overview::make(*db, clock, Overview::defaultOptions(clock.today())));
    CHECK(o.funnel.from == QDate(2025, 1, 1));
    int barriers = 0;
    for (const auto &b : o.barriers)
        barriers += b.total();
    CHECK(barriers
          == test::require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM barrier"))));
    CHECK_FALSE(o.progress.empty());
    int bucketed = 0;
    for (int n : o.progressBuckets)
        bucketed += n;
    CHECK(bucketed == static_cast<int>(o.progress.size()));
    for (const auto &a : o.dueActions)
        CHECK(a.due <= o.weekEnd);
    for (const auto &p : o.placementDays) {
        for (const QDate &d : p.days) {
            CHECK(d >= o.weekStart);
            CHECK(d <= o.weekEnd);
        }
    }
    for (const auto &s : o.silent)
        CHECK(s.days > 30);
    // Every stage of the whole history: the numbers decrease along the funnel.
    const Overview all
        = test::require(Overview::make(*db, clock, { QDate(2000, 1, 1), QDate(2100, 1, 1), 30 }));
    for (int i = 1; i < funnelStageCount - 1; ++i)
        CHECK(all.funnel.reached[static_cast<size_t>(i)]
              <= all.funnel.reached[static_cast<size_t>(i - 1)]);
}

TEST_CASE("the overview of a large generated caseload counts every learner, barrier and action",
          "[overview]")
{
    // How fast it is lives in the benchmarks (bench_caseload: "Overview::make()").
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday());
    test::require(demo::generateCaseload(*db, clock, 500, 502));
    const Overview week
        = test::require(Overview::make(*db, clock, Overview::defaultOptions(clock.today())));
    const auto count = [&db](const char *statement) {
        return test::require(sql::scalar(*db, QString::fromLatin1(statement)));
    };
    // Each open action due by Sunday, once (besides the reminders of the ESF+ results).
    std::vector<Overview::DueAction> actions;
    std::copy_if(week.dueActions.begin(), week.dueActions.end(), std::back_inserter(actions),
                 [](const auto &a) { return !a.description.startsWith(QStringLiteral("ESF+: ")); });
    CHECK(static_cast<qint64>(actions.size())
          == count("SELECT count(*) FROM action WHERE done_date IS NULL "
                   "AND due_date <= '2025-03-16'"));
    CHECK(std::count_if(actions.begin(), actions.end(), [](const auto &a) { return a.overdue; })
          == count("SELECT count(*) FROM action WHERE done_date IS NULL "
                   "AND due_date < '2025-03-14'"));
    int barriers = 0;
    for (const auto &b : week.barriers)
        barriers += b.total();
    CHECK(barriers == count("SELECT count(*) FROM barrier"));
    CHECK(barriers > 500);

    // Over the whole history every learner was registered once.
    const Overview all
        = test::require(Overview::make(*db, clock, { QDate(2000, 1, 1), QDate(2100, 1, 1), 30 }));
    CHECK(all.funnel.count(FunnelStage::Registered) == count("SELECT count(*) FROM learner"));
    CHECK(all.funnel.count(FunnelStage::Registered) == 500);
    CHECK(all.funnel.count(FunnelStage::Started)
          == count("SELECT count(DISTINCT learner_id) FROM phase_change "
                   "WHERE to_phase IN ('training', 'aftercare')"));
}

} // namespace TRAJECT_UNITY_ID
