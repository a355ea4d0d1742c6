// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the learner's rights from the command line (--export-learner, --erase-learner).
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

namespace {

traject::test::Run runWithoutDisplay(const QStringList &arguments, const QTemporaryDir &home)
{
    return traject::test::run(arguments, home, traject::test::Display::None);
}

} // namespace

TEST_CASE("cli: --export-learner writes the learner's data as JSON and PDF, owner-only")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QString out = home.filePath(QStringLiteral("export"));
    REQUIRE(QDir().mkpath(out));
    const auto written
        = runWithoutDisplay({ QStringLiteral("--db"), db, QStringLiteral("--export-learner"),
                              QStringLiteral("3"), QStringLiteral("--out"), out },
                            home);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const QString json = QDir(out).filePath(QStringLiteral("cursist-3.json"));
    const QString pdf = QDir(out).filePath(QStringLiteral("cursist-3.pdf"));
    CHECK(written.out.contains(QStringLiteral("cursist-3.json")));
    REQUIRE(QFileInfo::exists(json));
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(QFileInfo(json).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto document = QJsonDocument::fromJson(file.readAll());
    CHECK(document.object().value(QStringLiteral("learner")).toInt() == 3);
}

TEST_CASE("cli: --erase-learner erases without asking and prints what it removed")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const auto erased = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--erase-learner"), QStringLiteral("3") },
        home);
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.contains(QStringLiteral("(learner): 1")));

    const auto again = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--erase-learner"), QStringLiteral("3") },
        home);
    CHECK(again.exitCode == 2);
    CHECK(again.err == QStringLiteral("Er is geen cursist met nummer 3.\n"));
    CHECK(again.out.isEmpty());
}

TEST_CASE("cli: --erase-learner of an unknown learner exits 2 with a message")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QByteArray before = traject::test::fileChecksum(db);
    const auto refused = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--erase-learner"), QStringLiteral("9999") },
        home);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err == QStringLiteral("Er is geen cursist met nummer 9999.\n"));
    CHECK(refused.out.isEmpty());
    // Nothing was changed or erased.
    CHECK(traject::test::fileChecksum(db) == before);
}

} // namespace TRAJECT_UNITY_ID
