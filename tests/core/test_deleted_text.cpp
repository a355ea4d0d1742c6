// SPDX-License-Identifier: GPL-3.0-or-later
// Deleted text does not linger: secure_delete clears the database file's pages, and the
// write-ahead log, which still holds the replaced pages, is emptied after a large delete and
// kept small (journal_size_limit).
#include "RepositoryFixtures.h"

#include "storage/BarrierRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

qint64 addLearnerWithNotes(Database &db, const Clock &clock, const QString &notes)
{
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Peeters");
    learner.notes = notes;
    return require(LearnerRepository(db, clock).add(learner));
}

} // namespace

TEST_CASE("A removed learner's text is in neither the database file nor its log")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(fixedToday());
    const QByteArray secret = "Schuldbemiddeling-bij-het-OCMW-van-Zottegem";
    auto db = require(Database::open(path));
    addLearner(*db, clock, QStringLiteral("Blijft"));
    const qint64 learner = addLearnerWithNotes(
        *db, clock, QString::fromLatin1(secret).repeated(40)); // a few pages of notes
    // While the program runs, the new pages live in the log.
    REQUIRE(fileContents(path + QStringLiteral("-wal")).contains(secret));

    // As the dossier's Remove does.
    require(sql::remove(*db, QStringLiteral("learner"), learner));

    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    CHECK_FALSE(fileContents(path + QStringLiteral("-wal")).contains(secret));
    CHECK_FALSE(fileContents(path).contains(secret));
    // The database still works, and still holds the other learner.
    CHECK(rowCount(*db, "learner") == 1);
    addLearner(*db, clock, QStringLiteral("Daarna"));
    CHECK(rowCount(*db, "learner") == 2);
}

TEST_CASE("A small edit leaves the log as it is, and the log is kept small")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(fixedToday());
    auto db = require(Database::open(path));
    CHECK(require(sql::scalar(*db, QStringLiteral("PRAGMA journal_size_limit"))) == 0);

    const qint64 learner = addLearner(*db, clock);
    Barrier barrier;
    barrier.learnerId = learner;
    barrier.category = BarrierCategory::FamilySocial;
    barrier.description = QStringLiteral("Opvang voor de jongste");
    barrier.detectedOn = fixedToday();
    const qint64 id = require(BarrierRepository(*db, clock).addBarrier(barrier));
    const qint64 before = QFileInfo(path + QStringLiteral("-wal")).size();
    REQUIRE(before > 0);
    require(sql::remove(*db, QStringLiteral("barrier"), id));
    // One row is no large delete: no checkpoint on every edit.
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() >= before);
}

} // namespace TRAJECT_UNITY_ID
