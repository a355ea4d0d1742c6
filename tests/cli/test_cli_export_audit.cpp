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

    REQUIRE(exported(db,
                     { QStringLiteral("--print-plan"), QStringLiteral("1"),
                       QStringLiteral("--audience"), QStringLiteral("partner"),
                       QStringLiteral("--out"), home.filePath(QStringLiteral("plan.pdf")) },
                     home)
                .exitCode
            == 0);
    auto entries = entriesIn(db);
    REQUIRE(entries.size() == before + 1);
    CHECK(entries.back().action == AuditAction::Export);
    CHECK(entries.back().subject == QStringLiteral("learner 1"));
    CHECK(matches(QStringLiteral("personal plan \\(partner\\), PDF, version 1, [1-9][0-9]* pages"),
                  entries.back().detail));
    checkNoName(db, entries.back());

    REQUIRE(exported(db,
                     { QStringLiteral("--attendance-sheet"), QString::number(placementId),
                       QStringLiteral("--out"), home.filePath(QStringLiteral("sheet.pdf")) },
                     home)
                .exitCode
            == 0);
    entries = entriesIn(db);
    REQUIRE(entries.size() == before + 2);
    CHECK(entries.back().subject == QStringLiteral("learner %1").arg(placed));
    CHECK(matches(QStringLiteral("attendance sheet, PDF, version 1, [1-9][0-9]* pages"),
                  entries.back().detail));
    checkNoName(db, entries.back());

    REQUIRE(exported(db,
                     { QStringLiteral("--print-intake"), QString::number(intakeId),
                       QStringLiteral("--out"), home.filePath(QStringLiteral("intake.pdf")) },
                     home)
                .exitCode
            == 0);
    entries = entriesIn(db);
    REQUIRE(entries.size() == before + 3);
    CHECK(entries.back().subject == QStringLiteral("learner 4"));
    CHECK(matches(QStringLiteral("intake summary, PDF, [1-9][0-9]* pages"), entries.back().detail));
    checkNoName(db, entries.back());
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

    REQUIRE(exported(db,
                     QStringList { QStringLiteral("--report"), QStringLiteral("profile"),
                                   QStringLiteral("--out"),
                                   home.filePath(QStringLiteral("profile.pdf")) }
                         + period,
                     home)
                .exitCode
            == 0);
    auto entries = entriesIn(db);
    REQUIRE(entries.size() == before + 1);
    CHECK(entries.back().action == AuditAction::Export);
    CHECK(entries.back().subject == QStringLiteral("caseload"));
    CHECK(entries.back().detail
          == QStringLiteral("caseload profile, PDF, period 2024-09-01 to 2025-02-28"));

    REQUIRE(exported(db,
                     { QStringLiteral("--report"), QStringLiteral("meeting"),
                       QStringLiteral("--from"), QStringLiteral("14/02/2025"),
                       QStringLiteral("--out"), home.filePath(QStringLiteral("meeting.csv")) },
                     home)
                .exitCode
            == 0);
    entries = entriesIn(db);
    REQUIRE(entries.size() == before + 2);
    CHECK(entries.back().subject == QStringLiteral("caseload"));
    CHECK(
        matches(QStringLiteral("case-meeting sheet, CSV, [0-9]+ learners"), entries.back().detail));

    const QString copy = home.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(exported(db, { QStringLiteral("--backup"), copy }, home).exitCode == 0);
    entries = entriesIn(db);
    REQUIRE(entries.size() == before + 3);
    CHECK(entries.back().action == AuditAction::Backup);
    CHECK(entries.back().subject == QStringLiteral("database"));
    CHECK(entries.back().detail
          == QStringLiteral("copy to a chosen file, 25 learners, not encrypted"));
    checkNoName(db, entries.back());
    auto database = require(Database::open(db));
    const FixedClock clock(fixedToday());
    CHECK(require(AuditLog(*database, clock).verify()).intact);
}
