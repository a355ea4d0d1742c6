// SPDX-License-Identifier: GPL-3.0-or-later
// The intake covers the conversation: how the Dutch level is known, a
// diploma from abroad and its recognition, the occupational physician's verdict with a note that
// becomes a barrier, several barriers in one category; and intakes of the versions before keep
// their own questions.
#include "TestSupport.h"

#include "Session.h"
#include "UiSupport.h"
#include "intake/ActionLine.h"
#include "intake/AnswerField.h"
#include "intake/BarrierChecklist.h"
#include "intake/IntakeDialog.h"
#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <map>

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
        learner.firstName = QStringLiteral("Brenda");
        learner.lastName = QStringLiteral("Pinas");
        learnerId = require(LearnerRepository(*db, clock).add(learner));
        intake = require(IntakeRepository(*db, clock).start(learnerId, fixedToday()));
    }
    IntakeAnswers answers() const
    {
        return require(IntakeRepository(*db, clock).answers(intake.id));
    }
    /// The barriers of the learner by category: their descriptions in the order they were made.
    std::map<BarrierCategory, QStringList> barriers() const
    {
        std::map<BarrierCategory, QStringList> byCategory;
        for (const auto &barrier : require(BarrierRepository(*db, clock).barriersFor(learnerId)))
            byCategory[barrier.category] << barrier.description;
        return byCategory;
    }
};

void showActive(IntakeDialog &dialog)
{
    REQUIRE(dialog.isLoaded());
    dialog.resize(1300, 700);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

QWidget *editorOf(IntakeDialog &dialog, const char *key)
{
    AnswerField *field = dialog.field(QString::fromLatin1(key));
    REQUIRE(field);
    return field->focusWidgets().first();
}

/// Chooses the option with this text of a question's combo box with the keys (F4, arrows, Enter).
void chooseAnswer(IntakeDialog &dialog, const char *key, const QString &text)
{
    auto *box = qobject_cast<QComboBox *>(editorOf(dialog, key));
    REQUIRE(box);
    const int row = box->findText(text);
    REQUIRE(row >= 0);
    box->setFocus();
    chooseWithKeys(box, row);
}

/// Types into the field of a question and leaves it with Tab.
void typeAnswer(IntakeDialog &dialog, const char *key, const QString &text)
{
    QWidget *editor = editorOf(dialog, key);
    editor->setFocus();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Tab);
}

/// Types into a line that has the focus, then Tab.
void typeHere(const QString &text)
{
    QWidget *focused = QApplication::focusWidget();
    REQUIRE(focused);
    QTest::keyClicks(focused, text);
    QTest::keyClick(focused, Qt::Key_Tab);
}

QByteArray shippedVersion(int version)
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/data/intake/kinderbegeleider-v%1.json")
                   .arg(version));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("An intake asks how the Dutch level is known, about a diploma from abroad and the "
          "physician's verdict, and stores the answers")
{
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    showActive(dialog);

    chooseAnswer(dialog, "language_assessment", QStringLiteral("With a certificate"));
    typeAnswer(dialog, "language_proof", QStringLiteral("Certificaat NT2 2.4, CVO Brugge, 2024"));
    chooseAnswer(dialog, "foreign_diploma", QStringLiteral("Yes"));
    typeAnswer(dialog, "foreign_diploma_what", QStringLiteral("Leraar, Suriname"));
    chooseAnswer(dialog, "diploma_recognition", QStringLiteral("Refused"));
    chooseAnswer(dialog, "medical_fitness", QStringLiteral("Fit, with adjustments"));

    const IntakeAnswers answers = f.answers();
    CHECK(answers.value(QStringLiteral("language_assessment")) == QStringLiteral("certificate"));
    CHECK(answers.value(QStringLiteral("language_proof"))
          == QStringLiteral("Certificaat NT2 2.4, CVO Brugge, 2024"));
    CHECK(answers.value(QStringLiteral("foreign_diploma")) == QStringLiteral("yes"));
    CHECK(answers.value(QStringLiteral("foreign_diploma_what"))
          == QStringLiteral("Leraar, Suriname"));
    CHECK(answers.value(QStringLiteral("diploma_recognition")) == QStringLiteral("refused"));
    CHECK(answers.value(QStringLiteral("medical_fitness")) == QStringLiteral("fit_adjusted"));

    // The other ways the level can be known, and the other answers about the recognition.
    auto *assessment = qobject_cast<QComboBox *>(editorOf(dialog, "language_assessment"));
    QStringList ways;
    for (int row = 1; row < assessment->count(); ++row)
        ways << assessment->itemText(row);
    CHECK(ways
          == QStringList {
              QStringLiteral("With a certificate"), QStringLiteral("With a language test"),
              QStringLiteral("The candidate's own view"), QStringLiteral("In the conversation"),
              QStringLiteral("By an NT2 teacher"),
              QStringLiteral("By the Huis van het Nederlands") });
    chooseAnswer(dialog, "language_assessment", QStringLiteral("The candidate's own view"));
    chooseAnswer(dialog, "diploma_recognition", QStringLiteral("Asked, no answer yet"));
    CHECK(f.answers().value(QStringLiteral("language_assessment")) == QStringLiteral("self"));
    CHECK(f.answers().value(QStringLiteral("diploma_recognition")) == QStringLiteral("asked"));
}

TEST_CASE("A note becomes a barrier, and a category holds several barriers, each in the file")
{
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    showActive(dialog);
    BarrierChecklist *checklist = dialog.barriers();

    // The health note: Tab to its category (the template's: essential preconditions), Tab to
    // the button, Space.
    typeAnswer(dialog, "health_note", QStringLiteral("Rugklachten bij het tillen"));
    AnswerField *health = dialog.field(QStringLiteral("health_note"));
    REQUIRE(QApplication::focusWidget() == health->barrierCategory());
    CHECK(health->barrierCategory()->currentText() == QStringLiteral("1. Essential preconditions"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == health->barrierButton());
    QTest::keyClick(health->barrierButton(), Qt::Key_Space);
    // The barrier is ticked under Barriers, with the focus on its description.
    CHECK(checklist->check(BarrierCategory::Preconditions)->isChecked());
    REQUIRE(checklist->count(BarrierCategory::Preconditions) == 1);
    CHECK(QApplication::focusWidget() == checklist->description(BarrierCategory::Preconditions));
    CHECK(checklist->description(BarrierCategory::Preconditions)->text()
          == QStringLiteral("Rugklachten bij het tillen"));
    // Asking twice does not make it twice.
    health->barrierButton()->setFocus();
    QTest::keyClick(health->barrierButton(), Qt::Key_Space);
    CHECK(checklist->count(BarrierCategory::Preconditions) == 1);

    // The diploma note, in another category chosen with the keys: administrative is offered.
    typeAnswer(dialog, "diploma_note", QStringLiteral("Vertaling van het diploma laten maken"));
    AnswerField *diploma = dialog.field(QStringLiteral("diploma_note"));
    CHECK(diploma->barrierCategory()->currentText() == QStringLiteral("3. Administrative"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(diploma->barrierButton(), Qt::Key_Space);
    REQUIRE(checklist->count(BarrierCategory::Administrative) == 1);

    // A second barrier of essential preconditions: "Another barrier in this category".
    QPushButton *another = checklist->addButton(BarrierCategory::Preconditions);
    REQUIRE(another->isVisible());
    another->setFocus();
    QTest::keyClick(another, Qt::Key_Space);
    REQUIRE(checklist->count(BarrierCategory::Preconditions) == 2);
    REQUIRE(QApplication::focusWidget()
            == checklist->description(BarrierCategory::Preconditions, 1));
    typeHere(QStringLiteral("Geen opvang voor de kinderen op woensdag"));
    ActionLine *action = checklist->action(BarrierCategory::Preconditions, 1);
    REQUIRE(QApplication::focusWidget() == action->description());
    typeHere(QStringLiteral("Samen de kinderopvang bellen"));

    // And a third one, by a click, taken out again with its Remove button.
    QTest::mouseClick(another, Qt::LeftButton);
    REQUIRE(checklist->count(BarrierCategory::Preconditions) == 3);
    typeHere(QStringLiteral("Geen fiets"));
    CHECK(f.barriers()[BarrierCategory::Preconditions].size() == 3);
    QPushButton *remove = checklist->removeButton(BarrierCategory::Preconditions, 2);
    {
        traject::test::MessageAnswers answers({ QMessageBox::Yes });
        remove->setFocus();
        QTest::keyClick(remove, Qt::Key_Space);
        CHECK(answers.texts()
              == QStringList(QStringLiteral("Remove the barrier \"Geen fiets\" and its actions "
                                            "from the file?")));
    }
    CHECK(checklist->count(BarrierCategory::Preconditions) == 2);
    // The focus goes back to the barrier before it (the form's focus, for when it is active).
    CHECK(dialog.focusWidget() == checklist->description(BarrierCategory::Preconditions, 1));

    // Each barrier is its own row of the file, linked to the intake, in its category.
    const auto stored = f.barriers();
    CHECK(stored.size() == 2);
    CHECK(stored.at(BarrierCategory::Preconditions)
          == QStringList { QStringLiteral("Rugklachten bij het tillen"),
                           QStringLiteral("Geen opvang voor de kinderen op woensdag") });
    CHECK(stored.at(BarrierCategory::Administrative)
          == QStringList { QStringLiteral("Vertaling van het diploma laten maken") });
    IntakeRepository intakes(*f.db, f.clock);
    CHECK(require(intakes.barrierIds(f.intake.id)).size() == 3);
    const auto actions = require(BarrierRepository(*f.db, f.clock).actionsFor(f.learnerId));
    REQUIRE(actions.size() == 1);
    CHECK(actions.front().description == QStringLiteral("Samen de kinderopvang bellen"));
    const Barrier second
        = require(BarrierRepository(*f.db, f.clock).barrier(*actions.front().barrierId));
    CHECK(second.description == QStringLiteral("Geen opvang voor de kinderen op woensdag"));
    // The notes stay answers of their own.
    CHECK(f.answers().value(QStringLiteral("health_note"))
          == QStringLiteral("Rugklachten bij het tillen"));

    // Opened again, the form shows every barrier of the category.
    dialog.accept();
    IntakeDialog again(f.session, f.intake.id);
    REQUIRE(again.barriers()->count(BarrierCategory::Preconditions) == 2);
    CHECK(again.barriers()->description(BarrierCategory::Preconditions, 1)->text()
          == QStringLiteral("Geen opvang voor de kinderen op woensdag"));
    CHECK(again.barriers()->action(BarrierCategory::Preconditions, 1)->description()->text()
          == QStringLiteral("Samen de kinderopvang bellen"));

    // Unticking the category asks once for all its barriers.
    showActive(again);
    QCheckBox *check = again.barriers()->check(BarrierCategory::Preconditions);
    traject::test::MessageAnswers answers({ QMessageBox::Yes });
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    CHECK(
        answers.texts().value(0)
        == QStringLiteral("Remove the 2 barriers of \"Essential preconditions\" and their actions "
                          "from the file?"));
    CHECK(f.barriers().count(BarrierCategory::Preconditions) == 0);
    CHECK(f.barriers().at(BarrierCategory::Administrative).size() == 1);
}

TEST_CASE("Intakes of version 1, 2 and 3 still open with their own questions")
{
    Fixture f; // its intake uses the shipped template, version 4
    IntakeRepository intakes(*f.db, f.clock);
    const auto current = require(intakes.templateById(f.intake.templateId));
    REQUIRE(current.version == 4);

    std::map<int, qint64> intakeOf;
    for (const int version : { 1, 2, 3 }) {
        const auto form = require(IntakeTemplate::parse(shippedVersion(version)));
        REQUIRE(form.version == version);
        const qint64 templateId = require(intakes.storeTemplate(form));
        // An intake made while that version was the shipped one.
        const Intake old = require(intakes.start(f.learnerId, fixedToday()));
        require(sql::update(*f.db, QStringLiteral("intake"), old.id,
                            { { QStringLiteral("template_id"), templateId } }));
        require(intakes.setAnswer(old.id, QStringLiteral("language_assessment"),
                                  QStringLiteral("nt2_teacher")));
        intakeOf[version] = old.id;
    }

    const auto questionsOf = [&f](qint64 intakeId) {
        IntakeDialog dialog(f.session, intakeId);
        REQUIRE(dialog.isLoaded());
        QStringList keys;
        for (auto *field : dialog.findChildren<AnswerField *>())
            keys << field->key();
        keys.sort();
        return keys;
    };
    const QStringList version2 {
        QStringLiteral("employment_service"),
        QStringLiteral("vdab_contract"),
        QStringLiteral("statute"),
        QStringLiteral("eligibility_note"),
        QStringLiteral("language_assessment"),
        QStringLiteral("nt2_level"),
        QStringLiteral("home_language"),
        QStringLiteral("language_note"),
        QStringLiteral("medical_questionnaire"),
        QStringLiteral("occupational_physician"),
        QStringLiteral("health_note"),
        QStringLiteral("finances"),
        QStringLiteral("practical"),
        QStringLiteral("family_balance"),
        QStringLiteral("strengths"),
        QStringLiteral("support_needs"),
        QStringLiteral("motivation"),
        QStringLiteral("job_image"),
        QStringLiteral("training_image"),
        QStringLiteral("expectations"),
        QStringLiteral("learning_capacity"),
        QStringLiteral("participants"),
        QStringLiteral("participant_names"),
    };
    QStringList sorted2 = version2;
    sorted2.sort();
    // Version 1 and 2 ask the same questions (2 writes who took part into the logbook).
    CHECK(questionsOf(intakeOf.at(1)) == sorted2);
    CHECK(questionsOf(intakeOf.at(2)) == sorted2);
    QStringList version3 = version2;
    version3 << QStringLiteral("language_proof") << QStringLiteral("foreign_diploma")
             << QStringLiteral("foreign_diploma_what") << QStringLiteral("diploma_recognition")
             << QStringLiteral("diploma_note") << QStringLiteral("medical_fitness");
    version3.sort();
    CHECK(questionsOf(intakeOf.at(3)) == version3);
    // Version 4 asks the ESF+ questions too.
    QStringList version4 = version3;
    for (const char *indicator : { "gender", "labour_status", "education", "disability",
                                   "third_country", "foreign_background", "minority", "homeless" })
        version4 << QStringLiteral("esf_") + QLatin1String(indicator);
    version4.sort();
    CHECK(questionsOf(f.intake.id) == version4);

    // The old wording and options, the old answer; no barrier button under the old health note.
    IntakeDialog old(f.session, intakeOf.at(2));
    QStringList labels;
    for (auto *label : old.findChildren<QLabel *>())
        labels << label->text();
    CHECK(labels.contains(QStringLiteral("How was the Dutch assessed?")));
    CHECK_FALSE(labels.contains(QStringLiteral("How do we know your level of Dutch?")));
    auto *assessment = qobject_cast<QComboBox *>(
        old.field(QStringLiteral("language_assessment"))->focusWidgets().first());
    REQUIRE(assessment);
    CHECK(assessment->count() == 5); // "(not answered)" and the four of version 2
    CHECK(assessment->currentText() == QStringLiteral("By an NT2 teacher"));
    CHECK(old.field(QStringLiteral("health_note"))->barrierButton() == nullptr);
    // The old intake still takes answers to its own questions only.
    CHECK_FALSE(
        intakes.setAnswer(intakeOf.at(2), QStringLiteral("foreign_diploma"), QStringLiteral("yes"))
            .ok());
}

} // namespace TRAJECT_UNITY_ID
