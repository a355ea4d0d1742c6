// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 7, "Crash test": a driver makes a stream of edits through core code while the test kills
// it with SIGKILL at random moments, 50 times. After each kill the file passes
// PRAGMA integrity_check and every edit reported as saved is there.
#include "TestSupport.h"

#include "storage/Sql.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

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
    int survived = 0;
    int checked = 0;
    for (int kill = 0; kill < 50; ++kill) {
        QProcess driver;
        driver.start(QStringLiteral(TRAJECT_EDIT_DRIVER), { path });
        REQUIRE(driver.waitForStarted());
        // Kill it after a random number of edits, or at a random moment.
        const int wanted = 1 + static_cast<int>(random.bounded(40));
        QByteArray output;
        QDeadlineTimer deadline(30000);
        while (output.count("saved\t") < wanted && driver.state() == QProcess::Running
               && !deadline.hasExpired()) {
            driver.waitForReadyRead(2000);
            output += driver.readAllStandardOutput();
        }
        QThread::usleep(random.bounded(3000));
        ::kill(static_cast<pid_t>(driver.processId()), SIGKILL);
        driver.waitForFinished();
        output += driver.readAllStandardOutput();
        INFO("kill " << kill << ": " << driver.readAllStandardError().toStdString());
        REQUIRE(driver.exitStatus() == QProcess::CrashExit);

        auto db = require(Database::open(path));
        REQUIRE(require(sql::scalar(*db,
                                    QStringLiteral("SELECT count(*) FROM pragma_integrity_check "
                                                   "WHERE integrity_check = 'ok'")))
                == 1);
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() != 4 || parts.at(0) != "saved")
                continue;
            INFO(line.toStdString());
            CHECK(storedText(*db, parts.at(1), parts.at(2).toLongLong())
                  == QString::fromUtf8(parts.at(3)));
            ++checked;
        }
        ++survived;
    }
    CHECK(survived == 50);
    CHECK(checked >= 50);
    WARN("kills survived: " << survived << ", saved edits checked: " << checked);
}
