// SPDX-License-Identifier: GPL-3.0-or-later
// The intake form: a full intake by keyboard, read-only when finished, its own template
// version, and resuming.
#include "TestSupport.h"

#include "Session.h"
#include "Settings.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"
#include "dossier/IntakeTab.h"
#include "dossier/rolecard/SupportNetworkEditor.h"
#include "intake/ActionLine.h"
#include "intake/AnswerField.h"
#include "intake/BarrierChecklist.h"
#include "intake/DecisionSection.h"
#include "intake/IntakeDialog.h"
#include "intake/IntakeLauncher.h"
#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

struct Fixture
{
    std::unique_ptr<Database> db = memoryDatabase();
    FixedClock clock { QDateTime(fixedToday(), QTime(10, 0)) };
    Session session { *db, clock };
    qint64 learnerId = 0;
    Intake intake;

    Fixture()
    {
        Learner learner;
        learner.firstName = QStringLiteral("Hanane");
        learner.lastName = QStringLiteral("El Amrani");
        learnerId = require(LearnerRepository(*db, clock).add(learner));
        intake = require(IntakeRepository(*db, clock).start(learnerId, fixedToday()));
    }
    IntakeAnswers answers() const
    {
        return require(IntakeRepository(*db, clock).answers(intake.id));
    }
};

/// Types into a field and leaves it with Tab, as a SPOC does.
void typeAndLeave(QWidget *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Tab);
}

/// Chooses an option of a combo box by keyboard (the first item that starts with `prefix`).
void choose(QComboBox *box, const QString &prefix)
{
    const int index = box->findText(prefix, Qt::MatchStartsWith);
    REQUIRE(index >= 0);
    REQUIRE(box->isEnabled());
    box->setFocus();
    for (int step = 0; step < 40 && box->currentIndex() < index; ++step)
        QTest::keyClick(box, Qt::Key_Down);
    for (int step = 0; step < 40 && box->currentIndex() > index; ++step)
        QTest::keyClick(box, Qt::Key_Up);
    REQUIRE(box->currentIndex() == index);
}

QWidget *editorOf(IntakeDialog &dialog, const char *key)
{
    AnswerField *field = dialog.field(QString::fromLatin1(key));
    REQUIRE(field);
    return field->focusWidgets().first();
}

void saveScreenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRAJECT_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

TEST_CASE("A full intake by keyboard feeds the dossier with barriers, actions, level and phase")
{
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    REQUIRE(dialog.isLoaded());
    dialog.resize(1366, 740);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    typeAndLeave(editorOf(dialog, "statute"), QStringLiteral("Werkzoekend, leefloon"));
    choose(qobject_cast<QComboBox *>(editorOf(dialog, "employment_service")),
           QStringLiteral("VDAB"));
    choose(qobject_cast<QComboBox *>(editorOf(dialog, "vdab_contract")), QStringLiteral("Yes"));
    choose(qobject_cast<QComboBox *>(editorOf(dialog, "nt2_level")), QStringLiteral("2.4"));
    choose(qobject_cast<QComboBox *>(editorOf(dialog, "language_assessment")),
           QStringLiteral("By an NT2"));
    typeAndLeave(editorOf(dialog, "home_language"), QStringLiteral("Arabisch"));
    typeAndLeave(editorOf(dialog, "motivation"),
                 QStringLiteral("Ik zorg graag voor kleine kinderen."));
    typeAndLeave(editorOf(dialog, "family_balance"), QStringLiteral("Mijn moeder past op."));
    auto *participants = qobject_cast<QCheckBox *>(editorOf(dialog, "participants"));
    REQUIRE(participants);
    participants->setFocus();
    QTest::keyClick(participants, Qt::Key_Space);
    CHECK(dialog.status()->text().startsWith(QLatin1String("Everything is saved")));

    // Two barriers ticked by keyboard, each described with a first action.
    BarrierChecklist *barriers = dialog.barriers();
    QCheckBox *language = barriers->check(BarrierCategory::Language);
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Space);
    REQUIRE(barriers->description(BarrierCategory::Language)->hasFocus());
    QTest::keyClicks(barriers->description(BarrierCategory::Language),
                     QStringLiteral("Schrijven gaat moeizaam"));
    QTest::keyClick(barriers->description(BarrierCategory::Language), Qt::Key_Tab);
    typeAndLeave(barriers->action(BarrierCategory::Language)->description(),
                 QStringLiteral("Inschrijven bij het Huis van het Nederlands"));
    QCheckBox *mobility = barriers->check(BarrierCategory::Preconditions);
    mobility->setFocus();
    QTest::keyClick(mobility, Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // keeps the category's name
    typeAndLeave(barriers->action(BarrierCategory::Preconditions)->description(),
                 QStringLiteral("Kinderopvang zoeken"));

    // The decision and a next step.
    DecisionSection *decision = dialog.decision();
    choose(decision->decision(), QStringLiteral("Admitted"));
    QTest::keyClick(decision->decision(), Qt::Key_Tab);
    ActionLine *step = decision->steps().front();
    typeAndLeave(step->description(), QStringLiteral("Inleefstage plannen"));
    saveScreenshot(dialog, "intake-form.png");

    const IntakeAnswers answers = f.answers();
    CHECK(answers.value(QStringLiteral("statute")) == QStringLiteral("Werkzoekend, leefloon"));
    CHECK(answers.value(QStringLiteral("employment_service")) == QStringLiteral("vdab"));
    CHECK(answers.value(QStringLiteral("vdab_contract")) == QStringLiteral("yes"));
    CHECK(answers.value(QStringLiteral("nt2_level")) == QStringLiteral("2.4"));
    CHECK(answers.value(QStringLiteral("language_assessment")) == QStringLiteral("nt2_teacher"));
    CHECK(answers.value(QStringLiteral("motivation"))
          == QStringLiteral("Ik zorg graag voor kleine kinderen."));
    CHECK(answers.value(QStringLiteral("participants")) == QStringLiteral("vdab"));

    REQUIRE(dialog.finishIntake(true));
    BarrierRepository repository(*f.db, f.clock);
    const auto stored = require(repository.barriersFor(f.learnerId));
    REQUIRE(stored.size() == 2);
    QStringList descriptions;
    for (const auto &barrier : stored) {
        descriptions << barrier.description;
        CHECK(barrier.detectedInPhase == Phase::Intake);
        CHECK(barrier.detectedOn == fixedToday());
    }
    descriptions.sort();
    CHECK(descriptions
          == QStringList { label(BarrierCategory::Preconditions),
                           QStringLiteral("Schrijven gaat moeizaam") });
    const auto actions = require(repository.actionsFor(f.learnerId));
    CHECK(actions.size() == 3);
    CHECK(
        std::count_if(actions.begin(), actions.end(), [](const Action &a) { return !a.barrierId; })
        == 1);
    const Learner learner = require(LearnerRepository(*f.db, f.clock).get(f.learnerId));
    CHECK(learner.nt2Level == Nt2Level::L2_4);
    CHECK(learner.employmentService == EmploymentService::Vdab);
    CHECK(learner.homeLanguage == QStringLiteral("Arabisch"));
    CHECK(learner.phase == Phase::Orientation);

    // Finished: everything reads, nothing changes.
    CHECK_FALSE(dialog.finishButton()->isVisible());
    CHECK(qobject_cast<QLineEdit *>(editorOf(dialog, "statute"))->isReadOnly());
    CHECK_FALSE(dialog.barriers()->check(BarrierCategory::Language)->isEnabled());
}

TEST_CASE("Unticking a barrier takes it out of the file; the undo stack brings it back")
{
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    dialog.show();
    QCheckBox *check = dialog.barriers()->check(BarrierCategory::Administrative);
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    CHECK(require(BarrierRepository(*f.db, f.clock).barriersFor(f.learnerId)).size() == 1);
    // Nothing was written yet, so no question is asked.
    QTest::keyClick(check, Qt::Key_Space);
    CHECK(require(BarrierRepository(*f.db, f.clock).barriersFor(f.learnerId)).empty());
    f.session.undoStack()->undo();
    CHECK(require(BarrierRepository(*f.db, f.clock).barriersFor(f.learnerId)).size() == 1);
}

TEST_CASE("Finishing without a decision is refused with the reason beside the decision")
{
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    dialog.show();
    CHECK_FALSE(dialog.finishIntake(true));
    const auto problems = dialog.decision()->findChildren<QLabel *>();
    CHECK(std::any_of(problems.begin(), problems.end(), [](QLabel *label) {
        return label->isVisible() && label->text().contains(QLatin1String("Choose the decision"));
    }));
    CHECK_FALSE(require(IntakeRepository(*f.db, f.clock).get(f.intake.id)).isFinished());

    // Not entering needs its coded reason.
    choose(dialog.decision()->decision(), QStringLiteral("Not entering"));
    QTest::keyClick(dialog.decision()->decision(), Qt::Key_Tab);
    CHECK(dialog.decision()->reason()->isEnabled());
    CHECK_FALSE(dialog.finishIntake(true));
    choose(dialog.decision()->reason(), QStringLiteral("Language level too low"));
    QTest::keyClick(dialog.decision()->reason(), Qt::Key_Tab);
    CHECK(dialog.finishIntake(true));
    CHECK(require(LearnerRepository(*f.db, f.clock).get(f.learnerId)).phase == Phase::Stopped);
}

TEST_CASE("Tab walks the intake form in reading order")
{
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    // Each stop by the name of the field (or part) it belongs to and what it is; written out
    // from the template (resources/intake/kinderbegeleider.json) as a fresh intake shows it.
    const QStringList reading {
        QStringLiteral("intakeDate/QLineEdit"),
        // Formal eligibility
        QStringLiteral("answer_employment_service/QComboBox"),
        QStringLiteral("answer_vdab_contract/QComboBox"),
        QStringLiteral("answer_statute/QLineEdit"),
        QStringLiteral("answer_eligibility_note/QPlainTextEdit"),
        // Language
        QStringLiteral("answer_language_assessment/QComboBox"),
        QStringLiteral("answer_nt2_level/QComboBox"),
        QStringLiteral("answer_language_proof/QLineEdit"),
        QStringLiteral("answer_home_language/QLineEdit"),
        QStringLiteral("answer_language_note/QPlainTextEdit"),
        // Diploma from abroad: the note can become a barrier (its category, then the button)
        QStringLiteral("answer_foreign_diploma/QComboBox"),
        QStringLiteral("answer_foreign_diploma_what/QLineEdit"),
        QStringLiteral("answer_diploma_recognition/QComboBox"),
        QStringLiteral("answer_diploma_note/QPlainTextEdit"),
        QStringLiteral("answer_diploma_note/QComboBox"),
        // (the button waits for a note)
        // Medical fitness (the appointment's date is typed once it is known)
        QStringLiteral("answer_medical_questionnaire/QComboBox"),
        QStringLiteral("answer_occupational_physician/QLineEdit"),
        QStringLiteral("answer_medical_fitness/QComboBox"),
        QStringLiteral("answer_health_note/QPlainTextEdit"),
        QStringLiteral("answer_health_note/QComboBox"),
        // Financial and practical situation
        QStringLiteral("answer_finances/QPlainTextEdit"),
        QStringLiteral("answer_practical/QPlainTextEdit"),
        // Family balance
        QStringLiteral("answer_family_balance/QPlainTextEdit"),
        // Support network: the button above the list (changing and removing wait for a
        // person), then the list
        QStringLiteral("section_network/Add support person…"),
        QStringLiteral("section_network/QTableView"),
        // Strengths and support needs
        QStringLiteral("answer_strengths/QPlainTextEdit"),
        QStringLiteral("answer_support_needs/QPlainTextEdit"),
        // Motivation and expectations
        QStringLiteral("answer_motivation/QPlainTextEdit"),
        QStringLiteral("answer_job_image/QPlainTextEdit"),
        QStringLiteral("answer_training_image/QPlainTextEdit"),
        QStringLiteral("answer_expectations/QPlainTextEdit"),
        QStringLiteral("answer_learning_capacity/QComboBox"),
        QStringLiteral("answer_esf_gender/QComboBox"),
        QStringLiteral("answer_esf_labour_status/QComboBox"),
        QStringLiteral("answer_esf_education/QComboBox"),
        QStringLiteral("answer_esf_disability/QComboBox"),
        QStringLiteral("answer_esf_third_country/QComboBox"),
        QStringLiteral("answer_esf_foreign_background/QComboBox"),
        QStringLiteral("answer_esf_minority/QComboBox"),
        QStringLiteral("answer_esf_homeless/QComboBox"),
        // Barriers: the ten categories, none ticked yet
        QStringLiteral("barrier_1"),
        QStringLiteral("barrier_2"),
        QStringLiteral("barrier_3"),
        QStringLiteral("barrier_4"),
        QStringLiteral("barrier_5"),
        QStringLiteral("barrier_6"),
        QStringLiteral("barrier_7"),
        QStringLiteral("barrier_8"),
        QStringLiteral("barrier_9"),
        QStringLiteral("barrier_10"),
        // Decision and next steps (a reason only for a decision that needs one)
        QStringLiteral("decision"),
        QStringLiteral("reasonText"),
        QStringLiteral("step_1/QLineEdit"),
        QStringLiteral("step_1/QComboBox"),
        QStringLiteral("due/QLineEdit"),
        QStringLiteral("section_decision/Add a step"),
        // Who took part
        QStringLiteral("answer_participants/VDAB consultant"),
        QStringLiteral("answer_participants/Teacher or placement supervisor"),
        QStringLiteral("answer_participants/Mentor or childcare site manager"),
        QStringLiteral("answer_participants/Referrer"),
        QStringLiteral("answer_participants/Interpreter"),
        QStringLiteral("answer_participants/A support person"),
        QStringLiteral("answer_participant_names/QLineEdit"),
        // The buttons under the form
        QStringLiteral("Summary as PDF…"),
        QStringLiteral("Finish intake…"),
        QStringLiteral("Close"),
    };
    const auto stop = [](QWidget *widget) -> QString {
        if (!widget)
            return QStringLiteral("(nothing)");
        if (!widget->objectName().isEmpty())
            return widget->objectName();
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const QString what = button ? button->text().remove(QLatin1Char('&'))
                                    : QString::fromLatin1(widget->metaObject()->className());
        for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (!up->objectName().isEmpty())
                return up->objectName() + QLatin1Char('/') + what;
        }
        return what;
    };

    // The form opens on the date of the interview; a date is one stop (its calendar button is
    // reached with Alt+Down, not with Tab).
    QStringList walked { stop(QApplication::focusWidget()) };
    while (walked.size() < reading.size()) {
        REQUIRE(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        walked << stop(QApplication::focusWidget());
    }
    CHECK(walked == reading);
}

TEST_CASE("Enter and the mouse wheel never change the form behind the SPOC's back")
{
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const auto steps = dialog.decision()->steps().size();
    QWidget *statute = editorOf(dialog, "statute");
    statute->setFocus();
    QTest::keyClicks(statute, QStringLiteral("Leefloon"));
    QTest::keyClick(statute, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.decision()->steps().size() == steps);
    CHECK(dialog.network()->openEditor() == nullptr);
    CHECK(f.answers().value(QStringLiteral("statute")) == QStringLiteral("Leefloon"));

    // A wheel turn over a choice that does not have the focus scrolls past it.
    auto *level = qobject_cast<QComboBox *>(editorOf(dialog, "nt2_level"));
    statute->setFocus();
    const int before = level->currentIndex();
    QWheelEvent wheel(QPointF(5, 5), level->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(level, &wheel);
    CHECK(level->currentIndex() == before);
    CHECK_FALSE(f.answers().contains(QStringLiteral("nt2_level")));
}

TEST_CASE(
    "Text typed without leaving the field is stored when the form closes; finishing can be undone")
{
    Fixture f;
    {
        IntakeDialog dialog(f.session, f.intake.id);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QWidget *motivation = editorOf(dialog, "motivation");
        motivation->setFocus();
        QTest::keyClicks(motivation, QStringLiteral("Ik wil werken met baby's."));
        // A date question has no date until one is typed.
        auto *physician
            = dialog.field(QStringLiteral("occupational_physician"))->findChild<DateField *>();
        REQUIRE(physician);
        CHECK(physician->lineEdit()->text().isEmpty());
        CHECK_FALSE(physician->date().isValid());
        dialog.reject();
    }
    CHECK(f.answers().value(QStringLiteral("motivation"))
          == QStringLiteral("Ik wil werken met baby's."));

    IntakeDialog dialog(f.session, f.intake.id);
    choose(dialog.decision()->decision(), QStringLiteral("Admitted"));
    REQUIRE(dialog.finishIntake(true));
    LearnerRepository learners(*f.db, f.clock);
    CHECK(learners.get(f.learnerId)->phase == Phase::Orientation);
    f.session.undoStack()->undo();
    CHECK(learners.get(f.learnerId)->phase == Phase::Intake);
    CHECK_FALSE(require(IntakeRepository(*f.db, f.clock).get(f.intake.id)).isFinished());
    f.session.undoStack()->redo();
    CHECK(learners.get(f.learnerId)->phase == Phase::Orientation);
}

TEST_CASE("An old intake shows its own questions after the template changes")
{
    Fixture f;
    IntakeRepository intakes(*f.db, f.clock);
    QJsonObject root = QJsonDocument::fromJson(IntakeTemplate::builtIn()).object();
    root[QStringLiteral("version")] = root[QStringLiteral("version")].toInt() + 1;
    QJsonArray sections = root[QStringLiteral("sections")].toArray();
    QJsonObject first = sections[0].toObject();
    QJsonArray questions = first[QStringLiteral("questions")].toArray();
    QJsonObject statute = questions[2].toObject();
    REQUIRE(statute[QStringLiteral("key")].toString() == QStringLiteral("statute"));
    statute[QStringLiteral("text")]
        = QJsonObject { { QStringLiteral("nl"), QStringLiteral("Welke uitkering heb je?") },
                        { QStringLiteral("en"), QStringLiteral("Which benefit do you get?") } };
    questions[2] = statute;
    first[QStringLiteral("questions")] = questions;
    sections[0] = first;
    root[QStringLiteral("sections")] = sections;
    require(intakes.storeTemplate(require(IntakeTemplate::parse(QJsonDocument(root).toJson()))));
    const Intake fresh = require(intakes.start(f.learnerId, fixedToday()));

    auto labelsOf = [&f](qint64 intakeId) {
        IntakeDialog dialog(f.session, intakeId);
        QStringList texts;
        for (auto *label : dialog.findChildren<QLabel *>())
            texts << label->text();
        return texts;
    };
    const QStringList old = labelsOf(f.intake.id);
    CHECK(old.contains(QStringLiteral("What is your status or benefit now?")));
    CHECK_FALSE(old.contains(QStringLiteral("Which benefit do you get?")));
    const QStringList renewed = labelsOf(fresh.id);
    CHECK(renewed.contains(QStringLiteral("Which benefit do you get?")));
}

TEST_CASE("The dossier lists the intakes; an interrupted intake is offered again")
{
    Fixture f;
    DossierWidget dossier(f.session);
    dossier.showLearner(f.learnerId);
    dossier.tabs()->setCurrentIndex(DossierWidget::Intake);
    auto *tab = qobject_cast<IntakeTab *>(dossier.tab(DossierWidget::Intake));
    REQUIRE(tab);
    QAbstractItemModelTester tester(tab->model());
    tab->reload();
    REQUIRE(tab->model()->rowCount() == 1);
    CHECK(tab->model()->index(0, IntakeListModel::State).data().toString()
          == QStringLiteral("In progress"));
    CHECK(tab->openButton()->text() == QStringLiteral("Res&ume"));

    Settings().set(Setting::OpenIntake, QString());
    {
        IntakeDialog dialog(f.session, f.intake.id);
        // While the form is open (and after a crash) the note stays.
        CHECK(intake::interruptedIntake(f.session) == f.intake.id);
        dialog.reject();
    }
    // Closed normally: nothing to resume.
    CHECK(intake::interruptedIntake(f.session) == 0);
}

TEST_CASE("Pictures of the intake form at 1366x768", "[.screenshot]")
{
    // Run with TRAJECT_SCREENSHOTS=dir (and TRAJECT_TEST_LANGUAGE=nl) to look at the form.
    auto db = memoryDatabase();
    FixedClock clock(QDateTime(fixedToday(), QTime(10, 0)));
    require(demo::fillDemoCaseload(*db, clock));
    Session session(*db, clock);
    const auto open = require(IntakeRepository(*db, clock).unfinished());
    REQUIRE_FALSE(open.empty());
    IntakeDialog dialog(session, open.front().id);
    dialog.resize(1366 - 40, 768 - 60);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    for (int section = 0; section < dialog.sections()->count(); section += 2) {
        dialog.sections()->setCurrentRow(section);
        QTest::keyClick(&dialog, Qt::Key_PageDown, Qt::ControlModifier);
        saveScreenshot(dialog,
                       QStringLiteral("intake-%1.png")
                           .arg(section, 2, 10, QLatin1Char('0'))
                           .toLatin1()
                           .constData());
    }
    DossierWidget dossier(session);
    dossier.resize(1000, 620);
    dossier.showLearner(open.front().learnerId);
    dossier.show();
    for (const auto tab : { DossierWidget::Intake, DossierWidget::RoleCard }) {
        dossier.tabs()->setCurrentIndex(tab);
        QTest::qWait(20);
        saveScreenshot(
            dossier, tab == DossierWidget::Intake ? "dossier-intake.png" : "dossier-rolecard.png");
    }
    const auto finished = require(IntakeRepository(*db, clock).forLearner(1));
    if (!finished.empty()) {
        IntakeDialog done(session, finished.back().id);
        done.resize(1366 - 40, 768 - 60);
        done.show();
        REQUIRE(QTest::qWaitForWindowExposed(&done));
        saveScreenshot(done, "intake-finished.png");
    }
}

} // namespace TRAJECT_UNITY_ID
