// SPDX-License-Identifier: GPL-3.0-or-later
// Removing a learner removes everything of theirs, and nothing else.
#include "RepositoryFixtures.h"

#include "storage/BarrierRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleCardRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// Gives the learner a row in every table that holds learner data.
void fillEverything(Database &db, const Clock &clock, qint64 learnerId, const Programme &programme,
                    qint64 personId)
{
    LearnerRepository learners(db, clock);
    Learner learner = require(learners.get(learnerId));
    learner.children = { Child { 0, 2021, ChildcareArrangement::Daycare, {} },
                         Child { 0, 2017, ChildcareArrangement::School, {} } };
    require(learners.update(learner));
    PhaseChange change;
    change.date = clock.today();
    change.to = Phase::InfoSession;
    require(learners.changePhase(learnerId, change));
    require(learners.setAftercare(
        Aftercare { learnerId, QDate(2025, 1, 31), QDate(2025, 2, 1), 6, {} }));
    Outcome outcome;
    outcome.learnerId = learnerId;
    outcome.date = QDate(2025, 3, 1);
    outcome.employer = QStringLiteral("De Vlinder");
    require(learners.setOutcome(outcome));

    RoleAssignment role;
    role.learnerId = learnerId;
    role.personId = personId;
    require(RoleCardRepository(db, clock).add(role));

    EnrolmentRepository enrolments(db, clock);
    Enrolment enrolment;
    enrolment.learnerId = learnerId;
    enrolment.programmeId = programme.id;
    enrolment.start = QDate(2024, 9, 2);
    enrolment.plannedEnd = QDate(2025, 9, 1);
    enrolment.modulePlans
        = require(enrolments.defaultPlan(programme.id, EnrolmentVariant::Months12));
    require(enrolments.add(enrolment));

    PlacementRepository placements(db, clock);
    Placement placement;
    placement.learnerId = learnerId;
    placement.enrolmentId = enrolment.id;
    placement.mentorId = personId;
    placement.start = QDate(2025, 3, 3);
    placement.end = QDate(2025, 3, 31);
    require(placements.add(placement));
    PlacementDay day;
    day.date = QDate(2025, 3, 3);
    require(placements.addDays(placement.id, { day }));

    BarrierRepository barriers(db, clock);
    Barrier barrier;
    barrier.learnerId = learnerId;
    barrier.description = QStringLiteral("Vervoer");
    barrier.detectedOn = QDate(2025, 1, 6);
    require(barriers.addBarrier(barrier));
    Action onBarrier;
    onBarrier.learnerId = learnerId;
    onBarrier.barrierId = barrier.id;
    onBarrier.description = QStringLiteral("Fiets regelen");
    require(barriers.addAction(onBarrier));
    Action onItsOwn = onBarrier;
    onItsOwn.barrierId.reset();
    onItsOwn.owner = ActionOwner::Partner;
    onItsOwn.partnerPersonId = personId;
    require(barriers.addAction(onItsOwn));

    ContactMoment moment;
    moment.learnerId = learnerId;
    moment.date = QDate(2025, 3, 10);
    require(LogbookRepository(db, clock).add(moment));
}

} // namespace

TEST_CASE("deleting a learner removes every row of theirs")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    Organisation organisation;
    organisation.name = QStringLiteral("De Vlinder");
    require(OrganisationRepository(*db, clock).addOrganisation(organisation));
    const qint64 person = addPerson(*db, clock);
    const Programme programme = addProgramme(*db, clock);

    const qint64 learner = addLearner(*db, clock);
    const qint64 other = addLearner(*db, clock, QStringLiteral("Anders"));
    fillEverything(*db, clock, learner, programme, person);
    fillEverything(*db, clock, other, programme, person);

    // Table → the condition that selects the learner's rows.
    const QList<QPair<const char *, QString>> tables = {
        { "learner_child", QStringLiteral("learner_id = %1") },
        { "phase_change", QStringLiteral("learner_id = %1") },
        { "role_assignment", QStringLiteral("learner_id = %1") },
        { "enrolment", QStringLiteral("learner_id = %1") },
        { "module_plan",
          QStringLiteral("enrolment_id IN (SELECT id FROM enrolment WHERE learner_id = %1) "
                         "OR enrolment_id NOT IN (SELECT id FROM enrolment)") },
        { "placement", QStringLiteral("learner_id = %1") },
        { "placement_day",
          QStringLiteral("placement_id IN (SELECT id FROM placement WHERE learner_id = %1) "
                         "OR placement_id NOT IN (SELECT id FROM placement)") },
        { "barrier", QStringLiteral("learner_id = %1") },
        { "action", QStringLiteral("learner_id = %1") },
        { "contact_moment", QStringLiteral("learner_id = %1") },
        { "aftercare", QStringLiteral("learner_id = %1") },
        { "outcome", QStringLiteral("learner_id = %1") },
    };
    for (const auto &[table, where] : tables) {
        INFO(table);
        CHECK(rowCount(*db, table, where.arg(learner)) > 0);
    }
    const qint64 placementDaysBefore = rowCount(*db, "placement_day");

    require(LearnerRepository(*db, clock).remove(learner));

    for (const auto &[table, where] : tables) {
        INFO(table);
        CHECK(rowCount(*db, table, where.arg(learner)) == 0);
        CHECK(rowCount(*db, table, where.arg(other)) > 0); // the other learner keeps theirs
    }
    CHECK(rowCount(*db, "placement_day") == placementDaysBefore / 2);
    CHECK(rowCount(*db, "learner") == 1);
    CHECK(rowCount(*db, "organisation") == 1);
    CHECK(rowCount(*db, "contact_person") == 1);
    CHECK(rowCount(*db, "programme") == 1);
    CHECK(rowCount(*db, "module") == static_cast<qint64>(programme.modules.size()));

    auto check = require(sql::exec(*db, QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());
}

} // namespace TRAJECT_UNITY_ID
