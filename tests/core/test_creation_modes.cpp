// SPDX-License-Identifier: GPL-3.0-or-later
// No file is readable by others, not even for a moment: every file and folder the program makes
// gets its owner's rights in the call that creates it, not from a chmod afterwards. A reader who
// opens a file in the moment between the two keeps reading whatever is written to it later.
//
// The program also sets umask 077 at start (test_cli_file_modes); here the mask is the usual 022,
// so that only the rights given at creation protect the files. What each creating system call
// asked for is read from strace, which sees the calls themselves, not the rights afterwards.
#include "RepositoryFixtures.h"

#include "Files.h"
#include "crypto/KeyRing.h"
#include "storage/BackupCopy.h"
#include "storage/Backups.h"
#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>
#include <set>

#include <sys/stat.h>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

const char *const folderVariable = "TRAJECT_CREATION_FOLDER";

struct Created
{
    QString path;
    unsigned effectiveMode = 0;
    QString call;
};

/// The files and folders created under `root`, in order, with the rights each got in its
/// creating call (the mode asked for, less the process's umask at that moment), from an strace
/// log. An open with O_CREAT of a path that exists creates nothing (SQLite opens its files so),
/// so the log's removals and renames are followed too. `appeared` gets every path that came to
/// exist, also by a rename. `existing`: what was there before the log starts.
std::vector<Created> createdUnder(const QString &log, const QString &root,
                                  std::set<QString> existing, QStringList *appeared)
{
    static const QRegularExpression umaskCall(
        QString::fromLatin1(R"re(^(\d+)\s+umask\((\d+)\))re"));
    static const QRegularExpression openCall(QString::fromLatin1(
        R"re(^(\d+)\s+openat\([^,]+, "([^"]+)", ([A-Z_|]+), (0\d+)\) = \d+)re"));
    static const QRegularExpression mkdirCall(
        QString::fromLatin1(R"re(^(\d+)\s+mkdir\("([^"]+)", (0\d+)\) = 0)re"));
    static const QRegularExpression unlinkCall(
        QString::fromLatin1(R"re(^\d+\s+(?:unlink|rmdir)\("([^"]+)"\) = 0)re"));
    static const QRegularExpression renameCall(
        QString::fromLatin1(R"re(^\d+\s+rename\("([^"]+)", "([^"]+)"\) = 0)re"));
    std::map<QString, unsigned> maskOfProcess; // by pid: the mask after its last umask call
    std::vector<Created> created;
    const auto add
        = [&](const QString &pid, const QString &path, const QString &mode, const QString &call) {
              if (!path.startsWith(root) || existing.count(path))
                  return;
              existing.insert(path);
              appeared->append(path.mid(root.size()));
              const unsigned mask = maskOfProcess.count(pid) ? maskOfProcess[pid] : 022U;
              created.push_back({ path, mode.toUInt(nullptr, 8) & ~mask, call });
          };
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (const auto m = umaskCall.match(line); m.hasMatch()) {
            maskOfProcess[m.captured(1)] = m.captured(2).toUInt(nullptr, 8);
        } else if (const auto o = openCall.match(line);
                   o.hasMatch() && o.captured(3).contains(QLatin1String("O_CREAT"))) {
            add(o.captured(1), o.captured(2), o.captured(4), line);
        } else if (const auto d = mkdirCall.match(line); d.hasMatch()) {
            add(d.captured(1), d.captured(2), d.captured(3), line);
        } else if (const auto u = unlinkCall.match(line); u.hasMatch()) {
            existing.erase(u.captured(1));
        } else if (const auto r = renameCall.match(line); r.hasMatch()) {
            existing.erase(r.captured(1));
            existing.insert(r.captured(2));
            if (r.captured(2).startsWith(root))
                appeared->append(r.captured(2).mid(root.size()));
        }
    }
    return created;
}

} // namespace

// Run by the test below under strace, never on its own: it makes every kind of file the
// program makes, in the folder that test names.
TEST_CASE("creation subject: every kind of file the program makes", "[.strace-subject]")
{
    const QString root = qEnvironmentVariable(folderVariable);
    if (root.isEmpty()) {
        WARN("Run only by the test below.");
        return;
    }
    ::umask(022);
    FixedClock clock(fixedToday());

    // A database in a folder that does not exist yet, its lock, WAL, backups and a copy.
    const QString path = root + QStringLiteral("/nieuw/map/caseload.sqlite");
    {
        auto db = require(Database::open(path));
        addLearner(*db, clock);
    }
    {
        auto lock = require(DatabaseLock::acquire(path));
        const Backups backups(path);
        require(backups.make(5, QDateTime::currentDateTime()));
        require(
            backups.copyTo(root + QStringLiteral("/kopie.sqlite"), QDateTime::currentDateTime()));
    }
    require(backup::copyFileSynced(path, root + QStringLiteral("/ruwe-kopie.sqlite")));
    // A database of an older version that others could read (put there by the test): what
    // SQLite makes beside it, and the copy made before it is converted.
    require(Database::open(root + QStringLiteral("/oud/caseload.sqlite")));
    // Every export and document goes through this one writer.
    require(writeFileAtomically(root + QStringLiteral("/lijst.csv"), "naam;telefoon\n"));
    // An encrypted database: its key slots, then the database itself.
    const QString secret = root + QStringLiteral("/geheim/caseload.sqlite");
    REQUIRE(makeFolderForOwner(root + QStringLiteral("/geheim")));
    require(crypto::KeyRing::createKeys(secret, QStringLiteral("Een lange zin als wachtwoord"),
                                        crypto::KdfCost::minimal(), crypto::KdfCost::minimal()));
    auto encrypted = require(Database::open(secret));
    addLearner(*encrypted, clock);
}

TEST_CASE("Every file and folder is its owner's only from the call that creates it")
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    REQUIRE_FALSE(strace.isEmpty()); // scripts/lib/common.sh installs it
    QTemporaryDir home;
    const QString root = QDir(home.path()).canonicalPath();
    const QString log = root + QStringLiteral("/strace.log");
    const QString folder = root + QStringLiteral("/data");
    REQUIRE(QDir().mkdir(folder));
    REQUIRE(QDir().mkdir(folder + QStringLiteral("/oud")));
    const QString old = folder + QStringLiteral("/oud/caseload.sqlite");
    REQUIRE(
        QFile::copy(QStringLiteral(TRAJECT_TEST_DATA "/sqlite/release-0.1.0-demo.sqlite"), old));
    REQUIRE(QFile::setPermissions(old,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    QProcess subject;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(folderVariable), folder);
    // LeakSanitizer cannot run in a process that strace traces: the subject does without it.
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       environment.value(QStringLiteral("ASAN_OPTIONS"))
                           + QStringLiteral(":detect_leaks=0"));
    subject.setProcessEnvironment(environment);
    subject.start(strace,
                  { QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), log,
                    QStringLiteral("-e"),
                    QStringLiteral("trace=openat,mkdir,umask,unlink,rmdir,rename"),
                    QCoreApplication::applicationFilePath(),
                    QStringLiteral("creation subject: every kind of file the program makes") });
    REQUIRE(subject.waitForFinished(120000));
    INFO(subject.readAllStandardOutput().toStdString()
         + subject.readAllStandardError().toStdString());
    REQUIRE(subject.exitCode() == 0);

    QFile file(log);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList names;
    const auto created = createdUnder(QString::fromUtf8(file.readAll()), folder,
                                      { folder + QStringLiteral("/oud"), old }, &names);

    // The subject made what it should: the list is not empty by accident.
    INFO(names.join(QLatin1Char('\n')).toStdString());
    for (const QString &expected :
         { QStringLiteral("/nieuw"), QStringLiteral("/nieuw/map"),
           QStringLiteral("/nieuw/map/caseload.sqlite"),
           QStringLiteral("/nieuw/map/caseload.sqlite-wal"),
           QStringLiteral("/nieuw/map/caseload.sqlite.lock"), QStringLiteral("/kopie.sqlite"),
           QStringLiteral("/geheim/caseload.sqlite.keys"),
           QStringLiteral("/geheim/caseload.sqlite") }) {
        CAPTURE(expected.toStdString());
        CHECK(names.contains(expected));
    }
    CHECK(names.filter(QStringLiteral("/backups/")).size() >= 1);
    CHECK(names.filter(QStringLiteral("lijst.csv")).size() >= 1);
    CHECK(names.filter(QStringLiteral("/oud/backups/caseload-voor-omzetting-v")).size() >= 1);
    CHECK(names.filter(QStringLiteral("ruwe-kopie.sqlite")).size() >= 1);

    for (const Created &entry : created) {
        CAPTURE(entry.call.toStdString());
        CHECK((entry.effectiveMode & 077U) == 0);
    }
}

} // namespace TRAJECT_UNITY_ID
