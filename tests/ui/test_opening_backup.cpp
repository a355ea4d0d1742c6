// SPDX-License-Identifier: GPL-3.0-or-later
// The backup of every open runs in a thread of its own when the file needs no conversion, so that
// the window opens at once; the window can be used (and edits stored) while it runs.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "safety/OpeningBackup.h"
#include "storage/Backups.h"
#include "storage/LearnerRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

TEST_CASE("the opening backup is made in the background while the database is in use")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(traject::test::fixedToday());
    auto db = require(Database::open(path));
    require(demo::fillDemoCaseload(*db, clock));
    CHECK(Database::schemaVersionOf(path) == Database::latestVersion());

    OpeningBackup backup(path, 5);
    QSignalSpy made(&backup, &OpeningBackup::made);
    QSignalSpy failed(&backup, &OpeningBackup::failed);
    backup.start();
    // An edit while the copy is being made goes through (the copy reads a snapshot).
    Learner learner;
    learner.firstName = QStringLiteral("Yasmina");
    learner.lastName = QStringLiteral("Achternaam");
    learner.phaseSince = clock.today();
    require(LearnerRepository(*db, clock).add(learner));
    REQUIRE(made.wait(60000));
    CHECK(failed.isEmpty());
    const QString file = made.front().front().toString();
    CHECK(QFile::exists(file));
    const auto listed = Backups(path).list();
    REQUIRE(listed.size() == 1);
    CHECK(listed.front().path == file);
    CHECK(listed.front().usable);
    CHECK(Backups::checkIntegrity(file).ok());
}

TEST_CASE("an opening backup that cannot be made says why, and waiting for it ends")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    {
        auto db = require(Database::open(path));
    }
    // The backups folder cannot be made: a file is in its place.
    QFile blocker(Backups(path).folder());
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    OpeningBackup backup(path, 5);
    QSignalSpy failed(&backup, &OpeningBackup::failed);
    backup.start();
    backup.wait();
    CHECK_FALSE(backup.isRunning());
    REQUIRE(failed.wait(5000));
    CHECK_FALSE(failed.front().front().toString().isEmpty());
}

TEST_CASE("a file of another program or none at all gets no opening backup")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const bool missing = GENERATE(true, false);
    const QString path = home.filePath(missing ? QStringLiteral("missing.sqlite")
                                               : QStringLiteral("notes.sqlite"));
    const QByteArray text = "not a database at all";
    if (!missing) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
    }
    INFO((missing ? "no file at all" : "a text file"));

    OpeningBackup backup(path, 5);
    QSignalSpy made(&backup, &OpeningBackup::made);
    QSignalSpy failed(&backup, &OpeningBackup::failed);
    backup.start();
    backup.wait();
    CHECK_FALSE(backup.isRunning());
    // The outcome is told on this thread, after the copy ended.
    REQUIRE(QTest::qWaitFor([&] { return !made.isEmpty() || !failed.isEmpty(); }, 60000));
    QTest::qWait(50); // a second signal would have come by now
    // Not a failure: no backup was due, which is told as "made" without a file.
    CHECK(failed.isEmpty());
    REQUIRE(made.size() == 1);
    CHECK(made.front().front().toString().isEmpty());

    // No backups folder, no backup in it, and the file is left as it was (or not there).
    const Backups backups(path);
    CHECK_FALSE(QFileInfo::exists(backups.folder()));
    CHECK(backups.list().isEmpty());
    CHECK(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)
          == (missing ? QStringList() : QStringList { QStringLiteral("notes.sqlite") }));
    if (!missing) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == text);
    }
}

} // namespace TRAJECT_UNITY_ID
