// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/internal/DeletionSnapshot.h"
#include "storage/internal/Sql.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

QString dump(const Database &db)
{
    return traject::test::dumpDatabase(db);
}

int count(const Database &db, const QString &statement)
{
    auto query = require(sql::exec(db, statement));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("a deleted row and everything that went with it come back exactly")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const QString before = dump(*db);

    const auto [tableName, pick] = GENERATE(table<const char *, const char *>({
        // a learner in training: enrolment, plans, placement with days, barriers, actions, ...
        { "learner", "SELECT learner_id FROM enrolment LIMIT 1" },
        { "barrier", "SELECT barrier_id FROM action WHERE barrier_id IS NOT NULL LIMIT 1" },
        { "placement", "SELECT placement_id FROM placement_day LIMIT 1" },
        // an enrolment: its placements are unlinked (SET NULL), not removed
        { "enrolment",
          "SELECT enrolment_id FROM placement WHERE enrolment_id IS NOT NULL LIMIT 1" },
        // a site: its closures go, placements and people are unlinked
        { "organisation", "SELECT site_id FROM closure_period WHERE site_id IS NOT NULL LIMIT 1" },
        { "aftercare", "SELECT learner_id FROM aftercare LIMIT 1" },
    }));
    CAPTURE(tableName);
    const qint64 id = count(*db, QString::fromLatin1(pick));
    REQUIRE(id > 0);

    const auto snapshot
        = require(DeletionSnapshot::capture(*db, QString::fromLatin1(tableName), id));
    CHECK(snapshot.rowCount() >= 1);
    require(DeletionSnapshot::remove(*db, QString::fromLatin1(tableName), id));
    CHECK(dump(*db) != before);
    require(snapshot.restore(*db));
    CHECK(dump(*db) == before);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
}

TEST_CASE("a learner's snapshot holds all of their rows")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const qint64 id = count(*db, QStringLiteral("SELECT learner_id FROM placement LIMIT 1"));
    const int expected = 1
        + count(*db,
                QStringLiteral("SELECT (SELECT count(*) FROM learner_child WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM phase_change WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM role_assignment WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM enrolment WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM module_plan WHERE enrolment_id IN (SELECT "
                               "id FROM enrolment WHERE learner_id = %1))"
                               " + (SELECT count(*) FROM placement WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM placement_day WHERE placement_id IN "
                               "(SELECT id FROM placement WHERE learner_id = %1))"
                               " + (SELECT count(*) FROM barrier WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM action WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM barrier_block WHERE barrier_id IN "
                               "(SELECT id FROM barrier WHERE learner_id = %1))"
                               " + (SELECT count(*) FROM contact_moment WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM aftercare WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM outcome WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM intake WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM intake_answer WHERE intake_id IN (SELECT "
                               "id FROM intake WHERE learner_id = %1))"
                               " + (SELECT count(*) FROM support_person WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM consent WHERE learner_id = %1)"
                               " + (SELECT count(*) FROM esf_answer WHERE learner_id = %1)")
                    .arg(id));
    const auto snapshot = require(DeletionSnapshot::capture(*db, QStringLiteral("learner"), id));
    CHECK(snapshot.rowCount() == expected);
}

} // namespace TRAJECT_UNITY_ID
