// SPDX-License-Identifier: GPL-3.0-or-later
// An erased learner stays erased: the register of erasures beside the database (ids and dates
// only) is applied again after every restore, erasing finds every backup that holds the learner
// by id and can erase them there too, and backups older than the retention period expire.
#include "RepositoryFixtures.h"

#include "privacy/Erasure.h"
#include "storage/AuditLog.h"
#include "storage/Backups.h"
#include "storage/ErasureRegister.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0));
}

qint64 learnersWithId(const QString &path, qint64 id)
{
    auto db = require(Database::openForReading(path));
    return rowCount(*db, "learner", QStringLiteral("id = %1").arg(id));
}

struct Caseload
{
    QTemporaryDir home;
    QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    qint64 kept = 0;
    qint64 erased = 0;

    Caseload()
    {
        auto db = require(Database::open(path));
        FixedClock clock(at(2));
        kept = addLearner(*db, clock, QStringLiteral("Blijft"));
        erased = addLearner(*db, clock, QStringLiteral("Vervoort"));
    }

    void erase(const QDateTime &when) const
    {
        auto db = require(Database::open(path));
        FixedClock clock(when);
        require(Erasure::eraseLearner(*db, clock, erased));
    }
};

} // namespace

TEST_CASE("The register holds the erased learner's id and date, nothing else")
{
    Caseload caseload;
    caseload.erase(at(5, 14));
    const QString registerFile = ErasureRegister::pathFor(caseload.path);
    REQUIRE(QFileInfo::exists(registerFile));
    CHECK((QFile::permissions(registerFile)
           & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
          == 0);
    CHECK_FALSE(fileContents(registerFile).contains("Vervoort"));
    const auto records = require(ErasureRegister::read(caseload.path));
    REQUIRE(records.size() == 1);
    CHECK(records.front().learnerId == caseload.erased);
    CHECK(records.front().erasedAt == at(5, 14));
}

TEST_CASE("A restored backup from before the learner existed gives the erased id to nobody")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    qint64 erased = 0;
    {
        auto db = require(Database::open(path));
        FixedClock clock(at(2));
        addLearner(*db, clock, QStringLiteral("Eerste"));
    }
    const BackupInfo early = require(Backups(path).make(30, at(3)));
    {
        auto db = require(Database::open(path));
        FixedClock clock(at(4));
        erased = addLearner(*db, clock, QStringLiteral("Tweede"));
        require(Erasure::eraseLearner(*db, clock, erased));
    }
    QString problem;
    require(Backups::restore(early.path, path, at(6), &problem));
    CHECK(problem.isEmpty());

    auto db = require(Database::open(path));
    FixedClock clock(at(6, 10));
    CHECK(addLearner(*db, clock, QStringLiteral("Nieuw")) > erased);
    // The erasure is in the restored file's audit log again.
    const auto entries = require(AuditLog(*db, clock).entries());
    CHECK(std::any_of(entries.begin(), entries.end(), [&](const AuditEntry &entry) {
        return entry.action == AuditAction::Erase && entry.subject == learnerSubject(erased);
    }));
    CHECK(require(AuditLog(*db, clock).verify()).intact);
}

TEST_CASE("Erasing finds every backup that holds the learner by id, also after a rename")
{
    Caseload caseload;
    const Backups backups(caseload.path);
    const BackupInfo automatic = require(backups.make(30, at(3)));
    const QString chosen = caseload.home.filePath(QStringLiteral("usb/kopie.sqlite"));
    REQUIRE(QDir().mkpath(QFileInfo(chosen).absolutePath()));
    require(backups.copyTo(chosen, at(3, 12)));
    {
        // The learner marries and takes another name after those backups.
        auto db = require(Database::open(caseload.path));
        FixedClock clock(at(4));
        Learner learner = require(LearnerRepository(*db, clock).get(caseload.erased));
        learner.lastName = QStringLiteral("Janssens");
        require(LearnerRepository(*db, clock).update(learner));
    }
    const BackupInfo renamed = require(backups.make(30, at(4, 12)));

    const QStringList holding = Erasure::backupsHolding(caseload.path, caseload.erased);
    CHECK(holding.size() == 3);
    for (const QString &path : { automatic.path, renamed.path, chosen })
        CHECK(holding.contains(QFileInfo(path).absoluteFilePath()));

    auto db = require(Database::open(caseload.path));
    FixedClock clock(at(5));
    require(Erasure::eraseLearner(*db, clock, caseload.erased));
    const auto outcome = Erasure::eraseFromBackups(*db, clock, caseload.erased, holding);
    CHECK(outcome.problems.isEmpty());
    CHECK(outcome.erased.size() == 3);
    for (const QString &path : holding) {
        INFO(path.toStdString());
        CHECK(learnersWithId(path, caseload.erased) == 0);
        CHECK(learnersWithId(path, caseload.kept) == 1);
        CHECK_FALSE(fileContents(path).contains("Vervoort"));
        require(Backups::checkIntegrity(path));
    }
    CHECK(Erasure::backupsHolding(caseload.path, caseload.erased).isEmpty());
    // The audit log says from how many backups, never which.
    const auto entries = require(AuditLog(*db, clock).entries());
    CHECK(entries.back().action == AuditAction::Erase);
    CHECK(entries.back().detail == QStringLiteral("from 3 backups"));
}

TEST_CASE("A damaged register stops an erasure before anything is erased")
{
    Caseload caseload;
    {
        QFile damaged(ErasureRegister::pathFor(caseload.path));
        REQUIRE(damaged.open(QIODevice::WriteOnly));
        damaged.write("{ half a file");
    }
    auto db = require(Database::open(caseload.path));
    FixedClock clock(at(5));
    const auto erased = Erasure::eraseLearner(*db, clock, caseload.erased);
    REQUIRE_FALSE(erased);
    CHECK(erased.error().message.contains(QStringLiteral("damaged")));
    CHECK(rowCount(*db, "learner", QStringLiteral("id = %1").arg(caseload.erased)) == 1);
}

TEST_CASE("Backups older than the retention period expire, whatever their kind")
{
    Caseload caseload;
    const Backups backups(caseload.path);
    const QDateTime longAgo = at(2).addYears(-6);
    const BackupInfo old = require(backups.make(30, longAgo));
    const BackupInfo recent = require(backups.make(30, at(2)));
    REQUIRE(backups.list().size() == 2);

    // Without a retention period only the count prunes: both stay.
    require(backups.make(30, at(3)));
    CHECK(QFileInfo::exists(old.path));
    // With five years, the six-year-old one goes; the recent ones stay.
    require(backups.make(30, at(4), 5));
    CHECK_FALSE(QFileInfo::exists(old.path));
    CHECK(QFileInfo::exists(recent.path));
    CHECK(backups.list().size() == 3);
}

} // namespace TRAJECT_UNITY_ID
