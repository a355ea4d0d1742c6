// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of core (edits/), without widgets: each one applied, reverted and applied again leaves
// the database exactly as the first apply and the revert did, with the same ids.
#include "RepositoryFixtures.h"

#include "demo/DemoData.h"
#include "edits/ChangePhase.h"
#include "edits/CreatePlacementDays.h"
#include "edits/FinishIntake.h"
#include "edits/ImportLearners.h"
#include "edits/PlanAftercareContacts.h"
#include "edits/PlanRetake.h"
#include "storage/EnrolmentRepository.h"
#include "storage/EsfRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/internal/Sql.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

struct EditFixture
{
    FixedClock clock { fixedToday() };
    std::unique_ptr<Database> db = memoryDatabase();

    EditFixture() { require(demo::fillDemoCaseload(*db, clock)); }

    qint64 firstId(const char *statement)
    {
        return require(sql::scalar(*db, QString::fromLatin1(statement)));
    }
};

/// Applies, reverts, applies and reverts the edit: each apply leaves the same database (same
/// ids), each revert the one from before. Tables named in `skip` (the audit log) are not compared.
void roundTrip(Database &db, Edit &edit, const QStringList &skip = {})
{
    const QString before = dumpDatabase(db, skip);
    require(edit.apply());
    const QString after = dumpDatabase(db, skip);
    CHECK(after != before);
    require(edit.revert());
    CHECK(dumpDatabase(db, skip) == before);
    require(edit.apply());
    CHECK(dumpDatabase(db, skip) == after);
    require(edit.revert());
    CHECK(dumpDatabase(db, skip) == before);
}

} // namespace

TEST_CASE("edits: a phase change is taken back and made again")
{
    EditFixture f;
    LearnerRepository learners(*f.db, f.clock);
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Peeters");
    learner.phase = Phase::Intake;
    learner.phaseSince = QDate(2025, 1, 6);
    learner.id = require(learners.add(learner));
    PhaseChange change;
    change.date = QDate(2025, 2, 3);
    change.to = Phase::Orientation;

    ChangePhase edit(*f.db, f.clock, learner, change);
    CHECK(edit.learnerId() == learner.id);
    CHECK(edit.text() == QStringLiteral("Change the phase of Amina Peeters to \"Orientation\""));
    roundTrip(*f.db, edit);
    require(edit.apply());
    CHECK(require(learners.get(learner.id)).phase == Phase::Orientation);
}

TEST_CASE("edits: finishing an intake is taken back with its phase change and logbook line")
{
    EditFixture f;
    LearnerRepository learners(*f.db, f.clock);
    IntakeRepository intakes(*f.db, f.clock);
    Learner learner;
    learner.firstName = QStringLiteral("Hanane");
    learner.lastName = QStringLiteral("El Amrani");
    learner.phaseSince = fixedToday().addDays(-20);
    const qint64 learnerId = require(learners.add(learner));
    const Intake intake = require(intakes.start(learnerId, fixedToday()));
    require(intakes.setDecision(intake.id, IntakeDecision::NotEntering,
                                QStringLiteral("language_too_low"),
                                QStringLiteral("Eerst NT2 2.4 volgen")));

    FinishIntake edit(*f.db, f.clock, intake.id, learnerId);
    CHECK(edit.text() == QStringLiteral("Finish intake"));
    // The interview's logbook line gets a new number at every apply (numbers are never reused),
    // so the logbook is counted instead of compared.
    roundTrip(*f.db, edit, { QStringLiteral("contact_moment") });
    LogbookRepository logbook(*f.db, f.clock);
    CHECK(require(logbook.forLearner(learnerId)).empty());
    require(edit.apply());
    CHECK(require(intakes.get(intake.id)).isFinished());
    CHECK(require(learners.get(learnerId)).phase == Phase::Stopped);
    CHECK(require(logbook.forLearner(learnerId)).size() == 1);
}

TEST_CASE("edits: finishing an intake records its ESF+ answers; revert puts back what was there")
{
    EditFixture f;
    LearnerRepository learners(*f.db, f.clock);
    IntakeRepository intakes(*f.db, f.clock);
    EsfRepository esf(*f.db, f.clock);
    Learner learner;
    learner.firstName = QStringLiteral("Hanane");
    learner.lastName = QStringLiteral("El Amrani");
    learner.phaseSince = fixedToday().addDays(-20);
    const qint64 learnerId = require(learners.add(learner));
    // Asked before, at the info session: she did not want to say.
    esf::EsfAnswer earlier;
    earlier.learnerId = learnerId;
    earlier.indicator = QStringLiteral("disability");
    earlier.codes = QStringList(QStringLiteral("refused"));
    earlier.askedOn = fixedToday().addDays(-20);
    require(esf.record(earlier));

    const Intake intake = require(intakes.start(learnerId, fixedToday().addDays(-1)));
    require(intakes.setAnswer(intake.id, QStringLiteral("esf_gender"), QStringLiteral("woman")));
    require(intakes.setAnswer(intake.id, QStringLiteral("esf_disability"), QStringLiteral("no")));
    require(intakes.setDecision(intake.id, IntakeDecision::Admitted, {}, {}));
    const auto effects = require(intakes.effectsOfFinishing(intake.id));
    CHECK(effects.changes.contains(QStringLiteral("ESF+ Gender: Woman")));
    CHECK(effects.changes.contains(QStringLiteral("ESF+ Disability: No")));

    FinishIntake edit(*f.db, f.clock, intake.id, learnerId);
    roundTrip(*f.db, edit, { QStringLiteral("contact_moment"), QStringLiteral("esf_answer") });
    const auto codes = [&](const char *indicator) {
        const auto answer = require(esf.answer(learnerId, QLatin1String(indicator)));
        return answer ? answer->codes.join(QLatin1Char(',')) + QLatin1Char('@')
                + answer->askedOn.toString(Qt::ISODate)
                      : QString();
    };
    // Reverted (twice) by roundTrip: as before the intake.
    CHECK(codes("gender").isEmpty());
    CHECK(codes("disability") == QStringLiteral("refused@2025-02-22"));
    require(edit.apply());
    CHECK(codes("gender") == QStringLiteral("woman@2025-03-13")); // the day of the interview
    CHECK(codes("disability") == QStringLiteral("no@2025-03-13"));
}

TEST_CASE("edits: a retake with a longer training is one step, taken back whole")
{
    EditFixture f;
    EnrolmentRepository enrolments(*f.db, f.clock);
    const qint64 enrolmentId = f.firstId(
        "SELECT id FROM enrolment WHERE variant = '12m' OR variant = '15m' ORDER BY id LIMIT 1");
    const Enrolment enrolment = require(enrolments.get(enrolmentId));
    ModulePlan retake = enrolment.modulePlans.front();
    retake.id = 0;
    retake.semester += 1;
    retake.status = ModuleStatus::Retake;
    retake.retakeReason = QStringLiteral("Examen niet gehaald");
    const QDate longerEnd = enrolment.plannedEnd.addMonths(6);

    SECTION("with a longer training")
    {
        PlanRetake edit(*f.db, f.clock, enrolment, retake, QStringLiteral("Zorg"),
                        PlanRetake::Extension { EnrolmentVariant::Months18, longerEnd });
        CHECK(edit.text() == QStringLiteral("Plan a retake of Zorg"));
        roundTrip(*f.db, edit);
        require(edit.apply());
        const Enrolment after = require(enrolments.get(enrolmentId));
        CHECK(after.variant == EnrolmentVariant::Months18);
        CHECK(after.plannedEnd == longerEnd);
        CHECK(after.modulePlans.size() == enrolment.modulePlans.size() + 1);
        CHECK(std::any_of(
            after.modulePlans.begin(), after.modulePlans.end(), [&edit](const ModulePlan &plan) {
                return plan.id == edit.planId() && plan.status == ModuleStatus::Retake;
            }));
    }
    SECTION("without")
    {
        PlanRetake edit(*f.db, f.clock, enrolment, retake, QStringLiteral("Zorg"));
        roundTrip(*f.db, edit);
    }
    SECTION("a retake that cannot be stored leaves nothing, not even the longer training")
    {
        retake.moduleId = 999999; // no such module
        PlanRetake edit(*f.db, f.clock, enrolment, retake, QStringLiteral("Zorg"),
                        PlanRetake::Extension { EnrolmentVariant::Months18, longerEnd });
        const QString before = dumpDatabase(*f.db);
        CHECK_FALSE(edit.apply().ok());
        CHECK(dumpDatabase(*f.db) == before);
    }
}

TEST_CASE("edits: placement days made at once are taken back and come back with their ids")
{
    EditFixture f;
    const qint64 placementId = f.firstId("SELECT id FROM placement ORDER BY id LIMIT 1");
    const Placement placement = require(PlacementRepository(*f.db, f.clock).get(placementId));
    INFO("placement " << placementId);
    PlacementRepository placements(*f.db, f.clock);
    QSet<QDate> booked;
    for (const auto &day : require(placements.days(placementId)))
        booked.insert(day.date);
    QList<QDate> free;
    for (QDate date = placement.start; date <= placement.end && free.size() < 3;
         date = date.addDays(1)) {
        if (date.dayOfWeek() <= 5 && !booked.contains(date))
            free.append(date);
    }
    REQUIRE(free.size() == 3);
    QList<PlacementDay> days;
    for (const QDate date : std::as_const(free)) {
        PlacementDay day;
        day.placementId = placementId;
        day.date = date;
        day.plannedHours = 7.6;
        days.append(day);
    }
    CreatePlacementDays edit(*f.db, f.clock, placement.learnerId, placementId, days);
    CHECK(edit.text() == QStringLiteral("Generate 3 placement day(s)"));
    CHECK(edit.learnerId() == placement.learnerId);
    roundTrip(*f.db, edit);
}

TEST_CASE("edits: planned aftercare contacts are taken back and come back with their ids")
{
    EditFixture f;
    const qint64 learnerId = f.firstId("SELECT id FROM learner ORDER BY id LIMIT 1");
    const auto proposals = proposeAftercareContacts(QDate(2025, 6, 27));
    REQUIRE(proposals.size() > 3);
    PlanAftercareContacts edit(*f.db, f.clock, learnerId, proposals);
    CHECK(edit.text() == QStringLiteral("Plan %1 aftercare contact(s)").arg(int(proposals.size())));
    roundTrip(*f.db, edit);
    require(edit.apply());
    const auto ids = edit.ids();
    CHECK(std::none_of(ids.begin(), ids.end(), [](qint64 id) { return id == 0; }));
    CHECK(require(LogbookRepository(*f.db, f.clock).forLearner(learnerId)).size()
          >= proposals.size());
}

TEST_CASE("edits: an import is taken back and put back, each noted in the audit log")
{
    EditFixture f;
    CsvTable table;
    table.header = { QStringLiteral("Voornaam"), QStringLiteral("Naam") };
    table.rows.push_back({ 2, 2, { QStringLiteral("Amina"), QStringLiteral("El Idrissi") } });
    table.rows.push_back({ 3, 3, { QStringLiteral("Olena"), QStringLiteral("Kovalenko") } });
    ImportOptions options;
    options.sourceName = QStringLiteral("aanmeldingen.csv");
    ImportLearners edit(*f.db, f.clock, table, LearnerImport::guessMapping(table.header), options);
    CHECK(edit.text() == QStringLiteral("Import learners from aanmeldingen.csv"));
    const auto audit
        = [&f] { return f.firstId("SELECT count(*) FROM audit_entry WHERE action = 'import'"); };
    const qint64 entries = audit();
    roundTrip(*f.db, edit, { QStringLiteral("audit_entry") });
    REQUIRE(edit.summary());
    CHECK(edit.summary()->imported == 2);
    CHECK(audit() == entries + 4); // import, undo, redo, undo

    SECTION("nothing to import is an error that says so, with the summary")
    {
        CsvTable empty;
        empty.header = table.header;
        empty.rows.push_back({ 2, 2, { QStringLiteral("Amina"), QString() } });
        ImportLearners none(*f.db, f.clock, empty, LearnerImport::guessMapping(empty.header),
                            ImportOptions {});
        CHECK_FALSE(none.apply().ok());
        REQUIRE(none.summary());
        CHECK(none.summary()->imported == 0);
    }
}

} // namespace TRAJECT_UNITY_ID
