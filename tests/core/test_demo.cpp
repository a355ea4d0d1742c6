// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/Sql.h"

#include <QSet>

using namespace traject;
using traject::test::require;

namespace {
int count(const Database &db, const char *statement)
{
    auto query = require(sql::exec(db, QString::fromLatin1(statement)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}
} // namespace

TEST_CASE("the demo caseload has 25 learners in every phase, with their whole trajectory")
{
    const QDate today
        = GENERATE(QDate(2025, 3, 14), QDate(2026, 11, 22), QDate(2024, 2, 29), QDate(2027, 9, 1));
    CAPTURE(today);
    FixedClock clock(today);
    auto db = traject::test::memoryDatabase();
    const auto summary = require(demo::fillDemoCaseload(*db, clock));

    CHECK(summary.learners == 25);
    CHECK(count(*db, "SELECT count(*) FROM learner") == 25);
    QSet<Phase> phases;
    for (const auto &learner : require(LearnerRepository(*db, clock).all())) {
        phases.insert(learner.phase);
        CHECK(learner.validate(today).isEmpty());
        CHECK(learner.phaseSince <= today);
    }
    CHECK(phases.size() == static_cast<int>(allValues<Phase>().size()));

    CHECK(count(*db, "SELECT count(*) FROM programme") == 2);
    CHECK(summary.enrolments >= 12);
    CHECK(count(*db, "SELECT count(*) FROM enrolment") == summary.enrolments);
    CHECK(count(*db, "SELECT count(*) FROM placement_day") == summary.placementDays);
    CHECK(summary.placementDays > 300);
    CHECK(count(*db, "SELECT count(*) FROM placement_day WHERE status = 'worked'") > 100);
    CHECK(count(*db, "SELECT count(*) FROM placement_day WHERE status = 'planned'") > 10);
    CHECK(count(*db, "SELECT count(*) FROM barrier") == summary.barriers);
    CHECK(count(*db, "SELECT count(DISTINCT category) FROM barrier") >= 8);
    CHECK(count(*db, "SELECT count(*) FROM action") == summary.actions);
    CHECK(count(*db, "SELECT count(*) FROM contact_moment WHERE status = 'planned'") >= 15);
    CHECK(count(*db, "SELECT count(*) FROM aftercare") == 4);
    CHECK(count(*db, "SELECT count(*) FROM outcome") == 1);
    CHECK(count(*db, "SELECT count(*) FROM role_assignment") >= 50);
    CHECK(count(*db, "SELECT count(*) FROM phase_change WHERE reason_code <> ''") == 2);
    // No placement day on a weekend, and every day lies inside its placement.
    CHECK(count(*db, "SELECT count(*) FROM placement_day WHERE strftime('%w', date) IN ('0', '6')")
          == 0);
    CHECK(count(*db,
                "SELECT count(*) FROM placement_day d JOIN placement p ON p.id = d.placement_id "
                "WHERE d.date < p.start_date OR d.date > p.end_date")
          == 0);
    // Work-place learning aims at 44 to 47 days.
    CHECK(count(*db,
                "SELECT count(*) FROM (SELECT placement_id, count(*) AS n FROM placement_day d "
                "JOIN placement p ON p.id = d.placement_id WHERE p.kind = 'workplace_learning' "
                "GROUP BY placement_id HAVING n NOT BETWEEN 40 AND 47)")
          == 0);
}

TEST_CASE("demo data is never added to a database that holds learners")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const auto again = demo::fillDemoCaseload(*db, clock);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("empty database")));
    CHECK(count(*db, "SELECT count(*) FROM learner") == 25);
}

TEST_CASE("the demo caseload is the same for the same seed and day")
{
    FixedClock clock(traject::test::fixedToday());
    auto first = traject::test::memoryDatabase();
    auto second = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*first, clock, 7));
    require(demo::fillDemoCaseload(*second, clock, 7));
    const char *fingerprint
        = "SELECT group_concat(first_name || birth_date || phone, '|') FROM learner";
    auto a = require(sql::exec(*first, QString::fromLatin1(fingerprint)));
    auto b = require(sql::exec(*second, QString::fromLatin1(fingerprint)));
    REQUIRE(a.next());
    REQUIRE(b.next());
    CHECK(a.value(0).toString() == b.value(0).toString());
}
