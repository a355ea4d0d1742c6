// SPDX-License-Identifier: GPL-3.0-or-later
// Accidental input. Return on a closed choice submitted a new placement with
// default dates; after a status button the focus stayed on it, so that typing a note with spaces
// marked more days absent; the note editor in the days table had no visible frame.
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "NewLearnerDialog.h"
#include "Session.h"
#include "caseload/CaseloadModel.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"
#include "dossier/PlacementsTab.h"
#include "dossier/placements/PlacementDayModel.h"
#include "dossier/placements/PlacementDialog.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::activate;
using traject::test::buttonWithText;
using traject::test::require;

namespace {

/// The demo caseload plus "Lina Haddad" with a placement at a childcare site on Tuesdays and
/// Thursdays and five days still planned after today (Friday 14 March 2025), in a main window of
/// 1366×768, shown and active.
struct Window
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<MainWindow> window;
    qint64 learner = 0;
    qint64 placement = 0;
    const QList<QDate> dates { QDate(2025, 3, 18), QDate(2025, 3, 20), QDate(2025, 3, 25),
                               QDate(2025, 3, 27), QDate(2025, 4, 1) };

    Window()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        Learner lina;
        lina.firstName = QStringLiteral("Lina");
        lina.lastName = QStringLiteral("Haddad");
        learner = require(LearnerRepository(*db, clock).add(lina));
        Placement p;
        p.learnerId = learner;
        for (const auto &organisation : require(OrganisationRepository(*db, clock).organisations()))
            if (organisation.kind == OrganisationKind::ChildcareSite)
                p.siteId = organisation.id;
        REQUIRE(p.siteId);
        p.start = QDate(2025, 3, 3);
        p.end = QDate(2025, 4, 30);
        p.pattern = WeekPattern { Qt::Tuesday, Qt::Thursday };
        placement = require(PlacementRepository(*db, clock).add(p));
        QList<PlacementDay> days;
        for (const QDate date : dates) {
            PlacementDay day;
            day.date = date;
            day.plannedHours = 7.6;
            days.append(day);
        }
        require(PlacementRepository(*db, clock).addDays(placement, days));

        window = std::make_unique<MainWindow>(*db, clock);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    /// Opens the learner's dossier with a click on the row in the caseload list.
    void openLearner(qint64 id)
    {
        QTableView *list = window->caseloadView();
        QModelIndex row;
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 0).data(CaseloadModel::IdRole).toLongLong() == id)
                row = list->model()->index(r, 0);
        }
        REQUIRE(row.isValid());
        list->scrollTo(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        REQUIRE(window->dossier()->learnerId() == id);
    }

    /// Opens the learner's "Workplace learning" tab with a click on it.
    PlacementsTab *openPlacements(qint64 id)
    {
        openLearner(id);
        QTabBar *tabs = window->dossier()->tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {},
                          tabs->tabRect(DossierWidget::Placements).center());
        auto *tab = qobject_cast<PlacementsTab *>(window->dossier()->tabs()->currentWidget());
        REQUIRE(tab);
        return tab;
    }

    std::vector<PlacementDay> days() const
    {
        return require(PlacementRepository(*db, clock).days(placement));
    }
};

/// The text of the label in front of a field (or of the row it is in), without its mnemonic.
QString labelOf(const QWidget *dialog, const QWidget *field)
{
    // The label whose buddy the field is: what its Alt key reaches and a screen reader reads.
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        if (label->buddy() == field)
            return QString(label->text()).remove(QLatin1Char('&'));
    return {};
}

/// What Return did on each choice of a dialog, found out while the dialog was open.
struct ReturnOnChoices
{
    QStringList choices; // the labels of the choices Return was pressed on
    bool listOpened = true; // every time, the choice opened its list
    bool dialogStayed = true; // every time, the dialog stayed open
    bool closedByEscape = true; // at last, Escape closed it
};

/// Presses Return on the choice that has the focus in the active modal dialog, then walks on
/// with Tab and does so again on the next choices (at most `count`), closing each list with
/// Escape; at last Escape closes the dialog.
void pressReturnOnChoices(ReturnOnChoices &seen, int count)
{
    QPointer<QDialog> dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
    if (!activate(dialog))
        return;

    for (int tabs = 0; tabs < 20 && seen.choices.size() < count && dialog; ++tabs) {
        if (!dialog->isAncestorOf(QApplication::focusWidget()))
            break;
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        if (combo && !combo->isEditable()) {
            seen.choices.append(labelOf(dialog, combo));
            QTest::keyClick(combo, Qt::Key_Return);
            const bool opened
                = QTest::qWaitFor([combo] { return combo->view()->isVisible(); }, 500);
            seen.listOpened = seen.listOpened && opened;
            seen.dialogStayed = seen.dialogStayed && dialog && dialog->isVisible();
            if (opened) {
                QTest::keyClick(combo->view(), Qt::Key_Escape);
                (void)QTest::qWaitFor([combo] { return !combo->view()->isVisible(); });
            }
        }
        if (!dialog || !dialog->isVisible())
            break;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    if (dialog && dialog->isVisible())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    // Never left open: the test would wait for it for ever.
    if (dialog && dialog->isVisible()) {
        seen.closedByEscape = false;
        dialog->reject();
    }
}

} // namespace

TEST_CASE("Return on a closed choice in the placement dialog opens its list and adds nothing",
          "[accidental]")
{
    Window w;
    PlacementsTab *tab = w.openPlacements(w.learner);
    const auto before = require(PlacementRepository(*w.db, w.clock).forLearner(w.learner));
    const int steps = w.window->session()->undoStack()->count();

    QPushButton *add = buttonWithText(tab, QStringLiteral("Add placement…"));
    REQUIRE(add);
    ReturnOnChoices seen;
    // Kind, site, mentor and placement supervisor: the four choices of the dialog.
    QTimer::singleShot(0, [&seen] { pressReturnOnChoices(seen, 4); });
    QTest::mouseClick(add, Qt::LeftButton);

    CHECK(seen.choices
          == QStringList { QStringLiteral("Kind"), QStringLiteral("Site"), QStringLiteral("Mentor"),
                           QStringLiteral("Placement supervisor") });
    CHECK(seen.listOpened);
    CHECK(seen.dialogStayed);
    CHECK(seen.closedByEscape);
    CHECK(require(PlacementRepository(*w.db, w.clock).forLearner(w.learner)) == before);
    CHECK(w.window->session()->undoStack()->count() == steps);
}

TEST_CASE("Return on the phase in the new-learner dialog opens its list and adds nobody",
          "[accidental]")
{
    Window w;
    LearnerRepository learners(*w.db, w.clock);
    const int count = require(learners.count());
    const int steps = w.window->session()->undoStack()->count();

    ReturnOnChoices seen;
    QString typedInto;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<NewLearnerDialog *>(QApplication::activeModalWidget());
        if (!activate(dialog))
            return;
        // The names first, as a SPOC does; then Tab to the phase.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Amina"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("El Idrissi"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        pressReturnOnChoices(seen, 1);
    });
    // File > New learner… by its keys (Ctrl+N).
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);

    CHECK(seen.choices == QStringList { QStringLiteral("Phase") });
    CHECK(seen.listOpened);
    CHECK(seen.dialogStayed);
    CHECK(seen.closedByEscape);
    CHECK(require(learners.count()) == count);
    CHECK(w.window->session()->undoStack()->count() == steps);
}

TEST_CASE("after a status button the keys go to the days table: a note typed with spaces marks "
          "no other day",
          "[accidental]")
{
    Window w;
    PlacementsTab *tab = w.openPlacements(w.learner);
    REQUIRE(tab->placementId() == w.placement);
    QTableView *days = tab->dayView();
    REQUIRE(days->model()->rowCount() == 5);

    // The second day (Thursday 20 March) with a click, then "Absent, excused" with a click.
    const QModelIndex second = days->model()->index(1, PlacementDayModel::Date);
    QTest::mouseClick(days->viewport(), Qt::LeftButton, {}, days->visualRect(second).center());
    auto *excused = tab->findChild<QPushButton *>(QStringLiteral("mark-absent_excused"));
    REQUIRE(excused);
    QTest::mouseClick(excused, Qt::LeftButton);
    CHECK(QApplication::focusWidget() == days);

    // The SPOC starts to type why, with spaces between the words.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ziek met attest van de dokter"));

    const auto stored = w.days();
    REQUIRE(stored.size() == 5);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        INFO("the day of " << stored[i].date.toString(Qt::ISODate).toStdString());
        CHECK(stored[i].status
              == (i == 1 ? PlacementDayStatus::AbsentExcused : PlacementDayStatus::Planned));
    }
    // Tab does not stop on the status buttons either: their Alt keys reach them.
    for (QPushButton *button : tab->findChildren<QPushButton *>()) {
        if (button->objectName().startsWith(QStringLiteral("mark-"))) {
            INFO(button->objectName().toStdString());
            CHECK(button->focusPolicy() == Qt::NoFocus);
        }
    }
}

TEST_CASE("the note editor in the days table has a visible frame", "[accidental]")
{
    Window w;
    PlacementsTab *tab = w.openPlacements(w.learner);
    QTableView *days = tab->dayView();
    const QModelIndex note = days->model()->index(2, PlacementDayModel::Note);
    QTest::mouseClick(days->viewport(), Qt::LeftButton, {}, days->visualRect(note).center());
    QTest::mouseDClick(days->viewport(), Qt::LeftButton, {}, days->visualRect(note).center());
    auto *editor = qobject_cast<QLineEdit *>(days->indexWidget(note));
    REQUIRE(editor);
    REQUIRE(QTest::qWaitFor([editor] { return editor->isVisible() && editor->hasFocus(); }));
    CHECK(editor->hasFrame());

    // The frame is seen: the editor's left edge is drawn darker than the field inside it.
    const QImage picture = editor->grab().toImage();
    days->grab().save(QStringLiteral("/tmp/traject-days-note-editor.png"));
    const QColor inside = editor->palette().color(QPalette::Base);
    const QColor edge = picture.pixelColor(0, picture.height() / 2);
    CAPTURE(edge.name().toStdString(), inside.name().toStdString());
    CHECK(inside.lightness() - edge.lightness() > 40);

    // What is typed there is the note of that day, and only of that day.
    QTest::keyClicks(editor, QStringLiteral("bus staakte"));
    QTest::keyClick(editor, Qt::Key_Return);
    // Return stores the note and closes the editor (queued by the view).
    CHECK(QTest::qWaitFor([days, note] { return days->indexWidget(note) == nullptr; }));
    const auto stored = w.days();
    REQUIRE(stored.size() == 5);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        INFO("the day of " << stored[i].date.toString(Qt::ISODate).toStdString());
        CHECK(stored[i].note == (i == 2 ? QStringLiteral("bus staakte") : QString()));
        CHECK(stored[i].status == PlacementDayStatus::Planned);
    }
}

} // namespace TRAJECT_UNITY_ID
