// SPDX-License-Identifier: GPL-3.0-or-later
// Every demo learner's plan reads easily: at most 10 words per sentence on average
// and at most 10 % words of 4 syllables or more, measured by the readability check on the running
// text of the plan the learner takes home, as the print dialog makes it (with the appendix too).
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "documents/PlanDocument.h"
#include "documents/Readability.h"
#include "storage/BarrierRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

TEST_CASE("every demo learner's plan keeps sentences and words short")
{
    const traject::test::DemoCaseload demo;
    const std::vector<Learner> learners = demo.learners();
    REQUIRE(learners.size() == 25);

    PlanOptions withAppendix = PlanOptions::forAudience(Audience::Learner);
    withAppendix.appendix = true;
    for (const Learner &learner : learners) {
        PlanDocuments documents(*demo.db, demo.clock);
        const PagedDocument plan = require(
            documents.personalPlan(learner.id, PlanOptions::forAudience(Audience::Learner), 1));
        const ReadabilityReport report = Readability::measure(plan.runningText());
        INFO("the plan of " << learner.fullName().toStdString() << ": " << report.words
                            << " words in " << report.sentences << " sentences, "
                            << report.longWords << " long; the longest sentences: "
                            << report.longestSentences.join(QStringLiteral(" | ")).toStdString());
        // Something is measured: every plan has running text.
        CHECK(report.sentences >= 3);
        CHECK(report.wordsPerSentence() <= Readability::maxWordsPerSentence);
        CHECK(report.longWordShare() <= Readability::maxLongWordShare);
        // The goals the SPOC wrote are measured (they are what a long note makes hard); the
        // appendix, lists of days and modules, is not running text.
        for (const Barrier &barrier :
             require(BarrierRepository(*demo.db, demo.clock).barriersFor(learner.id))) {
            if (barrier.isOpen() && !isSensitiveCategory(barrier.category))
                CHECK(plan.runningText().contains(barrier.description));
        }
        CHECK(require(documents.personalPlan(learner.id, withAppendix, 1)).runningText()
              == plan.runningText());
    }
}

} // namespace TRAJECT_UNITY_ID
