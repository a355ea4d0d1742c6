// SPDX-License-Identifier: GPL-3.0-or-later
// A sweep of pictures, to look at the Dutch UI as a SPOC sees it on a laptop of 1366×768: the
// main window's views, every dossier tab of two learners, and every window that opens from a
// menu of the main window or a button of a dossier tab.
//
// Run with TRAJECT_SWEEP=dir:  build/asan/tests/test_ui "[sweep]"  — the pictures go to dir.
#include "TestLanguage.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "caseload/CaseloadPanel.h"
#include "dossier/DossierWidget.h"
#include "storage/LearnerRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace traject;
using traject::test::DemoWindow;
using traject::test::TestLanguage;

namespace {

/// A file name from a text shown: letters and digits, the rest a dash.
QString slug(QString text)
{
    text.remove(QLatin1Char('&'));
    text.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    while (text.endsWith(QLatin1Char('-')))
        text.chop(1);
    return text.left(40);
}

/// Saves a picture of every window that opens while `open` runs (modal or not), then closes it,
/// also the windows those open in turn (a question after a Cancel): dir/name.png, name-2.png, …
class WindowCatcher : public QObject
{
public:
    WindowCatcher(QString dir, QWidget *main)
        : m_dir(std::move(dir))
        , m_main(main)
    { }

    void run(const QString &name, const std::function<void()> &open)
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

private:
    QWidget *newWindow() const
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

    void look()
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
        const QString file = m_count == 1
            ? QStringLiteral("%1/%2.png").arg(m_dir, m_name)
            : QStringLiteral("%1/%2-%3.png").arg(m_dir, m_name).arg(m_count);
        window->grab().save(file);
        if (auto *dialog = qobject_cast<QDialog *>(window))
            dialog->reject();
        else
            window->close();
        if (window->isVisible()) // a window that would not close: leave it
            m_known.insert(window);
        if (window == m_main)
            m_known.insert(window);
    }

    QString m_dir;
    QWidget *m_main = nullptr;
    QString m_name;
    int m_count = 0;
    QSet<QWidget *> m_known;
    QPointer<QWidget> m_seen;
};

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

void sweepDossier(DemoWindow &w, WindowCatcher &catcher, const QString &dir, qint64 learner,
                  const QString &who)
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
        w.window->grab().save(QStringLiteral("%1/%2.png").arg(dir, tabName));
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

/// The first learner of the demo caseload in this phase.
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

} // namespace

TEST_CASE("a sweep of pictures of the Dutch UI at 1366x768", "[.screenshot][sweep]")
{
    const QString dir = qEnvironmentVariable("TRAJECT_SWEEP");
    if (dir.isEmpty())
        return; // TRAJECT_SWEEP=dir names the folder for the pictures
    REQUIRE(QDir().mkpath(dir));
    TestLanguage speaking(QStringLiteral("nl"));
    DemoWindow w;
    WindowCatcher catcher(dir, w.window.get());
    w.window->grab().save(dir + QStringLiteral("/main-list.png"));

    const qint64 training = learnerIn(w, Phase::Training);
    const qint64 aftercare = learnerIn(w, Phase::Aftercare);
    w.window->caseloadPanel()->selectLearner(training);
    QTest::qWait(50);
    w.window->grab().save(dir + QStringLiteral("/main-dossier.png"));

    const auto showList = [&w] {
        const auto actions = w.window->findChildren<QAction *>();
        for (QAction *action : actions)
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1))
                action->trigger();
        QTest::qWait(50);
    };
    // Every item of every menu, for the learner in training.
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
            if (item->isCheckable()) { // a view: a picture of the main window
                QTest::qWait(100);
                w.window->grab().save(QStringLiteral("%1/%2.png").arg(dir, name));
                showList(); // the Learner menu needs the dossier
            }
        }
    }
    showList();

    sweepDossier(w, catcher, dir, training, QStringLiteral("training"));
    sweepDossier(w, catcher, dir, aftercare, QStringLiteral("aftercare"));
}
