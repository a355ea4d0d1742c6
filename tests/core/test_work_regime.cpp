// SPDX-License-Identifier: GPL-3.0-or-later
// The Belgian work regimes of an outcome (voltijds, 4/5, halftijds, another regime with its
// hours per week): stored as chosen, and the "part time" of older files mapped by its hours.
#include "TestSupport.h"

#include "storage/LearnerRepository.h"

#include <QSqlQuery>

#include <optional>
#include <tuple>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fixedToday;
using traject::test::require;

namespace {

Outcome job(qint64 learnerId, WorkRegime regime, std::optional<double> hours)
{
    Outcome outcome;
    outcome.learnerId = learnerId;
    outcome.date = QDate(2025, 3, 1);
    outcome.kind = OutcomeKind::JobChildcare;
    outcome.employer = QStringLiteral("Kinderdagverblijf Zonnekind");
    outcome.contractType = ContractType::Permanent;
    outcome.regime = regime;
    outcome.hoursPerWeek = hours;
    return outcome;
}

} // namespace

TEST_CASE("the part-time outcomes of older files become 4/5, half time or another regime",
          "[core][outcome][migration]")
{
    auto db = require(Database::openInMemoryAtVersion(7));
    QSqlQuery query(db->connection());
    // As the program of step 7 stored them: full time, part time with or without hours, unknown.
    const std::vector<std::tuple<int, const char *, std::optional<double>, WorkRegime>> rows {
        { 1, "part_time", 30.4, WorkRegime::FourFifths },
        { 2, "part_time", 28.8, WorkRegime::FourFifths },
        { 3, "part_time", 32.0, WorkRegime::FourFifths },
        { 4, "part_time", 19.0, WorkRegime::HalfTime },
        { 5, "part_time", 18.0, WorkRegime::HalfTime },
        { 6, "part_time", 20.0, WorkRegime::HalfTime },
        { 7, "part_time", 25.0, WorkRegime::Other },
        { 8, "part_time", 33.0, WorkRegime::Other },
        { 9, "part_time", std::nullopt, WorkRegime::Other },
        { 10, "full_time", 38.0, WorkRegime::FullTime },
        { 11, "full_time", std::nullopt, WorkRegime::FullTime },
        { 12, "unknown", std::nullopt, WorkRegime::Unknown },
    };
    for (const auto &[id, regime, hours, expected] : rows) {
        query.prepare(QStringLiteral("INSERT INTO learner (id, first_name, last_name) VALUES "
                                     "(:id, 'Amina', :last)"));
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":last"), QStringLiteral("Learner %1").arg(id));
        REQUIRE(query.exec());
        query.prepare(QStringLiteral(
            "INSERT INTO outcome (learner_id, date, kind, employer, contract_type, regime, "
            "hours_per_week, notes) VALUES (:id, '2024-09-01', 'job_childcare', 'Zonnekind', "
            "'permanent', :regime, :hours, 'note of row ' || :id)"));
        query.bindValue(QStringLiteral(":id"), id);
        query.bindValue(QStringLiteral(":regime"), QString::fromLatin1(regime));
        query.bindValue(QStringLiteral(":hours"), hours ? QVariant(*hours) : QVariant());
        REQUIRE(query.exec());
    }
    require(db->upgrade());
    CHECK(db->schemaVersion() == Database::latestVersion());

    FixedClock clock(fixedToday());
    LearnerRepository learners(*db, clock);
    for (const auto &[id, regime, hours, expected] : rows) {
        CAPTURE(id, regime);
        const auto outcome = require(learners.outcome(id));
        REQUIRE(outcome.has_value());
        CHECK(outcome->regime == expected);
        // The hours and everything else stay as they were.
        CHECK(outcome->hoursPerWeek == hours);
        CHECK(outcome->employer == QStringLiteral("Zonnekind"));
        CHECK(outcome->date == QDate(2024, 9, 1));
        CHECK(outcome->notes == QStringLiteral("note of row %1").arg(id));
    }
}

TEST_CASE("each work regime is stored with its hours per week", "[core][outcome]")
{
    const auto [regime, hours, code]
        = GENERATE(table<WorkRegime, std::optional<double>, const char *>({
            { WorkRegime::FullTime, 38.0, "full_time" },
            { WorkRegime::FullTime, std::nullopt, "full_time" },
            { WorkRegime::FourFifths, 30.4, "four_fifths" },
            { WorkRegime::FourFifths, std::nullopt, "four_fifths" },
            { WorkRegime::HalfTime, 19.0, "half_time" },
            { WorkRegime::Other, 24.5, "other" },
            { WorkRegime::Other, 12.0, "other" },
            { WorkRegime::Unknown, std::nullopt, "unknown" },
        }));
    CAPTURE(code);
    FixedClock clock(fixedToday());
    auto db = traject::test::memoryDatabase();
    LearnerRepository learners(*db, clock);
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("El Idrissi");
    const qint64 id = require(learners.add(learner));
    require(learners.setOutcome(job(id, regime, hours)));

    const auto stored = require(learners.outcome(id));
    REQUIRE(stored.has_value());
    CHECK(stored->regime == regime);
    CHECK(stored->hoursPerWeek == hours);
    // The file says it in its own words, so that older and newer programs read it alike.
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT regime FROM outcome WHERE learner_id = %1").arg(id)));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QString::fromLatin1(code));
}

TEST_CASE("another regime is told by its hours per week", "[core][outcome]")
{
    const QDate today = fixedToday();
    const Problems without = job(1, WorkRegime::Other, std::nullopt).validate(today);
    CHECK(without
          == Problems { { QStringLiteral("hoursPerWeek"),
                          QStringLiteral(
                              "Another regime is told by its hours: type the hours per week.") } });
    CHECK(job(1, WorkRegime::Other, 24.0).validate(today).isEmpty());
    // The named regimes say enough without hours.
    for (const WorkRegime regime : { WorkRegime::FullTime, WorkRegime::FourFifths,
                                     WorkRegime::HalfTime, WorkRegime::Unknown })
        CHECK(job(1, regime, std::nullopt).validate(today).isEmpty());
}

} // namespace TRAJECT_UNITY_ID
