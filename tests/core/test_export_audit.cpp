// SPDX-License-Identifier: GPL-3.0-or-later
// Every export is logged: the one shared step (auditedExport) keeps the audit entry only with a
// written file, and a backup to a chosen file (Backups::copyTo) is logged as a backup.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/AuditLog.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fixedToday;
using traject::test::require;

namespace {

std::vector<AuditEntry> entriesOf(Database &db)
{
    const FixedClock clock(fixedToday());
    return require(AuditLog(db, clock).entries());
}

} // namespace

TEST_CASE("an audited export keeps its entry only when the write succeeds")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(QDateTime(fixedToday(), QTime(10, 15)));

    int writes = 0;
    require(auditedExport(*db, clock, AuditAction::Export, learnerSubject(4),
                          QStringLiteral("overview, PDF, 2 pages"), [&]() -> Status {
                              ++writes;
                              return {};
                          }));
    CHECK(writes == 1);
    auto entries = entriesOf(*db);
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).action == AuditAction::Export);
    CHECK(entries.at(0).subject == QStringLiteral("learner 4"));
    CHECK(entries.at(0).detail == QStringLiteral("overview, PDF, 2 pages"));
    CHECK(entries.at(0).at == QDateTime(fixedToday(), QTime(10, 15)));

    // A failed write: its error comes back, and no entry is left.
    const auto failed = auditedExport(*db, clock, AuditAction::Export, caseloadSubject(),
                                      QStringLiteral("caseload list, CSV, 3 rows"), []() -> Status {
                                          return Error { QStringLiteral("full"), {} };
                                      });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message == QStringLiteral("full"));
    CHECK(entriesOf(*db).size() == 1);
    require(AuditLog(*db, clock).verify());
}

TEST_CASE("a backup to a chosen file is logged as a backup in the database; a failed one is not")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    {
        auto db = require(Database::open(path));
        FixedClock clock(fixedToday());
        require(demo::fillDemoCaseload(*db, clock));
    }
    const QDateTime now(fixedToday(), QTime(16, 40, 5));
    const QString chosen = dir.filePath(QStringLiteral("usb-copy.sqlite"));
    require(Backups(path).copyTo(chosen, now));

    auto db = require(Database::open(path));
    auto entries = entriesOf(*db);
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).action == AuditAction::Backup);
    CHECK(entries.at(0).subject == QStringLiteral("database"));
    CHECK(entries.at(0).detail
          == QStringLiteral("copy to a chosen file, 25 learners, not encrypted"));
    CHECK(entries.at(0).at == now);
    // Counts only: no name and no file name.
    const FixedClock clock(fixedToday());
    for (const Learner &learner : require(LearnerRepository(*db, clock).all())) {
        CHECK_FALSE(entries.at(0).detail.contains(learner.lastName));
        CHECK_FALSE(entries.at(0).subject.contains(learner.lastName));
    }
    CHECK_FALSE(entries.at(0).detail.contains(QStringLiteral("usb-copy")));
    db.reset();

    // Refused (a folder that is not there, the database itself): no entry.
    CHECK_FALSE(
        Backups(path).copyTo(dir.filePath(QStringLiteral("nowhere/copy.sqlite")), now).ok());
    CHECK_FALSE(Backups(path).copyTo(path, now).ok());
    db = require(Database::open(path));
    CHECK(entriesOf(*db).size() == 1);
}

} // namespace TRAJECT_UNITY_ID
