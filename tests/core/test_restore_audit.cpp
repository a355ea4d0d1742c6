// SPDX-License-Identifier: GPL-3.0-or-later
// A restored backup says so in the audit log of the database in use.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "privacy/Erasure.h"
#include "storage/AuditLog.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0));
}

} // namespace

TEST_CASE("a restore is written in the audit log of the restored database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    {
        auto db = require(Database::open(path));
        FixedClock clock(fixedToday());
        require(demo::fillDemoCaseload(*db, clock));
        // An entry made before the backup stays; an export made after it goes with the restore
        // (the restored database never made that export). An erasure made after the backup is
        // another matter: see the test at the end.
        require(AuditLog(*db, clock).append(AuditAction::Export, learnerSubject(2)));
    }
    const BackupInfo backup = require(Backups(path).make(30, at(13)));
    {
        auto db = require(Database::open(path));
        FixedClock clock(at(13, 15));
        require(AuditLog(*db, clock).append(AuditAction::Export, learnerSubject(3)));
    }
    const QByteArray backupBytes = fileChecksum(backup.path);

    QString auditProblem;
    const QString safety = require(Backups::restore(backup.path, path, at(14, 10), &auditProblem));
    CHECK(auditProblem.isEmpty());
    // The backup itself is left as it was; only the database in use gets the entry.
    CHECK(fileChecksum(backup.path) == backupBytes);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    auto db = require(Database::open(path));
    FixedClock clock(at(14, 11));
    const AuditLog log(*db, clock);
    const auto entries = require(log.entries());
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).action == AuditAction::Export);
    const AuditEntry &restore = entries.at(1);
    CHECK(restore.action == AuditAction::Restore);
    CHECK(restore.at == at(14, 10));
    CHECK(restore.subject == QStringLiteral("backup caseload-20250313-090000.sqlite"));
    CHECK(restore.detail
          == QStringLiteral("made 2025-03-13 09:00:00; safety copy ")
              + QFileInfo(safety).fileName());
    CHECK(require(log.verify()).intact);
}

TEST_CASE("a backup with a name of its own is logged with the time of its file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    {
        auto db = require(Database::open(path));
        FixedClock clock(fixedToday());
        require(demo::fillDemoCaseload(*db, clock));
    }
    const QString chosen = dir.filePath(QStringLiteral("mijn kopie.sqlite"));
    require(Backups(path).copyTo(chosen, QDateTime::currentDateTime()));
    QFile file(chosen);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(at(2, 16), QFileDevice::FileModificationTime));
    file.close();
    CHECK(Backups::madeAt(chosen) == at(2, 16));

    require(Backups::restore(chosen, path, at(14)));
    auto db = require(Database::open(path));
    FixedClock clock(at(14));
    const auto entries = require(AuditLog(*db, clock).entries());
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).subject == QStringLiteral("backup mijn kopie.sqlite"));
    CHECK(entries.at(0).detail.startsWith(QStringLiteral("made 2025-03-02 16:00:00; ")));
}

TEST_CASE("a refused restore writes nothing in the audit log")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    {
        auto db = require(Database::open(path));
        FixedClock clock(fixedToday());
        require(demo::fillDemoCaseload(*db, clock));
    }
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QFile file(foreign);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    REQUIRE_FALSE(Backups::restore(foreign, path, at(14)).ok());
    auto db = require(Database::open(path));
    FixedClock clock(at(14));
    CHECK(require(AuditLog(*db, clock).entries()).empty());
}

// Restoring a backup made before an erasure does not bring the learner back, and the erasure
// stays in the audit log (the register of erasures beside the database is applied again).
TEST_CASE("an erased learner stays erased when an older backup is restored")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    {
        auto db = require(Database::open(path));
        FixedClock clock(fixedToday());
        require(demo::fillDemoCaseload(*db, clock));
    }
    const BackupInfo backup = require(Backups(path).make(30, at(13)));
    {
        auto db = require(Database::open(path));
        FixedClock clock(at(13, 15));
        require(Erasure::eraseLearner(*db, clock, 3));
    }
    require(Backups::restore(backup.path, path, at(14, 10)));

    auto db = require(Database::open(path));
    CHECK(require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM learner WHERE id = 3")))
          == 0);
    FixedClock clock(at(14, 11));
    const auto entries = require(AuditLog(*db, clock).entries());
    CHECK(std::any_of(entries.begin(), entries.end(), [](const AuditEntry &entry) {
        return entry.action == AuditAction::Erase && entry.subject == learnerSubject(3);
    }));
}

} // namespace TRAJECT_UNITY_ID
