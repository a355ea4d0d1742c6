// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTyping.h"
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/BarriersTab.h"
#include "dossier/barriers/ActionDialog.h"
#include "dossier/barriers/ActionModel.h"
#include "dossier/barriers/BarrierDialog.h"
#include "dossier/barriers/BarrierModel.h"
#include "storage/BarrierRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "widgets/DateField.h"
#include "widgets/EditorSupport.h"
#include "widgets/TableSection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// Answers "yes" to every confirmation while it lives.
struct AlwaysConfirm
{
    AlwaysConfirm()
    {
        editor::setRemovalConfirmation([](const QString &) { return true; });
    }
    ~AlwaysConfirm() { editor::setRemovalConfirmation({}); }
};

struct BarrierFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    BarrierRepository barriers { *db, clock };

    BarrierFixture() { require(demo::fillDemoCaseload(*db, clock)); }

    /// The first learner with a barrier that has actions, and that barrier.
    std::pair<qint64, Barrier> learnerWithActions()
    {
        for (const auto &learner : require(LearnerRepository(*db, clock).all())) {
            for (const auto &barrier : require(barriers.barriersFor(learner.id))) {
                if (!require(barriers.actionsForBarrier(barrier.id)).empty())
                    return { learner.id, barrier };
            }
        }
        FAIL("the demo data has no barrier with actions");
        return {};
    }
};

template<typename Dialog> Dialog *editorOf(const BarriersTab &tab)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return qobject_cast<Dialog *>(tab.openEditor());
}

void choose(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("a barrier is added through its dialog, changed, and the change undone and redone")
{
    BarrierFixture f;
    Session session(*f.db, f.clock);
    const auto [learner, _] = f.learnerWithActions();
    const auto before = require(f.barriers.barriersFor(learner));

    BarriersTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    REQUIRE(tab.barrierModel()->rowCount() == static_cast<int>(before.size()));

    QTest::mouseClick(tab.barrierSection()->addButton(), Qt::LeftButton);
    auto *dialog = editorOf<BarrierDialog>(tab);
    REQUIRE(dialog);
    choose(dialog->categoryCombo(), static_cast<int>(BarrierCategory::Language));
    CHECK(dialog->categoryHint()->text().contains(
        barrierCategoryExamples(BarrierCategory::Language)));
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Begrijpt de stageverslagen niet"));
    choose(dialog->severityCombo(), static_cast<int>(Severity::High));
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    auto after = require(f.barriers.barriersFor(learner));
    REQUIRE(after.size() == before.size() + 1);
    const auto added = std::find_if(after.begin(), after.end(), [](const Barrier &b) {
        return b.description == QStringLiteral("Begrijpt de stageverslagen niet");
    });
    REQUIRE(added != after.end());
    CHECK(added->category == BarrierCategory::Language);
    CHECK(added->severity == Severity::High);
    CHECK(added->detectedOn == f.clock.today());
    CHECK(added->status == BarrierStatus::Open);
    // The table shows it, selected, and the counts follow.
    CHECK(tab.barrierModel()->rowCount() == static_cast<int>(after.size()));
    CHECK(tab.barrierSection()->currentId() == added->id);
    CHECK(tab.countsLabel()->text().contains(QStringLiteral("open")));

    // Enter on the selected row opens it for editing.
    tab.barrierSection()->view()->setFocus();
    QTest::keyClick(tab.barrierSection()->view(), Qt::Key_Return);
    auto *edit = editorOf<BarrierDialog>(tab);
    REQUIRE(edit);
    CHECK(edit->descriptionEdit()->text() == added->description);
    edit->descriptionEdit()->selectAll();
    QTest::keyClicks(edit->descriptionEdit(), QStringLiteral("Vakjargon in de stageverslagen"));
    choose(edit->statusCombo(), static_cast<int>(BarrierStatus::InProgress));
    QTest::keyClick(edit->descriptionEdit(), Qt::Key_Return);
    auto changed = require(f.barriers.barrier(added->id));
    CHECK(changed.description == QStringLiteral("Vakjargon in de stageverslagen"));
    CHECK(changed.status == BarrierStatus::InProgress);

    session.undoStack()->undo();
    CHECK(require(f.barriers.barrier(added->id)) == *added);
    CHECK(tab.barrierModel()
              ->index(tab.barrierModel()->rowOf(added->id), BarrierModel::Description)
              .data()
              .toString()
          == QStringLiteral("Begrijpt de stageverslagen niet"));
    session.undoStack()->redo();
    CHECK(require(f.barriers.barrier(added->id)) == changed);
    session.undoStack()->undo();
    session.undoStack()->undo();
    CHECK_FALSE(f.barriers.barrier(added->id).ok());
    session.undoStack()->redo();
    CHECK(require(f.barriers.barrier(added->id)) == *added);
}

TEST_CASE("a barrier without a description, or solved without a date, is refused at the field")
{
    BarrierFixture f;
    Session session(*f.db, f.clock);
    const auto [learner, _] = f.learnerWithActions();
    const auto count = require(f.barriers.barriersFor(learner)).size();

    BarriersTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    QTest::mouseClick(tab.barrierSection()->addButton(), Qt::LeftButton);
    auto *dialog = editorOf<BarrierDialog>(tab);
    REQUIRE(dialog);

    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("description"))
          == Barrier::tr("Describe the barrier in a few words."));
    CHECK(require(f.barriers.barriersFor(learner)).size() == count);
    CHECK(session.undoStack()->count() == 0);

    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Geen laptop thuis"));
    // Choosing "solved" offers today; without a date it is refused.
    CHECK_FALSE(dialog->resolvedOn().field()->isEnabled());
    choose(dialog->statusCombo(), static_cast<int>(BarrierStatus::Solved));
    CHECK(dialog->resolvedOn().field()->isEnabled());
    CHECK(dialog->resolvedOn().date() == f.clock.today());
    // The date of solution emptied: no date.
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    test::typeDate(dialog->resolvedOn().field(), QString());
    CHECK_FALSE(dialog->resolvedOn().date().isValid());
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("description")).isEmpty());
    CHECK(dialog->errors().errorFor(QStringLiteral("resolvedOn"))
          == Barrier::tr("Fill in when the barrier was solved."));
    CHECK(require(f.barriers.barriersFor(learner)).size() == count);

    // Solved before it was noticed is refused too.
    test::typeDate(dialog->resolvedOn().field(), QStringLiteral("04/03/2025")); // 10 days ago
    test::typeDate(dialog->detectedOnField(), QStringLiteral("09/03/2025")); // 5 days ago
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    CHECK(dialog->errors().errorFor(QStringLiteral("resolvedOn"))
          == Barrier::tr("The barrier cannot be solved before it was noticed."));
    CHECK(require(f.barriers.barriersFor(learner)).size() == count);

    test::typeDate(dialog->resolvedOn().field(), QStringLiteral("14/03/2025"));
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());
    const auto stored = require(f.barriers.barriersFor(learner));
    REQUIRE(stored.size() == count + 1);
    CHECK(session.undoStack()->count() == 1);
}

TEST_CASE("an action for a partner needs the partner's person; done today in one keystroke")
{
    BarrierFixture f;
    Session session(*f.db, f.clock);
    const auto [learner, barrier] = f.learnerWithActions();
    const auto onBarrier = require(f.barriers.actionsForBarrier(barrier.id)).size();

    BarriersTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    REQUIRE(tab.barrierSection()->selectId(barrier.id));
    CHECK(tab.actionModel()->rowCount() == static_cast<int>(onBarrier));
    CHECK(tab.actionSection()->titleLabel()->text().contains(barrier.description.left(10)));

    QTest::mouseClick(tab.actionSection()->addButton(), Qt::LeftButton);
    auto *dialog = editorOf<ActionDialog>(tab);
    REQUIRE(dialog);
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Laptop aanvragen bij het OCMW"));
    CHECK_FALSE(dialog->personCombo()->isEnabled());
    choose(dialog->ownerCombo(), static_cast<int>(ActionOwner::Partner));
    CHECK(dialog->personCombo()->isEnabled());
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("partnerPersonId"))
          == Action::tr("Choose the partner's person who does this."));
    CHECK(require(f.barriers.actionsForBarrier(barrier.id)).size() == onBarrier);

    const auto persons = require(OrganisationRepository(*f.db, f.clock).persons());
    REQUIRE_FALSE(persons.empty());
    const ContactPerson &person = persons.front();
    const int index = dialog->personCombo()->findData(person.id);
    REQUIRE(index > 0);
    dialog->personCombo()->setCurrentIndex(index);
    CHECK(dialog->personCombo()->currentText().startsWith(person.name));
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    test::typeDate(dialog->due().field(), QStringLiteral("11/03/2025")); // already overdue
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    const auto actions = require(f.barriers.actionsForBarrier(barrier.id));
    REQUIRE(actions.size() == onBarrier + 1);
    const auto added = std::find_if(actions.begin(), actions.end(), [](const Action &a) {
        return a.description == QStringLiteral("Laptop aanvragen bij het OCMW");
    });
    REQUIRE(added != actions.end());
    CHECK(added->owner == ActionOwner::Partner);
    CHECK(added->partnerPersonId == person.id);
    CHECK(added->barrierId == barrier.id);
    CHECK(added->due == f.clock.today().addDays(-3));
    CHECK_FALSE(added->done.isValid());

    // The table names the person and shows the overdue date in red.
    const int row = tab.actionModel()->rowOf(added->id);
    REQUIRE(row >= 0);
    CHECK(
        tab.actionModel()->index(row, ActionModel::Who).data().toString().startsWith(person.name));
    CHECK(tab.actionModel()->index(row, ActionModel::Due).data(Qt::ForegroundRole).value<QColor>()
          == QColor(0xb0, 0x00, 0x20));
    CHECK(tab.actionSection()->currentId() == added->id);

    // Edit it: "mark as done today" fills in the date.
    QTest::keyClick(tab.actionSection()->view(), Qt::Key_Return);
    auto *edit = editorOf<ActionDialog>(tab);
    REQUIRE(edit);
    QTest::mouseClick(edit->doneTodayButton(), Qt::LeftButton);
    CHECK(edit->done().date() == f.clock.today());
    QTest::keyClicks(edit->outcomeEdit(), QStringLiteral("Laptop ontvangen"));
    QTest::keyClick(edit->descriptionEdit(), Qt::Key_Return);
    CHECK_FALSE(edit->isVisible());
    const Action done = require(f.barriers.action(added->id));
    CHECK(done.done == f.clock.today());
    CHECK(done.outcome == QStringLiteral("Laptop ontvangen"));
    CHECK(tab.actionModel()
              ->index(tab.actionModel()->rowOf(added->id), ActionModel::Due)
              .data(Qt::ForegroundRole)
              .value<QColor>()
          != QColor(0xb0, 0x00, 0x20));

    session.undoStack()->undo();
    CHECK(require(f.barriers.action(added->id)) == *added);
}

TEST_CASE("an action that belongs to no barrier is listed under other actions")
{
    BarrierFixture f;
    Session session(*f.db, f.clock);
    const auto [learner, _] = f.learnerWithActions();
    BarriersTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    const int others = tab.otherActionModel()->rowCount();

    QTest::mouseClick(tab.otherActionSection()->addButton(), Qt::LeftButton);
    auto *dialog = editorOf<ActionDialog>(tab);
    REQUIRE(dialog);
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Cv opmaken"));
    choose(dialog->ownerCombo(), static_cast<int>(ActionOwner::Together));
    QTest::keyClick(dialog->descriptionEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    REQUIRE(tab.otherActionModel()->rowCount() == others + 1);
    const qint64 id = tab.otherActionSection()->currentId();
    const Action stored = require(f.barriers.action(id));
    CHECK(stored.description == QStringLiteral("Cv opmaken"));
    CHECK_FALSE(stored.barrierId.has_value());
    CHECK(tab.otherActionModel()
              ->index(tab.otherActionModel()->rowOf(id), ActionModel::Who)
              .data()
              .toString()
          == label(ActionOwner::Together));

    AlwaysConfirm yes;
    QTest::keyClick(tab.otherActionSection()->view(), Qt::Key_Delete);
    CHECK_FALSE(f.barriers.action(id).ok());
    CHECK(tab.otherActionModel()->rowCount() == others);
    session.undoStack()->undo();
    CHECK(require(f.barriers.action(id)) == stored);
    CHECK(tab.otherActionModel()->rowCount() == others + 1);
}

TEST_CASE("removing a barrier removes its actions; undo restores both, redo removes them again")
{
    BarrierFixture f;
    Session session(*f.db, f.clock);
    const auto [learner, barrier] = f.learnerWithActions();
    const auto actions = require(f.barriers.actionsForBarrier(barrier.id));
    const auto count = require(f.barriers.barriersFor(learner)).size();

    BarriersTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    REQUIRE(tab.barrierSection()->selectId(barrier.id));

    QString asked;
    editor::setRemovalConfirmation([&asked](const QString &question) {
        asked = question;
        return false;
    });
    QTest::mouseClick(tab.barrierSection()->removeButton(), Qt::LeftButton);
    CHECK(asked.contains(barrier.description));
    CHECK(require(f.barriers.barriersFor(learner)).size() == count); // "no" keeps it

    AlwaysConfirm yes;
    QTest::keyClick(tab.barrierSection()->view(), Qt::Key_Delete);
    CHECK_FALSE(f.barriers.barrier(barrier.id).ok());
    for (const auto &action : actions)
        CHECK_FALSE(f.barriers.action(action.id).ok());
    CHECK(tab.barrierModel()->rowCount() == static_cast<int>(count - 1));

    session.undoStack()->undo();
    CHECK(require(f.barriers.barrier(barrier.id)) == barrier);
    CHECK(require(f.barriers.actionsForBarrier(barrier.id)) == actions);
    CHECK(tab.barrierModel()->rowCount() == static_cast<int>(count));

    session.undoStack()->redo();
    CHECK_FALSE(f.barriers.barrier(barrier.id).ok());
    for (const auto &action : actions)
        CHECK_FALSE(f.barriers.action(action.id).ok());
}

TEST_CASE("the barrier and action models are well-behaved item models")
{
    BarrierFixture f;
    const auto [learner, barrier] = f.learnerWithActions();

    BarrierModel barriers;
    QAbstractItemModelTester barrierTester(&barriers,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    barriers.setBarriers(require(f.barriers.barriersFor(learner)));
    REQUIRE(barriers.rowCount() > 0);
    CHECK(barriers.columnCount() == BarrierModel::ColumnCount);
    const int row = barriers.rowOf(barrier.id);
    REQUIRE(row >= 0);
    CHECK(barriers.index(row, BarrierModel::Category).data().toString() == label(barrier.category));
    CHECK(barriers.index(row, BarrierModel::DetectedOn).data().toString()
          == barrier.detectedOn.toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(barriers.index(row, 0).data(BarrierModel::IdRole).toLongLong() == barrier.id);
    CHECK(barriers.headerData(BarrierModel::Severity, Qt::Horizontal).toString()
          == QStringLiteral("Severity"));
    barriers.setBarriers({});
    CHECK(barriers.rowCount() == 0);

    ActionModel actions;
    QAbstractItemModelTester actionTester(&actions,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto persons = require(editor::personDescriptions(*f.db, f.clock));
    actions.setActions(require(f.barriers.actionsFor(learner)), persons, f.clock.today());
    REQUIRE(actions.rowCount() > 0);
    CHECK(actions.columnCount() == ActionModel::ColumnCount);
    for (int r = 0; r < actions.rowCount(); ++r) {
        const Action *action = actions.actionAt(r);
        if (action->owner == ActionOwner::Partner && action->partnerPersonId)
            CHECK(actions.index(r, ActionModel::Who).data().toString()
                  == persons.value(*action->partnerPersonId));
        else
            CHECK(actions.index(r, ActionModel::Who).data().toString() == label(action->owner));
    }
    CHECK(actions.headerData(ActionModel::Due, Qt::Horizontal).toString() == QStringLiteral("Due"));
}

TEST_CASE("screenshots of the barriers tab and its editors", "[.screenshot]")
{
    BarrierFixture f;
    Session session(*f.db, f.clock);
    const auto [learner, barrier] = f.learnerWithActions();
    BarriersTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    tab.barrierSection()->selectId(barrier.id);
    QTest::qWait(50);
    tab.grab().save(QStringLiteral("/tmp/h-barriers-barriers.png"));

    tab.editBarrier(barrier.id);
    auto *barrierDialog = editorOf<BarrierDialog>(tab);
    REQUIRE(barrierDialog);
    barrierDialog->descriptionEdit()->clear();
    barrierDialog->accept(); // shows the refusal
    QTest::qWait(50);
    barrierDialog->grab().save(QStringLiteral("/tmp/h-barriers-barrier-dialog.png"));
    barrierDialog->reject();

    tab.addAction(barrier.id);
    auto *actionDialog = editorOf<ActionDialog>(tab);
    REQUIRE(actionDialog);
    choose(actionDialog->ownerCombo(), static_cast<int>(ActionOwner::Partner));
    actionDialog->accept();
    QTest::qWait(50);
    actionDialog->grab().save(QStringLiteral("/tmp/h-barriers-action-dialog.png"));
    actionDialog->reject();
}

} // namespace TRAJECT_UNITY_ID
