// SPDX-License-Identifier: GPL-3.0-or-later
// Each plan speaks to its reader: the learner's plan to the learner ("je", "Mijn trajectplan"),
// the plan for the workplace or a partner about the learner, by name ("Trajectplan van Amina El
// Idrissi", "Mentor").
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "documents/PlanDocument.h"
#include "storage/ConsentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fixedToday;
using traject::test::require;

namespace {

/// Amina in her workplace learning at De Vlinder with Els Janssens as her mentor; she is not
/// enrolled in a training yet and has no barriers.
struct Amina
{
    FixedClock clock { fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    qint64 learnerId = 0;
    const SpocContact spoc {
        QStringLiteral("Sofie Peeters"), QStringLiteral("0470 11 22 33"), {}, {}
    };

    Amina()
    {
        Learner learner;
        learner.firstName = QStringLiteral("Amina");
        learner.lastName = QStringLiteral("El Idrissi");
        learnerId = require(LearnerRepository(*db, clock).add(learner));
        OrganisationRepository directory(*db, clock);
        Organisation site;
        site.name = QStringLiteral("Kinderdagverblijf De Vlinder");
        site.kind = OrganisationKind::ChildcareSite;
        site.siteType = SiteType::GroupCare;
        ContactPerson mentor;
        mentor.name = QStringLiteral("Els Janssens");
        mentor.phone = QStringLiteral("0471 23 45 67");
        Placement placement;
        placement.learnerId = learnerId;
        placement.siteId = require(directory.addOrganisation(site));
        placement.mentorId = require(directory.addPerson(mentor));
        placement.start = QDate(2025, 3, 3);
        placement.end = QDate(2025, 6, 27);
        (void)require(PlacementRepository(*db, clock).add(placement));
    }

    QString text(const PlanOptions &options) const
    {
        const auto document
            = require(PlanDocuments(*db, clock, spoc).personalPlan(learnerId, options, 1));
        return traject::test::pdfText(require(document.toPdf()).bytes).simplified();
    }
};

/// Words that speak to the learner, which a plan for someone else never uses.
void checkNotToTheLearner(const QString &text)
{
    for (const char *words : { "Mijn", "Je SPOC", "Je mentor", "jouw", "Wie helpt mij?",
                               "Je bent nog niet", "in je weg", "Volgt je werkplekleren" })
        CHECK_FALSE(text.contains(QString::fromUtf8(words)));
}

} // namespace

TEST_CASE("the plan for the workplace speaks to the mentor about the learner, by name",
          "[documents][plan][readers]")
{
    const Amina amina;
    PlanOptions options = PlanOptions::forAudience(Audience::Workplace);
    options.sections.append(PlanSection::Training);
    options.sections.append(PlanSection::Signatures);
    const QString text = amina.text(options);
    CAPTURE(text);
    CHECK(text.startsWith(QStringLiteral(
        "Trajectplan van Amina El Idrissi Gemaakt op 14 maart 2025. Voor de mentor van Amina op "
        "de werkplek. De komende vier weken In de komende vier weken is er niets gepland. Wie "
        "helpt Amina?")));
    // Who helps her, the SPOC first: the roles named as the mentor knows them (pdftotext reads
    // the lines of a row's cells in no fixed order, so each cell on its own, the rows in order).
    qsizetype at = 0;
    for (const char *cell : { "Wie helpt Amina?", "Sofie Peeters", "SPOC: eerste aanspreekpunt",
                              "0470 11 22 33", "Els Janssens", "Kinderdagverblijf De Vlinder",
                              "Mentor op de werkplek", "0471 23 45 67", "Waar staat Amina nu?" }) {
        const qsizetype found = text.indexOf(QString::fromUtf8(cell), at);
        INFO(cell);
        CHECK(found >= 0);
        at = found < 0 ? at : found;
    }
    CHECK(text.contains(QStringLiteral("Amina is nu in deze fase: toeleiding. Amina is nog niet "
                                       "ingeschreven voor een opleiding. Amina heeft 0 van de 45 "
                                       "dagen gewerkt.")));
    // The workplace gets the appendix with the placement, on a page of its own.
    CHECK(text.contains(QStringLiteral("Bijlage: alle werkdagen Werkplekleren · "
                                       "Kinderdagverblijf De Vlinder Van 3 maart 2025 tot 27 juni "
                                       "2025. Mentor: Els Janssens, 0471 23 45 67 Gewerkt: 0 van "
                                       "45 dagen.")));
    CHECK(text.contains(QStringLiteral("De mentor De SPOC, Sofie Peeters")));
    checkNotToTheLearner(text);
}

TEST_CASE("the plan for a partner speaks about the learner, by name", "[documents][plan][readers]")
{
    const Amina amina;
    Consent consent;
    consent.learnerId = amina.learnerId;
    consent.recipient = ConsentRecipient::EmploymentService;
    consent.recipientName = QStringLiteral("VDAB Gent");
    consent.givenOn = QDate(2025, 2, 3);
    consent.shares
        = { ConsentShare::Trajectory, ConsentShare::Helpers,  ConsentShare::Training,
            ConsentShare::Placements, ConsentShare::Barriers, ConsentShare::Appointments };
    (void)require(ConsentRepository(*amina.db, amina.clock).add(consent));
    PlanOptions options = PlanOptions::forAudience(Audience::Partner);
    options.sections.append(PlanSection::Barriers);
    const QString text = amina.text(options);
    CAPTURE(text);
    CHECK(text.startsWith(QStringLiteral("Trajectplan van Amina El Idrissi Gemaakt op 14 maart "
                                         "2025. Gedeeld met Tewerkstellingsdienst (VDAB, OCMW) "
                                         "(VDAB Gent) met de toestemming van Amina El Idrissi van "
                                         "03/02/2025")));
    CHECK(text.contains(QStringLiteral("Wie helpt Amina?")));
    CHECK(text.contains(
        QStringLiteral("Waar werken we aan? Op dit moment staat er niets in de weg voor Amina.")));
    checkNotToTheLearner(text);
}

TEST_CASE("the learner's own plan still speaks to the learner", "[documents][plan][readers]")
{
    const Amina amina;
    const QString text = amina.text(PlanOptions());
    CAPTURE(text);
    CHECK(text.startsWith(QStringLiteral(
        "Mijn trajectplan Voor Amina El Idrissi. Gemaakt op 14 maart 2025. Dit is jouw plan. Hou "
        "het bij je. Wat komt er nu? In de komende vier weken is er niets gepland. Wie helpt "
        "mij?")));
    CHECK(text.contains(QStringLiteral("Wie helpt mij? Wie Waarvoor Telefoon Sofie Peeters Je "
                                       "SPOC: je eerste aanspreekpunt voor alles 0470 11 22 33 "
                                       "Els Janssens Kinderdagverblijf De Vlinder Je mentor op de "
                                       "werkplek 0471 23 45 67 Waar sta ik?")));
    CHECK(text.contains(QStringLiteral("Je bent nu in deze fase: toeleiding. Je bent nog niet "
                                       "ingeschreven voor een opleiding. Je hebt 0 van de 45 "
                                       "dagen gewerkt. Waar werken we aan? Op dit moment staat er "
                                       "niets in je weg.")));
    // The full lists only in the appendix, which the learner's plan leaves out.
    CHECK_FALSE(text.contains(QStringLiteral("Bijlage")));
}

} // namespace TRAJECT_UNITY_ID
