// SPDX-License-Identifier: GPL-3.0-or-later
// Every date field takes what people type, here in the enrolment dialog,
// the phase change, the aftercare agreement, the outcome and the proposed aftercare contacts.
// The ways people type a day are typed into the form's date field as a user does (a click in it,
// or a double-click on the cell), and the day stored in the database is
// the day meant. A date that does not exist, or lies outside what the field allows, is refused
// at the field with the reason and nothing is stored.
#include "DateTyping.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/AftercareProposalDialog.h"
#include "dossier/AftercareTab.h"
#include "dossier/PhaseChangeDialog.h"
#include "dossier/aftercare/AgreementBox.h"
#include "dossier/aftercare/OutcomeBox.h"
#include "dossier/aftercare/ProposalModel.h"
#include "dossier/training/EnrolmentDialog.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <functional>
#include <vector>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::chooseWithKeys;
using traject::test::require;

namespace {

using Row = test::DateRow;

/// The ways of typing `day`, then the other rows.
std::vector<Row> rows(QDate day, std::vector<Row> others)
{
    return test::dateRows(day, std::move(others));
}

/// Types the keys into the field as a person does (a click in it, Ctrl+A over what it shows, the
/// keys, Tab); returns the field.
DateField *typeAt(DateField *field, const QString &keys)
{
    test::typeDate(field, keys);
    return field;
}

/// The refusal as a user sees it: the message in the line under the field, the field as typed.
void checkRefusedAt(DateField *field, const Row &row)
{
    CHECK(field->problem() == row.problem);
    CHECK(field->hintLabel()->isVisibleTo(field->window()));
    CHECK(field->hintLabel()->text() == row.problem);
    CHECK(field->lineEdit()->text() == row.keys);
}

void clickOk(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void showActive(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

QString impossibleIn(int year)
{
    return QStringLiteral("June %1 has no day 31: it has 30 days.").arg(year);
}

using Caseload = traject::test::DemoSession;

/// The aftercare tab of a learner, shown and active, with the focus in the agreement's notes.
struct AftercareView
{
    AftercareView(Session &session, qint64 id)
        : tab(session)
    {
        tab.resize(1000, 740);
        showActive(tab);
        tab.showLearner(id);
    }
    AftercareTab tab;
};

} // namespace

TEST_CASE("the start and the planned end of an enrolment are stored as they were typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const bool start = GENERATE(true, false);
    const QDate day = start ? QDate(2025, 9, 1) : QDate(2027, 1, 29);
    const Row row = GENERATE_COPY(
        from_range(rows(day, { { test::impossibleDate(day), {}, impossibleIn(day.year()) } })));
    INFO((start ? "start" : "planned end") << ", typed: " << row.keys.toStdString());

    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(ProgrammeRepository(*db, clock).installTemplatesIfMissing());
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Benali");
    const qint64 learnerId = require(LearnerRepository(*db, clock).add(learner));
    Session session(*db, clock);

    EnrolmentDialog dialog(session, learnerId, std::nullopt);
    showActive(dialog);
    auto *programme = dialog.findChild<QComboBox *>(QStringLiteral("programme"));
    programme->setFocus(Qt::TabFocusReason);
    chooseWithKeys(programme, 1);
    DateField *field = typeAt(dialog.findChild<DateField *>(start ? QStringLiteral("start")
                                                                  : QStringLiteral("plannedEnd")),
                              row.keys);
    clickOk(dialog);

    const auto stored = require(EnrolmentRepository(*db, clock).forLearner(learnerId));
    if (row.stored.isValid()) {
        REQUIRE(dialog.result() == QDialog::Accepted);
        REQUIRE(stored.size() == 1);
        CHECK((start ? stored.front().start : stored.front().plannedEnd) == row.stored);
    } else {
        CHECK(dialog.isVisible());
        CHECK(stored.empty());
        checkRefusedAt(field, row);
        CHECK(QApplication::focusWidget() == field->lineEdit());
    }
}

TEST_CASE("the date of a phase change is stored as it was typed, between the phase and today",
          "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(from_range(
        rows(QDate(2025, 3, 10),
             { { test::impossibleDate(QDate(2025, 3, 10)), {}, impossibleIn(2025) },
               { QStringLiteral("15/03/2025"),
                 {},
                 QStringLiteral("The date must lie between 06/01/2025 and 14/03/2025.") },
               { QStringLiteral("05/01/2025"),
                 {},
                 QStringLiteral("The date must lie between 06/01/2025 and 14/03/2025.") } })));
    INFO("typed: " << row.keys.toStdString());

    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Learner learner;
    learner.firstName = QStringLiteral("Sara");
    learner.lastName = QStringLiteral("Tesfaye");
    learner.phase = Phase::Intake;
    learner.phaseSince = QDate(2025, 1, 6);
    const qint64 id = require(LearnerRepository(*db, clock).add(learner));
    REQUIRE(require(LearnerRepository(*db, clock).get(id)).phaseSince == QDate(2025, 1, 6));
    Session session(*db, clock);

    PhaseChangeDialog dialog(session, id);
    showActive(dialog);
    dialog.targetCombo()->setFocus(Qt::TabFocusReason);
    DateField *field = typeAt(dialog.dateField(), row.keys);
    clickOk(dialog);

    const Learner after = require(LearnerRepository(*db, clock).get(id));
    if (row.stored.isValid()) {
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(after.phase == Phase::Orientation);
        CHECK(after.phaseSince == row.stored);
    } else {
        CHECK(dialog.isVisible());
        CHECK(after.phase == Phase::Intake);
        CHECK(after.phaseSince == QDate(2025, 1, 6));
        checkRefusedAt(field, row);
        CHECK(QApplication::focusWidget() == field->lineEdit());
    }
}

TEST_CASE("the dates of the aftercare agreement are stored as they were typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const bool end = GENERATE(true, false);
    const QDate day = end ? QDate(2025, 6, 30) : QDate(2025, 7, 7);
    std::vector<Row> others { { test::impossibleDate(day), {}, impossibleIn(2025) } };
    if (end)
        others.push_back({ QString(), {}, QString() }); // not known: empty, and that is stored
    const Row row = GENERATE_COPY(from_range(rows(day, others)));
    INFO((end ? "training end" : "aftercare start") << ", typed: " << row.keys.toStdString());

    Caseload c;
    const qint64 id = c.find([&](const Learner &learner, const std::vector<Enrolment> &all) {
        return learner.phase == Phase::Training && !all.empty()
            && !require(c.learners().aftercare(learner.id)).has_value();
    });
    AftercareView a(*c.session, id);
    AgreementBox *box = a.tab.agreementBox();
    if (!end) { // the end first, so that the start may lie after it
        typeAt(box->trainingEndField(), QStringLiteral("30/06/2025"));
    }
    DateField *field = typeAt(end ? box->trainingEndField() : box->startField(), row.keys);
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);

    const auto stored = require(c.learners().aftercare(id));
    if (row.problem.isEmpty()) {
        REQUIRE(stored.has_value());
        CHECK((end ? stored->trainingEnd : stored->start) == row.stored);
    } else {
        CHECK_FALSE(stored.has_value());
        checkRefusedAt(field, row);
        CHECK(QApplication::focusWidget() == field->lineEdit());
    }
}

TEST_CASE("the outcome date is stored as it was typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(
        from_range(rows(QDate(2025, 3, 12),
                        { { test::impossibleDate(QDate(2025, 3, 12)), {}, impossibleIn(2025) } })));
    INFO("typed: " << row.keys.toStdString());

    Caseload c;
    // In aftercare, the training ended before March: the outcome raises no question.
    const qint64 id = c.find([&](const Learner &learner, const std::vector<Enrolment> &all) {
        const auto agreed = require(c.learners().aftercare(learner.id));
        return learner.phase == Phase::Aftercare
            && !require(c.learners().outcome(learner.id)).has_value()
            && std::all_of(all.begin(), all.end(),
                           [](const Enrolment &e) { return e.plannedEnd < QDate(2025, 3, 1); })
            && (!agreed || agreed->trainingEnd < QDate(2025, 3, 1));
    });
    AftercareView a(*c.session, id);
    OutcomeBox *box = a.tab.outcomeBox();
    box->kindCombo()->setFocus(Qt::TabFocusReason);
    chooseWithKeys(box->kindCombo(), box->kindCombo()->findData(toCode(OutcomeKind::Other)));
    DateField *field = typeAt(box->dateField(), row.keys);
    QTest::mouseClick(box->recordButton(), Qt::LeftButton);

    const auto stored = require(c.learners().outcome(id));
    if (row.stored.isValid()) {
        REQUIRE(stored.has_value());
        CHECK(stored->date == row.stored);
    } else {
        CHECK_FALSE(stored.has_value());
        checkRefusedAt(field, row);
        CHECK(QApplication::focusWidget() == field->lineEdit());
    }
}

TEST_CASE("a proposed aftercare contact takes its date as it was typed in the cell", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(
        from_range(rows(QDate(2025, 3, 21),
                        { { test::impossibleDate(QDate(2025, 3, 21)), {}, impossibleIn(2025) } })));
    INFO("typed: " << row.keys.toStdString());

    Caseload c;
    const qint64 id = c.find([](const Learner &learner, const std::vector<Enrolment> &) {
        return learner.phase == Phase::Aftercare;
    });
    AftercareProposalDialog dialog(*c.session, id, QDate(2025, 1, 31));
    showActive(dialog);
    QTableView *view = dialog.view();
    ProposalModel *model = dialog.model();
    // Today is 14 March 2025: the first line left is Friday 14 March.
    const QModelIndex first = model->index(0, ProposalModel::Date);
    REQUIRE(first.data(Qt::EditRole).toDate() == QDate(2025, 3, 14));

    // A double-click on the cell opens the date field; the keys, then Enter.
    const QPoint at = view->visualRect(first).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    auto *field = qobject_cast<DateField *>(view->indexWidget(first));
    REQUIRE(field);
    REQUIRE(QApplication::focusWidget() == field->lineEdit());
    QTest::keyClick(field->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field->lineEdit(), row.keys);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);

    if (row.stored.isValid()) {
        CHECK(QTest::qWaitFor([&] { return view->indexWidget(first) == nullptr; }));
        CHECK(first.data(Qt::EditRole).toDate() == row.stored);
        QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
        REQUIRE(dialog.result() == QDialog::Accepted);
        REQUIRE_FALSE(dialog.created().empty());
        CHECK(require(LogbookRepository(*c.db, c.clock).get(dialog.created().front())).date
              == row.stored);
    } else {
        // The editor stays open with the reason; the line keeps its date.
        REQUIRE(view->indexWidget(first) == field);
        checkRefusedAt(field, row);
        CHECK(first.data(Qt::EditRole).toDate() == QDate(2025, 3, 14));
    }
}

} // namespace TRAJECT_UNITY_ID
