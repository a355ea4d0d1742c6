// SPDX-License-Identifier: GPL-3.0-or-later
// The learner aggregate: every field, the phase history, aftercare and outcome make a round trip.
#include "RepositoryFixtures.h"

#include "domain/NationalNumber.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

Learner everyField(qint64 referrer)
{
    Learner l;
    l.firstName = QStringLiteral("Fatma");
    l.lastName = QStringLiteral("Yılmaz");
    l.birthDate = QDate(1990, 1, 1);
    l.gender = Gender::Female;
    l.phone = QStringLiteral("0470 12 34 56");
    l.email = QStringLiteral("fatma@example.be");
    l.street = QStringLiteral("Langestraat 12");
    l.postalCode = QStringLiteral("8000");
    l.municipality = QStringLiteral("Brugge");
    l.nationalNumber = QStringLiteral("90010112494");
    l.homeLanguage = QStringLiteral("Turks");
    l.nt2Level = Nt2Level::L2_4;
    l.educationLevel = EducationLevel::Medium;
    l.foreignDiploma = QStringLiteral("Lise diploması");
    l.diplomaRecognition = DiplomaRecognition::PartlyRecognised;
    l.migrationBackground = MigrationBackground::Yes;
    l.children
        = { Child { 0, 2017, ChildcareArrangement::School, QStringLiteral("woensdagnamiddag oma") },
            Child { 0, 2021, ChildcareArrangement::Daycare, {} } };
    l.transport = Transport::PublicTransport;
    l.drivingLicence = true;
    l.hasLaptop = true;
    l.hasInternet = false;
    l.statusBeforeStart = StatusBeforeStart::JobSeeker;
    l.monthsUnemployed = 18;
    l.referrerId = referrer;
    l.referrerNote = QStringLiteral("via de infosessie in het Huis van het Kind");
    l.employmentService = EmploymentService::Vdab;
    l.statute = QStringLiteral("Leefloon");
    l.phase = Phase::Intake;
    l.phaseSince = QDate(2025, 2, 3);
    l.notes = QStringLiteral("Wil graag in de groepsopvang werken.");
    return l;
}

/// Child ids are given by the database; compare the rest.
std::vector<Child> withoutIds(std::vector<Child> children)
{
    for (auto &child : children)
        child.id = 0;
    return children;
}

} // namespace

TEST_CASE("a learner makes a full round trip, every field included")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    Organisation vdab;
    vdab.name = QStringLiteral("VDAB Brugge");
    vdab.kind = OrganisationKind::Vdab;
    const qint64 referrer = require(OrganisationRepository(*db, clock).addOrganisation(vdab));
    LearnerRepository learners(*db, clock);

    Learner original = everyField(referrer);
    const qint64 id = require(learners.add(original));
    CHECK(original.id == id);

    Learner stored = require(learners.get(id));
    CHECK(withoutIds(stored.children) == original.children);
    stored.children = original.children;
    CHECK(stored == original);

    SECTION("an update changes every field it is given, and the children")
    {
        Learner changed = require(learners.get(id));
        changed.email = QStringLiteral("fatma.yilmaz@example.be");
        changed.nt2Level = Nt2Level::L3;
        changed.monthsUnemployed.reset();
        changed.referrerId.reset();
        changed.statute = QStringLiteral("Werkloosheidsuitkering");
        changed.children.pop_back();
        require(learners.update(changed));
        Learner again = require(learners.get(id));
        CHECK(withoutIds(again.children) == withoutIds(changed.children));
        again.children = changed.children;
        CHECK(again == changed);
    }
    SECTION("the phase only changes through a dated phase change, kept in the history")
    {
        Learner changed = require(learners.get(id));
        changed.phase = Phase::Training; // ignored by update()
        require(learners.update(changed));
        CHECK(require(learners.get(id)).phase == Phase::Intake);

        PhaseChange change;
        change.date = QDate(2025, 3, 1);
        change.to = Phase::Stopped;
        change.reasonCode = toCode(NonEntryReason::OtherInterest);
        change.reasonText = QStringLiteral("Kiest voor de opleiding schoolgaande kinderen");
        require(learners.changePhase(id, change));
        const auto history = require(learners.phaseHistory(id));
        REQUIRE(history.size() == 2);
        CHECK(history[0].to == Phase::Intake);
        CHECK_FALSE(history[0].from.has_value());
        CHECK(history[1].from == Phase::Intake);
        CHECK(history[1].to == Phase::Stopped);
        CHECK(history[1].date == QDate(2025, 3, 1));
        CHECK(history[1].reasonCode == QStringLiteral("other_interest"));
        CHECK(history[1].reasonText == change.reasonText);
        const Learner after = require(learners.get(id));
        CHECK(after.phase == Phase::Stopped);
        CHECK(after.phaseSince == QDate(2025, 3, 1));
    }
    SECTION("a refused phase change writes nothing")
    {
        PhaseChange change;
        change.date = QDate(2025, 3, 1);
        change.to = Phase::Stopped; // without a reason
        CHECK_FALSE(learners.changePhase(id, change).ok());
        CHECK(require(learners.phaseHistory(id)).size() == 1);
        CHECK(require(learners.get(id)).phase == Phase::Intake);
    }
    SECTION("aftercare and outcome are kept and replaced")
    {
        CHECK_FALSE(require(learners.aftercare(id)).has_value());
        const Aftercare aftercare { id, QDate(2025, 1, 31), QDate(2025, 2, 1), 4,
                                    QStringLiteral("jobcoaching") };
        require(learners.setAftercare(aftercare));
        CHECK(require(learners.aftercare(id)) == aftercare);
        CHECK(aftercare.end() == QDate(2025, 5, 31));

        Outcome outcome;
        outcome.learnerId = id;
        outcome.date = QDate(2025, 3, 1);
        outcome.kind = OutcomeKind::JobChildcare;
        outcome.employer = QStringLiteral("Kinderdagverblijf De Vlinder");
        outcome.contractType = ContractType::Permanent;
        outcome.regime = WorkRegime::FourFifths;
        outcome.hoursPerWeek = 28.5;
        require(learners.setOutcome(outcome));
        CHECK(require(learners.outcome(id)) == outcome);
        outcome.hoursPerWeek.reset();
        outcome.kind = OutcomeKind::FurtherStudy;
        require(learners.setOutcome(outcome));
        CHECK(require(learners.outcome(id)) == outcome);
    }
}

TEST_CASE("a national register number is stored as its eleven digits")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    LearnerRepository learners(*db, clock);
    Learner learner = everyField(0);
    learner.referrerId.reset();
    learner.nationalNumber = QStringLiteral("90.01.01-124.94");
    const qint64 id = require(learners.add(learner));
    CHECK(require(learners.get(id)).nationalNumber == QStringLiteral("90010112494"));
}

TEST_CASE("a new learner cannot start paused or stopped")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    Learner learner;
    learner.firstName = QStringLiteral("An");
    learner.lastName = QStringLiteral("Peeters");
    learner.phase = GENERATE(Phase::Paused, Phase::Stopped);
    CHECK_FALSE(LearnerRepository(*db, clock).add(learner).ok());
    CHECK(require(LearnerRepository(*db, clock).count()) == 0);
}

TEST_CASE("after a pause the trajectory resumes where it was, or later")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    LearnerRepository learners(*db, clock);
    Learner learner;
    learner.firstName = QStringLiteral("Jana");
    learner.lastName = QStringLiteral("Peeters");
    learner.phase = Phase::Training;
    learner.phaseSince = QDate(2024, 9, 2);
    const qint64 id = require(learners.add(learner));
    PhaseChange pause;
    pause.date = QDate(2025, 1, 6);
    pause.to = Phase::Paused;
    pause.reasonCode = toCode(StopReason::Pregnancy);
    require(learners.changePhase(id, pause));

    PhaseChange back;
    back.date = QDate(2025, 3, 3);
    back.to = Phase::Intake;
    const auto refused = learners.changePhase(id, back);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(label(Phase::Training)));
    back.to = Phase::Training;
    require(learners.changePhase(id, back));
}

TEST_CASE("aftercare and outcome of an unknown learner are refused with a clear message")
{
    FixedClock clock(fixedToday());
    auto db = memoryDatabase();
    LearnerRepository learners(*db, clock);
    const auto result = learners.setAftercare(Aftercare { 42, {}, QDate(2025, 2, 1), 6, {} });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("no longer exists")));
}

TEST_CASE("aftercare lasts 3 to 6 months after the training")
{
    const auto [months, start, valid] = GENERATE(table<int, QDate, bool>({
        { 6, QDate(2025, 2, 1), true },
        { 3, QDate(2025, 2, 1), true },
        { 2, QDate(2025, 2, 1), false },
        { 7, QDate(2025, 2, 1), false },
        { 6, QDate(2025, 1, 15), false }, // before the end of the training
        { 6, QDate(), false },
    }));
    const Aftercare aftercare { 1, QDate(2025, 1, 31), start, months, {} };
    CHECK(aftercare.validate().isEmpty() == valid);
}

TEST_CASE("an outcome with a job names the employer and sensible hours")
{
    Outcome outcome;
    outcome.date = QDate(2025, 3, 1);
    outcome.kind = OutcomeKind::JobChildcare;
    CHECK(hasProblem(outcome.validate(fixedToday()), QStringLiteral("employer")));
    outcome.employer = QStringLiteral("De Vlinder");
    CHECK(outcome.validate(fixedToday()).isEmpty());
    outcome.hoursPerWeek = 0;
    CHECK(hasProblem(outcome.validate(fixedToday()), QStringLiteral("hoursPerWeek")));
    outcome.hoursPerWeek = 38;
    outcome.kind = OutcomeKind::FurtherStudy;
    outcome.employer.clear();
    CHECK(outcome.validate(fixedToday()).isEmpty());
    outcome.date = QDate();
    CHECK(hasProblem(outcome.validate(fixedToday()), QStringLiteral("date")));
}

} // namespace TRAJECT_UNITY_ID
