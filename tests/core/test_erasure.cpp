// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyFixtures.h"
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "privacy/Erasure.h"
#include "storage/AuditLog.h"
#include "storage/internal/Sql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::privacyMarker;
using traject::test::require;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Whether the marker can be read in the database file or its write-ahead log.
bool markerOnDisk(const QString &path)
{
    const QByteArray marker = privacyMarker.toUtf8();
    return fileBytes(path).contains(marker)
        || fileBytes(path + QLatin1String("-wal")).contains(marker);
}

qint64 count(const Database &db, const QString &statement, qint64 learnerId = 0)
{
    return require(sql::scalar(db, statement, { { QStringLiteral("id"), learnerId } }));
}

} // namespace

TEST_CASE("erasing a learner leaves nothing of their text in the database file or its log")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("traject.sqlite"));
    FixedClock clock(traject::test::fixedToday());
    qint64 learnerId = 0;
    qint64 learners = 0;
    QString otherNotes;
    {
        auto db = require(Database::open(path));
        require(demo::fillDemoCaseload(*db, clock));
        learnerId = traject::test::learnerWithIntake(*db);
        traject::test::markLearner(*db, learnerId);
        learners = count(*db, QStringLiteral("SELECT count(*) FROM learner"));
        otherNotes = require(sql::selectOne<QString>(
            *db, QStringLiteral("SELECT group_concat(notes, '|') FROM learner WHERE id <> :id"),
            { { QStringLiteral("id"), learnerId } },
            [](const QSqlQuery &query) { return query.value(0).toString(); }, {}));
        CHECK(markerOnDisk(path)); // the test can see the marker when it is there

        const auto summary = require(Erasure::eraseLearner(*db, clock, learnerId));
        CHECK(summary.learnerId == learnerId);
        REQUIRE_FALSE(summary.removed.isEmpty());
        CHECK(summary.removed.first() == qMakePair(QStringLiteral("learner"), 1));
        const QString detail = summary.detail();
        CHECK(detail.contains(QStringLiteral("barrier ")));
        CHECK(detail.contains(QStringLiteral("intake_answer ")));

        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM learner")) == learners - 1);
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM barrier WHERE learner_id = :id"),
                    learnerId)
              == 0);
        CHECK(
            require(sql::selectOne<QString>(
                *db, QStringLiteral("SELECT group_concat(notes, '|') FROM learner WHERE id <> :id"),
                { { QStringLiteral("id"), learnerId } },
                [](const QSqlQuery &query) { return query.value(0).toString(); }, {}))
            == otherNotes);
        CHECK(count(*db, QStringLiteral("PRAGMA secure_delete")) == 1);

        AuditLog log(*db, clock);
        const auto entries = require(log.entries());
        REQUIRE(entries.size() == 1);
        CHECK(entries.front().action == AuditAction::Erase);
        CHECK(entries.front().subject == learnerSubject(learnerId));
        CHECK(entries.front().detail == detail);
        CHECK(require(log.verify()).intact);
        CHECK_FALSE(markerOnDisk(path));
    }
    CHECK_FALSE(markerOnDisk(path));
    auto reopened = require(Database::open(path));
    CHECK(count(*reopened, QStringLiteral("SELECT count(*) FROM learner")) == learners - 1);
    CHECK(traject::test::textContaining(*reopened, privacyMarker).isEmpty());
}

TEST_CASE("erasing an unknown learner changes nothing and says so")
{
    auto db = traject::test::memoryDatabase();
    FixedClock clock(traject::test::fixedToday());
    require(demo::fillDemoCaseload(*db, clock));
    const qint64 learners = count(*db, QStringLiteral("SELECT count(*) FROM learner"));
    auto result = Erasure::eraseLearner(*db, clock, 9999);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == QStringLiteral("There is no learner with number 9999."));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM learner")) == learners);
    CHECK(require(AuditLog(*db, clock).entries()).empty());
}

TEST_CASE("the backups that still hold an erased learner are listed")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("traject.sqlite"));
    const QString backups = Erasure::backupFolderOf(path);
    CHECK(backups == QDir(dir.path()).filePath(QStringLiteral("backups")));
    REQUIRE(QDir().mkpath(backups));
    FixedClock clock(traject::test::fixedToday());
    auto db = require(Database::open(path));
    require(demo::fillDemoCaseload(*db, clock));
    const qint64 learnerId = traject::test::learnerWithIntake(*db);

    const QString before = QDir(backups).filePath(QStringLiteral("traject-20250101.sqlite"));
    require(sql::exec(*db, QStringLiteral("VACUUM INTO :target"),
                      { { QStringLiteral("target"), before } }));
    QFile(QDir(backups).filePath(QStringLiteral("notes.txt"))).open(QIODevice::WriteOnly);
    QFile broken(QDir(backups).filePath(QStringLiteral("broken.sqlite")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("not a database");
    broken.close();

    require(Erasure::eraseLearner(*db, clock, learnerId));
    const QString after = QDir(backups).filePath(QStringLiteral("traject-20250102.sqlite"));
    require(sql::exec(*db, QStringLiteral("VACUUM INTO :target"),
                      { { QStringLiteral("target"), after } }));

    // Found by id: whatever name the learner had then (test_erasure_register renames one).
    CHECK(Erasure::backupsHolding(path, learnerId) == QStringList { before });
    CHECK(Erasure::backupsHolding(path, 9999).isEmpty());
    CHECK(fileBytes(before).size() > 0); // the backup itself was not changed
}

} // namespace TRAJECT_UNITY_ID
