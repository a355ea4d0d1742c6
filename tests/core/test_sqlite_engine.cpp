// SPDX-License-Identifier: GPL-3.0-or-later
// Every connection of the program runs on the SQLite compiled in, through our driver;
// Qt's QSQLITE plugin (and Debian's libsqlite3 under it) is never loaded.
#include "TestSupport.h"

#include "sqlite/SqliteDriver.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

QString version(const Database &db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT sqlite_version()")));
    REQUIRE(query.next());
    return query.value(0).toString();
}

/// The shared libraries mapped into this process, as the kernel lists them.
QString mappedLibraries()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    return QString::fromLocal8Bit(maps.readAll());
}

} // namespace

TEST_CASE("sqlite engine: files, readers and in-memory databases run on SQLite 3.53.4 through "
          "our driver, and Qt's SQLite plugin is never loaded",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("engine.sqlite"));
    {
        auto db = require(Database::open(path));
        CHECK(db->connection().driverName() == QLatin1String("TRAJECT_SQLITE"));
        CHECK(version(*db) == QLatin1String("3.53.4"));
        auto reader = require(Database::openForReading(path));
        CHECK(reader->connection().driverName() == QLatin1String("TRAJECT_SQLITE"));
        CHECK(version(*reader) == QLatin1String("3.53.4"));
    }
    auto memory = require(Database::openInMemory());
    CHECK(memory->connection().driverName() == QLatin1String("TRAJECT_SQLITE"));
    CHECK(version(*memory) == QLatin1String("3.53.4"));

    const QString libraries = mappedLibraries();
    CHECK_FALSE(libraries.contains(QLatin1String("libqsqlite")));
    CHECK_FALSE(libraries.contains(QLatin1String("libsqlite3.so")));
}

TEST_CASE("sqlite engine: a database written by release 0.1.0 through Qt's driver opens unchanged "
          "with all its learners",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("release.sqlite"));
    REQUIRE(
        QFile::copy(QStringLiteral(TRAJECT_TEST_DATA "/sqlite/release-0.1.0-demo.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = require(Database::open(path));
    CHECK_FALSE(db->isNew());
    CHECK(db->schemaVersion() == Database::latestVersion());
    // The demo caseload: 25 learners, 602 placement days (counted in the file with sqlite3).
    CHECK(require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM learner"))) == 25);
    CHECK(require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM placement_day"))) == 602);
    CHECK(require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")))
          == 0);
}

} // namespace TRAJECT_UNITY_ID
