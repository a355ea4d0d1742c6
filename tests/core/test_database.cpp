// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "sqlite/SqliteDriver.h"

#include "storage/Database.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fileChecksum;
using traject::test::require;

namespace {

QVariant scalar(const Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0);
}

/// Writes a plain SQLite file that is not ours, through a separate connection.
void writeForeignSqlite(const QString &path, int applicationId, int userVersion)
{
    const QString name = QStringLiteral("foreign-writer");
    {
        auto db = sqlite::addDatabase(name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO songs VALUES ('Brabançonne')")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void addLearner(Database &db, const QString &firstName)
{
    FixedClock clock(traject::test::fixedToday());
    LearnerRepository learners(db, clock);
    Learner learner;
    learner.firstName = firstName;
    learner.lastName = QStringLiteral("Test");
    require(learners.add(learner));
}

} // namespace

TEST_CASE("a new file gets the whole schema, our application id, WAL and foreign keys")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/caseload.sqlite"));
    auto db = require(Database::open(path));
    CHECK(db->isNew());
    CHECK(db->schemaVersion() == Database::latestVersion());
    CHECK(Database::latestVersion() >= 1);
    CHECK(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt() == Database::ApplicationId);
    CHECK(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"))
              .toInt()
          >= 15);
    CHECK(db->preMigrationBackup().isEmpty());
}

TEST_CASE("an existing database opens again with its data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    {
        auto db = require(Database::open(path));
        addLearner(*db, QStringLiteral("Fatma"));
    }
    auto db = require(Database::open(path));
    CHECK_FALSE(db->isNew());
    CHECK(scalar(*db, QStringLiteral("SELECT first_name FROM learner")).toString()
          == QStringLiteral("Fatma"));
    CHECK(Database::inspect(path).kind == FileInspection::Kind::Ours);
}

TEST_CASE("an empty file is treated as a new database")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    auto db = require(Database::open(path));
    CHECK(db->isNew());
    CHECK(db->schemaVersion() == Database::latestVersion());
}

TEST_CASE("files that are not ours are refused and left byte for byte unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    const auto kind = GENERATE(as<std::string>(), "text file", "foreign sqlite", "unmarked sqlite",
                               "newer version", "corrupt");
    CAPTURE(kind);
    QString expectedWord;
    if (kind == "text file") {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("naam;voornaam\nPeeters;An\n");
        expectedWord = QStringLiteral("not a Trajectplanner database");
    } else if (kind == "foreign sqlite") {
        writeForeignSqlite(path, 0x12345678, 3);
        expectedWord = QStringLiteral("not a Trajectplanner database");
    } else if (kind == "unmarked sqlite") {
        writeForeignSqlite(path, 0, 0);
        expectedWord = QStringLiteral("not a Trajectplanner database");
    } else if (kind == "newer version") {
        writeForeignSqlite(path, Database::ApplicationId, Database::latestVersion() + 1);
        expectedWord = QStringLiteral("newer version");
    } else {
        {
            auto db = require(Database::open(path));
            for (int i = 0; i < 200; ++i)
                addLearner(*db, QStringLiteral("Learner %1").arg(i));
        }
        QFile file(path);
        REQUIRE(file.size() > 3 * 4096);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(2 * 4096);
        file.write(QByteArray(4096, '\xA5'));
        file.close();
        expectedWord = QStringLiteral("damaged");
    }

    const QByteArray before = fileChecksum(path);
    REQUIRE_FALSE(before.isEmpty());
    const auto result = Database::open(path);
    REQUIRE_FALSE(result.ok());
    CAPTURE(result.error().toString());
    CHECK(result.error().message.contains(expectedWord));
    CHECK(result.error().message.contains(QStringLiteral("unchanged")));
    CHECK(fileChecksum(path) == before);
}

TEST_CASE("a missing folder that cannot be created gives a clear message")
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const auto result = Database::open(blocker + QStringLiteral("/sub/caseload.sqlite"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("cannot be created")));
}

TEST_CASE("a transaction that is not committed leaves nothing behind")
{
    auto db = traject::test::memoryDatabase();
    {
        Transaction transaction(*db);
        require(
            sql::exec(*db,
                      QStringLiteral(
                          "INSERT INTO organisation (name, kind) VALUES ('VDAB Brugge', 'vdab')")));
        {
            Transaction inner(*db);
            require(sql::exec(
                *db,
                QStringLiteral("INSERT INTO organisation (name, kind) VALUES ('CAW', 'caw')")));
            // inner goes out of scope without commit: its insert is undone
        }
        require(transaction.commit());
    }
    CHECK(scalar(*db, QStringLiteral("SELECT group_concat(name) FROM organisation")).toString()
          == QStringLiteral("VDAB Brugge"));
    {
        Transaction transaction(*db);
        require(sql::exec(
            *db, QStringLiteral("INSERT INTO organisation (name, kind) VALUES ('OCMW', 'ocmw')")));
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM organisation")).toInt() == 1);
}

TEST_CASE("the schema refuses rows that break its rules")
{
    auto db = traject::test::memoryDatabase();
    // A barrier needs an existing learner and a category from 1 to 10.
    CHECK_FALSE(
        sql::exec(
            *db,
            QStringLiteral("INSERT INTO barrier (learner_id, category, description, detected_on) "
                           "VALUES (999, 1, 'x', '2025-01-01')"))
            .ok());
    addLearner(*db, QStringLiteral("Sara"));
    CHECK_FALSE(
        sql::exec(
            *db,
            QStringLiteral("INSERT INTO barrier (learner_id, category, description, detected_on) "
                           "VALUES (1, 11, 'x', '2025-01-01')"))
            .ok());
    CHECK(sql::exec(
              *db,
              QStringLiteral("INSERT INTO barrier (learner_id, category, description, detected_on) "
                             "VALUES (1, 7, 'x', '2025-01-01')"))
              .ok());
}

TEST_CASE("a write transaction that cannot begin writes nothing and says so")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    auto db = require(Database::open(path));
    auto other = require(Database::open(path));
    // Another connection holds the write lock: our transaction cannot begin.
    Transaction blocking(*other);
    require(blocking.status());
    require(sql::exec(*db, QStringLiteral("PRAGMA busy_timeout = 50")));
    FixedClock clock(traject::test::fixedToday());
    Learner learner;
    learner.firstName = QStringLiteral("Nora");
    learner.lastName = QStringLiteral("Test");
    const auto added = LearnerRepository(*db, clock).add(learner);
    CHECK_FALSE(added.ok());
    require(blocking.commit());
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM learner")).toInt() == 0);
}

} // namespace TRAJECT_UNITY_ID
