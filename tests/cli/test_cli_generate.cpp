// SPDX-License-Identifier: GPL-3.0-or-later
// `--generate N` fills a new database with N made-up learners and proportional data,
// prints the counts and the time, and refuses a database that already holds learners.

#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

qint64 count(const Database &db, const char *table)
{
    return require(sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
}

/// One line of the printed counts, as the Dutch program writes it: two spaces, the label left in
/// 20 characters, a space, the number (2.500) right in 10.
QString countLine(const char *label, qint64 value)
{
    return QStringLiteral("  %1 %2\n")
        .arg(QString::fromUtf8(label), -20)
        .arg(QLocale(QLocale::Dutch, QLocale::Belgium).toString(value), 10);
}

} // namespace

TEST_CASE("cli: --generate 50 makes 50 learners with proportional data and says so")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("groot.sqlite"));
    const Run done
        = run({ QStringLiteral("--db"), path, QStringLiteral("--generate"), QStringLiteral("50") },
              home, Display::None);
    INFO(done.out.toStdString() << done.err.toStdString());
    REQUIRE(done.exitCode == 0);
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
    // The whole output: the learners, the time (unpredictable) and the file, then the printed
    // counts, which are the stored ones.
    const QString counts = countLine("werkplekleerdagen", count(*db, "placement_day"))
        + countLine("drempels", count(*db, "barrier")) + countLine("acties", count(*db, "action"))
        + countLine("contactmomenten", count(*db, "contact_moment"))
        + countLine("stages", count(*db, "placement"))
        + countLine("faseovergangen", count(*db, "phase_change"))
        + countLine("inschrijvingen", count(*db, "enrolment"))
        + countLine("moduleplannen", count(*db, "module_plan"))
        + countLine("rollen op de rollenkaart", count(*db, "role_assignment"))
        + countLine("kinderen", count(*db, "learner_child"))
        + countLine("organisaties", count(*db, "organisation"))
        + countLine("contactpersonen", count(*db, "contact_person"));
    const QRegularExpression expected(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(QStringLiteral("50 cursisten gemaakt in "))
        + QStringLiteral("[0-9]+,[0-9]")
        + QRegularExpression::escape(
            QStringLiteral(" s in %1:\n").arg(QDir::toNativeSeparators(path)) + counts)));
    CHECK(expected.match(done.out).hasMatch());
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
    CHECK(refused.err
          == QStringLiteral("De databank %1 bevat al 25 cursisten; een verzonnen caseload komt "
                            "alleen in een nieuwe databank. Kies een nieuw bestand met --db.\n")
                 .arg(QDir::toNativeSeparators(path)));
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

} // namespace TRAJECT_UNITY_ID
