// SPDX-License-Identifier: GPL-3.0-or-later
// The intake interview: the template as data, answers per field, versions, finishing.
#include "RepositoryFixtures.h"

#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// The built-in template with a new version number, one question reworded and one added.
QByteArray changedTemplate(int version)
{
    QJsonObject root = QJsonDocument::fromJson(IntakeTemplate::builtIn()).object();
    root[QStringLiteral("version")] = version;
    QJsonArray sections = root[QStringLiteral("sections")].toArray();
    QJsonObject first = sections[0].toObject();
    QJsonArray questions = first[QStringLiteral("questions")].toArray();
    QJsonObject reworded = questions[1].toObject();
    reworded[QStringLiteral("text")]
        = QJsonObject { { QStringLiteral("nl"),
                          QStringLiteral("Heb je recht op een VDAB-contract?") } };
    questions[1] = reworded;
    questions.append(
        QJsonObject { { QStringLiteral("key"), QStringLiteral("driving_licence") },
                      { QStringLiteral("type"), QStringLiteral("yesno") },
                      { QStringLiteral("text"), QStringLiteral("Heb je een rijbewijs?") } });
    first[QStringLiteral("questions")] = questions;
    sections[0] = first;
    root[QStringLiteral("sections")] = sections;
    return QJsonDocument(root).toJson();
}

QString parseError(const QByteArray &json)
{
    auto form = IntakeTemplate::parse(json);
    return form ? QString() : form.error().message;
}

} // namespace

TEST_CASE("The built-in intake template holds every part of the interview")
{
    const auto form = require(IntakeTemplate::parse(IntakeTemplate::builtIn()));
    CHECK(form.name == QLatin1String("kinderbegeleider"));
    CHECK(form.version == 4);
    CHECK(form.section(SectionKind::SupportNetwork));
    CHECK(form.section(SectionKind::Barriers));
    CHECK(form.section(SectionKind::Decision));
    for (const char *key : { "employment_service",
                             "vdab_contract",
                             "statute",
                             "language_assessment",
                             "nt2_level",
                             "medical_questionnaire",
                             "occupational_physician",
                             "finances",
                             "family_balance",
                             "strengths",
                             "support_needs",
                             "motivation",
                             "job_image",
                             "expectations",
                             "learning_capacity",
                             "participants",
                             "language_proof",
                             "foreign_diploma",
                             "foreign_diploma_what",
                             "diploma_recognition",
                             "diploma_note",
                             "medical_fitness",
                             "health_note" }) {
        INFO(key);
        CHECK(form.question(QString::fromLatin1(key)));
    }
    // A question that feeds the dossier offers that field's own values.
    const auto *level = form.question(QStringLiteral("nt2_level"));
    REQUIRE(level);
    CHECK(level->feed == Feed::Nt2Level);
    CHECK(level->options.size() == size_t(allValues<Nt2Level>().size()));
    CHECK(level->optionLabel(QStringLiteral("2.4")).isEmpty() == false);
    CHECK(form.question(QStringLiteral("nt2_level"))->text.nl
          == QStringLiteral("Welk niveau Nederlands?"));

    // Version 3: how the Dutch level is known, a diploma from abroad and
    // its recognition, what the occupational physician says, and notes that can become barriers.
    for (const char *key : { "language_assessment", "foreign_diploma", "diploma_recognition",
                             "medical_fitness", "health_note", "diploma_note", "motivation" })
        REQUIRE(form.question(QString::fromLatin1(key)));
    const auto codes = [&form](const char *key) {
        QStringList list;
        for (const auto &option : form.question(QString::fromLatin1(key))->options)
            list << option.code;
        return list;
    };
    CHECK(codes("language_assessment")
          == QStringList { QStringLiteral("certificate"), QStringLiteral("test"),
                           QStringLiteral("self"), QStringLiteral("conversation"),
                           QStringLiteral("nt2_teacher"), QStringLiteral("huis_nederlands") });
    CHECK(form.question(QStringLiteral("language_assessment"))->text.nl
          == QStringLiteral("Hoe weten we welk niveau Nederlands je hebt?"));
    CHECK(form.question(QStringLiteral("foreign_diploma"))->type == AnswerType::YesNo);
    CHECK(codes("diploma_recognition")
          == QStringList { QStringLiteral("not_asked"), QStringLiteral("asked"),
                           QStringLiteral("given"), QStringLiteral("partial"),
                           QStringLiteral("refused") });
    CHECK(
        form.question(QStringLiteral("diploma_recognition"))->optionLabel(QStringLiteral("refused"))
        == QStringLiteral("Refused"));
    CHECK(codes("medical_fitness")
          == QStringList { QStringLiteral("waiting"), QStringLiteral("fit"),
                           QStringLiteral("fit_adjusted"), QStringLiteral("unfit") });
    CHECK(form.question(QStringLiteral("health_note"))->barrier == BarrierCategory::Preconditions);
    CHECK(form.question(QStringLiteral("diploma_note"))->barrier
          == BarrierCategory::Administrative);
    CHECK_FALSE(form.question(QStringLiteral("motivation"))->barrier);
}

TEST_CASE("A broken intake template is refused with the reason")
{
    CHECK(parseError("{ not json").contains(QLatin1String("JSON")));
    CHECK(parseError(R"({"name":"x","version":0,"title":"T","sections":[]})")
              .contains(QLatin1String("version")));
    const QByteArray noDecision = R"({"name":"x","version":1,"title":"T","sections":[
        {"key":"a","title":"A","questions":[{"key":"q","type":"text","text":"Q?"}]}]})";
    CHECK(parseError(noDecision).contains(QLatin1String("decision")));
    const QByteArray badType = R"({"name":"x","version":1,"title":"T","sections":[
        {"key":"a","title":"A","questions":[{"key":"q","type":"slider","text":"Q?"}]},
        {"key":"d","kind":"decision","title":"D"}]})";
    CHECK(parseError(badType).contains(QLatin1String("slider")));
    const QByteArray badFeed = R"({"name":"x","version":1,"title":"T","sections":[
        {"key":"a","title":"A","questions":[{"key":"q","type":"text","text":"Q?","feeds":"learner.nt2Level"}]},
        {"key":"d","kind":"decision","title":"D"}]})";
    CHECK(parseError(badFeed).contains(QLatin1String("wrong type")));
    const QByteArray repeated = R"({"name":"x","version":1,"title":"T","sections":[
        {"key":"a","title":"A","questions":[{"key":"q","type":"text","text":"Q?"},{"key":"q","type":"line","text":"R?"}]},
        {"key":"d","kind":"decision","title":"D"}]})";
    CHECK(parseError(repeated).contains(QLatin1String("twice")));
    const QByteArray noOptions = R"({"name":"x","version":1,"title":"T","sections":[
        {"key":"a","title":"A","questions":[{"key":"q","type":"choice","text":"Q?"}]},
        {"key":"d","kind":"decision","title":"D"}]})";
    CHECK(parseError(noOptions).contains(QLatin1String("no options")));
    // A note that becomes a barrier names one of the ten categories, and is written.
    const QByteArray badCategory = R"({"name":"x","version":1,"title":"T","sections":[
        {"key":"a","title":"A","questions":[{"key":"q","type":"text","text":"Q?","barrier":"11"}]},
        {"key":"d","kind":"decision","title":"D"}]})";
    CHECK(parseError(badCategory)
          == QStringLiteral(
              "The question \"q\" makes a barrier of an unknown category \"11\" (1 to 10)."));
    const QByteArray notWritten = R"({"name":"x","version":1,"title":"T","sections":[
        {"key":"a","title":"A","questions":[{"key":"q","type":"yesno","text":"Q?","barrier":"1"}]},
        {"key":"d","kind":"decision","title":"D"}]})";
    CHECK(parseError(notWritten)
          == QStringLiteral(
              "The question \"q\" cannot become a barrier: only a written answer can."));
    const QByteArray written = R"({"name":"x","version":1,"title":"T","sections":[
        {"key":"a","title":"A","questions":[{"key":"q","type":"line","text":"Q?","barrier":"8"}]},
        {"key":"d","kind":"decision","title":"D"}]})";
    CHECK(require(IntakeTemplate::parse(written)).question(QStringLiteral("q"))->barrier
          == BarrierCategory::Psychological);
}

TEST_CASE("An intake stores every answer on its own and checks it against its question")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    const qint64 learnerId = addLearner(*db, clock);

    const Intake intake = require(intakes.start(learnerId, fixedToday()));
    CHECK_FALSE(intake.isFinished());
    CHECK(intake.templateVersion == 4);
    // A candidate who was only referred is now in the intake phase.
    CHECK(require(LearnerRepository(*db, clock).get(learnerId)).phase == Phase::Intake);

    require(intakes.setAnswer(intake.id, QStringLiteral("motivation"),
                              QStringLiteral("Ik hou van kinderen.")));
    require(intakes.setAnswer(intake.id, QStringLiteral("nt2_level"), QStringLiteral("2.4")));
    require(intakes.setAnswer(intake.id, QStringLiteral("vdab_contract"), QStringLiteral("yes")));
    require(intakes.setAnswer(intake.id, QStringLiteral("occupational_physician"),
                              QStringLiteral("2025-04-02")));
    require(intakes.setAnswer(intake.id, QStringLiteral("participants"),
                              QStringLiteral("vdab,interpreter")));
    require(intakes.setAnswer(intake.id, QStringLiteral("motivation"),
                              QStringLiteral("Ik hou van kinderen en wil werken.")));

    CHECK_FALSE(
        intakes.setAnswer(intake.id, QStringLiteral("nt2_level"), QStringLiteral("C9")).ok());
    CHECK_FALSE(
        intakes.setAnswer(intake.id, QStringLiteral("vdab_contract"), QStringLiteral("maybe"))
            .ok());
    CHECK_FALSE(intakes
                    .setAnswer(intake.id, QStringLiteral("occupational_physician"),
                               QStringLiteral("31/02/2025"))
                    .ok());
    CHECK_FALSE(
        intakes.setAnswer(intake.id, QStringLiteral("participants"), QStringLiteral("vdab,nobody"))
            .ok());
    CHECK_FALSE(
        intakes.setAnswer(intake.id, QStringLiteral("no_such_question"), QStringLiteral("x")).ok());

    auto answers = require(intakes.answers(intake.id));
    CHECK(answers.size() == 5);
    CHECK(answers.value(QStringLiteral("motivation"))
          == QStringLiteral("Ik hou van kinderen en wil werken."));
    CHECK(answers.value(QStringLiteral("nt2_level")) == QStringLiteral("2.4"));

    // An empty answer removes it.
    require(intakes.setAnswer(intake.id, QStringLiteral("vdab_contract"), QString()));
    CHECK(require(intakes.answers(intake.id)).size() == 4);

    CHECK_FALSE(intakes.start(learnerId, fixedToday().addDays(1)).ok());
    CHECK(require(intakes.unfinished()).size() == 1);
}

TEST_CASE("An old intake keeps its own questions after the template changes")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    const qint64 learnerId = addLearner(*db, clock);

    const Intake old = require(intakes.start(learnerId, fixedToday()));
    const auto oldForm = require(intakes.templateById(old.templateId));
    const QString oldText = oldForm.question(QStringLiteral("vdab_contract"))->text.nl;

    // A partnership's own version after the shipped one.
    const int shipped = oldForm.version;
    const auto next = require(IntakeTemplate::parse(changedTemplate(shipped + 1)));
    const qint64 nextId = require(intakes.storeTemplate(next));
    CHECK(require(intakes.storeTemplate(next)) == nextId); // the same version again is no change
    // The same version number with other questions is refused.
    auto clash
        = require(IntakeTemplate::parse(changedTemplate(shipped + 1).replace("rijbewijs", "auto")));
    CHECK_FALSE(intakes.storeTemplate(clash).ok());
    // The shipped version is not loaded over the newer one.
    CHECK(require(intakes.ensureBuiltInTemplate()) == nextId);

    const Intake fresh = require(intakes.start(learnerId, fixedToday()));
    CHECK(fresh.templateId == nextId);
    CHECK(fresh.templateVersion == shipped + 1);
    require(intakes.setAnswer(fresh.id, QStringLiteral("driving_licence"), QStringLiteral("no")));

    // The old intake still reads its own version: the old wording, and no new question.
    const auto reread = require(intakes.get(old.id));
    const auto form = require(intakes.templateById(reread.templateId));
    CHECK(form.version == shipped);
    CHECK(form.question(QStringLiteral("vdab_contract"))->text.nl == oldText);
    CHECK_FALSE(form.question(QStringLiteral("driving_licence")));
    CHECK_FALSE(
        intakes.setAnswer(old.id, QStringLiteral("driving_licence"), QStringLiteral("no")).ok());
    const auto newForm = require(intakes.templateById(fresh.templateId));
    CHECK(newForm.question(QStringLiteral("vdab_contract"))->text.nl
          == QStringLiteral("Heb je recht op een VDAB-contract?"));
}

TEST_CASE("Finishing an intake feeds the dossier and changes the phase after the decision")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    LearnerRepository learners(*db, clock);
    const qint64 learnerId = addLearner(*db, clock);
    const Intake intake = require(intakes.start(learnerId, fixedToday()));

    require(intakes.setAnswer(intake.id, QStringLiteral("nt2_level"), QStringLiteral("2.4")));
    require(
        intakes.setAnswer(intake.id, QStringLiteral("employment_service"), QStringLiteral("vdab")));
    require(intakes.setAnswer(intake.id, QStringLiteral("statute"),
                              QStringLiteral("Werkzoekend met uitkering")));

    SECTION("without a decision it cannot be finished")
    {
        const auto effects = require(intakes.effectsOfFinishing(intake.id));
        CHECK(hasProblem(effects.problems, QStringLiteral("decision")));
        CHECK_FALSE(intakes.finish(intake.id).ok());
        CHECK_FALSE(require(intakes.get(intake.id)).isFinished());
    }
    SECTION("admitted: the answers go to the learner and the orientation starts")
    {
        require(intakes.setDecision(intake.id, IntakeDecision::Admitted, {}, {}));
        const auto effects = require(intakes.effectsOfFinishing(intake.id));
        CHECK(effects.problems.isEmpty());
        CHECK(effects.changes
              == QStringList {
                  QStringLiteral("Employment service: None → VDAB"),
                  QStringLiteral("Status or benefit: (empty) → Werkzoekend met uitkering"),
                  QStringLiteral("Level of Dutch (NT2): Unknown → 2.4 (B1)"),
                  QStringLiteral("Logbook: \"Intake interview\" on 14/03/2025"),
                  QStringLiteral("Phase: Intake and screening → Orientation on 14/03/2025") });
        require(intakes.finish(intake.id));

        const Learner learner = require(learners.get(learnerId));
        CHECK(learner.nt2Level == Nt2Level::L2_4);
        CHECK(learner.employmentService == EmploymentService::Vdab);
        CHECK(learner.statute == QStringLiteral("Werkzoekend met uitkering"));
        CHECK(learner.phase == Phase::Orientation);
        CHECK(learner.phaseSince == fixedToday());
        CHECK(require(intakes.get(intake.id)).isFinished());
        // A finished intake is read-only.
        CHECK_FALSE(
            intakes.setAnswer(intake.id, QStringLiteral("motivation"), QStringLiteral("x")).ok());
        CHECK_FALSE(intakes.setDecision(intake.id, IntakeDecision::Referred, {}, {}).ok());
        CHECK_FALSE(intakes.finish(intake.id).ok());
    }
    SECTION("not entering needs the coded reason, then stops with it")
    {
        require(intakes.setDecision(intake.id, IntakeDecision::NotEntering, {}, {}));
        auto effects = require(intakes.effectsOfFinishing(intake.id));
        CHECK(hasProblem(effects.problems, QStringLiteral("reasonCode")));
        CHECK_FALSE(intakes.finish(intake.id).ok());
        CHECK(require(learners.get(learnerId)).phase == Phase::Intake);
        CHECK(require(learners.get(learnerId)).nt2Level == Nt2Level::Unknown); // nothing half done

        require(intakes.setDecision(intake.id, IntakeDecision::NotEntering,
                                    QStringLiteral("language_too_low"),
                                    QStringLiteral("Eerst NT2")));
        require(intakes.finish(intake.id));
        const auto history = require(learners.phaseHistory(learnerId));
        REQUIRE_FALSE(history.empty());
        CHECK(history.back().to == Phase::Stopped);
        CHECK(history.back().reasonCode == QStringLiteral("language_too_low"));
        CHECK(history.back().reasonText == QStringLiteral("Eerst NT2"));
    }
    SECTION("an unknown reason code is refused")
    {
        CHECK_FALSE(
            intakes.setDecision(intake.id, IntakeDecision::Referred, QStringLiteral("bored"), {})
                .ok());
    }
}

TEST_CASE("A second intake of a learner in training leaves the phase alone")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    LearnerRepository learners(*db, clock);
    const qint64 learnerId = addLearner(*db, clock);
    PhaseChange change;
    change.date = fixedToday();
    change.to = Phase::Training;
    require(learners.changePhase(learnerId, change));

    const Intake intake = require(intakes.start(learnerId, fixedToday()));
    require(intakes.setDecision(intake.id, IntakeDecision::Admitted, {}, {}));
    const auto effects = require(intakes.effectsOfFinishing(intake.id));
    CHECK_FALSE(effects.phaseChange);
    require(intakes.finish(intake.id));
    CHECK(require(learners.get(learnerId)).phase == Phase::Training);
    CHECK(require(intakes.forLearner(learnerId)).size() == 1);
}

TEST_CASE("Barriers and actions remember the intake they came from; the support network is kept")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    BarrierRepository barriers(*db, clock);
    const qint64 learnerId = addLearner(*db, clock);
    const qint64 otherId = addLearner(*db, clock, QStringLiteral("Janssens"));
    const Intake intake = require(intakes.start(learnerId, fixedToday()));

    Barrier barrier;
    barrier.learnerId = learnerId;
    barrier.category = BarrierCategory::Language;
    barrier.description = QStringLiteral("Schrijven is moeilijk");
    barrier.detectedOn = fixedToday();
    const qint64 barrierId = require(barriers.addBarrier(barrier));
    require(intakes.linkBarrier(intake.id, barrierId));
    Action action;
    action.learnerId = learnerId;
    action.description = QStringLiteral("Afspraak arbeidsgeneesheer maken");
    const qint64 actionId = require(barriers.addAction(action));
    require(intakes.linkAction(intake.id, actionId));
    CHECK(require(intakes.barrierIds(intake.id)) == std::vector<qint64> { barrierId });
    CHECK(require(intakes.actionIds(intake.id)) == std::vector<qint64> { actionId });

    Barrier foreign = barrier;
    foreign.learnerId = otherId;
    const qint64 foreignId = require(barriers.addBarrier(foreign));
    CHECK_FALSE(intakes.linkBarrier(intake.id, foreignId).ok());

    SupportPerson person;
    person.learnerId = learnerId;
    person.name = QStringLiteral("Fatma (zus)");
    person.relation = QStringLiteral("zus");
    require(intakes.addSupportPerson(person));
    SupportPerson nameless;
    nameless.learnerId = learnerId;
    CHECK_FALSE(intakes.addSupportPerson(nameless).ok());
    CHECK(require(intakes.supportNetwork(learnerId)).size() == 1);

    // Removing the intake keeps what it put in the dossier.
    require(intakes.remove(intake.id));
    CHECK(rowCount(*db, "barrier", QStringLiteral("id = %1").arg(barrierId)) == 1);
    CHECK(rowCount(*db, "action", QStringLiteral("id = %1 AND intake_id IS NULL").arg(actionId))
          == 1);
}

TEST_CASE("A note becomes a barrier; a category holds several barriers of one intake")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    BarrierRepository barriers(*db, clock);
    const qint64 learnerId = addLearner(*db, clock);
    const Intake intake = require(intakes.start(learnerId, fixedToday().addDays(-3)));
    const auto form = require(intakes.templateById(intake.templateId));
    const TemplateQuestion *health = form.question(QStringLiteral("health_note"));
    REQUIRE(health);

    // The note, in the category of the template or the one the SPOC chose.
    const auto fromNote
        = barrierFromNote(intake, *health, QStringLiteral("  Rugklachten bij\nhet tillen "));
    REQUIRE(fromNote);
    CHECK(fromNote->learnerId == learnerId);
    CHECK(fromNote->category == BarrierCategory::Preconditions);
    CHECK(fromNote->description == QStringLiteral("Rugklachten bij het tillen"));
    CHECK(fromNote->detectedOn == fixedToday().addDays(-3));
    CHECK(fromNote->detectedInPhase == Phase::Intake);
    CHECK(fromNote->id == 0);
    CHECK(barrierFromNote(intake, *health, QStringLiteral("Angst voor examens"),
                          BarrierCategory::Psychological)
              ->category
          == BarrierCategory::Psychological);
    CHECK_FALSE(barrierFromNote(intake, *health, QStringLiteral("   ")));
    CHECK_FALSE(barrierFromNote(intake, *form.question(QStringLiteral("motivation")),
                                QStringLiteral("Ik werk graag met kinderen")));

    // Two barriers of "essential preconditions" from one intake, each its own row.
    const Barrier ticked = intakeBarrier(intake, BarrierCategory::Preconditions,
                                         QStringLiteral("Geen opvang op woensdag"));
    CHECK(ticked.description == QStringLiteral("Geen opvang op woensdag"));
    const Barrier unnamed = intakeBarrier(intake, BarrierCategory::Preconditions, QString());
    CHECK(unnamed.description == QStringLiteral("Essential preconditions"));
    for (Barrier barrier : { *fromNote, ticked }) {
        const qint64 id = require(barriers.addBarrier(barrier));
        require(intakes.linkBarrier(intake.id, id));
    }
    const auto ids = require(intakes.barrierIds(intake.id));
    REQUIRE(ids.size() == 2);
    QStringList stored;
    for (const qint64 id : ids) {
        const Barrier barrier = require(barriers.barrier(id));
        CHECK(barrier.category == BarrierCategory::Preconditions);
        stored << barrier.description;
    }
    CHECK(stored
          == QStringList { QStringLiteral("Rugklachten bij het tillen"),
                           QStringLiteral("Geen opvang op woensdag") });
}

TEST_CASE("An interview typed up afterwards moves the start of the intake phase back")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    IntakeRepository intakes(*db, clock);
    LearnerRepository learners(*db, clock);
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Peeters");
    learner.phaseSince = fixedToday().addDays(-30);
    const qint64 learnerId = require(learners.add(learner));
    const Intake intake = require(intakes.start(learnerId, fixedToday()));
    CHECK(require(learners.get(learnerId)).phaseSince == fixedToday());

    const QDate held = fixedToday().addDays(-3);
    require(intakes.setDate(intake.id, held));
    CHECK(require(intakes.get(intake.id)).date == held);
    CHECK(require(learners.get(learnerId)).phaseSince == held);
    CHECK(require(learners.phaseHistory(learnerId)).back().date == held);
    require(intakes.setDecision(intake.id, IntakeDecision::Admitted, {}, {}));
    require(intakes.finish(intake.id));
    CHECK(require(learners.phaseHistory(learnerId)).back().date == held);

    // Not before the phase before the intake.
    const qint64 otherId = require(learners.add(learner));
    const Intake other = require(intakes.start(otherId, fixedToday()));
    CHECK_FALSE(intakes.setDate(other.id, fixedToday().addDays(-40)).ok());
    CHECK(require(intakes.get(other.id)).date == fixedToday());
}

} // namespace TRAJECT_UNITY_ID
