// SPDX-License-Identifier: GPL-3.0-or-later
// Barriers and actions, the logbook.
#include "RepositoryFixtures.h"

#include "storage/BarrierRepository.h"
#include "storage/LogbookRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

Barrier sampleBarrier(qint64 learner)
{
    Barrier barrier;
    barrier.learnerId = learner;
    barrier.category = BarrierCategory::Preconditions;
    barrier.description = QStringLiteral("Geen opvang voor de jongste");
    barrier.severity = Severity::High;
    barrier.detectedOn = QDate(2025, 2, 10);
    barrier.detectedInPhase = Phase::Intake;
    barrier.notes = QStringLiteral("Wachtlijst");
    return barrier;
}

Action sampleAction(qint64 learner, std::optional<qint64> barrier)
{
    Action action;
    action.learnerId = learner;
    action.barrierId = barrier;
    action.description = QStringLiteral("Opvang zoeken via het Huis van het Kind");
    action.owner = ActionOwner::Together;
    action.domain = SupportDomain::Preconditions;
    action.due = QDate(2025, 3, 31);
    return action;
}

ContactMoment sampleMoment(qint64 learner, QDate date, ContactStatus status = ContactStatus::Done)
{
    ContactMoment moment;
    moment.learnerId = learner;
    moment.date = date;
    moment.kind = ContactKind::Conversation;
    moment.status = status;
    moment.withWhom = QStringLiteral("Amina");
    moment.notes = QStringLiteral("Intakegesprek");
    return moment;
}

} // namespace

TEST_CASE("a barrier makes a full round trip; removing it removes its actions")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    BarrierRepository repo(*db, clock);
    Barrier barrier = sampleBarrier(addLearner(*db, clock));
    const qint64 id = require(repo.addBarrier(barrier));
    CHECK(barrier.id == id);
    CHECK(require(repo.barrier(id)) == barrier);

    barrier.category = BarrierCategory::FormalSchoolWork;
    barrier.status = BarrierStatus::Solved;
    barrier.resolvedOn = QDate(2025, 3, 1);
    require(repo.updateBarrier(barrier));
    CHECK(require(repo.barrier(id)) == barrier);

    Action action = sampleAction(barrier.learnerId, id);
    require(repo.addAction(action));
    require(repo.removeBarrier(id));
    const auto gone = repo.barrier(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
    CHECK_FALSE(repo.action(action.id).ok());
}

TEST_CASE("a learner's barriers come by category, then by the day they were noticed")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    BarrierRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    const QList<QPair<BarrierCategory, QDate>> barriers = {
        { BarrierCategory::Language, QDate(2025, 1, 5) },
        { BarrierCategory::FormalSchoolWork, QDate(2025, 1, 1) }, // category 10 after 7, not before
        { BarrierCategory::Preconditions, QDate(2025, 2, 1) },
        { BarrierCategory::Preconditions, QDate(2025, 1, 1) },
    };
    for (const auto &[category, detected] : barriers) {
        Barrier barrier = sampleBarrier(learner);
        barrier.category = category;
        barrier.detectedOn = detected;
        require(repo.addBarrier(barrier));
    }
    Barrier ofOther = sampleBarrier(addLearner(*db, clock, QStringLiteral("Anders")));
    require(repo.addBarrier(ofOther));

    const auto stored = require(repo.barriersFor(learner));
    REQUIRE(stored.size() == 4);
    CHECK(stored[0].detectedOn == QDate(2025, 1, 1));
    CHECK(stored[1].detectedOn == QDate(2025, 2, 1));
    CHECK(stored[2].category == BarrierCategory::Language);
    CHECK(stored[3].category == BarrierCategory::FormalSchoolWork);
}

TEST_CASE("an invalid barrier is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    BarrierRepository repo(*db, clock);
    Barrier barrier = sampleBarrier(addLearner(*db, clock));
    barrier.detectedOn = fixedToday().addDays(1);
    const auto id = repo.addBarrier(barrier);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QLatin1String("in the future")));
    CHECK(rowCount(*db, "barrier") == 0);
}

TEST_CASE("an action makes a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    BarrierRepository repo(*db, clock);
    Barrier barrier = sampleBarrier(addLearner(*db, clock));
    require(repo.addBarrier(barrier));

    Action action = sampleAction(barrier.learnerId, barrier.id);
    const qint64 id = require(repo.addAction(action));
    CHECK(action.id == id);
    CHECK(require(repo.action(id)) == action);

    action.owner = ActionOwner::Partner;
    action.partnerPersonId = addPerson(*db, clock);
    action.barrierId.reset();
    action.done = QDate(2025, 3, 12);
    action.outcome = QStringLiteral("Plaats gevonden");
    require(repo.updateAction(action));
    CHECK(require(repo.action(id)) == action);

    require(repo.removeAction(id));
    const auto gone = repo.action(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
}

TEST_CASE("actions come by due date, those without one last")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    BarrierRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    Barrier barrier = sampleBarrier(learner);
    require(repo.addBarrier(barrier));
    const QList<QPair<QDate, bool>> actions
        = { { QDate(), true }, { QDate(2025, 4, 1), false }, { QDate(2025, 3, 20), true } };
    for (const auto &[due, onBarrier] : actions) {
        Action action
            = sampleAction(learner, onBarrier ? std::optional<qint64>(barrier.id) : std::nullopt);
        action.due = due;
        require(repo.addAction(action));
    }
    const auto all = require(repo.actionsFor(learner));
    REQUIRE(all.size() == 3);
    CHECK(all[0].due == QDate(2025, 3, 20));
    CHECK(all[1].due == QDate(2025, 4, 1));
    CHECK_FALSE(all[2].due.isValid());

    const auto onBarrier = require(repo.actionsForBarrier(barrier.id));
    REQUIRE(onBarrier.size() == 2);
    CHECK(onBarrier[0].due == QDate(2025, 3, 20));
    CHECK_FALSE(onBarrier[1].due.isValid());
}

TEST_CASE("an action only tackles a barrier of its own learner")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    BarrierRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    Barrier barrierOfOther = sampleBarrier(addLearner(*db, clock, QStringLiteral("Anders")));
    require(repo.addBarrier(barrierOfOther));

    Action action = sampleAction(learner, barrierOfOther.id);
    const auto refused = repo.addAction(action);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("belongs to another learner")));
    CHECK(action.id == 0);

    action.barrierId.reset();
    require(repo.addAction(action));
    action.barrierId = barrierOfOther.id;
    CHECK_FALSE(repo.updateAction(action).ok());
    action.barrierId = 999;
    const auto missing = repo.updateAction(action);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QLatin1String("no longer exists")));
    CHECK_FALSE(require(repo.action(action.id)).barrierId.has_value());
}

TEST_CASE("an invalid action is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    BarrierRepository repo(*db, clock);
    Action action = sampleAction(addLearner(*db, clock), std::nullopt);
    action.owner = ActionOwner::Partner; // without the partner's person
    const auto id = repo.addAction(action);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QLatin1String("partner's person")));
    CHECK(rowCount(*db, "action") == 0);
}

TEST_CASE("a contact moment makes a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    LogbookRepository repo(*db, clock);
    ContactMoment moment = sampleMoment(addLearner(*db, clock), QDate(2025, 3, 10));
    moment.followUp = QDate(2025, 3, 24);
    const qint64 id = require(repo.add(moment));
    CHECK(moment.id == id);
    CHECK(require(repo.get(id)) == moment);

    moment.kind = ContactKind::HomeVisit;
    moment.aftercare = true;
    moment.notes = QStringLiteral("Huisbezoek");
    require(repo.update(moment));
    CHECK(require(repo.get(id)) == moment);

    require(repo.remove(id));
    const auto gone = repo.get(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
}

TEST_CASE("the logbook shows the most recent contact first")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    LogbookRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    for (const QDate date : { QDate(2025, 1, 10), QDate(2025, 3, 1), QDate(2025, 2, 5) }) {
        ContactMoment moment = sampleMoment(learner, date);
        require(repo.add(moment));
    }
    ContactMoment ofOther
        = sampleMoment(addLearner(*db, clock, QStringLiteral("Anders")), QDate(2025, 3, 2));
    require(repo.add(ofOther));
    const auto logbook = require(repo.forLearner(learner));
    REQUIRE(logbook.size() == 3);
    CHECK(logbook[0].date == QDate(2025, 3, 1));
    CHECK(logbook[1].date == QDate(2025, 2, 5));
    CHECK(logbook[2].date == QDate(2025, 1, 10));
}

TEST_CASE("the next planned contact is the first planned one from a day on")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    LogbookRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    CHECK_FALSE(require(repo.nextPlanned(learner, fixedToday())).has_value());

    ContactMoment past = sampleMoment(learner, QDate(2025, 3, 10), ContactStatus::Planned);
    ContactMoment cancelled = sampleMoment(learner, QDate(2025, 3, 17), ContactStatus::Cancelled);
    ContactMoment later = sampleMoment(learner, QDate(2025, 4, 2), ContactStatus::Planned);
    ContactMoment next = sampleMoment(learner, QDate(2025, 3, 21), ContactStatus::Planned);
    for (auto *moment : { &past, &cancelled, &later, &next })
        require(repo.add(*moment));

    const auto found = require(repo.nextPlanned(learner, fixedToday()));
    REQUIRE(found.has_value());
    CHECK(*found == next);
    CHECK(require(repo.nextPlanned(learner, QDate(2025, 3, 21)))->id == next.id);
    CHECK_FALSE(require(repo.nextPlanned(learner, QDate(2025, 4, 3))).has_value());
}

TEST_CASE("an invalid contact moment is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    LogbookRepository repo(*db, clock);
    ContactMoment moment
        = sampleMoment(addLearner(*db, clock), fixedToday().addDays(3)); // done, in the future
    const auto id = repo.add(moment);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QLatin1String("cannot lie in the future")));
    CHECK(rowCount(*db, "contact_moment") == 0);
}

} // namespace TRAJECT_UNITY_ID
