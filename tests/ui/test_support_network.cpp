// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/RoleCardTab.h"
#include "dossier/rolecard/SupportNetworkEditor.h"
#include "dossier/rolecard/SupportNetworkModel.h"
#include "dossier/rolecard/SupportPersonDialog.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/EditorSupport.h"
#include "widgets/TableSection.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct NetworkFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    IntakeRepository intakes { *db, clock };
    qint64 learner = 0;

    NetworkFixture()
    {
        require(demo::fillDemoCaseload(*db, clock));
        learner = require(LearnerRepository(*db, clock).all()).front().id;
    }

    std::vector<SupportPerson> network() const { return require(intakes.supportNetwork(learner)); }

    SupportPerson addDirectly(const QString &name)
    {
        SupportPerson person;
        person.learnerId = learner;
        person.name = name;
        person.relation = QStringLiteral("buurvrouw");
        person.phone = QStringLiteral("0478 11 22 33");
        require(intakes.addSupportPerson(person));
        return person;
    }
};

SupportPersonDialog *dialogOf(const SupportNetworkEditor &editor)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return qobject_cast<SupportPersonDialog *>(editor.openEditor());
}

/// Answers the question before removing (and forgets the answer afterwards).
struct RemovalAnswer
{
    explicit RemovalAnswer(bool yes, QString *asked = nullptr)
    {
        editor::setRemovalConfirmation([yes, asked](const QString &question) {
            if (asked)
                *asked = question;
            return yes;
        });
    }
    ~RemovalAnswer() { editor::setRemovalConfirmation({}); }
};

} // namespace

TEST_CASE("a support person is added on the role card by typing, then changed, undone and redone")
{
    NetworkFixture f;
    Session session(*f.db, f.clock);
    const auto before = f.network();
    RoleCardTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    SupportNetworkEditor *editor = tab.supportNetwork();
    REQUIRE(editor);
    CHECK(editor->learnerId() == f.learner);
    CHECK(editor->model()->rowCount() == static_cast<int>(before.size()));
    CHECK(editor->section()->addButton()->text() == QStringLiteral("Add &support person…"));

    QTest::mouseClick(editor->section()->addButton(), Qt::LeftButton);
    auto *dialog = dialogOf(*editor);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK(QApplication::focusWidget() == dialog->nameEdit());
    // Typed as a user would: the tab order follows the form.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Malika Benali"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog->relationEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("zus"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog->kindCombo());
    CHECK(dialog->kindCombo()->currentText() == label(SupportKind::Informal));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog->phoneEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0486 12 34 56"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog->noteEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Haalt de kinderen op school"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    auto after = f.network();
    REQUIRE(after.size() == before.size() + 1);
    const SupportPerson added = after.back();
    CHECK(added.name == QStringLiteral("Malika Benali"));
    CHECK(added.relation == QStringLiteral("zus"));
    CHECK(added.kind == SupportKind::Informal);
    CHECK(added.phone == QStringLiteral("0486 12 34 56"));
    CHECK(added.note == QStringLiteral("Haalt de kinderen op school"));
    CHECK(editor->section()->currentId() == added.id);
    const int row = editor->model()->rowOf(added.id);
    CHECK(editor->model()->index(row, SupportNetworkModel::Name).data().toString() == added.name);
    CHECK(editor->model()->index(row, SupportNetworkModel::Kind).data().toString()
          == label(SupportKind::Informal));
    CHECK(session.undoStack()->undoText() == QStringLiteral("Add support person Malika Benali"));

    // Enter on the row opens the change dialog with the person filled in.
    QTest::keyClick(editor->section()->view(), Qt::Key_Return);
    auto *change = dialogOf(*editor);
    REQUIRE(change);
    CHECK(change != dialog);
    CHECK(change->nameEdit()->text() == added.name);
    CHECK(change->relationEdit()->text() == added.relation);
    change->relationEdit()->clear();
    QTest::keyClicks(change->relationEdit(), QStringLiteral("maatschappelijk werker"));
    QTest::keyClick(change->kindCombo(), Qt::Key_Down);
    CHECK(change->kindCombo()->currentText() == label(SupportKind::Professional));
    QTest::keyClick(change->phoneEdit(), Qt::Key_Return);
    CHECK_FALSE(change->isVisible());
    const SupportPerson changed = f.network().back();
    CHECK(changed.id == added.id);
    CHECK(changed.relation == QStringLiteral("maatschappelijk werker"));
    CHECK(changed.kind == SupportKind::Professional);
    CHECK(editor->model()->index(row, SupportNetworkModel::Kind).data().toString()
          == label(SupportKind::Professional));

    session.undoStack()->undo();
    CHECK(f.network().back() == added);
    CHECK(editor->model()->index(row, SupportNetworkModel::Relation).data().toString()
          == QStringLiteral("zus"));
    session.undoStack()->undo();
    CHECK(f.network().size() == before.size());
    CHECK(editor->model()->rowCount() == static_cast<int>(before.size()));
    session.undoStack()->redo();
    CHECK(f.network().back() == added);
    session.undoStack()->redo();
    CHECK(f.network().back() == changed);
    CHECK(editor->model()->rowCount() == static_cast<int>(before.size()) + 1);
}

TEST_CASE("a support person without a name is refused at the field and nothing is stored")
{
    NetworkFixture f;
    Session session(*f.db, f.clock);
    const auto before = f.network();
    SupportNetworkEditor editor(session);
    editor.resize(700, 300);
    editor.show();
    editor.setLearner(f.learner);

    editor.addPerson();
    auto *dialog = dialogOf(editor);
    REQUIRE(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("   "));
    QTest::keyClicks(dialog->relationEdit(), QStringLiteral("buurvrouw"));
    QTest::keyClick(dialog->relationEdit(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("name"))
          == SupportPerson::tr("Fill in the name of the support person."));
    CHECK(f.network() == before);
    CHECK(session.undoStack()->count() == 0);

    // Typing a name takes the message away; Escape then closes without storing.
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Rita"));
    CHECK(dialog->errors().errorFor(QStringLiteral("name")).isEmpty());
    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(f.network() == before);
    CHECK(session.undoStack()->count() == 0);
}

TEST_CASE("a support person is removed with Delete after confirmation; undo brings them back")
{
    NetworkFixture f;
    Session session(*f.db, f.clock);
    const SupportPerson person = f.addDirectly(QStringLiteral("Rita Claeys"));
    const auto before = f.network();
    SupportNetworkEditor editor(session);
    editor.resize(700, 300);
    editor.show();
    editor.setLearner(f.learner);
    REQUIRE(editor.section()->selectId(person.id));

    {
        QString asked;
        RemovalAnswer no(false, &asked);
        QTest::keyClick(editor.section()->view(), Qt::Key_Delete);
        CHECK(asked.contains(QStringLiteral("Rita Claeys")));
        CHECK(f.network() == before);
    }
    {
        RemovalAnswer yes(true);
        QTest::keyClick(editor.section()->view(), Qt::Key_Delete);
    }
    CHECK(f.network().size() == before.size() - 1);
    CHECK(editor.model()->rowOf(person.id) == -1);
    CHECK(session.undoStack()->undoText() == QStringLiteral("Remove support person Rita Claeys"));

    session.undoStack()->undo();
    CHECK(f.network() == before);
    CHECK(editor.model()->rowOf(person.id) >= 0);
    session.undoStack()->redo();
    CHECK(f.network().size() == before.size() - 1);
}

TEST_CASE("the support network editor follows its learner and has nothing to add without one")
{
    NetworkFixture f;
    Session session(*f.db, f.clock);
    SupportNetworkEditor editor(session);
    CHECK(editor.model()->rowCount() == 0);
    CHECK_FALSE(editor.section()->addButton()->isEnabled());
    editor.setLearner(f.learner);
    CHECK(editor.section()->addButton()->isEnabled());
    const int rows = editor.model()->rowCount();

    // A change made elsewhere (another editor, the intake) shows up here.
    SupportPerson person;
    person.learnerId = f.learner;
    person.name = QStringLiteral("Koen");
    auto id = session.add(
        QStringLiteral("add"), f.learner,
        [&f, person]() mutable { return f.intakes.addSupportPerson(person); },
        session.through(&IntakeRepository::removeSupportPerson, Aspect::RoleCard));
    require(id);
    CHECK(editor.model()->rowCount() == rows + 1);
    editor.setLearner(0);
    CHECK(editor.model()->rowCount() == 0);
}

TEST_CASE("the support network model is a well-behaved item model")
{
    SupportNetworkModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SupportPerson informal;
    informal.id = 4;
    informal.name = QStringLiteral("Nora");
    informal.relation = QStringLiteral("moeder");
    informal.note = QStringLiteral("Woont in dezelfde straat\nspreekt Arabisch");
    SupportPerson professional;
    professional.id = 9;
    professional.name = QStringLiteral("Mieke Van Damme");
    professional.kind = SupportKind::Professional;
    professional.phone = QStringLiteral("050 32 10 44");
    model.setPersons({ informal, professional });
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == SupportNetworkModel::ColumnCount);
    CHECK(model.index(1, 0).data(SupportNetworkModel::IdRole).toLongLong() == 9);
    CHECK(model.rowOf(9) == 1);
    CHECK(model.personAt(1)->name == professional.name);
    CHECK(model.personAt(2) == nullptr);
    CHECK(model.index(1, SupportNetworkModel::Kind).data().toString()
          == label(SupportKind::Professional));
    CHECK(model.index(0, SupportNetworkModel::Note).data().toString()
          == QStringLiteral("Woont in dezelfde straat"));
    CHECK(model.index(0, SupportNetworkModel::Note).data(Qt::ToolTipRole).toString()
          == informal.note);
    CHECK(model.headerData(SupportNetworkModel::Relation, Qt::Horizontal).toString()
          == QStringLiteral("Relation"));
    model.setPersons({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("screenshots of the support network on the role card", "[.screenshot]")
{
    NetworkFixture f;
    Session session(*f.db, f.clock);
    if (f.network().empty()) {
        f.addDirectly(QStringLiteral("Rita Claeys"));
        f.addDirectly(QStringLiteral("Youssef Benali"));
    }
    RoleCardTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    QTest::qWait(50);
    tab.grab().save(QStringLiteral("/tmp/h-network-rolecard.png"));
    tab.supportNetwork()->addPerson();
    auto *dialog = dialogOf(*tab.supportNetwork());
    REQUIRE(dialog);
    dialog->accept();
    QTest::qWait(50);
    dialog->grab().save(QStringLiteral("/tmp/h-network-dialog.png"));
    dialog->reject();
}

} // namespace TRAJECT_UNITY_ID
