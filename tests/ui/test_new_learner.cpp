// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "MainWindow.h"
#include "NewLearnerDialog.h"
#include "Session.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "dossier/DossierWidget.h"
#include "dossier/ProfileTab.h"
#include "storage/LearnerRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <utility>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

TEST_CASE("a new learner is made with the keyboard alone")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Session session(*db, clock);
    NewLearnerDialog dialog(session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.firstNameEdit()->setFocus();
    REQUIRE(QApplication::focusWidget() == dialog.firstNameEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Amina"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("El Idrissi"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    const Learner learner = require(LearnerRepository(*db, clock).get(dialog.createdLearner()));
    CHECK(learner.fullName() == QStringLiteral("Amina El Idrissi"));
    CHECK(learner.phase == Phase::Referral);
    CHECK(learner.phaseSince == clock.today());
    session.undoStack()->undo();
    CHECK(require(LearnerRepository(*db, clock).count()) == 0);
}

TEST_CASE("a new learner without a last name is refused in the dialog")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Session session(*db, clock);
    NewLearnerDialog dialog(session);
    dialog.show();
    QTest::keyClicks(dialog.firstNameEdit(), QStringLiteral("Amina"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    bool shown = false;
    for (auto *label : dialog.findChildren<ErrorLabel *>())
        shown = shown
            || (label->isVisibleTo(&dialog) && label->text().contains(QStringLiteral("last name")));
    CHECK(shown);
    CHECK(require(LearnerRepository(*db, clock).count()) == 0);
}

TEST_CASE("choosing a learner in the list opens the dossier, and undo works from the main window")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    LearnerRepository learners(*db, clock);
    QList<qint64> ids;
    for (const auto &[first, last] :
         { std::pair { "Sara", "Tesfaye" }, { "Amina", "El Idrissi" } }) {
        Learner learner;
        learner.firstName = QString::fromUtf8(first);
        learner.lastName = QString::fromUtf8(last);
        ids.append(require(learners.add(learner)));
    }
    MainWindow window(*db, clock);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    // The learner to choose: one whose dossier is not open yet (the window may reopen the
    // learner of last time).
    const qint64 id = window.dossier()->learnerId() == ids.front() ? ids.back() : ids.front();
    REQUIRE(window.dossier()->learnerId() != id);

    // A click on the learner's row in the list opens the dossier.
    QTableView *list = window.caseloadView();
    const auto clickRow = [list, id] {
        QModelIndex row;
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 0).data(CaseloadModel::IdRole).toLongLong() == id)
                row = list->model()->index(r, 0);
        }
        REQUIRE(row.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    };
    clickRow();
    REQUIRE(window.dossier()->learnerId() == id);

    // An edit in the dossier, with the keys: a new e-mail address, stored as the field is left.
    auto *profile = qobject_cast<ProfileTab *>(window.dossier()->tab(DossierWidget::Profile));
    REQUIRE(profile);
    QTabBar *tabs = window.dossier()->tabs()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(DossierWidget::Profile).center());
    REQUIRE(window.dossier()->tabs()->currentWidget() == profile);
    auto *email = qobject_cast<QLineEdit *>(profile->field(QStringLiteral("email")));
    REQUIRE(email);
    REQUIRE(require(learners.get(id)).email.isEmpty());
    const auto typeEmail = [&](const QString &text) {
        QTest::mouseClick(email, Qt::LeftButton);
        REQUIRE(email->hasFocus());
        QTest::keyClicks(email, text);
        QTest::keyClick(email, Qt::Key_Tab);
        REQUIRE(require(learners.get(id)).email == text);
    };
    typeEmail(QStringLiteral("sara@example.be"));

    // Edit > Undo, chosen with the mouse in the menu bar, takes the edit back.
    QMenuBar *bar = window.menuBar();
    QMenu *editMenu = nullptr;
    for (QAction *action : bar->actions()) {
        if (action->text() == QStringLiteral("&Edit"))
            editMenu = action->menu();
    }
    REQUIRE(editMenu);
    QAction *undo = nullptr;
    for (QAction *action : editMenu->actions()) {
        if (action->text().startsWith(QStringLiteral("&Undo")))
            undo = action;
    }
    REQUIRE(undo);
    QTest::mouseClick(bar, Qt::LeftButton, {},
                      bar->actionGeometry(editMenu->menuAction()).center());
    REQUIRE(QTest::qWaitFor([editMenu] { return editMenu->isVisible(); }));
    QTest::mouseClick(editMenu, Qt::LeftButton, {}, editMenu->actionGeometry(undo).center());
    CHECK(require(learners.get(id)).email.isEmpty());
    CHECK(email->text().isEmpty());
    CHECK(window.dossier()->learnerId() == id);

    // Ctrl+Z does the same, here pressed in the caseload list.
    typeEmail(QStringLiteral("s.tesfaye@example.be"));
    clickRow();
    REQUIRE(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    CHECK(require(learners.get(id)).email.isEmpty());
    CHECK(email->text().isEmpty());
    CHECK(window.dossier()->learnerId() == id);

    // And in the text field Tab went to, which has nothing of its own to undo: there too Ctrl+Z
    // takes back the stored change (a text field used to swallow the keys).
    typeEmail(QStringLiteral("sara.t@example.be"));
    QWidget *next = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(next));
    REQUIRE(next != email);
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier);
    CHECK(require(learners.get(id)).email.isEmpty());
    CHECK(email->text().isEmpty());
    // Typing in a field is still undone in the field first, and only then in the window.
    typeEmail(QStringLiteral("sara@example.be"));
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(field);
    const QString was = field->text();
    QTest::keyClicks(field, QStringLiteral("x"));
    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(field->text() == was);
    CHECK(require(learners.get(id)).email == QStringLiteral("sara@example.be"));
}

TEST_CASE("the settings dialog keeps the chosen language")
{
    const QString before = Settings().get(Setting::Language);
    // Chooses a language as a user does: Alt+L to the field, F4 opens the list, the arrows walk
    // to the language and Enter takes it; Tab and Enter confirm the dialog.
    const auto choose = [](const QString &language) {
        SettingsDialog dialog;
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        QComboBox *box = dialog.languageBox();
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        REQUIRE(box->hasFocus());
        QTest::keyClick(box, Qt::Key_F4);
        REQUIRE(QTest::qWaitFor([box] { return box->view()->isVisible(); }));
        const int wanted = box->findText(language);
        REQUIRE(wanted >= 0);
        for (int step = 0; step < box->count() && box->view()->currentIndex().row() != wanted;
             ++step)
            QTest::keyClick(box->view(),
                            wanted > box->view()->currentIndex().row() ? Qt::Key_Down : Qt::Key_Up);
        REQUIRE(box->view()->currentIndex().row() == wanted);
        QTest::keyClick(box->view(), Qt::Key_Return);
        CHECK(box->currentText() == language);
        // Return on the closed choice would open its list again: Tab on to
        // the next field, where Return confirms the dialog.
        QTest::keyClick(box, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
    };

    choose(QStringLiteral("English"));
    CHECK(Settings().get(Setting::Language) == QStringLiteral("en"));
    CHECK(SettingsDialog().languageBox()->currentData().toString() == QStringLiteral("en"));
    choose(QStringLiteral("Nederlands"));
    CHECK(Settings().get(Setting::Language) == QStringLiteral("nl"));
    CHECK(SettingsDialog().languageBox()->currentData().toString() == QStringLiteral("nl"));
    Settings().set(Setting::Language, before);
}

} // namespace TRAJECT_UNITY_ID
