// SPDX-License-Identifier: GPL-3.0-or-later
// The dates of the intake form take what is typed: the day of the interview
// (and with it the phase history), a date answer, and the day an agreed action is due.
#include "TestSupport.h"

#include "DateTyping.h"
#include "Session.h"
#include "UiSupport.h"
#include "intake/ActionLine.h"
#include "intake/AnswerField.h"
#include "intake/BarrierChecklist.h"
#include "intake/DecisionSection.h"
#include "intake/IntakeDialog.h"
#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <vector>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using Typed = traject::test::TypedDate;
using traject::test::fixedToday;
using traject::test::impossibleDate;
using traject::test::memoryDatabase;
using traject::test::require;
using traject::test::typeDate;
using traject::test::waysOfTyping;

namespace {

/// Today is a Sunday in December: the form opens with December in its date.
const QDate December6 { 2026, 12, 6 };

/// A learner referred on 1 October whose intake was started today; the interview itself was
/// held earlier and is typed up now.
struct Fixture
{
    std::unique_ptr<Database> db = memoryDatabase();
    FixedClock clock { QDateTime(December6, QTime(10, 0)) };
    Session session { *db, clock };
    qint64 learnerId = 0;
    Intake intake;

    Fixture()
    {
        Learner learner;
        learner.firstName = QStringLiteral("Hanane");
        learner.lastName = QStringLiteral("El Amrani");
        learner.phase = Phase::Referral;
        learner.phaseSince = QDate(2026, 10, 1);
        learnerId = require(LearnerRepository(*db, clock).add(learner));
        intake = require(IntakeRepository(*db, clock).start(learnerId, December6));
    }
    Intake stored() const { return require(IntakeRepository(*db, clock).get(intake.id)); }
    std::vector<PhaseChange> history() const
    {
        return require(LearnerRepository(*db, clock).phaseHistory(learnerId));
    }
};

/// The dialog shown and active, as the SPOC sees it.
void showActive(IntakeDialog &dialog)
{
    REQUIRE(dialog.isLoaded());
    dialog.resize(1300, 700);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

/// Alt+I (the mnemonic of "Date of the interview") and the keys over what the field shows, then
/// Tab to leave it.
void typeIntakeDate(IntakeDialog &dialog, const QString &keys)
{
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QWidget *edit = QApplication::focusWidget();
    REQUIRE(edit);
    REQUIRE(dialog.dateEdit()->isAncestorOf(edit));
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, keys);
    QTest::keyClick(edit, Qt::Key_Tab);
}

/// "Admitted" with the keys, then a click on "Finish intake…" and Yes in its question.
bool finishAdmitted(IntakeDialog &dialog)
{
    QComboBox *decision = dialog.decision()->decision();
    decision->setFocus();
    traject::test::chooseWithKeys(
        decision, decision->findText(QStringLiteral("Admitted"), Qt::MatchStartsWith));
    bool asked = false;
    QTimer::singleShot(0, &dialog, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(dialog.finishButton(), Qt::LeftButton);
    return asked;
}

/// Types the keys over what the date field with the focus shows (reached with Tab), then Tab.
void typeInFocusedDate(DateField *field, const QString &keys)
{
    QWidget *edit = QApplication::focusWidget();
    REQUIRE(edit == field->lineEdit());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, keys);
    QTest::keyClick(edit, Qt::Key_Tab);
}

std::vector<Typed> interviewDays()
{
    std::vector<Typed> rows;
    // The last day of the month before (November has 30 days, December 31) and a day of
    // October: both typed while the field still shows December.
    for (const QDate day : { QDate(2026, 11, 30), QDate(2026, 10, 31), QDate(2026, 12, 1) }) {
        for (const auto &way : waysOfTyping(day, true))
            rows.push_back(way);
    }
    return rows;
}

} // namespace

TEST_CASE("The day of the interview is the day typed, and the phase history keeps that day")
{
    const Typed row = GENERATE(from_range(interviewDays()));
    CAPTURE(row.keys);
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    showActive(dialog);

    typeIntakeDate(dialog, row.keys);
    CHECK(f.stored().date == row.date);

    REQUIRE(finishAdmitted(dialog));
    const Intake finished = f.stored();
    CHECK(finished.isFinished());
    CHECK(finished.date == row.date);
    // The intake phase began on the day of the interview, and it led to orientation that day.
    const auto history = f.history();
    REQUIRE(history.size() >= 2);
    CHECK(history.at(history.size() - 2).to == Phase::Intake);
    CHECK(history.at(history.size() - 2).date == row.date);
    CHECK(history.back().to == Phase::Orientation);
    CHECK(history.back().date == row.date);
    const Learner learner = require(LearnerRepository(*f.db, f.clock).get(f.learnerId));
    CHECK(learner.phase == Phase::Orientation);
    CHECK(learner.phaseSince == row.date);
}

TEST_CASE("A day of the interview that is no day, or after today, is refused at the field")
{
    using Row = std::tuple<QString, QString>;
    const auto [keys, message] = GENERATE(table<QString, QString>({
        Row { impossibleDate(December6),
              QStringLiteral("June 2026 has no day 31: it has 30 days.") },
        Row { QStringLiteral("07/12/2026"),
              QStringLiteral("The date must lie between 01/01/2000 and 06/12/2026.") },
    }));
    CAPTURE(keys);
    Fixture f;
    const auto before = f.history();
    IntakeDialog dialog(f.session, f.intake.id);
    showActive(dialog);

    typeIntakeDate(dialog, keys);
    DateField *field = dialog.dateEdit();
    CHECK(field->problem() == message);
    CHECK(field->hintLabel()->isVisible());
    CHECK(field->hintLabel()->text() == message);
    CHECK(field->lineEdit()->text() == keys); // kept to be corrected
    CHECK(f.stored().date == December6);

    // Finishing waits for the date: nothing changes in the file, the field gets the focus.
    CHECK_FALSE(finishAdmitted(dialog));
    CHECK_FALSE(f.stored().isFinished());
    CHECK(f.history().size() == before.size());
    CHECK(dialog.status()->text()
          == QStringLiteral("Correct the date marked in red first: ") + message);
    CHECK(field->isAncestorOf(QApplication::focusWidget()));

    // Corrected, it is taken.
    typeDate(field, QStringLiteral("02/12/2026"));
    CHECK(f.stored().date == QDate(2026, 12, 2));
}

TEST_CASE("A date answer of the intake is the day typed")
{
    const Typed row = GENERATE(from_range(waysOfTyping(QDate(2027, 1, 15))));
    CAPTURE(row.keys);
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    showActive(dialog);
    AnswerField *answer = dialog.field(QStringLiteral("occupational_physician"));
    REQUIRE(answer);
    auto *field = answer->findChild<DateField *>();
    REQUIRE(field);
    // No date until one is known.
    CHECK(field->lineEdit()->text().isEmpty());

    typeDate(field, row.keys);
    const IntakeAnswers answers = require(IntakeRepository(*f.db, f.clock).answers(f.intake.id));
    CHECK(answers.value(QStringLiteral("occupational_physician")) == QStringLiteral("2027-01-15"));

    // A day that does not exist is refused under the field; the answer stays.
    typeDate(field, impossibleDate(QDate(2027, 1, 15)));
    CHECK(field->problem() == QStringLiteral("June 2027 has no day 31: it has 30 days."));
    CHECK(require(IntakeRepository(*f.db, f.clock).answers(f.intake.id))
              .value(QStringLiteral("occupational_physician"))
          == QStringLiteral("2027-01-15"));

    // Emptied: no date known any more.
    typeDate(field, QString());
    CHECK_FALSE(require(IntakeRepository(*f.db, f.clock).answers(f.intake.id))
                    .contains(QStringLiteral("occupational_physician")));
}

TEST_CASE("The day an agreed action is due is the day typed")
{
    const Typed row = GENERATE(from_range(waysOfTyping(QDate(2026, 12, 20))));
    CAPTURE(row.keys);
    Fixture f;
    IntakeDialog dialog(f.session, f.intake.id);
    showActive(dialog);

    // A barrier with its first action, all by keyboard.
    QCheckBox *check = dialog.barriers()->check(BarrierCategory::Language);
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
    ActionLine *line = dialog.barriers()->action(BarrierCategory::Language);
    REQUIRE(line);
    line->description()->setFocus();
    QTest::keyClicks(line->description(),
                     QStringLiteral("Taaltest bij het Huis van het Nederlands"));
    QTest::keyClick(line->description(), Qt::Key_Tab);
    BarrierRepository repository(*f.db, f.clock);
    REQUIRE(require(repository.actionsFor(f.learnerId)).size() == 1);
    CHECK_FALSE(require(repository.actionsFor(f.learnerId)).front().due.isValid());

    // Tab past who does it to the date, then the keys.
    REQUIRE(QApplication::focusWidget() == line->owner());
    QTest::keyClick(line->owner(), Qt::Key_Tab);
    typeInFocusedDate(line->due(), row.keys);
    CHECK(require(repository.actionsFor(f.learnerId)).front().due == row.date);

    line->due()->lineEdit()->setFocus();
    typeInFocusedDate(line->due(), impossibleDate(row.date));
    CHECK(line->due()->problem() == QStringLiteral("June 2026 has no day 31: it has 30 days."));
    CHECK(require(repository.actionsFor(f.learnerId)).front().due == row.date);

    // A next step of the decision has the same field.
    ActionLine *step = dialog.decision()->steps().front();
    step->description()->setFocus();
    QTest::keyClicks(step->description(), QStringLiteral("Inleefstage plannen"));
    QTest::keyClick(step->description(), Qt::Key_Tab);
    QTest::keyClick(step->owner(), Qt::Key_Tab);
    typeInFocusedDate(step->due(), QStringLiteral("8-1-2027"));
    const auto actions = require(repository.actionsFor(f.learnerId));
    CHECK(std::count_if(actions.begin(), actions.end(),
                        [](const Action &action) {
                            return !action.barrierId && action.due == QDate(2027, 1, 8)
                                && action.description == QStringLiteral("Inleefstage plannen");
                        })
          == 1);
}

} // namespace TRAJECT_UNITY_ID
