// SPDX-License-Identifier: GPL-3.0-or-later
// Ids are never given twice: an audit entry ("learner 12") or a calendar event made for one
// person never comes to point at another, also after the newest learner is erased, and also in a
// database made by an older version (schema step 9).
#include "RepositoryFixtures.h"

#include "exchange/IcsExport.h"
#include "privacy/Erasure.h"
#include "storage/LogbookRepository.h"

#include <QRegularExpression>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

qint64 addAppointment(Database &db, const Clock &clock, qint64 learnerId, QDate date)
{
    ContactMoment moment;
    moment.learnerId = learnerId;
    moment.date = date;
    moment.kind = ContactKind::Conversation;
    moment.status = ContactStatus::Planned;
    return require(LogbookRepository(db, clock).add(moment));
}

} // namespace

TEST_CASE("After the newest learner is erased, the next learner gets a new id")
{
    FixedClock clock(fixedToday());
    auto db = require(Database::openInMemory());
    addLearner(*db, clock, QStringLiteral("Eerste"));
    const qint64 newest = addLearner(*db, clock, QStringLiteral("Nieuwste"));
    const qint64 moment = addAppointment(*db, clock, newest, fixedToday().addDays(3));
    require(Erasure::eraseLearner(*db, clock, newest));

    const qint64 next = addLearner(*db, clock, QStringLiteral("Volgende"));
    CHECK(next > newest);
    // Their rows too: an erased learner's appointment id is not given to another's.
    CHECK(addAppointment(*db, clock, next, fixedToday().addDays(3)) > moment);
}

TEST_CASE("A database of version 8 keeps every row when its ids become never reused")
{
    FixedClock clock(fixedToday());
    auto db = require(Database::openInMemoryAtVersion(8));
    // Filled as a program of version 8 did: its learner table, not today's.
    const auto oldLearner = [&db](const char *name) {
        return require(sql::insert(*db, QStringLiteral("learner"),
                                   { { QStringLiteral("first_name"), QStringLiteral("Amina") },
                                     { QStringLiteral("last_name"), QLatin1String(name) } }));
    };
    const qint64 first = oldLearner("Eerste");
    const qint64 second = oldLearner("Tweede");
    addAppointment(*db, clock, first, fixedToday().addDays(1));
    addAppointment(*db, clock, second, fixedToday().addDays(2));
    // Learner 40 was erased under version 8: only the audit log still names them.
    require(
        sql::exec(*db,
                  QStringLiteral("INSERT INTO audit_entry (at, action, subject, hash) "
                                 "VALUES ('2026-01-05T10:00:00', 'erase', 'learner 40', 'x')")));
    const QString indexesOfRebuiltTables = QStringLiteral(
        "type = 'index' AND tbl_name IN ('learner', 'placement_day', 'contact_moment')");
    const qint64 indexesBefore = rowCount(*db, "sqlite_schema", indexesOfRebuiltTables);
    REQUIRE(indexesBefore == 7);
    const qint64 learnersBefore = rowCount(*db, "learner");
    const qint64 momentsBefore = rowCount(*db, "contact_moment");
    REQUIRE(momentsBefore == 2);

    require(db->upgrade());
    CHECK(db->schemaVersion() == Database::latestVersion());

    // Making the learner table again deleted nothing that refers to it.
    CHECK(rowCount(*db, "learner") == learnersBefore);
    CHECK(rowCount(*db, "contact_moment") == momentsBefore);
    CHECK(rowCount(*db, "contact_moment", QStringLiteral("learner_id = %1").arg(second)) == 1);
    CHECK(require(LearnerRepository(*db, clock).get(first)).lastName == QStringLiteral("Eerste"));
    CHECK(rowCount(*db, "sqlite_schema", indexesOfRebuiltTables) == indexesBefore);
    CHECK(require(sql::scalar(*db, QStringLiteral("PRAGMA foreign_keys"))) == 1);

    // The next learner comes after every id the audit log names.
    CHECK(addLearner(*db, clock, QStringLiteral("Nieuw")) == 41);
}

TEST_CASE("Calendar events carry the database's own random id")
{
    FixedClock clock(fixedToday());
    auto one = require(Database::openInMemory());
    auto other = require(Database::openInMemory());
    const QString oneId = require(one->identity());
    const QString otherId = require(other->identity());
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(oneId).hasMatch());
    CHECK(oneId != otherId);
    CHECK(require(one->identity()) == oneId); // made once, not per call

    // The same row id in two databases: two events, never one.
    for (Database *db : { one.get(), other.get() }) {
        const qint64 learner = addLearner(*db, clock);
        addAppointment(*db, clock, learner, fixedToday().addDays(4));
    }
    const auto eventsOf
        = [&clock](Database &db) { return require(IcsExport(db, clock).events(1)); };
    const auto oneEvents = eventsOf(*one);
    const auto otherEvents = eventsOf(*other);
    REQUIRE(oneEvents.size() == 1);
    REQUIRE(otherEvents.size() == 1);
    CHECK(oneEvents.front().uid.contains(oneId));
    CHECK(oneEvents.front().uid != otherEvents.front().uid);
}

} // namespace TRAJECT_UNITY_ID
