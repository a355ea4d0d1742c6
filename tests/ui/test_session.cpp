// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "storage/BarrierRepository.h"
#include "storage/LearnerRepository.h"

#include <QSignalSpy>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

TEST_CASE("every edit through the session is stored at once and can be undone and redone")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Session session(*db, clock);
    LearnerRepository learners(*db, clock);
    QSignalSpy changed(&session, &Session::changed);

    Learner learner;
    learner.firstName = QStringLiteral("Sara");
    learner.lastName = QStringLiteral("Tesfaye");
    const qint64 id = require(session.add(
        QStringLiteral("add"), Session::NewLearner, [&] { return learners.add(learner); },
        session.through(&LearnerRepository::remove, everyAspect())));
    CHECK(changed.count() == 1);
    CHECK(changed.takeFirst().at(0).toLongLong() == id);

    Learner before = require(learners.get(id));
    Learner after = before;
    after.email = QStringLiteral("sara@example.be");
    require(session.edit(
        QStringLiteral("e-mail"), id, Aspect::Profile, [&] { return learners.update(after); },
        [&] { return learners.update(before); }));
    CHECK(require(learners.get(id)).email == QStringLiteral("sara@example.be"));

    // An edit the repository refuses is not pushed.
    Learner invalid = after;
    invalid.email = QStringLiteral("sara@");
    CHECK_FALSE(session
                    .edit(
                        QStringLiteral("bad"), id, Aspect::Profile,
                        [&] { return learners.update(invalid); },
                        [&] { return learners.update(after); })
                    .ok());
    CHECK(session.undoStack()->count() == 2);

    session.undoStack()->undo();
    CHECK(require(learners.get(id)).email.isEmpty());
    session.undoStack()->undo();
    CHECK_FALSE(learners.get(id).ok());
    session.undoStack()->redo();
    CHECK(require(learners.get(id)).fullName() == QStringLiteral("Sara Tesfaye"));
    session.undoStack()->redo();
    CHECK(require(learners.get(id)).email == QStringLiteral("sara@example.be"));
}

TEST_CASE("removing a learner can be undone with all of their data")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    Session session(*db, clock);
    LearnerRepository learners(*db, clock);
    const auto all = require(learners.all());
    const qint64 id = all.front().id;
    const auto barriers = require(BarrierRepository(*db, clock).barriersFor(id)).size();
    REQUIRE(barriers > 0);

    require(session.remove(QStringLiteral("remove"), id, id,
                           session.through(&LearnerRepository::remove, everyAspect())));
    CHECK_FALSE(learners.get(id).ok());
    session.undoStack()->undo();
    CHECK(require(learners.get(id)) == all.front());
    CHECK(require(BarrierRepository(*db, clock).barriersFor(id)).size() == barriers);
    session.undoStack()->redo();
    CHECK_FALSE(learners.get(id).ok());
}

} // namespace TRAJECT_UNITY_ID
