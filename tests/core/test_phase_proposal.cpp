// SPDX-License-Identifier: GPL-3.0-or-later
// Phases follow the facts: an enrolment that starts proposes "Training", the end of the training
// proposes "Aftercare", and an outcome in the future or during the training is questioned.
#include "TestSupport.h"

#include "planning/PhaseProposal.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

Learner inPhase(Phase phase, QDate since)
{
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Benali");
    learner.phase = phase;
    learner.phaseSince = since;
    return learner;
}

/// 18 months from Monday 1 September 2025: the planned end is 28 February 2027.
Enrolment enrolment(QDate start = QDate(2025, 9, 1), QDate plannedEnd = QDate(2027, 2, 28))
{
    Enrolment e;
    e.programmeId = 1;
    e.start = start;
    e.plannedEnd = plannedEnd;
    e.variant = EnrolmentVariant::Months18;
    return e;
}

Outcome outcomeOn(QDate date)
{
    Outcome outcome;
    outcome.date = date;
    outcome.kind = OutcomeKind::JobChildcare;
    outcome.employer = QStringLiteral("Kinderdagverblijf De Vlinder");
    return outcome;
}

} // namespace

TEST_CASE("an enrolment that has started proposes the phase Training from its start date")
{
    const Learner oriented = inPhase(Phase::Orientation, QDate(2025, 6, 16));
    const std::vector<Enrolment> enrolments { enrolment() };

    // The day before the start: nothing yet.
    CHECK_FALSE(proposePhase(oriented, enrolments, std::nullopt, QDate(2025, 8, 31)));
    // On the start day and a week later: Training from Monday 1 September 2025.
    const PhaseProposal expected { Phase::Training, QDate(2025, 9, 1),
                                   QStringLiteral("The training started on 01/09/2025.") };
    CHECK(proposePhase(oriented, enrolments, std::nullopt, QDate(2025, 9, 1)) == expected);
    CHECK(proposePhase(oriented, enrolments, std::nullopt, QDate(2025, 9, 8)) == expected);
    // Straight from the intake too.
    CHECK(proposePhase(inPhase(Phase::Intake, QDate(2025, 5, 12)), enrolments, std::nullopt,
                       QDate(2025, 9, 8))
          == expected);
    // The intake was typed after the start: the proposal keeps the phase history in order.
    CHECK(proposePhase(inPhase(Phase::Intake, QDate(2025, 9, 3)), enrolments, std::nullopt,
                       QDate(2025, 9, 8))
          == PhaseProposal { Phase::Training, QDate(2025, 9, 3),
                             QStringLiteral("The training started on 01/09/2025.") });
    // No enrolment, a pause or a stop: nothing is proposed.
    CHECK_FALSE(proposePhase(oriented, {}, std::nullopt, QDate(2025, 9, 8)));
    CHECK_FALSE(proposePhase(inPhase(Phase::Paused, QDate(2025, 7, 1)), enrolments, std::nullopt,
                             QDate(2025, 9, 8)));
    CHECK_FALSE(proposePhase(inPhase(Phase::Stopped, QDate(2025, 7, 1)), enrolments, std::nullopt,
                             QDate(2025, 9, 8)));
}

TEST_CASE("the end of the training proposes aftercare from the day after it")
{
    const Learner training = inPhase(Phase::Training, QDate(2025, 9, 1));
    const std::vector<Enrolment> enrolments { enrolment() };

    // Still in training on the last day, 28 February 2027.
    CHECK_FALSE(proposePhase(training, enrolments, std::nullopt, QDate(2027, 2, 28)));
    // From Monday 1 March 2027 on: aftercare from that day.
    const PhaseProposal expected { Phase::Aftercare, QDate(2027, 3, 1),
                                   QStringLiteral("The training ended on 28/02/2027.") };
    CHECK(proposePhase(training, enrolments, std::nullopt, QDate(2027, 3, 1)) == expected);
    CHECK(proposePhase(training, enrolments, std::nullopt, QDate(2027, 3, 15)) == expected);
    // In aftercare already: nothing more.
    CHECK_FALSE(proposePhase(inPhase(Phase::Aftercare, QDate(2027, 3, 1)), enrolments, std::nullopt,
                             QDate(2027, 3, 15)));
}

TEST_CASE("moving the training end moves the proposed aftercare start")
{
    const Learner training = inPhase(Phase::Training, QDate(2025, 9, 1));

    // The planned end moved from 28 February to 30 June 2027: aftercare from 1 July.
    const std::vector<Enrolment> later { enrolment(QDate(2025, 9, 1), QDate(2027, 6, 30)) };
    CHECK(aftercareStart(later, std::nullopt) == QDate(2027, 7, 1));
    CHECK_FALSE(proposePhase(training, later, std::nullopt, QDate(2027, 3, 15)));
    CHECK(proposePhase(training, later, std::nullopt, QDate(2027, 7, 1))
          == PhaseProposal { Phase::Aftercare, QDate(2027, 7, 1),
                             QStringLiteral("The training ended on 30/06/2027.") });

    // The agreement says the training ended earlier, on Friday 22 January 2027: aftercare from
    // Saturday 23 January.
    Aftercare agreed;
    agreed.trainingEnd = QDate(2027, 1, 22);
    const std::vector<Enrolment> planned { enrolment() };
    CHECK(trainingEnd(planned, agreed) == QDate(2027, 1, 22));
    CHECK(aftercareStart(planned, agreed) == QDate(2027, 1, 23));
    CHECK(proposePhase(training, planned, agreed, QDate(2027, 2, 1))
          == PhaseProposal { Phase::Aftercare, QDate(2027, 1, 23),
                             QStringLiteral("The training ended on 22/01/2027.") });
    // An agreed start of its own wins: Monday 1 February 2027.
    agreed.start = QDate(2027, 2, 1);
    CHECK(aftercareStart(planned, agreed) == QDate(2027, 2, 1));
    CHECK_FALSE(proposePhase(training, planned, agreed, QDate(2027, 1, 29)));
    CHECK(proposePhase(training, planned, agreed, QDate(2027, 2, 1))
          == PhaseProposal { Phase::Aftercare, QDate(2027, 2, 1),
                             QStringLiteral("The training ended on 22/01/2027.") });

    // Of two enrolments the later planned end counts.
    const std::vector<Enrolment> two { enrolment(QDate(2025, 9, 1), QDate(2026, 8, 31)),
                                       enrolment(QDate(2026, 9, 1), QDate(2027, 1, 31)) };
    CHECK(trainingEnd(two, std::nullopt) == QDate(2027, 1, 31));
    CHECK(aftercareStart(two, std::nullopt) == QDate(2027, 2, 1));
    CHECK_FALSE(aftercareStart({}, std::nullopt).isValid());
}

TEST_CASE("an outcome dated after today or during the training is questioned")
{
    const QDate today(2027, 3, 15);
    const QDate end(2027, 2, 28);
    // After the training, in aftercare, dated today or before: no question.
    CHECK(outcomeDoubts(outcomeOn(QDate(2027, 3, 15)), Phase::Aftercare, end, today).isEmpty());
    CHECK(outcomeDoubts(outcomeOn(QDate(2027, 3, 1)), Phase::Aftercare, end, today).isEmpty());
    // Dated tomorrow.
    CHECK(outcomeDoubts(outcomeOn(QDate(2027, 3, 16)), Phase::Aftercare, end, today)
          == QStringList { QStringLiteral("The outcome date 16/03/2027 lies after today.") });
    // Dated on the last day of the training.
    CHECK(outcomeDoubts(outcomeOn(QDate(2027, 2, 28)), Phase::Aftercare, end, today)
          == QStringList { QStringLiteral(
              "On 28/02/2027 the learner is still in training: it ends on 28/02/2027.") });
    // Both: in the future and during a training that was moved to end on 30 June 2027.
    CHECK(outcomeDoubts(outcomeOn(QDate(2027, 4, 1)), Phase::Training, QDate(2027, 6, 30), today)
          == QStringList {
              QStringLiteral("The outcome date 01/04/2027 lies after today."),
              QStringLiteral(
                  "On 01/04/2027 the learner is still in training: it ends on 30/06/2027.") });
    // The training has ended but the phase still says Training.
    CHECK(outcomeDoubts(outcomeOn(QDate(2027, 3, 10)), Phase::Training, end, today)
          == QStringList { QStringLiteral("The learner is still in the phase \"Training\".") });
    CHECK(outcomeDoubts(outcomeOn(QDate(2027, 3, 10)), Phase::Training, QDate(), today)
          == QStringList { QStringLiteral("The learner is still in the phase \"Training\".") });
}

} // namespace TRAJECT_UNITY_ID
