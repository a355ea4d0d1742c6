// SPDX-License-Identifier: GPL-3.0-or-later
// An edit in the window that does not fit on the disk says so where it was typed, keeps
// the form open with what was typed, and leaves the undo history and the table as they were.
#include "FullFolder.h"
#include "TestSupport.h"

#include "Session.h"
#include "demo/DemoData.h"
#include "dossier/LogbookTab.h"
#include "dossier/logbook/ContactMomentDialog.h"
#include "dossier/logbook/LogbookModel.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::FullFolder;
using traject::test::require;

TEST_CASE("a logbook line that does not fit on the disk is refused in the form, nothing half done")
{
    // Two full disks: SQLite's files limited by our VFS, and a real tmpfs (needs root).
    const auto kind = GENERATE(FullFolder::Injected, FullFolder::Tmpfs);
    CAPTURE(kind);
    QTemporaryDir dir;
    FullFolder tiny(kind, dir.filePath(QStringLiteral("tiny")), QStringLiteral("4m"));
    if (!tiny.ready())
        TRAJECT_SKIP(tiny.skipReason());
    FixedClock clock(traject::test::fixedToday());
    auto db = require(Database::open(tiny.filePath(QStringLiteral("caseload.sqlite"))));
    require(demo::fillDemoCaseload(*db, clock));
    const qint64 learner = require(sql::scalar(*db, QStringLiteral("SELECT min(id) FROM learner")));
    Session session(*db, clock);
    LogbookTab tab(session);
    tab.resize(800, 600);
    tab.show();
    tab.showLearner(learner);
    const int rows = tab.model()->rowCount();
    const int steps = session.undoStack()->count();

    // Leave about 64 kB free, then note a conversation of about 300 kB.
    tiny.leaveRoom(64 * 1024);
    QTest::mouseClick(tab.conversationTodayButton(), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto *dialog = qobject_cast<ContactMomentDialog *>(tab.openEditor());
    REQUIRE(dialog);
    const QString notes = QStringLiteral("Gesprek over de stage. ").repeated(13000);
    // Pasted, as a SPOC pastes a long text.
    QGuiApplication::clipboard()->setText(notes);
    dialog->notesEdit()->setFocus();
    QTest::keyClick(dialog->notesEdit(), Qt::Key_V, Qt::ControlModifier);
    REQUIRE(dialog->notesEdit()->toPlainText() == notes);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);

    CHECK(dialog->isVisible());
    CHECK(dialog->errors().errorFor(QString()).startsWith(QStringLiteral("The disk is full")));
    CHECK(dialog->notesEdit()->toPlainText() == notes);
    CHECK(session.undoStack()->count() == steps);
    CHECK(tab.model()->rowCount() == rows);
    CHECK(require(sql::scalar(*db,
                              QStringLiteral("SELECT count(*) FROM contact_moment WHERE "
                                             "length(notes) > 100000")))
          == 0);

    // With room again the same form saves, and the step can be undone.
    tiny.freeRoom();
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    CHECK(session.undoStack()->count() == steps + 1);
    CHECK(tab.model()->rowCount() == rows + 1);
    session.undoStack()->undo();
    CHECK(tab.model()->rowCount() == rows);
    auto check = require(sql::exec(*db, QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}

} // namespace TRAJECT_UNITY_ID
