// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "MainWindow.h"
#include "NewLearnerDialog.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "caseload/CaseloadPanel.h"
#include "dossier/DossierWidget.h"
#include "storage/LearnerRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

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
    dialog.accept();
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
    Learner learner;
    learner.firstName = QStringLiteral("Sara");
    learner.lastName = QStringLiteral("Tesfaye");
    const qint64 id = require(LearnerRepository(*db, clock).add(learner));
    MainWindow window(*db, clock);
    window.show();
    window.caseloadPanel()->selectLearner(id);
    CHECK(window.dossier()->learnerId() == id);
}

TEST_CASE("the settings dialog keeps the chosen language")
{
    SettingsDialog dialog;
    auto *box = dialog.languageBox();
    box->setCurrentIndex(box->findData(QStringLiteral("en")));
    dialog.accept();
    SettingsDialog again;
    CHECK(again.languageBox()->currentData().toString() == QStringLiteral("en"));
    again.languageBox()->setCurrentIndex(again.languageBox()->findData(QStringLiteral("nl")));
    again.accept();
}
