// SPDX-License-Identifier: GPL-3.0-or-later
// Locking the window: Ctrl+L and the idle time hide every personal datum (the list,
// the dossier, the other windows, the status bar, tooltips) until the passphrase is typed; what
// was being typed is stored first; a wrong passphrase does not unlock; a plain file says why it
// cannot be locked.
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "caseload/CaseloadPanel.h"
#include "crypto/KeyRing.h"
#include "demo/DemoData.h"
#include "directory/OrganisationsDialog.h"
#include "dossier/DossierWidget.h"
#include "dossier/IntakeTab.h"
#include "intake/AnswerField.h"
#include "intake/IntakeDialog.h"
#include "security/LockScreen.h"
#include "security/PassphraseField.h"
#include "security/UnlockDialog.h"
#include "security/WindowLock.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <functional>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

const QString passphrase = QStringLiteral("paars-konijn-op-de-fiets");

/// A caseload in an encrypted file, in a main window of 1366×768, shown and active.
struct EncryptedWindow
{
    explicit EncryptedWindow(const std::function<void(Database &, const Clock &)> &fill)
    {
        REQUIRE(dir.isValid());
        require(crypto::KeyRing::createKeys(path, passphrase, crypto::KdfCost::minimal(),
                                            crypto::KdfCost::minimal()));
        db = require(Database::open(path));
        REQUIRE(crypto::KeyRing::isEncrypted(path));
        fill(*db, clock);
        window = std::make_unique<MainWindow>(*db, clock);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    WindowLock *lock() const { return window->windowLock(); }
    /// The passphrase field of the lock screen (the test fails when the window is not locked).
    QLineEdit *passphraseEdit() const
    {
        UnlockDialog *form = lock()->lockScreen()->form();
        REQUIRE(form);
        REQUIRE(form->isVisible());
        return form->passphraseField()->edit();
    }
    /// Types the passphrase into the lock screen and presses Enter, as the SPOC does.
    void typePassphrase(const QString &typed) const
    {
        QLineEdit *edit = passphraseEdit();
        CHECK(QTest::qWaitFor([edit] { return edit->hasFocus(); }));
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    std::vector<Learner> learners() const { return require(LearnerRepository(*db, clock).all()); }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("caseload.db"));
    FixedClock clock { fixedToday() };
    std::unique_ptr<Database> db;
    std::unique_ptr<MainWindow> window;
};

void fillDemo(Database &db, const Clock &clock)
{
    require(demo::fillDemoCaseload(db, clock));
}

/// Another caseload: three learners with other names.
void fillOther(Database &db, const Clock &clock)
{
    for (const auto &[first, last] :
         { std::pair { "Zoë", "Vanderstraeten" }, std::pair { "Mehmet", "Yilmaz" },
           std::pair { "Grace", "Mukendi" } }) {
        Learner learner;
        learner.firstName = QString::fromUtf8(first);
        learner.lastName = QString::fromUtf8(last);
        require(LearnerRepository(db, clock).add(learner));
    }
}

/// Every text a person can see or hover in the visible windows of the program: titles, labels,
/// buttons, fields, tabs, menus, the rows of lists, tooltips and status tips.
QStringList visibleTexts()
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.isEmpty())
            texts.append(text);
    };
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        add(window->windowTitle());
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisible())
                continue;
            add(widget->toolTip());
            add(widget->statusTip());
            add(widget->accessibleName());
            if (auto *label = qobject_cast<QLabel *>(widget))
                add(label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                add(button->text());
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                add(edit->text());
            if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
                add(edit->toPlainText());
            if (auto *edit = qobject_cast<QTextEdit *>(widget))
                add(edit->toPlainText());
            if (auto *group = qobject_cast<QGroupBox *>(widget))
                add(group->title());
            if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(tabs->tabText(i));
            }
            for (QAction *action : widget->actions()) {
                add(action->text());
                add(action->toolTip());
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int row = 0; row < model->rowCount(); ++row) {
                    for (int column = 0; column < model->columnCount(); ++column) {
                        const QModelIndex index = model->index(row, column);
                        add(index.data(Qt::DisplayRole).toString());
                        add(index.data(Qt::ToolTipRole).toString());
                    }
                }
            }
        }
    }
    return texts;
}

/// The visible texts that hold a learner's name (full name or surname).
QStringList textsWithNames(const std::vector<Learner> &learners)
{
    QStringList found;
    const QStringList texts = visibleTexts();
    for (const Learner &learner : learners) {
        for (const QString &text : texts) {
            if (text.contains(learner.fullName()) || text.contains(learner.lastName))
                found.append(text);
        }
    }
    return found;
}

/// Opens the dossier of the learner on this row of the caseload list, with a click.
qint64 openLearnerOnRow(MainWindow &window, int row)
{
    QTableView *list = window.caseloadPanel()->view();
    REQUIRE(list->model()->rowCount() > row);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(row, 0)).center());
    REQUIRE(window.dossier()->showsLearner());
    return window.dossier()->learnerId();
}

/// Runs `answer` once a modal dialog of this kind is open (polled: a menu click opens it after
/// the test has waited for the menu).
template<typename Dialog> void whenModal(std::function<void(Dialog *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        answer(dialog);
    });
    poll->start();
}

} // namespace

TEST_CASE("Ctrl+L hides the caseload and the dossier until the passphrase is typed", "[lock]")
{
    EncryptedWindow w(fillDemo);
    const qint64 shown = openLearnerOnRow(*w.window, 0);
    REQUIRE(!textsWithNames(w.learners()).isEmpty()); // the names are there to be hidden

    QTest::keyClick(w.window.get(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(w.lock()->isLocked());
    CHECK_FALSE(w.window->caseloadView()->isVisible());
    CHECK_FALSE(w.window->dossier()->isVisible());
    CHECK_FALSE(w.window->menuBar()->isVisible());
    CHECK_FALSE(w.window->statusBar()->isVisible());
    CHECK(w.window->windowTitle() == QStringLiteral("Trajectplanner (locked)"));
    CHECK(textsWithNames(w.learners()) == QStringList());
    // Ctrl+N and the other keys of the menus do nothing while locked (a dialog that opens all
    // the same is closed again, so that the test goes on).
    bool opened = false;
    QTimer::singleShot(0, [&opened] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            opened = true;
            dialog->close();
        }
    });
    QTest::keyClick(w.passphraseEdit(), Qt::Key_N, Qt::ControlModifier);
    QTest::qWait(0);
    CHECK_FALSE(opened);

    w.typePassphrase(passphrase);
    CHECK(QTest::qWaitFor([&w] { return !w.lock()->isLocked(); }));
    CHECK(w.window->caseloadView()->isVisible());
    CHECK(w.window->dossier()->isVisible());
    CHECK(w.window->dossier()->learnerId() == shown);
    CHECK(w.window->menuBar()->isVisible());
    CHECK(w.window->statusBar()->isVisible());
    CHECK(w.window->windowTitle() == QStringLiteral("Trajectplanner"));
}

TEST_CASE("A grab of the locked window is the same whichever caseload it hides", "[lock]")
{
    // The caret does not blink, so that two pictures of one screen are the same.
    const int flash = QApplication::cursorFlashTime();
    QApplication::setCursorFlashTime(0);
    const auto grabs = [](const std::function<void(Database &, const Clock &)> &fill) {
        EncryptedWindow w(fill);
        openLearnerOnRow(*w.window, 0);
        const QImage open = w.window->grab().toImage();
        QTest::keyClick(w.window.get(), Qt::Key_L, Qt::ControlModifier);
        CHECK(w.lock()->isLocked());
        return std::pair { open, w.window->grab().toImage() };
    };
    const auto [demoOpen, demoLocked] = grabs(fillDemo);
    const auto [otherOpen, otherLocked] = grabs(fillOther);
    QApplication::setCursorFlashTime(flash);
    if (const QString dir = qEnvironmentVariable("TRAJECT_SCREENSHOTS"); !dir.isEmpty())
        demoLocked.save(QDir(dir).filePath(QStringLiteral("locked-window.png")));
    CHECK(demoOpen != otherOpen); // the open windows differ by the caseload they show
    CHECK(demoLocked == otherLocked);
}

TEST_CASE("Open windows hide while locked and come back as they were", "[lock]")
{
    EncryptedWindow w(fillDemo);
    // The address book (a window of its own) and the settings (a dialog that waits for an
    // answer), with something typed in it.
    chooseFromMenu(*w.window, QStringLiteral("Manage"), QStringLiteral("Address book…"));
    auto *book = w.window->findChild<OrganisationsDialog *>();
    REQUIRE(book);
    REQUIRE(QTest::qWaitFor([book] { return book->isVisible(); }));

    bool answered = false;
    whenModal<SettingsDialog>([&](SettingsDialog *settings) {
        if (!activate(settings))
            return;
        QTest::keyClick(settings, Qt::Key_N, Qt::AltModifier);
        QTest::keyClick(settings->nameEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(settings->nameEdit(), QStringLiteral("Sam Peeters"));
        QTest::keyClick(settings->nameEdit(), Qt::Key_L, Qt::ControlModifier);
        CHECK(w.lock()->isLocked());
        CHECK_FALSE(settings->isVisible());
        CHECK_FALSE(book->isVisible());
        CHECK(QApplication::activeModalWidget() == nullptr);
        w.typePassphrase(passphrase);
        CHECK(QTest::qWaitFor([&w] { return !w.lock()->isLocked(); }));
        CHECK(settings->isVisible());
        CHECK(book->isVisible());
        // The dialog is still waiting for its answer, with what was typed, where it was typed.
        CHECK(QApplication::activeModalWidget() == settings);
        CHECK(settings->nameEdit()->text() == QStringLiteral("Sam Peeters"));
        CHECK(QTest::qWaitFor([settings] { return QApplication::activeWindow() == settings; }));
        CHECK(settings->nameEdit()->hasFocus());
        QTest::keyClick(settings, Qt::Key_Escape);
        answered = true;
    });
    chooseFromMenu(*w.window, QStringLiteral("File"), QStringLiteral("Settings…"));
    CHECK(answered);
}

TEST_CASE("The intake answer being typed is stored when the window locks", "[lock]")
{
    EncryptedWindow w(fillOther);
    const Learner learner = w.learners().front();
    const Intake intake = require(IntakeRepository(*w.db, w.clock).start(learner.id, fixedToday()));
    openLearnerOnRow(*w.window, 0);
    REQUIRE(w.window->dossier()->learnerId() == learner.id);
    QTabBar *tabs = w.window->dossier()->tabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(DossierWidget::Intake).center());
    auto *tab = qobject_cast<IntakeTab *>(w.window->dossier()->tab(DossierWidget::Intake));
    REQUIRE(tab);

    IntakeAnswers whileLocked;
    bool answered = false;
    whenModal<IntakeDialog>([&](IntakeDialog *form) {
        if (!activate(form))
            return;
        AnswerField *statute = form->field(QStringLiteral("statute"));
        if (!statute)
            return form->reject();
        QWidget *editor = statute->focusWidgets().first();
        editor->setFocus();
        // Typed, not left: nothing stores it yet but the lock.
        QTest::keyClicks(editor, QStringLiteral("Werkzoekend, leefloon"));
        QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier);
        CHECK(w.lock()->isLocked());
        CHECK_FALSE(form->isVisible());
        whileLocked = require(IntakeRepository(*w.db, w.clock).answers(intake.id));
        w.typePassphrase(passphrase);
        CHECK(QTest::qWaitFor([&w] { return !w.lock()->isLocked(); }));
        CHECK(form->isVisible());
        CHECK(QTest::qWaitFor([form] { return QApplication::activeWindow() == form; }));
        CHECK(editor->hasFocus());
        QTest::keyClick(form, Qt::Key_Escape);
        answered = true;
    });
    QTest::mouseClick(tab->openButton(), Qt::LeftButton);
    CHECK(answered);
    CHECK(whileLocked.value(QStringLiteral("statute")) == QStringLiteral("Werkzoekend, leefloon"));
}

TEST_CASE("The window locks itself after the idle time", "[lock]")
{
    EncryptedWindow w(fillDemo);
    openLearnerOnRow(*w.window, 0);
    // Milliseconds instead of the setting's minutes; nothing is typed meanwhile.
    w.lock()->setIdleInterval(std::chrono::milliseconds(50));
    CHECK(QTest::qWaitFor([&w] { return w.lock()->isLocked(); }));
    CHECK_FALSE(w.window->caseloadView()->isVisible());
    CHECK(textsWithNames(w.learners()) == QStringList());
    w.lock()->setIdleInterval(std::chrono::milliseconds(0)); // not again while the test goes on
    w.typePassphrase(passphrase);
    CHECK(QTest::qWaitFor([&w] { return !w.lock()->isLocked(); }));
    CHECK(w.window->caseloadView()->isVisible());
}

TEST_CASE("The idle minutes are typed in the settings and used at once", "[lock]")
{
    const int before = Settings().get(Setting::LockAfterIdleMinutes);
    Settings().set(Setting::LockAfterIdleMinutes, Setting::LockAfterIdleMinutes.defaultValue);
    EncryptedWindow w(fillOther);
    CHECK(Setting::LockAfterIdleMinutes.defaultValue == 10);
    CHECK(w.lock()->idleInterval() == std::chrono::minutes(10));

    whenModal<SettingsDialog>([&](SettingsDialog *settings) {
        if (!activate(settings))
            return;
        if (const QString dir = qEnvironmentVariable("TRAJECT_SCREENSHOTS"); !dir.isEmpty())
            settings->grab().save(QDir(dir).filePath(QStringLiteral("settings-lock.png")));
        QTest::keyClick(settings, Qt::Key_K, Qt::AltModifier);
        CHECK(settings->lockMinutesBox()->hasFocus());
        CHECK(settings->lockMinutesBox()->text() == QStringLiteral("10 minute(s)"));
        QTest::keyClick(settings->lockMinutesBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(settings->lockMinutesBox(), QStringLiteral("3"));
        QTest::keyClick(settings->lockMinutesBox(), Qt::Key_Return);
    });
    // In the language of the run (the pictures are made in Dutch).
    chooseFromMenu(*w.window, QCoreApplication::translate("traject::MainWindow", "&File"),
                   QCoreApplication::translate("traject::MainWindow", "&Settings…"));
    CHECK(Settings().get(Setting::LockAfterIdleMinutes) == 3);
    CHECK(w.lock()->idleInterval() == std::chrono::minutes(3));
    Settings().set(Setting::LockAfterIdleMinutes, before);
}

TEST_CASE("A wrong passphrase does not unlock the window", "[lock]")
{
    EncryptedWindow w(fillDemo);
    openLearnerOnRow(*w.window, 0);
    QTest::keyClick(w.window.get(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(w.lock()->isLocked());

    w.typePassphrase(QStringLiteral("paars-konijn-op-de-step"));
    UnlockDialog *form = w.lock()->lockScreen()->form();
    REQUIRE(form);
    CHECK(QTest::qWaitFor([form] { return form->failedTries() == 1; }));
    CHECK(w.lock()->isLocked());
    CHECK_FALSE(w.window->caseloadView()->isVisible());
    CHECK(textsWithNames(w.learners()) == QStringList());
    if (const QString dir = qEnvironmentVariable("TRAJECT_SCREENSHOTS"); !dir.isEmpty())
        w.window->grab().save(QDir(dir).filePath(QStringLiteral("locked-wrong.png")));
    const QString said = form->message()->text();
    CHECK((said == QStringLiteral("That passphrase is not right. You can try again in 1 second(s).")
           || said == QStringLiteral("That passphrase is not right. Try again.")));

    // After the wait, the right one opens it.
    CHECK(QTest::qWaitFor([form] { return form->unlockButton()->isEnabled(); }));
    w.typePassphrase(passphrase);
    CHECK(QTest::qWaitFor([&w] { return !w.lock()->isLocked(); }));
    CHECK(w.window->caseloadView()->isVisible());
}

TEST_CASE("A plain file cannot be locked, and the window says why", "[lock]")
{
    DemoWindow w;
    QString said;
    QTimer::singleShot(0, [&said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        said = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(w.window.get(), Qt::Key_L, Qt::ControlModifier);
    CHECK(said
          == QStringLiteral(
              "Only an encrypted file can be locked: the window then asks your passphrase before "
              "it shows anything again. This file is not encrypted, so anyone could open it "
              "without a passphrase.\n\nA file with real learners: encrypt it first with File > "
              "Encrypt…. Then Ctrl+L locks the window, and it locks by itself when you leave it "
              "alone for a while."));
    CHECK_FALSE(w.window->windowLock()->isLocked());
    CHECK(w.window->caseloadView()->isVisible());
}

} // namespace TRAJECT_UNITY_ID
