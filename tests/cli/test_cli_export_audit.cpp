// SPDX-License-Identifier: GPL-3.0-or-later
// Every export from the command line is written in the audit log of the database, once, when it
// succeeds: --print-plan, --attendance-sheet, --print-intake, --report and --backup (as a backup).
// A refused or failed one adds nothing. Never a name in an entry.
#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

std::vector<AuditEntry> entriesIn(const QString &path)
{
    auto db = require(Database::open(path));
    const FixedClock clock(fixedToday());
    return require(AuditLog(*db, clock).entries());
}

/// Checks that no learner's name is in the entry.
void checkNoName(const QString &path, const AuditEntry &entry)
{
    auto db = require(Database::open(path));
    const FixedClock clock(fixedToday());
    for (const Learner &learner : require(LearnerRepository(*db, clock).all())) {
        for (const QString &name : { learner.firstName, learner.lastName }) {
            CHECK_FALSE(entry.subject.contains(name));
            CHECK_FALSE(entry.detail.contains(name));
        }
    }
}

Run exported(const QString &db, QStringList arguments, const QTemporaryDir &home)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    Run done = run(arguments, home, Display::None);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << '\n' << done.err.toStdString());
    return done;
}

/// Runs an export that must succeed and returns the audit entry it added; the log then holds
/// `expected` entries.
AuditEntry loggedBy(const QString &db, const QStringList &arguments, const QTemporaryDir &home,
                    std::size_t expected)
{
    REQUIRE(exported(db, arguments, home).exitCode == 0);
    const std::vector<AuditEntry> entries = entriesIn(db);
    REQUIRE(entries.size() == expected);
    return entries.back();
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

TEST_CASE("cli: a plan, a sheet and an intake summary written to a file are each logged once")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home);
    qint64 placementId = 0;
    qint64 placed = 0;
    qint64 intakeId = 0;
    {
        auto database = require(Database::open(db));
        const FixedClock clock(fixedToday());
        for (const Learner &learner : require(LearnerRepository(*database, clock).all())) {
            const auto placements
                = require(PlacementRepository(*database, clock).forLearner(learner.id));
            if (!placements.empty()) {
                placementId = placements.front().id;
                placed = learner.id;
                break;
            }
        }
        intakeId = require(IntakeRepository(*database, clock).start(4, fixedToday())).id;
    }
    REQUIRE(placementId != 0);
    const std::size_t before = entriesIn(db).size();

    // Refused or failed: nothing.
    CHECK(exported(db,
                   { QStringLiteral("--print-plan"), QStringLiteral("1"), QStringLiteral("--out"),
                     home.filePath(QStringLiteral("missing/plan.pdf")) },
                   home)
              .exitCode
          == 2);
    CHECK(exported(db,
                   { QStringLiteral("--print-intake"), QString::number(intakeId),
                     QStringLiteral("--out"), home.filePath(QStringLiteral("missing/i.pdf")) },
                   home)
              .exitCode
          == 2);
    CHECK(entriesIn(db).size() == before);

    AuditEntry entry
        = loggedBy(db,
                   { QStringLiteral("--print-plan"), QStringLiteral("1"),
                     QStringLiteral("--audience"), QStringLiteral("partner"),
                     QStringLiteral("--out"), home.filePath(QStringLiteral("plan.pdf")) },
                   home, before + 1);
    CHECK(entry.action == AuditAction::Export);
    CHECK(entry.subject == QStringLiteral("learner 1"));
    CHECK(matches(QStringLiteral("personal plan \\(partner\\), PDF, version 1, [1-9][0-9]* pages"),
                  entry.detail));
    checkNoName(db, entry);

    entry = loggedBy(db,
                     { QStringLiteral("--attendance-sheet"), QString::number(placementId),
                       QStringLiteral("--out"), home.filePath(QStringLiteral("sheet.pdf")) },
                     home, before + 2);
    CHECK(entry.subject == QStringLiteral("learner %1").arg(placed));
    CHECK(matches(QStringLiteral("attendance sheet, PDF, version 1, [1-9][0-9]* pages"),
                  entry.detail));
    checkNoName(db, entry);

    entry = loggedBy(db,
                     { QStringLiteral("--print-intake"), QString::number(intakeId),
                       QStringLiteral("--out"), home.filePath(QStringLiteral("intake.pdf")) },
                     home, before + 3);
    CHECK(entry.subject == QStringLiteral("learner 4"));
    CHECK(matches(QStringLiteral("intake summary, PDF, [1-9][0-9]* pages"), entry.detail));
    checkNoName(db, entry);
}

TEST_CASE("cli: --report and --backup are logged once about the caseload and the database")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home);
    const std::size_t before = entriesIn(db).size();
    const QStringList period { QStringLiteral("--from"), QStringLiteral("01/09/2024"),
                               QStringLiteral("--to"), QStringLiteral("28/02/2025") };

    // Refused or failed: nothing.
    CHECK(exported(db,
                   QStringList { QStringLiteral("--report"), QStringLiteral("profile"),
                                 QStringLiteral("--out"),
                                 home.filePath(QStringLiteral("missing/p.csv")) }
                       + period,
                   home)
              .exitCode
          == 2);
    CHECK(exported(
              db, { QStringLiteral("--backup"), home.filePath(QStringLiteral("missing/c.sqlite")) },
              home)
              .exitCode
          == 2);
    CHECK(entriesIn(db).size() == before);

    AuditEntry entry = loggedBy(db,
                                QStringList { QStringLiteral("--report"), QStringLiteral("profile"),
                                              QStringLiteral("--out"),
                                              home.filePath(QStringLiteral("profile.pdf")) }
                                    + period,
                                home, before + 1);
    CHECK(entry.action == AuditAction::Export);
    CHECK(entry.subject == QStringLiteral("caseload"));
    CHECK(entry.detail == QStringLiteral("caseload profile, PDF, period 2024-09-01 to 2025-02-28"));

    entry = loggedBy(db,
                     { QStringLiteral("--report"), QStringLiteral("meeting"),
                       QStringLiteral("--from"), QStringLiteral("14/02/2025"),
                       QStringLiteral("--out"), home.filePath(QStringLiteral("meeting.csv")) },
                     home, before + 2);
    CHECK(entry.subject == QStringLiteral("caseload"));
    CHECK(matches(QStringLiteral("case-meeting sheet, CSV, [0-9]+ learners"), entry.detail));

    const QString copy = home.filePath(QStringLiteral("copy.sqlite"));
    entry = loggedBy(db, { QStringLiteral("--backup"), copy }, home, before + 3);
    CHECK(entry.action == AuditAction::Backup);
    CHECK(entry.subject == QStringLiteral("database"));
    CHECK(entry.detail == QStringLiteral("copy to a chosen file, 25 learners, not encrypted"));
    checkNoName(db, entry);
    auto database = require(Database::open(db));
    const FixedClock clock(fixedToday());
    CHECK(require(AuditLog(*database, clock).verify()).intact);
}

} // namespace TRAJECT_UNITY_ID
