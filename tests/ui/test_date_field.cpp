// SPDX-License-Identifier: GPL-3.0-or-later
// Typed dates were silently changed by QDateEdit's sections (14/03/1986 stored as
// 14/12/1996). The one date field of the program takes what people type, says what it
// understood, refuses at the field what it cannot read, and never stores another day.
#include "DateTyping.h"
#include "TestSupport.h"

#include "widgets/DateField.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

#include <memory>

using namespace traject;

namespace {

// The "today" of these tests: Friday 14 March 2025.
const QDate today = traject::test::fixedToday();
// What the field shows before each row is typed.
const QDate before(2001, 2, 3);

/// A small dialog as the forms have them: a name, the date field, a next field, OK and Cancel
/// (OK is the default button). The field accepts 01/01/1900 to 31/12/2030.
class Form
{
public:
    explicit Form(DateKind kind = DateKind::Any, bool optional = false)
    {
        name = new QLineEdit;
        field = new DateField;
        next = new QLineEdit;
        field->setToday(today);
        field->setKind(kind);
        field->setOptional(optional);
        field->setDateRange(QDate(1900, 1, 1), QDate(2030, 12, 31));
        auto *form = new QFormLayout;
        form->addRow(QStringLiteral("Name"), name);
        form->addRow(QStringLiteral("Birth date"), field);
        form->addRow(QStringLiteral("Next"), next);
        buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addLayout(form);
        layout->addWidget(buttons);
        dialog.resize(480, 260);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
    }

    /// Clicks the name field, then Tab into the date field (which selects its text).
    void tabIntoField()
    {
        QTest::mouseClick(name, Qt::LeftButton);
        REQUIRE(name->hasFocus());
        QTest::keyClick(name, Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == field->lineEdit());
    }

    /// The line under the field as a person sees it: empty when hidden.
    QString hint() const
    {
        return field->hintLabel()->isVisibleTo(field) ? field->hintLabel()->text() : QString();
    }

    QDialog dialog;
    QLineEdit *name = nullptr;
    DateField *field = nullptr;
    QLineEdit *next = nullptr;
    QDialogButtonBox *buttons = nullptr;
};

/// The dates a spy on dateChanged() saw, in order.
QList<QDate> datesOf(const QSignalSpy &spy)
{
    QList<QDate> dates;
    for (const auto &arguments : spy)
        dates.append(arguments.at(0).toDate());
    return dates;
}

/// One notch of the mouse wheel over `widget`, delivered as the window system does.
void wheelOver(QWidget *widget, int notch)
{
    const QPoint middle = widget->rect().center();
    QWheelEvent event(QPointF(middle), QPointF(widget->mapToGlobal(middle)), QPoint(),
                      QPoint(0, notch), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&event);
    QApplication::sendEvent(widget, &event);
}

} // namespace

namespace Catch {
template<> struct StringMaker<QList<QDate>>
{
    static std::string convert(const QList<QDate> &dates)
    {
        std::string text = "[";
        for (const QDate &date : dates)
            text += (text.size() > 1 ? ", " : "") + StringMaker<QDate>::convert(date);
        return text + ']';
    }
};
} // namespace Catch

namespace TRAJECT_UNITY_ID {

TEST_CASE("a typed date is taken as meant, or refused at the field and kept as typed",
          "[datefield]")
{
    const traject::test::EnglishDates english;
    const QString example
        = QStringLiteral("Type the day, the month and the year, for example 14/03/2026.");
    // columns: the keys typed (empty: Backspace on the selected text), how a two-digit year is
    // read, whether the field may be empty, whether the text is accepted, the date the field
    // then holds, the text it shows, the line under it.
    const auto [typed, kind, optional, accepted, date, shown, hint]
        = GENERATE_COPY(table<QString, DateKind, bool, bool, QDate, QString, QString>({
            { QStringLiteral("14/03/1986"), DateKind::Past, false, true, QDate(1986, 3, 14),
              QStringLiteral("14/03/1986"), QStringLiteral("Friday 14 March 1986") },
            { QStringLiteral("14-3-1986"), DateKind::Past, false, true, QDate(1986, 3, 14),
              QStringLiteral("14/03/1986"), QStringLiteral("Friday 14 March 1986") },
            { QStringLiteral("14.03.1986"), DateKind::Past, false, true, QDate(1986, 3, 14),
              QStringLiteral("14/03/1986"), QStringLiteral("Friday 14 March 1986") },
            { QStringLiteral("14031986"), DateKind::Past, false, true, QDate(1986, 3, 14),
              QStringLiteral("14/03/1986"), QStringLiteral("Friday 14 March 1986") },
            { QStringLiteral("140386"), DateKind::Past, false, true, QDate(1986, 3, 14),
              QStringLiteral("14/03/1986"), QStringLiteral("Friday 14 March 1986") },
            { QStringLiteral("14/03/86"), DateKind::Past, false, true, QDate(1986, 3, 14),
              QStringLiteral("14/03/1986"), QStringLiteral("Friday 14 March 1986") },
            { QStringLiteral("20/05/2026"), DateKind::Any, false, true, QDate(2026, 5, 20),
              QStringLiteral("20/05/2026"), QStringLiteral("Wednesday 20 May 2026") },
            { QStringLiteral("31052027"), DateKind::Any, false, true, QDate(2027, 5, 31),
              QStringLiteral("31/05/2027"), QStringLiteral("Monday 31 May 2027") },
            { QStringLiteral("31/06/2026"), DateKind::Any, false, false, before,
              QStringLiteral("31/06/2026"),
              QStringLiteral("June 2026 has no day 31: it has 30 days.") },
            { QStringLiteral("29/02/2027"), DateKind::Any, false, false, before,
              QStringLiteral("29/02/2027"),
              QStringLiteral("February 2027 has no day 29: it has 28 days.") },
            { QStringLiteral("morgen"), DateKind::Any, false, false, before,
              QStringLiteral("morgen"), QStringLiteral("\"morgen\" is not a date. ") + example },
            { QStringLiteral("01/01/2031"), DateKind::Any, false, false, before,
              QStringLiteral("01/01/2031"),
              QStringLiteral("The date may not lie after 31/12/2030.") },
            // 86 is 2086 for a day that may lie ahead, and that is after the last day.
            { QStringLiteral("14/03/86"), DateKind::Any, false, false, before,
              QStringLiteral("14/03/86"),
              QStringLiteral("The date may not lie after 31/12/2030.") },
            { QString(), DateKind::Any, true, true, QDate(), QString(), QString() },
            { QString(), DateKind::Any, false, false, before, QString(),
              QStringLiteral("No date was typed. ") + example },
        }));
    // How the field is left: Tab to the next field, or Enter (which also presses OK).
    const auto leave = GENERATE(Qt::Key_Tab, Qt::Key_Return);
    CAPTURE(typed, leave == Qt::Key_Tab ? "Tab" : "Return");

    Form form(kind, optional);
    form.field->setDate(before);
    QSignalSpy changed(form.field, &DateField::dateChanged);
    QSignalSpy finished(form.field, &DateField::editingFinished);
    QSignalSpy problems(form.field, &DateField::problemChanged);
    form.tabIntoField();
    REQUIRE(form.field->lineEdit()->selectedText() == QStringLiteral("03/02/2001"));
    if (typed.isEmpty())
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Backspace);
    else
        QTest::keyClicks(form.field->lineEdit(), typed);
    CHECK(changed.isEmpty()); // nothing is taken while typing
    QTest::keyClick(form.field->lineEdit(), leave);

    CHECK(form.field->date() == date);
    CHECK(form.field->lineEdit()->text() == shown);
    CHECK(form.hint() == hint);
    CHECK(form.field->lineEdit()->accessibleDescription() == hint);
    CHECK(form.field->lineEdit()->property("problem").toBool() == !accepted);
    CHECK(form.field->hasProblem() == !accepted);
    if (accepted) {
        CHECK(datesOf(changed) == QList<QDate> { date });
        CHECK(finished.count() == 1);
        CHECK(problems.isEmpty());
        CHECK(form.field->problem().isEmpty());
    } else {
        CHECK(changed.isEmpty());
        CHECK(finished.isEmpty());
        REQUIRE(problems.count() == 1);
        CHECK(problems.front().at(0).toString() == hint);
        CHECK(form.field->problem() == hint);
    }
    if (leave == Qt::Key_Tab) {
        // The focus moves on either way; a refused text waits, marked, with its message.
        CHECK(QApplication::focusWidget() == form.next);
        CHECK(form.dialog.isVisible());
    } else {
        // Enter presses OK only for an accepted date: a refused one does not submit the form.
        CHECK(form.dialog.result() == (accepted ? QDialog::Accepted : QDialog::Rejected));
        CHECK(form.dialog.isVisible() == !accepted);
        if (!accepted)
            CHECK(QApplication::focusWidget() == form.field->lineEdit());
    }
    // Nothing more comes once the dialog closes or the focus is elsewhere.
    QApplication::processEvents();
    CHECK(changed.count() == (accepted ? 1 : 0));
    CHECK(finished.count() == (accepted ? 1 : 0));
}

TEST_CASE("no date is taken while it is typed, key by key", "[datefield]")
{
    const traject::test::EnglishDates english;
    Form form(DateKind::Past);
    form.field->setDate(before);
    QSignalSpy changed(form.field, &DateField::dateChanged);
    QSignalSpy finished(form.field, &DateField::editingFinished);
    form.tabIntoField();
    // On the way to 14/03/1986 the text reads as other days (1/1 of this year, 14/03/2019): none
    // of them may reach a form that stores on dateChanged().
    for (const QChar key : QStringLiteral("14/03/1986")) {
        QTest::keyClicks(form.field->lineEdit(), QString(key));
        CAPTURE(form.field->lineEdit()->text());
        CHECK(changed.isEmpty());
        CHECK(finished.isEmpty());
        CHECK(form.field->date() == before);
    }
    // What it will take is said before it is taken.
    CHECK(form.hint() == QStringLiteral("Friday 14 March 1986"));
    QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
    CHECK(datesOf(changed) == QList<QDate> { QDate(1986, 3, 14) });
    CHECK(finished.count() == 1);

    // Tabbing through again without a change says nothing.
    QTest::keyClick(form.next, Qt::Key_Backtab);
    REQUIRE(QApplication::focusWidget() == form.field->lineEdit());
    QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
    CHECK(changed.count() == 1);
    CHECK(finished.count() == 1);
}

TEST_CASE("a refused date is corrected or put back with Escape", "[datefield]")
{
    const traject::test::EnglishDates english;
    Form form;
    form.field->setDate(before);
    QSignalSpy changed(form.field, &DateField::dateChanged);
    QSignalSpy problems(form.field, &DateField::problemChanged);
    form.tabIntoField();
    QTest::keyClicks(form.field->lineEdit(), QStringLiteral("31/06/2026"));
    QTest::keyClick(form.field->lineEdit(), Qt::Key_Return);
    REQUIRE(form.field->problem() == QStringLiteral("June 2026 has no day 31: it has 30 days."));
    REQUIRE(form.dialog.isVisible());

    SECTION("typing the right day takes the problem away, and Enter takes the date")
    {
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Backspace); // "31/06/202"
        CHECK(form.field->hasProblem()); // still refused: the year is not whole
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Home);
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Delete);
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Delete);
        QTest::keyClicks(form.field->lineEdit(), QStringLiteral("30"));
        QTest::keyClick(form.field->lineEdit(), Qt::Key_End);
        QTest::keyClicks(form.field->lineEdit(), QStringLiteral("6"));
        CHECK_FALSE(form.field->hasProblem());
        CHECK(form.hint() == QStringLiteral("Tuesday 30 June 2026"));
        CHECK(changed.isEmpty());
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Return);
        CHECK(datesOf(changed) == QList<QDate> { QDate(2026, 6, 30) });
        CHECK(form.dialog.result() == QDialog::Accepted);
        CHECK(problems.count() == 2); // shown, then solved
        CHECK(problems.back().at(0).toString().isEmpty());
    }
    SECTION("Escape puts back the date that was there; a second Escape closes the dialog")
    {
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Escape);
        CHECK(form.field->lineEdit()->text() == QStringLiteral("03/02/2001"));
        CHECK_FALSE(form.field->hasProblem());
        CHECK(form.hint().isEmpty());
        CHECK(form.field->date() == before);
        CHECK(changed.isEmpty());
        CHECK(form.dialog.isVisible());
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Escape);
        CHECK_FALSE(form.dialog.isVisible());
        CHECK(form.dialog.result() == QDialog::Rejected);
        CHECK(changed.isEmpty());
    }
    SECTION("Escape also puts back what is being typed")
    {
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Escape);
        QTest::keyClick(form.field->lineEdit(), Qt::Key_End);
        QTest::keyClicks(form.field->lineEdit(), QStringLiteral("7"));
        CHECK(form.field->lineEdit()->text() == QStringLiteral("03/02/20017"));
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Escape);
        CHECK(form.field->lineEdit()->text() == QStringLiteral("03/02/2001"));
        CHECK(form.dialog.isVisible());
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
        CHECK(changed.isEmpty());
        CHECK(form.field->date() == before);
    }
}

TEST_CASE("Up and Down move the date by a day, PageUp and PageDown by a month", "[datefield]")
{
    const traject::test::EnglishDates english;
    Form form;
    QSignalSpy changed(form.field, &DateField::dateChanged);
    form.tabIntoField();
    QLineEdit *edit = form.field->lineEdit();

    // An empty field starts at today.
    QTest::keyClick(edit, Qt::Key_Up);
    CHECK(edit->text() == QStringLiteral("14/03/2025"));
    QTest::keyClick(edit, Qt::Key_Up);
    CHECK(edit->text() == QStringLiteral("15/03/2025"));
    CHECK(form.hint() == QStringLiteral("Saturday 15 March 2025"));
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down);
    CHECK(edit->text() == QStringLiteral("13/03/2025"));
    QTest::keyClick(edit, Qt::Key_PageUp);
    CHECK(edit->text() == QStringLiteral("13/04/2025"));
    QTest::keyClick(edit, Qt::Key_PageDown);
    CHECK(datesOf(changed)
          == QList<QDate> { QDate(2025, 3, 14), QDate(2025, 3, 15), QDate(2025, 3, 14),
                            QDate(2025, 3, 13), QDate(2025, 4, 13), QDate(2025, 3, 13) });
    CHECK(form.field->date() == QDate(2025, 3, 13));

    // A typed date is taken first, then moved.
    changed.clear();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier); // select all
    QTest::keyClicks(edit, QStringLiteral("31/01/2026"));
    QTest::keyClick(edit, Qt::Key_PageUp);
    CHECK(datesOf(changed) == QList<QDate> { QDate(2026, 1, 31), QDate(2026, 2, 28) });
    CHECK(edit->text() == QStringLiteral("28/02/2026"));

    // A refused text is kept: the keys move nothing.
    changed.clear();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier); // select all
    QTest::keyClicks(edit, QStringLiteral("31/02/2026"));
    QTest::keyClick(edit, Qt::Key_Up);
    CHECK(edit->text() == QStringLiteral("31/02/2026"));
    CHECK(form.field->problem() == QStringLiteral("February 2026 has no day 31: it has 28 days."));
    CHECK(changed.isEmpty());
    CHECK(form.field->date() == QDate(2026, 2, 28));

    // At the last day of the range the date stays.
    QTest::keyClick(edit, Qt::Key_Escape);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier); // select all
    QTest::keyClicks(edit, QStringLiteral("31/12/2030"));
    QTest::keyClick(edit, Qt::Key_Return);
    changed.clear();
    QTest::keyClick(edit, Qt::Key_Up);
    CHECK(edit->text() == QStringLiteral("31/12/2030"));
    CHECK(changed.isEmpty());
}

TEST_CASE("the calendar opens with Alt+Down and picks a day with the keys", "[datefield]")
{
    const traject::test::EnglishDates english;
    Form form;
    form.field->setDate(today);
    QSignalSpy changed(form.field, &DateField::dateChanged);
    form.tabIntoField();

    QTest::keyClick(form.field->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    QWidget *popup = form.field->calendarPopup();
    REQUIRE(popup);
    CHECK(QApplication::activePopupWidget() == popup);
    auto *calendar = popup->findChild<QCalendarWidget *>();
    REQUIRE(calendar);
    CHECK(calendar->selectedDate() == today);
    // The keys go where the window system sends them: the focus widget inside the popup.
    QWidget *keys = QApplication::focusWidget();
    REQUIRE(keys);
    REQUIRE(popup->isAncestorOf(keys));
    QTest::keyClick(keys, Qt::Key_Right);
    QTest::keyClick(keys, Qt::Key_Right);
    QTest::keyClick(keys, Qt::Key_Down);
    CHECK(changed.isEmpty()); // looking around in the calendar takes nothing
    QTest::keyClick(keys, Qt::Key_Return);

    CHECK(form.field->calendarPopup() == nullptr);
    CHECK(datesOf(changed) == QList<QDate> { QDate(2025, 3, 23) });
    CHECK(form.field->lineEdit()->text() == QStringLiteral("23/03/2025"));
    CHECK(form.hint() == QStringLiteral("Sunday 23 March 2025"));
    CHECK(QApplication::focusWidget() == form.field->lineEdit());
    CHECK(form.dialog.isVisible()); // the Enter of the calendar is not the dialog's

    SECTION("F4 opens it too; Escape closes it and changes nothing")
    {
        QTest::keyClick(form.field->lineEdit(), Qt::Key_F4);
        REQUIRE(form.field->calendarPopup());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK(form.field->calendarPopup() == nullptr);
        CHECK(form.dialog.isVisible());
        CHECK(form.field->lineEdit()->text() == QStringLiteral("23/03/2025"));
        CHECK(changed.count() == 1);
    }
    SECTION("the button opens it on the day that is typed, and a click picks nothing yet")
    {
        QTest::keyClick(form.field->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(form.field->lineEdit(), QStringLiteral("14-3-26"));
        QTest::mouseClick(form.field->calendarButton(), Qt::LeftButton);
        REQUIRE(form.field->calendarPopup());
        CHECK(calendar->selectedDate() == QDate(2026, 3, 14));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        CHECK(form.field->calendarPopup() == nullptr);
        CHECK(form.field->lineEdit()->text() == QStringLiteral("14-3-26"));
        CHECK(changed.count() == 1);
        QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
        CHECK(datesOf(changed) == QList<QDate> { QDate(2025, 3, 23), QDate(2026, 3, 14) });
    }
}

TEST_CASE("the mouse wheel changes no date", "[datefield]")
{
    Form form;
    form.field->setDate(today);
    QSignalSpy changed(form.field, &DateField::dateChanged);
    QSignalSpy finished(form.field, &DateField::editingFinished);
    QTest::mouseClick(form.name, Qt::LeftButton);
    wheelOver(form.field->lineEdit(), -120);
    wheelOver(form.field->lineEdit(), 120);
    CHECK(form.field->lineEdit()->text() == QStringLiteral("14/03/2025"));
    CHECK(form.name->hasFocus()); // the wheel gives it no focus either
    form.tabIntoField();
    wheelOver(form.field->lineEdit(), -120);
    wheelOver(form.field->lineEdit(), -120);
    wheelOver(form.field->lineEdit(), 120);
    CHECK(form.field->lineEdit()->text() == QStringLiteral("14/03/2025"));
    QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
    CHECK(form.field->date() == today);
    CHECK(changed.isEmpty());
    CHECK(finished.isEmpty());
}

TEST_CASE("setDate shows a date without a signal and clears a problem", "[datefield]")
{
    const traject::test::EnglishDates english;
    Form form;
    QSignalSpy changed(form.field, &DateField::dateChanged);
    form.tabIntoField();
    QTest::keyClicks(form.field->lineEdit(), QStringLiteral("morgen"));
    QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
    REQUIRE(form.field->hasProblem());

    form.field->setDate(QDate(1986, 3, 14));
    CHECK(form.field->lineEdit()->text() == QStringLiteral("14/03/1986"));
    CHECK_FALSE(form.field->hasProblem());
    CHECK_FALSE(form.field->lineEdit()->property("problem").toBool());
    CHECK(form.hint().isEmpty()); // a date as loaded needs no words: the form stays compact
    CHECK(changed.isEmpty());

    // A date stored before the range was narrowed is shown as it is, and stays when the field
    // is passed through; it is not moved into the range.
    form.field->setDate(QDate(1850, 1, 1));
    CHECK(form.field->lineEdit()->text() == QStringLiteral("01/01/1850"));
    form.tabIntoField();
    QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
    CHECK(form.field->date() == QDate(1850, 1, 1));
    CHECK_FALSE(form.field->hasProblem());
    CHECK(changed.isEmpty());
}

TEST_CASE("a screen reader hears the field's name and what it understood", "[datefield]")
{
    const traject::test::EnglishDates english;
    Form form(DateKind::Past);
    // The form's label names the line edit that takes the focus.
    CHECK(form.field->lineEdit()->accessibleName() == QStringLiteral("Birth date"));
    form.field->setAccessibleName(QStringLiteral("Date of birth"));
    CHECK(form.field->lineEdit()->accessibleName() == QStringLiteral("Date of birth"));
    form.tabIntoField();
    QTest::keyClicks(form.field->lineEdit(), QStringLiteral("140386"));
    QTest::keyClick(form.field->lineEdit(), Qt::Key_Tab);
    CHECK(form.field->lineEdit()->accessibleDescription()
          == QStringLiteral("Friday 14 March 1986"));
    CHECK(form.field->calendarButton()->focusPolicy() == Qt::NoFocus);
}

TEST_CASE("pictures of the date field", "[.screenshot]")
{
    // Run with TRAJECT_SCREENSHOTS=dir (and TRAJECT_TEST_LANGUAGE=nl) to look at the field.
    const QString dir = qEnvironmentVariable("TRAJECT_SCREENSHOTS");
    QDialog dialog;
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(QStringLiteral("Amina El Idrissi"));
    auto *birth = new DateField;
    birth->setKind(DateKind::Past);
    birth->setToday(today);
    birth->setMaximumDate(today);
    auto *start = new DateField;
    start->setToday(today);
    auto *end = new DateField;
    end->setOptional(true);
    auto *untouched = new DateField;
    untouched->setDate(QDate(2025, 9, 1));
    auto *word = new DateField;
    auto *row = new QWidget;
    auto *inRow = new QHBoxLayout(row);
    inRow->setContentsMargins(0, 0, 0, 0);
    inRow->addWidget(word);
    inRow->addWidget(new QLabel(QStringLiteral("(in een rij, met ruimte ernaast)")));
    inRow->addStretch(1);
    form->addRow(QStringLiteral("Naam"), name);
    form->addRow(QStringLiteral("Geboortedatum"), birth);
    form->addRow(QStringLiteral("Start"), start);
    form->addRow(QStringLiteral("Einde"), end);
    form->addRow(QStringLiteral("Opleiding vanaf"), untouched);
    form->addRow(QStringLiteral("Herinnering"), row);
    form->addRow(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel));
    dialog.resize(520, 380);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    const auto typeInto = [](DateField *field, const QString &text) {
        field->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(field->lineEdit(), text);
        QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
    };
    typeInto(birth, QStringLiteral("140386"));
    typeInto(start, QStringLiteral("31/06/2026"));
    typeInto(word, QStringLiteral("morgen"));
    end->setFocus(Qt::TabFocusReason);
    QTest::qWait(20);
    if (!dir.isEmpty())
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("datefield-form.png")));
    QTest::keyClick(end->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    REQUIRE(end->calendarPopup());
    QTest::qWait(20);
    if (!dir.isEmpty())
        end->calendarPopup()->grab().save(
            QDir(dir).filePath(QStringLiteral("datefield-calendar.png")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
}

} // namespace TRAJECT_UNITY_ID
