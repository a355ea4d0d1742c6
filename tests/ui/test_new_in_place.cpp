// SPDX-License-Identifier: GPL-3.0-or-later
// "New…" wherever an organisation, a site or a person is chosen: a new database is no dead end.
#include "TestSupport.h"

#include "Session.h"
#include "Translations.h"
#include "directory/ContactPersonDialog.h"
#include "directory/OrganisationDialog.h"
#include "directory/OrganisationForm.h"
#include "dossier/ProfileTab.h"
#include "dossier/placements/PlacementDialog.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// An empty address book with one learner, Lina Haddad, as a new user starts.
struct EmptyCaseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    Session session { *db, clock };
    qint64 learner = 0;

    EmptyCaseload()
    {
        Learner lina;
        lina.firstName = QStringLiteral("Lina");
        lina.lastName = QStringLiteral("Haddad");
        learner = require(LearnerRepository(*db, clock).add(lina));
    }

    OrganisationRepository directory() const { return { *db, clock }; }
};

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

/// Gives the combo the focus, opens its list with F4, goes to its last line ("New…") and presses
/// Enter, as a SPOC does with the keyboard.
void chooseNewWithKeys(QComboBox *combo)
{
    combo->setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return combo->hasFocus(); }));
    QTest::keyClick(combo, Qt::Key_F4);
    REQUIRE(QTest::qWaitFor([&] { return combo->view()->isVisible(); }));
    QTest::keyClick(combo->view(), Qt::Key_End);
    QTest::keyClick(combo->view(), Qt::Key_Return);
}

/// The modal dialog of that type once it is open and active.
template<typename Dialog> Dialog *openedDialog()
{
    Dialog *dialog = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        return dialog && dialog->isActiveWindow();
    });
    REQUIRE(opened);
    return dialog;
}

/// Types into whatever has the keyboard focus.
void typeHere(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClicks(focus, text);
}

void pressHere(Qt::Key key)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, key);
}

} // namespace

TEST_CASE("a site and a mentor that are not in the address book are added from the placement "
          "dialog, chosen there and stored with the placement")
{
    EmptyCaseload c;
    PlacementDialog dialog(c.session, c.learner, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *site = dialog.findChild<QComboBox *>(QStringLiteral("site"));
    auto *mentor = dialog.findChild<QComboBox *>(QStringLiteral("mentor"));
    auto *supervisor = dialog.findChild<QComboBox *>(QStringLiteral("supervisor"));
    REQUIRE(site);
    REQUIRE(mentor);
    REQUIRE(supervisor);
    // Nothing to choose yet, but a way out (the empty line between is a separator).
    CHECK(itemTexts(site)
          == QStringList { QStringLiteral("(no site yet)"), QString(), QStringLiteral("New…") });

    // The site: "New…" opens the address book's form for a childcare site.
    chooseNewWithKeys(site);
    QPointer<OrganisationDialog> newSite = openedDialog<OrganisationDialog>();
    CHECK(site->currentText() == QStringLiteral("(no site yet)")); // "New…" is never the choice
    CHECK(newSite->form()->kindCombo()->currentText() == QStringLiteral("Childcare site"));
    CHECK(QApplication::focusWidget() == newSite->form()->nameEdit());
    typeHere(QStringLiteral("Kinderdagverblijf De Vlinder"));
    pressHere(Qt::Key_Tab); // kind
    pressHere(Qt::Key_Tab); // type of care
    pressHere(Qt::Key_Down); // "(choose)" -> "Group care"
    pressHere(Qt::Key_Tab); // belongs to
    pressHere(Qt::Key_Tab); // address
    pressHere(Qt::Key_Tab); // municipality
    typeHere(QStringLiteral("Brugge"));
    pressHere(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !newSite; }));

    const auto organisations = require(c.directory().organisations());
    REQUIRE(organisations.size() == 1);
    const Organisation &vlinder = organisations.front();
    CHECK(vlinder.name == QStringLiteral("Kinderdagverblijf De Vlinder"));
    CHECK(vlinder.kind == OrganisationKind::ChildcareSite);
    CHECK(vlinder.siteType == SiteType::GroupCare);
    CHECK(vlinder.municipality == QStringLiteral("Brugge"));
    CHECK(site->currentText()
          == QStringLiteral("Kinderdagverblijf De Vlinder (Group care), Brugge"));
    CHECK(site->currentData().toLongLong() == vlinder.id);
    CHECK(site->hasFocus());
    // One undoable step in the session.
    CHECK(c.session.undoStack()->undoText()
          == QStringLiteral("Add organisation %1").arg(vlinder.name));

    // The mentor: works at the site just chosen.
    chooseNewWithKeys(mentor);
    QPointer<ContactPersonDialog> newMentor = openedDialog<ContactPersonDialog>();
    CHECK(newMentor->organisationCombo()->currentText() == vlinder.name);
    CHECK(newMentor->functionEdit()->text() == QStringLiteral("Mentor"));
    typeHere(QStringLiteral("Hilde Vandamme"));
    pressHere(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !newMentor; }));
    const auto persons = require(c.directory().persons());
    REQUIRE(persons.size() == 1);
    const ContactPerson &hilde = persons.front();
    CHECK(hilde.name == QStringLiteral("Hilde Vandamme"));
    CHECK(hilde.function == QStringLiteral("Mentor"));
    CHECK(hilde.organisationId == vlinder.id);
    CHECK(mentor->currentText()
          == QStringLiteral("Hilde Vandamme (Mentor, Kinderdagverblijf De Vlinder)"));

    // The supervisor: "New…" and then Escape leaves everything as it was.
    chooseNewWithKeys(supervisor);
    QPointer<ContactPersonDialog> newSupervisor = openedDialog<ContactPersonDialog>();
    pressHere(Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return !newSupervisor; }));
    CHECK(supervisor->currentText() == QStringLiteral("(nobody yet)"));
    CHECK(require(c.directory().persons()).size() == 1);

    // The placement is stored with the new site and mentor.
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Placement placement
        = require(PlacementRepository(*c.db, c.clock).get(dialog.placementId()));
    CHECK(placement.siteId == vlinder.id);
    CHECK(placement.mentorId == hilde.id);
    CHECK_FALSE(placement.supervisorId.has_value());
}

TEST_CASE("a referrer that is not in the address book is added from the profile and stored as "
          "the learner's referrer")
{
    EmptyCaseload c;
    ProfileTab tab(c.session);
    tab.resize(1000, 700);
    tab.show();
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    tab.showLearner(c.learner);
    auto *referrer = qobject_cast<QComboBox *>(tab.field(QStringLiteral("referrerId")));
    REQUIRE(referrer);
    CHECK(itemTexts(referrer)
          == QStringList { QStringLiteral("Not known"), QString(), QStringLiteral("New…") });

    chooseNewWithKeys(referrer);
    QPointer<OrganisationDialog> newReferrer = openedDialog<OrganisationDialog>();
    // Choosing "New…" stored nothing on the way.
    CHECK_FALSE(require(LearnerRepository(*c.db, c.clock).get(c.learner)).referrerId);
    typeHere(QStringLiteral("VDAB Brugge"));
    pressHere(Qt::Key_Tab); // kind: Other, the last of the list
    pressHere(Qt::Key_Up); // CAW
    pressHere(Qt::Key_Up); // OCMW
    pressHere(Qt::Key_Up); // VDAB
    pressHere(Qt::Key_Tab); // belongs to (the type of care is only for sites)
    pressHere(Qt::Key_Tab); // address
    CHECK(qobject_cast<QLineEdit *>(QApplication::focusWidget())); // Return here stores
    pressHere(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !newReferrer; }));

    const auto organisations = require(c.directory().organisations());
    REQUIRE(organisations.size() == 1);
    CHECK(organisations.front().name == QStringLiteral("VDAB Brugge"));
    CHECK(organisations.front().kind == OrganisationKind::Vdab);
    CHECK(referrer->currentText() == QStringLiteral("VDAB Brugge"));
    // The profile stored it as the learner's referrer, as any other choice in the list.
    CHECK(require(LearnerRepository(*c.db, c.clock).get(c.learner)).referrerId
          == organisations.front().id);
}

TEST_CASE("screenshots of New… in the placement dialog", "[.screenshot]")
{
    const ScopedLanguage dutch(QStringLiteral("nl"));
    EmptyCaseload c;
    PlacementDialog dialog(c.session, c.learner, std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *site = dialog.findChild<QComboBox *>(QStringLiteral("site"));
    site->setFocus();
    QTest::keyClick(site, Qt::Key_F4);
    REQUIRE(QTest::qWaitFor([&] { return site->view()->isVisible(); }));
    QTest::qWait(50);
    dialog.grab().save(QStringLiteral("/tmp/h5-placement-dialog.png"));
    site->view()->window()->grab().save(QStringLiteral("/tmp/h5-site-list.png"));
    QTest::keyClick(site->view(), Qt::Key_End);
    QTest::keyClick(site->view(), Qt::Key_Return);
    QPointer<OrganisationDialog> newSite = openedDialog<OrganisationDialog>();
    typeHere(QStringLiteral("Kinderdagverblijf De Vlinder"));
    QTest::qWait(50);
    newSite->grab().save(QStringLiteral("/tmp/h5-organisation-dialog.png"));
    pressHere(Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return !newSite; }));
    auto *mentor = dialog.findChild<QComboBox *>(QStringLiteral("mentor"));
    chooseNewWithKeys(mentor);
    QPointer<ContactPersonDialog> newMentor = openedDialog<ContactPersonDialog>();
    QTest::qWait(50);
    newMentor->grab().save(QStringLiteral("/tmp/h5-person-dialog.png"));
    pressHere(Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return !newMentor; }));
}

} // namespace TRAJECT_UNITY_ID
