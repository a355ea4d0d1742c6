// SPDX-License-Identifier: GPL-3.0-or-later
// Taking back the latest phase change: the history line goes, the learner returns to the phase.
#include "RepositoryFixtures.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

TEST_CASE("taking back a phase change restores the previous phase and its start date")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    LearnerRepository learners(*db, clock);

    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Peeters");
    learner.phase = Phase::Intake;
    learner.phaseSince = QDate(2025, 1, 6);
    const qint64 id = require(learners.add(learner));

    PhaseChange orientation;
    orientation.date = QDate(2025, 2, 3);
    orientation.to = Phase::Orientation;
    require(learners.changePhase(id, orientation));
    PhaseChange stop;
    stop.date = QDate(2025, 3, 10);
    stop.to = Phase::Stopped;
    stop.reasonCode = toCode(NonEntryReason::OtherInterest);
    require(learners.changePhase(id, stop));
    REQUIRE(require(learners.phaseHistory(id)).size() == 3);

    require(learners.undoLastPhaseChange(id));
    auto back = require(learners.get(id));
    CHECK(back.phase == Phase::Orientation);
    CHECK(back.phaseSince == QDate(2025, 2, 3));
    auto history = require(learners.phaseHistory(id));
    REQUIRE(history.size() == 2);
    CHECK(history.back().to == Phase::Orientation);

    require(learners.undoLastPhaseChange(id));
    back = require(learners.get(id));
    CHECK(back.phase == Phase::Intake);
    CHECK(back.phaseSince == QDate(2025, 1, 6));

    SECTION("the first line of the history cannot be taken back")
    {
        CHECK_FALSE(learners.undoLastPhaseChange(id).ok());
        CHECK(require(learners.phaseHistory(id)).size() == 1);
        CHECK(require(learners.get(id)).phase == Phase::Intake);
    }
    SECTION("the change can be made again afterwards")
    {
        require(learners.changePhase(id, orientation));
        CHECK(require(learners.get(id)).phase == Phase::Orientation);
    }
}

TEST_CASE("taking back a resume after a pause returns to the pause")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    LearnerRepository learners(*db, clock);
    Learner learner;
    learner.firstName = QStringLiteral("Sara");
    learner.lastName = QStringLiteral("Tesfaye");
    learner.phase = Phase::Training;
    learner.phaseSince = QDate(2024, 9, 2);
    const qint64 id = require(learners.add(learner));

    PhaseChange pause;
    pause.date = QDate(2025, 1, 6);
    pause.to = Phase::Paused;
    pause.reasonCode = toCode(StopReason::Pregnancy);
    require(learners.changePhase(id, pause));
    PhaseChange resume;
    resume.date = QDate(2025, 3, 3);
    resume.to = Phase::Training;
    require(learners.changePhase(id, resume));

    require(learners.undoLastPhaseChange(id));
    const auto back = require(learners.get(id));
    CHECK(back.phase == Phase::Paused);
    CHECK(back.phaseSince == QDate(2025, 1, 6));
    CHECK(require(learners.phaseHistory(id)).back().reasonCode == toCode(StopReason::Pregnancy));
}

} // namespace TRAJECT_UNITY_ID
