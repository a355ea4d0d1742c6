// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "privacy/EraseLearnerDialog.h"
#include "privacy/PrivacyActions.h"
#include "storage/AuditLog.h"
#include "storage/LearnerRepository.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace traject;
using traject::test::require;

namespace {

struct Caseload
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    std::unique_ptr<Session> session;
    qint64 learnerId = 0;
    QString name;

    Caseload()
    {
        require(demo::fillDemoCaseload(*db, clock));
        session = std::make_unique<Session>(*db, clock);
        learnerId = require(sql::scalar(*db, QStringLiteral("SELECT min(id) FROM learner")));
        name = require(LearnerRepository(*db, clock).get(learnerId)).fullName();
    }

    qint64 learners() const
    {
        return require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM learner")));
    }
};

/// Types into the erase confirmation as soon as it opens, then presses Enter (and, if the dialog
/// is still open, Escape).
void answerConfirmation(const QString &typed, bool &sawDialog)
{
    QTimer::singleShot(0, [typed, &sawDialog] {
        auto *dialog = qobject_cast<EraseLearnerDialog *>(QApplication::activeModalWidget());
        sawDialog = dialog != nullptr;
        if (!dialog)
            return;
        QTest::keyClicks(dialog->nameField(), typed);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        if (dialog->isVisible())
            QTest::keyClick(dialog, Qt::Key_Escape);
    });
}

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
    Caseload caseload;
    const qint64 before = caseload.learners();
    bool sawDialog = false;
    answerConfirmation(QStringLiteral("Someone Else"), sawDialog);
    CHECK_FALSE(
        PrivacyActions::eraseLearnerForever(*caseload.session, caseload.learnerId, nullptr));
    CHECK(sawDialog);
    CHECK(caseload.learners() == before);
    CHECK(require(AuditLog(*caseload.db, caseload.clock).entries()).empty());
}

TEST_CASE("erasing a learner from the window removes them and clears the undo history")
{
    Caseload caseload;
    const qint64 before = caseload.learners();
    // An earlier edit that could be undone.
    LearnerRepository learners(*caseload.db, caseload.clock);
    const Learner original = require(learners.get(caseload.learnerId));
    Learner changed = original;
    changed.notes = QStringLiteral("Belt liever na 16 uur");
    require(caseload.session->edit(
        QStringLiteral("notes"), caseload.learnerId, [&] { return learners.update(changed); },
        [&] { return learners.update(original); }));
    REQUIRE(caseload.session->undoStack()->count() == 1);
    QSignalSpy notified(caseload.session.get(), &Session::changed);

    bool sawDialog = false;
    answerConfirmation(caseload.name, sawDialog);
    CHECK(PrivacyActions::eraseLearnerForever(*caseload.session, caseload.learnerId, nullptr));
    CHECK(sawDialog);
    CHECK(caseload.learners() == before - 1);
    CHECK(caseload.session->undoStack()->count() == 0);
    CHECK(notified.count() == 1);
    const auto entries = require(AuditLog(*caseload.db, caseload.clock).entries());
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().action == AuditAction::Erase);
}

TEST_CASE("anonymising from the window asks first; cancel keeps everything")
{
    Caseload caseload;
    const auto answer = [](bool anonymise) {
        QTimer::singleShot(0, [anonymise] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            for (auto *button : box->buttons()) {
                if ((box->buttonRole(button) == QMessageBox::DestructiveRole) == anonymise) {
                    button->click();
                    return;
                }
            }
        });
    };
    answer(false);
    CHECK_FALSE(PrivacyActions::anonymiseLearner(*caseload.session, caseload.learnerId, nullptr));
    CHECK(
        require(LearnerRepository(*caseload.db, caseload.clock).get(caseload.learnerId)).fullName()
        == caseload.name);

    answer(true);
    CHECK(PrivacyActions::anonymiseLearner(*caseload.session, caseload.learnerId, nullptr));
    CHECK(
        require(LearnerRepository(*caseload.db, caseload.clock).get(caseload.learnerId)).fullName()
        == QStringLiteral("Anoniem %1").arg(caseload.learnerId));
}
