// SPDX-License-Identifier: GPL-3.0-or-later
// The "Opleiding" tab: enrolment, module plan, statuses and retakes.
#include "DateTyping.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/TrainingTab.h"
#include "dossier/training/EnrolmentDialog.h"
#include "dossier/training/ModulePlanModel.h"
#include "dossier/training/RetakeDialog.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::chooseWithKeys;
using traject::test::require;

namespace {

struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;

    Caseload()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
    }

    EnrolmentRepository enrolments() const { return { *db, clock }; }

    /// A learner of the demo caseload with or without an enrolment.
    qint64 learner(bool enrolled) const
    {
        for (const auto &learner : require(LearnerRepository(*db, clock).all())) {
            const auto ofLearner = require(enrolments().forLearner(learner.id));
            if (!enrolled && ofLearner.empty())
                return learner.id;
            // An enrolment with modules still to pass.
            if (enrolled && ofLearner.size() == 1
                && std::any_of(
                    ofLearner.front().modulePlans.begin(), ofLearner.front().modulePlans.end(),
                    [](const ModulePlan &plan) { return plan.status == ModuleStatus::Planned; }))
                return learner.id;
        }
        FAIL("no such learner in the demo caseload");
        return 0;
    }
};

void clickOk(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// Opens the editor of a cell as a user does (a double-click on the cell) and picks the item with
/// this text in it.
void pickInCell(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->scrollTo(index);
    // A double-click as the mouse makes it: press, release, double-click, release.
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(view->currentIndex() == index);
    auto *combo = qobject_cast<QComboBox *>(view->indexWidget(index));
    REQUIRE(combo);
    REQUIRE(combo->findText(text) >= 0);
    chooseWithKeys(combo, combo->findText(text));
    // Taking the item commits it and closes the editor.
    CHECK(QTest::qWaitFor([&] { return view->indexWidget(index) == nullptr; }));
}

} // namespace

TEST_CASE("a learner without an enrolment is enrolled with the module plan of the programme")
{
    Caseload c;
    const qint64 learner = c.learner(false);
    TrainingTab tab(*c.session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    CHECK(tab.enrolmentId() == 0);
    QAbstractItemModelTester tester(tab.planModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto programmes = require(ProgrammeRepository(*c.db, c.clock).all());
    REQUIRE(!programmes.empty());
    const Programme &programme = programmes.front();

    // Through the tab's button: the dialog proposes the planned end from start and variant.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<EnrolmentDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("programme"));
        choice->setCurrentIndex(choice->findData(programme.id));
        traject::test::typeDate(dialog->findChild<DateField *>(QStringLiteral("start")),
                                QStringLiteral("01/09/2025"));
        auto *variant = dialog->findChild<QComboBox *>(QStringLiteral("variant"));
        variant->setCurrentIndex(variant->findData(static_cast<int>(EnrolmentVariant::Months15)));
        CHECK(dialog->findChild<DateField *>(QStringLiteral("plannedEnd"))->date()
              == QDate(2026, 11, 30));
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("planSummary"))
                  ->text()
                  .startsWith(QString::number(programme.modules.size())));
        clickOk(*dialog);
    });
    QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("newEnrolment")), Qt::LeftButton);
    REQUIRE(tab.enrolmentId() != 0);

    const auto stored = require(c.enrolments().forLearner(learner));
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().programmeId == programme.id);
    CHECK(stored.front().variant == EnrolmentVariant::Months15);
    CHECK(stored.front().plannedEnd == QDate(2026, 11, 30));
    CHECK(stored.front().modulePlans.size() == programme.modules.size());
    CHECK(tab.planModel()->rowCount() == static_cast<int>(programme.modules.size()));
    CHECK(tab.findChild<QLabel *>(QStringLiteral("totals"))
              ->text()
              .startsWith(QStringLiteral("0 of ")));

    c.session->undoStack()->undo();
    CHECK(require(c.enrolments().forLearner(learner)).empty());
    CHECK(tab.enrolmentId() == 0);
    c.session->undoStack()->redo();
    CHECK(require(c.enrolments().forLearner(learner)) == stored);
}

TEST_CASE(
    "an enrolment without a programme is refused; one past the two-year limit shows it in red")
{
    Caseload c;
    const qint64 learner = c.learner(false);
    EnrolmentDialog dialog(*c.session, learner, std::nullopt);
    dialog.show();
    // Without a programme, the dialog refuses and says why next to the field.
    auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("programme"));
    choice->setCurrentIndex(0);
    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(require(c.enrolments().forLearner(learner)).empty());
    CHECK(dialog.findChildren<ErrorLabel *>().size() > 0);
    bool shown = false;
    for (auto *error : dialog.findChildren<ErrorLabel *>())
        shown = shown || error->text() == Enrolment::tr("Choose the programme.");
    CHECK(shown);

    choice->setCurrentIndex(1);
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    traject::test::typeDate(dialog.findChild<DateField *>(QStringLiteral("start")),
                            QStringLiteral("01/09/2025"));
    traject::test::typeDate(dialog.findChild<DateField *>(QStringLiteral("plannedEnd")),
                            QStringLiteral("30/09/2027"));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("limit"))
              ->text()
              .startsWith(QStringLiteral("31/08/2027")));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("limit"))
              ->styleSheet()
              .contains(QStringLiteral("#b00020")));
}

TEST_CASE("a module status is changed in the table and undone")
{
    Caseload c;
    const qint64 learner = c.learner(true);
    TrainingTab tab(*c.session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    QAbstractItemModelTester tester(tab.planModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Enrolment before = require(c.enrolments().get(tab.enrolmentId()));
    REQUIRE(tab.planModel()->rowCount() > 0);

    // The first line that is not passed yet becomes "passed" through the status combo.
    int row = 0;
    while (tab.planModel()->plan(row).status == ModuleStatus::Passed)
        ++row;
    pickInCell(tab.planView(), tab.planModel()->index(row, ModulePlanModel::Status),
               label(ModuleStatus::Passed));
    const Enrolment after = require(c.enrolments().get(tab.enrolmentId()));
    CHECK(after.modulePlans[static_cast<std::size_t>(row)].status == ModuleStatus::Passed);
    CHECK(tab.planModel()->plan(row).status == ModuleStatus::Passed);
    CHECK(tab.planView()->currentIndex().row() == row); // the view keeps its place

    // A retake without a reason is refused in place.
    pickInCell(tab.planView(), tab.planModel()->index(row, ModulePlanModel::Status),
               label(ModuleStatus::Retake));
    CHECK(require(c.enrolments().get(tab.enrolmentId())) == after);
    CHECK(tab.findChild<ErrorLabel *>(QStringLiteral("planError"))->text()
          == Enrolment::tr("Give the reason for the retake of a module."));

    c.session->undoStack()->undo();
    CHECK(require(c.enrolments().get(tab.enrolmentId())) == before);
    CHECK(tab.planModel()->plan(row).status
          == before.modulePlans[static_cast<std::size_t>(row)].status);
    c.session->undoStack()->redo();
    CHECK(require(c.enrolments().get(tab.enrolmentId())) == after);
}

TEST_CASE("a retake needs a reason and extends the training to 18 months in one step")
{
    Caseload c;
    const qint64 learner = c.learner(true);
    Enrolment enrolment = require(c.enrolments().forLearner(learner)).front();
    // Make it a 12-month enrolment with one failed module in semester 1.
    enrolment.variant = EnrolmentVariant::Months12;
    enrolment.plannedEnd = Enrolment::suggestedEnd(enrolment.start, enrolment.variant);
    std::vector<ModulePlan> plans;
    for (auto plan : enrolment.modulePlans) {
        if (plan.status != ModuleStatus::Retake) {
            plan.status = ModuleStatus::Planned;
            plans.push_back(plan);
        }
    }
    plans.front().status = ModuleStatus::Failed;
    enrolment.modulePlans = plans;
    require(c.enrolments().update(enrolment));
    enrolment = require(c.enrolments().get(enrolment.id));
    const ModulePlan failed = enrolment.modulePlans.front();
    const Programme programme
        = require(ProgrammeRepository(*c.db, c.clock).get(enrolment.programmeId));
    REQUIRE(RetakeDialog::failedPlans(enrolment).size() == 1);

    RetakeDialog dialog(*c.session, enrolment, programme, failed.moduleId);
    dialog.show();
    CHECK(dialog.findChild<QSpinBox *>(QStringLiteral("semester"))->value() == failed.semester + 1);
    auto *extend = dialog.findChild<QCheckBox *>(QStringLiteral("extend"));
    CHECK(extend->isChecked());

    clickOk(dialog); // no reason
    CHECK(dialog.isVisible());
    CHECK(require(c.enrolments().get(enrolment.id)) == enrolment);
    CHECK(c.session->undoStack()->count() == 0);
    bool shown = false;
    for (auto *error : dialog.findChildren<ErrorLabel *>())
        shown = shown
            || error->text() == Enrolment::tr("Give the reason for the retake of a module.");
    CHECK(shown);

    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("reason")),
                     QStringLiteral("Examen niet geslaagd"));
    clickOk(dialog);
    CHECK_FALSE(dialog.isVisible());
    const Enrolment after = require(c.enrolments().get(enrolment.id));
    CHECK(after.modulePlans.size() == enrolment.modulePlans.size() + 1);
    CHECK(after.variant == EnrolmentVariant::Months18);
    CHECK(after.plannedEnd == Enrolment::suggestedEnd(enrolment.start, EnrolmentVariant::Months18));
    CHECK(c.session->undoStack()->count() == 1);

    c.session->undoStack()->undo();
    CHECK(require(c.enrolments().get(enrolment.id)) == enrolment);
    c.session->undoStack()->redo();
    CHECK(require(c.enrolments().get(enrolment.id)) == after);
}

TEST_CASE("removing an enrolment asks first and can be undone")
{
    Caseload c;
    const qint64 learner = c.learner(true);
    TrainingTab tab(*c.session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    const auto before = require(c.enrolments().forLearner(learner));

    traject::test::MessageAnswers answers({ QMessageBox::Cancel, QMessageBox::Yes });
    tab.removeEnrolment();
    CHECK(require(c.enrolments().forLearner(learner)) == before);
    tab.removeEnrolment();
    CHECK(answers.left() == 0);
    CHECK(answers.problems().isEmpty());
    CHECK(require(c.enrolments().forLearner(learner)).empty());
    CHECK(tab.enrolmentId() == 0);
    c.session->undoStack()->undo();
    CHECK(require(c.enrolments().forLearner(learner)) == before);
    CHECK(tab.enrolmentId() == before.back().id);
}

} // namespace TRAJECT_UNITY_ID
