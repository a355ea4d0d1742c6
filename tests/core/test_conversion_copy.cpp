// SPDX-License-Identifier: GPL-3.0-or-later
// The copy kept before a database is converted to a newer data version is a backup like the
// others: made empty for its owner only and then filled, checked, listed with the backups and
// pruned like them.
#include "TestSupport.h"

#include "storage/Backups.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

constexpr auto othersAny = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

/// The demo caseload as release 0.1.0 wrote it (data version 5), readable by everyone.
QString oldFile(const QTemporaryDir &home)
{
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    REQUIRE(
        QFile::copy(QStringLiteral(TRAJECT_TEST_DATA "/sqlite/release-0.1.0-demo.sqlite"), path));
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    return path;
}

} // namespace

TEST_CASE("The copy before a conversion is a checked backup, for its owner only")
{
    QTemporaryDir home;
    const QString path = oldFile(home);
    const int oldVersion = Database::schemaVersionOf(path).value_or(-1);
    REQUIRE(oldVersion > 0);
    REQUIRE(oldVersion < Database::latestVersion());

    QString copy;
    {
        // Named after the clock the database is opened with, not the computer's.
        const FixedClock clock(QDateTime(QDate(2031, 5, 2), QTime(9, 15, 7)));
        auto db = require(Database::open(path, Database::PageCheck::BeforeOpening, clock));
        copy = db->preMigrationBackup();
    }
    REQUIRE_FALSE(copy.isEmpty());
    const Backups backups(path);
    CHECK(QFileInfo(copy).absolutePath() == backups.folder());
    CHECK(QFileInfo(copy).fileName()
          == QStringLiteral("caseload-voor-omzetting-v%1-20310502-091507.sqlite")
                 .arg(Database::latestVersion()));
    CHECK((QFile::permissions(copy) & othersAny) == 0);
    require(Backups::checkIntegrity(copy));
    // Nothing is left beside the database.
    CHECK(QDir(home.path())
              .entryList({ QStringLiteral("*before*"), QStringLiteral("*.tmp") },
                         QDir::Files | QDir::Hidden)
              .isEmpty());

    // Listed with the backups, as the file it was before the conversion.
    const auto listed = backups.list();
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().kind == BackupInfo::Kind::BeforeConversion);
    CHECK(listed.front().usable);
    CHECK(listed.front().schemaVersion == oldVersion);
    CHECK(listed.front().learners == 25);
}

TEST_CASE("The copy before a conversion is pruned with the automatic backups")
{
    QTemporaryDir home;
    const QString path = oldFile(home);
    require(Database::open(path));
    const Backups backups(path);
    REQUIRE(backups.list().size() == 1);

    // Keeping two: the first automatic backup keeps the conversion copy, the second does not.
    const QDateTime later = QDateTime::currentDateTime().addDays(1);
    require(backups.make(2, later));
    CHECK(backups.list().size() == 2);
    require(backups.make(2, later.addDays(1)));
    const auto listed = backups.list();
    CHECK(listed.size() == 2);
    for (const BackupInfo &backup : listed)
        CHECK(backup.kind == BackupInfo::Kind::Automatic);
}

} // namespace TRAJECT_UNITY_ID
