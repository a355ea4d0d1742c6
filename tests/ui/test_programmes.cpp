// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "directory/ModuleModel.h"
#include "directory/ProgrammeForm.h"
#include "directory/ProgrammesDialog.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct DemoProgrammes
{
    explicit DemoProgrammes(bool withDemo = true)
        : clock(traject::test::fixedToday())
        , db(traject::test::memoryDatabase())
    {
        if (withDemo)
            require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
    }

    ProgrammeRepository programmes() { return ProgrammeRepository(*db, clock); }
    Programme withTemplate(const QString &key)
    {
        for (const auto &programme : require(programmes().all())) {
            if (programme.templateKey == key)
                return programme;
        }
        FAIL("no programme from template " << key.toStdString());
        return {};
    }

    FixedClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

/// Shows the dialog as the active window, so that focus moves as it does for a user.
void showActive(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

/// The in-place editor open in the view.
QLineEdit *cellEditor(QTableView *view)
{
    const auto editors = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

/// Types into the in-place editor of a cell and presses Enter, as a user would.
void typeInCell(QTableView *view, const QModelIndex &index, const QString &text)
{
    view->setCurrentIndex(index);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit *editor = cellEditor(view);
    REQUIRE(editor);
    CHECK(editor->hasFocus());
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's data queued
}

} // namespace

TEST_CASE("the programme editor shows the modules with their totals")
{
    DemoProgrammes demo;
    ProgrammesDialog dialog(*demo.session);
    QAbstractItemModelTester tester(dialog.moduleModel());
    const Programme cvo = demo.withTemplate(QStringLiteral("cvo-kinderbegeleider"));
    REQUIRE(dialog.selectProgramme(cvo.id));

    CHECK(dialog.form()->nameEdit()->text() == cvo.name);
    CHECK(dialog.moduleModel()->rowCount() == 19);
    CHECK(dialog.totalsLabel()->text()
          == QStringLiteral(
              "18 modules, 720 lestijden, 11 with work-place learning + placement module 80"));
    // A module the sources do not name yet is shown as such.
    const QModelIndex unnamed = dialog.moduleModel()->index(3, ModuleModel::Name);
    CHECK(unnamed.data(Qt::FontRole).value<QFont>().italic());
    CHECK(dialog.moduleModel()->index(3, ModuleModel::ToBeNamed).data(Qt::CheckStateRole)
          == QVariant(Qt::Checked));
    CHECK_FALSE(dialog.installButton()->isEnabled()); // both templates are there
}

TEST_CASE("a module is renamed in place, and the rename can be undone")
{
    DemoProgrammes demo;
    ProgrammesDialog dialog(*demo.session);
    showActive(dialog);
    QAbstractItemModelTester tester(dialog.moduleModel());
    const Programme cvo = demo.withTemplate(QStringLiteral("cvo-kinderbegeleider"));
    REQUIRE(dialog.selectProgramme(cvo.id));
    const int steps = demo.session->undoStack()->count();

    typeInCell(dialog.moduleView(), dialog.moduleModel()->index(3, ModuleModel::Name),
               QStringLiteral("Pedagogisch handelen"));
    const Module renamed = require(demo.programmes().get(cvo.id)).modules[3];
    CHECK(renamed.name == QStringLiteral("Pedagogisch handelen"));
    CHECK_FALSE(renamed.toBeNamed); // named now
    CHECK(renamed.id == cvo.modules[3].id);
    CHECK(demo.session->undoStack()->count() == steps + 1);
    CHECK(dialog.moduleModel()->index(3, ModuleModel::Name).data().toString()
          == QStringLiteral("Pedagogisch handelen"));

    // An empty name is refused with a message under the table; nothing is stored.
    typeInCell(dialog.moduleView(), dialog.moduleModel()->index(3, ModuleModel::Name), QString());
    CHECK(dialog.moduleError() == QStringLiteral("Every module needs a name."));
    CHECK(require(demo.programmes().get(cvo.id)).modules[3] == renamed);
    CHECK(demo.session->undoStack()->count() == steps + 1);

    // A share of work-place learning above 100 % is refused too.
    CHECK_FALSE(dialog.moduleModel()->setData(
        dialog.moduleModel()->index(3, ModuleModel::WorkplacePercent), 150));
    CHECK(dialog.moduleError().contains(QStringLiteral("between 0 and 100")));

    demo.session->undoStack()->undo();
    CHECK(require(demo.programmes().get(cvo.id)) == cvo);
    CHECK(dialog.moduleModel()->index(3, ModuleModel::Name).data().toString()
          == cvo.modules[3].name);
}

TEST_CASE("modules are added, moved and removed, each as one undoable step")
{
    DemoProgrammes demo;
    ProgrammesDialog dialog(*demo.session);
    showActive(dialog);
    QAbstractItemModelTester tester(dialog.moduleModel());
    const Programme syntra = demo.withTemplate(QStringLiteral("syntra-kinderbegeleider"));
    REQUIRE(dialog.selectProgramme(syntra.id));
    const int count = static_cast<int>(syntra.modules.size());

    // Added at the end, still to be named, with its name being edited at once.
    dialog.addModule();
    REQUIRE(dialog.moduleModel()->rowCount() == count + 1);
    QLineEdit *editor = cellEditor(dialog.moduleView());
    REQUIRE(editor);
    CHECK(editor->hasFocus());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Taal op de werkvloer"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    Programme stored = require(demo.programmes().get(syntra.id));
    REQUIRE(static_cast<int>(stored.modules.size()) == count + 1);
    const Module added = stored.modules.back();
    CHECK(added.name == QStringLiteral("Taal op de werkvloer"));
    CHECK(added.position == count + 1);

    // Moved up by one.
    dialog.moduleView()->setCurrentIndex(dialog.moduleModel()->index(count, ModuleModel::Name));
    dialog.moveModule(-1);
    stored = require(demo.programmes().get(syntra.id));
    CHECK(stored.modules[static_cast<std::size_t>(count - 1)].id == added.id);
    CHECK(dialog.moduleView()->currentIndex().row() == count - 1);

    // A module in a learner's module plan is not removed; the dialog says why.
    const int steps = demo.session->undoStack()->count();
    dialog.moduleView()->setCurrentIndex(dialog.moduleModel()->index(0, ModuleModel::Name));
    dialog.removeModule();
    CHECK(dialog.moduleError().contains(QStringLiteral("module plan")));
    CHECK(require(demo.programmes().get(syntra.id)) == stored);
    CHECK(demo.session->undoStack()->count() == steps);

    // The new one can go; the others close up.
    dialog.moduleView()->setCurrentIndex(dialog.moduleModel()->index(count - 1, ModuleModel::Name));
    dialog.removeModule();
    Programme removed = require(demo.programmes().get(syntra.id));
    REQUIRE(static_cast<int>(removed.modules.size()) == count);
    CHECK(removed.modules.back().position == count);
    CHECK(dialog.moduleModel()->rowCount() == count);

    // Undo, step by step, brings back exactly what was there, with the same ids.
    auto *undo = demo.session->undoStack();
    undo->undo();
    CHECK(require(demo.programmes().get(syntra.id)) == stored);
    undo->undo(); // the move
    undo->undo(); // the name
    undo->undo(); // the new module
    CHECK(require(demo.programmes().get(syntra.id)) == syntra);
    CHECK(dialog.moduleModel()->rowCount() == count);
    // And redo replays it all onto the same module.
    undo->redo();
    undo->redo();
    undo->redo();
    CHECK(require(demo.programmes().get(syntra.id)) == stored);
    undo->redo();
    CHECK(require(demo.programmes().get(syntra.id)) == removed);
}

TEST_CASE("programme fields are stored when left, and an empty name is refused")
{
    DemoProgrammes demo;
    ProgrammesDialog dialog(*demo.session);
    showActive(dialog);
    const Programme cvo = demo.withTemplate(QStringLiteral("cvo-kinderbegeleider"));
    REQUIRE(dialog.selectProgramme(cvo.id));
    ProgrammeForm *form = dialog.form();

    form->nameEdit()->setFocus();
    form->nameEdit()->selectAll();
    QTest::keyClick(form->nameEdit(), Qt::Key_Backspace);
    QTest::keyClick(form->nameEdit(), Qt::Key_Return);
    CHECK(form->errorFor(QStringLiteral("name"))
          == QStringLiteral("Fill in the name of the programme."));
    CHECK(require(demo.programmes().get(cvo.id)) == cvo);
    CHECK(dialog.isVisible());

    QTest::keyClicks(form->nameEdit(), QStringLiteral("Kinderbegeleider (CVO, 18 maanden)"));
    QTest::keyClick(form->nameEdit(), Qt::Key_Tab);
    CHECK(require(demo.programmes().get(cvo.id)).name
          == QStringLiteral("Kinderbegeleider (CVO, 18 maanden)"));
    CHECK(form->errorFor(QStringLiteral("name")).isEmpty());
    // Its modules 4-16 and 18 are still to be named: the list marks it incomplete.
    CHECK(dialog.programmeList()->currentItem()->text()
          == QStringLiteral("Kinderbegeleider (CVO, 18 maanden)\n"
                            "Incomplete: 14 module(s) without a name"));

    demo.session->undoStack()->undo();
    CHECK(require(demo.programmes().get(cvo.id)) == cvo);
    CHECK(form->nameEdit()->text() == cvo.name);
}

TEST_CASE("a programme a learner is enrolled in is not removed, and the dialog says why")
{
    DemoProgrammes demo;
    ProgrammesDialog dialog(*demo.session);
    dialog.setConfirmRemoval([](QWidget *, const QString &) { return true; });
    const Programme cvo = demo.withTemplate(QStringLiteral("cvo-kinderbegeleider"));
    REQUIRE(dialog.selectProgramme(cvo.id));
    const int steps = demo.session->undoStack()->count();

    dialog.removeProgramme();
    CHECK(dialog.listError()->text().contains(QStringLiteral("enrolled")));
    CHECK(require(demo.programmes().get(cvo.id)) == cvo);
    CHECK(demo.session->undoStack()->count() == steps);
}

TEST_CASE("the shipped templates are installed from the dialog, a new programme is added, "
          "and both can be undone")
{
    DemoProgrammes demo(false);
    ProgrammesDialog dialog(*demo.session);
    showActive(dialog);
    dialog.setConfirmRemoval([](QWidget *, const QString &) { return true; });
    CHECK(dialog.programmeList()->count() == 0);
    REQUIRE(dialog.installButton()->isEnabled());

    QTest::mouseClick(dialog.installButton(), Qt::LeftButton);
    CHECK(require(demo.programmes().all()).size() == 2);
    CHECK(dialog.programmeList()->count() == 2);
    CHECK_FALSE(dialog.installButton()->isEnabled());
    CHECK(demo.session->undoStack()->count() == 1); // one step for both

    dialog.newProgramme();
    QTest::keyClicks(dialog.form()->nameEdit(), QStringLiteral("Kinderbegeleider schoolgaande"));
    QTest::keyClick(dialog.form()->nameEdit(), Qt::Key_Return);
    CHECK(require(demo.programmes().all()).size() == 3);
    CHECK(dialog.programmeList()->currentItem()->text()
          == QStringLiteral("Kinderbegeleider schoolgaande"));

    // Unused, it can be removed; undo brings it back.
    const qint64 id = dialog.currentProgramme();
    dialog.removeProgramme();
    CHECK_FALSE(demo.programmes().get(id).ok());
    demo.session->undoStack()->undo();
    CHECK(require(demo.programmes().get(id)).name
          == QStringLiteral("Kinderbegeleider schoolgaande"));

    demo.session->undoStack()->undo();
    demo.session->undoStack()->undo();
    CHECK(require(demo.programmes().all()).empty());
    CHECK(dialog.installButton()->isEnabled());
}

} // namespace TRAJECT_UNITY_ID
