// SPDX-License-Identifier: GPL-3.0-or-later
// No file of the program is readable by others, not even for a moment.
// The program sets its umask to 077 first thing, whatever umask it was started with; what it
// creates afterwards is its owner's only from the moment it exists.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

/// Sets the umask of the test (and so of the program it starts) for as long as it lives.
struct Umask
{
    explicit Umask(mode_t mask)
        : previous(::umask(mask))
    { }
    ~Umask() { ::umask(previous); }
    mode_t previous;
};

/// The "Umask:" line of a running process, as the kernel reports it.
QString umaskOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Umask:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return {};
}

/// Whether anyone but the owner may read, write or enter the path.
bool othersMayUse(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    return QFileInfo(path).permissions() & others;
}

} // namespace

TEST_CASE("cli: started with umask 022, the program creates every file and folder for its owner "
          "only")
{
    REQUIRE(QFileInfo::exists(QStringLiteral("/proc/self/status"))); // Linux tells the umask
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString db = home.filePath(QStringLiteral("werk/caseload.sqlite"));
    Umask open(022);

    // The window, offscreen, on a new demo database in a folder that does not exist yet.
    QProcess program;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(TRAJECT_APP),
                  { QStringLiteral("--db"), db, QStringLiteral("--demo") });
    REQUIRE(program.waitForStarted());
    // Its WAL says that main() runs and the database is open.
    const QString wal = db + QStringLiteral("-wal");
    const QDeadlineTimer deadline(120000);
    while (!QFileInfo::exists(wal) && !deadline.hasExpired()
           && program.state() == QProcess::Running)
        QThread::msleep(50);
    REQUIRE(QFileInfo::exists(wal));
    CHECK(umaskOf(program.processId()) == QStringLiteral("0077"));
    program.kill();
    program.waitForFinished();

    QStringList made = { home.filePath(QStringLiteral("werk")) };
    for (const QFileInfo &entry : QDir(home.filePath(QStringLiteral("werk")))
                                      .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot))
        made.append(entry.filePath());
    CHECK(made.size() >= 3); // the folder, the database and its WAL (and more)
    for (const QString &path : std::as_const(made)) {
        INFO(path.toStdString());
        CHECK_FALSE(othersMayUse(path));
    }
}

} // namespace TRAJECT_UNITY_ID
