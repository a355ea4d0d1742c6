// SPDX-License-Identifier: GPL-3.0-or-later
// "Done when": a whole trajectory typed by keyboard (and clicks on real buttons)
// into a new, empty database file, as a new user types it, from the new candidate to the job,
// and everything is still stored after a restart.
//
// Samira Benali, referred by VDAB on Tuesday 01/09/2026, comes to her intake interview on
// Thursday 10/09/2026; the SPOC types it all in on Monday 14/09/2026 (the first clock):
//   - enrolment in the shipped CVO programme, 12 months from Monday 14/09/2026: the planned end
//     is 14/09/2027 - 1 day = Monday 13/09/2027;
//   - a Christmas closure from Thursday 24/12/2026 to Friday 01/01/2027;
//   - placement 1 at Kinderdagverblijf De Vlinder, Tuesday 01/12/2026 to Friday 29/01/2027, on
//     Tuesdays and Thursdays (the dialog's proposal):
//       December 2026: Tue 1, 8, 15, 22, 29 and Thu 3, 10, 17, 24, 31 = 10 days
//       January 2027:  Tue 5, 12, 19, 26 and Thu 7, 14, 21, 28       =  8 days
//     18 days of the pattern, of which Thu 24/12, Tue 29/12 and Thu 31/12 fall in the closure
//     (Christmas 25/12 and New Year 01/01 are Fridays, not in the pattern): 15 days generated;
//   - placement 2 at Kinderopvang Het Nestje, Monday 01/02/2027 to Friday 30/04/2027, Tuesdays and
//     Thursdays:
//       February 2027: Tue 2, 9, 16, 23 and Thu 4, 11, 18, 25        =  8 days
//       March 2027:    Tue 2, 9, 16, 23, 30 and Thu 4, 11, 18, 25    =  9 days
//       April 2027:    Tue 6, 13, 20, 27 and Thu 1, 8, 15, 22, 29    =  9 days
//     26 days; the only public holiday in the period is Easter Monday 29/03/2027 (a Monday):
//     26 days generated (the target of 45 leaves room for 45 - 15 = 30);
//   - the personal plan printed as a PDF for her and for the workplace.
// On Monday 03/05/2027 (second clock, after a restart) the first days are marked: 01/12, 03/12
// and 08/12/2026 worked, 10/12/2026 absent with a reason, 02/02/2027 worked.
// On Monday 04/10/2027 (third clock, another restart) the training has ended (13/09/2027): the
// aftercare agreement from 14/09/2027 for 6 months (to 14/03/2028 - 1 day = 13/03/2028), the
// phase "Aftercare" from 14/09/2027, and the outcome: a job in childcare at De Vlinder from
// Friday 01/10/2027, permanent contract, 4/5, 30,4 hours a week. A last restart reads back what
// is stored.
#include "TestSupport.h"
#include "UiSupport.h"

#include "DateTyping.h"
#include "MainWindow.h"
#include "NewLearnerDialog.h"
#include "Session.h"
#include "caseload/CaseloadPanel.h"
#include "directory/ClosuresDialog.h"
#include "directory/ContactPersonDialog.h"
#include "directory/OrganisationDialog.h"
#include "dossier/DossierWidget.h"
#include "dossier/PhaseChangeDialog.h"
#include "dossier/PlacementsTab.h"
#include "dossier/placements/GenerateDaysDialog.h"
#include "dossier/placements/PlacementDialog.h"
#include "dossier/training/EnrolmentDialog.h"
#include "intake/ActionLine.h"
#include "intake/AnswerField.h"
#include "intake/BarrierChecklist.h"
#include "intake/DecisionSection.h"
#include "intake/IntakeDialog.h"
#include "plan/PlanDialog.h"
#include "storage/BarrierRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanVersionRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/DateField.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <exception>
#include <functional>
#include <memory>
#include <stdexcept>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::chooseFromMenu;
using traject::test::require;

namespace {

// ---------------------------------------------------------------------------------------------
// What a person sees and does

/// A text as shown, without its mnemonic marks.
QString shown(const QString &text)
{
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    return plain.trimmed();
}

/// The first failure inside a modal dialog's callback: the dialog is closed and the failure is
/// thrown again once the code that opened the dialog goes on (Catch2's REQUIRE throws).
std::exception_ptr &pendingFailure()
{
    static std::exception_ptr failure;
    return failure;
}

void rethrowPending()
{
    if (std::exception_ptr failure = std::exchange(pendingFailure(), nullptr))
        std::rethrow_exception(failure);
}

/// Closes every open modal dialog (only after a failure, to get out of their event loops).
void closeModals()
{
    for (int i = 0; i < 10; ++i) {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->reject();
        QApplication::processEvents();
    }
}

/// Runs `act` on the modal dialog `is` recognises, once it is open and active: a modal dialog
/// runs its own event loop, so the test answers it from a timer, as a person would once it
/// shows. With `optional`, nothing happens when no such dialog comes within a few seconds.
void whenModal(const char *what, std::function<bool(QWidget *)> is,
               std::function<void(QWidget *)> act, bool optional = false)
{
    auto *timer = new QTimer;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [=, name = std::string(what)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && is(modal) && modal->isActiveWindow()) {
            timer->stop();
            timer->deleteLater();
            try {
                act(modal);
            } catch (...) {
                if (!pendingFailure())
                    pendingFailure() = std::current_exception();
                closeModals();
            }
            return;
        }
        if (clock->elapsed() > (optional ? 3000 : 20000)) {
            timer->stop();
            timer->deleteLater();
            if (!optional && !pendingFailure()) {
                pendingFailure() = std::make_exception_ptr(
                    std::runtime_error("this dialog never opened: " + name));
                closeModals();
            }
        }
    });
    timer->start();
}

template<typename Dialog>
void whenDialog(const char *what, std::function<void(Dialog *)> act, bool optional = false)
{
    whenModal(
        what, [](QWidget *modal) { return qobject_cast<Dialog *>(modal) != nullptr; },
        [act](QWidget *modal) { act(qobject_cast<Dialog *>(modal)); }, optional);
}

/// The field a form's label (its text as shown, without a colon) leads to with its Alt key.
QWidget *fieldByLabel(QWidget *root, const QString &text)
{
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QString plain = shown(label->text());
        if (plain.endsWith(QLatin1Char(':')))
            plain.chop(1);
        if (plain == text && label->buddy() && label->isVisible())
            return label->buddy();
    }
    FAIL("no visible label \"" << text.toStdString() << "\" with a field");
    return nullptr;
}

/// The visible button with this text (as shown).
QAbstractButton *buttonByText(QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (shown(button->text()) == text && button->isVisible())
            return button;
    }
    FAIL("no visible button \"" << text.toStdString() << "\"");
    return nullptr;
}

/// A click on the bar's button that accepts the proposed phase change (its text says "change
/// phase", whatever words come before).
void acceptProposal(QWidget *bar)
{
    const auto buttons = bar->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->isVisible()
            && shown(button->text())
                   .contains(QStringLiteral("change phase"), Qt::CaseInsensitive)) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    FAIL("the phase proposal has no button to change the phase");
}

/// A click on a check box or radio button where its box is (at its left; a click right of its
/// text misses it when the button is wider than its text).
void clickBox(QAbstractButton *button)
{
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void click(QWidget *root, const QString &buttonText)
{
    QAbstractButton *button = buttonByText(root, buttonText);
    REQUIRE(button->isEnabled());
    if (qobject_cast<QPushButton *>(button))
        QTest::mouseClick(button, Qt::LeftButton);
    else
        clickBox(button);
}

/// The window active again after a dialog over it closed: the window manager's part, which the
/// offscreen platform leaves undone.
void activeAgain(QWidget *window)
{
    if (!window->isActiveWindow()) {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window));
    }
}

/// Types into whatever has the keyboard focus.
void typeHere(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClicks(focus, text);
}

void pressHere(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClick(focus, key, modifiers);
}

/// A click in a text field, the text typed, and Tab to leave it (which stores it).
void typeInto(QWidget *field, const QString &text)
{
    REQUIRE(field);
    QTest::mouseClick(field, Qt::LeftButton);
    REQUIRE(field->hasFocus());
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

/// Types a day into a date field as a person does (14/03/1986), with typeDate(). Every date of
/// the program is a DateField: another widget fails the test.
void typeDateInto(QWidget *field, QDate date)
{
    REQUIRE(field);
    const QString keys = date.toString(QStringLiteral("dd/MM/yyyy"));
    for (QWidget *up = field; up; up = up->parentWidget()) {
        if (auto *dateField = qobject_cast<DateField *>(up)) {
            traject::test::typeDate(dateField, keys);
            CHECK(dateField->problem().isEmpty());
            CHECK(dateField->date() == date);
            return;
        }
    }
    FAIL("the date field is not a DateField");
}

/// Types a day into the date field a label leads to.
void typeDateAt(QWidget *root, const QString &label, QDate date)
{
    typeDateInto(fieldByLabel(root, label), date);
}

/// The second date field of a row "from … to …": the one beside `first`.
QWidget *dateBeside(QWidget *first)
{
    QWidget *row = first->parentWidget();
    REQUIRE(row);
    const auto children = row->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child != first && qobject_cast<DateField *>(child))
            return child;
    }
    FAIL("no second date field beside the first");
    return nullptr;
}

/// A click on a closed choice opens its list; the arrows walk to the first line that starts
/// with `text` and Enter takes it.
void pick(QComboBox *combo, const QString &text)
{
    REQUIRE(combo);
    int row = -1;
    for (int i = 0; i < combo->count() && row < 0; ++i) {
        if (combo->itemText(i).startsWith(text))
            row = i;
    }
    INFO("choosing \"" << text.toStdString() << "\"");
    REQUIRE(row >= 0);
    QTest::mouseClick(combo, Qt::LeftButton);
    traject::test::takeFromOpenList(combo, row);
}

/// A click on a choice, End to its last line ("New…") and Enter: the form for a new entry of
/// the address book opens (answer it with whenDialog before).
void pickNew(QComboBox *combo)
{
    REQUIRE(combo);
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *list = combo->view();
    REQUIRE(QTest::qWaitFor([list] { return list->isVisible(); }));
    QTest::keyClick(list, Qt::Key_End);
    REQUIRE(list->currentIndex().data().toString() == QStringLiteral("New…"));
    QWidget *before = QApplication::activeModalWidget();
    QTest::keyClick(list, Qt::Key_Return);
    // The form opens a moment later, without a loop of its own: wait until it came and went.
    REQUIRE(QTest::qWaitFor([before] { return QApplication::activeModalWidget() != before; }));
    REQUIRE(
        QTest::qWaitFor([before] { return QApplication::activeModalWidget() == before; }, 20000));
}

QComboBox *comboAt(QWidget *root, const QString &label)
{
    auto *combo = qobject_cast<QComboBox *>(fieldByLabel(root, label));
    REQUIRE(combo);
    return combo;
}

/// A click on the dossier's tab with this title; returns the page.
QWidget *openTab(MainWindow &window, const QString &title)
{
    if (!window.isActiveWindow()) {
        // The window manager's part after a dialog closed (see Program::active()).
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    QTabWidget *tabs = window.dossier()->tabs();
    QTabBar *bar = tabs->tabBar();
    for (int i = 0; i < tabs->count(); ++i) {
        if (shown(tabs->tabText(i)) == title) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            REQUIRE(tabs->currentIndex() == i);
            return tabs->currentWidget();
        }
    }
    FAIL("no tab \"" << title.toStdString() << "\"");
    return nullptr;
}

/// A click on the row of a table whose text in `column` starts with `text`; with Ctrl when
/// `add` (to select several rows).
void clickRow(QTableView *view, int column, const QString &text, bool add = false)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, column);
        if (index.data().toString().startsWith(text)) {
            // In sight, as the SPOC clicks it (no scrolling needed for the rows used here).
            REQUIRE(view->viewport()->rect().contains(view->visualRect(index).center()));
            QTest::mouseClick(view->viewport(), Qt::LeftButton,
                              add ? Qt::ControlModifier : Qt::NoModifier,
                              view->visualRect(index).center());
            return;
        }
    }
    FAIL("no row \"" << text.toStdString() << "\"");
}

/// A click in the days table on the first row in sight, then Up to its first day: the table
/// opens at its last day, out of sight of the first ones, and the keys walk up to them.
void toFirstDay(QTableView *view)
{
    const QModelIndex seen = view->indexAt(QPoint(5, 5));
    REQUIRE(seen.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(seen).center());
    REQUIRE(view->hasFocus());
    for (int press = 0; press < view->model()->rowCount() && view->currentIndex().row() > 0;
         ++press)
        QTest::keyClick(view, Qt::Key_Up);
    REQUIRE(view->currentIndex().row() == 0);
    REQUIRE(view->selectionModel()->selectedRows().size() == 1);
}

/// The column of a table with this header.
int columnOf(QTableView *view, const QString &header)
{
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->model()->headerData(column, Qt::Horizontal).toString() == header)
            return column;
    }
    FAIL("no column \"" << header.toStdString() << "\"");
    return -1;
}

/// The text of a PDF file as pdftotext reads it.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

QDate day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
}

const QString Samira = QStringLiteral("Samira Benali");
const QString Vlinder = QStringLiteral("Kinderdagverblijf De Vlinder");
const QString Nestje = QStringLiteral("Kinderopvang Het Nestje");

// ---------------------------------------------------------------------------------------------
// The program, opened on the file as the SPOC starts it

struct Program
{
    Program(const QString &path, QDateTime now)
        : clock(now)
    {
        db = require(Database::open(path));
        window = std::make_unique<MainWindow>(*db, clock);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    ~Program()
    {
        window->close();
        window.reset();
        db.reset();
    }
    Program(const Program &) = delete;
    Program &operator=(const Program &) = delete;

    /// The main window active again once a dialog has closed (the window manager's part, which
    /// the offscreen platform leaves to the program).
    void active()
    {
        if (!window->isActiveWindow()) {
            window->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(window.get()));
        }
    }

    /// Opens Samira's dossier with a click on her line in the caseload list.
    void openSamira()
    {
        QTableView *list = window->caseloadView();
        clickRow(list, 0, QStringLiteral("Benali"));
        if (!window->dossier()->showsLearner())
            clickRow(list, 0, QStringLiteral("Samira"));
        REQUIRE(window->dossier()->showsLearner());
    }

    FixedClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<MainWindow> window;
};

// ---------------------------------------------------------------------------------------------
// The stages, each as the SPOC does it

/// 1. File > New candidate with intake interview (Ctrl+Shift+I): the new learner, then the
/// interview: its date, VDAB, the home language, the Dutch level, a language barrier with an
/// action, the decision "admitted", and "Finish intake" confirmed.
void newCandidateWithIntake(Program &p)
{
    whenDialog<NewLearnerDialog>("new learner", [](NewLearnerDialog *dialog) {
        pressHere(Qt::Key_F, Qt::AltModifier);
        INFO("focus on " << QApplication::focusWidget()->metaObject()->className() << " "
                         << QApplication::focusWidget()->objectName().toStdString());
        REQUIRE(QApplication::focusWidget() == fieldByLabel(dialog, QStringLiteral("First name")));
        typeHere(QStringLiteral("Samira"));
        pressHere(Qt::Key_Tab);
        typeHere(QStringLiteral("Benali"));
        pressHere(Qt::Key_Tab);
        // Referred by VDAB on 01/09/2026: the phase "Referral" since that day (the interview
        // of 10/09 cannot lie before the phase before it).
        typeDateAt(dialog, QStringLiteral("Since"), day(2026, 9, 1));
        click(dialog, QStringLiteral("Add learner"));
    });
    whenDialog<IntakeDialog>("intake interview", [](IntakeDialog *dialog) {
        REQUIRE(dialog->isLoaded());
        typeDateAt(dialog, QStringLiteral("Date of the interview"), day(2026, 9, 10));
        const auto editorOf = [dialog](const char *key) {
            AnswerField *field = dialog->field(QString::fromLatin1(key));
            REQUIRE(field);
            return field->focusWidgets().first();
        };
        pick(qobject_cast<QComboBox *>(editorOf("employment_service")), QStringLiteral("VDAB"));
        pick(qobject_cast<QComboBox *>(editorOf("nt2_level")), QStringLiteral("2.4"));
        typeInto(editorOf("home_language"), QStringLiteral("Arabisch"));

        // A barrier from the checklist, with what it is and a first action.
        BarrierChecklist *barriers = dialog->barriers();
        clickBox(barriers->check(BarrierCategory::Language));
        REQUIRE(barriers->check(BarrierCategory::Language)->isChecked());
        REQUIRE(barriers->description(BarrierCategory::Language));
        QLineEdit *description = barriers->description(BarrierCategory::Language);
        QTest::mouseClick(description, Qt::LeftButton);
        pressHere(Qt::Key_A, Qt::ControlModifier);
        typeHere(QStringLiteral("Schrijven in het Nederlands gaat nog moeizaam"));
        pressHere(Qt::Key_Tab);
        REQUIRE(barriers->action(BarrierCategory::Language));
        typeInto(barriers->action(BarrierCategory::Language)->description(),
                 QStringLiteral("Inschrijven bij het Huis van het Nederlands"));

        pick(dialog->decision()->decision(), QStringLiteral("Admitted"));

        QString asked;
        whenDialog<QMessageBox>("finish the intake?", [&asked](QMessageBox *box) {
            asked = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        click(dialog, QStringLiteral("Finish intake…"));
        CHECK(asked.startsWith(QStringLiteral("Finish this intake?")));
        CHECK(dialog->status()->text()
              == QStringLiteral("The intake is finished and the file is updated."));
        click(dialog, QStringLiteral("Close"));
    });
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : p.window.get(),
                    Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    rethrowPending();
    p.active();
    REQUIRE(p.window->dossier()->showsLearner());
}

/// 2. The profile: the birth date typed, and VDAB as referrer, added to the empty address book
/// with "New…" in place.
void fillProfile(Program &p)
{
    QWidget *profile = openTab(*p.window, QStringLiteral("Profile"));
    typeDateAt(profile, QStringLiteral("Birth date"), day(1986, 3, 14));
    // Stored as the field is left: 14/03/1986 is 1986-03-14, not 3 December or 1886.
    const qint64 id = p.window->dossier()->learnerId();
    CHECK(require(LearnerRepository(*p.db, p.clock).get(id)).birthDate == day(1986, 3, 14));

    whenDialog<OrganisationDialog>("new referrer", [](OrganisationDialog *dialog) {
        REQUIRE(QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }));
        typeHere(QStringLiteral("VDAB"));
        pressHere(Qt::Key_Tab); // kind: Other, the last of the list
        pressHere(Qt::Key_Up); // CAW
        pressHere(Qt::Key_Up); // OCMW
        pressHere(Qt::Key_Up); // VDAB
        pressHere(Qt::Key_Tab); // belongs to
        pressHere(Qt::Key_Tab); // address
        pressHere(Qt::Key_Return);
    });
    pickNew(comboAt(profile, QStringLiteral("Referred by")));
    rethrowPending();
    p.active();
    CHECK(comboAt(profile, QStringLiteral("Referred by"))->currentText() == QStringLiteral("VDAB"));
}

/// 3. The training: an enrolment in the shipped CVO programme (12 months) from 14/09/2026, then
/// the phase "Training" from that day (from the dossier's proposal when it offers one).
void enrolAndStartTraining(Program &p)
{
    QWidget *training = openTab(*p.window, QStringLiteral("Training"));
    whenDialog<EnrolmentDialog>("new enrolment", [](EnrolmentDialog *dialog) {
        pick(comboAt(dialog, QStringLiteral("Programme")),
             QStringLiteral("Kinderbegeleider baby's en peuters (CVO)"));
        typeDateAt(dialog, QStringLiteral("Start"), day(2026, 9, 14));
        CHECK(comboAt(dialog, QStringLiteral("Variant"))
                  ->currentText()
                  .startsWith(QStringLiteral("12")));
        click(dialog, QStringLiteral("Enrol"));
    });
    click(training, QStringLiteral("New enrolment…"));
    rethrowPending();
    p.active();

    QWidget *bar = p.window->dossier()->findChild<QWidget *>(QStringLiteral("phaseProposal"));
    if (bar && bar->isVisible()) {
        // The proposal fills in the phase and the day: the SPOC confirms them.
        whenDialog<PhaseChangeDialog>("proposed phase change", [](PhaseChangeDialog *dialog) {
            CHECK(comboAt(dialog, QStringLiteral("New phase"))->currentText()
                  == QStringLiteral("Training"));
            click(dialog, QStringLiteral("Change phase"));
        });
        acceptProposal(bar);
    } else {
        whenDialog<PhaseChangeDialog>("phase change", [](PhaseChangeDialog *dialog) {
            pick(comboAt(dialog, QStringLiteral("New phase")), QStringLiteral("Training"));
            typeDateAt(dialog, QStringLiteral("Date"), day(2026, 9, 14));
            click(dialog, QStringLiteral("Change phase"));
        });
        click(p.window->dossier(), QStringLiteral("Change phase…"));
    }
    rethrowPending();
    p.active();
}

/// 4. Manage > Closure periods: the Christmas closure.
void addChristmasClosure(Program &p)
{
    chooseFromMenu(*p.window, QStringLiteral("Manage"), QStringLiteral("Closure periods…"));
    ClosuresDialog *closures = nullptr;
    REQUIRE(QTest::qWaitFor([&closures] {
        closures = qobject_cast<ClosuresDialog *>(QApplication::activeWindow());
        return closures != nullptr;
    }));
    click(closures, QStringLiteral("New closure period"));
    REQUIRE(QApplication::focusWidget() == fieldByLabel(closures, QStringLiteral("Name")));
    typeHere(QStringLiteral("Kerstvakantie"));
    pressHere(Qt::Key_Tab);
    typeDateAt(closures, QStringLiteral("First day"), day(2026, 12, 24));
    typeDateAt(closures, QStringLiteral("Last day"), day(2027, 1, 1));
    click(closures, QStringLiteral("Add closure period"));
    // Escape closes the window, as it does any dialog.
    pressHere(Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([closures] { return !closures->isVisible(); }));
    p.active();
}

/// 5. A placement with a new site and a new mentor made in place, its period typed, and its days
/// generated; returns how many the dialog offered to create.
QString addPlacementWithDays(Program &p, const QString &site, const QString &municipality,
                             const QString &mentor, QDate start, QDate end)
{
    QWidget *tab = openTab(*p.window, QStringLiteral("Workplace learning"));
    whenDialog<PlacementDialog>("new placement", [&](PlacementDialog *dialog) {
        whenDialog<OrganisationDialog>("new site", [&](OrganisationDialog *) {
            typeHere(site);
            pressHere(Qt::Key_Tab); // kind (a childcare site)
            pressHere(Qt::Key_Tab); // type of care
            pressHere(Qt::Key_Down); // "(choose)" -> "Group care"
            pressHere(Qt::Key_Tab); // belongs to
            pressHere(Qt::Key_Tab); // address
            pressHere(Qt::Key_Tab); // municipality
            typeHere(municipality);
            pressHere(Qt::Key_Return);
        });
        pickNew(comboAt(dialog, QStringLiteral("Site")));
        REQUIRE_FALSE(pendingFailure());
        CHECK(comboAt(dialog, QStringLiteral("Site"))->currentText().startsWith(site));

        whenDialog<ContactPersonDialog>("new mentor", [&](ContactPersonDialog *) {
            typeHere(mentor);
            pressHere(Qt::Key_Return);
        });
        pickNew(comboAt(dialog, QStringLiteral("Mentor")));
        REQUIRE_FALSE(pendingFailure());
        CHECK(comboAt(dialog, QStringLiteral("Mentor"))->currentText().startsWith(mentor));

        QWidget *from = fieldByLabel(dialog, QStringLiteral("Period"));
        typeDateInto(from, start);
        typeDateInto(dateBeside(from), end);
        click(dialog, QStringLiteral("Add placement"));
    });
    click(tab, QStringLiteral("Add placement…"));
    rethrowPending();
    p.active();

    auto *placements = qobject_cast<PlacementsTab *>(tab);
    REQUIRE(placements);
    clickRow(placements->placementView(),
             columnOf(placements->placementView(), QStringLiteral("Site")), site);
    QString offered;
    whenDialog<GenerateDaysDialog>("generate days", [&offered](GenerateDaysDialog *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(buttons);
        QPushButton *create = buttons->button(QDialogButtonBox::Ok);
        offered = shown(create->text());
        QTest::mouseClick(create, Qt::LeftButton);
    });
    click(tab, QStringLiteral("Generate days…"));
    rethrowPending();
    p.active();
    return offered;
}

/// 6. The personal plan saved as a PDF, for the learner and then for the workplace, from the
/// dossier's print dialog; the file name typed in the save dialog.
void printPlans(Program &p, const QString &forLearner, const QString &forWorkplace)
{
    const auto saveAs = [](QWidget *dialog, const QString &path) {
        whenDialog<QFileDialog>("save as PDF", [path](QFileDialog *) {
            pressHere(Qt::Key_A, Qt::ControlModifier);
            typeHere(path);
            pressHere(Qt::Key_Return);
        });
        click(dialog, QStringLiteral("Save as PDF…"));
        REQUIRE_FALSE(pendingFailure());
        activeAgain(dialog);
    };
    whenDialog<PlanDialog>("print plan", [&](PlanDialog *dialog) {
        click(dialog, QStringLiteral("The learner"));
        saveAs(dialog, forLearner);
        click(dialog, QStringLiteral("The workplace"));
        saveAs(dialog, forWorkplace);
        pressHere(Qt::Key_Escape);
    });
    click(p.window->dossier(), QStringLiteral("Print plan…"));
    rethrowPending();
    p.active();
}

/// After the restart in May 2027: the first days of both placements marked with the status
/// buttons' Alt keys.
void markDays(Program &p)
{
    auto *tab
        = qobject_cast<PlacementsTab *>(openTab(*p.window, QStringLiteral("Workplace learning")));
    REQUIRE(tab);
    QTableView *placements = tab->placementView();
    QTableView *days = tab->dayView();
    const int site = columnOf(placements, QStringLiteral("Site"));

    const int status = columnOf(days, QStringLiteral("Status"));
    // The status the table shows for a day, once the button's Alt key has pressed it (a
    // mnemonic presses its button as an animation: the click comes a moment later).
    const auto shownStatus = [days, status](QDate date, const QString &expected) {
        QString text;
        (void)QTest::qWaitFor([&] {
            for (int row = 0; row < days->model()->rowCount(); ++row) {
                if (days->model()->index(row, 0).data(Qt::EditRole).toDate() == date)
                    text = days->model()->index(row, status).data().toString();
            }
            return text == expected;
        });
        return text;
    };

    // The first placement: its first three days worked (Shift+Down adds the next day to the
    // selection), the fourth absent with a reason.
    clickRow(placements, site, Vlinder);
    REQUIRE(days->model()->rowCount() == 15);
    toFirstDay(days);
    QTest::keyClick(days, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(days, Qt::Key_Down, Qt::ShiftModifier);
    CHECK(days->selectionModel()->selectedRows().size() == 3);
    pressHere(Qt::Key_W, Qt::AltModifier); // &Worked
    CHECK(shownStatus(day(2026, 12, 1), QStringLiteral("Worked")) == QStringLiteral("Worked"));
    CHECK(shownStatus(day(2026, 12, 8), QStringLiteral("Worked")) == QStringLiteral("Worked"));
    QTest::keyClick(days, Qt::Key_Down);
    REQUIRE(days->currentIndex().data(Qt::EditRole).toDate() == day(2026, 12, 10));
    pressHere(Qt::Key_X, Qt::AltModifier); // Absent, e&xcused
    CHECK(shownStatus(day(2026, 12, 10), QStringLiteral("Absent (excused)"))
          == QStringLiteral("Absent (excused)"));

    // The second placement: its first day worked.
    clickRow(placements, site, Nestje);
    REQUIRE(days->model()->rowCount() == 26);
    toFirstDay(days);
    REQUIRE(days->currentIndex().data(Qt::EditRole).toDate() == day(2027, 2, 2));
    pressHere(Qt::Key_W, Qt::AltModifier);
    CHECK(shownStatus(day(2027, 2, 2), QStringLiteral("Worked")) == QStringLiteral("Worked"));
}

/// 7. After the restart in October 2027: the aftercare agreement, the phase "Aftercare" and the
/// job as the outcome.
void aftercareAndJob(Program &p)
{
    QWidget *tab = openTab(*p.window, QStringLiteral("Aftercare"));
    typeDateAt(tab, QStringLiteral("Training ends on"), day(2027, 9, 13));
    typeDateAt(tab, QStringLiteral("Aftercare starts on"), day(2027, 9, 14));
    click(tab, QStringLiteral("Record agreement"));

    QWidget *bar = p.window->dossier()->findChild<QWidget *>(QStringLiteral("phaseProposal"));
    if (bar && bar->isVisible()) {
        whenDialog<PhaseChangeDialog>("proposed phase change", [](PhaseChangeDialog *dialog) {
            CHECK(comboAt(dialog, QStringLiteral("New phase"))->currentText()
                  == QStringLiteral("Aftercare"));
            click(dialog, QStringLiteral("Change phase"));
        });
        acceptProposal(bar);
    } else {
        whenDialog<PhaseChangeDialog>("phase change", [](PhaseChangeDialog *dialog) {
            pick(comboAt(dialog, QStringLiteral("New phase")), QStringLiteral("Aftercare"));
            typeDateAt(dialog, QStringLiteral("Date"), day(2027, 9, 14));
            click(dialog, QStringLiteral("Change phase"));
        });
        click(p.window->dossier(), QStringLiteral("Change phase…"));
    }
    rethrowPending();
    p.active();

    tab = openTab(*p.window, QStringLiteral("Aftercare"));
    typeDateAt(tab, QStringLiteral("Outcome date"), day(2027, 10, 1));
    pick(comboAt(tab, QStringLiteral("Outcome")), QStringLiteral("Job in childcare"));
    auto *employer = comboAt(tab, QStringLiteral("Employer"));
    REQUIRE(employer->lineEdit());
    QTest::mouseClick(employer->lineEdit(), Qt::LeftButton);
    typeHere(Vlinder);
    // The address book offers De Vlinder as the name is typed: Enter takes it.
    if (employer->completer()->popup()->isVisible())
        QTest::keyClick(employer->completer()->popup(), Qt::Key_Return);
    pressHere(Qt::Key_Tab);
    pick(comboAt(tab, QStringLiteral("Contract")), QStringLiteral("Permanent contract"));
    pick(comboAt(tab, QStringLiteral("Regime")), QStringLiteral("4/5"));
    typeInto(fieldByLabel(tab, QStringLiteral("Hours per week")), QStringLiteral("30,4"));
    // Everything agrees (after the training, in the aftercare, not after today): no question.
    QString doubts;
    whenDialog<QMessageBox>(
        "doubts about the outcome",
        [&doubts](QMessageBox *box) {
            doubts = box->informativeText();
            click(box, QStringLiteral("Back"));
        },
        true);
    click(tab, QStringLiteral("Record outcome"));
    rethrowPending();
    p.active();
    CHECK(doubts.isEmpty());
}

/// The dates of the days of a placement, and those with a status.
QList<QDate> datesOf(const std::vector<PlacementDay> &days,
                     std::optional<PlacementDayStatus> status = std::nullopt)
{
    QList<QDate> dates;
    for (const auto &placementDay : days) {
        if (!status || placementDay.status == *status)
            dates.append(placementDay.date);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

/// Days written out by hand, month by month from `year` on (a month lower than the one before
/// is in the next year).
QList<QDate> daysByHand(const QList<std::pair<int, QList<int>>> &months, int year)
{
    QList<QDate> dates;
    int y = year;
    int previous = 0;
    for (const auto &[month, days] : months) {
        if (month < previous)
            ++y;
        previous = month;
        for (int d : days)
            dates.append(QDate(y, month, d));
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

} // namespace

TEST_CASE("a whole trajectory typed into a new database, from the new candidate to the job, is "
          "all still there after a restart",
          "[trajectory]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("trajecten.sqlite"));
    const QString learnerPdf = folder.filePath(QStringLiteral("plan Samira.pdf"));
    const QString workplacePdf = folder.filePath(QStringLiteral("plan werkplek Samira.pdf"));
    QString firstOffer;
    QString secondOffer;

    {
        // Monday 14 September 2026: the new, empty file (with the shipped programmes).
        Program p(file, QDateTime(day(2026, 9, 14), QTime(9, 30)));
        REQUIRE(p.db->isNew());
        REQUIRE(require(ProgrammeRepository(*p.db, p.clock).all()).size() == 2);
        REQUIRE(require(LearnerRepository(*p.db, p.clock).count()) == 0);

        newCandidateWithIntake(p);
        fillProfile(p);
        enrolAndStartTraining(p);
        addChristmasClosure(p);
        firstOffer = addPlacementWithDays(p, Vlinder, QStringLiteral("Brugge"),
                                          QStringLiteral("Hilde Vandamme"), day(2026, 12, 1),
                                          day(2027, 1, 29));
        secondOffer = addPlacementWithDays(p, Nestje, QStringLiteral("Oostkamp"),
                                           QStringLiteral("Ann Peeters"), day(2027, 2, 1),
                                           day(2027, 4, 30));
        printPlans(p, learnerPdf, workplacePdf);
    }
    CHECK(firstOffer == QStringLiteral("Create 15 day(s)"));
    CHECK(secondOffer == QStringLiteral("Create 26 day(s)"));

    // Both PDFs are there and name her.
    for (const QString &pdf : { learnerPdf, workplacePdf }) {
        INFO(pdf.toStdString());
        REQUIRE(QFile::exists(pdf));
        CHECK(pdfText(pdf).contains(Samira));
    }

    {
        // Monday 3 May 2027, the program started again: the first days are marked.
        Program p(file, QDateTime(day(2027, 5, 3), QTime(16, 0)));
        CHECK_FALSE(p.db->isNew());
        p.openSamira();
        markDays(p);
    }
    {
        // Monday 4 October 2027: the training has ended; aftercare and the job.
        Program p(file, QDateTime(day(2027, 10, 4), QTime(11, 0)));
        p.openSamira();
        aftercareAndJob(p);
    }

    // 8. Started once more: what is stored.
    Program p(file, QDateTime(day(2027, 10, 4), QTime(11, 30)));
    Database &db = *p.db;
    const Clock &clock = p.clock;
    REQUIRE(p.window->caseloadModel()->rowCount() == 1);
    p.openSamira();

    const auto learners = require(LearnerRepository(db, clock).all());
    REQUIRE(learners.size() == 1);
    const Learner samira = learners.front();
    CHECK(samira.fullName() == Samira);
    CHECK(samira.birthDate == day(1986, 3, 14));
    CHECK(samira.employmentService == EmploymentService::Vdab);
    CHECK(samira.nt2Level == Nt2Level::L2_4);
    CHECK(samira.homeLanguage == QStringLiteral("Arabisch"));
    CHECK(samira.phase == Phase::Aftercare);
    CHECK(samira.phaseSince == day(2027, 9, 14));

    // The referrer and the sites and people made in place.
    const auto organisations = require(OrganisationRepository(db, clock).organisations());
    QStringList names;
    for (const auto &organisation : organisations)
        names << organisation.name;
    names.sort();
    CHECK(names == QStringList { Vlinder, Nestje, QStringLiteral("VDAB") });
    std::optional<Organisation> vdab;
    for (const auto &organisation : organisations) {
        if (organisation.name == QStringLiteral("VDAB"))
            vdab = organisation;
    }
    REQUIRE(vdab);
    CHECK(vdab->kind == OrganisationKind::Vdab);
    CHECK(samira.referrerId == vdab->id);

    // The intake: its day, its answers, the decision, its barrier and action.
    const auto intakes = require(IntakeRepository(db, clock).forLearner(samira.id));
    REQUIRE(intakes.size() == 1);
    const Intake intake = intakes.front();
    CHECK(intake.date == day(2026, 9, 10));
    CHECK(intake.isFinished());
    CHECK(intake.decision == IntakeDecision::Admitted);
    const IntakeAnswers answers = require(IntakeRepository(db, clock).answers(intake.id));
    CHECK(answers.value(QStringLiteral("employment_service")) == QStringLiteral("vdab"));
    CHECK(answers.value(QStringLiteral("nt2_level")) == QStringLiteral("2.4"));
    CHECK(answers.value(QStringLiteral("home_language")) == QStringLiteral("Arabisch"));
    BarrierRepository barrierRepository(db, clock);
    const auto barriers = require(barrierRepository.barriersFor(samira.id));
    REQUIRE(barriers.size() == 1);
    CHECK(barriers.front().category == BarrierCategory::Language);
    CHECK(barriers.front().description
          == QStringLiteral("Schrijven in het Nederlands gaat nog moeizaam"));
    CHECK(barriers.front().detectedInPhase == Phase::Intake);
    const auto actions = require(barrierRepository.actionsFor(samira.id));
    REQUIRE(actions.size() == 1);
    CHECK(actions.front().barrierId == barriers.front().id);
    CHECK(actions.front().description
          == QStringLiteral("Inschrijven bij het Huis van het Nederlands"));

    // The enrolment.
    const auto enrolments = require(EnrolmentRepository(db, clock).forLearner(samira.id));
    REQUIRE(enrolments.size() == 1);
    CHECK(enrolments.front().start == day(2026, 9, 14));
    CHECK(enrolments.front().plannedEnd == day(2027, 9, 13));
    CHECK(enrolments.front().variant == EnrolmentVariant::Months12);
    const auto programme
        = require(ProgrammeRepository(db, clock).get(enrolments.front().programmeId));
    CHECK(programme.name == QStringLiteral("Kinderbegeleider baby's en peuters (CVO)"));

    // The phases: referred on 01/09, the interview of 10/09 (the intake phase moves to the day it
    // was held), admitted to the orientation on the day of the interview, the training from its
    // start on 14/09/2026, the aftercare from 14/09/2027.
    const auto history = require(LearnerRepository(db, clock).phaseHistory(samira.id));
    QStringList steps;
    for (const auto &step : history)
        steps << label(step.to) + QStringLiteral(" ") + step.date.toString(Qt::ISODate);
    CHECK(steps
          == QStringList { QStringLiteral("Referral 2026-09-01"),
                           QStringLiteral("Intake and screening 2026-09-10"),
                           QStringLiteral("Orientation 2026-09-10"),
                           QStringLiteral("Training 2026-09-14"),
                           QStringLiteral("Aftercare 2027-09-14") });

    // The closure.
    const auto closures = require(CalendarRepository(db, clock).all());
    REQUIRE(closures.size() == 1);
    CHECK(closures.front().name == QStringLiteral("Kerstvakantie"));
    CHECK(closures.front().start == day(2026, 12, 24));
    CHECK(closures.front().end == day(2027, 1, 1));
    CHECK_FALSE(closures.front().siteId);

    // The placements and their days, none in the closure.
    PlacementRepository placementRepository(db, clock);
    auto placements = require(placementRepository.forLearner(samira.id));
    REQUIRE(placements.size() == 2);
    std::sort(placements.begin(), placements.end(),
              [](const Placement &a, const Placement &b) { return a.start < b.start; });
    const Placement first = placements.at(0);
    const Placement second = placements.at(1);
    CHECK(first.start == day(2026, 12, 1));
    CHECK(first.end == day(2027, 1, 29));
    CHECK(second.start == day(2027, 2, 1));
    CHECK(second.end == day(2027, 4, 30));
    CHECK(first.enrolmentId == enrolments.front().id);
    const auto persons = require(OrganisationRepository(db, clock).persons());
    const auto siteName = [&](std::optional<qint64> id) {
        for (const auto &organisation : organisations) {
            if (id && organisation.id == *id)
                return organisation.name;
        }
        return QString();
    };
    const auto personName = [&](std::optional<qint64> id) {
        for (const auto &person : persons) {
            if (id && person.id == *id)
                return person.name + QStringLiteral(", ") + siteName(person.organisationId);
        }
        return QString();
    };
    // Each mentor works at the site of the placement she was made for.
    CHECK(siteName(first.siteId) == Vlinder);
    CHECK(personName(first.mentorId) == QStringLiteral("Hilde Vandamme, ") + Vlinder);
    CHECK(siteName(second.siteId) == Nestje);
    CHECK(personName(second.mentorId) == QStringLiteral("Ann Peeters, ") + Nestje);

    const auto firstDays = require(placementRepository.days(first.id));
    const auto secondDays = require(placementRepository.days(second.id));
    CHECK(datesOf(firstDays)
          == daysByHand(
              { { 12, { 1, 3, 8, 10, 15, 17, 22 } }, { 1, { 5, 7, 12, 14, 19, 21, 26, 28 } } },
              2026));
    CHECK(datesOf(secondDays)
          == daysByHand({ { 2, { 2, 4, 9, 11, 16, 18, 23, 25 } },
                          { 3, { 2, 4, 9, 11, 16, 18, 23, 25, 30 } },
                          { 4, { 1, 6, 8, 13, 15, 20, 22, 27, 29 } } },
                        2027));
    for (const auto &placementDay : firstDays) {
        INFO(placementDay.date.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(
            (placementDay.date >= day(2026, 12, 24) && placementDay.date <= day(2027, 1, 1)));
    }
    CHECK(datesOf(firstDays, PlacementDayStatus::Worked)
          == QList<QDate> { day(2026, 12, 1), day(2026, 12, 3), day(2026, 12, 8) });
    CHECK(datesOf(firstDays, PlacementDayStatus::AbsentExcused)
          == QList<QDate> { day(2026, 12, 10) });
    CHECK(datesOf(firstDays, PlacementDayStatus::Planned).size() == 15 - 4);
    CHECK(datesOf(secondDays, PlacementDayStatus::Worked) == QList<QDate> { day(2027, 2, 2) });
    CHECK(datesOf(secondDays, PlacementDayStatus::Planned).size() == 26 - 1);

    // The two plans kept as versions: for her, then for the workplace.
    auto versions
        = require(PlanVersionRepository(db, clock).forLearner(samira.id, DocumentKind::Plan));
    REQUIRE(versions.size() == 2);
    std::sort(versions.begin(), versions.end(),
              [](const PlanVersion &a, const PlanVersion &b) { return a.number < b.number; });
    CHECK(versions.at(0).number == 1);
    CHECK(versions.at(0).audience == QStringLiteral("learner"));
    CHECK(versions.at(1).number == 2);
    CHECK(versions.at(1).audience == QStringLiteral("workplace"));
    CHECK(versions.at(0).createdAt.date() == day(2026, 9, 14));

    // The aftercare and the job.
    const auto aftercare = require(LearnerRepository(db, clock).aftercare(samira.id));
    REQUIRE(aftercare);
    CHECK(aftercare->trainingEnd == day(2027, 9, 13));
    CHECK(aftercare->start == day(2027, 9, 14));
    CHECK(aftercare->months == 6);
    CHECK(aftercare->end() == day(2028, 3, 13));
    const auto outcome = require(LearnerRepository(db, clock).outcome(samira.id));
    REQUIRE(outcome);
    CHECK(outcome->date == day(2027, 10, 1));
    CHECK(outcome->kind == OutcomeKind::JobChildcare);
    CHECK(outcome->employer == Vlinder);
    CHECK(outcome->contractType == ContractType::Permanent);
    CHECK(outcome->regime == WorkRegime::FourFifths);
    REQUIRE(outcome->hoursPerWeek);
    CHECK(*outcome->hoursPerWeek == Approx(30.4));
}

} // namespace TRAJECT_UNITY_ID
