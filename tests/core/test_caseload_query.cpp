// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/CaseloadQuery.h"
#include "storage/internal/Sql.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

const CaseloadEntry &byName(const std::vector<CaseloadEntry> &entries, const char *lastName)
{
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const CaseloadEntry &e) {
        return e.lastName == QString::fromUtf8(lastName);
    });
    REQUIRE(it != entries.end());
    return *it;
}

/// Runs a statement of test data.
void run(const Database &db, const char *statement)
{
    INFO(statement);
    (void)require(sql::exec(db, QString::fromUtf8(statement)));
}

} // namespace

TEST_CASE("the caseload of the demo data, checked by hand for three learners")
{
    FixedClock clock(traject::test::fixedToday()); // Friday 14 March 2025
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const auto entries = require(CaseloadQuery(*db, clock).all());
    REQUIRE(entries.size() == 25);
    // By last name.
    CHECK(entries.front().lastName == QStringLiteral("Amrani"));
    CHECK(entries.back().lastName == QStringLiteral("Yilmaz"));

    SECTION("Amina El Idrissi: in training since February 2024, 41 of 45 days worked")
    {
        // Entry moment 5/2/2024; 46 days on Mondays and Wednesdays from 4/3/2024, all past:
        // days 11, 22, 33 and 44 excused, day 29 unexcused, the other 41 worked. Her single
        // barrier is solved with its action; one conversation is planned for 16/3.
        const CaseloadEntry &amina = byName(entries, "El Idrissi");
        CHECK(amina.firstName == QStringLiteral("Amina"));
        CHECK(amina.phase == Phase::Training);
        CHECK(amina.phaseSince == QDate(2024, 2, 5));
        CHECK(amina.municipality == QStringLiteral("Brugge"));
        CHECK(amina.email == QStringLiteral("amina.elidrissi@example.be"));
        REQUIRE(amina.placement);
        CHECK(amina.placement->workedDays == 41);
        CHECK(amina.placement->targetDays == 45);
        CHECK(amina.openBarriers == 0);
        CHECK(amina.openActions == 0);
        CHECK_FALSE(amina.hasOwnOpenAction);
        CHECK_FALSE(amina.nextAction);
        REQUIRE(amina.nextContact);
        CHECK(amina.nextContact->date == QDate(2025, 3, 16));
        CHECK(amina.nextContact->kind == ContactKind::Conversation);
        const NextStep step = amina.nextStep(clock.today());
        CHECK(step.kind == NextStep::Kind::Contact);
        CHECK(step.date == QDate(2025, 3, 16));
        CHECK_FALSE(step.overdue);
    }

    SECTION("Fatma Yilmaz: one overdue action of a partner comes before her appointment")
    {
        // Two barriers: debts (solved) and planning skills (open) with the action "Samen een
        // weekplanning maken" for a partner, due intake 28/10/2024 + 7 + 28 days = 2/12/2024.
        // Work-place learning on Fridays from 3/3/2025: Friday 7/3 worked, today still planned.
        const CaseloadEntry &fatma = byName(entries, "Yilmaz");
        CHECK(fatma.phase == Phase::Training);
        CHECK(fatma.phaseSince == QDate(2025, 2, 3));
        CHECK(fatma.openBarriers == 1);
        CHECK(fatma.openActions == 1);
        CHECK_FALSE(fatma.hasOwnOpenAction);
        REQUIRE(fatma.nextAction);
        CHECK(fatma.nextAction->due == QDate(2024, 12, 2));
        CHECK(fatma.nextAction->owner == ActionOwner::Partner);
        CHECK(fatma.nextAction->description.startsWith(QStringLiteral("Samen een weekplanning")));
        REQUIRE(fatma.nextContact);
        CHECK(fatma.nextContact->date == QDate(2025, 3, 17));
        REQUIRE(fatma.placement);
        CHECK(fatma.placement->workedDays == 1);
        const NextStep step = fatma.nextStep(clock.today());
        CHECK(step.kind == NextStep::Kind::Action);
        CHECK(step.date == QDate(2024, 12, 2));
        CHECK(step.overdue);
    }

    SECTION("Sara Tesfaye: in intake with three open barriers; the appointment comes first")
    {
        // Intake on 26/2: barriers noticed 26/2, 5/3 and 12/3, all open or in progress. Their
        // actions are due 26/3 (support, together), 9/4 and 26/3 (laptop, SPOC): the earliest
        // with the lowest id is the first one. The conversation on 18/3 comes before it.
        const CaseloadEntry &sara = byName(entries, "Tesfaye");
        CHECK(sara.phase == Phase::Intake);
        CHECK(sara.phaseSince == QDate(2025, 2, 26));
        CHECK(sara.openBarriers == 3);
        CHECK(sara.openActions == 3);
        CHECK(sara.hasOwnOpenAction);
        REQUIRE(sara.nextAction);
        CHECK(sara.nextAction->due == QDate(2025, 3, 26));
        CHECK(sara.nextAction->owner == ActionOwner::Together);
        CHECK_FALSE(sara.placement);
        const NextStep step = sara.nextStep(clock.today());
        CHECK(step.kind == NextStep::Kind::Contact);
        CHECK(step.date == QDate(2025, 3, 18));
    }

    SECTION("one learner's line equals their line in the whole list")
    {
        for (const CaseloadEntry &entry : entries) {
            const auto one = require(CaseloadQuery(*db, clock).forLearner(entry.id));
            REQUIRE(one);
            CHECK(*one == entry);
        }
        CHECK_FALSE(require(CaseloadQuery(*db, clock).forLearner(9999)));
    }
}

TEST_CASE("the caseload picks the earliest open action, the next planned appointment and the "
          "work-place learning of the trajectory")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    run(*db,
        "INSERT INTO learner (id, first_name, last_name, phase, phase_since) "
        "VALUES (1, 'Zoë', 'Çelik', 'training', '2024-09-02'), "
        "       (2, 'Jan', 'Leeg', 'referral', NULL)");
    // Actions: done ones and those of another learner do not count; no due date comes last.
    run(*db,
        "INSERT INTO action (learner_id, description, owner, due_date, done_date) VALUES "
        "(1, 'done early', 'spoc', '2025-01-01', '2025-01-02'), "
        "(1, 'no date', 'spoc', NULL, NULL), "
        "(1, 'later', 'learner', '2025-04-01', NULL), "
        "(1, 'first open', 'partner', '2025-03-20', NULL)");
    // Appointments: only planned ones from today on.
    run(*db,
        "INSERT INTO contact_moment (learner_id, date, kind, status, with_whom) VALUES "
        "(1, '2025-03-10', 'phone', 'planned', 'forgotten'), "
        "(1, '2025-03-12', 'conversation', 'done', 'past'), "
        "(1, '2025-03-18', 'meeting', 'cancelled', 'cancelled'), "
        "(1, '2025-03-19', 'home_visit', 'planned', 'partner'), "
        "(1, '2025-05-01', 'phone', 'planned', 'later')");
    run(*db,
        "INSERT INTO barrier (learner_id, category, description, detected_on, status) VALUES "
        "(1, 1, 'a', '2025-01-01', 'open'), (1, 2, 'b', '2025-01-01', 'in_progress'), "
        "(1, 3, 'c', '2025-01-01', 'solved'), (1, 4, 'd', '2025-01-01', 'lasting')");
    // Two work-place learnings share the trajectory's target, that of the later one; the days
    // worked in both count against it, the internship's do not.
    run(*db,
        "INSERT INTO placement (id, learner_id, kind, start_date, end_date, target_days) "
        "VALUES (1, 1, 'workplace_learning', '2024-09-30', '2024-12-20', 20), "
        "       (2, 1, 'workplace_learning', '2025-01-06', '2025-06-30', 25), "
        "       (3, 1, 'internship', '2025-02-03', '2025-06-30', 10)");
    run(*db,
        "INSERT INTO placement_day (placement_id, date, status) VALUES "
        "(1, '2024-10-01', 'worked'), (2, '2025-01-06', 'worked'), "
        "(2, '2025-01-07', 'worked'), (2, '2025-01-08', 'absent_excused'), "
        "(2, '2025-01-09', 'cancelled'), (2, '2025-03-20', 'planned'), "
        "(3, '2025-02-04', 'worked')");

    const auto entries = require(CaseloadQuery(*db, clock).all());
    REQUIRE(entries.size() == 2);
    const CaseloadEntry &zoe = entries.front().id == 1 ? entries.front() : entries.back();
    CHECK(zoe.lastName == QStringLiteral("Çelik"));
    REQUIRE(zoe.nextAction);
    CHECK(zoe.nextAction->description == QStringLiteral("first open"));
    CHECK(zoe.nextAction->due == QDate(2025, 3, 20));
    CHECK(zoe.openActions == 3);
    CHECK(zoe.hasOwnOpenAction); // the undated one is the SPOC's
    REQUIRE(zoe.nextContact);
    CHECK(zoe.nextContact->date == QDate(2025, 3, 19));
    CHECK(zoe.nextContact->kind == ContactKind::HomeVisit);
    CHECK(zoe.nextContact->withWhom == QStringLiteral("partner"));
    CHECK(zoe.openBarriers == 2);
    REQUIRE(zoe.placement);
    CHECK(zoe.placement->placementId == 2);
    CHECK(zoe.placement->workedDays == 3); // 1 in the first, 2 in the second
    CHECK(zoe.placement->targetDays == 25);
    CHECK(zoe.nextStep(clock.today()).kind == NextStep::Kind::Contact);

    const CaseloadEntry &jan = entries.front().id == 2 ? entries.front() : entries.back();
    CHECK(jan.lastName == QStringLiteral("Leeg"));
    CHECK_FALSE(jan.phaseSince.isValid());
    CHECK_FALSE(jan.nextAction);
    CHECK_FALSE(jan.nextContact);
    CHECK_FALSE(jan.placement);
    CHECK(jan.openBarriers == 0);
    CHECK(jan.nextStep(clock.today()).kind == NextStep::Kind::None);
}

TEST_CASE("the caseload list counts the days worked in every placement against the trajectory's "
          "target, not those of the newest placement alone")
{
    // The list said "0 / 45 days" after the newest placement, which starts
    // in May, while the current one stood at 3 of 45.
    FixedClock clock(traject::test::fixedToday()); // Friday 14 March 2025
    auto db = traject::test::memoryDatabase();
    run(*db,
        "INSERT INTO learner (id, first_name, last_name, phase, phase_since) "
        "VALUES (1, 'Lina', 'Haddad', 'training', '2025-02-03')");
    run(*db,
        "INSERT INTO placement (id, learner_id, kind, start_date, end_date, target_days) "
        "VALUES (1, 1, 'orientation', '2025-01-13', '2025-01-17', 0), "
        "       (2, 1, 'workplace_learning', '2025-03-03', '2025-04-30', 45), "
        "       (3, 1, 'workplace_learning', '2025-05-05', '2025-06-27', 45)");
    // The orientation's day, the current placement's 3 worked, 1 absent and 2 not yet filled in
    // (Tuesday and Thursday), the future days of both.
    run(*db,
        "INSERT INTO placement_day (placement_id, date, status) VALUES "
        "(1, '2025-01-14', 'worked'), "
        "(2, '2025-03-04', 'worked'), (2, '2025-03-05', 'absent_unexcused'), "
        "(2, '2025-03-06', 'worked'), (2, '2025-03-07', 'worked'), "
        "(2, '2025-03-11', 'planned'), (2, '2025-03-13', 'planned'), "
        "(2, '2025-03-18', 'planned'), (3, '2025-05-06', 'planned')");

    const auto lina = require(CaseloadQuery(*db, clock).forLearner(1));
    REQUIRE(lina);
    REQUIRE(lina->placement);
    CHECK(lina->placement->placementId == 3);
    CHECK(lina->placement->workedDays == 3);
    CHECK(lina->placement->targetDays == 45);
}

TEST_CASE("the next step is the action or the appointment, whichever comes first")
{
    const QDate today = traject::test::fixedToday();
    CaseloadEntry entry;
    entry.nextAction
        = CaseloadAction { QStringLiteral("call"), today.addDays(3), ActionOwner::Spoc };
    entry.nextContact = CaseloadContact { today.addDays(5), ContactKind::Phone, {}, {} };
    CHECK(entry.nextStep(today).kind == NextStep::Kind::Action);
    entry.nextContact->date = today.addDays(2);
    CHECK(entry.nextStep(today).kind == NextStep::Kind::Contact);
    // An action without a due date gives way to any appointment.
    entry.nextAction->due = QDate();
    CHECK(entry.nextStep(today).kind == NextStep::Kind::Contact);
    entry.nextContact.reset();
    CHECK(entry.nextStep(today).kind == NextStep::Kind::Action);
    CHECK_FALSE(entry.nextStep(today).date.isValid());
    CHECK_FALSE(entry.nextStep(today).overdue);
    entry.nextAction->due = today.addDays(-1);
    CHECK(entry.nextStep(today).overdue);
    entry.nextAction->due = today;
    CHECK_FALSE(entry.nextStep(today).overdue);
}

} // namespace TRAJECT_UNITY_ID
