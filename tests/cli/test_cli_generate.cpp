// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9: `--generate N` fills a new database with N made-up learners and proportional data,
// prints the counts and the time, and refuses a database that already holds learners.
#ifdef TRAJECT_HAS_GENERATE_CLI

#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QTemporaryDir>

using namespace traject;
using namespace traject::test;

namespace {

qint64 count(const Database &db, const char *table)
{
    return require(sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
}

} // namespace

TEST_CASE("cli: --generate 50 makes 50 learners with proportional data and says so")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("groot.sqlite"));
    const Run done
        = run({ QStringLiteral("--db"), path, QStringLiteral("--generate"), QStringLiteral("50") },
              home, Display::None);
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("50")));
    CHECK(done.err.isEmpty());

    const auto db = require(Database::open(path));
    CHECK(count(*db, "learner") == 50);
    // Per learner on average about 50 placement days, 5 barriers, 10 actions, 20 contact
    // moments; a small caseload lies near those proportions.
    CHECK(count(*db, "placement_day") > 50 * 30);
    CHECK(count(*db, "placement_day") < 50 * 75);
    CHECK(count(*db, "barrier") > 50 * 3);
    CHECK(count(*db, "barrier") < 50 * 7);
    CHECK(count(*db, "action") > 50 * 7);
    CHECK(count(*db, "action") < 50 * 13);
    CHECK(count(*db, "contact_moment") > 50 * 14);
    CHECK(count(*db, "contact_moment") < 50 * 26);
    CHECK(require(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")))
          == 0);
    // The printed counts are the stored ones.
    CHECK(done.out.contains(QString::number(count(*db, "barrier"))));
}

TEST_CASE("cli: --generate refuses a database that already holds learners, adding nothing")
{
    QTemporaryDir home;
    const QString path = demoDatabase(home);
    qint64 barriers = 0;
    {
        const auto db = require(Database::open(path));
        barriers = count(*db, "barrier");
    }
    const Run refused
        = run({ QStringLiteral("--db"), path, QStringLiteral("--generate"), QStringLiteral("10") },
              home, Display::None);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("25")));
    CHECK(refused.out.isEmpty());
    const auto db = require(Database::open(path));
    CHECK(count(*db, "learner") == 25);
    CHECK(count(*db, "barrier") == barriers);
}

TEST_CASE("cli: --generate needs a number of learners within bounds")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("groot.sqlite"));
    for (const QString &wrong : { QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("veel"),
                                  QStringLiteral("100001") }) {
        INFO(wrong.toStdString());
        const Run refused
            = run({ QStringLiteral("--db"), path, QStringLiteral("--generate"), wrong }, home,
                  Display::None);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--generate")));
    }
}

TEST_CASE("cli: --help lists --generate")
{
    QTemporaryDir home;
    const Run help = run({ QStringLiteral("--help") }, home, Display::None);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--generate")));
}

#endif
