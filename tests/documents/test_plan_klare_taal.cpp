// SPDX-License-Identifier: GPL-3.0-or-later
// The personal plan in klare taal, measured on the paper as a reader gets it (pdftotext and
// pdftotext -bbox), for every learner of the demo: at most two pages for the learner, four
// questions in order, no text cut off, no made-up module names, and nothing smaller than 12 pt.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "documents/PlanDocument.h"
#include "storage/ConsentRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QRegularExpression>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::PdfWord;
using traject::test::pointSize;
using traject::test::require;

namespace {

struct Demo : traject::test::DemoCaseload
{
    PagedDocument::Pdf pdf(qint64 learner, const PlanOptions &options) const
    {
        auto document = require(PlanDocuments(*db, clock).personalPlan(learner, options, 1));
        return require(document.toPdf());
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// A module name the program made up because the sources do not name the module.
const QRegularExpression placeholder(QStringLiteral("nog te benoemen|Module \\d+ \\("));

/// Checks what holds for every plan: nothing cut off, no placeholder, nothing under 12 pt.
void checkPaper(const PagedDocument::Pdf &pdf)
{
    const QString text = traject::test::pdfText(pdf.bytes);
    CAPTURE(text);
    CHECK_FALSE(text.contains(QChar(0x2026)));
    CHECK_FALSE(text.contains(QLatin1String("...")));
    CHECK_FALSE(text.contains(placeholder));
    REQUIRE(traject::test::twelvePointHeight() > 0);
    const QList<PdfWord> words = traject::test::pdfWords(pdf.bytes);
    REQUIRE_FALSE(words.isEmpty());
    for (const PdfWord &word : words) {
        CAPTURE(word.text, word.page);
        CHECK(pointSize(word) >= 11.9);
    }
}

/// How many of the learner's planned modules are passed or exempted, how many in all, and how
/// many are still to be named, read from the database.
struct ModuleCount
{
    int passed = 0;
    int all = 0;
    int unnamed = 0;
};

ModuleCount modulesOf(const Demo &demo, qint64 learner)
{
    ModuleCount count;
    for (const Enrolment &enrolment :
         require(EnrolmentRepository(*demo.db, demo.clock).forLearner(learner))) {
        const Programme programme
            = require(ProgrammeRepository(*demo.db, demo.clock).get(enrolment.programmeId));
        for (const ModulePlan &plan : enrolment.modulePlans) {
            ++count.all;
            if (plan.status == ModuleStatus::Passed || plan.status == ModuleStatus::Exempted)
                ++count.passed;
            for (const Module &module : programme.modules) {
                if (module.id == plan.moduleId && module.toBeNamed)
                    ++count.unnamed;
            }
        }
    }
    return count;
}

} // namespace

TEST_CASE("every demo learner's own plan is at most two pages of 12 pt, whole words and real "
          "names",
          "[documents][plan][klaretaal]")
{
    const Demo demo;
    QList<double> medians;
    for (const Learner &learner : demo.learners()) {
        CAPTURE(learner.fullName());
        const PlanOptions options; // the learner's plan, as the dialog offers it
        REQUIRE_FALSE(options.appendix);
        const PagedDocument::Pdf pdf = demo.pdf(learner.id, options);
        CHECK(traject::test::pdfPages(pdf.bytes) <= 2);
        checkPaper(pdf);
        QList<double> sizes;
        for (const PdfWord &word : traject::test::pdfWords(pdf.bytes))
            sizes.append(pointSize(word));
        medians.append(median(sizes));
    }
    CHECK(median(medians) >= 11.9);
}

TEST_CASE("the learner's plan answers the four questions in order, in the je voice",
          "[documents][plan][klaretaal]")
{
    const Demo demo;
    int withTraining = 0;
    for (const Learner &learner : demo.learners()) {
        CAPTURE(learner.fullName());
        const QString text
            = traject::test::pdfText(demo.pdf(learner.id, PlanOptions()).bytes).simplified();
        CAPTURE(text);
        const qsizetype now = text.indexOf(QStringLiteral("Wat komt er nu?"));
        const qsizetype who = text.indexOf(QStringLiteral("Wie helpt mij?"));
        const qsizetype where = text.indexOf(QStringLiteral("Waar sta ik?"));
        const qsizetype working = text.indexOf(QStringLiteral("Waar werken we aan?"));
        CHECK(now > 0);
        CHECK(now < who);
        CHECK(who < where);
        CHECK(where < working);
        CHECK(text.contains(QStringLiteral("Je bent hier")));
        // The modules in words, counted from the stored module plans.
        const ModuleCount modules = modulesOf(demo, learner.id);
        if (modules.all > 0) {
            ++withTraining;
            CHECK(text.contains(QStringLiteral("Je hebt %1 van de %2 modules gehaald.")
                                    .arg(modules.passed)
                                    .arg(modules.all)));
        }
        // No full lists without the appendix.
        CHECK_FALSE(text.contains(QStringLiteral("Bijlage")));
    }
    CHECK(withTraining >= 6);
}

TEST_CASE("the appendix lists every module and day, and counts the modules without a name",
          "[documents][plan][klaretaal]")
{
    const Demo demo;
    int counted = 0;
    for (const Learner &learner : demo.learners()) {
        const ModuleCount modules = modulesOf(demo, learner.id);
        if (modules.unnamed == 0)
            continue;
        CAPTURE(learner.fullName());
        PlanOptions options;
        options.appendix = true;
        const PagedDocument::Pdf pdf = demo.pdf(learner.id, options);
        checkPaper(pdf);
        const QString text = traject::test::pdfText(pdf.bytes).simplified();
        CAPTURE(text);
        CHECK(text.contains(QStringLiteral("Bijlage: alle modules")));
        // Counted per semester and state: the counts add up to the unnamed modules.
        int printed = 0;
        static const QRegularExpression more(QStringLiteral("nog (\\d+) modules?\\b"));
        for (auto it = more.globalMatch(text); it.hasNext();)
            printed += it.next().captured(1).toInt();
        CHECK(printed == modules.unnamed);
        ++counted;
        // Every placement day is in the appendix.
        for (const auto &[placement, days] :
             require(PlacementRepository(*demo.db, demo.clock).withDaysForLearner(learner.id))) {
            for (const PlacementDay &day : days)
                CHECK(text.contains(QLocale().toString(day.date, QStringLiteral("d/MM/yyyy"))));
        }
    }
    CHECK(counted > 0);
}

TEST_CASE("the plans for the workplace and for a partner keep the same rules",
          "[documents][plan][klaretaal]")
{
    const Demo demo;
    int partners = 0;
    for (const Learner &learner : demo.learners()) {
        CAPTURE(learner.fullName());
        const PlanOptions workplace = PlanOptions::forAudience(Audience::Workplace);
        REQUIRE(workplace.appendix);
        const PagedDocument::Pdf pdf = demo.pdf(learner.id, workplace);
        checkPaper(pdf);
        const QString text = traject::test::pdfText(pdf.bytes).simplified();
        CHECK(text.contains(
            QStringLiteral("Voor de mentor van %1 op de werkplek.").arg(learner.firstName)));
        // A partner's plan, where a consent allows one.
        PlanOptions partner = PlanOptions::forAudience(Audience::Partner);
        PlanOptions probe = partner;
        probe.sections = { PlanSection::Signatures };
        const auto consent
            = PersonalPlanCollector(*demo.db, demo.clock).partnerConsent(learner.id, probe);
        if (!consent)
            continue;
        partner.limitTo(*consent);
        ++partners;
        checkPaper(demo.pdf(learner.id, partner));
    }
    CHECK(partners > 0);
}

} // namespace TRAJECT_UNITY_ID
