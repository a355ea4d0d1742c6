// SPDX-License-Identifier: GPL-3.0-or-later
// "Nothing leaked": the database and its companions are for their owner only (0600), and
// a folder made for it too (0700).
#include "RepositoryFixtures.h"
#include "storage/DatabaseLock.h"

#include <QFile>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

constexpr auto OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto OthersAny = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

TEST_CASE("A new database, its WAL and the folder made for it are for their owner only")
{
    QTemporaryDir home;
    const QString folder = home.filePath(QStringLiteral("nieuw/map"));
    const QString path = folder + QStringLiteral("/caseload.sqlite");
    FixedClock clock(fixedToday());
    {
        auto db = require(Database::open(path));
        addLearner(*db, clock);
        for (const QString &file : { path, path + QStringLiteral("-wal") }) {
            INFO(file.toStdString());
            REQUIRE(QFile::exists(file));
            CHECK((QFile::permissions(file) & OthersAny) == 0);
            CHECK((QFile::permissions(file) & OwnerReadWrite) == OwnerReadWrite);
        }
        CHECK((QFile::permissions(folder) & OthersAny) == 0);
    }
}

TEST_CASE("An existing database that others could read is closed to them when it is opened")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    require(Database::open(path));
    QFile::setPermissions(path, OwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    require(Database::open(path));
    CHECK((QFile::permissions(path) & OthersAny) == 0);
}

TEST_CASE("The lock that keeps a second program out is for its owner only too")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    auto lock = require(DatabaseLock::acquire(path));
    const QString lockFile = DatabaseLock::lockPath(path);
    REQUIRE(QFile::exists(lockFile));
    CHECK((QFile::permissions(lockFile) & OthersAny) == 0);
}

} // namespace TRAJECT_UNITY_ID
