// SPDX-License-Identifier: GPL-3.0-or-later
// For the work-place learning: the placement's period, the period of
// generated days and a single placement day take a date as people type it (14/04/2025,
// 14-4-2025, 14.04.2025, 14042025), store that day and no other, and refuse at the field, with
// its message, a date that does not exist or that lies outside what the field allows.
#include "TestSupport.h"

#include "DateTyping.h"
#include "Session.h"
#include "dossier/placements/GenerateDaysDialog.h"
#include "dossier/placements/PlacementDayDialog.h"
#include "dossier/placements/PlacementDialog.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;
using Typed = traject::test::TypedDate;
using traject::test::waysOfTyping;

namespace {

/// Lina Haddad on Friday 14 March 2025; for the days, a placement from 1 April to 30 May 2025 on
/// Mondays and Wednesdays.
struct Lina
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session = std::make_unique<Session>(*db, clock);
    qint64 learner = 0;

    Lina()
    {
        Learner lina;
        lina.firstName = QStringLiteral("Lina");
        lina.lastName = QStringLiteral("Haddad");
        learner = require(LearnerRepository(*db, clock).add(lina));
    }

    PlacementRepository placements() const { return { *db, clock }; }

    Placement addPlacement()
    {
        Placement placement;
        placement.learnerId = learner;
        placement.start = QDate(2025, 4, 1);
        placement.end = QDate(2025, 5, 30);
        placement.pattern = WeekPattern { Qt::Monday, Qt::Wednesday };
        placement.id = require(placements().add(placement));
        return require(placements().get(placement.id));
    }

    QList<QDate> dates(qint64 placementId) const
    {
        QList<QDate> result;
        for (const auto &day : require(placements().days(placementId)))
            result.append(day.date);
        return result;
    }
};

void showActive(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

/// Reaches a date field as a SPOC does, with its label's Alt key, selects what it shows and
/// types the keys over it, then leaves with `leave` (Tab, or Return to confirm the dialog).
void typeAt(QDialog &dialog, Qt::Key mnemonic, DateField *field, const QString &keys,
            Qt::Key leave = Qt::Key_Tab)
{
    QTest::keyClick(&dialog, mnemonic, Qt::AltModifier);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK((field && focus == field->lineEdit()));
    QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus, keys);
    QTest::keyClick(focus, leave);
}

/// Types into the field that has the focus now (reached with Tab), over what it shows.
void typeHere(const QString &keys)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus, keys);
    QTest::keyClick(focus, Qt::Key_Tab);
}

void clickOk(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

/// Keeps a picture of the form for a look when TRAJECT_DATES_PNG_DIR is set.
void keep(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("TRAJECT_DATES_PNG_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

/// The line under the field as a person sees it: empty when hidden.
QString shownUnder(const DateField *field)
{
    return field->hintLabel()->isVisibleTo(field) ? field->hintLabel()->text() : QString();
}

/// A date that cannot be read, or lies outside the field's range, and what the field says.
struct Refused
{
    QString keys;
    QString message;
};

} // namespace

TEST_CASE("a new placement stores the first and the last day as they were typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const QList<Typed> starts = waysOfTyping(QDate(2025, 4, 14));
    const QList<Typed> ends = waysOfTyping(QDate(2025, 6, 27));
    const int way = GENERATE(range(0, 4));
    const Typed start = starts.at(way);
    const Typed end = ends.at(way);
    INFO("typed " << start.keys.toStdString() << " and " << end.keys.toStdString());

    Lina l;
    PlacementDialog dialog(*l.session, l.learner, std::nullopt);
    showActive(dialog);
    auto *startField = dialog.findChild<DateField *>(QStringLiteral("start"));
    auto *endField = dialog.findChild<DateField *>(QStringLiteral("end"));
    // "P&eriod" reaches the first day; Tab goes on to the last.
    typeAt(dialog, Qt::Key_E, startField, start.keys);
    CHECK((endField && QApplication::focusWidget() == endField->lineEdit()));
    typeHere(end.keys);
    keep(dialog, "placement-dialog.png");
    clickOk(dialog);
    CHECK_FALSE(dialog.isVisible());

    const auto stored = require(l.placements().forLearner(l.learner));
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().start == start.date);
    CHECK(stored.front().end == end.date);
    REQUIRE(startField);
    REQUIRE(endField);
    CHECK(startField->lineEdit()->accessibleName() == QStringLiteral("First day of the placement"));
    CHECK(endField->lineEdit()->accessibleName() == QStringLiteral("Last day of the placement"));
}

TEST_CASE("a placement's day that does not exist or lies out of range is refused at the field",
          "[dates]")
{
    const traject::test::EnglishDates english;
    const auto [keys, message]
        = GENERATE(Refused { traject::test::impossibleDate(QDate(2025, 4, 14)),
                             QStringLiteral("June 2025 has no day 31: it has 30 days.") },
                   Refused { QStringLiteral("14/04/3025"),
                             QStringLiteral("The date may not lie after 31/12/2099.") });
    INFO("typed " << keys.toStdString());

    Lina l;
    PlacementDialog dialog(*l.session, l.learner, std::nullopt);
    showActive(dialog);
    auto *startField = dialog.findChild<DateField *>(QStringLiteral("start"));
    typeAt(dialog, Qt::Key_E, startField, keys);
    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(require(l.placements().forLearner(l.learner)).empty());
    REQUIRE(startField);
    CHECK(startField->problem() == message);
    CHECK(shownUnder(startField) == message);
    CHECK(startField->lineEdit()->text() == keys); // kept as typed, to be corrected
    keep(dialog, "placement-dialog-refused.png");
    CHECK(QApplication::focusWidget() == startField->lineEdit());

    // Corrected, it is taken.
    typeAt(dialog, Qt::Key_E, startField, QStringLiteral("14/04/2025"));
    clickOk(dialog);
    CHECK_FALSE(dialog.isVisible());
    const auto stored = require(l.placements().forLearner(l.learner));
    REQUIRE(stored.size() == 1);
    CHECK(stored.front().start == QDate(2025, 4, 14));
}

TEST_CASE("a changed placement stores the new last day as it was typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Typed end = GENERATE(from_range(waysOfTyping(QDate(2025, 7, 4))));
    INFO("typed " << end.keys.toStdString());

    Lina l;
    const Placement before = l.addPlacement();
    PlacementDialog dialog(*l.session, l.learner, before);
    showActive(dialog);
    // "P&eriod" reaches the first day, Tab the last.
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *endField = dialog.findChild<DateField *>(QStringLiteral("end"));
    CHECK((endField && QApplication::focusWidget() == endField->lineEdit()));
    typeHere(end.keys);
    clickOk(dialog);
    CHECK_FALSE(dialog.isVisible());
    const Placement stored = require(l.placements().get(before.id));
    CHECK(stored.start == QDate(2025, 4, 1));
    CHECK(stored.end == end.date);
}

TEST_CASE("generated days start on the day typed as the first of their period", "[dates]")
{
    const traject::test::EnglishDates english;
    const Typed from = GENERATE(from_range(waysOfTyping(QDate(2025, 5, 14))));
    INFO("typed " << from.keys.toStdString());

    Lina l;
    const Placement placement = l.addPlacement();
    GenerateDaysDialog dialog(*l.session, placement);
    showActive(dialog);
    auto *fromField = dialog.findChild<DateField *>(QStringLiteral("from"));
    typeAt(dialog, Qt::Key_F, fromField, from.keys);
    clickOk(dialog);
    CHECK_FALSE(dialog.isVisible());
    // The Mondays and Wednesdays from Wednesday 14 May to Friday 30 May.
    CHECK(l.dates(placement.id)
          == QList<QDate> { QDate(2025, 5, 14), QDate(2025, 5, 19), QDate(2025, 5, 21),
                            QDate(2025, 5, 26), QDate(2025, 5, 28) });
}

TEST_CASE("a period for generated days outside the placement, or no day at all, is refused at "
          "the field",
          "[dates]")
{
    const traject::test::EnglishDates english;
    const auto [keys, message] = GENERATE(
        Refused { traject::test::impossibleDate(QDate(2025, 5, 14)),
                  QStringLiteral("June 2025 has no day 31: it has 30 days.") },
        Refused { QStringLiteral("31/05/2025"),
                  QStringLiteral("The date must lie between 01/04/2025 and 30/05/2025.") });
    INFO("typed " << keys.toStdString());

    Lina l;
    const Placement placement = l.addPlacement();
    GenerateDaysDialog dialog(*l.session, placement);
    showActive(dialog);
    auto *toField = dialog.findChild<DateField *>(QStringLiteral("to"));
    auto *fromField = dialog.findChild<DateField *>(QStringLiteral("from"));
    // "&From" reaches the first day; Tab goes on to the last.
    typeAt(dialog, Qt::Key_F, fromField, QStringLiteral("01/04/2025"));
    typeHere(keys);
    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(l.dates(placement.id).isEmpty());
    REQUIRE(toField);
    CHECK(toField->problem() == message);
    CHECK(shownUnder(toField) == message);
    CHECK(toField->date() == QDate(2025, 5, 30));
    keep(dialog, "generate-days-refused.png");
}

TEST_CASE("a single placement day stores the day typed", "[dates]")
{
    const traject::test::EnglishDates english;
    const Typed day = GENERATE(from_range(waysOfTyping(QDate(2025, 5, 14))));
    INFO("typed " << day.keys.toStdString());

    Lina l;
    const Placement placement = l.addPlacement();
    PlacementDayDialog dialog(*l.session, placement, placement.start);
    showActive(dialog);
    auto *dateField = dialog.findChild<DateField *>(QStringLiteral("date"));
    // "&Date", the day typed, and Return adds it.
    typeAt(dialog, Qt::Key_D, dateField, day.keys, Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(l.dates(placement.id) == QList<QDate> { day.date });
    REQUIRE(dateField);
    CHECK(dateField->lineEdit()->accessibleName() == QStringLiteral("Date"));
}

TEST_CASE("a single placement day that does not exist, or lies outside the placement, is refused "
          "at the field",
          "[dates]")
{
    const traject::test::EnglishDates english;
    const auto [keys, message]
        = GENERATE(Refused { traject::test::impossibleDate(QDate(2025, 5, 14)),
                             QStringLiteral("June 2025 has no day 31: it has 30 days.") },
                   Refused { QStringLiteral("14/05/3025"),
                             QStringLiteral("The date may not lie after 31/12/2099.") });
    INFO("typed " << keys.toStdString());

    Lina l;
    const Placement placement = l.addPlacement();
    PlacementDayDialog dialog(*l.session, placement, placement.start);
    showActive(dialog);
    auto *dateField = dialog.findChild<DateField *>(QStringLiteral("date"));
    typeAt(dialog, Qt::Key_D, dateField, keys, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(l.dates(placement.id).isEmpty());
    REQUIRE(dateField);
    CHECK(dateField->problem() == message);
    CHECK(shownUnder(dateField) == message);
    CHECK(QApplication::focusWidget() == dateField->lineEdit());
    keep(dialog, "placement-day-refused.png");
    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(l.dates(placement.id).isEmpty());
    CHECK(dateField->problem() == message);
}

TEST_CASE("a single placement day typed after the placement is refused with the placement's period",
          "[dates]")
{
    const traject::test::EnglishDates english;
    Lina l;
    const Placement placement = l.addPlacement();
    PlacementDayDialog dialog(*l.session, placement, placement.start);
    showActive(dialog);
    auto *dateField = dialog.findChild<DateField *>(QStringLiteral("date"));
    typeAt(dialog, Qt::Key_D, dateField, QStringLiteral("2-6-2025"), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(l.dates(placement.id).isEmpty());
    bool shown = false;
    for (const ErrorLabel *label : dialog.findChildren<ErrorLabel *>()) {
        shown = shown
            || (label->isVisibleTo(&dialog)
                && label->text()
                    == QStringLiteral("The day 02/06/2025 lies outside the placement, which runs "
                                      "from 01/04/2025 to 30/05/2025."));
    }
    CHECK(shown);
    keep(dialog, "placement-day-outside.png");
}

} // namespace TRAJECT_UNITY_ID
