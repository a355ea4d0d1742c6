// SPDX-License-Identifier: GPL-3.0-or-later
// The program's start: the window shows at once and the caseload list is read on a
// thread of its own; a file whose background check fails is closed with the offer of a backup.
#include "TestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "Settings.h"
#include "WelcomePage.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPanel.h"
#include "demo/DemoData.h"
#include "dossier/DossierWidget.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// Presses the button whose text starts with `prefix` in the message box once it shows (other
/// message boxes, such as the list's own read error, are closed on the way).
void answerWhenShown(const QString &prefix, bool &answered, int tries = 500)
{
    QTimer::singleShot(10, [prefix, &answered, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0)
                answerWhenShown(prefix, answered, tries - 1);
            return;
        }
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (button->text().startsWith(prefix)) {
                answered = true;
                button->click();
                return;
            }
        }
        box->reject();
        if (tries > 0)
            answerWhenShown(prefix, answered, tries - 1);
    });
}

void waitUntilHidden(const QWidget &window)
{
    for (int i = 0; i < 500 && window.isVisible(); ++i)
        QTest::qWait(20);
}

} // namespace

TEST_CASE("the window shows before the caseload list is read, which then fills in")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(traject::test::fixedToday());
    qint64 last = 0;
    {
        auto db = require(Database::open(path));
        require(demo::fillDemoCaseload(*db, clock));
        last = require(LearnerRepository(*db, clock).all()).back().id;
    }
    Settings().set(Setting::LastLearner, last);
    auto db = require(Database::open(path, Database::PageCheck::InBackground));

    MainWindow window(*db, clock, nullptr, MainWindow::Loading::InBackground);
    QSignalSpy loaded(window.caseloadPanel(), &CaseloadPanel::loaded);
    window.show();
    CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.workArea());
    REQUIRE(window.caseloadPanel()->isLoading());
    CHECK(window.caseloadPanel()->countLabel()->isVisibleTo(&window));

    REQUIRE(loaded.wait(20000));
    CHECK_FALSE(window.caseloadPanel()->isLoading());
    CHECK(window.caseloadModel()->rowCount() == 25);
    CHECK_FALSE(window.caseloadPanel()->countLabel()->isVisibleTo(&window));
    // The learner of last time is opened, as with a list read at once.
    CHECK(window.dossier()->learnerId() == last);
    Settings().set(Setting::LastLearner, qint64(0));
}

TEST_CASE("a learner added while the list is read is in the list")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(traject::test::fixedToday());
    auto db = require(Database::open(path));
    require(demo::fillDemoCaseload(*db, clock));

    MainWindow window(*db, clock, nullptr, MainWindow::Loading::InBackground);
    QSignalSpy loaded(window.caseloadPanel(), &CaseloadPanel::loaded);
    REQUIRE(window.caseloadPanel()->isLoading());
    LearnerRepository learners(*db, clock);
    Learner learner;
    learner.firstName = QStringLiteral("Zoë");
    learner.lastName = QStringLiteral("Laatkomer");
    require(window.session()->add(
        QStringLiteral("Add learner"), Session::NewLearner, [&]() { return learners.add(learner); },
        window.session()->through(&LearnerRepository::remove, everyAspect())));
    REQUIRE(loaded.wait(20000));
    CHECK(window.caseloadModel()->rowCount() == 26);
}

TEST_CASE("an empty file still opens on the welcome page")
{
    QTemporaryDir dir;
    FixedClock clock(traject::test::fixedToday());
    auto db = require(Database::open(dir.filePath(QStringLiteral("new.sqlite")),
                                     Database::PageCheck::InBackground));
    MainWindow window(*db, clock, nullptr, MainWindow::Loading::InBackground);
    CHECK(window.findChild<QStackedWidget *>()->currentWidget() == window.welcomePage());
    CHECK_FALSE(window.caseloadPanel()->isLoading());
}

TEST_CASE("a file found damaged after the window showed is closed, with the latest backup offered")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(traject::test::fixedToday());
    {
        auto db = require(Database::open(path));
        require(demo::fillDemoCaseload(*db, clock));
    }
    const bool withBackup = GENERATE(false, true);
    CAPTURE(withBackup);
    QString backup;
    if (withBackup)
        backup = require(Backups(path).make(5, QDateTime::currentDateTime())).path;
    {
        QFile file(path);
        REQUIRE(file.size() > 3 * 4096);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(2 * 4096);
        file.write(QByteArray(4096, '\xA5'));
    }
    auto db = require(Database::open(path, Database::PageCheck::InBackground));
    MainWindow window(*db, clock, nullptr, MainWindow::Loading::InBackground);
    bool answered = false;
    answerWhenShown(withBackup ? QStringLiteral("&Restore") : QStringLiteral("&Quit"), answered);
    window.show();
    waitUntilHidden(window);
    CHECK(answered);
    CHECK_FALSE(window.isVisible());
    CHECK(window.backupToRestore() == backup);
    // Nothing can be written into it meanwhile.
    LearnerRepository learners(*db, clock);
    Learner learner;
    learner.firstName = QStringLiteral("Te");
    learner.lastName = QStringLiteral("Laat");
    const auto added = window.session()->add(
        QStringLiteral("Add learner"), Session::NewLearner, [&]() { return learners.add(learner); },
        window.session()->through(&LearnerRepository::remove, everyAspect()));
    CHECK_FALSE(added.ok());
}

} // namespace TRAJECT_UNITY_ID
