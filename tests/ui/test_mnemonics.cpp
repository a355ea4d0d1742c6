// SPDX-License-Identifier: GPL-3.0-or-later
// Alt+letter does what it says: in the main window, every dossier tab and every dialog that can
// be opened from them, no two mnemonics that are visible together share a letter, in Dutch (what
// the SPOC sees) and in English.
#include "TestLanguage.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "WelcomePage.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "demo/DemoData.h"
#include "directory/OrganisationsDialog.h"
#include "dossier/AftercareTab.h"
#include "dossier/BarriersTab.h"
#include "dossier/DossierWidget.h"
#include "dossier/IntakeTab.h"
#include "dossier/LogbookTab.h"
#include "dossier/PlacementsTab.h"
#include "dossier/ProfileTab.h"
#include "dossier/RoleCardTab.h"
#include "dossier/TrainingTab.h"
#include "dossier/placements/PlacementDayModel.h"
#include "dossier/profile/ConsentEditor.h"
#include "dossier/rolecard/RoleDialog.h"
#include "dossier/rolecard/SupportNetworkEditor.h"
#include "exchange/ExchangeActions.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/TableSection.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWizard>

#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;
using traject::test::TestLanguage;

namespace {

/// The key of a text's mnemonic ("Ge&werkt" → w), or a null QChar; "&&" is an ampersand.
QChar mnemonicKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

struct Mnemonic
{
    QChar key;
    QString text;
};

void addMnemonic(QList<Mnemonic> &found, const QString &text)
{
    if (const QChar key = mnemonicKey(text); !key.isNull())
        found.append({ key, text });
}

/// "Alt+G: "&Gewerkt" and "Werkplekleren wijzi&gen…"" for each letter that texts share.
QStringList clashesIn(const QList<Mnemonic> &found)
{
    QStringList clashes;
    QList<QChar> seen;
    for (const Mnemonic &mnemonic : found) {
        if (seen.contains(mnemonic.key))
            continue;
        seen.append(mnemonic.key);
        QStringList texts;
        for (const Mnemonic &other : found) {
            if (other.key == mnemonic.key)
                texts.append(QLatin1Char('"') + other.text + QLatin1Char('"'));
        }
        if (texts.size() > 1)
            clashes.append(QStringLiteral("Alt+%1: %2")
                               .arg(mnemonic.key.toUpper(), texts.join(QStringLiteral(" and "))));
    }
    return clashes;
}

/// The menus a window's visible widgets open: the menu bar's, those of buttons, and context
/// menus made of the widget's actions; with their submenus.
void collectMenus(QMenu *menu, QList<QMenu *> &menus)
{
    if (!menu || menus.contains(menu))
        return;
    menus.append(menu);
    for (QAction *action : menu->actions())
        collectMenus(action->menu(), menus);
}

/// Whether a widget of this window is on screen now: shown, in the window itself (not in a
/// dialog of its own) and not on a tab page or stacked page that is not current.
bool showsIn(QWidget *widget, QWidget *window)
{
    return widget->window() == window && widget->isVisible();
}

/// Whether a widget's mnemonic works: a label's only with a buddy, a tool button's only when
/// it does not show an action (whose icon text has no mnemonic).
QList<Mnemonic> mnemonicsOf(QWidget *window)
{
    QList<Mnemonic> found;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!showsIn(widget, window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            addMnemonic(found, button->text());
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                addMnemonic(found, label->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            addMnemonic(found, box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    addMnemonic(found, tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions()) {
                if (action->isVisible())
                    addMnemonic(found, action->text());
            }
        }
    }
    return found;
}

QList<QMenu *> menusOf(QWidget *window)
{
    QList<QMenu *> menus;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!showsIn(widget, window))
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                collectMenus(action->menu(), menus);
        } else if (auto *push = qobject_cast<QPushButton *>(widget)) {
            collectMenus(push->menu(), menus);
        } else if (auto *tool = qobject_cast<QToolButton *>(widget)) {
            collectMenus(tool->menu(), menus);
        }
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu && !widget->actions().isEmpty()) {
            QList<Mnemonic> items;
            for (QAction *action : widget->actions())
                addMnemonic(items, action->text());
            INFO("the context menu of a " << widget->metaObject()->className());
            CHECK(clashesIn(items) == QStringList());
        }
    }
    return menus;
}

/// Checks what is visible together in the window now, and each of its menus on its own.
void checkNow(QWidget *window, const QString &where)
{
    {
        INFO(where.toStdString());
        CHECK(clashesIn(mnemonicsOf(window)) == QStringList());
    }
    const auto menus = menusOf(window);
    for (QMenu *menu : menus) {
        QList<Mnemonic> items;
        for (QAction *action : menu->actions()) {
            if (action->isVisible() && !action->isSeparator())
                addMnemonic(items, action->text());
        }
        INFO(where.toStdString() << ", the menu " << menu->title().toStdString());
        CHECK(clashesIn(items) == QStringList());
    }
}

/// Checks the window as it is, then with each tab of each of its tab bars current (clicked),
/// tabs within tabs included; the tab that was current is clicked again afterwards.
void checkWithEveryTab(QWidget *window, const QString &where, QList<QTabBar *> &walked)
{
    checkNow(window, where);
    const auto bars = window->findChildren<QTabBar *>();
    for (QTabBar *bar : bars) {
        if (!showsIn(bar, window) || walked.contains(bar))
            continue;
        walked.append(bar);
        const int current = bar->currentIndex();
        for (int i = 0; i < bar->count(); ++i) {
            if (i == current || !bar->isTabVisible(i) || !bar->isTabEnabled(i))
                continue;
            INFO(where.toStdString() << ", the tab " << bar->tabText(i).toStdString());
            REQUIRE(bar->rect().contains(bar->tabRect(i)));
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            REQUIRE(bar->currentIndex() == i);
            checkWithEveryTab(window, where + QStringLiteral(", tab ") + bar->tabText(i), walked);
        }
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(current).center());
    }
}

void checkWithEveryTab(QWidget *window, const QString &where)
{
    QList<QTabBar *> walked;
    checkWithEveryTab(window, where, walked);
}

/// A wizard: each page the Next button reaches, up to the page that would commit.
void checkWizard(QWizard *wizard, const QString &where)
{
    for (int page = 0; page < 10; ++page) {
        checkWithEveryTab(wizard,
                          where + QStringLiteral(", page ") + wizard->currentPage()->title());
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        if (!next->isVisible() || !next->isEnabled()
            || wizard->button(QWizard::CommitButton)->isVisible())
            return;
        QTest::mouseClick(next, Qt::LeftButton);
    }
}

QSet<QWidget *> shownWindows()
{
    QSet<QWidget *> shown;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible())
            shown.insert(widget);
    }
    return shown;
}

/// Does what opens a dialog (a click), waits for the dialog, checks it (every tab, every wizard
/// page), lets `inside` open the dialogs it opens in turn, and closes it with Escape.
void checkDialog(const QString &name, const std::function<void()> &open,
                 const std::function<void(QWidget *)> &inside = {})
{
    const QSet<QWidget *> before = shownWindows();
    bool checked = false;
    QPointer<QWidget> dialog;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget *active = QApplication::activeWindow();
        if (!active || before.contains(active))
            return;
        poll.stop();
        dialog = active;
        if (auto *wizard = qobject_cast<QWizard *>(active))
            checkWizard(wizard, name);
        else
            checkWithEveryTab(active, name);
        if (inside)
            inside(active);
        checked = true;
        QTest::keyClick(active, Qt::Key_Escape);
    });
    poll.start();
    open();
    INFO(name.toStdString());
    CHECK(QTest::qWaitFor([&] { return checked; }, 5000));
    poll.stop();
    CHECK(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }));
}

/// The visible, enabled button with this text in a window (or nullptr).
QAbstractButton *buttonIn(QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisible() && button->text() == text)
            return button;
    }
    return nullptr;
}

std::function<void()> clickOn(QWidget *root, const QString &text)
{
    return [root, text] {
        QAbstractButton *button = buttonIn(root, text);
        INFO("the button " << text.toStdString());
        CHECK(button);
        CHECK((button && button->isEnabled()));
        if (button && button->isEnabled())
            QTest::mouseClick(button, Qt::LeftButton);
    };
}

/// Chooses a menu item with the mouse, as a SPOC does (when called).
std::function<void()> chooseInMenu(MainWindow &window, const QString &menuTitle,
                                   const QString &itemText)
{
    return [&window, menuTitle, itemText] {
        traject::test::chooseFromMenu(window, menuTitle, itemText);
    };
}

/// The demo caseload in a main window of 1366×768, shown and active; one learner has a module
/// that was not passed, so that a retake can be planned.
struct Window
{
    Window()
    {
        require(demo::fillDemoCaseload(*db, clock));
        // A module not passed: "Plan a retake" opens its dialog.
        const qint64 learner = idOf(QStringLiteral("Benali"));
        auto enrolments = require(EnrolmentRepository(*db, clock).forLearner(learner));
        REQUIRE(!enrolments.empty());
        Enrolment enrolment = enrolments.front();
        REQUIRE(!enrolment.modulePlans.empty());
        enrolment.modulePlans.front().status = ModuleStatus::Failed;
        require(EnrolmentRepository(*db, clock).update(enrolment));

        window = std::make_unique<MainWindow>(*db, clock);
        window->resize(1366, 768);
        window->show();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    qint64 idOf(const QString &lastName)
    {
        const auto learners = require(LearnerRepository(*db, clock).all());
        for (const Learner &learner : learners) {
            if (learner.lastName == lastName)
                return learner.id;
        }
        FAIL("no demo learner " << lastName.toStdString());
        return 0;
    }

    /// Opens a learner's dossier with a click on their row in the caseload list.
    void openDossierOf(const QString &lastName)
    {
        QTableView *view = window->caseloadView();
        const qint64 id = idOf(lastName);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(CaseloadModel::IdRole).toLongLong() != id)
                continue;
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
            REQUIRE(window->dossier()->learnerId() == id);
            return;
        }
        FAIL("the caseload list does not show " << lastName.toStdString());
    }

    /// Clicks a tab of the dossier.
    DossierTab *showTab(DossierWidget::Tab tab)
    {
        QTabBar *bar = window->dossier()->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
        REQUIRE(bar->currentIndex() == tab);
        return window->dossier()->tab(tab);
    }

    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("no two mnemonics clash in the main window, its tabs and its dialogs")
{
    const QString language = GENERATE(QStringLiteral("nl"), QStringLiteral("en"));
    INFO("language " << language.toStdString());
    TestLanguage speaking(language);

    SECTION("the welcome page of an empty database")
    {
        FixedClock clock(traject::test::fixedToday());
        auto db = traject::test::memoryDatabase();
        MainWindow window(*db, clock);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.welcomePage()->isVisible());
        checkNow(&window, QStringLiteral("the welcome page"));
    }

    SECTION("the caseload with every tab of a dossier, the timeline and the overview")
    {
        Window w;
        MainWindow &window = *w.window;
        // A learner in aftercare: every tab has something to show.
        w.openDossierOf(QStringLiteral("Kovalenko"));
        checkWithEveryTab(&window, QStringLiteral("the caseload with a dossier in aftercare"));
        // Other phases show other buttons: an intake not finished, a training under way.
        w.openDossierOf(QStringLiteral("Nowak"));
        checkWithEveryTab(&window, QStringLiteral("the caseload with a dossier at intake"));
        w.openDossierOf(QStringLiteral("Benali"));
        checkWithEveryTab(&window, QStringLiteral("the caseload with a dossier in training"));
        chooseInMenu(window, MainWindow::tr("&View"), MainWindow::tr("Caseload &timeline"))();
        checkWithEveryTab(&window, QStringLiteral("the caseload timeline"));
        chooseInMenu(window, MainWindow::tr("&View"), MainWindow::tr("Over&view"))();
        checkWithEveryTab(&window, QStringLiteral("the overview"));
    }

    SECTION("the dialogs of the menus")
    {
        Window w;
        MainWindow &window = *w.window;
        w.openDossierOf(QStringLiteral("Kovalenko"));
        const auto menu = [&window](const char *title, const char *item) {
            return chooseInMenu(window, MainWindow::tr(title), MainWindow::tr(item));
        };
        checkDialog(QStringLiteral("New learner"), menu("&File", "&New learner…"));
        checkDialog(QStringLiteral("Restore a backup"), menu("&File", "Res&tore a backup…"));
        checkDialog(QStringLiteral("Print personal plan"), menu("&File", "&Print personal plan…"));
        checkDialog(QStringLiteral("Settings"), menu("&File", "&Settings…"));
        checkDialog(QStringLiteral("Anonymise"), menu("&Learner", "&Anonymise…"));
        checkDialog(QStringLiteral("Erase for good"), menu("&Learner", "E&rase for good…"));
        checkDialog(QStringLiteral("Case meeting sheet"), menu("&Reports", "Case &meeting sheet…"));
        checkDialog(QStringLiteral("Caseload profile"), menu("&Reports", "Caseload &profile…"));
        checkDialog(QStringLiteral("Address book"), menu("&Manage", "&Address book…"),
                    [](QWidget *dialog) {
                        checkDialog(QStringLiteral("Address book, new contact person"),
                                    clickOn(dialog, OrganisationsDialog::tr("A&dd person")));
                    });
        checkDialog(QStringLiteral("Programmes"), menu("&Manage", "&Programmes and modules…"));
        checkDialog(QStringLiteral("Closure periods"), menu("&Manage", "&Closure periods…"));
        checkDialog(QStringLiteral("Retention review"),
                    menu("&Manage", "&Review the retention period…"));
        checkDialog(QStringLiteral("Audit log"), menu("&Manage", "Audit &log…"));
        checkDialog(QStringLiteral("About"), menu("&Help", "&About Trajectplanner"));

        // The import asks for a file first; the wizard then reads it.
        QTemporaryDir folder;
        const QString csv = folder.filePath(QStringLiteral("aanmeldingen.csv"));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Voornaam;Achternaam;Geboortedatum;Gemeente\r\n"
                   "Hanna;Peeters;05/03/1990;Brugge\r\n");
        file.close();
        ExchangeActions::setFileChooser([csv](const QString &) { return csv; });
        checkDialog(QStringLiteral("Import learners"), menu("&File", "Import learners from CS&V…"));
        ExchangeActions::setFileChooser({});
    }

    SECTION("the dialogs of the dossier")
    {
        Window w;
        MainWindow &window = *w.window;
        DossierWidget *dossier = window.dossier();
        w.openDossierOf(QStringLiteral("Kovalenko"));
        checkDialog(QStringLiteral("Change phase"),
                    [dossier] { QTest::mouseClick(dossier->phaseButton(), Qt::LeftButton); });
        checkDialog(QStringLiteral("Print plan"),
                    [dossier] { QTest::mouseClick(dossier->planButton(), Qt::LeftButton); });

        QWidget *tab = w.showTab(DossierWidget::Profile);
        checkDialog(QStringLiteral("Profile, record consent"),
                    clickOn(tab, ConsentEditor::tr("Record consent…")));
        checkDialog(QStringLiteral("Profile, change consent"),
                    clickOn(tab, ConsentEditor::tr("Change…")));

        tab = w.showTab(DossierWidget::Intake);
        checkDialog(QStringLiteral("Intake"), clickOn(tab, IntakeTab::tr("&Open")));

        tab = w.showTab(DossierWidget::Barriers);
        checkDialog(QStringLiteral("Barriers, add barrier"),
                    clickOn(tab, BarriersTab::tr("Add &barrier…")));
        // Each of the three tables has an "Edit…": the barriers' own.
        checkDialog(
            QStringLiteral("Barriers, edit barrier"),
            clickOn(qobject_cast<BarriersTab *>(tab)->barrierSection(), BarriersTab::tr("Edit…")));
        checkDialog(QStringLiteral("Barriers, add action"),
                    clickOn(tab, BarriersTab::tr("Add &action…")));
        checkDialog(QStringLiteral("Barriers, add other action"),
                    clickOn(tab, BarriersTab::tr("Add &other action…")));

        tab = w.showTab(DossierWidget::Training);
        checkDialog(QStringLiteral("Training, change enrolment"),
                    clickOn(tab, TrainingTab::tr("Ch&ange enrolment…")));

        tab = w.showTab(DossierWidget::Placements);
        checkDialog(QStringLiteral("Placements, add placement"),
                    clickOn(tab, PlacementsTab::tr("&Add placement…")));
        checkDialog(QStringLiteral("Placements, change placement"),
                    clickOn(tab, PlacementsTab::tr("Change placemen&t…")));
        checkDialog(QStringLiteral("Placements, generate days"),
                    clickOn(tab, PlacementsTab::tr("&Generate days…")));
        checkDialog(QStringLiteral("Placements, add day"),
                    clickOn(tab, PlacementsTab::tr("Add &day…")));
        checkDialog(QStringLiteral("Placements, attendance sheet"),
                    clickOn(tab, PlacementsTab::tr("Attendance &sheet…")));

        tab = w.showTab(DossierWidget::Logbook);
        checkDialog(QStringLiteral("Logbook, add"), clickOn(tab, LogbookTab::tr("&Add…")));
        checkDialog(QStringLiteral("Logbook, edit"), clickOn(tab, LogbookTab::tr("E&dit…")));

        tab = w.showTab(DossierWidget::RoleCard);
        checkDialog(QStringLiteral("Role card, add role"),
                    clickOn(tab, RoleCardTab::tr("&Add role…")), [](QWidget *dialog) {
                        checkDialog(QStringLiteral("Role card, new person"),
                                    clickOn(dialog, RoleDialog::tr("New &person…")));
                    });
        checkDialog(QStringLiteral("Role card, add support person"),
                    clickOn(tab, SupportNetworkEditor::tr("Add &support person…")));

        tab = w.showTab(DossierWidget::Aftercare);
        checkDialog(QStringLiteral("Aftercare, propose contacts"),
                    clickOn(tab, AftercareTab::tr("&Propose aftercare contacts…")));

        // A learner in training with a module not passed; one without a placement yet.
        w.openDossierOf(QStringLiteral("Benali"));
        tab = w.showTab(DossierWidget::Training);
        checkDialog(QStringLiteral("Training, plan a retake"),
                    clickOn(tab, TrainingTab::tr("Plan a re&take…")));
        w.openDossierOf(QStringLiteral("Nowak"));
        tab = w.showTab(DossierWidget::Training);
        checkDialog(QStringLiteral("Training, new enrolment"),
                    clickOn(tab, TrainingTab::tr("&New enrolment…")));
        tab = w.showTab(DossierWidget::Logbook);
        checkDialog(QStringLiteral("Logbook, new conversation today"),
                    clickOn(tab, LogbookTab::tr("&New conversation today")));
    }
}

TEST_CASE("in Dutch Alt+G presses Gewerkt, Alt+E opens Beheer, and Alt+S, Alt+A, Alt+O each go "
          "to one field of the profile")
{
    TestLanguage speaking(QStringLiteral("nl"));
    Window w;
    MainWindow &window = *w.window;
    w.openDossierOf(QStringLiteral("Benali"));

    // Pressed twice, each key stays on its own field: a letter two fields share would go on to
    // the other one.
    auto *profile = qobject_cast<ProfileTab *>(w.showTab(DossierWidget::Profile));
    const QList<QPair<Qt::Key, QString>> keys = {
        { Qt::Key_S, QStringLiteral("statusBeforeStart") },
        { Qt::Key_A, QStringLiteral("email") },
        { Qt::Key_O, QStringLiteral("postalCode") },
    };
    for (const auto &[key, field] : keys) {
        INFO("Alt+" << QKeySequence(key).toString().toStdString());
        QTest::keyClick(&window, key, Qt::AltModifier);
        CHECK(QApplication::focusWidget() == profile->field(field));
        QTest::keyClick(&window, key, Qt::AltModifier);
        CHECK(QApplication::focusWidget() == profile->field(field));
    }

    // Alt+E opens the Beheer menu.
    QMenu *manage = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == MainWindow::tr("&Manage"))
            manage = action->menu();
    }
    REQUIRE(manage);
    QTest::keyClick(&window, Qt::Key_E, Qt::AltModifier);
    CHECK(QTest::qWaitFor([manage] { return manage->isVisible(); }));
    QTest::keyClick(manage, Qt::Key_Escape);
    CHECK(QTest::qWaitFor([manage] { return !manage->isVisible(); }));

    // Alt+G marks the chosen day as worked, and opens no dialog.
    auto *placements = qobject_cast<PlacementsTab *>(w.showTab(DossierWidget::Placements));
    QTableView *days = placements->dayView();
    const auto status = [days](int row) {
        return days->model()->index(row, PlacementDayModel::Status).data().toString();
    };
    int row = 0;
    while (row < days->model()->rowCount() && status(row) == QStringLiteral("Gewerkt"))
        ++row;
    REQUIRE(row < days->model()->rowCount());
    const QModelIndex day = days->model()->index(row, PlacementDayModel::Date);
    days->scrollTo(day);
    QTest::mouseClick(days->viewport(), Qt::LeftButton, {}, days->visualRect(day).center());
    QTest::keyClick(&window, Qt::Key_G, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return status(row) == QStringLiteral("Gewerkt"); }));
    CHECK(QApplication::activeModalWidget() == nullptr);
}

} // namespace TRAJECT_UNITY_ID
