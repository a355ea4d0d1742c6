// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "reports/CaseloadProfile.h"
#include "storage/LearnerRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

CaseloadProfile::Entry entry(Gender gender, QDate born, EducationLevel education,
                             std::optional<int> months, QDate referred = QDate(2024, 1, 10))
{
    Learner learner;
    learner.firstName = QStringLiteral("A");
    learner.lastName = QStringLiteral("B");
    learner.gender = gender;
    learner.birthDate = born;
    learner.educationLevel = education;
    learner.monthsUnemployed = months;
    learner.migrationBackground = MigrationBackground::Yes;
    learner.statusBeforeStart = StatusBeforeStart::JobSeeker;
    learner.phase = Phase::Training;
    learner.phaseSince = referred;
    return { learner, referred };
}

qint64 addLearner(Database &db, const Clock &clock, Phase phase, QDate since, Gender gender)
{
    Learner learner;
    learner.firstName = QStringLiteral("Test");
    learner.lastName = QStringLiteral("Cursist");
    learner.gender = gender;
    learner.phase = phase;
    learner.phaseSince = since;
    return require(LearnerRepository(db, clock).add(learner));
}

void stop(Database &db, const Clock &clock, qint64 id, Phase from, QDate on)
{
    PhaseChange change;
    change.date = on;
    change.from = from;
    change.to = Phase::Stopped;
    change.reasonCode = reasonListFor(from, Phase::Stopped) == ReasonList::NonEntry
        ? toCode(NonEntryReason::Health)
        : toCode(StopReason::Health);
    require(LearnerRepository(db, clock).changePhase(id, change));
}

} // namespace

TEST_CASE("caseload profile: counts by dimension, small counts shown as <5")
{
    const QDate from(2025, 1, 1);
    const QDate to(2025, 3, 31);
    std::vector<CaseloadProfile::Entry> entries;
    // 12 women aged 30 (low education, 10 months), 3 men aged 22 (high, 30 months), 1 of
    // unknown gender and age (medium, unknown months).
    for (int i = 0; i < 12; ++i)
        entries.push_back(entry(Gender::Female, QDate(1994, 6, 1), EducationLevel::Low, 10));
    for (int i = 0; i < 3; ++i)
        entries.push_back(entry(Gender::Male, QDate(2002, 6, 1), EducationLevel::High, 30));
    entries.push_back(entry(Gender::Unknown, QDate(), EducationLevel::Medium, std::nullopt));

    const CaseloadProfile profile = CaseloadProfile::compute(entries, from, to);
    CHECK(profile.learners == 16);
    CHECK(profile.shownTotal() == QStringLiteral("16"));
    const auto *gender = profile.dimension(QStringLiteral("gender"));
    REQUIRE(gender);
    CHECK(gender->cell(QStringLiteral("female"))->count == 12);
    CHECK(gender->cell(QStringLiteral("female"))->shown() == QStringLiteral("12"));
    CHECK(gender->cell(QStringLiteral("male"))->shown() == QStringLiteral("<5"));
    CHECK(gender->cell(QStringLiteral("unknown"))->shown() == QStringLiteral("<5"));
    CHECK(gender->cell(QStringLiteral("x"))->shown() == QStringLiteral("0"));

    const auto *age = profile.dimension(QStringLiteral("age"));
    CHECK(age->cell(QStringLiteral("25-34"))->count == 12);
    CHECK(age->cell(QStringLiteral("under-25"))->count == 3);
    CHECK(age->cell(QStringLiteral("unknown"))->count == 1);

    const auto *months = profile.dimension(QStringLiteral("unemployment"));
    CHECK(months->cell(QStringLiteral("6-11"))->count == 12);
    CHECK(months->cell(QStringLiteral("24-plus"))->count == 3);

    // 16 known in migration background and status: no small cell at all.
    const auto *migration = profile.dimension(QStringLiteral("migration"));
    CHECK(migration->cell(QStringLiteral("yes"))->shown() == QStringLiteral("16"));
    CHECK(profile.averageAge.has_value());
    CHECK(*profile.averageAge == Approx((12 * 30 + 3 * 22) / 15.0));

    const auto rows = profile.csvRows();
    CHECK(rows.first()
          == QStringList { QStringLiteral("Total"), QStringLiteral("Learners"),
                           QStringLiteral("16") });
    for (const QStringList &row : rows)
        CHECK(row.size() == 3);
}

TEST_CASE("caseload profile: a single small cell gets a second one hidden")
{
    CaseloadProfile::Dimension dimension { QStringLiteral("d"),
                                           QStringLiteral("D"),
                                           { { QStringLiteral("a"), QStringLiteral("A"), 20 },
                                             { QStringLiteral("b"), QStringLiteral("B"), 3 },
                                             { QStringLiteral("c"), QStringLiteral("C"), 7 },
                                             { QStringLiteral("d"), QStringLiteral("D"), 0 } } };
    CaseloadProfile::suppress(dimension, 30);
    CHECK(dimension.cells[0].shown() == QStringLiteral("20"));
    CHECK(dimension.cells[1].shown() == QStringLiteral("<5"));
    CHECK(dimension.cells[2].shown() == QStringLiteral("x")); // secondary: the smallest other
    CHECK(dimension.cells[3].shown() == QStringLiteral("0"));

    SECTION("two small cells need nothing more")
    {
        dimension.cells[3].count = 2;
        CaseloadProfile::suppress(dimension, 32);
        CHECK(dimension.cells[2].shown() == QStringLiteral("7"));
        CHECK(dimension.cells[3].shown() == QStringLiteral("<5"));
    }
    SECTION("fewer than 5 learners: every non-zero count hidden")
    {
        CaseloadProfile::Dimension few { QStringLiteral("d"),
                                         QStringLiteral("D"),
                                         { { QStringLiteral("a"), QStringLiteral("A"), 4 },
                                           { QStringLiteral("b"), QStringLiteral("B"), 0 } } };
        CaseloadProfile::suppress(few, 4);
        CHECK(few.cells[0].shown() == QStringLiteral("<5"));
        CHECK(few.cells[1].shown() == QStringLiteral("0"));
    }
}

TEST_CASE("caseload profile: who counts in a period")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday()); // 14/03/2025
    // Referred before the period, still going: counts.
    addLearner(*db, clock, Phase::Training, QDate(2024, 9, 1), Gender::Female);
    // Referred within the period: counts.
    addLearner(*db, clock, Phase::Referral, QDate(2025, 2, 1), Gender::Female);
    // Referred after the period: does not count.
    addLearner(*db, clock, Phase::Referral, QDate(2025, 3, 10), Gender::Female);
    // Stopped before the period: does not count.
    const qint64 early = addLearner(*db, clock, Phase::Intake, QDate(2024, 5, 1), Gender::Male);
    stop(*db, clock, early, Phase::Intake, QDate(2024, 6, 1));
    // Stopped within the period: counts.
    const qint64 late = addLearner(*db, clock, Phase::Training, QDate(2024, 9, 1), Gender::Male);
    stop(*db, clock, late, Phase::Training, QDate(2025, 1, 15));

    const auto profile = require(CaseloadProfile::make(*db, QDate(2025, 1, 1), QDate(2025, 2, 28)));
    CHECK(profile.learners == 3);
    CHECK(profile.totalSuppressed);
    CHECK(profile.shownTotal() == QStringLiteral("<5"));
    CHECK(profile.dimension(QStringLiteral("gender"))->cell(QStringLiteral("female"))->count == 2);
    CHECK(profile.dimension(QStringLiteral("gender"))->cell(QStringLiteral("male"))->count == 1);

    // The referral date is the first line of the history, not the date of the last phase.
    const auto later = require(CaseloadProfile::make(*db, QDate(2025, 1, 1), QDate(2025, 3, 31)));
    CHECK(later.learners == 4);

    CHECK_FALSE(CaseloadProfile::make(*db, QDate(2025, 3, 1), QDate(2025, 2, 1)).ok());
}

TEST_CASE("caseload profile of the demo caseload")
{
    auto db = test::memoryDatabase();
    FixedClock clock(test::fixedToday());
    require(demo::fillDemoCaseload(*db, clock));
    const auto profile = require(CaseloadProfile::make(*db, QDate(2000, 1, 1), QDate(2030, 1, 1)));
    CHECK(profile.learners == 25);
    for (const auto &dimension : profile.dimensions) {
        int sum = 0;
        int small = 0;
        for (const auto &cell : dimension.cells) {
            sum += cell.count;
            small += cell.suppressed || cell.complement ? 1 : 0;
            if (cell.count > 0 && cell.count < 5)
                CHECK(cell.suppressed);
        }
        CHECK(sum == 25);
        CHECK(small != 1);
    }
}

} // namespace TRAJECT_UNITY_ID
