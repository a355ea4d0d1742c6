// SPDX-License-Identifier: GPL-3.0-or-later
// The MLP summary: one block per action, as text to paste into VDAB's partner platform.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "reports/MlpSummary.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

const MlpSummary::Block *block(const MlpSummary &summary, const QString &title)
{
    for (const auto &each : summary.blocks) {
        if (each.title == title)
            return &each;
    }
    return nullptr;
}

QString value(const MlpSummary::Block &block, const char *label)
{
    for (const auto &[name, text] : block.lines) {
        if (name == QLatin1String(label))
            return text;
    }
    return QStringLiteral("(no line)");
}

} // namespace

TEST_CASE("The MLP summary of a learner in aftercare has every action with its dates and result")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    require(demo::fillDemoCaseload(*db, clock));
    LearnerRepository learners(*db, clock);
    Learner chosen;
    for (const Learner &learner : require(learners.all())) {
        if (learner.phase == Phase::Aftercare && chosen.id == 0)
            chosen = learner;
    }
    REQUIRE(chosen.id != 0);
    chosen.vdabClientNumber = QStringLiteral("1234 5678");
    require(learners.update(chosen));

    const MlpSummary summary = require(MlpSummary::make(*db, clock, chosen.id));
    CHECK(summary.learnerName == chosen.fullName());
    const auto *who = block(summary, QStringLiteral("Learner"));
    REQUIRE(who);
    CHECK(value(*who, "VDAB client number") == QStringLiteral("12345678")); // stored as digits
    CHECK(value(*who, "National register or bis number").contains(QLatin1Char('.')));

    const auto *consent = block(summary, QStringLiteral("Consent to share with VDAB"));
    REQUIRE(consent);
    CHECK_FALSE(consent->lines.isEmpty());

    const auto *spoc = block(summary, QStringLiteral("Guidance by the SPOC"));
    REQUIRE(spoc);
    CHECK(value(*spoc, "End") == QStringLiteral("ongoing"));
    CHECK(value(*spoc, "Result") == QStringLiteral("Aftercare"));

    // The work-place learning counts the days worked against the target.
    const auto placements = require(PlacementRepository(*db, clock).forLearner(chosen.id));
    REQUIRE_FALSE(placements.empty());
    int worked = 0;
    for (const auto &day : require(PlacementRepository(*db, clock).days(placements.front().id)))
        worked += day.status == PlacementDayStatus::Worked;
    const auto *work = block(summary, QStringLiteral("Work-place learning"));
    REQUIRE(work);
    CHECK(value(*work, "Result")
              .startsWith(QStringLiteral("%1 of %2 days worked, ")
                              .arg(worked)
                              .arg(placements.front().targetDays)));
    CHECK(block(summary, QStringLiteral("Aftercare")));

    // As text: the title, then "label: value", an empty value as "–".
    const QString text = spoc->text();
    CHECK(text.startsWith(QStringLiteral("Guidance by the SPOC\nProvider: ")));
    CHECK(text.contains(QStringLiteral("\nHours per week: –\n")));
    CHECK(summary.text().contains(text));
}

TEST_CASE("The MLP summary of an unknown learner is refused with a message")
{
    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    const auto missing = MlpSummary::make(*db, clock, 404);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("There is no learner with number 404."));
}

TEST_CASE("A VDAB client number has only digits")
{
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("Peeters");
    const QDate today = traject::test::fixedToday();
    for (const char *good : { "", "12345678", "1234 5678" }) {
        learner.vdabClientNumber = QLatin1String(good);
        CHECK_FALSE(hasProblem(learner.validate(today), QStringLiteral("vdabClientNumber")));
    }
    for (const char *wrong : { "12AB5678", "1234567890123", "12-34" }) {
        learner.vdabClientNumber = QLatin1String(wrong);
        INFO(wrong);
        CHECK(hasProblem(learner.validate(today), QStringLiteral("vdabClientNumber")));
    }
}

} // namespace TRAJECT_UNITY_ID
