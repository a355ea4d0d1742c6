// SPDX-License-Identifier: GPL-3.0-or-later
// The accessibility check: walks the accessible tree that a screen reader gets (Qt's QAccessible,
// which AT-SPI serves to Orca) of the main window, of every dossier tab of two learners, and of
// every window that opens from a menu item or from a button of a tab, and fails on
//   - an interactive object or a Tab stop without a name,
//   - a form field (text, number, date, choice) without a label that names it ("labelled by"),
//   - a table or a list without a name.
// Qt says a combo box's current item as its name on Linux, and its label through the relation:
// a combo box needs the relation.
#include "TestLanguage.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowSweep.h"

#include "MainWindow.h"
#include "caseload/CaseloadPanel.h"
#include "dossier/DossierWidget.h"
#include "overview/ChartNumbers.h"
#include "overview/Overview.h"
#include "timeline/TimelineCanvas.h"

#include <QAccessible>
#include <QApplication>
#include <QFileDialog>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>
#include <QWindow>

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::DemoWindow;
using traject::test::TestLanguage;
using traject::test::WindowCatcher;

namespace {

QString roleName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
        return QStringLiteral("button");
    case QAccessible::CheckBox:
        return QStringLiteral("check box");
    case QAccessible::RadioButton:
        return QStringLiteral("radio button");
    case QAccessible::ComboBox:
        return QStringLiteral("combo box");
    case QAccessible::EditableText:
        return QStringLiteral("text field");
    case QAccessible::SpinBox:
        return QStringLiteral("spin box");
    case QAccessible::Slider:
        return QStringLiteral("slider");
    case QAccessible::PageTab:
        return QStringLiteral("tab");
    case QAccessible::Table:
        return QStringLiteral("table");
    case QAccessible::List:
        return QStringLiteral("list");
    case QAccessible::Tree:
        return QStringLiteral("tree");
    case QAccessible::Link:
        return QStringLiteral("link");
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return QStringLiteral("menu button");
    default:
        return QStringLiteral("role 0x%1").arg(int(role), 0, 16);
    }
}

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

bool isField(QAccessible::Role role)
{
    return role == QAccessible::EditableText || role == QAccessible::SpinBox
        || role == QAccessible::ComboBox || role == QAccessible::Slider;
}

/// "text field QLineEdit 'Voornaam'": what the object is, for the report.
QString describe(QAccessibleInterface *object)
{
    QString text = roleName(object->role());
    if (QObject *o = object->object()) {
        text += QLatin1Char(' ') + QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            text += QLatin1Char('#') + o->objectName();
    }
    const QString name = object->text(QAccessible::Name).simplified();
    if (!name.isEmpty())
        text += QStringLiteral(" '%1'").arg(name.left(40));
    return text;
}

/// What one visit of a window found, counted as the table counts it.
struct Counts
{
    int interactive = 0; // controls and Tab stops
    int unnamed = 0; // of those, without a name
    int fields = 0;
    int labelledFields = 0;
    int tables = 0;
    int namedTables = 0;
};

/// The problems of one window, each once: "where: what"; and the counts of each visit.
class Walker
{
public:
    void walk(const QString &visit, QWidget *window)
    {
        // Qt's own file dialog stands in for the desktop's, which the program uses where there is
        // one (a real desktop): its fields are Qt's, not ours.
        if (qobject_cast<QFileDialog *>(window))
            return;
        Counts &counts = m_counts[visit];
        counts = {};
        walk(visit, QString::fromLatin1(window->metaObject()->className()),
             QAccessible::queryAccessibleInterface(window), 0, counts);
    }

    QStringList problems() const { return m_problems.values(); }
    const QMap<QString, Counts> &counts() const { return m_counts; }

private:
    void walk(const QString &visit, const QString &path, QAccessibleInterface *object, int depth,
              Counts &counts)
    {
        if (!object || !object->isValid() || depth > 60)
            return;
        const QAccessible::State state = object->state();
        if (state.invisible || state.offscreen)
            return;
        const QAccessible::Role role = object->role();
        const QString here = path + QStringLiteral(" > ") + describe(object);
        const bool named = !object->text(QAccessible::Name).trimmed().isEmpty();
        const bool table
            = role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree;
        if (isInteractive(role) || state.focusable) {
            ++counts.interactive;
            counts.unnamed += named ? 0 : 1;
        }
        if (table) {
            ++counts.tables;
            counts.namedTables += named ? 1 : 0;
        }
        if (!named && isInteractive(role))
            report(here, visit, QStringLiteral("no name"));
        else if (!named && state.focusable && !isInteractive(role))
            report(here, visit, QStringLiteral("a Tab stop without a name"));
        if (isField(role) && !state.readOnly) {
            const bool labelled = !object->relations(QAccessible::Label).isEmpty();
            ++counts.fields;
            counts.labelledFields += labelled ? 1 : 0;
            if (!labelled)
                report(here, visit, QStringLiteral("no label"));
        }
        // A view's cells and a combo box's list are theirs.
        if (table || role == QAccessible::ComboBox)
            return;
        for (int i = 0; i < object->childCount(); ++i)
            walk(visit, here, object->child(i), depth + 1, counts);
    }

    void report(const QString &where, const QString &visit, const QString &what)
    {
        const QString key = where + QStringLiteral(": ") + what;
        if (!m_problems.contains(key))
            m_problems.insert(key, QStringLiteral("%1 (in %2)").arg(key, visit));
    }

    QMap<QString, QString> m_problems;
    QMap<QString, Counts> m_counts;
};

} // namespace

TEST_CASE("accessibility: every control of every window has a name, and every field its label",
          "[accessibility]")
{
    TestLanguage speaking(QStringLiteral("nl"));
    DemoWindow w;
    Walker walker;
    walker.walk(QStringLiteral("main-list"), w.window.get());
    const qint64 training = test::learnerIn(w, Phase::Training);
    const qint64 aftercare = test::learnerIn(w, Phase::Aftercare);
    w.window->caseloadPanel()->selectLearner(training);
    QTest::qWait(50);

    WindowCatcher catcher(w.window.get(), [&walker](const QString &name, QWidget *window) {
        walker.walk(name, window);
    });
    const auto ofWindow = [&](const QString &name) { walker.walk(name, w.window.get()); };
    test::sweepMenus(w, catcher, ofWindow);
    test::sweepDossier(w, catcher, training, QStringLiteral("training"), ofWindow);
    test::sweepDossier(w, catcher, aftercare, QStringLiteral("aftercare"), ofWindow);

    // TRAJECT_A11Y_REPORT=1 prints the counts of each window, as the table counts them.
    if (qEnvironmentVariableIsSet("TRAJECT_A11Y_REPORT")) {
        for (auto it = walker.counts().cbegin(); it != walker.counts().cend(); ++it) {
            const Counts &c = it.value();
            WARN(it.key().toStdString()
                 << ": interactive " << c.interactive << ", without a name " << c.unnamed
                 << ", fields with a label " << c.labelledFields << " of " << c.fields
                 << ", tables named " << c.namedTables << " of " << c.tables);
        }
    }

    const QStringList problems = walker.problems();
    if (!problems.isEmpty())
        FAIL_CHECK(problems.size() << " accessibility problems:\n"
                                   << problems.join(QLatin1Char('\n')).toStdString());
}

// A laptop of 1366×768 at 150 % leaves 910×512 to lay out in. The window fits there; the dossier,
// which needs more width for its tab titles whole, scrolls sideways. At 1366×768 at 100 % it
// has its width for every learner, and does not scroll.
TEST_CASE("accessibility: at 150 % on a 1366x768 laptop the main window fits the screen, the "
          "dossier scrolling sideways where it needs more room",
          "[accessibility]")
{
    TestLanguage speaking(QStringLiteral("nl"));
    DemoWindow w;
    w.openLearnerOnRow(0);
    auto *area = qobject_cast<QScrollArea *>(w.window->dossier()->parentWidget()->parentWidget());
    REQUIRE(area);
    // Every learner's Profiel, and every tab of the learners with the longest texts; a dossier
    // taller than the laptop (with a phase proposal above the tabs) may scroll down, not sideways.
    const int learners = w.window->caseloadPanel()->view()->model()->rowCount();
    for (int row = 0; row < learners; ++row) {
        w.openLearnerOnRow(row);
        const bool allTabs = row == 0 || row == 2 || row == 8 || row == 16;
        for (int tab = 0; tab < (allTabs ? w.window->dossier()->tabs()->count() : 1); ++tab) {
            w.window->dossier()->tabs()->setCurrentIndex(tab);
            QTest::qWait(5);
            INFO("row " << row << ", tab " << tab << " area " << area->width() << " min "
                        << area->minimumSizeHint().width() << " dossier "
                        << w.window->dossier()->minimumSizeHint().width() << " x "
                        << w.window->dossier()->width());
            // Given the time to lay out (a longer title may ask for more width).
            CHECK(
                QTest::qWaitFor([area] { return !area->horizontalScrollBar()->isVisible(); }, 300));
        }
    }

    // The window goes to the test's second screen, what the laptop leaves at 150 %
    // (tests/support/offscreen-screens.json), and is maximised there.
    const QList<QScreen *> screens = QGuiApplication::screens();
    REQUIRE(screens.size() == 2);
    QScreen *narrow = screens.at(1);
    const QSize laptop = narrow->availableGeometry().size();
    REQUIRE(laptop == QSize(910, 512));
    w.window->windowHandle()->setScreen(narrow);
    w.window->move(narrow->availableGeometry().topLeft());
    REQUIRE(QTest::qWaitFor([&] { return w.window->screen() == narrow; }, 1000));
    // Laid out anew for the room of that screen (a round of layout, longer on a busy machine).
    const auto least
        = [&] { return w.window->minimumSizeHint().expandedTo(w.window->minimumSize()); };
    CHECK(QTest::qWaitFor([&] { return least().width() <= laptop.width(); }, 2000));
    INFO("the window needs at least " << least().width() << "×" << least().height());
    CHECK(least().height() <= laptop.height());
    w.window->resize(laptop);
    CHECK(QTest::qWaitFor([&] { return w.window->size() == laptop; }, 1000));
    // Every tab is still there, whole, to scroll to.
    CHECK(QTest::qWaitFor([&] { return area->horizontalScrollBar()->maximum() > 0; }, 1000));
    CHECK(w.window->dossier()->width() >= w.window->dossier()->minimumSizeHint().width());
}

TEST_CASE("accessibility: F10 opens the first menu, Esc closes it", "[accessibility]")
{
    DemoWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_F10);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    REQUIRE(menu);
    CHECK(menu == w.window->menuBar()->actions().constFirst()->menu());
    QTest::keyClick(menu, Qt::Key_Escape);
    CHECK(QApplication::activePopupWidget() == nullptr);
}

// The canvas also sends a focus event for the item as the arrows move (TimelineCanvas::
// announceCurrent); Qt delivers accessibility events only with a screen reader on the platform's
// bus, which the offscreen platform has not, so this test reads what Orca asks after one: the
// focused child and its name.
TEST_CASE("accessibility: the caseload timeline's items are read with their learner, kind and "
          "dates, the current one focused as the arrow keys move",
          "[accessibility]")
{
    TestLanguage speaking(QStringLiteral("nl"));
    DemoWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_2, Qt::ControlModifier); // Beeld > Tijdlijn cursisten
    TimelineCanvas *canvas = nullptr;
    for (TimelineCanvas *shown : w.window->findChildren<TimelineCanvas *>())
        if (shown->isVisible())
            canvas = shown;
    REQUIRE(canvas);
    // Into the canvas with a click on the learners' names, then the first item with the arrow.
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, QPoint(40, 60));
    REQUIRE(canvas->hasFocus());
    QTest::keyClick(canvas, Qt::Key_Right);

    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(canvas);
    REQUIRE(list);
    CHECK(list->role() == QAccessible::List);
    CHECK(list->text(QAccessible::Name) == QStringLiteral("Tijdlijn van de caseload"));
    CHECK(list->childCount() == int(canvas->timeline().items.size()));
    QAccessibleInterface *first = list->focusChild();
    REQUIRE(first);
    CHECK(first->role() == QAccessible::ListItem);
    CHECK(first->state().focused);
    CHECK(first->text(QAccessible::Name)
          == QStringLiteral(
              "Amrani, Yasmina, actie: Afspraak met het CVO over een aangepast rooster, "
              "16/03/2025, SPOC"));

    QTest::keyClick(canvas, Qt::Key_Right);
    QAccessibleInterface *second = list->focusChild();
    REQUIRE(second);
    CHECK(second != first);
    CHECK_FALSE(first->state().focused);
    CHECK(second->text(QAccessible::Name)
          == QStringLiteral("Amrani, Yasmina, actie: Oefensessie digitale leeromgeving bij "
                            "de start van het semester, 16/03/2025, SPOC"));
    // The list knows the item by its place.
    CHECK(list->indexOfChild(second) == canvas->currentItem());
}

TEST_CASE("accessibility: the overview's funnel has its numbers as a table, shown on request "
          "and said as the chart's description",
          "[accessibility]")
{
    TestLanguage speaking(QStringLiteral("nl"));
    DemoWindow w;
    QTest::keyClick(w.window.get(), Qt::Key_3, Qt::ControlModifier); // Beeld > Overzicht
    auto *numbers = w.window->findChild<ChartNumbers *>(QStringLiteral("funnelNumbers"));
    REQUIRE(numbers);
    CHECK_FALSE(numbers->table()->isVisible());
    CHECK(numbers->button()->text() == QStringLiteral("Cijfers tonen"));
    QTest::mouseClick(numbers->button(), Qt::LeftButton);
    CHECK(numbers->table()->isVisible());
    CHECK(numbers->button()->text() == QStringLiteral("Cijfers verbergen"));

    // The numbers of the funnel, as core counts them for the default period.
    const auto overview
        = test::require(Overview::make(*w.db, w.clock, Overview::defaultOptions(w.clock.today())));
    QTableWidget *table = numbers->table();
    REQUIRE(table->rowCount() == funnelStageCount);
    CHECK(table->horizontalHeaderItem(0)->text() == QStringLiteral("Stap"));
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("Cursisten"));
    QStringList spoken;
    for (int stage = 0; stage < funnelStageCount; ++stage) {
        const QString label = funnelStageLabel(FunnelStage(stage));
        const QString count = QString::number(overview.funnel.count(FunnelStage(stage)));
        CHECK(table->item(stage, 0)->text() == label);
        CHECK(table->item(stage, 1)->text() == count);
        spoken.append(label + QStringLiteral(": ") + count);
    }
    QWidget *chart = w.window->findChild<QWidget *>(QStringLiteral("funnelChart"));
    REQUIRE(chart);
    QAccessibleInterface *picture = QAccessible::queryAccessibleInterface(chart);
    CHECK(picture->text(QAccessible::Name) == QStringLiteral("Trechter"));
    CHECK(picture->text(QAccessible::Description) == spoken.join(QStringLiteral("; ")));
    CHECK(QAccessible::queryAccessibleInterface(table)->text(QAccessible::Name)
          == QStringLiteral("Trechter: de cijfers"));

    QTest::mouseClick(numbers->button(), Qt::LeftButton);
    CHECK_FALSE(numbers->table()->isVisible());
}

} // namespace TRAJECT_UNITY_ID
