// SPDX-License-Identifier: GPL-3.0-or-later
// "Crash test": a driver makes a stream of edits through core code while the test kills
// it with SIGKILL at random moments, 50 times. After each kill the file passes
// PRAGMA integrity_check and PRAGMA foreign_key_check, and every edit reported as saved is there;
// at the end, every edit reported by any run still is.
#include "TestSupport.h"

#include "storage/internal/Sql.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// The text a reported edit must have left in the database, by kind.
QString storedText(const Database &db, const QByteArray &kind, qint64 id)
{
    QString query;
    if (kind == "learner")
        query = QStringLiteral("SELECT last_name FROM learner WHERE id = :id");
    else if (kind == "barrier")
        query = QStringLiteral("SELECT description FROM barrier WHERE id = :id");
    else if (kind == "contact")
        query = QStringLiteral("SELECT notes FROM contact_moment WHERE id = :id");
    else
        query = QStringLiteral("SELECT notes FROM learner WHERE id = :id");
    auto result = sql::exec(db, query, { { QStringLiteral("id"), id } });
    REQUIRE(result.ok());
    return result->next() ? result->value(0).toString() : QString();
}

} // namespace

TEST_CASE(
    "cli: 50 kills in the middle of a stream of edits lose no saved edit and never damage the file")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    require(Database::open(path));

    QRandomGenerator random(7);
    int checked = 0;
    qint64 learnersReported = 0;
    QList<QByteArray> allReported;
    for (int kill = 0; kill < 50; ++kill) {
        QProcess driver;
        driver.start(QStringLiteral(TRAJECT_EDIT_DRIVER), { path });
        REQUIRE(driver.waitForStarted());
        // Kill it after a random number of edits, at a random moment after the last report.
        const int wanted = 1 + static_cast<int>(random.bounded(40));
        QByteArray output;
        QDeadlineTimer deadline(30000);
        while (output.count("saved\t") < wanted && driver.state() == QProcess::Running
               && !deadline.hasExpired()) {
            driver.waitForReadyRead(2000);
            output += driver.readAllStandardOutput();
        }
        QThread::usleep(random.bounded(3000));
        killNow(driver);
        output += driver.readAllStandardOutput();
        INFO("kill " << kill << ": " << driver.readAllStandardError().toStdString());
        REQUIRE(driver.exitStatus() == QProcess::CrashExit);

        auto db = require(Database::open(path));
        REQUIRE(require(sql::scalar(*db,
                                    QStringLiteral("SELECT count(*) FROM pragma_integrity_check "
                                                   "WHERE integrity_check = 'ok'")))
                == 1);
        CHECK(require(
                  sql::scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")))
              == 0);
        // Every edit the driver reported as saved before it was killed is there, as reported.
        int reported = 0;
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() != 4 || parts.at(0) != "saved")
                continue;
            INFO(line.toStdString());
            CHECK(storedText(*db, parts.at(1), parts.at(2).toLongLong())
                  == QString::fromUtf8(parts.at(3)));
            ++reported;
            allReported.append(line);
            if (parts.at(1) == "learner")
                ++learnersReported;
        }
        // Each run was killed only after it had reported the edits it was waited for.
        CHECK(reported >= wanted);
        checked += reported;
        // Nothing reported by this run or an earlier one went missing: the learners of every run
        // are all there (the driver adds exactly one learner per step and never removes one).
        CHECK(require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM learner")))
              >= learnersReported);
    }
    // At the end, every edit reported by any of the 50 runs is still there, as reported.
    auto db = require(Database::open(path));
    for (const QByteArray &line : allReported) {
        const QList<QByteArray> parts = line.split('\t');
        INFO(line.toStdString());
        CHECK(storedText(*db, parts.at(1), parts.at(2).toLongLong())
              == QString::fromUtf8(parts.at(3)));
    }
    CHECK(allReported.size() == checked);
    WARN("saved edits checked after 50 kills: " << checked);
}

} // namespace TRAJECT_UNITY_ID
