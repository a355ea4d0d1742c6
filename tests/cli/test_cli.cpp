// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests: the real program, started as a user or a script would.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using traject::test::fileChecksum;

using traject::test::run;

namespace { } // namespace

TEST_CASE("cli: --version and --help")
{
    QTemporaryDir home;
    const auto version = run({ QStringLiteral("--version") }, home);
    CHECK(version.exitCode == 0);
    // The program's version, then the SQLite compiled in.
    CHECK(version.out
          == QStringLiteral("trajectplanner " TRAJECT_VERSION
                            "\nSQLite 3.53.4, SQLite3 Multiple Ciphers 2.4.0\n"));

    const auto help = run({ QStringLiteral("--help") }, home);
    CHECK(help.exitCode == 0);
    for (const char *option : { "--db", "--demo", "--no-window", "--version" })
        CHECK(help.out.contains(QString::fromLatin1(option)));
    // Dutch by default.
    CHECK(help.out.contains(QStringLiteral("databank")));
}

TEST_CASE("cli: wrong arguments exit with 2 and a message")
{
    QTemporaryDir home;
    const auto unknown = run({ QStringLiteral("--frobnicate") }, home);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("--help")));

    const auto stray = run({ QStringLiteral("--no-window"), QStringLiteral("extra") }, home);
    CHECK(stray.exitCode == 2);
    CHECK(stray.err.contains(QStringLiteral("extra")));

    const auto emptyDb
        = run({ QStringLiteral("--no-window"), QStringLiteral("--db"), QString() }, home);
    CHECK(emptyDb.exitCode == 2);
}

TEST_CASE("cli: --demo fills a new database once and never a second time")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("caseload.sqlite"));
    const auto first = run(
        { QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--no-window") },
        home);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out
          == QStringLiteral("Demogegevens toegevoegd: 25 cursisten.\n"
                            "Databank %1: 25 cursisten.\n")
                 .arg(QDir::toNativeSeparators(db)));

    const QByteArray before = fileChecksum(db);
    const auto second = run(
        { QStringLiteral("--db"), db, QStringLiteral("--demo"), QStringLiteral("--no-window") },
        home);
    CHECK(second.exitCode == 2);
    CHECK(second.err.contains(QStringLiteral("lege databank")));
    CHECK(fileChecksum(db) == before);

    const auto open = run({ QStringLiteral("--db"), db, QStringLiteral("--no-window") }, home);
    CHECK(open.exitCode == 0);
    CHECK(open.out
          == QStringLiteral("Databank %1: 25 cursisten.\n").arg(QDir::toNativeSeparators(db)));
}

TEST_CASE("cli: --demo without --db makes a fresh demo database in the data folder")
{
    QTemporaryDir home;
    const QString demo = QDir::toNativeSeparators(
        home.filePath(QStringLiteral("data/trajectplanner/demo.sqlite")));
    for (int i = 0; i < 2; ++i) {
        const auto result = run({ QStringLiteral("--demo"), QStringLiteral("--no-window") }, home);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(result.out
              == QStringLiteral("Demogegevens toegevoegd: 25 cursisten.\n"
                                "Databank %1: 25 cursisten.\n")
                     .arg(demo));
    }
    CHECK(QFile::exists(home.filePath(QStringLiteral("data/trajectplanner/demo.sqlite"))));
    CHECK_FALSE(
        QFile::exists(home.filePath(QStringLiteral("data/trajectplanner/trajectplanner.sqlite"))));
}

TEST_CASE("cli: the default database is created in the data folder")
{
    QTemporaryDir home;
    const auto result = run({ QStringLiteral("--no-window") }, home);
    CHECK(result.exitCode == 0);
    CHECK(result.out
          == QStringLiteral("Databank %1: 0 cursisten.\n")
                 .arg(QDir::toNativeSeparators(
                     home.filePath(QStringLiteral("data/trajectplanner/trajectplanner.sqlite")))));
    CHECK(
        QFile::exists(home.filePath(QStringLiteral("data/trajectplanner/trajectplanner.sqlite"))));
}

TEST_CASE("cli: a file that is not ours is refused, with exit code 2, and left unchanged")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("cursisten.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("naam;voornaam\nPeeters;An\n");
    }
    const QByteArray before = fileChecksum(path);
    const auto result = run({ QStringLiteral("--db"), path, QStringLiteral("--no-window") }, home);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("geen Trajectplanner-databank")));
    CHECK(fileChecksum(path) == before);
}

TEST_CASE("cli: a folder that cannot be made gives exit code 2")
{
    QTemporaryDir home;
    const QString blocker = home.filePath(QStringLiteral("file"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const auto result = run({ QStringLiteral("--db"), blocker + QStringLiteral("/sub/x.sqlite"),
                              QStringLiteral("--no-window") },
                            home);
    CHECK(result.exitCode == 2);
    CHECK_FALSE(result.err.isEmpty());
}

} // namespace TRAJECT_UNITY_ID
