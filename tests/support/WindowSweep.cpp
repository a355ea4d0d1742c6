// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowSweep.h"

#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "caseload/CaseloadPanel.h"
#include "dossier/DossierWidget.h"
#include "storage/LearnerRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

namespace traject::test {

namespace {

/// Clicks the first row of every table or list in the tab, so that its Edit… buttons work.
void selectFirstRows(QWidget *tab)
{
    const auto views = tab->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0)
            continue;
        const QRect first = view->visualRect(view->model()->index(0, 0));
        if (first.isValid())
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    }
}

/// The buttons of the tab that open something: not the tick boxes, tabs or scroll arrows.
QList<QAbstractButton *> buttonsOf(QWidget *tab)
{
    QList<QAbstractButton *> buttons;
    const auto all = tab->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : all) {
        if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)
            || qobject_cast<QTabBar *>(button->parentWidget()) || button->text().isEmpty())
            continue;
        if (button->isVisible() && button->isEnabled())
            buttons.append(button);
    }
    return buttons;
}

/// Shows the caseload list again (Ctrl+1), as the Learner menu needs the dossier.
void showList(DemoWindow &w)
{
    const auto actions = w.window->findChildren<QAction *>();
    for (QAction *action : actions)
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1))
            action->trigger();
    QTest::qWait(50);
}

} // namespace

QString slug(QString text)
{
    text.remove(QLatin1Char('&'));
    text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    while (text.endsWith(QLatin1Char('-')))
        text.chop(1);
    return text.left(40);
}

WindowCatcher::WindowCatcher(QWidget *main, Visit visit)
    : m_main(main)
    , m_visit(std::move(visit))
{ }

void WindowCatcher::run(const QString &name, const std::function<void()> &open)
{
    m_name = name;
    m_count = 0;
    m_known.clear();
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->isVisible())
            m_known.insert(top);
    QTimer timer;
    timer.setInterval(40);
    QObject::connect(&timer, &QTimer::timeout, this, [this] { look(); });
    timer.start();
    open();
    // Windows that are not modal (the address book, …) are still open now.
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(40);
        look();
    }
    timer.stop();
}

QWidget *WindowCatcher::newWindow() const
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget *modal = QApplication::activeModalWidget(); modal && !m_known.contains(modal))
        return modal;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        const Qt::WindowType type = top->windowType();
        if (top->isVisible() && !m_known.contains(top)
            && (type == Qt::Dialog || type == Qt::Window || type == Qt::Sheet))
            return top;
    }
    return nullptr;
}

void WindowCatcher::look()
{
    QWidget *window = newWindow();
    if (!window) {
        m_seen = nullptr;
        return;
    }
    // Once more after it showed, so that its layout is done.
    if (window != m_seen) {
        m_seen = window;
        return;
    }
    m_seen = nullptr;
    ++m_count;
    m_visit(m_count == 1 ? m_name : QStringLiteral("%1-%2").arg(m_name).arg(m_count), window);
    if (auto *dialog = qobject_cast<QDialog *>(window))
        dialog->reject();
    else
        window->close();
    if (window->isVisible()) // a window that would not close: leave it
        m_known.insert(window);
    if (window == m_main)
        m_known.insert(window);
}

void sweepMenus(DemoWindow &w, WindowCatcher &catcher,
                const std::function<void(const QString &name)> &onView)
{
    const auto menus = w.window->menuBar()->actions();
    for (QAction *menuAction : menus) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        const QString menuName = slug(menuAction->text());
        for (QAction *item : menu->actions()) {
            if (item->isSeparator() || !item->isEnabled() || item->menu())
                continue;
            const QString text = item->text();
            // Quitting closes the window, Undo and Redo change the demo data.
            const auto mainWindowText = [](const char *source) {
                return QCoreApplication::translate("traject::MainWindow", source);
            };
            if (text == mainWindowText("&Quit") || text.startsWith(mainWindowText("&Undo"))
                || text.startsWith(mainWindowText("&Redo")))
                continue;
            const QString name = QStringLiteral("menu-%1-%2").arg(menuName, slug(text));
            catcher.run(name, [item] { item->trigger(); });
            if (item->isCheckable()) { // a view
                QTest::qWait(100);
                onView(name);
                showList(w); // the Learner menu needs the dossier
            }
        }
    }
    showList(w);
}

void sweepDossier(DemoWindow &w, WindowCatcher &catcher, qint64 learner, const QString &who,
                  const std::function<void(const QString &name)> &onTab)
{
    w.window->caseloadPanel()->selectLearner(learner);
    DossierWidget *dossier = w.window->dossier();
    REQUIRE(dossier->learnerId() == learner);
    QTabWidget *tabs = dossier->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
        QTest::qWait(50);
        const QString tabName
            = QStringLiteral("%1-tab%2-%3").arg(who).arg(i).arg(slug(tabs->tabBar()->tabText(i)));
        onTab(tabName);
        QWidget *tab = tabs->widget(i);
        selectFirstRows(tab);
        const QList<QAbstractButton *> buttons = buttonsOf(tab);
        QSet<QString> done;
        for (const QPointer<QAbstractButton> button : buttons) {
            if (!button || !button->isVisible() || !button->isEnabled())
                continue;
            const QString name = QStringLiteral("%1-%2").arg(tabName, slug(button->text()));
            if (done.contains(name))
                continue;
            done.insert(name);
            catcher.run(name, [button] {
                if (button)
                    QTest::mouseClick(button, Qt::LeftButton);
            });
            selectFirstRows(tab);
        }
    }
    // The header's own buttons.
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(dossier->phaseButton()),
                                     static_cast<QAbstractButton *>(dossier->planButton()) })
        catcher.run(QStringLiteral("%1-header-%2").arg(who, slug(button->text())),
                    [button] { QTest::mouseClick(button, Qt::LeftButton); });
}

qint64 learnerIn(DemoWindow &w, Phase phase)
{
    auto learners = LearnerRepository(*w.db, w.clock).all();
    REQUIRE(learners.ok());
    for (const Learner &learner : *learners)
        if (learner.phase == phase)
            return learner.id;
    FAIL("no learner in this phase in the demo caseload");
    return 0;
}

} // namespace traject::test
