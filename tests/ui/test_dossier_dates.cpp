// SPDX-License-Identifier: GPL-3.0-or-later
// Every date field takes what people type. For each form of the dossier
// (new learner, profile, consent, logbook, barriers, actions, role card) and the closure periods,
// the ways people type a day are typed into the form's date field as a user does (reached with
// the label's Alt mnemonic), and the day stored in the database is the day meant. A date that
// does not exist, or lies outside what the field allows, is refused at the field with the reason
// and nothing is stored. (With QDateEdit, 14-3-1986 or 14031986 gave another day.)
#include "DateTyping.h"
#include "TestSupport.h"

#include "NewLearnerDialog.h"
#include "Session.h"
#include "demo/DemoData.h"
#include "directory/ClosuresDialog.h"
#include "dossier/BarriersTab.h"
#include "dossier/LogbookTab.h"
#include "dossier/ProfileTab.h"
#include "dossier/RoleCardTab.h"
#include "dossier/barriers/ActionDialog.h"
#include "dossier/barriers/BarrierDialog.h"
#include "dossier/logbook/ContactMomentDialog.h"
#include "dossier/profile/ConsentDialog.h"
#include "dossier/profile/ConsentEditor.h"
#include "dossier/rolecard/RoleDialog.h"
#include "storage/BarrierRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/RoleCardRepository.h"
#include "widgets/DateField.h"
#include "widgets/TableSection.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <vector>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

using Row = test::DateRow;

/// The ways of typing `day`, then the refused rows.
std::vector<Row> rows(QDate day, bool twoDigitYear, std::vector<Row> refused)
{
    return test::dateRows(day, std::move(refused), twoDigitYear);
}

/// From wherever the focus is, Alt+`key` (the label's mnemonic) to the date field; Ctrl+A over
/// what it shows, the keys (Backspace for none), then `leave`. Returns the widget typed in.
QWidget *typeAt(Qt::Key key, const QString &keys, Qt::Key leave = Qt::Key_Tab)
{
    QWidget *from = QApplication::focusWidget();
    REQUIRE(from);
    QTest::keyClick(from, key, Qt::AltModifier);
    // The focus is in a date field (it may have been there already: Tab from the field before).
    QWidget *edit = QApplication::focusWidget();
    REQUIRE(edit);
    REQUIRE(qobject_cast<DateField *>(edit->parentWidget()));
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (keys.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, keys);
    QTest::keyClick(edit, leave);
    return edit;
}

/// The date field a line edit belongs to (the focus goes to its line edit).
DateField *fieldOf(QWidget *edit)
{
    auto *field = edit ? qobject_cast<DateField *>(edit->parentWidget()) : nullptr;
    REQUIRE(field);
    REQUIRE(field->lineEdit() == edit);
    return field;
}

/// The refusal as a user sees it: the message in the line under the field, the field as typed.
void checkRefusedAt(QWidget *edit, const Row &row)
{
    DateField *field = fieldOf(edit);
    CHECK(field->problem() == row.problem);
    CHECK(field->hintLabel()->isVisibleTo(field->window()));
    CHECK(field->hintLabel()->text() == row.problem);
    CHECK(field->lineEdit()->text() == row.keys);
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

template<typename Dialog> Dialog *openEditor(QDialog *editor)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto *dialog = qobject_cast<Dialog *>(editor);
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    return dialog;
}

const QString impossible1986 = QStringLiteral("June 1986 has no day 31: it has 30 days.");
const QString impossible2024 = QStringLiteral("June 2024 has no day 31: it has 30 days.");
// A field that allows no day after today (and none before 1900, a slip of the year).
const QString afterToday = QStringLiteral("The date may not lie after today (14/03/2025).");

} // namespace

TEST_CASE("the phase date of a new learner is stored as it was typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(
        from_range(rows(QDate(2024, 9, 2), false,
                        { { test::impossibleDate(QDate(2024, 9, 2)), {}, impossible2024 },
                          { QStringLiteral("15/03/2025"), {}, afterToday } })));
    INFO("typed: " << row.keys.toStdString());
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Session session(*db, clock);
    NewLearnerDialog dialog(session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.firstNameEdit()->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Amina"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Peeters"));
    QWidget *edit = typeAt(Qt::Key_S, row.keys); // &Since
    clickOk(&dialog);
    if (row.stored.isValid()) {
        REQUIRE(dialog.result() == QDialog::Accepted);
        const Learner learner = require(LearnerRepository(*db, clock).get(dialog.createdLearner()));
        CHECK(learner.phaseSince == row.stored);
    } else {
        CHECK(dialog.isVisible());
        CHECK(require(LearnerRepository(*db, clock).count()) == 0);
        checkRefusedAt(edit, row);
        CHECK(QApplication::focusWidget() == edit);
    }
}

TEST_CASE("a birth date in the profile is stored as it was typed, a two-digit year in the past",
          "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(
        from_range(rows(QDate(1986, 3, 14), true,
                        { { test::impossibleDate(QDate(1986, 3, 14)), {}, impossible1986 },
                          { QStringLiteral("15/03/2025"), {}, afterToday } })));
    INFO("typed: " << row.keys.toStdString());
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Learner learner;
    learner.firstName = QStringLiteral("Sara");
    learner.lastName = QStringLiteral("Tesfaye");
    learner.birthDate = QDate(1990, 1, 1);
    const qint64 id = require(LearnerRepository(*db, clock).add(learner));
    Session session(*db, clock);
    ProfileTab tab(session);
    tab.resize(900, 700);
    tab.show();
    QApplication::setActiveWindow(&tab);
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    tab.showLearner(id);
    auto *firstName = qobject_cast<QLineEdit *>(tab.field(QStringLiteral("firstName")));
    REQUIRE(firstName);
    QTest::mouseClick(firstName, Qt::LeftButton);
    QWidget *edit = typeAt(Qt::Key_B, row.keys); // &Birth date
    const Learner stored = require(LearnerRepository(*db, clock).get(id));
    if (row.stored.isValid()) {
        CHECK(stored.birthDate == row.stored);
    } else {
        CHECK(stored.birthDate == QDate(1990, 1, 1));
        checkRefusedAt(edit, row);
    }
}

TEST_CASE("a birth date can be emptied in the profile: no date is stored", "[dates]")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Learner learner;
    learner.firstName = QStringLiteral("Sara");
    learner.lastName = QStringLiteral("Tesfaye");
    learner.birthDate = QDate(1990, 1, 1);
    const qint64 id = require(LearnerRepository(*db, clock).add(learner));
    Session session(*db, clock);
    ProfileTab tab(session);
    tab.resize(900, 700);
    tab.show();
    QApplication::setActiveWindow(&tab);
    REQUIRE(QTest::qWaitForWindowActive(&tab));
    tab.showLearner(id);
    auto *firstName = qobject_cast<QLineEdit *>(tab.field(QStringLiteral("firstName")));
    REQUIRE(firstName);
    QTest::mouseClick(firstName, Qt::LeftButton);
    QWidget *edit = typeAt(Qt::Key_B, QString());
    CHECK_FALSE(require(LearnerRepository(*db, clock).get(id)).birthDate.isValid());
    CHECK(fieldOf(edit)->problem().isEmpty());
}

namespace {

struct Demo
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;

    Demo()
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
    }

    qint64 someLearner() const
    {
        const auto all = require(LearnerRepository(*db, clock).all());
        REQUIRE_FALSE(all.empty());
        return all.front().id;
    }
};

} // namespace

TEST_CASE("the dates of a consent are stored as they were typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(
        from_range(rows(QDate(2025, 1, 6), false,
                        { { test::impossibleDate(QDate(2024, 1, 6)), {}, impossible2024 },
                          { QStringLiteral("15/03/2025"), {}, afterToday } })));
    INFO("typed: " << row.keys.toStdString());
    Demo d;
    const qint64 learner = d.someLearner();
    ConsentRepository consents(*d.db, d.clock);
    const auto before = require(consents.forLearner(learner));
    ProfileTab tab(*d.session);
    tab.resize(900, 700);
    tab.show();
    QApplication::setActiveWindow(&tab);
    tab.showLearner(learner);
    QTest::mouseClick(tab.consentEditor()->section()->addButton(), Qt::LeftButton);
    auto *dialog = openEditor<ConsentDialog>(tab.consentEditor()->openEditor());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // &Name
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Huis van het Kind Gent"));
    QWidget *given = typeAt(Qt::Key_G, row.keys); // &Given on
    if (row.stored.isValid())
        typeAt(Qt::Key_W, row.keys); // &Withdrawn on, the same day
    clickOk(dialog);
    const auto after = require(consents.forLearner(learner));
    if (row.stored.isValid()) {
        CHECK_FALSE(dialog->isVisible());
        REQUIRE(after.size() == before.size() + 1);
        const auto added = std::find_if(after.begin(), after.end(), [](const Consent &c) {
            return c.recipientName == QStringLiteral("Huis van het Kind Gent");
        });
        REQUIRE(added != after.end());
        CHECK(added->givenOn == row.stored);
        CHECK(added->withdrawnOn == row.stored);
    } else {
        CHECK(dialog->isVisible());
        CHECK(after.size() == before.size());
        checkRefusedAt(given, row);
        CHECK(QApplication::focusWidget() == given);
    }
    dialog->reject();
}

TEST_CASE("the date and follow-up of a contact moment are stored as they were typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(
        from_range(rows(QDate(2025, 2, 3), false,
                        { { test::impossibleDate(QDate(2024, 2, 3)), {}, impossible2024 },
                          { QStringLiteral("32/01/2025"),
                            {},
                            QStringLiteral("January 2025 has no day 32: it has "
                                           "31 days.") } })));
    INFO("typed: " << row.keys.toStdString());
    Demo d;
    const qint64 learner = d.someLearner();
    LogbookRepository logbook(*d.db, d.clock);
    const auto before = require(logbook.forLearner(learner));
    LogbookTab tab(*d.session);
    tab.resize(900, 700);
    tab.show();
    QApplication::setActiveWindow(&tab);
    tab.showLearner(learner);
    QTest::mouseClick(tab.section()->addButton(), Qt::LeftButton);
    auto *dialog = openEditor<ContactMomentDialog>(tab.openEditor());
    QWidget *date = typeAt(Qt::Key_D, row.keys); // &Date
    if (row.stored.isValid())
        typeAt(Qt::Key_F, row.keys); // &Follow-up on, the same day
    clickOk(dialog);
    const auto after = require(logbook.forLearner(learner));
    if (row.stored.isValid()) {
        CHECK_FALSE(dialog->isVisible());
        REQUIRE(after.size() == before.size() + 1);
        const ContactMoment stored = require(logbook.get(tab.section()->currentId()));
        CHECK(stored.date == row.stored);
        CHECK(stored.followUp == row.stored);
    } else {
        CHECK(dialog->isVisible());
        CHECK(after.size() == before.size());
        checkRefusedAt(date, row);
        CHECK(QApplication::focusWidget() == date);
        dialog->reject();
    }
}

TEST_CASE("the day a barrier was noticed is stored as it was typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(
        from_range(rows(QDate(2025, 1, 6), false,
                        { { test::impossibleDate(QDate(2024, 1, 6)), {}, impossible2024 },
                          { QStringLiteral("15/03/2025"), {}, afterToday } })));
    INFO("typed: " << row.keys.toStdString());
    Demo d;
    const qint64 learner = d.someLearner();
    BarrierRepository barriers(*d.db, d.clock);
    const auto before = require(barriers.barriersFor(learner));
    BarriersTab tab(*d.session);
    tab.resize(900, 700);
    tab.show();
    QApplication::setActiveWindow(&tab);
    tab.showLearner(learner);
    QTest::mouseClick(tab.barrierSection()->addButton(), Qt::LeftButton);
    auto *dialog = openEditor<BarrierDialog>(tab.openEditor());
    REQUIRE(QApplication::focusWidget() == dialog->descriptionEdit());
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Geen opvang voor de kinderen"));
    QWidget *noticed = typeAt(Qt::Key_N, row.keys); // &Noticed on
    clickOk(dialog);
    const auto after = require(barriers.barriersFor(learner));
    if (row.stored.isValid()) {
        CHECK_FALSE(dialog->isVisible());
        REQUIRE(after.size() == before.size() + 1);
        const Barrier stored = require(barriers.barrier(tab.barrierSection()->currentId()));
        CHECK(stored.description == QStringLiteral("Geen opvang voor de kinderen"));
        CHECK(stored.detectedOn == row.stored);
    } else {
        CHECK(dialog->isVisible());
        CHECK(after.size() == before.size());
        checkRefusedAt(noticed, row);
        CHECK(QApplication::focusWidget() == noticed);
        dialog->reject();
    }
}

TEST_CASE("the due and done dates of an action are stored as they were typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(from_range(
        rows(QDate(2025, 4, 7), false,
             { { test::impossibleDate(QDate(2025, 4, 7)),
                 {},
                 QStringLiteral("June 2025 has no day 31: it has 30 days.") },
               { QStringLiteral("7/13/2025"),
                 {},
                 QStringLiteral("There is no month 13: a month goes from 1 to 12.") } })));
    INFO("typed: " << row.keys.toStdString());
    Demo d;
    const qint64 learner = d.someLearner();
    BarrierRepository barriers(*d.db, d.clock);
    const auto before = require(barriers.actionsFor(learner));
    BarriersTab tab(*d.session);
    tab.resize(900, 700);
    tab.show();
    QApplication::setActiveWindow(&tab);
    tab.showLearner(learner);
    QTest::mouseClick(tab.actionSection()->addButton(), Qt::LeftButton);
    auto *dialog = openEditor<ActionDialog>(tab.openEditor());
    REQUIRE(QApplication::focusWidget() == dialog->descriptionEdit());
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Opvang zoeken met het OCMW"));
    QWidget *due = typeAt(Qt::Key_U, row.keys); // D&ue by
    if (row.stored.isValid())
        typeAt(Qt::Key_N, row.keys); // Do&ne on, the same day
    clickOk(dialog);
    const auto after = require(barriers.actionsFor(learner));
    if (row.stored.isValid()) {
        CHECK_FALSE(dialog->isVisible());
        REQUIRE(after.size() == before.size() + 1);
        const auto added = std::find_if(after.begin(), after.end(), [](const Action &a) {
            return a.description == QStringLiteral("Opvang zoeken met het OCMW");
        });
        REQUIRE(added != after.end());
        CHECK(added->due == row.stored);
        CHECK(added->done == row.stored);
    } else {
        CHECK(dialog->isVisible());
        CHECK(after.size() == before.size());
        checkRefusedAt(due, row);
        CHECK(QApplication::focusWidget() == due);
        dialog->reject();
    }
}

TEST_CASE("the period of a role on the role card is stored as it was typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(
        from_range(rows(QDate(2025, 9, 1), false,
                        { { test::impossibleDate(QDate(2025, 9, 1)),
                            {},
                            QStringLiteral("June 2025 has no day 31: it has 30 days.") },
                          { QStringLiteral("01/09/3025"),
                            {},
                            QStringLiteral("The date may not lie after 31/12/2099.") } })));
    INFO("typed: " << row.keys.toStdString());
    Demo d;
    const qint64 learner = d.someLearner();
    RoleCardRepository roles(*d.db, d.clock);
    const auto before = require(roles.forLearner(learner));
    RoleCardTab tab(*d.session);
    tab.resize(900, 700);
    tab.show();
    QApplication::setActiveWindow(&tab);
    tab.showLearner(learner);
    QTest::mouseClick(tab.section()->addButton(), Qt::LeftButton);
    auto *dialog = openEditor<RoleDialog>(tab.openEditor());
    // The first person in the list (below "Choose a person…").
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier); // &Who
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QWidget *from = typeAt(Qt::Key_F, row.keys); // &From
    if (row.stored.isValid())
        typeAt(Qt::Key_U, row.keys); // &Until, the same day
    clickOk(dialog);
    const auto after = require(roles.forLearner(learner));
    if (row.stored.isValid()) {
        CHECK_FALSE(dialog->isVisible());
        REQUIRE(after.size() == before.size() + 1);
        const RoleAssignment stored = require(roles.get(tab.section()->currentId()));
        CHECK(stored.from == row.stored);
        CHECK(stored.to == row.stored);
    } else {
        CHECK(dialog->isVisible());
        CHECK(after.size() == before.size());
        checkRefusedAt(from, row);
        CHECK(QApplication::focusWidget() == from);
        dialog->reject();
    }
}

TEST_CASE("a closure period is stored with the days as they were typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Row row = GENERATE(from_range(rows(
        QDate(2025, 7, 21), false,
        { { test::impossibleDate(QDate(2025, 7, 21)),
            {},
            QStringLiteral("June 2025 has no day 31: it has 30 days.") },
          { QStringLiteral("21/07/25/1"),
            {},
            QStringLiteral("\"21/07/25/1\" is not a date. Type the day, the month and the year, "
                           "for example 14/03/2026.") } })));
    INFO("typed: " << row.keys.toStdString());
    Demo d;
    CalendarRepository calendar(*d.db, d.clock);
    const auto before = require(calendar.all());
    ClosuresDialog dialog(*d.session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    // A click on "New closure period" puts the focus in the name of the new period.
    QPushButton *newButton = nullptr;
    for (auto *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Ne&w closure period"))
            newButton = button;
    }
    REQUIRE(newButton);
    QTest::mouseClick(newButton, Qt::LeftButton);
    REQUIRE(QApplication::focusWidget() == dialog.nameEdit());
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Bouwverlof"));
    QWidget *first = typeAt(Qt::Key_F, row.keys); // &First day
    // Enter adds the period (its button is the default one while a new period is made).
    if (row.stored.isValid())
        typeAt(Qt::Key_L, row.keys, Qt::Key_Return); // &Last day, the same day
    else
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const auto after = require(calendar.all());
    if (row.stored.isValid()) {
        REQUIRE(after.size() == before.size() + 1);
        const auto added = std::find_if(after.begin(), after.end(), [](const ClosurePeriod &c) {
            return c.name == QStringLiteral("Bouwverlof");
        });
        REQUIRE(added != after.end());
        CHECK(added->start == row.stored);
        CHECK(added->end == row.stored);
    } else {
        CHECK(after.size() == before.size());
        checkRefusedAt(first, row);
        CHECK(QApplication::focusWidget() == first);
    }
}

} // namespace TRAJECT_UNITY_ID
