// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateTyping.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "directory/ClosureModel.h"
#include "directory/ClosuresDialog.h"
#include "directory/ContactPersonDialog.h"
#include "directory/HolidayModel.h"
#include "directory/OrganisationForm.h"
#include "directory/OrganisationModel.h"
#include "directory/OrganisationsDialog.h"
#include "directory/PersonModel.h"
#include "storage/CalendarRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/RoleCardRepository.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::chooseWithKeys;
using traject::test::require;

namespace {

struct DemoDirectory
{
    DemoDirectory()
        : clock(traject::test::fixedToday())
        , db(traject::test::memoryDatabase())
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
    }

    OrganisationRepository organisations() { return OrganisationRepository(*db, clock); }

    FixedClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> session;
};

std::optional<Organisation> organisationNamed(OrganisationRepository repository,
                                              const QString &name)
{
    for (const auto &organisation : require(repository.organisations())) {
        if (organisation.name == name)
            return organisation;
    }
    return std::nullopt;
}

/// Chooses the item with this data in a combo box with the keys (F4, arrows, Enter).
void choose(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    chooseWithKeys(combo, combo->findData(data));
}

/// Shows the dialog as the active window, so that focus moves as it does for a user.
void showActive(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("the address book lists organisations with their sites and the persons without one")
{
    DemoDirectory demo;
    // Let a site belong to the organiser.
    {
        auto organisations = require(demo.organisations().organisations());
        auto organiser = std::find_if(organisations.begin(), organisations.end(), [](auto &o) {
            return o.kind == OrganisationKind::ChildcareOrganiser;
        });
        auto site = std::find_if(organisations.begin(), organisations.end(),
                                 [](auto &o) { return o.kind == OrganisationKind::ChildcareSite; });
        REQUIRE(organiser != organisations.end());
        REQUIRE(site != organisations.end());
        site->parentId = organiser->id;
        require(demo.organisations().updateOrganisation(*site));
    }
    OrganisationsDialog dialog(*demo.session);
    QAbstractItemModelTester organisationTester(dialog.organisationModel());
    QAbstractItemModelTester proxyTester(dialog.organisationProxy());
    QAbstractItemModelTester personTester(dialog.personModel());

    const auto all = require(demo.organisations().organisations());
    auto *model = dialog.organisationModel();
    REQUIRE(model->rowCount() == static_cast<int>(all.size()) + 1);
    CHECK(model->index(model->rowCount() - 1, OrganisationModel::Name).data().toString()
          == QStringLiteral("No organisation"));

    // A site shows its type of care and the organiser it belongs to.
    const auto site = std::find_if(all.begin(), all.end(), [](const Organisation &o) {
        return o.kind == OrganisationKind::ChildcareSite && o.parentId;
    });
    REQUIRE(site != all.end());
    const int row = model->rowOf(site->id);
    CHECK(model->index(row, OrganisationModel::Kind).data().toString() == label(site->siteType));
    CHECK(model->index(row, OrganisationModel::BelongsTo).data().toString()
          == require(demo.organisations().organisation(*site->parentId)).name);

    // Choosing an organisation shows its persons.
    REQUIRE(dialog.selectOrganisation(site->parentId.value()));
    CHECK(dialog.personModel()->rowCount()
          == static_cast<int>(require(demo.organisations().personsOf(*site->parentId)).size()));
    CHECK(dialog.form()->nameEdit()->text()
          == require(demo.organisations().organisation(*site->parentId)).name);
}

TEST_CASE("searching the address book as you type finds organisations and their persons")
{
    DemoDirectory demo;
    OrganisationsDialog dialog(*demo.session);
    showActive(dialog);
    const auto persons = require(demo.organisations().persons());
    const auto person = std::find_if(persons.begin(), persons.end(),
                                     [](const ContactPerson &p) { return p.organisationId; });
    REQUIRE(person != persons.end());
    const auto organisation = require(demo.organisations().organisation(*person->organisationId));

    QTest::keyClicks(dialog.searchEdit(), person->name);
    auto *proxy = dialog.organisationProxy();
    REQUIRE(proxy->rowCount() >= 1);
    CHECK(proxy->rowCount() < dialog.organisationModel()->rowCount());
    bool found = false;
    for (int row = 0; row < proxy->rowCount(); ++row)
        found = found
            || proxy->index(row, 0).data(OrganisationModel::IdRole).toLongLong() == organisation.id;
    CHECK(found);
    CHECK(dialog.currentOrganisation() >= 0);

    dialog.searchEdit()->clear();
    CHECK(proxy->rowCount() == dialog.organisationModel()->rowCount());
}

TEST_CASE("an organisation and a contact person are added through the address book")
{
    DemoDirectory demo;
    OrganisationsDialog dialog(*demo.session);
    showActive(dialog);
    const int before = demo.session->undoStack()->count();

    dialog.newOrganisation();
    CHECK(dialog.currentOrganisation() == -1);
    OrganisationForm *form = dialog.form();
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Kinderdagverblijf De Vlinder"));
    choose(form->kindCombo(), toCode(OrganisationKind::ChildcareSite));
    CHECK(form->siteTypeCombo()->isEnabled());

    // A childcare site needs its type of care: refused in place, nothing stored.
    CHECK_FALSE(dialog.addOrganisation());
    CHECK(form->errorFor(QStringLiteral("siteType")).contains(QStringLiteral("group care")));
    CHECK_FALSE(
        organisationNamed(demo.organisations(), QStringLiteral("Kinderdagverblijf De Vlinder")));

    choose(form->siteTypeCombo(), toCode(SiteType::FamilyCare));
    QTest::keyClicks(form->municipalityEdit(), QStringLiteral("Roeselare"));
    // Enter confirms the new organisation.
    QTest::keyClick(form->municipalityEdit(), Qt::Key_Return);
    const auto added
        = organisationNamed(demo.organisations(), QStringLiteral("Kinderdagverblijf De Vlinder"));
    REQUIRE(added);
    CHECK(added->siteType == SiteType::FamilyCare);
    CHECK(added->municipality == QStringLiteral("Roeselare"));
    CHECK(dialog.currentOrganisation() == added->id);
    CHECK(demo.session->undoStack()->count() == before + 1);

    // A contact person of it, through the person dialog and the keyboard.
    dialog.addPerson();
    ContactPersonDialog *contactPersonDialog = dialog.contactPersonDialog();
    REQUIRE(contactPersonDialog);
    CHECK(contactPersonDialog->organisationCombo()->currentData().toLongLong() == added->id);
    QTest::keyClicks(contactPersonDialog->nameEdit(), QStringLiteral("Hilde Vandamme"));
    QTest::keyClicks(contactPersonDialog->functionEdit(), QStringLiteral("Mentor"));
    QTest::keyClicks(contactPersonDialog->emailEdit(), QStringLiteral("hilde@"));
    QTest::keyClick(contactPersonDialog->emailEdit(), Qt::Key_Return);
    // An invalid e-mail address is refused in the dialog, which stays open.
    CHECK(contactPersonDialog->isVisible());
    CHECK(contactPersonDialog->errorFor(QStringLiteral("email"))
          == QStringLiteral("This e-mail address is not valid."));
    CHECK(require(demo.organisations().personsOf(added->id)).empty());

    QTest::keyClicks(contactPersonDialog->emailEdit(), QStringLiteral("devlinder.be"));
    QTest::keyClick(contactPersonDialog->emailEdit(), Qt::Key_Return);
    CHECK_FALSE(contactPersonDialog->isVisible());
    const auto persons = require(demo.organisations().personsOf(added->id));
    REQUIRE(persons.size() == 1);
    CHECK(persons.front().name == QStringLiteral("Hilde Vandamme"));
    CHECK(persons.front().email == QStringLiteral("hilde@devlinder.be"));
    CHECK(dialog.personModel()->rowCount() == 1);
    CHECK(dialog.currentPerson() == persons.front().id);

    // Both can be undone, and redone with the same ids.
    demo.session->undoStack()->undo();
    CHECK(require(demo.organisations().personsOf(added->id)).empty());
    CHECK(dialog.personModel()->rowCount() == 0);
    demo.session->undoStack()->undo();
    CHECK_FALSE(
        organisationNamed(demo.organisations(), QStringLiteral("Kinderdagverblijf De Vlinder")));
    demo.session->undoStack()->redo();
    demo.session->undoStack()->redo();
    CHECK(require(demo.organisations().person(persons.front().id)) == persons.front());
}

TEST_CASE("an organisation's fields are stored as they are left, and an invalid e-mail is refused")
{
    DemoDirectory demo;
    OrganisationsDialog dialog(*demo.session);
    showActive(dialog);
    const auto organisation = require(demo.organisations().organisations()).front();
    REQUIRE(dialog.selectOrganisation(organisation.id));
    OrganisationForm *form = dialog.form();
    const int steps = demo.session->undoStack()->count();

    retype(form->emailEdit(), QStringLiteral("info@"));
    QTest::keyClick(form->emailEdit(), Qt::Key_Return);
    CHECK(form->errorFor(QStringLiteral("email"))
          == QStringLiteral("This e-mail address is not valid."));
    CHECK(dialog.isVisible()); // Enter in a field does not close the address book
    CHECK(require(demo.organisations().organisation(organisation.id)) == organisation);
    CHECK(demo.session->undoStack()->count() == steps);

    retype(form->emailEdit(), QStringLiteral("info@partner.be"));
    QTest::keyClick(form->emailEdit(), Qt::Key_Tab);
    CHECK(form->errorFor(QStringLiteral("email")).isEmpty());
    CHECK(require(demo.organisations().organisation(organisation.id)).email
          == QStringLiteral("info@partner.be"));
    CHECK(demo.session->undoStack()->count() == steps + 1);

    demo.session->undoStack()->undo();
    CHECK(require(demo.organisations().organisation(organisation.id)) == organisation);
    CHECK(form->emailEdit()->text() == organisation.email);
}

TEST_CASE("a person on a learner's role card is not removed, and the address book says why")
{
    DemoDirectory demo;
    OrganisationsDialog dialog(*demo.session);
    dialog.setConfirmRemoval([](QWidget *, const QString &) { return true; });
    const auto learners = require(LearnerRepository(*demo.db, demo.clock).all());
    std::optional<RoleAssignment> assignment;
    for (const auto &learner : learners) {
        const auto card = require(RoleCardRepository(*demo.db, demo.clock).forLearner(learner.id));
        if (!card.empty()) {
            assignment = card.front();
            break;
        }
    }
    REQUIRE(assignment);
    const auto person = require(demo.organisations().person(assignment->personId));
    REQUIRE(dialog.selectOrganisation(person.organisationId.value_or(0)));
    REQUIRE(dialog.selectPerson(person.id));
    const int steps = demo.session->undoStack()->count();

    dialog.removePerson();
    CHECK(dialog.personError()->isVisibleTo(&dialog));
    CHECK(dialog.personError()->text().contains(QStringLiteral("role card")));
    CHECK(require(demo.organisations().person(person.id)) == person);
    CHECK(demo.session->undoStack()->count() == steps);
}

TEST_CASE("removing an organisation is confirmed and can be undone with its links")
{
    DemoDirectory demo;
    OrganisationsDialog dialog(*demo.session);
    QString asked;
    bool answer = false;
    dialog.setConfirmRemoval([&](QWidget *, const QString &question) {
        asked = question;
        return answer;
    });
    const auto all = require(demo.organisations().organisations());
    const auto organisation = std::find_if(all.begin(), all.end(), [&](const Organisation &o) {
        return !require(demo.organisations().personsOf(o.id)).empty();
    });
    REQUIRE(organisation != all.end());
    const auto persons = require(demo.organisations().personsOf(organisation->id));
    REQUIRE(dialog.selectOrganisation(organisation->id));

    dialog.removeOrganisation();
    CHECK(asked.contains(organisation->name));
    CHECK(demo.organisations().organisation(organisation->id).ok()); // answered no

    answer = true;
    dialog.removeOrganisation();
    CHECK_FALSE(demo.organisations().organisation(organisation->id).ok());
    CHECK_FALSE(require(demo.organisations().person(persons.front().id)).organisationId);
    CHECK(dialog.organisationModel()->rowOf(organisation->id) == -1);

    demo.session->undoStack()->undo();
    CHECK(require(demo.organisations().organisation(organisation->id)) == *organisation);
    CHECK(require(demo.organisations().personsOf(organisation->id)) == persons);
    CHECK(dialog.organisationModel()->rowOf(organisation->id) >= 0);
}

TEST_CASE("removing a contact person can be undone")
{
    DemoDirectory demo;
    ContactPerson loose;
    loose.name = QStringLiteral("Nele Verstraete");
    loose.function = QStringLiteral("Buddy");
    require(demo.organisations().addPerson(loose));
    OrganisationsDialog dialog(*demo.session);
    dialog.setConfirmRemoval([](QWidget *, const QString &) { return true; });
    REQUIRE(dialog.selectOrganisation(0)); // persons without organisation
    REQUIRE(dialog.selectPerson(loose.id));

    dialog.removePerson();
    CHECK_FALSE(demo.organisations().person(loose.id).ok());
    CHECK(dialog.personModel()->rowOf(loose.id) == -1);
    demo.session->undoStack()->undo();
    CHECK(require(demo.organisations().person(loose.id)) == loose);
    CHECK(dialog.personModel()->rowOf(loose.id) >= 0);
}

TEST_CASE("closure periods are added in place and an impossible period is refused")
{
    DemoDirectory demo;
    ClosuresDialog dialog(*demo.session);
    showActive(dialog);
    QAbstractItemModelTester closureTester(dialog.closureModel());
    QAbstractItemModelTester holidayTester(dialog.holidayModel());
    CalendarRepository calendar(*demo.db, demo.clock);
    const auto before = require(calendar.all());
    CHECK(dialog.closureModel()->rowCount() == static_cast<int>(before.size()));

    dialog.newClosure();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Bouwverlof"));
    test::typeDate(dialog.startField(), QStringLiteral("21/07/2025"));
    test::typeDate(dialog.endField(), QStringLiteral("11/07/2025"));
    CHECK_FALSE(dialog.addClosure());
    CHECK(dialog.errorFor(QStringLiteral("end"))
          == QStringLiteral("The last day of the closure lies before the first day."));
    CHECK(require(calendar.all()).size() == before.size());

    test::typeDate(dialog.endField(), QStringLiteral("01/08/2025"));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    auto after = require(calendar.all());
    REQUIRE(after.size() == before.size() + 1);
    const auto added = std::find_if(after.begin(), after.end(), [](const ClosurePeriod &c) {
        return c.name == QStringLiteral("Bouwverlof");
    });
    REQUIRE(added != after.end());
    CHECK(added->start == QDate(2025, 7, 21));
    CHECK(added->end == QDate(2025, 8, 1));
    CHECK_FALSE(added->siteId);
    CHECK(dialog.currentClosure() == added->id);
    const int row = dialog.closureModel()->rowOf(added->id);
    CHECK(dialog.closureModel()->index(row, ClosureModel::Days).data().toInt() == 12);
    CHECK(dialog.closureModel()->index(row, ClosureModel::Site).data().toString()
          == QStringLiteral("All sites"));

    // Editing in place: a changed last day is stored when the field is left.
    test::typeDate(dialog.endField(), QStringLiteral("10/07/2025"), Qt::Key_Return);
    CHECK(require(calendar.get(added->id)).end == QDate(2025, 8, 1));
    CHECK_FALSE(dialog.errorFor(QStringLiteral("end")).isEmpty());
    test::typeDate(dialog.endField(), QStringLiteral("03/08/2025"), Qt::Key_Return);
    CHECK(require(calendar.get(added->id)).end == QDate(2025, 8, 3));

    demo.session->undoStack()->undo();
    CHECK(require(calendar.get(added->id)).end == QDate(2025, 8, 1));
    demo.session->undoStack()->undo();
    CHECK(require(calendar.all()).size() == before.size());
}

TEST_CASE("the closures dialog lists the ten Belgian public holidays of the chosen year")
{
    DemoDirectory demo;
    ClosuresDialog dialog(*demo.session);
    CHECK(dialog.holidayModel()->year() == 2025);
    REQUIRE(dialog.holidayModel()->rowCount() == 10);
    CHECK(dialog.holidayModel()->index(0, HolidayModel::Date).data().toString()
          == QStringLiteral("01/01/2025"));
    dialog.yearSpin()->setValue(2026);
    CHECK(dialog.holidayModel()->year() == 2026);
    // Easter Monday 2026 falls on 6 April.
    bool easterMonday = false;
    for (int row = 0; row < dialog.holidayModel()->rowCount(); ++row)
        easterMonday = easterMonday
            || dialog.holidayModel()->index(row, HolidayModel::Date).data().toString()
                == QStringLiteral("06/04/2026");
    CHECK(easterMonday);
}

} // namespace TRAJECT_UNITY_ID
