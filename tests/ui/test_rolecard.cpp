// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTyping.h"
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "directory/ContactPersonDialog.h"
#include "dossier/RoleCardTab.h"
#include "dossier/rolecard/RoleCardModel.h"
#include "dossier/rolecard/RoleDialog.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/RoleCardRepository.h"
#include "widgets/DateField.h"
#include "widgets/EditorSupport.h"
#include "widgets/TableSection.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct RoleFixture
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    RoleCardRepository roles { *db, clock };
    OrganisationRepository directory { *db, clock };
    qint64 learner = 0;

    RoleFixture()
    {
        require(demo::fillDemoCaseload(*db, clock));
        for (const auto &candidate : require(LearnerRepository(*db, clock).all())) {
            if (require(roles.forLearner(candidate.id)).size() >= 2) {
                learner = candidate.id;
                break;
            }
        }
        REQUIRE(learner != 0);
    }
};

RoleDialog *editorOf(const RoleCardTab &tab)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return qobject_cast<RoleDialog *>(tab.openEditor());
}

void choose(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("a role is added to the role card, changed, and the change undone and redone")
{
    RoleFixture f;
    Session session(*f.db, f.clock);
    const auto before = require(f.roles.forLearner(f.learner));
    RoleCardTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    REQUIRE(tab.model()->rowCount() == static_cast<int>(before.size()));

    const auto persons = require(f.directory.persons());
    REQUIRE(persons.size() > 1);
    const ContactPerson &person = persons.back();

    QTest::mouseClick(tab.section()->addButton(), Qt::LeftButton);
    auto *dialog = editorOf(tab);
    REQUIRE(dialog);
    choose(dialog->roleCombo(), static_cast<int>(Role::LanguageCoach));
    choose(dialog->personCombo(), person.id);
    CHECK(dialog->from().date() == f.clock.today());
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Voor vragen over taal"));
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    const qint64 id = tab.section()->currentId();
    const RoleAssignment stored = require(f.roles.get(id));
    CHECK(stored.learnerId == f.learner);
    CHECK(stored.role == Role::LanguageCoach);
    CHECK(stored.personId == person.id);
    CHECK(stored.from == f.clock.today());
    CHECK_FALSE(stored.to.isValid());
    CHECK(stored.note == QStringLiteral("Voor vragen over taal"));
    const int row = tab.model()->rowOf(id);
    CHECK(tab.model()->index(row, RoleCardModel::Role).data().toString()
          == label(Role::LanguageCoach));
    CHECK(tab.model()->index(row, RoleCardModel::Person).data().toString() == person.name);
    CHECK(tab.model()->index(row, RoleCardModel::Phone).data().toString() == person.phone);

    // Change: the role ends (in the past, so it is greyed and moves after the current ones).
    QTest::keyClick(tab.section()->view(), Qt::Key_Return);
    auto *edit = editorOf(tab);
    REQUIRE(edit);
    REQUIRE(QTest::qWaitForWindowActive(edit));
    test::typeDate(edit->from().field(), QStringLiteral("13/01/2025")); // 60 days ago
    test::typeDate(edit->to().field(), QStringLiteral("13/03/2025")); // yesterday
    QTest::keyClick(edit->noteEdit(), Qt::Key_Return);
    CHECK_FALSE(edit->isVisible());
    const RoleAssignment ended = require(f.roles.get(id));
    CHECK(ended.to == f.clock.today().addDays(-1));
    const int endedRow = tab.model()->rowOf(id);
    CHECK(endedRow == tab.model()->rowCount() - 1);
    CHECK(tab.model()->index(endedRow, RoleCardModel::Person).data(Qt::ForegroundRole)
          == QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)));

    session.undoStack()->undo();
    CHECK(require(f.roles.get(id)) == stored);
    session.undoStack()->redo();
    CHECK(require(f.roles.get(id)) == ended);
}

TEST_CASE("a role that ends before it starts, or without a person, is refused at the field")
{
    RoleFixture f;
    Session session(*f.db, f.clock);
    const auto count = require(f.roles.forLearner(f.learner)).size();
    RoleCardTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);

    QTest::mouseClick(tab.section()->addButton(), Qt::LeftButton);
    auto *dialog = editorOf(tab);
    REQUIRE(dialog);
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("personId"))
          == RoleAssignment::tr("Choose the person who takes up this role."));

    dialog->personCombo()->setCurrentIndex(1);
    CHECK(dialog->errors().errorFor(QStringLiteral("personId")).isEmpty());
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    test::typeDate(dialog->to().field(), QStringLiteral("13/03/2025")); // yesterday
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QStringLiteral("to"))
          == RoleAssignment::tr("The end of the role lies before its start."));
    CHECK(require(f.roles.forLearner(f.learner)).size() == count);
    CHECK(session.undoStack()->count() == 0);

    QTest::keyClick(dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog->isVisible());
    CHECK(require(f.roles.forLearner(f.learner)).size() == count);
}

TEST_CASE("a person is created on the fly from the role editor")
{
    RoleFixture f;
    Session session(*f.db, f.clock);
    const auto personCount = require(f.directory.persons()).size();
    const auto organisations = require(f.directory.organisations());
    REQUIRE_FALSE(organisations.empty());
    RoleCardTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);

    QTest::mouseClick(tab.section()->addButton(), Qt::LeftButton);
    auto *dialog = editorOf(tab);
    REQUIRE(dialog);
    choose(dialog->roleCombo(), static_cast<int>(Role::WorkplaceMentor));
    QTest::mouseClick(dialog->newPersonButton(), Qt::LeftButton);
    ContactPersonDialog *person = dialog->personDialog();
    REQUIRE(person);
    QTest::keyClicks(person->nameEdit(), QStringLiteral("Griet Vermeulen"));
    QTest::keyClicks(person->functionEdit(), QStringLiteral("mentor"));
    choose(person->organisationCombo(), organisations.front().id);
    QTest::keyClicks(person->phoneEdit(), QStringLiteral("050 12 34 56"));
    QTest::keyClicks(person->emailEdit(), QStringLiteral("griet@"));
    QTest::keyClick(person->emailEdit(), Qt::Key_Return);
    CHECK(person->isVisible());
    CHECK(person->errorFor(QStringLiteral("email"))
          == ContactPerson::tr("This e-mail address is not valid."));
    CHECK(require(f.directory.persons()).size() == personCount);

    QTest::keyClicks(person->emailEdit(), QStringLiteral("kinderopvang.be"));
    QTest::keyClick(person->emailEdit(), Qt::Key_Return);
    CHECK_FALSE(person->isVisible());
    const auto persons = require(f.directory.persons());
    REQUIRE(persons.size() == personCount + 1);
    const auto created = std::find_if(persons.begin(), persons.end(), [](const auto &p) {
        return p.name == QStringLiteral("Griet Vermeulen");
    });
    REQUIRE(created != persons.end());
    CHECK(created->organisationId == organisations.front().id);
    CHECK(created->email == QStringLiteral("griet@kinderopvang.be"));
    // The new person is chosen in the role editor, named with their organisation.
    CHECK(dialog->personCombo()->currentData().toLongLong() == created->id);
    CHECK(dialog->personCombo()->currentText().contains(organisations.front().name));

    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());
    const qint64 id = tab.section()->currentId();
    CHECK(require(f.roles.get(id)).personId == created->id);
    CHECK(tab.model()->index(tab.model()->rowOf(id), RoleCardModel::Organisation).data().toString()
          == organisations.front().name);

    // Undo takes the role away, then the person.
    session.undoStack()->undo();
    CHECK_FALSE(f.roles.get(id).ok());
    session.undoStack()->undo();
    CHECK(require(f.directory.persons()).size() == personCount);
    session.undoStack()->redo();
    session.undoStack()->redo();
    CHECK(require(f.roles.get(id)).personId == created->id);
}

TEST_CASE("a role line is removed; undo restores it, redo removes it again")
{
    RoleFixture f;
    Session session(*f.db, f.clock);
    RoleCardTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    const int rows = tab.model()->rowCount();
    const qint64 id = tab.section()->currentId();
    REQUIRE(id != 0);
    const RoleAssignment original = require(f.roles.get(id));

    editor::setRemovalConfirmation([](const QString &) { return true; });
    QTest::keyClick(tab.section()->view(), Qt::Key_Delete);
    editor::setRemovalConfirmation({});
    CHECK_FALSE(f.roles.get(id).ok());
    CHECK(tab.model()->rowCount() == rows - 1);
    session.undoStack()->undo();
    CHECK(require(f.roles.get(id)) == original);
    CHECK(tab.model()->rowCount() == rows);
    session.undoStack()->redo();
    CHECK_FALSE(f.roles.get(id).ok());
}

TEST_CASE("the role card model puts current roles first and is a well-behaved item model")
{
    RoleFixture f;
    RoleCardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto persons = require(f.directory.persons());
    std::vector<RoleCardLine> lines;
    RoleCardLine ended { {}, persons.at(0), QStringLiteral("CVO") };
    ended.assignment.id = 1;
    ended.assignment.role = Role::Teacher;
    ended.assignment.personId = persons.at(0).id;
    ended.assignment.from = f.clock.today().addYears(-1);
    ended.assignment.to = f.clock.today().addDays(-10);
    RoleCardLine current { {}, persons.at(1), QStringLiteral("VDAB") };
    current.assignment.id = 2;
    current.assignment.role = Role::VdabConsultant;
    current.assignment.personId = persons.at(1).id;
    lines = { ended, current };
    model.setLines(lines, f.clock.today());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == RoleCardModel::ColumnCount);
    CHECK(model.index(0, 0).data(RoleCardModel::IdRole).toLongLong() == 2);
    CHECK(model.index(1, RoleCardModel::Role).data().toString() == label(Role::Teacher));
    CHECK(model.index(1, RoleCardModel::To).data().toString()
          == f.clock.today().addDays(-10).toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(model.index(1, RoleCardModel::Person).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(0, RoleCardModel::Person).data(Qt::ForegroundRole).isValid());
    CHECK(model.headerData(RoleCardModel::Email, Qt::Horizontal).toString()
          == QStringLiteral("E-mail"));
    model.setLines({}, f.clock.today());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("screenshots of the role card tab and its editors", "[.screenshot]")
{
    RoleFixture f;
    Session session(*f.db, f.clock);
    RoleCardTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(f.learner);
    QTest::qWait(50);
    tab.grab().save(QStringLiteral("/tmp/h-barriers-rolecard.png"));
    tab.addRole();
    auto *dialog = editorOf(tab);
    REQUIRE(dialog);
    // Typed straight into the field (the picture needs no focus), then Enter.
    QTest::keyClicks(dialog->to().field()->lineEdit(), QStringLiteral("11/03/2025"));
    QTest::keyClick(dialog->to().field()->lineEdit(), Qt::Key_Return);
    dialog->accept();
    QTest::qWait(50);
    dialog->grab().save(QStringLiteral("/tmp/h-barriers-role-dialog.png"));
    dialog->newPerson();
    REQUIRE(dialog->personDialog());
    QTest::qWait(50);
    dialog->personDialog()->grab().save(QStringLiteral("/tmp/h-barriers-person-dialog.png"));
    dialog->reject();
}

} // namespace TRAJECT_UNITY_ID
