// SPDX-License-Identifier: GPL-3.0-or-later
// Focus events, as a screen reader gets them: only the object that has the keyboard focus may say
// it has it. Orca follows these events; one from a table the SPOC is not in makes it read a cell
// of that table instead of where the SPOC is.
//
// Qt makes accessibility events only while a screen reader listens on the platform's bus, and the
// offscreen platform has none. These tests are hidden ("[.atspi]") and run by their own ctest
// entry through tests/support/with-atspi: a virtual X server, a D-Bus session with the AT-SPI bus,
// Qt's xcb platform, and QT_LINUX_ACCESSIBILITY_ALWAYS_ON (Orca's "screen reader on" switch).
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowSweep.h"

#include "MainWindow.h"
#include "caseload/CaseloadPanel.h"
#include "dossier/DossierWidget.h"

#include <QAccessible>
#include <QApplication>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::DemoWindow;
using traject::test::WindowCatcher;

namespace {

/// Takes Qt's accessibility events while it lives (they then do not reach the bus) and notes each
/// focus event whose object does not have the keyboard focus.
class FocusEvents
{
public:
    FocusEvents()
    {
        s_current = this;
        m_previous = QAccessible::installUpdateHandler(&FocusEvents::handle);
    }
    ~FocusEvents()
    {
        QAccessible::installUpdateHandler(m_previous);
        s_current = nullptr;
    }
    FocusEvents(const FocusEvents &) = delete;
    FocusEvents &operator=(const FocusEvents &) = delete;

    int count() const { return m_count; }
    /// "class name (object name): child N, while the focus is on …", once per object and child.
    QStringList wrong() const { return m_wrong.values(); }
    /// Focus events of this object so far.
    int countOf(const QObject *object) const { return m_of.value(object); }

private:
    static void handle(QAccessibleEvent *event)
    {
        if (s_current && event->type() == QAccessible::Focus)
            s_current->note(event);
    }

    void note(QAccessibleEvent *event)
    {
        ++m_count;
        QObject *object = event->object();
        ++m_of[object];
        auto *widget = qobject_cast<QWidget *>(object);
        // Qt's own file dialog (where the platform has none) is not ours to change.
        if (!widget || (widget->window() && widget->window()->inherits("QFileDialog")))
            return;
        // A menu or a list that pops up has the keyboard while it is open, without the focus.
        QWidget *popup = QApplication::activePopupWidget();
        if (widget->hasFocus() || (popup && (popup == widget || popup->isAncestorOf(widget))))
            return;
        const QWidget *focus = QApplication::focusWidget();
        m_wrong.insert(QStringLiteral("%1 (%2, %3): child %4, while the focus is on %5 (%6)")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(), widget->accessibleName())
                           .arg(event->child())
                           .arg(focus ? QString::fromLatin1(focus->metaObject()->className())
                                      : QStringLiteral("nothing"),
                                focus ? focus->accessibleName() : QString()));
    }

    static inline FocusEvents *s_current = nullptr;
    QAccessible::UpdateHandler m_previous = nullptr;
    int m_count = 0;
    QHash<const QObject *, int> m_of;
    QSet<QString> m_wrong;
};

/// Whether a screen reader listens: Qt joins the AT-SPI bus a moment after it starts.
bool screenReaderListens()
{
    return QTest::qWaitFor([] { return QAccessible::isActive(); }, 10000);
}

} // namespace

TEST_CASE("focus events: moving through the caseload list by arrow keys, only the list says it "
          "has the focus, not the tables of the dossier that follows it",
          "[.atspi]")
{
    if (!screenReaderListens())
        TRAJECT_SKIP("no screen reader's bus: run through tests/support/with-atspi");
    DemoWindow w;
    QTableView *list = w.window->caseloadPanel()->view();
    // Into the list with a click, as the issue found it, then down and up by the arrows.
    FocusEvents events;
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    REQUIRE(list->hasFocus());
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(list, Qt::Key_Up);
    // The dossier followed, and its tables chose their first rows.
    REQUIRE(w.window->dossier()->showsLearner());
    CHECK(events.countOf(list) >= 9);
    const QStringList wrong = events.wrong();
    if (!wrong.isEmpty())
        FAIL_CHECK(wrong.size() << " objects said they had the focus without having it:\n"
                                << wrong.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("focus events: across every tab of two dossiers and every window they open, only the "
          "focused object says it has the focus",
          "[.atspi]")
{
    if (!screenReaderListens())
        TRAJECT_SKIP("no screen reader's bus: run through tests/support/with-atspi");
    DemoWindow w;
    const qint64 training = test::learnerIn(w, Phase::Training);
    const qint64 aftercare = test::learnerIn(w, Phase::Aftercare);
    FocusEvents events;
    WindowCatcher catcher(w.window.get(), [](const QString &, QWidget *window) {
        // Through the window by Tab, as a keyboard user finds it.
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(window, Qt::Key_Tab);
    });
    const auto ofTab = [&](const QString &) {
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(w.window.get(), Qt::Key_Tab);
    };
    test::sweepDossier(w, catcher, training, QStringLiteral("training"), ofTab);
    test::sweepDossier(w, catcher, aftercare, QStringLiteral("aftercare"), ofTab);
    CHECK(events.count() > 100);
    const QStringList wrong = events.wrong();
    if (!wrong.isEmpty())
        FAIL_CHECK(wrong.size() << " objects said they had the focus without having it:\n"
                                << wrong.join(QLatin1Char('\n')).toStdString());
}

} // namespace TRAJECT_UNITY_ID
