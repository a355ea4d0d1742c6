// SPDX-License-Identifier: GPL-3.0-or-later
// "nothing lost": ordinary edits on a full disk, a read-only file or folder, and a
// missing folder give a clear message and never store half a change.
#include "FullFolder.h"
#include "TestSupport.h"

#include "domain/ContactMoment.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/internal/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

const QString diskFull
    = QStringLiteral("The disk is full: nothing could be saved. Free some space and try again.");

QFileDevice::Permissions permissions(const QString &path)
{
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
           | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

Learner learnerWithNote(const QString &lastName, int noteSize)
{
    Learner learner;
    learner.firstName = QStringLiteral("Fatma");
    learner.lastName = lastName;
    learner.notes = QString(noteSize, QLatin1Char('n'));
    return learner;
}

qint64 count(const Database &db, const QString &statement)
{
    return require(sql::scalar(db, statement));
}

QString integrity(const Database &db)
{
    auto query = require(sql::exec(db, QStringLiteral("PRAGMA integrity_check")));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

TEST_CASE("an edit on a full disk is refused with a clear message and stores nothing of it")
{
    // Two full disks: SQLite's files limited by our VFS (runs everywhere), and a real tmpfs of
    // 2 MB (needs root to mount; CI runs as root).
    const auto kind = GENERATE(FullFolder::Injected, FullFolder::Tmpfs);
    CAPTURE(kind);
    QTemporaryDir dir;
    FullFolder disk(kind, dir.filePath(QStringLiteral("disk")), QStringLiteral("2m"));
    if (!disk.ready())
        TRAJECT_SKIP(disk.skipReason());
    const QString path = disk.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(QDateTime(fixedToday(), QTime(10, 0)));
    auto db = require(Database::open(path));
    LearnerRepository learners(*db, clock);
    LogbookRepository logbook(*db, clock);
    std::vector<qint64> kept;
    for (int i = 0; i < 5; ++i) {
        Learner learner = learnerWithNote(QStringLiteral("Bewaard%1").arg(i), 100);
        kept.push_back(require(learners.add(learner)));
    }
    const Learner firstBefore = require(learners.get(kept.front()));

    disk.leaveRoom(96 * 1024);
    // Edits of about 20 kB each until the disk is full.
    QString failure;
    int added = 0;
    for (int i = 0; i < 100 && failure.isEmpty(); ++i) {
        Learner learner = learnerWithNote(QStringLiteral("Vol%1").arg(i), 20000);
        auto stored = learners.add(learner);
        if (stored)
            ++added;
        else
            failure = stored.error().message;
    }
    INFO("learners added before the disk was full: " << added);
    REQUIRE_FALSE(failure.isEmpty());
    CHECK(failure == diskFull);

    // A change of an existing learner and a logbook line fail the same way, changing nothing.
    Learner changed = firstBefore;
    changed.notes = QString(200000, QLatin1Char('u'));
    const auto update = learners.update(changed);
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message == diskFull);
    ContactMoment moment;
    moment.learnerId = kept.front();
    moment.date = fixedToday();
    moment.notes = QString(200000, QLatin1Char('c'));
    const auto logged = logbook.add(moment);
    REQUIRE_FALSE(logged.ok());
    CHECK(logged.error().message == diskFull);

    // Nothing partial: the file is whole, the earlier rows are as they were, the failed learner
    // left no line of its phase history behind.
    CHECK(integrity(*db) == QStringLiteral("ok"));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM learner"))
          == static_cast<qint64>(kept.size()) + added);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM phase_change"))
          == count(*db, QStringLiteral("SELECT count(*) FROM learner")));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM contact_moment")) == 0);
    CHECK(require(learners.get(kept.front())).notes == firstBefore.notes);
    CHECK(count(*db,
                QStringLiteral("SELECT count(*) FROM learner WHERE last_name = 'Vol%1'").arg(added))
          == 0);

    // With room again, the same edit succeeds.
    disk.freeRoom();
    require(learners.update(changed));
    require(logbook.add(moment));
    Learner again = learnerWithNote(QStringLiteral("Vol%1").arg(added), 20000);
    require(learners.add(again));
    CHECK(integrity(*db) == QStringLiteral("ok"));
    db.reset();

    auto reopened = require(Database::open(path));
    CHECK(integrity(*reopened) == QStringLiteral("ok"));
    CHECK(count(*reopened, QStringLiteral("SELECT count(*) FROM learner"))
          == static_cast<qint64>(kept.size()) + added + 1);
    CHECK(require(LearnerRepository(*reopened, clock).get(kept.front())).notes == changed.notes);
}

TEST_CASE("a read-only database file is refused on opening, clearly, and left unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    {
        auto db = require(Database::open(path));
        FixedClock clock(fixedToday());
        Learner learner = learnerWithNote(QStringLiteral("Peeters"), 10);
        require(LearnerRepository(*db, clock).add(learner));
    }
    const QByteArray before = fileChecksum(path);
    // Root may write to any file: for root the file is made read-only by a read-only bind mount
    // of the file itself, so that the folder stays writable.
    bool bound = false;
    if (::geteuid() == 0) {
        bound = QProcess::execute(QStringLiteral("mount"), { QStringLiteral("--bind"), path, path })
                == 0
            && QProcess::execute(QStringLiteral("mount"),
                                 { QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), path })
                == 0;
        if (!bound) {
            QProcess::execute(QStringLiteral("umount"), { path });
            TRAJECT_SKIP("cannot make a read-only bind mount here");
        }
    } else {
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    }
    const auto refused = Database::open(path);
    const auto permissionsAfter = permissions(path);
    if (bound)
        QProcess::execute(QStringLiteral("umount"), { path });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("is read-only")));
    CHECK(refused.error().message.contains(QStringLiteral("left unchanged")));
    CHECK(fileChecksum(path) == before);
    if (!bound)
        CHECK(permissionsAfter == QFileDevice::ReadOwner); // not made writable behind one's back
}

TEST_CASE("a database in a read-only folder is refused on opening, clearly, and left unchanged")
{
    QTemporaryDir dir;
    TinyFilesystem tiny(dir.filePath(QStringLiteral("tiny")), QStringLiteral("1m"));
    QString folder = dir.filePath(QStringLiteral("locked"));
    if (tiny.mounted())
        folder = tiny.path();
    else
        REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/caseload.sqlite");
    {
        auto db = require(Database::open(path));
        FixedClock clock(fixedToday());
        Learner learner = learnerWithNote(QStringLiteral("Peeters"), 10);
        require(LearnerRepository(*db, clock).add(learner));
    }
    const QByteArray before = fileChecksum(path);
    if (tiny.mounted()) {
        REQUIRE(tiny.remount(true));
    } else if (::geteuid() != 0) {
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else {
        TRAJECT_SKIP(tiny.skipReason());
    }

    const auto refused = Database::open(path);
    // A new database cannot be made there either.
    const auto notMade = Database::open(folder + QStringLiteral("/new.sqlite"));
    if (!tiny.mounted())
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cannot be written to")));
    CHECK(fileChecksum(path) == before);
    REQUIRE_FALSE(notMade.ok());
    CHECK(notMade.error().message.contains(QStringLiteral("cannot be written to")));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/new.sqlite")));
}

TEST_CASE("a missing folder is made for its owner only; one that cannot be made is refused")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("nieuw/cursisten"));
    const QString path = folder + QStringLiteral("/caseload.sqlite");
    {
        auto db = require(Database::open(path));
        FixedClock clock(fixedToday());
        Learner learner = learnerWithNote(QStringLiteral("Peeters"), 10);
        require(LearnerRepository(*db, clock).add(learner));
    }
    CHECK(permissions(folder)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    CHECK(permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    // Under a folder that cannot be written to, the folder cannot be made.
    TinyFilesystem tiny(dir.filePath(QStringLiteral("tiny")), QStringLiteral("64k"));
    QString locked = dir.filePath(QStringLiteral("locked"));
    if (tiny.mounted()) {
        locked = tiny.path();
        REQUIRE(tiny.remount(true));
    } else if (::geteuid() != 0) {
        REQUIRE(QDir().mkpath(locked));
        REQUIRE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else {
        TRAJECT_SKIP(tiny.skipReason());
    }
    const auto refused = Database::open(locked + QStringLiteral("/sub/caseload.sqlite"));
    if (!tiny.mounted())
        QFile::setPermissions(
            locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cannot be created")));
    CHECK_FALSE(QFileInfo::exists(locked + QStringLiteral("/sub")));
}

} // namespace TRAJECT_UNITY_ID
