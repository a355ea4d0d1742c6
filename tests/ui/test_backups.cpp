// SPDX-License-Identifier: GPL-3.0-or-later
// "nothing lost": choosing a backup to restore, the daily backup, and the offer of the
// latest good backup when a file cannot be opened.
#include "TestSupport.h"
#include "sqlite/SqliteDriver.h"

#include "demo/DemoData.h"
#include "safety/BackupActions.h"
#include "safety/BackupListModel.h"
#include "safety/RestoreBackupDialog.h"
#include "storage/Backups.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

QString demoFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("caseload.sqlite"));
    auto db = require(Database::open(path));
    FixedClock clock(fixedToday());
    require(demo::fillDemoCaseload(*db, clock));
    return path;
}

void removeOneLearner(const QString &path)
{
    const QString name = QStringLiteral("test-ui-backups-raw");
    {
        auto db = sqlite::addDatabase(name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        REQUIRE(query.exec(
            QStringLiteral("DELETE FROM learner WHERE id = (SELECT min(id) FROM learner)")));
    }
    QSqlDatabase::removeDatabase(name);
}

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0));
}

} // namespace

TEST_CASE("the restore dialog lists the backups and previews the chosen one")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const Backups backups(path);
    require(backups.make(30, at(12)));
    removeOneLearner(path);
    require(backups.make(30, at(13, 16)));
    QFile junk(backups.folder() + QStringLiteral("/broken.sqlite"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a database");
    junk.close();

    RestoreBackupDialog dialog(path, 24);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.model()->rowCount() == 3);

    // The newest usable backup is chosen, with a preview of what happens.
    CHECK(dialog.table()->hasFocus());
    CHECK(dialog.chosenPath()
          == backups.folder() + QStringLiteral("/caseload-20250313-160000.sqlite"));
    CHECK(dialog.preview()->text().contains(QStringLiteral("13/03/2025 16:00 with 24 learner")));
    CHECK(dialog.preview()->text().contains(QStringLiteral("safety copy")));
    const int newest = dialog.model()->rowOf(backups.folder()
                                             + QStringLiteral("/caseload-20250313-160000.sqlite"));
    CHECK(dialog.model()->data(dialog.model()->index(newest, BackupListModel::Learners)).toString()
          == QStringLiteral("24"));

    // Down with the keyboard: the older one.
    QTest::keyClick(dialog.table(), Qt::Key_Down);
    CHECK(dialog.preview()->text().contains(QStringLiteral("12/03/2025 09:00 with 25 learner")));
    CHECK(dialog.restoreButton()->isEnabled());

    // The broken file is listed, and cannot be chosen.
    const int broken = dialog.model()->rowOf(backups.folder() + QStringLiteral("/broken.sqlite"));
    REQUIRE(broken >= 0);
    dialog.table()->setCurrentIndex(dialog.model()->index(broken, 0));
    CHECK(dialog.preview()->text().contains(QStringLiteral("cannot be restored")));
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    CHECK_FALSE(dialog.chosenPath().has_value());

    // A file from elsewhere, then Enter restores it.
    const QString elsewhere = dir.filePath(QStringLiteral("usb.sqlite"));
    require(backups.copyTo(elsewhere, QDateTime::currentDateTime()));
    dialog.chooseFile(elsewhere);
    CHECK(dialog.model()->rowCount() == 4);
    CHECK(dialog.chosenPath() == elsewhere);
    CHECK(dialog.preview()->text().contains(QStringLiteral("with 24 learner")));
    QTest::keyClick(dialog.table(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);

    if (qEnvironmentVariableIsSet("TRAJECT_SCREENSHOTS")) {
        RestoreBackupDialog shot(path, 24);
        shot.show();
        QTest::qWait(50);
        shot.grab().save(QStringLiteral("/tmp/h-backup-restore.png"));
    }
}

TEST_CASE("Escape closes the restore dialog without choosing")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    RestoreBackupDialog dialog(path, 25);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.model()->rowCount() == 0);
    CHECK(dialog.preview()->text().contains(QStringLiteral("no backups yet")));
    CHECK_FALSE(dialog.restoreButton()->isEnabled());
    QTest::keyClick(dialog.table(), Qt::Key_Escape);
    CHECK(dialog.result() == QDialog::Rejected);
}

TEST_CASE("the daily backup is made when the newest is more than a day old")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    auto db = require(Database::open(path)); // the program has it open
    require(Backups(path).make(30, at(13, 10)));

    QDateTime now = at(14, 9);
    DailyBackup daily(path, 30, 5);
    daily.setNow([&now] { return now; });
    QSignalSpy made(&daily, &DailyBackup::made);
    QSignalSpy failed(&daily, &DailyBackup::failed);

    CHECK_FALSE(daily.check()); // 23 hours
    now = at(14, 11);
    CHECK(daily.check());
    REQUIRE(made.size() == 1);
    CHECK(made.at(0).at(0).toString().endsWith(QLatin1String("caseload-20250314-110000.sqlite")));
    CHECK_FALSE(daily.check()); // just made

    // Driven by its timer.
    now = at(15, 12);
    daily.setInterval(std::chrono::milliseconds(10));
    daily.start();
    REQUIRE(made.wait(5000));
    daily.stop();
    CHECK(Backups(path).newestAutomatic() == at(15, 12));
    CHECK(failed.isEmpty());
}

TEST_CASE("a daily backup that fails is reported")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    // A file where the backups folder should be.
    QFile blocker(dir.filePath(QStringLiteral("backups")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DailyBackup daily(path, 30, 5);
    QSignalSpy failed(&daily, &DailyBackup::failed);
    CHECK_FALSE(daily.check());
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(0).toString().startsWith(QStringLiteral("The daily backup failed")));
}

TEST_CASE("a damaged file offers the latest good backup, which is then restored")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const QString good = require(Backups(path).make(30, at(13))).path;
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(8192, '\x5a'));
    }
    QString text, button;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return; // no exceptions through the event loop: the checks below fail instead
        text = box->text() + QLatin1Char('\n') + box->informativeText();
        button = box->defaultButton()->text();
        QTimer::singleShot(0, [] {
            // The message after the restore.
            if (auto *done = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                done->accept();
        });
        QTest::keyClick(box, Qt::Key_Return);
    });
    const auto restored = offerLatestBackup(path, QStringLiteral("The file is damaged."), nullptr);
    CHECK(text.contains(QStringLiteral("The file is damaged.")));
    CHECK(button
          == QStringLiteral("&Restore the latest good backup (13/03/2025 09:00, 25 learner(s))"));
    CHECK(restored == good);
    CHECK(Backups::peek(path).learners == 25);
    require(Backups::checkIntegrity(path));
}

TEST_CASE("without a good backup the offer is only to quit, and nothing changes")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const QByteArray before = fileChecksum(path);
    QString button;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        button = box->defaultButton()->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    CHECK_FALSE(offerLatestBackup(path, QStringLiteral("Newer."), nullptr).has_value());
    CHECK(button == QStringLiteral("&Quit"));
    CHECK(fileChecksum(path) == before);
}

} // namespace TRAJECT_UNITY_ID
