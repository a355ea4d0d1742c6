// SPDX-License-Identifier: GPL-3.0-or-later
// The intake is a contact: finishing it writes the interview into the
// logbook, and a new intake starts with what the dossier already knows.
#include "RepositoryFixtures.h"

#include "overview/Overview.h"
#include "storage/IntakeRepository.h"
#include "storage/LogbookRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// A candidate registered 200 days ago who has not been seen since.
qint64 addSilentCandidate(Database &db, const Clock &clock)
{
    Learner learner;
    learner.firstName = QStringLiteral("Hanane");
    learner.lastName = QStringLiteral("El Amrani");
    learner.phaseSince = fixedToday().addDays(-200);
    return require(LearnerRepository(db, clock).add(learner));
}

/// The learners the overview lists as silent, with the days since their last contact.
std::vector<std::pair<qint64, int>> silent(const Database &db, const Clock &clock)
{
    const auto overview
        = require(Overview::make(db, clock, Overview::defaultOptions(clock.today())));
    std::vector<std::pair<qint64, int>> result;
    for (const auto &entry : overview.silent)
        result.emplace_back(entry.learnerId, entry.days);
    return result;
}

} // namespace

TEST_CASE("Finishing an intake writes the interview into the logbook on the day it was held")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    LogbookRepository logbook(*db, clock);
    const qint64 learnerId = addSilentCandidate(*db, clock);
    CHECK(silent(*db, clock) == std::vector<std::pair<qint64, int>> { { learnerId, 200 } });

    const Intake intake = require(intakes.start(learnerId, fixedToday()));
    const QDate held(2025, 3, 11); // typed up three days after the interview
    require(intakes.setDate(intake.id, held));
    require(intakes.setAnswer(intake.id, QStringLiteral("participants"),
                              QStringLiteral("vdab,interpreter")));
    require(intakes.setAnswer(intake.id, QStringLiteral("participant_names"),
                              QStringLiteral("Kristof Desmet,  Fatima Zahra")));
    require(intakes.setDecision(intake.id, IntakeDecision::NotEntering,
                                QStringLiteral("language_too_low"),
                                QStringLiteral("Eerst NT2 2.4 volgen")));
    CHECK(require(logbook.forLearner(learnerId)).empty());

    const auto effects = require(intakes.effectsOfFinishing(intake.id));
    CHECK(effects.changes
          == QStringList { QStringLiteral("Logbook: \"Intake interview\" on 11/03/2025 with VDAB "
                                          "consultant, Interpreter; Kristof Desmet, Fatima Zahra"),
                           QStringLiteral("Phase: Intake and screening → Stopped on 11/03/2025") });

    const qint64 contactId = require(intakes.finish(intake.id));
    const auto moments = require(logbook.forLearner(learnerId));
    REQUIRE(moments.size() == 1);
    ContactMoment expected;
    expected.id = contactId;
    expected.learnerId = learnerId;
    expected.date = held;
    expected.kind = ContactKind::Intake;
    expected.status = ContactStatus::Done;
    expected.withWhom
        = QStringLiteral("VDAB consultant, Interpreter; Kristof Desmet, Fatima Zahra");
    expected.notes = QStringLiteral("Decision: Not entering (Language level too low).\n"
                                    "Eerst NT2 2.4 volgen");
    CHECK(moments.front() == expected);
    // Stopped: no longer in an active phase, so never silent. An admitted one is shown below.

    // Undoing the finish takes the interview out of the logbook again.
    require(intakes.reopen(intake.id, contactId));
    CHECK(require(logbook.forLearner(learnerId)).empty());
    CHECK_FALSE(require(intakes.get(intake.id)).isFinished());
}

TEST_CASE("After the intake the overview no longer lists the candidate as silent")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    const qint64 learnerId = addSilentCandidate(*db, clock);
    const Intake intake = require(intakes.start(learnerId, fixedToday()));
    require(intakes.setDate(intake.id, QDate(2025, 3, 10)));
    require(intakes.setDecision(intake.id, IntakeDecision::Admitted, {}, {}));
    CHECK(silent(*db, clock) == std::vector<std::pair<qint64, int>> { { learnerId, 200 } });

    const auto effects = require(intakes.effectsOfFinishing(intake.id));
    CHECK(effects.changes
          == QStringList { QStringLiteral("Logbook: \"Intake interview\" on 10/03/2025"),
                           QStringLiteral("Phase: Intake and screening → Orientation on "
                                          "10/03/2025") });
    const qint64 contactId = require(intakes.finish(intake.id));
    const auto moment = require(LogbookRepository(*db, clock).get(contactId));
    CHECK(moment.withWhom.isEmpty());
    CHECK(moment.notes == QStringLiteral("Decision: Admitted."));
    CHECK(silent(*db, clock).empty());

    require(intakes.reopen(intake.id, contactId));
    CHECK(silent(*db, clock) == std::vector<std::pair<qint64, int>> { { learnerId, 200 } });
}

TEST_CASE("A new intake starts with what the dossier already knows")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    LearnerRepository learners(*db, clock);

    SECTION("the known fields are answered, the rest is not")
    {
        Learner learner;
        learner.firstName = QStringLiteral("Amina");
        learner.lastName = QStringLiteral("Peeters");
        learner.employmentService = EmploymentService::Vdab;
        learner.homeLanguage = QStringLiteral("Arabisch");
        learner.nt2Level = Nt2Level::L2_2;
        learner.statute = QStringLiteral("Leefloon");
        const qint64 learnerId = require(learners.add(learner));

        const Intake intake = require(intakes.start(learnerId, fixedToday()));
        const IntakeAnswers expected {
            { QStringLiteral("employment_service"), QStringLiteral("vdab") },
            { QStringLiteral("home_language"), QStringLiteral("Arabisch") },
            { QStringLiteral("nt2_level"), QStringLiteral("2.2") },
            { QStringLiteral("statute"), QStringLiteral("Leefloon") }
        };
        CHECK(require(intakes.answers(intake.id)) == expected);

        // Unchanged answers change nothing in the file; a changed one does.
        require(intakes.setAnswer(intake.id, QStringLiteral("nt2_level"), QStringLiteral("2.3")));
        require(intakes.setDecision(intake.id, IntakeDecision::Admitted, {}, {}));
        CHECK(require(intakes.effectsOfFinishing(intake.id)).changes
              == QStringList { QStringLiteral("Level of Dutch (NT2): 2.2 (towards B1) → 2.3 "
                                              "(towards B1)"),
                               QStringLiteral("Logbook: \"Intake interview\" on 14/03/2025"),
                               QStringLiteral("Phase: Intake and screening → Orientation on "
                                              "14/03/2025") });
    }
    SECTION("a dossier that knows nothing yet gives no answers")
    {
        const qint64 learnerId = addLearner(*db, clock);
        const Intake intake = require(intakes.start(learnerId, fixedToday()));
        CHECK(require(intakes.answers(intake.id)).isEmpty());
    }
}

} // namespace TRAJECT_UNITY_ID
