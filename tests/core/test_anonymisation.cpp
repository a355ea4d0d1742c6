// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyFixtures.h"
#include "RepositoryFixtures.h"
#include "TestSupport.h"

#include "Settings.h"
#include "demo/DemoData.h"
#include "privacy/Anonymisation.h"
#include "storage/AuditLog.h"
#include "storage/internal/Sql.h"

#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::privacyMarker;
using traject::test::require;
using traject::test::rowCount;

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
    // The number is the row's key, not part of the name.
    CHECK(names == QStringLiteral("Anoniem  1990-01-01"));
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

TEST_CASE("no field that identifies the learner or links them to a person survives")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    const qint64 learnerId = traject::test::learnerWithIntake(*db);
    const sql::Binds id { { QStringLiteral("id"), learnerId } };
    // Everything filled that could point at the learner.
    for (const QString &statement : {
             QStringLiteral("UPDATE learner SET statute = 'subsidiaire bescherming', "
                            "home_language = 'Tigrinya', referrer_id = (SELECT min(id) FROM "
                            "organisation) WHERE id = :id"),
             QStringLiteral("INSERT INTO learner_child (learner_id, birth_year, arrangement) "
                            "VALUES (:id, 2021, 'daycare')"),
             QStringLiteral("INSERT INTO role_assignment (learner_id, role, person_id) VALUES "
                            "(:id, 'mentor', (SELECT min(id) FROM contact_person))"),
             QStringLiteral("INSERT INTO placement (learner_id, start_date, end_date, site_id, "
                            "mentor_id, supervisor_id) VALUES (:id, '2026-01-05', '2026-02-05', "
                            "(SELECT min(id) FROM organisation), "
                            "(SELECT min(id) FROM contact_person), (SELECT min(id) FROM "
                            "contact_person))"),
             QStringLiteral("INSERT INTO action (learner_id, description, partner_person_id) "
                            "VALUES (:id, 'Bellen', (SELECT min(id) FROM contact_person))"),
         })
        require(sql::exec(*db, statement, id));
    REQUIRE(rowCount(*db, "intake_answer",
                     QStringLiteral("intake_id IN (SELECT id FROM intake WHERE learner_id = %1)")
                         .arg(learnerId))
            > 0);
    const qint64 children
        = rowCount(*db, "learner_child", QStringLiteral("learner_id = %1").arg(learnerId));

    require(Anonymisation::anonymiseLearner(*db, clock, learnerId));

    // Each identifying field, and the condition that says it is gone.
    const QList<QPair<const char *, QString>> gone {
        { "learner",
          QStringLiteral("id = %1 AND (last_name <> '' OR phone <> '' OR email <> '' OR street "
                         "<> '' OR postal_code <> '' OR municipality <> '' OR national_number "
                         "<> '' OR statute <> '' OR home_language <> '' OR foreign_diploma <> '' "
                         "OR referrer_id IS NOT NULL OR referrer_note <> '' OR notes <> '' OR "
                         "(birth_date IS NOT NULL AND birth_date NOT LIKE '%-01-01'))") },
        { "learner_child", QStringLiteral("learner_id = %1 AND (birth_year <> 0 OR note <> '')") },
        { "role_assignment", QStringLiteral("learner_id = %1") },
        { "placement",
          QStringLiteral("learner_id = %1 AND (site_id IS NOT NULL OR mentor_id IS NOT NULL OR "
                         "supervisor_id IS NOT NULL OR notes <> '')") },
        { "action",
          QStringLiteral("learner_id = %1 AND (partner_person_id IS NOT NULL OR description <> "
                         "'' OR outcome <> '')") },
        { "intake_answer",
          QStringLiteral("intake_id IN (SELECT id FROM intake WHERE learner_id = %1)") },
        { "intake", QStringLiteral("learner_id = %1 AND reason_text <> ''") },
        { "contact_moment",
          QStringLiteral("learner_id = %1 AND (notes <> '' OR with_whom <> '')") },
        { "support_person", QStringLiteral("learner_id = %1") },
        { "consent", QStringLiteral("learner_id = %1") },
        { "plan_version", QStringLiteral("learner_id = %1") },
        { "outcome", QStringLiteral("learner_id = %1 AND (employer <> '' OR notes <> '')") },
        { "phase_change", QStringLiteral("learner_id = %1 AND reason_text <> ''") },
    };
    for (const auto &[table, condition] : gone) {
        INFO(table << ": " << condition.arg(learnerId).toStdString());
        CHECK(rowCount(*db, table, condition.arg(learnerId)) == 0);
    }
    // Counted still: the children, without their years.
    CHECK(rowCount(*db, "learner_child", QStringLiteral("learner_id = %1").arg(learnerId))
          == children);
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

} // namespace TRAJECT_UNITY_ID
