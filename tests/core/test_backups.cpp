// SPDX-License-Identifier: GPL-3.0-or-later
// "nothing lost": checked backups beside the database, a copy to a chosen file, and a
// restore that keeps a safety copy and refuses anything that is not a whole backup of ours.
#include "FullFolder.h"
#include "TestSupport.h"
#include "sqlite/SqliteDriver.h"

#include "demo/DemoData.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <unistd.h>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions permissions(const QString &path)
{
    // Only the owner/group/other bits; Qt adds the "user" bits of the current user.
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
           | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

/// A caseload file with the 25 demo learners, closed again.
QString demoFile(const QTemporaryDir &dir, const QString &name = QStringLiteral("caseload.sqlite"))
{
    const QString path = dir.filePath(name);
    auto db = require(Database::open(path));
    FixedClock clock(fixedToday());
    require(demo::fillDemoCaseload(*db, clock));
    return path;
}

/// Runs statements on a file through a raw connection of its own.
void runRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("test-backups-raw");
    {
        auto db = sqlite::addDatabase(name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

int learnerCount(const QString &path)
{
    return Backups::peek(path).learners;
}

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0));
}

/// Overwrites the middle of a file with garbage, leaving its header as it was.
void damage(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 3 * 4096);
    file.seek(size / 2 - 2048);
    file.write(QByteArray(4096, '\x5a'));
    file.seek(4096);
    file.write(QByteArray(4096, '\x5a'));
}

} // namespace

TEST_CASE("a backup is made while the database is open, checked, 0600 in a 0700 folder")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    auto db = require(Database::open(path)); // open, with its WAL
    runRaw(path,
           { QStringLiteral("DELETE FROM learner WHERE id = (SELECT min(id) FROM learner)") });

    const Backups backups(path);
    const BackupInfo made = require(backups.make(30, at(14)));
    CHECK(made.path == dir.filePath(QStringLiteral("backups/caseload-20250314-090000.sqlite")));
    CHECK(made.usable);
    CHECK(made.learners == 24); // the change still in the WAL is in the backup
    CHECK(made.schemaVersion == Database::latestVersion());
    require(Backups::checkIntegrity(made.path));
    CHECK(permissions(made.path) == ownerOnly);
    CHECK(permissions(backups.folder())
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // One file, nothing temporary left beside it.
    CHECK(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden)
          == QStringList { QStringLiteral("caseload-20250314-090000.sqlite") });
}

TEST_CASE("only the newest automatic backups are kept; safety copies stay")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const Backups backups(path);
    for (int day = 10; day <= 14; ++day)
        require(backups.make(3, at(day)));
    require(Backups::restore(require(backups.make(3, at(15))).path, path, at(15, 10)));

    QStringList names;
    const auto listed = backups.list();
    for (const BackupInfo &backup : listed)
        names << QFileInfo(backup.path).fileName();
    CHECK(names
          == QStringList { QStringLiteral("caseload-voor-terugzetten-20250315-100000.sqlite"),
                           QStringLiteral("caseload-20250315-090000.sqlite"),
                           QStringLiteral("caseload-20250314-090000.sqlite"),
                           QStringLiteral("caseload-20250313-090000.sqlite") });
    CHECK(listed.at(0).kind == BackupInfo::Kind::SafetyCopy);
    CHECK(listed.at(1).kind == BackupInfo::Kind::Automatic);
    CHECK(backups.newestAutomatic() == at(15));
}

TEST_CASE("the list shows learners of each backup, and a file that is not ours as unusable")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const Backups backups(path);
    require(backups.make(30, at(13)));
    runRaw(path,
           { QStringLiteral("DELETE FROM learner WHERE id = (SELECT min(id) FROM learner)") });
    require(backups.make(30, at(14)));

    QFile junk(backups.folder() + QStringLiteral("/notes.sqlite"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database at all, just some text");
    junk.close();
    const QString foreign = backups.folder() + QStringLiteral("/other.sqlite");
    runRaw(foreign, { QStringLiteral("CREATE TABLE song (title TEXT)") });

    const auto listed = backups.list();
    REQUIRE(listed.size() == 4);
    for (int row = 1; row < listed.size(); ++row)
        CHECK(listed.at(row - 1).made >= listed.at(row).made); // newest first
    int usable = 0;
    for (const BackupInfo &backup : listed) {
        if (backup.path.endsWith(QLatin1String("20250314-090000.sqlite")))
            CHECK(backup.learners == 24);
        if (backup.path.endsWith(QLatin1String("20250313-090000.sqlite")))
            CHECK(backup.learners == 25);
        if (backup.path == foreign) {
            CHECK_FALSE(backup.usable);
            CHECK(backup.problem == QStringLiteral("Not a Trajectplanner database."));
        }
        if (backup.path.endsWith(QLatin1String("notes.sqlite"))) {
            CHECK_FALSE(backup.usable);
            CHECK(backup.problem == QStringLiteral("Not a database."));
        }
        CHECK(backup.size == QFileInfo(backup.path).size());
        usable += backup.usable ? 1 : 0;
    }
    CHECK(usable == 2);
}

TEST_CASE("the latest good backup skips a damaged one")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const Backups backups(path);
    const BackupInfo older = require(backups.make(30, at(13)));
    const BackupInfo newer = require(backups.make(30, at(14)));
    damage(newer.path);
    const auto good = backups.latestGood();
    REQUIRE(good.has_value());
    CHECK(good->path == older.path);
    CHECK(good->learners == 25);
}

TEST_CASE("a backup on open only for an existing file of ours")
{
    QTemporaryDir dir;
    CHECK_FALSE(require(backupOnOpen(dir.filePath(QStringLiteral("new.sqlite")),
                                     traject::systemClock(), 30))
                    .has_value());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    const QString path = demoFile(dir);
    const auto made = require(backupOnOpen(path, traject::systemClock(), 30));
    REQUIRE(made.has_value());
    CHECK(learnerCount(*made) == 25);
}

TEST_CASE("a copy whose list of copies cannot be written is kept, and says what is lost")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    // A folder where the list should be: it cannot be written over, as root either.
    REQUIRE(QDir().mkpath(path + QStringLiteral(".copies/in-the-way")));
    const QString chosen = dir.filePath(QStringLiteral("copy.sqlite"));
    const BackupInfo copied = require(Backups(path).copyTo(chosen, QDateTime::currentDateTime()));
    CHECK(copied.learners == 25);
    require(Backups::checkIntegrity(chosen));
    CHECK(copied.notice.startsWith(
        QStringLiteral("The backup was written, but the list of copies beside the database "
                       "could not be updated (")));
    CHECK(copied.notice.endsWith(QStringLiteral(
        "): when you erase a learner, the program will not know that this copy holds them.")));
}

TEST_CASE("a copy to a chosen file, and the refusals: missing folder, no permission, itself")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const Backups backups(path);

    const QString chosen = dir.filePath(QStringLiteral("usb/copy.sqlite"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("usb"))));
    const BackupInfo copied = require(backups.copyTo(chosen, QDateTime::currentDateTime()));
    CHECK(copied.learners == 25);
    CHECK(copied.notice.isEmpty());
    CHECK(backups.knownCopies() == QStringList { QFileInfo(chosen).absoluteFilePath() });
    CHECK(permissions(chosen) == ownerOnly);
    require(Backups::checkIntegrity(chosen));

    const auto missing = backups.copyTo(dir.filePath(QStringLiteral("nowhere/copy.sqlite")),
                                        QDateTime::currentDateTime());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));

    const auto itself = backups.copyTo(path, QDateTime::currentDateTime());
    REQUIRE_FALSE(itself.ok());
    CHECK(itself.error().message.contains(QStringLiteral("database itself")));
    CHECK_FALSE(backups.copyTo(path + QStringLiteral("-wal"), QDateTime::currentDateTime()).ok());

    if (::geteuid() == 0) {
        // Root ignores permissions: a folder that cannot hold files instead.
        const auto refused
            = backups.copyTo(QStringLiteral("/proc/copy.sqlite"), QDateTime::currentDateTime());
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().message.isEmpty());
        CHECK_FALSE(QFileInfo::exists(QStringLiteral("/proc/copy.sqlite")));
    } else {
        const QString locked = dir.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkpath(locked));
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const auto refused
            = backups.copyTo(locked + QStringLiteral("/copy.sqlite"), QDateTime::currentDateTime());
        QFile::setPermissions(
            locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("may not write")));
        CHECK(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}

TEST_CASE("a copy that does not fit on the disk leaves nothing behind")
{
    // Two full disks: SQLite's files limited by our VFS, and a real tmpfs (needs root).
    const auto kind = GENERATE(FullFolder::Injected, FullFolder::Tmpfs);
    CAPTURE(kind);
    QTemporaryDir dir;
    FullFolder tiny(kind, dir.filePath(QStringLiteral("tiny")), QStringLiteral("64k"));
    if (!tiny.ready())
        TRAJECT_SKIP(tiny.skipReason());
    tiny.leaveRoom(64 * 1024);
    const QString path = demoFile(dir);
    runRaw(path,
           { QStringLiteral("CREATE TABLE filler (data BLOB)"),
             QStringLiteral("INSERT INTO filler VALUES (randomblob(200000))") });
    const auto full = Backups(path).copyTo(tiny.filePath(QStringLiteral("copy.sqlite")),
                                           QDateTime::currentDateTime());
    const QStringList left = QDir(tiny.path()).entryList(QDir::Files | QDir::Hidden);
    tiny.unmount();
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().message.contains(QStringLiteral("not enough room")));
    CHECK(left.isEmpty());
}

TEST_CASE("a restore keeps a safety copy and puts the backup's content in place")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const Backups backups(path);
    const BackupInfo backup = require(backups.make(30, at(13)));
    runRaw(path,
           { QStringLiteral("DELETE FROM learner WHERE id = (SELECT min(id) FROM learner)") });
    const QByteArray current = fileChecksum(path);

    const QString safety = require(Backups::restore(backup.path, path, at(14)));
    // No stale log beside the restored file. (Checked first: the restore leaves the file in WAL
    // mode, after writing its audit entry, and a read-only look such as learnerCount() may leave
    // an empty log behind.)
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(safety
          == backups.folder()
              + QStringLiteral("/caseload-voor-terugzetten-20250314-090000.sqlite"));
    CHECK(fileChecksum(safety) == current);
    CHECK(permissions(safety) == ownerOnly);
    CHECK(learnerCount(safety) == 24);
    CHECK(learnerCount(path) == 25);
    CHECK(permissions(path) == ownerOnly);
    auto reopened = require(Database::open(path));
    CHECK(reopened->schemaVersion() == Database::latestVersion());
    // Nothing temporary left in either folder.
    CHECK(QDir(dir.path())
              .entryList({ QStringLiteral(".*.tmp") }, QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("a damaged, foreign or newer backup is refused and the database stays as it was")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const Backups backups(path);
    const QString bad = require(backups.make(30, at(13))).path;
    const QString kind = GENERATE(QStringLiteral("damaged"), QStringLiteral("foreign"),
                                  QStringLiteral("newer"), QStringLiteral("missing"));
    if (kind == QLatin1String("damaged"))
        damage(bad);
    else if (kind == QLatin1String("foreign"))
        runRaw(bad, { QStringLiteral("PRAGMA application_id = 42") });
    else if (kind == QLatin1String("newer"))
        runRaw(bad, { QStringLiteral("PRAGMA user_version = 99") });
    else
        QFile::remove(bad);
    const QByteArray before = fileChecksum(path);

    INFO(kind.toStdString());
    const auto refused = Backups::restore(bad, path, at(14));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("was not changed")));
    CHECK(fileChecksum(path) == before);
    for (const BackupInfo &backup : backups.list())
        CHECK(backup.kind != BackupInfo::Kind::SafetyCopy);
}

} // namespace TRAJECT_UNITY_ID
