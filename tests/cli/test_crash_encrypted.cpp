// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test of test_crash_edits on an encrypted database, through the real program. A
// stream of edits: the program, unlocked with --passphrase-file, imports a few learners per run,
// and the test kills it with SIGKILL at random moments, mostly while it writes (from the moment
// its WAL first grows to the end of the run), 50 times. After each kill the file opens with its
// passphrase, passes PRAGMA integrity_check and foreign_key_check, holds every import the program
// reported and all or nothing of the one it was killed in; it never starts as a plain SQLite file,
// no learner's name is in its bytes or its WAL, and its key slots are unchanged.
#include "EncryptionSupport.h"
#include "TestSupport.h"

#include "crypto/KeyRing.h"
#include "storage/internal/Sql.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

constexpr int rowsPerRun = 8;

/// A number in letters ("bc" for 12): names of learners hold no digits.
QString letters(int number)
{
    QString text;
    for (const QChar digit : QString::number(number))
        text.append(QChar(u'a' + (digit.unicode() - u'0')));
    return text;
}

QString lastNamePrefix(int run)
{
    return QStringLiteral("Kilo%1 Rij").arg(letters(run));
}

QString writeImport(const QTemporaryDir &home, int run)
{
    QByteArray csv = "Voornaam;Achternaam;Geboortedatum;E-mail\r\n";
    for (int row = 0; row < rowsPerRun; ++row)
        csv += QStringLiteral("Crash;%1%2;%3/%4/19%5;\r\n")
                   .arg(lastNamePrefix(run), letters(row))
                   .arg(1 + row)
                   .arg(1 + run % 12)
                   .arg(70 + run % 30)
                   .toUtf8();
    const QString path = home.filePath(QStringLiteral("import-%1.csv").arg(run));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    return path;
}

qint64 importedRows(const Database &db, int run)
{
    return require(sql::scalar(db,
                               QStringLiteral("SELECT count(*) FROM learner WHERE last_name "
                                              "LIKE :prefix || '%'"),
                               { { QStringLiteral("prefix"), lastNamePrefix(run) } }));
}

/// The size and time of the WAL: it changes when the program starts writing.
QPair<qint64, QDateTime> walState(const QString &db)
{
    const QFileInfo wal(db + QStringLiteral("-wal"));
    return { wal.exists() ? wal.size() : -1, wal.exists() ? wal.lastModified() : QDateTime() };
}

} // namespace

TEST_CASE("cli: 50 kills of the program in the middle of a stream of edits on an encrypted "
          "database lose no reported edit and never damage the file")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString passphrase = QStringLiteral("elf koffers vol kastanjes");
    const QString secret = writeSecret(home, "wachtzin.txt", passphrase);
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    const Run made = run({ QStringLiteral("--db"), path, QStringLiteral("--no-window"),
                           QStringLiteral("--passphrase-file"), secret },
                         home, Display::None);
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    // The test reads the file with the same passphrase, unlocked once. Its slot is then made
    // again with the cheapest Argon2id cost: each of the 50 and more runs unlocks the file, and
    // this test is about crashes, not about the cost of a guess (timed in the benchmarks).
    require(crypto::KeyRing::unlock(path, passphrase));
    require(crypto::KeyRing::changePassphrase(path, passphrase, crypto::KdfCost::minimal()));
    const QByteArray keySlots = fileChecksum(path + QStringLiteral(".keys"));

    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("DISPLAY"));

    QRandomGenerator random(11);
    QList<int> completed; // runs the program reported as imported
    qint64 fullRun = 0; // milliseconds of a whole run, measured on the first
    qint64 writing = 0; // milliseconds from the WAL's first change to the end of that run
    int kills = 0;
    int killedWhileWriting = 0;
    int runs = 0;
    for (; kills < 50 && runs < 200; ++runs) {
        const QString csv = writeImport(home, runs);
        const auto walBefore = walState(path);
        QProcess program;
        program.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        program.start(QStringLiteral(TRAJECT_APP),
                      { QStringLiteral("--db"), path, QStringLiteral("--passphrase-file"), secret,
                        QStringLiteral("--import-learners"), csv });
        REQUIRE(program.waitForStarted());

        bool whileWriting = false;
        if (fullRun == 0) {
            // The first run: measured, not killed.
            while (program.state() == QProcess::Running && walState(path) == walBefore)
                QThread::usleep(200);
            const qint64 firstWrite = clock.elapsed();
            REQUIRE(program.waitForFinished(120000));
            fullRun = clock.elapsed();
            writing = qMax<qint64>(5, fullRun - firstWrite);
        } else if (random.bounded(4) == 0) {
            // Anywhere: unlocking, opening, checking, writing, closing.
            program.waitForFinished(int(random.bounded(fullRun + 1)));
        } else {
            // Once the WAL grows: anywhere in the writing that follows.
            QDeadlineTimer deadline(60000);
            while (program.state() == QProcess::Running && walState(path) == walBefore
                   && !deadline.hasExpired())
                QThread::usleep(200);
            QThread::usleep(random.bounded(quint32(writing * 1000)));
            whileWriting = true;
        }
        const bool killed = program.state() == QProcess::Running;
        if (killed) {
            killNow(program);
            ++kills;
            killedWhileWriting += whileWriting ? 1 : 0;
        } else {
            program.waitForFinished();
        }
        const QString out = QString::fromUtf8(program.readAllStandardOutput());
        const QString err = QString::fromUtf8(program.readAllStandardError());
        INFO("run " << runs << (killed ? " (killed)" : " (ended)") << '\n'
                    << out.toStdString() << err.toStdString());
        if (!killed) {
            REQUIRE(program.exitStatus() == QProcess::NormalExit);
            REQUIRE(program.exitCode() == 0);
            completed.append(runs);
        }

        // The file: still encrypted, whole, and with every reported import.
        CHECK_FALSE(startsPlain(path));
        CHECK(fileChecksum(path + QStringLiteral(".keys")) == keySlots);
        for (const QString &file : { path, path + QStringLiteral("-wal") })
            CHECK_FALSE(readAll(file).contains("Kilo"));
        auto db = require(Database::open(path));
        REQUIRE(require(sql::scalar(*db,
                                    QStringLiteral("SELECT count(*) FROM pragma_integrity_check "
                                                   "WHERE integrity_check = 'ok'")))
                == 1);
        CHECK(require(
                  sql::scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")))
              == 0);
        const qint64 rows = importedRows(*db, runs);
        if (killed)
            CHECK((rows == 0 || rows == rowsPerRun)); // all of an import or nothing
        else
            CHECK(rows == rowsPerRun);
        for (const int earlier : std::as_const(completed))
            CHECK(importedRows(*db, earlier) == rowsPerRun);
    }
    CHECK(kills == 50);
    // Most kills landed while the program wrote.
    CHECK(killedWhileWriting >= 25);
    WARN("kills: " << kills << " (" << killedWhileWriting
                   << " while writing), runs that ended: " << completed.size());
}

} // namespace TRAJECT_UNITY_ID
