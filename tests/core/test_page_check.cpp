// SPDX-License-Identifier: GPL-3.0-or-later
// The page check of a file on open: made before opening, or in the background while the
// window appears. In the background, every change waits for it and is refused when it failed, so
// nothing is ever written into a damaged file.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Transaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <thread>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fileChecksum;
using traject::test::require;

namespace {

void addLearners(Database &db, int count)
{
    FixedClock clock(traject::test::fixedToday());
    LearnerRepository learners(db, clock);
    for (int i = 0; i < count; ++i) {
        Learner learner;
        learner.firstName = QStringLiteral("Learner %1").arg(i);
        learner.lastName = QStringLiteral("Test");
        require(learners.add(learner));
    }
}

/// A database of ours with 200 learners, checkpointed, whose third page is then overwritten.
QString damagedDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = require(Database::open(path));
        addLearners(*db, 200);
    }
    QFile file(path);
    REQUIRE(file.size() > 3 * 4096);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(2 * 4096);
    file.write(QByteArray(4096, '\xA5'));
    return path;
}

int learnerCount(Database &db)
{
    FixedClock clock(traject::test::fixedToday());
    return require(LearnerRepository(db, clock).count());
}

} // namespace

TEST_CASE("a damaged file opened with the check in the background refuses every change")
{
    QTemporaryDir dir;
    const QString path = damagedDatabase(dir);
    const QByteArray before = fileChecksum(path);

    // Checked before opening (the default), it does not open at all.
    CHECK_FALSE(Database::open(path).ok());

    auto db = require(Database::open(path, Database::PageCheck::InBackground));
    const Status checked = db->waitForPageCheck();
    REQUIRE_FALSE(checked.ok());
    CHECK(checked.error().message.contains(QStringLiteral("damaged")));
    REQUIRE(db->pageCheck().has_value());
    CHECK_FALSE(db->pageCheck()->ok());

    FixedClock clock(traject::test::fixedToday());
    Learner learner;
    learner.firstName = QStringLiteral("Nieuw");
    learner.lastName = QStringLiteral("Test");
    const auto added = LearnerRepository(*db, clock).add(learner);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(QStringLiteral("damaged")));
    Transaction transaction(*db);
    CHECK_FALSE(transaction.status().ok());
    db.reset();
    CHECK(fileChecksum(path) == before);
}

TEST_CASE("a sound file opened with the check in the background takes changes once checked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sound.sqlite"));
    {
        auto db = require(Database::open(path));
        addLearners(*db, 50);
    }
    auto db = require(Database::open(path, Database::PageCheck::InBackground));
    // A change made at once waits for the check, then goes through.
    addLearners(*db, 1);
    REQUIRE(db->pageCheck().has_value());
    CHECK(db->pageCheck()->ok());
    CHECK(learnerCount(*db) == 51);
}

TEST_CASE("a new file or one opened the usual way has no check pending")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = require(Database::open(path, Database::PageCheck::InBackground));
    CHECK(db->isNew());
    REQUIRE(db->pageCheck().has_value());
    CHECK(db->pageCheck()->ok());
    addLearners(*db, 1);
    db.reset();
    auto again = require(Database::open(path));
    REQUIRE(again->pageCheck().has_value());
    CHECK(again->pageCheck()->ok());
}

TEST_CASE("a reading connection reads on its own thread and never writes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("read.sqlite"));
    auto db = require(Database::open(path));
    addLearners(*db, 3);

    int seen = -1;
    QString writeError;
    std::thread reader([&] {
        auto reading = Database::openForReading(path);
        if (!reading)
            return;
        QSqlQuery query((*reading)->connection());
        if (query.exec(QStringLiteral("SELECT count(*) FROM learner")) && query.next())
            seen = query.value(0).toInt();
        if (!query.exec(QStringLiteral("DELETE FROM learner")))
            writeError = query.lastError().text();
    });
    reader.join();
    CHECK(seen == 3);
    CHECK_FALSE(writeError.isEmpty());
    CHECK(learnerCount(*db) == 3);

    CHECK_FALSE(Database::openForReading(dir.filePath(QStringLiteral("missing.sqlite"))).ok());
}

} // namespace TRAJECT_UNITY_ID
