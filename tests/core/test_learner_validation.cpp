// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/Barrier.h"
#include "domain/Enrolment.h"
#include "domain/Learner.h"
#include "domain/Organisation.h"
#include "domain/Placement.h"
#include "domain/Programme.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fixedToday;

namespace {
Learner validLearner()
{
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("El Idrissi");
    learner.birthDate = QDate(1990, 1, 1);
    learner.phone = QStringLiteral("+32 470 12 34 56");
    learner.email = QStringLiteral("amina@example.be");
    learner.postalCode = QStringLiteral("8000");
    return learner;
}
} // namespace

TEST_CASE("a complete learner passes validation")
{
    CHECK(validLearner().validate(fixedToday()).isEmpty());
}

TEST_CASE("learner fields are checked one by one")
{
    using Mutation = void (*)(Learner &);
    const auto [field, mutate] = GENERATE(table<const char *, Mutation>({
        { "firstName", [](Learner &l) { l.firstName = QStringLiteral("  "); } },
        { "lastName", [](Learner &l) { l.lastName.clear(); } },
        { "birthDate", [](Learner &l) { l.birthDate = QDate(2026, 1, 1); } },
        { "birthDate", [](Learner &l) { l.birthDate = QDate(2015, 1, 1); } },
        { "birthDate", [](Learner &l) { l.birthDate = QDate(1930, 1, 1); } },
        { "phone", [](Learner &l) { l.phone = QStringLiteral("0470"); } },
        { "phone", [](Learner &l) { l.phone = QStringLiteral("bel me"); } },
        { "email", [](Learner &l) { l.email = QStringLiteral("amina@"); } },
        { "email", [](Learner &l) { l.email = QStringLiteral("amina example.be"); } },
        { "postalCode", [](Learner &l) { l.postalCode = QStringLiteral("800"); } },
        { "nationalNumber",
          [](Learner &l) { l.nationalNumber = QStringLiteral("90.01.01-124.95"); } },
        // Valid number, but of someone born on another day.
        { "nationalNumber",
          [](Learner &l) { l.nationalNumber = QStringLiteral("85.07.30-033.28"); } },
        { "monthsUnemployed", [](Learner &l) { l.monthsUnemployed = -1; } },
        { "children",
          [](Learner &l) {
              l.children.push_back({ 0, 2030, ChildcareArrangement::None, {} });
          } },
        { "foreignDiploma",
          [](Learner &l) { l.diplomaRecognition = DiplomaRecognition::Requested; } },
        { "phaseSince", [](Learner &l) { l.phaseSince = QDate(2025, 4, 1); } },
    }));
    Learner learner = validLearner();
    mutate(learner);
    const auto problems = learner.validate(fixedToday());
    CAPTURE(field, describe(problems));
    CHECK(problems.size() == 1);
    CHECK(hasProblem(problems, QString::fromLatin1(field)));
    CHECK_FALSE(problems.value(0).message.isEmpty());
}

TEST_CASE("a matching national register number is accepted")
{
    Learner learner = validLearner();
    learner.nationalNumber = QStringLiteral("90.01.01-124.94");
    CHECK(learner.validate(fixedToday()).isEmpty());
}

TEST_CASE("the age of a learner counts birthdays")
{
    Learner learner = validLearner();
    learner.birthDate = QDate(1990, 3, 15);
    CHECK(learner.ageOn(QDate(2025, 3, 14)) == 34);
    CHECK(learner.ageOn(QDate(2025, 3, 15)) == 35);
}

TEST_CASE("phase changes need a date, go forward, and carry a reason for stops")
{
    const QDate since(2025, 1, 10);
    PhaseChange change;
    change.date = QDate(2025, 3, 1);

    SECTION("forward to training is fine, skipping the optional pre-trajectory")
    {
        change.to = Phase::Training;
        CHECK(validatePhaseChange(Phase::Orientation, since, change, fixedToday()).isEmpty());
    }
    SECTION("backwards is refused")
    {
        change.to = Phase::Intake;
        CHECK(hasProblem(validatePhaseChange(Phase::Training, since, change, fixedToday()),
                         QStringLiteral("to")));
    }
    SECTION("the same phase is refused")
    {
        change.to = Phase::Training;
        CHECK(hasProblem(validatePhaseChange(Phase::Training, since, change, fixedToday()),
                         QStringLiteral("to")));
    }
    SECTION("a date before the current phase began is refused")
    {
        change.to = Phase::Aftercare;
        change.date = QDate(2025, 1, 1);
        CHECK(hasProblem(validatePhaseChange(Phase::Training, since, change, fixedToday()),
                         QStringLiteral("date")));
    }
    SECTION("a date in the future is refused")
    {
        change.to = Phase::Aftercare;
        change.date = QDate(2025, 3, 15);
        CHECK(hasProblem(validatePhaseChange(Phase::Training, since, change, fixedToday()),
                         QStringLiteral("date")));
    }
    SECTION("a stop during training needs a stop reason")
    {
        change.to = Phase::Stopped;
        CHECK(reasonListFor(Phase::Training, Phase::Stopped) == ReasonList::Stop);
        CHECK(hasProblem(validatePhaseChange(Phase::Training, since, change, fixedToday()),
                         QStringLiteral("reasonCode")));
        change.reasonCode = toCode(StopReason::Pregnancy);
        CHECK(validatePhaseChange(Phase::Training, since, change, fixedToday()).isEmpty());
    }
    SECTION("not entering after the intake needs a non-entry reason")
    {
        change.to = Phase::Stopped;
        CHECK(reasonListFor(Phase::Intake, Phase::Stopped) == ReasonList::NonEntry);
        change.reasonCode = toCode(NonEntryReason::LanguageTooLow);
        CHECK(validatePhaseChange(Phase::Intake, since, change, fixedToday()).isEmpty());
        change.reasonCode = toCode(StopReason::WrongExpectations);
        CHECK_FALSE(validatePhaseChange(Phase::Intake, since, change, fixedToday()).isEmpty());
    }
    SECTION("a pause needs a reason, and 'other' needs words")
    {
        change.to = Phase::Paused;
        change.reasonCode = QStringLiteral("other");
        CHECK(hasProblem(validatePhaseChange(Phase::Training, since, change, fixedToday()),
                         QStringLiteral("reasonText")));
        change.reasonText = QStringLiteral("verhuis");
        CHECK(validatePhaseChange(Phase::Training, since, change, fixedToday()).isEmpty());
    }
    SECTION("after a pause the trajectory resumes")
    {
        change.to = Phase::Training;
        CHECK(validatePhaseChange(Phase::Paused, since, change, fixedToday()).isEmpty());
    }
}

TEST_CASE("the two-year limit runs from the start of the enrolment")
{
    Enrolment enrolment;
    enrolment.programmeId = 1;
    enrolment.start = QDate(2024, 9, 2);
    enrolment.plannedEnd = Enrolment::suggestedEnd(enrolment.start, EnrolmentVariant::Months18);
    CHECK(enrolment.plannedEnd == QDate(2026, 3, 1));
    CHECK(enrolment.limitDate() == QDate(2026, 9, 1));
    CHECK_FALSE(enrolment.passesLimit());
    enrolment.plannedEnd = QDate(2026, 9, 2);
    CHECK(enrolment.passesLimit());
    CHECK(enrolment.validate().isEmpty());
}

TEST_CASE("a module retake needs a reason and no module is planned twice in one semester")
{
    Enrolment enrolment;
    enrolment.programmeId = 1;
    enrolment.start = QDate(2024, 9, 2);
    enrolment.plannedEnd = QDate(2025, 8, 31);
    enrolment.modulePlans
        = { { 0, 7, 1, ModuleStatus::Failed, {} }, { 0, 7, 3, ModuleStatus::Retake, {} } };
    CHECK(hasProblem(enrolment.validate(), QStringLiteral("modulePlans")));
    enrolment.modulePlans[1].retakeReason = QStringLiteral("examen niet gehaald");
    CHECK(enrolment.validate().isEmpty());
    enrolment.modulePlans[1].semester = 1;
    CHECK(hasProblem(enrolment.validate(), QStringLiteral("modulePlans")));
}

TEST_CASE("barriers: solved ones carry a date that is not before their detection")
{
    Barrier barrier;
    barrier.description = QStringLiteral("Geen opvang voor de eigen kinderen op stagedagen");
    barrier.detectedOn = QDate(2025, 2, 1);
    CHECK(barrier.validate(fixedToday()).isEmpty());
    barrier.status = BarrierStatus::Solved;
    CHECK(hasProblem(barrier.validate(fixedToday()), QStringLiteral("resolvedOn")));
    barrier.resolvedOn = QDate(2025, 1, 1);
    CHECK(hasProblem(barrier.validate(fixedToday()), QStringLiteral("resolvedOn")));
    barrier.resolvedOn = QDate(2025, 3, 1);
    CHECK(barrier.validate(fixedToday()).isEmpty());
}

TEST_CASE("an action for a partner names the partner's person")
{
    Action action;
    action.description = QStringLiteral("Aanvraag kinderopvangtoeslag");
    action.owner = ActionOwner::Partner;
    CHECK(hasProblem(action.validate(), QStringLiteral("partnerPersonId")));
    action.partnerPersonId = 4;
    CHECK(action.validate().isEmpty());
}

TEST_CASE("a childcare site has a type of care")
{
    Organisation site;
    site.name = QStringLiteral("Kinderdagverblijf De Poppenkast");
    site.kind = OrganisationKind::ChildcareSite;
    CHECK(hasProblem(site.validate(), QStringLiteral("siteType")));
    site.siteType = SiteType::GroupCare;
    CHECK(site.validate().isEmpty());
}

TEST_CASE("placement periods and days are checked")
{
    Placement placement;
    placement.start = QDate(2025, 3, 3);
    placement.end = QDate(2025, 2, 3);
    CHECK(hasProblem(placement.validate(), QStringLiteral("end")));
    PlacementDay day;
    day.date = QDate(2025, 3, 4);
    day.plannedHours = 7.6;
    day.workedHours = 7.6;
    CHECK(hasProblem(day.validate(), QStringLiteral("workedHours")));
    day.status = PlacementDayStatus::Worked;
    CHECK(day.validate().isEmpty());
}

TEST_CASE(
    "the shipped CVO template has 720 teaching periods in 18 modules, 11 with work-place learning")
{
    auto programme
        = traject::test::require(ProgrammeTemplates::load(QStringLiteral("cvo-kinderbegeleider")));
    CHECK(programme.moduleCount(false) == 18);
    CHECK(programme.sumLestijden(false) == 720);
    CHECK(programme.totalLestijden == 720);
    CHECK(programme.workplaceModuleCount() == 11);
    CHECK(programme.moduleCount(true) == 19);
    int named = 0;
    for (const auto &module : programme.modules)
        named += module.toBeNamed ? 0 : 1;
    CHECK(named == 5); // the four modules the sources name, and the placement module
}

TEST_CASE("the shipped Syntra template has 150 hours of placement and 16 of observation")
{
    auto programme = traject::test::require(
        ProgrammeTemplates::load(QStringLiteral("syntra-kinderbegeleider")));
    CHECK(programme.placementHours == 150);
    CHECK(programme.observationHours == 16);
    CHECK(programme.classDaysPerWeek == 3);
    CHECK(programme.durationMonths == 12);
}

TEST_CASE("enumeration codes round-trip and are unique")
{
    for (const auto phase : allValues<Phase>())
        CHECK(fromCode<Phase>(toCode(phase)) == phase);
    QSet<QString> codes;
    for (const auto category : allValues<BarrierCategory>())
        codes.insert(toCode(category));
    CHECK(codes.size() == 10);
    CHECK_FALSE(fromCode<Phase>(QStringLiteral("nonsense")).has_value());
}

} // namespace TRAJECT_UNITY_ID
