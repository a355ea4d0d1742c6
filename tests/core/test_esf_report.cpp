// SPDX-License-Identifier: GPL-3.0-or-later
// The ESF+ report on a small hand-built caseload, with every count worked out by hand.
#include "TestSupport.h"

#include "reports/EsfReport.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;
using Participant = EsfReport::Participant;

namespace {

PhaseChange move(QDate date, std::optional<Phase> from, Phase to)
{
    PhaseChange change;
    change.date = date;
    change.from = from;
    change.to = to;
    return change;
}

esf::EsfAnswer said(const char *indicator, const char *code, QDate asked = QDate(2024, 9, 2))
{
    esf::EsfAnswer answer;
    answer.indicator = QLatin1String(indicator);
    answer.codes = QStringList(QLatin1String(code));
    answer.askedOn = asked;
    return answer;
}

Participant participant(qint64 id, QDate entered, QDate left = {})
{
    Participant made;
    made.learner.id = id;
    made.learner.firstName = QStringLiteral("P%1").arg(id, 2, 10, QLatin1Char('0'));
    made.learner.lastName = QStringLiteral("Test");
    made.learner.birthDate = QDate(1990, 1, 1);
    made.entered = entered;
    made.left = left;
    return made;
}

void give(Participant &participant, const esf::EsfAnswer &answer)
{
    participant.answers.insert(answer.indicator, answer);
}

const EsfReport::Table &table(const std::vector<EsfReport::Table> &tables, const char *code)
{
    for (const auto &each : tables) {
        if (each.code == QLatin1String(code))
            return each;
    }
    FAIL("no table " << code);
    return tables.front();
}

/// The counts of a table's row in each column (woman, man, non-binary, not recorded, total), as
/// shown.
QStringList shown(const EsfReport::Table &table, const char *row)
{
    QStringList counts;
    for (const auto &column : table.columns) {
        const auto *cell = column.cell(QLatin1String(row));
        counts.append(cell ? cell->shown() : QStringLiteral("?"));
    }
    return counts;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList made;
    for (const char *item : items)
        made.append(QLatin1String(item));
    return made;
}

} // namespace

TEST_CASE("ESF+ participation: entry beyond the info session, one participant on re-entry")
{
    const QDate referred(2024, 1, 10);
    // Never beyond the info session: not a participant.
    CHECK_FALSE(
        EsfReport::participation({ move(referred, std::nullopt, Phase::Referral),
                                   move(QDate(2024, 2, 1), Phase::Referral, Phase::InfoSession),
                                   move(QDate(2024, 2, 5), Phase::InfoSession, Phase::Stopped) },
                                 Phase::Stopped)
            .first.isValid());

    // Stopped, came back, and left again: the first start and the last exit.
    const std::vector<PhaseChange> back {
        move(referred, std::nullopt, Phase::Referral),
        move(QDate(2024, 2, 1), Phase::Referral, Phase::Intake),
        move(QDate(2024, 3, 1), Phase::Intake, Phase::Training),
        move(QDate(2024, 6, 1), Phase::Training, Phase::Stopped),
        move(QDate(2024, 9, 2), Phase::Stopped, Phase::Training),
        move(QDate(2025, 1, 31), Phase::Training, Phase::Outflow),
    };
    CHECK(EsfReport::participation(back, Phase::Outflow)
          == std::pair(QDate(2024, 2, 1), QDate(2025, 1, 31)));
    // While taking part again there is no exit.
    const std::vector<PhaseChange> again(back.begin(), back.end() - 1);
    CHECK(EsfReport::participation(again, Phase::Training)
          == std::pair(QDate(2024, 2, 1), QDate()));
    // A pause is not an exit.
    CHECK(EsfReport::participation({ move(referred, std::nullopt, Phase::Intake),
                                     move(QDate(2024, 4, 1), Phase::Intake, Phase::Paused) },
                                   Phase::Paused)
          == std::pair(referred, QDate()));
}

TEST_CASE("The ESF+ report counts who entered and left in the period, by gender, suppressed")
{
    const QDate from(2024, 9, 1);
    const QDate to(2025, 2, 28);
    const QDate today(2025, 3, 14);
    std::vector<Participant> all;

    // Twelve women enter in the period: two say they have a disability, ten say not.
    for (int i = 1; i <= 12; ++i) {
        Participant woman = participant(i, QDate(2024, 9, 2));
        give(woman, said("gender", "woman"));
        give(woman, said("disability", i <= 2 ? "yes" : "no"));
        all.push_back(woman);
    }
    // Three men enter in the period; one refuses the disability question, two are not asked.
    for (int i = 13; i <= 15; ++i) {
        Participant man = participant(i, QDate(2024, 9, 2));
        give(man, said("gender", "man"));
        if (i == 13)
            give(man, said("disability", "refused"));
        all.push_back(man);
    }
    // Entered before the period and left in it: counted for the results, not at entry.
    Participant early = participant(16, QDate(2023, 9, 4), QDate(2024, 6, 28));
    Participant recent = participant(17, QDate(2023, 9, 4), QDate(2025, 1, 10));
    Participant halfway = participant(18, QDate(2023, 9, 4), QDate(2024, 9, 13));
    give(halfway, said("gender", "non_binary"));
    give(halfway, said("result_leaving", "employed", QDate(2024, 9, 20)));
    give(halfway, said("result_six_months", "employed", QDate(2025, 3, 13)));
    all.push_back(early); // left before the period: not counted at all
    all.push_back(recent);
    all.push_back(halfway);
    // Entered after the period: not counted.
    all.push_back(participant(19, QDate(2025, 3, 3)));

    const EsfReport report = EsfReport::compute(all, from, to, today);
    CHECK(report.participants.size() == 17);
    CHECK(report.entered == 15);
    CHECK(report.left == 2);

    // Gender: 12 women, 3 men (fewer than 5 in their column: "<5"); the total column has
    // one small cell (3), so the smallest other count (12) is hidden with it.
    CHECK(shown(table(report.entryTables, "gender"), "woman")
          == list({ "12", "0", "0", "0", "x" }));
    CHECK(shown(table(report.entryTables, "gender"), "man") == list({ "0", "<5", "0", "0", "<5" }));

    // Disability among the 15 who entered. Women: yes 2 ("<5"), so no 10 is hidden ("x"). Men:
    // 3 people in the column, every count "<5". Total: yes 2, refused 1, not asked 2, no 10:
    // three small cells, so no complement is needed.
    const auto &disability = table(report.entryTables, "disability");
    CHECK(shown(disability, "yes") == list({ "<5", "0", "0", "0", "<5" }));
    CHECK(shown(disability, "no") == list({ "x", "0", "0", "0", "10" }));
    CHECK(shown(disability, "refused") == list({ "0", "<5", "0", "0", "<5" }));
    CHECK(shown(disability, "not_asked") == list({ "0", "<5", "0", "0", "<5" }));

    // Age at entry: everyone born on 1 January 1990 is 34 on 2 September 2024; in the total
    // column no count is small, so nothing is hidden.
    CHECK(shown(table(report.entryTables, "age"), "30-54") == list({ "12", "<5", "0", "0", "15" }));

    // Results: the two who left in the period. One says she is employed at leaving; the
    // other's result is not recorded. Six months after: she is employed (recorded); for the
    // other, who left on 10/01/2025, six months have not passed on 14/03/2025.
    const auto &leaving = table(report.resultTables, "result_leaving");
    CHECK(leaving.columns.back().cell(QStringLiteral("employed"))->count == 1);
    CHECK(leaving.columns.back().cell(QStringLiteral("not_recorded"))->count == 1);
    const auto &later = table(report.resultTables, "result_six_months");
    CHECK(later.columns.back().cell(QStringLiteral("employed"))->count == 1);
    CHECK(later.columns.back().cell(QStringLiteral("not_due"))->count == 1);
    CHECK(later.columns.back().cell(QStringLiteral("not_recorded"))->count == 0);
    // With a report that ends in August 2025, the second one is due and not recorded.
    const EsfReport longer = EsfReport::compute(all, from, QDate(2025, 8, 31), QDate(2025, 9, 1));
    const auto &due = table(longer.resultTables, "result_six_months");
    CHECK(due.columns.back().cell(QStringLiteral("not_due"))->count == 0);
    CHECK(due.columns.back().cell(QStringLiteral("not_recorded"))->count == 1);
}

TEST_CASE("The ESF+ CSV has one row per participant with codes, dates and what they count under")
{
    Participant one = participant(7, QDate(2024, 9, 2), QDate(2025, 2, 14));
    one.learner.nationalNumber = QStringLiteral("90010112345");
    give(one, said("gender", "woman"));
    give(one, said("labour_status", "long_term_unemployed"));
    give(one, said("disability", "refused", QDate(2024, 9, 3)));
    esf::EsfAnswer results = said("result_leaving", "employed", QDate(2025, 2, 20));
    results.codes << QStringLiteral("qualification");
    give(one, results);
    const EsfReport report
        = EsfReport::compute({ one }, QDate(2024, 9, 1), QDate(2025, 2, 28), QDate(2025, 3, 14));
    const QStringList header = EsfReport::csvHeader();
    REQUIRE(report.csvRows().size() == 1);
    const QStringList row = report.csvRows().front();
    REQUIRE(row.size() == header.size());
    const auto column
        = [&](const char *name) { return row.value(header.indexOf(QLatin1String(name))); };
    CHECK(column("learner_number") == QStringLiteral("7"));
    CHECK(column("national_number") == QStringLiteral("90010112345"));
    CHECK(column("age_at_entry") == QStringLiteral("34"));
    CHECK(column("entry_date") == QStringLiteral("2024-09-02"));
    CHECK(column("exit_date") == QStringLiteral("2025-02-14"));
    CHECK(column("labour_status") == QStringLiteral("long_term_unemployed"));
    CHECK(column("disability") == QStringLiteral("refused"));
    CHECK(column("disability_asked_on") == QStringLiteral("2024-09-03"));
    CHECK(column("minority").isEmpty()); // not asked
    CHECK(column("result_leaving") == QStringLiteral("employed+qualification"));
    CHECK(column("counts") == QStringLiteral("TP-GEN-W EECO02 TP-LTU TP-R-EMP TP-R-QUAL"));
}

TEST_CASE("An ESF+ report of a reversed period is refused")
{
    auto db = traject::test::memoryDatabase();
    const auto reversed
        = EsfReport::make(*db, QDate(2025, 2, 1), QDate(2025, 1, 1), QDate(2025, 3, 14));
    REQUIRE_FALSE(reversed.ok());
    CHECK(reversed.error().message
          == QStringLiteral("The period ends (01/01/2025) before it starts (01/02/2025)."));
    CHECK(require(EsfReport::make(*db, QDate(2025, 1, 1), QDate(2025, 2, 1), QDate(2025, 3, 14)))
              .participants.empty());
}

} // namespace TRAJECT_UNITY_ID
