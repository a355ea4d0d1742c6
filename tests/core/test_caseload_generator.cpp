// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/CaseloadGenerator.h"
#include "storage/CaseloadQuery.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QSet>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {
qint64 count(const Database &db, const char *statement)
{
    return require(sql::scalar(db, QString::fromLatin1(statement)));
}
} // namespace

TEST_CASE("a generated caseload of 50 learners has proportional, consistent data")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    const auto summary = require(demo::generateCaseload(*db, clock, 50, 7));

    CHECK(summary.learners == 50);
    CHECK(count(*db, "SELECT count(*) FROM learner") == 50);
    CHECK(count(*db, "SELECT count(*) FROM placement_day") == summary.placementDays);
    CHECK(count(*db, "SELECT count(*) FROM barrier") == summary.barriers);
    CHECK(count(*db, "SELECT count(*) FROM action") == summary.actions);
    CHECK(count(*db, "SELECT count(*) FROM contact_moment") == summary.contacts);
    CHECK(count(*db, "SELECT count(*) FROM module_plan") == summary.modulePlans);

    // Per learner on average about 50 placement days, 5 barriers, 10 actions, 20 contacts.
    CHECK(summary.placementDays >= 30 * 50);
    CHECK(summary.placementDays <= 70 * 50);
    CHECK(summary.barriers >= 4 * 50);
    CHECK(summary.barriers <= 6 * 50);
    CHECK(summary.actions >= 8 * 50);
    CHECK(summary.actions <= 12 * 50);
    CHECK(summary.contacts >= 14 * 50);
    CHECK(summary.contacts <= 26 * 50);
    // Those who reached the training have an enrolment with a module plan.
    CHECK(summary.enrolments >= 25);
    CHECK(count(*db,
                "SELECT count(*) FROM learner l WHERE l.phase IN ('training', 'aftercare', "
                "'outflow') AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE "
                "e.learner_id = l.id)")
          == 0);
    CHECK(count(*db,
                "SELECT count(*) FROM enrolment e WHERE NOT EXISTS (SELECT 1 FROM "
                "module_plan m WHERE m.enrolment_id = e.id)")
          == 0);

    // Nothing dangling, and every learner is one a SPOC could have typed.
    CHECK(count(*db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    QSet<Phase> phases;
    for (const auto &learner : require(LearnerRepository(*db, clock).all())) {
        INFO(learner.fullName().toStdString());
        CHECK(learner.validate(clock.today()).isEmpty());
        phases.insert(learner.phase);
        const auto history = require(LearnerRepository(*db, clock).phaseHistory(learner.id));
        REQUIRE_FALSE(history.empty());
        CHECK(history.back().to == learner.phase);
        CHECK(history.back().date == learner.phaseSince);
    }
    CHECK(phases.size() >= 6);
    // The caseload list reads it.
    CHECK(require(CaseloadQuery(*db, clock).all()).size() == 50);
}

TEST_CASE("the generator refuses a database that already holds learners")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    (void)require(demo::generateCaseload(*db, clock, 3, 1));
    const auto again = demo::generateCaseload(*db, clock, 3, 1);
    CHECK_FALSE(again.ok());
    CHECK(count(*db, "SELECT count(*) FROM learner") == 3);
}

} // namespace TRAJECT_UNITY_ID
