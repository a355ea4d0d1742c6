// SPDX-License-Identifier: GPL-3.0-or-later
// The learner's timeline tab and the caseload timeline: zoom, tooltips, opening items and
// dragging placement days.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "demo/DemoData.h"
#include "documents/TimelinePainter.h"
#include "dossier/BarriersTab.h"
#include "dossier/DossierWidget.h"
#include "dossier/PlacementsTab.h"
#include "dossier/barriers/BarrierModel.h"
#include "dossier/placements/PlacementDayModel.h"
#include "planning/PlacementPlanner.h"
#include "storage/CalendarRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "timeline/CaseloadTimelineView.h"
#include "timeline/LearnerTimeline.h"
#include "timeline/LearnerTimelineTab.h"
#include "timeline/TimelineCanvas.h"
#include "timeline/TimelineToolbar.h"
#include "widgets/TableSection.h"

#include <QComboBox>
#include <QDialog>
#include <QHash>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::timeline;
using traject::test::require;

namespace {

struct Demo
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;

    Demo()
    {
        (void)require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
    }

    PlacementRepository placements() const { return { *db, clock }; }

    /// A planned placement day of some learner and a date it may move to, a few days later.
    struct Move
    {
        qint64 learner = 0;
        PlacementDay day;
        QDate to;
        QDate weekend; // a Saturday within the placement
    };
    Move findMove() const
    {
        const auto closures = require(CalendarRepository(*db, clock).all());
        const WorkCalendar calendar(QList<ClosurePeriod>(closures.begin(), closures.end()));
        for (const Learner &learner : require(LearnerRepository(*db, clock).all())) {
            const auto booked = require(placements().bookedDates(learner.id));
            for (const auto &[placement, days] :
                 require(placements().withDaysForLearner(learner.id))) {
                for (const PlacementDay &day : days) {
                    if (day.status != PlacementDayStatus::Planned)
                        continue;
                    for (int shift = 1; shift < 10; ++shift) {
                        const QDate to = day.date.addDays(shift);
                        QDate saturday = day.date.addDays(6 - day.date.dayOfWeek());
                        if (checkDayMove(day, placement, to, calendar, booked).ok()
                            && placement.contains(saturday) && saturday > day.date)
                            return { learner.id, day, to, saturday };
                    }
                }
            }
        }
        FAIL("the demo caseload has no planned day that can move");
        return {};
    }
};

int indexOf(const Timeline &t, ItemKind kind, qint64 id)
{
    for (size_t i = 0; i < t.items.size(); ++i) {
        if (t.items[i].kind == kind && t.items[i].id == id)
            return int(i);
    }
    return -1;
}

/// Drags the item by a number of days, with the mouse.
void dragDays(TimelineCanvas &canvas, int index, qint64 days)
{
    const QPoint from = canvas.itemRectOnScreen(index).center();
    const QPoint to = from + QPoint(int(days * canvas.scene().scale().dayWidth()), 0);
    QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas.viewport(), from + QPoint(4, 0));
    QTest::mouseMove(canvas.viewport(), to);
    QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, to);
}

/// Saves a picture of the widget when TRAJECT_SCREENSHOTS names a folder (to look at the views).
void screenshot(QWidget &widget, const QString &name)
{
    if (const QByteArray dir = qgetenv("TRAJECT_SCREENSHOTS"); !dir.isEmpty())
        widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name
                           + QStringLiteral(".png"));
}

/// Shows the learner's dossier at its timeline tab.
LearnerTimelineTab *openTimeline(DossierWidget &dossier, qint64 learner)
{
    dossier.resize(900, 600);
    dossier.show();
    dossier.showLearner(learner);
    dossier.tabs()->setCurrentIndex(DossierWidget::Timeline);
    return qobject_cast<LearnerTimelineTab *>(dossier.tab(DossierWidget::Timeline));
}

} // namespace

TEST_CASE("the learner's timeline shows the dossier in lanes and opens items in their tab",
          "[timeline]")
{
    Demo demo;
    const auto move = demo.findMove();
    DossierWidget dossier(*demo.session);
    LearnerTimelineTab *tab = openTimeline(dossier, move.learner);
    REQUIRE(tab);
    TimelineCanvas *canvas = tab->canvas();
    REQUIRE(canvas->timeline().rows.size() == int(Lane::Count));
    const int dayIndex = indexOf(canvas->timeline(), ItemKind::PlacementDay, move.day.id);
    REQUIRE(dayIndex >= 0);

    // Today is in view when the tab opens.
    CHECK(canvas->firstVisibleDate() <= demo.clock.today());
    CHECK(canvas->scene().scale().dateAt(canvas->horizontalScrollBar()->value()
                                         + canvas->viewport()->width() - TimelineCanvas::titleWidth)
          > demo.clock.today());

    canvas->scrollToDate(move.day.date);
    const QPoint onDay = canvas->itemRectOnScreen(dayIndex).center();
    CHECK(canvas->itemAt(onDay) == dayIndex);

    screenshot(dossier, QStringLiteral("learner-timeline"));
    QSignalSpy opened(tab, &LearnerTimelineTab::openItem);
    QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, onDay);
    REQUIRE(opened.size() == 1);
    CHECK(dossier.tabs()->currentIndex() == DossierWidget::Placements);
    // There, the placement and the day are selected.
    auto *placements = qobject_cast<PlacementsTab *>(dossier.tab(DossierWidget::Placements));
    CHECK(placements->placementId() == move.day.placementId);
    CHECK(placements->dayView()->currentIndex().row()
          == placements->dayModel()->rowOf(move.day.id));

    // A barrier opens in the barriers tab, selected.
    const Timeline &t = canvas->timeline();
    const auto barrier = std::find_if(t.items.begin(), t.items.end(), [](const Item &item) {
        return item.kind == ItemKind::Barrier;
    });
    if (barrier != t.items.end()) {
        dossier.showItem(*barrier);
        CHECK(dossier.tabs()->currentIndex() == DossierWidget::Barriers);
        auto *barriers = qobject_cast<BarriersTab *>(dossier.tab(DossierWidget::Barriers));
        CHECK(barriers->barrierSection()->view()->currentIndex().row()
              == barriers->barrierModel()->rowOf(barrier->id));
    }
}

TEST_CASE("zooming keeps the date under the pointer in place", "[timeline]")
{
    Demo demo;
    const auto move = demo.findMove();
    LearnerTimelineTab tab(*demo.session);
    tab.resize(900, 500);
    tab.show();
    tab.showLearner(move.learner);
    TimelineCanvas *canvas = tab.canvas();
    REQUIRE(canvas->zoom() == Zoom::Month);
    canvas->scrollToDate(move.day.date);
    const int x = TimelineCanvas::titleWidth + 200;
    const auto dateAtX = [&] {
        return canvas->scene().scale().dateAt(canvas->horizontalScrollBar()->value() + 200);
    };
    const QDate before = dateAtX();

    QTest::keyClick(canvas, Qt::Key_Minus);
    CHECK(canvas->zoom() == Zoom::Semester);
    CHECK(tab.toolbar()->zoomBox()->currentData().toInt() == int(Zoom::Semester));
    QTest::keyClick(canvas, Qt::Key_Plus);
    CHECK(canvas->zoom() == Zoom::Month);

    canvas->setZoom(Zoom::Week, x);
    CHECK(dateAtX() == before);
    canvas->setZoom(Zoom::Year, x);
    CHECK(std::abs(dateAtX().daysTo(before)) <= 1);
    canvas->setZoom(Zoom::Year, x); // no change: nothing happens
    CHECK(canvas->zoom() == Zoom::Year);
}

TEST_CASE("dragging a planned day moves it at once, refuses a weekend, and undo puts it back",
          "[timeline]")
{
    Demo demo;
    const auto move = demo.findMove();
    LearnerTimelineTab tab(*demo.session);
    tab.resize(1000, 500);
    tab.show();
    tab.showLearner(move.learner);
    TimelineCanvas *canvas = tab.canvas();
    canvas->scrollToDate(move.day.date);

    SECTION("to a free working day")
    {
        dragDays(*canvas, indexOf(canvas->timeline(), ItemKind::PlacementDay, move.day.id),
                 move.day.date.daysTo(move.to));
        CHECK(require(demo.placements().day(move.day.id)).date == move.to);
        CHECK(tab.toolbar()->messageLabel()->text().contains(move.to.toString(u"dd/MM/yyyy")));
        // The timeline shows it there.
        const int moved = indexOf(canvas->timeline(), ItemKind::PlacementDay, move.day.id);
        CHECK(canvas->timeline().items[size_t(moved)].start == move.to);

        demo.session->undoStack()->undo();
        CHECK(require(demo.placements().day(move.day.id)) == move.day);
        demo.session->undoStack()->redo();
        CHECK(require(demo.placements().day(move.day.id)).date == move.to);
    }

    SECTION("to a Saturday: refused with the reason, nothing stored")
    {
        const int undoCount = demo.session->undoStack()->count();
        dragDays(*canvas, indexOf(canvas->timeline(), ItemKind::PlacementDay, move.day.id),
                 move.day.date.daysTo(move.weekend));
        CHECK(require(demo.placements().day(move.day.id)) == move.day);
        CHECK(demo.session->undoStack()->count() == undoCount);
        CHECK(tab.toolbar()->messageLabel()->text().contains(move.weekend.toString(u"dd/MM/yyyy")));
    }

    SECTION("a short click does not move anything")
    {
        const QPoint at = canvas
                              ->itemRectOnScreen(
                                  indexOf(canvas->timeline(), ItemKind::PlacementDay, move.day.id))
                              .center();
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at);
        CHECK(require(demo.placements().day(move.day.id)) == move.day);
        CHECK(demo.session->undoStack()->count() == 0);
    }
}

TEST_CASE("the caseload timeline filters, sorts, opens a learner and moves days", "[timeline]")
{
    Demo demo;
    MainWindow window(*demo.db, demo.clock);
    window.resize(1366, 768);
    window.show();
    window.showCaseloadTimeline();
    CaseloadTimelineView *view = window.caseloadTimeline();
    REQUIRE(view->isVisible());
    TimelineCanvas *canvas = view->canvas();
    // At first the trajectories that still run: no one who stopped or went out.
    const int ongoing = int(canvas->timeline().rows.size());
    CHECK(ongoing > 0);
    CHECK(ongoing < 25);
    for (const Row &row : canvas->timeline().rows) {
        const Learner learner = require(LearnerRepository(*demo.db, demo.clock).get(row.key));
        CHECK(learner.phase != Phase::Stopped);
        CHECK(learner.phase != Phase::Outflow);
    }
    screenshot(window, QStringLiteral("caseload-timeline"));

    view->phaseFilter()->setCurrentIndex(view->phaseFilter()->findData(int(Phase::Training)));
    const int training = int(canvas->timeline().rows.size());
    CHECK(training > 0);
    CHECK(training < ongoing);
    view->phaseFilter()->setCurrentIndex(1); // all phases
    CHECK(canvas->timeline().rows.size() == 25);

    view->sortOrder()->setCurrentIndex(view->sortOrder()->findData(int(CaseloadSort::Name)));
    const QString first = canvas->timeline().rows.first().title;
    CHECK(std::is_sorted(canvas->timeline().rows.begin(), canvas->timeline().rows.end(),
                         [](const Row &a, const Row &b) {
                             return QString::localeAwareCompare(a.title, b.title) < 0;
                         }));

    // Drag a day in the caseload: stored, and the list's dossier follows through the session.
    const auto move = demo.findMove();
    canvas->scrollToDate(move.day.date);
    int index = indexOf(canvas->timeline(), ItemKind::PlacementDay, move.day.id);
    REQUIRE(index >= 0);
    const int row = canvas->timeline().items[size_t(index)].row;
    canvas->verticalScrollBar()->setValue(int(canvas->scene().layout().top(row)));
    dragDays(*canvas, index, move.day.date.daysTo(move.to));
    CHECK(require(demo.placements().day(move.day.id)).date == move.to);
    window.session()->undoStack()->undo();
    CHECK(require(demo.placements().day(move.day.id)).date == move.day.date);

    // Double-click the day: the dossier of its learner opens at the placements.
    index = indexOf(canvas->timeline(), ItemKind::PlacementDay, move.day.id);
    QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {},
                       canvas->itemRectOnScreen(index).center());
    CHECK(window.dossier()->isVisible());
    CHECK(window.dossier()->learnerId() == move.learner);
    CHECK(window.dossier()->tabs()->currentIndex() == DossierWidget::Placements);

    // Ctrl+2 and Ctrl+1 switch between the timeline and the list.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(view->isVisible());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.dossier()->isVisible());
    CHECK_FALSE(first.isEmpty());
}

TEST_CASE("without a mouse: arrows walk the items, Enter opens one, Alt+arrow moves a day",
          "[timeline]")
{
    // A learner of our own, so that every outcome below is known by hand: one placement from
    // Monday 17 March to Friday 25 April 2025 at no site (only closures for every site apply),
    // with planned days on Fri 21/03, Tue 25/03, Wed 26/03, Fri 18/04 and Fri 25/04. Easter
    // Sunday 2025 is 20 April, so Monday 21 April is Easter Monday, a public holiday. The demo's
    // closures (Christmas, a summer closure) lie far from these dates.
    Demo demo;
    Learner lina;
    lina.firstName = QStringLiteral("Lina");
    lina.lastName = QStringLiteral("Haddad");
    const qint64 learner = require(LearnerRepository(*demo.db, demo.clock).add(lina));
    Placement placement;
    placement.learnerId = learner;
    placement.start = QDate(2025, 3, 17);
    placement.end = QDate(2025, 4, 25);
    placement.pattern
        = WeekPattern { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday };
    (void)require(demo.placements().add(placement));
    QHash<QDate, qint64> dayOn;
    for (const QDate date : { QDate(2025, 3, 21), QDate(2025, 3, 25), QDate(2025, 3, 26),
                              QDate(2025, 4, 18), QDate(2025, 4, 25) }) {
        PlacementDay day;
        day.placementId = placement.id;
        day.date = date;
        day.plannedHours = 7.6;
        dayOn.insert(date, require(demo.placements().addDay(day)));
    }
    for (const ClosurePeriod &closure : require(CalendarRepository(*demo.db, demo.clock).all()))
        REQUIRE_FALSE((closure.start <= placement.end && closure.end >= placement.start));

    DossierWidget dossier(*demo.session);
    LearnerTimelineTab *tab = openTimeline(dossier, learner);
    REQUIRE(tab);
    TimelineCanvas *canvas = tab->canvas();
    canvas->setFocus();
    const auto current = [&]() -> const Item & {
        REQUIRE(canvas->currentItem() >= 0);
        return canvas->timeline().items[size_t(canvas->currentItem())];
    };

    // The first arrow picks an item in view; the next ones walk from there.
    REQUIRE(canvas->currentItem() == -1);
    QTest::keyClick(canvas, Qt::Key_Right);
    const int first = canvas->currentItem();
    REQUIRE(first >= 0);
    CHECK(current().kind == ItemKind::Phase);
    QTest::keyClick(canvas, Qt::Key_Down);
    const int below = canvas->currentItem();
    REQUIRE(below >= 0);
    CHECK(canvas->timeline().items[size_t(below)].row
          > canvas->timeline().items[size_t(first)].row);
    // The placement's bar (from 17/03) is the nearest to the phase that started today.
    CHECK(current().kind == ItemKind::Placement);
    CHECK(tab->toolbar()->messageLabel()->text().contains(current().label.left(10)));

    // → walks the placement's row by date until the given day is current.
    const auto isDay = [&](QDate date) {
        return current().kind == ItemKind::PlacementDay && current().id == dayOn.value(date);
    };
    const auto walkTo = [&](QDate date) {
        for (int step = 0; step < 10 && !isDay(date); ++step)
            QTest::keyClick(canvas, Qt::Key_Right);
        REQUIRE(isDay(date));
    };
    const auto storedDate
        = [&](QDate date) { return require(demo.placements().day(dayOn.value(date))).date; };
    const auto message = [&] { return tab->toolbar()->messageLabel()->text(); };
    const int undoCount = demo.session->undoStack()->count();

    SECTION("Alt+→ on Friday 21/03 moves the day over the weekend to Monday 24/03")
    {
        walkTo(QDate(2025, 3, 21));
        QTest::keyClick(canvas, Qt::Key_Right, Qt::AltModifier);
        CHECK(storedDate(QDate(2025, 3, 21)) == QDate(2025, 3, 24));
        CHECK(demo.session->undoStack()->count() == undoCount + 1);
        CHECK(message().contains(QStringLiteral("moved to 24/03/2025")));
        // The day stays current after the reload, so Enter opens it.
        CHECK(isDay(QDate(2025, 3, 21)));
        CHECK(current().start == QDate(2025, 3, 24));
        QTest::keyClick(canvas, Qt::Key_Return);
        CHECK(dossier.tabs()->currentIndex() == DossierWidget::Placements);
        auto *placements = qobject_cast<PlacementsTab *>(dossier.tab(DossierWidget::Placements));
        REQUIRE(placements);
        CHECK(placements->dayView()->currentIndex().row()
              == placements->dayModel()->rowOf(dayOn.value(QDate(2025, 3, 21))));
    }

    SECTION("Alt+→ on Friday 18/04 is refused: Monday 21/04 is Easter Monday")
    {
        walkTo(QDate(2025, 4, 18));
        QTest::keyClick(canvas, Qt::Key_Right, Qt::AltModifier);
        CHECK(storedDate(QDate(2025, 4, 18)) == QDate(2025, 4, 18));
        CHECK(demo.session->undoStack()->count() == undoCount);
        CHECK(message().contains(QStringLiteral("21/04/2025")));
        CHECK(message().contains(QStringLiteral("Easter Monday")));
    }

    SECTION("Alt+→ on Tuesday 25/03 is refused: Wednesday 26/03 already has a day")
    {
        walkTo(QDate(2025, 3, 25));
        QTest::keyClick(canvas, Qt::Key_Right, Qt::AltModifier);
        CHECK(storedDate(QDate(2025, 3, 25)) == QDate(2025, 3, 25));
        CHECK(storedDate(QDate(2025, 3, 26)) == QDate(2025, 3, 26));
        CHECK(demo.session->undoStack()->count() == undoCount);
        CHECK(message().contains(QStringLiteral("already a placement day on 26/03/2025")));
    }

    SECTION("Alt+→ on the placement's last day is refused: Monday 28/04 lies outside it")
    {
        walkTo(QDate(2025, 4, 25));
        QTest::keyClick(canvas, Qt::Key_Right, Qt::AltModifier);
        CHECK(storedDate(QDate(2025, 4, 25)) == QDate(2025, 4, 25));
        CHECK(demo.session->undoStack()->count() == undoCount);
        CHECK(message().contains(QStringLiteral("28/04/2025")));
        CHECK(message().contains(QStringLiteral("outside this placement")));
    }
}

} // namespace TRAJECT_UNITY_ID
