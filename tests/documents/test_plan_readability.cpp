// SPDX-License-Identifier: GPL-3.0-or-later
// Every demo learner's plan reads easily (issue 2/9): at most 10 words per sentence on average
// and at most 10 % words of 4 syllables or more, measured by the readability check on the running
// text of the plan the learner takes home, as the print dialog makes it by default.
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "documents/PlanDocument.h"
#include "documents/Readability.h"
#include "storage/LearnerRepository.h"

using namespace traject;
using traject::test::require;

TEST_CASE("every demo learner's plan keeps sentences and words short")
{
    FixedClock clock { traject::test::fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    (void)require(demo::fillDemoCaseload(*db, clock));
    const std::vector<Learner> learners = require(LearnerRepository(*db, clock).all());
    REQUIRE(learners.size() == 25);

    const PlanOptions options = PlanOptions::forAudience(Audience::Learner);
    for (const Learner &learner : learners) {
        const PagedDocument plan
            = require(PlanDocuments(*db, clock).personalPlan(learner.id, options, 1));
        const ReadabilityReport report = Readability::measure(plan.runningText());
        INFO(learner.fullName().toStdString()
             << ": " << report.words << " words in " << report.sentences << " sentences, "
             << report.longWords << " long; the longest sentences: "
             << report.longestSentences.join(QStringLiteral(" | ")).toStdString());
        // Something is measured: every plan has running text.
        CHECK(report.sentences >= 3);
        CHECK(report.wordsPerSentence() <= Readability::maxWordsPerSentence);
        CHECK(report.longWordShare() <= Readability::maxLongWordShare);
    }
}
