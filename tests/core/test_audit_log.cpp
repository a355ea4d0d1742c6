// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/internal/Sql.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

void appendThree(AuditLog &log, FixedClock &clock)
{
    require(log.append(AuditAction::Export, learnerSubject(3), QStringLiteral("learner 1")));
    clock.set(clock.now().addSecs(60));
    require(
        log.append(AuditAction::Erase, learnerSubject(4), QStringLiteral("learner 1, barrier 2")));
    clock.set(clock.now().addSecs(60));
    require(log.append(AuditAction::Backup, QStringLiteral("database"), {}));
}

} // namespace

TEST_CASE("the audit log records what and when, each entry chained to the one before")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(QDateTime(traject::test::fixedToday(), QTime(9, 30)));
    AuditLog log(*db, clock);
    appendThree(log, clock);

    const auto entries = require(log.entries());
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(0).action == AuditAction::Export);
    CHECK(entries.at(0).subject == QStringLiteral("learner 3"));
    CHECK(entries.at(0).at == QDateTime(traject::test::fixedToday(), QTime(9, 30)));
    CHECK(entries.at(0).previousHash.isEmpty());
    CHECK(entries.at(1).previousHash == entries.at(0).hash);
    CHECK(entries.at(2).previousHash == entries.at(1).hash);
    CHECK(entries.at(1).hash.size() == 64);
    CHECK(entries.at(1).detail == QStringLiteral("learner 1, barrier 2"));

    const auto check = require(log.verify());
    CHECK(check.intact);
}

TEST_CASE("an empty audit log is intact")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(traject::test::fixedToday());
    CHECK(require(AuditLog(*db, clock).verify()).intact);
}

TEST_CASE("an audit entry written inside a transaction that is rolled back leaves no trace")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(traject::test::fixedToday());
    AuditLog log(*db, clock);
    {
        Transaction transaction(*db);
        require(log.append(AuditAction::Import, QStringLiteral("template"), {}));
    }
    CHECK(require(log.entries()).empty());
    require(log.append(AuditAction::Restore, QStringLiteral("database"), {}));
    CHECK(require(log.verify()).intact);
}

TEST_CASE("the audit check names the entry that was changed or follows a removed one")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(QDateTime(traject::test::fixedToday(), QTime(9, 30)));
    AuditLog log(*db, clock);
    appendThree(log, clock);
    const auto entries = require(log.entries());

    SECTION("a changed detail")
    {
        require(sql::exec(*db,
                          QStringLiteral("UPDATE audit_entry SET detail = 'learner 9' "
                                         "WHERE id = :id"),
                          { { QStringLiteral("id"), entries.at(1).id } }));
        const auto check = require(log.verify());
        CHECK_FALSE(check.intact);
        CHECK(check.brokenEntry == entries.at(1).id);
        CHECK(
            check.reason
            == QStringLiteral("Entry %1 was changed after it was written.").arg(entries.at(1).id));
    }
    SECTION("a changed time with its hash recomputed breaks the link of the next entry")
    {
        const auto &middle = entries.at(1);
        const QString at = QStringLiteral("2020-01-01T00:00:00");
        const QString hash = AuditLog::hashOf(middle.previousHash, at, QStringLiteral("erase"),
                                              middle.subject, middle.detail);
        require(sql::exec(*db,
                          QStringLiteral("UPDATE audit_entry SET at = :at, hash = :hash "
                                         "WHERE id = :id"),
                          { { QStringLiteral("at"), at },
                            { QStringLiteral("hash"), hash },
                            { QStringLiteral("id"), middle.id } }));
        const auto check = require(log.verify());
        CHECK_FALSE(check.intact);
        CHECK(check.brokenEntry == entries.at(2).id);
    }
    SECTION("a removed middle entry")
    {
        require(sql::exec(*db, QStringLiteral("DELETE FROM audit_entry WHERE id = :id"),
                          { { QStringLiteral("id"), entries.at(1).id } }));
        const auto check = require(log.verify());
        CHECK_FALSE(check.intact);
        CHECK(check.brokenEntry == entries.at(2).id);
    }
    SECTION("a removed last entry")
    {
        require(sql::exec(*db, QStringLiteral("DELETE FROM audit_entry WHERE id = :id"),
                          { { QStringLiteral("id"), entries.at(2).id } }));
        const auto check = require(log.verify());
        CHECK_FALSE(check.intact);
        CHECK(check.brokenEntry == entries.at(2).id);
    }
}

} // namespace TRAJECT_UNITY_ID
