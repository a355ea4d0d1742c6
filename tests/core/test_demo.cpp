// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/internal/Sql.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {
int count(const Database &db, const char *statement)
{
    auto query = require(sql::exec(db, QString::fromLatin1(statement)));
    REQUIRE(query.next());
    return query.value(0).toInt();
}
} // namespace

TEST_CASE("the demo caseload has 25 learners in every phase, with their whole trajectory")
{
    const QDate today
        = GENERATE(QDate(2025, 3, 14), QDate(2026, 11, 22), QDate(2024, 2, 29), QDate(2027, 9, 1));
    CAPTURE(today);
    FixedClock clock(today);
    auto db = traject::test::memoryDatabase();
    const auto summary = require(demo::fillDemoCaseload(*db, clock));

    CHECK(summary.learners == 25);
    CHECK(count(*db, "SELECT count(*) FROM learner") == 25);
    QSet<Phase> phases;
    for (const auto &learner : require(LearnerRepository(*db, clock).all())) {
        phases.insert(learner.phase);
        CHECK(learner.validate(today).isEmpty());
        CHECK(learner.phaseSince <= today);
    }
    CHECK(phases.size() == static_cast<int>(allValues<Phase>().size()));

    CHECK(count(*db, "SELECT count(*) FROM programme") == 2);
    CHECK(summary.enrolments >= 12);
    CHECK(count(*db, "SELECT count(*) FROM enrolment") == summary.enrolments);
    CHECK(count(*db, "SELECT count(*) FROM placement_day") == summary.placementDays);
    CHECK(summary.placementDays > 300);
    CHECK(count(*db, "SELECT count(*) FROM placement_day WHERE status = 'worked'") > 100);
    CHECK(count(*db, "SELECT count(*) FROM placement_day WHERE status = 'planned'") > 10);
    CHECK(count(*db, "SELECT count(*) FROM barrier") == summary.barriers);
    CHECK(count(*db, "SELECT count(DISTINCT category) FROM barrier") >= 8);
    CHECK(count(*db, "SELECT count(*) FROM action") == summary.actions);
    CHECK(count(*db, "SELECT count(*) FROM contact_moment WHERE status = 'planned'") >= 15);
    CHECK(count(*db, "SELECT count(*) FROM aftercare") == 4);
    CHECK(count(*db, "SELECT count(*) FROM outcome") == 1);
    CHECK(count(*db, "SELECT count(*) FROM role_assignment") >= 50);
    CHECK(count(*db, "SELECT count(*) FROM phase_change WHERE reason_code <> ''") == 2);
    // No placement day on a weekend, and every day lies inside its placement.
    CHECK(count(*db, "SELECT count(*) FROM placement_day WHERE strftime('%w', date) IN ('0', '6')")
          == 0);
    CHECK(count(*db,
                "SELECT count(*) FROM placement_day d JOIN placement p ON p.id = d.placement_id "
                "WHERE d.date < p.start_date OR d.date > p.end_date")
          == 0);
    // Work-place learning aims at 44 to 47 days.
    CHECK(count(*db,
                "SELECT count(*) FROM (SELECT placement_id, count(*) AS n FROM placement_day d "
                "JOIN placement p ON p.id = d.placement_id WHERE p.kind = 'workplace_learning' "
                "GROUP BY placement_id HAVING n NOT BETWEEN 40 AND 47)")
          == 0);
}

TEST_CASE("demo data is never added to a database that holds learners")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const auto again = demo::fillDemoCaseload(*db, clock);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("empty database")));
    CHECK(count(*db, "SELECT count(*) FROM learner") == 25);
}

TEST_CASE("the demo caseload is the same for the same seed and day")
{
    FixedClock clock(traject::test::fixedToday());
    auto first = traject::test::memoryDatabase();
    auto second = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*first, clock, 7));
    require(demo::fillDemoCaseload(*second, clock, 7));
    const char *fingerprint
        = "SELECT group_concat(first_name || birth_date || phone, '|') FROM learner";
    auto a = require(sql::exec(*first, QString::fromLatin1(fingerprint)));
    auto b = require(sql::exec(*second, QString::fromLatin1(fingerprint)));
    REQUIRE(a.next());
    REQUIRE(b.next());
    CHECK(a.value(0).toString() == b.value(0).toString());
}

TEST_CASE("demo learners past the intake have a finished intake that fits their trajectory")
{
    const QDate today = GENERATE(QDate(2025, 3, 14), QDate(2026, 11, 22), QDate(2024, 2, 29));
    CAPTURE(today);
    FixedClock clock(today);
    auto db = traject::test::memoryDatabase();
    QElapsedTimer timer;
    timer.start();
    const auto summary = require(demo::fillDemoCaseload(*db, clock));
    // About half a second in a debug build; far more means something slow crept in.
    CHECK(timer.elapsed() < 5000);
    LearnerRepository learners(*db, clock);
    IntakeRepository intakes(*db, clock);

    int finished = 0, unfinished = 0, withNetwork = 0;
    for (const auto &learner : require(learners.all())) {
        CAPTURE(learner.firstName);
        const auto history = require(learners.phaseHistory(learner.id));
        const auto intakeStep = std::find_if(history.begin(), history.end(),
                                             [](const auto &c) { return c.to == Phase::Intake; });
        const auto own = require(intakes.forLearner(learner.id));
        const auto network = require(intakes.supportNetwork(learner.id));
        CHECK(network.size() <= 3);
        for (const auto &person : network)
            CHECK(person.validate().isEmpty());
        withNetwork += network.empty() ? 0 : 1;
        if (intakeStep == history.end()) {
            CHECK(own.empty());
            continue;
        }
        REQUIRE(own.size() == 1);
        const Intake &intake = own.front();
        // On the first working day of the intake phase.
        CHECK(intake.date >= intakeStep->date);
        CHECK(intake.date <= intakeStep->date.addDays(2));
        CHECK(intake.date.dayOfWeek() <= Qt::Friday);
        CHECK(intake.date <= today);
        CHECK(intake.startedAt.date() == intake.date);
        const auto answers = require(intakes.answers(intake.id));
        if (learner.phase == Phase::Intake) {
            ++unfinished;
            CHECK_FALSE(intake.isFinished());
            CHECK_FALSE(intake.decision.has_value());
            CHECK(answers.size() >= 5);
            CHECK(answers.size() <= 12);
            continue;
        }
        ++finished;
        CHECK(intake.isFinished());
        CHECK(intake.finishedAt > intake.startedAt);
        CHECK(answers.size() >= 8);
        CHECK(answers.size() <= 15);
        CHECK(answers.value(QStringLiteral("nt2_level")) == toCode(learner.nt2Level));
        CHECK(answers.value(QStringLiteral("employment_service"))
              == toCode(learner.employmentService));
        CHECK(answers.value(QStringLiteral("statute")) == learner.statute);
        CHECK_FALSE(answers.value(QStringLiteral("motivation")).isEmpty());
        // The decision led to the phase after the intake, with the stop's reason.
        const auto next = std::next(intakeStep);
        REQUIRE(next != history.end());
        CHECK(intake.date < next->date);
        REQUIRE(intake.decision.has_value());
        if (next->to == Phase::Stopped) {
            CHECK(intake.decision == IntakeDecision::NotEntering);
            CHECK(intake.reasonCode == next->reasonCode);
            CHECK(intake.reasonText == next->reasonText);
        } else {
            CHECK(phaseAfter(*intake.decision) == next->to);
        }
    }
    CHECK(finished >= 15);
    CHECK(unfinished == 3);
    CHECK(summary.intakes == finished + unfinished);
    CHECK(count(*db, "SELECT count(*) FROM intake_answer") == summary.answers);
    CHECK(withNetwork >= 14);
    CHECK(withNetwork <= 19);
    CHECK(count(*db, "SELECT count(*) FROM support_person") == summary.supportPersons);
    CHECK(count(*db, "SELECT count(DISTINCT kind) FROM support_person") == 2);
    // The barriers ticked in an intake were noticed in that phase.
    CHECK(count(*db, "SELECT count(*) FROM barrier WHERE intake_id IS NOT NULL") >= 20);
    CHECK(count(*db,
                "SELECT count(*) FROM barrier b JOIN intake i ON i.id = b.intake_id "
                "WHERE b.detected_in_phase <> 'intake' OR b.detected_on < date(i.date, '-2 days') "
                "OR b.learner_id <> i.learner_id")
          == 0);
    CHECK(count(*db,
                "SELECT count(*) FROM action a JOIN barrier b ON b.id = a.barrier_id "
                "WHERE a.intake_id IS NOT b.intake_id")
          == 0);

    // An unfinished intake can be resumed: its answers pass the checks when given again.
    const auto open = require(intakes.unfinished());
    REQUIRE(open.size() == 3);
    for (const auto &intake : open) {
        const auto answers = require(intakes.answers(intake.id));
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            require(intakes.setAnswer(intake.id, it.key(), it.value()));
        require(intakes.setAnswer(intake.id, QStringLiteral("motivation"),
                                  QStringLiteral("Wil graad met kinderen werken.")));
        CHECK(require(intakes.answers(intake.id)).size() >= answers.size());
    }
    // So do the answers of the finished ones (opened again here only to check them).
    require(sql::exec(*db, QStringLiteral("UPDATE intake SET finished_at = NULL")));
    for (const auto &intake : require(intakes.unfinished())) {
        const auto answers = require(intakes.answers(intake.id));
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            CAPTURE(it.key(), it.value());
            require(intakes.setAnswer(intake.id, it.key(), it.value()));
        }
    }
}

} // namespace TRAJECT_UNITY_ID
