// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "UiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "caseload/CaseloadModel.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"
#include "privacy/EraseLearnerDialog.h"
#include "storage/AuditLog.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();

    Caseload() { require(demo::fillDemoCaseload(*db, clock)); }

    qint64 learners() const
    {
        return require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM learner")));
    }
};

/// Types into the erase confirmation as soon as it opens, then presses Enter (and, if the dialog
/// is still open, Escape). Stops looking when `context` goes.
void answerConfirmation(QObject *context, const QString &typed, bool &sawDialog, int tries = 500)
{
    QTimer::singleShot(10, context, [context, typed, &sawDialog, tries] {
        auto *dialog = qobject_cast<EraseLearnerDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (tries > 0)
                answerConfirmation(context, typed, sawDialog, tries - 1);
            return;
        }
        sawDialog = true;
        QTest::keyClicks(dialog->nameField(), typed);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        if (dialog->isVisible())
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
}

/// Answers the question whether to anonymise as soon as it shows: a click on Anonymise or on
/// the other button. Stops looking when `context` goes.
void answerQuestion(QObject *context, bool anonymise, bool &asked, int tries = 500)
{
    QTimer::singleShot(10, context, [context, anonymise, &asked, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0)
                answerQuestion(context, anonymise, asked, tries - 1);
            return;
        }
        asked = true;
        for (auto *button : box->buttons()) {
            if ((box->buttonRole(button) == QMessageBox::DestructiveRole) == anonymise) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
    });
}

/// The main window on the demo caseload, with a learner chosen by a click in the list.
struct Window
{
    Caseload caseload;
    MainWindow window { *caseload.db, caseload.clock };
    qint64 learnerId = 0;
    QString name;

    Window()
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        // The first learner whose dossier is not open yet (the window may reopen the learner of
        // last time).
        learnerId = require(sql::scalar(*caseload.db,
                                        QStringLiteral("SELECT min(id) FROM learner WHERE id <> %1")
                                            .arg(window.dossier()->learnerId())));
        name = require(LearnerRepository(*caseload.db, caseload.clock).get(learnerId)).fullName();
        QTableView *list = window.caseloadView();
        QModelIndex row;
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 0).data(CaseloadModel::IdRole).toLongLong() == learnerId)
                row = list->model()->index(r, 0);
        }
        REQUIRE(row.isValid());
        list->scrollTo(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
        REQUIRE(window.dossier()->learnerId() == learnerId);
    }

    Session &session() const { return *window.session(); }

    /// Chooses an item of a menu in the menu bar with the mouse, as a SPOC does.
    void chooseInMenu(const QString &menuTitle, const QString &itemText)
    {
        traject::test::chooseFromMenu(window, menuTitle, itemText);
    }
};

} // namespace

TEST_CASE("the erase confirmation lets the SPOC go on only after typing the learner's name")
{
    EraseLearnerDialog dialog(QStringLiteral("Sara Tesfaye"),
                              { QStringLiteral("/home/spoc/backups/traject-20250301.sqlite") });
    dialog.show();
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    QTest::keyClicks(dialog.nameField(), QStringLiteral("Sara"));
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    QTest::keyClick(dialog.nameField(), Qt::Key_Return);
    CHECK(dialog.isVisible()); // Enter with a wrong name does nothing
    CHECK(dialog.result() == QDialog::Rejected);
    QTest::keyClicks(dialog.nameField(), QStringLiteral("  tesfaye"));
    CHECK(dialog.eraseButton()->isEnabled());
    QTest::keyClick(dialog.nameField(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("erasing a learner from the window: a wrong name erases nothing")
{
    Window w;
    const qint64 before = w.caseload.learners();
    bool sawDialog = false;
    answerConfirmation(&w.window, QStringLiteral("Someone Else"), sawDialog);
    w.chooseInMenu(QStringLiteral("&Learner"), QStringLiteral("E&rase for good…"));
    CHECK(sawDialog);
    CHECK(w.caseload.learners() == before);
    CHECK(require(LearnerRepository(*w.caseload.db, w.caseload.clock).get(w.learnerId)).fullName()
          == w.name);
    CHECK(require(AuditLog(*w.caseload.db, w.caseload.clock).entries()).empty());
}

TEST_CASE("erasing a learner from the window removes them and clears the undo history")
{
    Window w;
    const qint64 before = w.caseload.learners();
    // An earlier edit that could be undone.
    LearnerRepository learners(*w.caseload.db, w.caseload.clock);
    const Learner original = require(learners.get(w.learnerId));
    Learner changed = original;
    changed.notes = QStringLiteral("Belt liever na 16 uur");
    require(w.session().edit(
        QStringLiteral("notes"), w.learnerId, Aspect::Profile,
        [&] { return learners.update(changed); }, [&] { return learners.update(original); }));
    REQUIRE(w.session().undoStack()->count() == 1);
    QSignalSpy notified(&w.session(), &Session::changed);

    bool sawDialog = false;
    answerConfirmation(&w.window, w.name, sawDialog);
    w.chooseInMenu(QStringLiteral("&Learner"), QStringLiteral("E&rase for good…"));
    CHECK(sawDialog);
    CHECK(w.caseload.learners() == before - 1);
    CHECK_FALSE(learners.get(w.learnerId).ok());
    CHECK(w.session().undoStack()->count() == 0);
    CHECK(notified.count() == 1);
    const auto entries = require(AuditLog(*w.caseload.db, w.caseload.clock).entries());
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().action == AuditAction::Erase);
    // The window follows: the learner is gone from the list, and their dossier is no longer shown.
    CHECK(w.window.caseloadModel()->rowOf(w.learnerId) < 0);
    CHECK_FALSE(w.window.dossier()->showsLearner());
}

TEST_CASE("anonymising from the window asks first; cancel keeps everything")
{
    Window w;
    bool asked = false;
    answerQuestion(&w.window, false, asked);
    w.chooseInMenu(QStringLiteral("&Learner"), QStringLiteral("&Anonymise…"));
    CHECK(asked);
    CHECK(require(LearnerRepository(*w.caseload.db, w.caseload.clock).get(w.learnerId)).fullName()
          == w.name);

    asked = false;
    answerQuestion(&w.window, true, asked);
    w.chooseInMenu(QStringLiteral("&Learner"), QStringLiteral("&Anonymise…"));
    CHECK(asked);
    CHECK(require(LearnerRepository(*w.caseload.db, w.caseload.clock).get(w.learnerId)).fullName()
          == QStringLiteral("Anoniem")); // the number is the row's key, not part of the name
}

} // namespace TRAJECT_UNITY_ID
