// SPDX-License-Identifier: GPL-3.0-or-later
// "one writer at a time": a second program on the same file is refused with a clear
// message; the lock of a program that was killed is taken over.
#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/DatabaseLock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

TEST_CASE("cli: a database that another program holds is refused, and nothing changes")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    REQUIRE(run({ QStringLiteral("--db"), path, QStringLiteral("--no-window") }, home).exitCode
            == 0);
    const QByteArray before = fileChecksum(path);

    QLockFile other(DatabaseLock::lockPath(path));
    REQUIRE(other.tryLock());
    const Run refused = run({ QStringLiteral("--db"), path, QStringLiteral("--no-window") }, home);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("al open")));
    CHECK(refused.err.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(fileChecksum(path) == before);

    other.unlock();
    CHECK(run({ QStringLiteral("--db"), path, QStringLiteral("--no-window") }, home).exitCode == 0);
}

TEST_CASE("cli: the lock of a program that was killed is taken over")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    REQUIRE(run({ QStringLiteral("--db"), path, QStringLiteral("--no-window") }, home).exitCode
            == 0);

    // The program with its window, holding the lock, killed without warning.
    QProcess program;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(TRAJECT_APP), { QStringLiteral("--db"), path });
    REQUIRE(program.waitForStarted());
    QDeadlineTimer deadline(20000);
    while (!QFile::exists(DatabaseLock::lockPath(path)) && !deadline.hasExpired())
        QThread::msleep(20);
    REQUIRE(QFile::exists(DatabaseLock::lockPath(path)));
    QThread::msleep(300); // the window is up and the database open
    CHECK(run({ QStringLiteral("--db"), path, QStringLiteral("--no-window") }, home).exitCode == 2);
    killNow(program);

    REQUIRE(QFile::exists(DatabaseLock::lockPath(path))); // left behind
    const Run after = run({ QStringLiteral("--db"), path, QStringLiteral("--no-window") }, home);
    CHECK(after.exitCode == 0);
    CHECK(after.err.isEmpty());
}

} // namespace TRAJECT_UNITY_ID
