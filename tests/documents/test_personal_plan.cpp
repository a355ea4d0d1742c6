// SPDX-License-Identifier: GPL-3.0-or-later
// The personal plan as a learner, a workplace or a partner reads it: what is printed, what never
// is, in Dutch (or English), and kept as numbered versions.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "demo/DemoData.h"
#include "documents/PlanDocument.h"
#include "storage/BarrierRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanVersionRepository.h"
#include "storage/RoleCardRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

struct Demo : traject::test::DemoCaseload
{
    /// The plan's text, as pdftotext reads it, with the spaces of wrapped lines evened out.
    QString planText(qint64 learner, const PlanOptions &options, int *pages = nullptr) const
    {
        auto document = require(PlanDocuments(*db, clock).personalPlan(learner, options, 1));
        const auto pdf = require(document.toPdf());
        REQUIRE(pdf.bytes.startsWith("%PDF"));
        CHECK(traject::test::pdfPages(pdf.bytes) == pdf.pages);
        if (pages)
            *pages = pdf.pages;
        return traject::test::pdfText(pdf.bytes).simplified();
    }

    /// Open barriers of the learner, of a sensitive category or not.
    std::vector<Barrier> openBarriers(qint64 learner, bool sensitive) const
    {
        std::vector<Barrier> found;
        for (const Barrier &barrier : require(BarrierRepository(*db, clock).barriersFor(learner))) {
            if (barrier.isOpen() && isSensitiveCategory(barrier.category) == sensitive)
                found.push_back(barrier);
        }
        return found;
    }
};

/// The first words of a text, enough to recognise it where a line wraps.
QString start(const QString &text)
{
    return text.simplified().left(24);
}

} // namespace

TEST_CASE("every demo learner's plan has each section and their own data, in Dutch",
          "[documents][plan]")
{
    Demo demo;
    OrganisationRepository directory(*demo.db, demo.clock);
    for (const Learner &learner : demo.learners()) {
        CAPTURE(learner.fullName());
        int pages = 0;
        const QString text = demo.planText(learner.id, PlanOptions(), &pages);
        CHECK(pages >= 1);
        CHECK(pages <= 12);
        CHECK(text.contains(QStringLiteral("Mijn trajectplan")));
        CHECK(text.contains(learner.fullName()));
        for (const char *heading : { "Wat komt er nu?", "Wie helpt mij?", "Waar sta ik?",
                                     "Waar werken we aan?", "Handtekeningen" })
            CHECK(text.contains(QString::fromUtf8(heading)));
        CHECK(text.contains(QStringLiteral("pagina 1 van %1").arg(pages)));

        // Who helps: every person on the role card today.
        for (const RoleAssignment &role :
             require(RoleCardRepository(*demo.db, demo.clock).forLearner(learner.id))) {
            const QString name = require(directory.person(role.personId)).name;
            CAPTURE(name);
            if (role.isActiveOn(demo.clock.today()))
                CHECK(text.contains(name));
        }
        // The workplace learning: the site of every placement in the appendix.
        PlanOptions withAppendix;
        withAppendix.appendix = true;
        const QString full = demo.planText(learner.id, withAppendix);
        for (const Placement &placement :
             require(PlacementRepository(*demo.db, demo.clock).forLearner(learner.id))) {
            if (placement.siteId)
                CHECK(
                    full.contains(start(require(directory.organisation(*placement.siteId)).name)));
        }
        // Open barriers that are not sensitive, and none that are.
        for (const Barrier &barrier : demo.openBarriers(learner.id, false))
            CHECK(text.contains(start(barrier.description)));
        for (const Barrier &barrier : demo.openBarriers(learner.id, true))
            CHECK_FALSE(text.contains(start(barrier.description)));
    }
}

TEST_CASE("sensitive barriers are printed only when the SPOC ticks them", "[documents][plan]")
{
    Demo demo;
    int checked = 0;
    for (const Learner &learner : demo.learners()) {
        const auto sensitive = demo.openBarriers(learner.id, true);
        if (sensitive.empty())
            continue;
        PlanOptions options;
        CHECK_FALSE(
            demo.planText(learner.id, options).contains(start(sensitive.front().description)));
        options.includeSensitive = true;
        CHECK(demo.planText(learner.id, options).contains(start(sensitive.front().description)));
        ++checked;
    }
    CHECK(checked > 0);
}

TEST_CASE("the workplace never gets barriers or appointments; a partner needs consent",
          "[documents][plan]")
{
    Demo demo;
    // A learner with open barriers.
    const auto learners = demo.learners();
    const auto learner = std::find_if(learners.begin(), learners.end(), [&](const Learner &l) {
        return !demo.openBarriers(l.id, false).empty();
    });
    REQUIRE(learner != learners.end());
    const QString barrier = start(demo.openBarriers(learner->id, false).front().description);

    SECTION("the workplace")
    {
        const QString text
            = demo.planText(learner->id, PlanOptions::forAudience(Audience::Workplace));
        // It speaks to the workplace about the learner.
        CHECK(text.contains(QStringLiteral("Wie helpt %1?").arg(learner->firstName)));
        CHECK_FALSE(text.contains(QStringLiteral("Mijn werkplekleren")));
        CHECK_FALSE(text.contains(QStringLiteral("Waar werken we aan?")));
        CHECK_FALSE(text.contains(barrier));
        CHECK_FALSE(text.contains(QStringLiteral("drempel"))); // not even in the legend
        // Asking for the barriers anyway is refused, with the reason.
        PlanOptions options = PlanOptions::forAudience(Audience::Workplace);
        options.sections.append(PlanSection::Barriers);
        const auto refused
            = PlanDocuments(*demo.db, demo.clock).personalPlan(learner->id, options, 1);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("nooit")));
    }

    SECTION("a partner, without and with consent")
    {
        ConsentRepository consents(*demo.db, demo.clock);
        for (const Consent &consent : require(consents.forLearner(learner->id)))
            require(consents.remove(consent.id));
        PlanDocuments documents(*demo.db, demo.clock);
        const auto refused
            = documents.personalPlan(learner->id, PlanOptions::forAudience(Audience::Partner), 1);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("toestemming")));

        using enum ConsentShare;
        Consent consent;
        consent.learnerId = learner->id;
        consent.recipient = ConsentRecipient::Other;
        consent.recipientName = QStringLiteral("Trainingscentrum Zuid");
        consent.givenOn = QDate(2025, 1, 10);
        consent.shares = { Trajectory, Helpers, Training, Placements, Appointments };
        require(consents.add(consent));
        const QString text
            = demo.planText(learner->id, PlanOptions::forAudience(Audience::Partner));
        CHECK(text.contains(QStringLiteral("10/01/2025")));
        CHECK(text.contains(QStringLiteral("Trainingscentrum Zuid")));
        CHECK_FALSE(text.contains(barrier)); // not among a partner's default sections

        // More than the consent covers is refused, with the reason.
        PlanOptions more = PlanOptions::forAudience(Audience::Partner);
        more.sections.append(PlanSection::Barriers);
        const auto uncovered = documents.personalPlan(learner->id, more, 1);
        REQUIRE_FALSE(uncovered.ok());
        CHECK(uncovered.error().message.contains(QStringLiteral("Trainingscentrum Zuid")));

        // The barriers once the consent covers them, the sensitive ones only when it says so.
        consent.shares.append(Barriers);
        require(consents.update(consent));
        CHECK(demo.planText(learner->id, more).contains(barrier));
        more.includeSensitive = true;
        REQUIRE_FALSE(documents.personalPlan(learner->id, more, 1).ok());
        consent.shares.append(Sensitive);
        require(consents.update(consent));
        CHECK(documents.personalPlan(learner->id, more, 1).ok());

        // A withdrawn consent no longer holds; a workplace consent never serves a partner.
        consent.withdrawnOn = demo.clock.today();
        require(consents.update(consent));
        Consent workplace = consent;
        workplace.id = 0;
        workplace.recipient = ConsentRecipient::Workplace;
        workplace.withdrawnOn = QDate();
        require(consents.add(workplace));
        CHECK_FALSE(
            documents.personalPlan(learner->id, PlanOptions::forAudience(Audience::Partner), 1)
                .ok());
    }

    SECTION("a partner plan under a chosen consent")
    {
        ConsentRepository consents(*demo.db, demo.clock);
        const auto holding = require(consents.partnerConsents(learner->id, demo.clock.today()));
        REQUIRE(holding.size() >= 1);
        PlanOptions options = PlanOptions::forAudience(Audience::Partner);
        options.sections = { PlanSection::Timeline };
        options.consentId = holding.back().id;
        CHECK(demo.planText(learner->id, options).contains(holding.back().recipientName));
        options.consentId = 999999;
        CHECK_FALSE(PlanDocuments(*demo.db, demo.clock).personalPlan(learner->id, options, 1).ok());
    }
}

TEST_CASE("a plan can be printed in English for a partner who needs it", "[documents][plan]")
{
    Demo demo;
    PlanOptions options;
    options.language = QStringLiteral("en");
    const QString text = demo.planText(demo.learners().front().id, options);
    CHECK(text.contains(QStringLiteral("My personal plan")));
    CHECK(text.contains(QStringLiteral("Who helps me?")));
    CHECK(text.contains(QStringLiteral("page 1 of")));
    CHECK_FALSE(text.contains(QStringLiteral("Wie helpt mij?")));
    // A Dutch plan afterwards is Dutch again.
    CHECK(demo.planText(demo.learners().front().id, PlanOptions())
              .contains(QStringLiteral("Wie helpt mij?")));
}

TEST_CASE("every stored plan is a numbered version with its PDF", "[documents][plan]")
{
    Demo demo;
    const qint64 learner = demo.learners().front().id;
    PlanDocuments documents(*demo.db, demo.clock);
    const PlanVersion first = require(documents.storePersonalPlan(learner, PlanOptions()));
    const PlanVersion second = require(
        documents.storePersonalPlan(learner, PlanOptions::forAudience(Audience::Workplace)));
    CHECK(first.number == 1);
    CHECK(second.number == 2);
    CHECK(second.audience == QStringLiteral("workplace"));
    CHECK(PlanDocuments::optionsOf(second).sections
          == PlanOptions::defaultSections(Audience::Workplace));

    const PlanVersion stored = require(PlanVersionRepository(*demo.db, demo.clock).get(second.id));
    CHECK(stored.pdf == second.pdf);
    CHECK(traject::test::pdfPages(stored.pdf) == stored.pages);
    // The paper says which version it is.
    CHECK(traject::test::pdfText(stored.pdf).simplified().contains(QStringLiteral("versie 2")));
}

TEST_CASE("the attendance sheet has a line for every planned day", "[documents][attendance]")
{
    Demo demo;
    PlacementRepository placements(*demo.db, demo.clock);
    for (const Learner &learner : demo.learners()) {
        for (const auto &[placement, days] : require(placements.withDaysForLearner(learner.id))) {
            const auto planned = std::count_if(days.begin(), days.end(), [](const PlacementDay &d) {
                return d.status == PlacementDayStatus::Planned;
            });
            if (planned == 0)
                continue;
            CAPTURE(learner.fullName());
            const PlanVersion sheet
                = require(PlanDocuments(*demo.db, demo.clock).storeAttendanceSheet(placement.id));
            CHECK(sheet.kind == DocumentKind::Attendance);
            CHECK(sheet.subjectId == placement.id);
            const QString text = traject::test::pdfText(sheet.pdf).simplified();
            CHECK(text.contains(QStringLiteral("Aanwezigheidslijst")));
            CHECK(text.contains(learner.fullName()));
            for (const PlacementDay &day : days) {
                if (day.status == PlacementDayStatus::Planned)
                    CHECK(text.contains(day.date.toString(u"d/MM/yyyy")));
            }
            return; // one placement is enough
        }
    }
    FAIL("no placement with planned days in the demo caseload");
}

} // namespace TRAJECT_UNITY_ID
