// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyFixtures.h"
#include "TestSupport.h"

#include "Settings.h"
#include "demo/DemoData.h"
#include "privacy/Anonymisation.h"
#include "storage/AuditLog.h"
#include "storage/Sql.h"

#include <QTemporaryDir>

using namespace traject;
using traject::test::privacyMarker;
using traject::test::require;

namespace {

/// "value:count" lines of a grouping, to compare statistics before and after.
QStringList tally(const Database &db, const QString &statement)
{
    auto query = require(sql::exec(db, statement));
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString() + QLatin1Char(':') + query.value(1).toString());
    return lines;
}

QStringList statistics(const Database &db)
{
    QStringList all;
    all << tally(db, QStringLiteral("SELECT gender, count(*) FROM learner GROUP BY 1 ORDER BY 1"))
        << tally(db, QStringLiteral("SELECT phase, count(*) FROM learner GROUP BY 1 ORDER BY 1"))
        << tally(db,
                 QStringLiteral("SELECT education_level, count(*) FROM learner GROUP BY 1 "
                                "ORDER BY 1"))
        << tally(db,
                 QStringLiteral("SELECT substr(birth_date, 1, 4), count(*) FROM learner "
                                "GROUP BY 1 ORDER BY 1"))
        << tally(db, QStringLiteral("SELECT category, count(*) FROM barrier GROUP BY 1 ORDER BY 1"))
        << tally(db,
                 QStringLiteral("SELECT status, count(*) FROM placement_day GROUP BY 1 "
                                "ORDER BY 1"))
        << tally(db,
                 QStringLiteral("SELECT to_phase || date, count(*) FROM phase_change "
                                "GROUP BY 1 ORDER BY 1"));
    return all;
}

} // namespace

TEST_CASE("an anonymised learner keeps the statistics but nothing that identifies them")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("traject.sqlite"));
    FixedClock clock(traject::test::fixedToday());
    auto db = require(Database::open(path));
    require(demo::fillDemoCaseload(*db, clock));
    const qint64 learnerId = traject::test::learnerWithIntake(*db);
    traject::test::markLearner(*db, learnerId);
    const sql::Binds id { { QStringLiteral("id"), learnerId } };
    require(sql::exec(*db,
                      QStringLiteral("UPDATE learner SET first_name = 'Zq7First', last_name = "
                                     "'Zq7Last', phone = '0499 12 34 56', email = "
                                     "'zq7@example.org', street = 'Zq7straat 1', birth_date = "
                                     "'1990-07-23', referrer_note = 'Ref %1' WHERE id = :id")
                          .arg(privacyMarker),
                      id));
    require(sql::exec(*db,
                      QStringLiteral("INSERT INTO support_person (learner_id, name, phone, note) "
                                     "VALUES (:id, 'Zq7Friend', '0499 65 43 21', 'Note %1')")
                          .arg(privacyMarker),
                      id));
    require(sql::exec(*db,
                      QStringLiteral("INSERT INTO contact_moment (learner_id, date, notes) VALUES "
                                     "(:id, '2025-01-10', 'Talk %1')")
                          .arg(privacyMarker),
                      id));
    require(sql::exec(*db,
                      QStringLiteral("INSERT INTO action (learner_id, description, outcome) VALUES "
                                     "(:id, 'Do %1', 'Done %1')")
                          .arg(privacyMarker),
                      id));
    const QStringList before = statistics(*db);
    const qint64 barriers = require(sql::scalar(
        *db, QStringLiteral("SELECT count(*) FROM barrier WHERE learner_id = :id"), id));

    require(Anonymisation::anonymiseLearner(*db, clock, learnerId));

    CHECK(statistics(*db) == before);
    CHECK(require(sql::scalar(
              *db, QStringLiteral("SELECT count(*) FROM barrier WHERE learner_id = :id"), id))
          == barriers);
    for (const QString &needle : { privacyMarker, QStringLiteral("Zq7"), QStringLiteral("0499"),
                                   QStringLiteral("1990-07-23") }) {
        INFO(needle.toStdString());
        CHECK(traject::test::textContaining(*db, needle).isEmpty());
    }
    const auto names = require(sql::selectOne<QString>(
        *db,
        QStringLiteral("SELECT first_name || ' ' || last_name || ' ' || birth_date FROM "
                       "learner WHERE id = :id"),
        id, [](const QSqlQuery &query) { return query.value(0).toString(); }, {}));
    CHECK(names == QStringLiteral("Anoniem %1 1990-01-01").arg(learnerId));
    CHECK(require(sql::scalar(*db,
                              QStringLiteral("SELECT count(*) FROM support_person WHERE "
                                             "learner_id = :id"),
                              id))
          == 0);

    const auto entries = require(AuditLog(*db, clock).entries());
    REQUIRE(entries.size() == 1);
    CHECK(entries.front().action == AuditAction::Anonymise);
    CHECK_FALSE(entries.front().detail.contains(QStringLiteral("Zq7")));

    db.reset();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(privacyMarker.toUtf8()));
}

TEST_CASE("learners whose trajectory ended more than the retention period ago are listed")
{
    auto db = traject::test::memoryDatabase();
    const QDate today = traject::test::fixedToday();
    FixedClock clock(today);
    require(demo::fillDemoCaseload(*db, clock));
    const auto ended = require(sql::select<qint64>(
        *db,
        QStringLiteral("SELECT id FROM learner WHERE phase IN ('outflow', 'stopped') "
                       "ORDER BY id"),
        {}, [](const QSqlQuery &query) { return query.value(0).toLongLong(); }));
    REQUIRE(ended.size() >= 2);
    const qint64 running = require(
        sql::scalar(*db, QStringLiteral("SELECT min(id) FROM learner WHERE phase = 'training'")));
    const auto setSince = [&](qint64 learnerId, QDate since) {
        require(sql::exec(*db,
                          QStringLiteral("UPDATE learner SET phase_since = :since WHERE id = :id"),
                          { { QStringLiteral("since"), sql::date(since) },
                            { QStringLiteral("id"), learnerId } }));
    };
    setSince(ended.at(0), today.addYears(-6));
    setSince(ended.at(1), today.addYears(-7));
    setSince(running, today.addYears(-9));

    CHECK(Settings(QStringLiteral("/nonexistent/traject-test.ini")).get(Setting::RetentionYears)
          == 5);
    const auto candidates = require(Anonymisation::retentionCandidates(*db, today, 5));
    REQUIRE(candidates.size() == 2);
    CHECK(candidates.at(0).learnerId == ended.at(1)); // the longest ago first
    CHECK(candidates.at(1).learnerId == ended.at(0));
    CHECK(candidates.at(0).endedOn == today.addYears(-7));
    CHECK(require(Anonymisation::retentionCandidates(*db, today, 10)).empty());

    require(Anonymisation::anonymiseLearner(*db, clock, ended.at(1)));
    const auto left = require(Anonymisation::retentionCandidates(*db, today, 5));
    REQUIRE(left.size() == 1);
    CHECK(left.front().learnerId == ended.at(0));
}
