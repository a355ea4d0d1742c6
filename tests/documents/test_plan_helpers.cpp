// SPDX-License-Identifier: GPL-3.0-or-later
// "Wie helpt mij?": the people a learner can call, taken from the placements and the role card,
// each once, with the SPOC (the program's user, from the settings) first; and the SPOC's details
// on the attendance sheet and the intake summary.
#include "DocumentSupport.h"
#include "TestSupport.h"

#include "documents/IntakeSummary.h"
#include "documents/PlanDocument.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleCardRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::fixedToday;
using traject::test::require;

namespace {

/// Amina in her first placement (3 March to 27 June 2025, today is 14 March), with a mentor at
/// the site and a stagebegeleider of the school; an earlier orientation had another mentor. Her
/// role card is empty.
struct Placed
{
    FixedClock clock { fixedToday() };
    std::unique_ptr<Database> db = traject::test::memoryDatabase();
    OrganisationRepository directory { *db, clock };
    qint64 learnerId = 0;
    qint64 mentorId = 0;
    qint64 supervisorId = 0;
    qint64 placementId = 0;
    const SpocContact spoc { QStringLiteral("Sofie Peeters"), QStringLiteral("0470 11 22 33"),
                             QStringLiteral("sofie.peeters@trajectwerk.be"),
                             QStringLiteral("Trajectwerk Gent") };

    Placed()
    {
        Learner learner;
        learner.firstName = QStringLiteral("Amina");
        learner.lastName = QStringLiteral("El Idrissi");
        learnerId = require(LearnerRepository(*db, clock).add(learner));

        Organisation site;
        site.name = QStringLiteral("Kinderdagverblijf De Vlinder");
        site.kind = OrganisationKind::ChildcareSite;
        site.siteType = SiteType::GroupCare;
        const qint64 siteId = require(directory.addOrganisation(site));
        Organisation school;
        school.name = QStringLiteral("CVO Gent");
        school.kind = OrganisationKind::Cvo;
        const qint64 schoolId = require(directory.addOrganisation(school));

        mentorId = person("Els Janssens", "0471 23 45 67", std::nullopt);
        supervisorId = person("Karim Benali", "09 234 56 78", schoolId);
        const qint64 earlierMentor = person("Greet Claes", "0472 98 76 54", std::nullopt);

        placementId = placement(QDate(2025, 3, 3), QDate(2025, 6, 27), siteId, mentorId,
                                supervisorId, PlacementKind::WorkplaceLearning);
        placement(QDate(2025, 1, 13), QDate(2025, 1, 17), siteId, earlierMentor, std::nullopt,
                  PlacementKind::Orientation);
    }

    qint64 person(const char *name, const char *phone, std::optional<qint64> organisationId)
    {
        ContactPerson made;
        made.name = QString::fromUtf8(name);
        made.phone = QString::fromUtf8(phone);
        made.organisationId = organisationId;
        return require(directory.addPerson(made));
    }

    qint64 placement(QDate start, QDate end, qint64 siteId, qint64 mentor,
                     std::optional<qint64> supervisor, PlacementKind kind)
    {
        Placement made;
        made.learnerId = learnerId;
        made.kind = kind;
        made.siteId = siteId;
        made.mentorId = mentor;
        made.supervisorId = supervisor;
        made.start = start;
        made.end = end;
        return require(PlacementRepository(*db, clock).add(made));
    }

    void onRoleCard(Role role, qint64 personId)
    {
        RoleAssignment assignment;
        assignment.learnerId = learnerId;
        assignment.role = role;
        assignment.personId = personId;
        assignment.from = fixedToday().addMonths(-2);
        (void)require(RoleCardRepository(*db, clock).add(assignment));
    }

    /// The plan with only "Wie helpt mij?", as pdftotext reads it.
    QString helpers(const SpocContact &own, Audience audience = Audience::Learner) const
    {
        PlanOptions options = PlanOptions::forAudience(audience);
        options.sections = { PlanSection::Helpers };
        const auto document
            = require(PlanDocuments(*db, clock, own).personalPlan(learnerId, options, 1));
        const auto pdf = require(document.toPdf());
        return traject::test::pdfText(pdf.bytes).simplified();
    }
};

} // namespace

TEST_CASE("the plan of a learner with a placement mentor and an empty role card lists the "
          "mentor and the SPOC with phone",
          "[documents][plan][helpers]")
{
    const Placed amina;
    const QString text = amina.helpers(amina.spoc);
    CAPTURE(text);
    const QString helpers = text.mid(text.indexOf(QStringLiteral("Wie helpt mij?")));
    CHECK(helpers.startsWith(QStringLiteral("Wie helpt mij? Wie Waarvoor Telefoon Sofie Peeters")));
    CHECK_FALSE(helpers.contains(QStringLiteral("Er staan nog geen helpers")));
    // The SPOC first, then the mentor and the stagebegeleider of the placement: each row its
    // role in plain words, the person, their organisation (the mentor's is the site) and their
    // phone. An e-mail address only for someone without a phone: one number to call is enough.
    CHECK_FALSE(helpers.contains(QStringLiteral("sofie.peeters@trajectwerk.be")));
    for (const char *expected :
         { "Je SPOC: je eerste aanspreekpunt voor alles", "Sofie Peeters", "Trajectwerk Gent",
           "0470 11 22 33", "Je mentor op de werkplek", "Els Janssens", "0471 23 45 67",
           "Kinderdagverblijf De Vlinder", "Volgt je werkplekleren op voor de school",
           "Karim Benali", "CVO Gent", "09 234 56 78" })
        CHECK(helpers.contains(QString::fromUtf8(expected)));
    const auto at = [&](const char *name) { return helpers.indexOf(QString::fromUtf8(name)); };
    CHECK(at("Sofie Peeters") < at("Els Janssens"));
    CHECK(at("Els Janssens") < at("Karim Benali"));
    // The mentor of the orientation in January is not hers to call any more.
    CHECK_FALSE(text.contains(QStringLiteral("Greet Claes")));
}

TEST_CASE("each helper is listed once, with every role, and the role card's SPOC comes first",
          "[documents][plan][helpers]")
{
    Placed amina;
    SECTION("the SPOC of the settings is on the role card, without a phone")
    {
        const qint64 sofie = amina.person("Sofie Peeters", "", std::nullopt);
        amina.onRoleCard(Role::Spoc, sofie);
        amina.onRoleCard(Role::WorkplaceMentor, amina.mentorId);
        amina.onRoleCard(Role::SiteManager, amina.mentorId);
        amina.onRoleCard(Role::VdabConsultant, amina.person("Koen De Smet", "", std::nullopt));
        const QString text = amina.helpers(amina.spoc);
        CAPTURE(text);
        const QString helpers = text.mid(text.indexOf(QStringLiteral("Wie helpt mij?")));
        CHECK(helpers.startsWith(
            QStringLiteral("Wie helpt mij? Wie Waarvoor Telefoon Sofie Peeters")));
        CHECK(helpers.count(QStringLiteral("Sofie Peeters")) == 1);
        CHECK(helpers.count(QStringLiteral("0470 11 22 33")) == 1);
        CHECK(helpers.count(QStringLiteral("Els Janssens")) == 1);
        CHECK(helpers.count(QStringLiteral("Je mentor op de werkplek")) == 1);
        CHECK(helpers.contains(QStringLiteral("Verantwoordelijke van de kinderopvang")));
        CHECK(helpers.contains(QStringLiteral("Koen De Smet")));
        CHECK(helpers.indexOf(QStringLiteral("Sofie Peeters"))
              < helpers.indexOf(QStringLiteral("Els Janssens")));
    }
    SECTION("the role card names another SPOC")
    {
        amina.onRoleCard(Role::Spoc, amina.person("Nadia Amrani", "0478 55 66 77", std::nullopt));
        const QString text = amina.helpers(amina.spoc);
        CAPTURE(text);
        CHECK(text.contains(
            QStringLiteral("Wie helpt mij? Wie Waarvoor Telefoon Nadia Amrani Je SPOC: je eerste "
                           "aanspreekpunt voor alles 0478 55 66 77")));
        CHECK_FALSE(text.contains(QStringLiteral("Sofie Peeters")));
    }
}

TEST_CASE("without a SPOC in the settings, on the role card or on a placement, the plan says "
          "that no helpers are known",
          "[documents][plan][helpers]")
{
    FixedClock clock(fixedToday());
    auto db = traject::test::memoryDatabase();
    Learner learner;
    learner.firstName = QStringLiteral("Ruth");
    learner.lastName = QStringLiteral("Mekonnen");
    const qint64 id = require(LearnerRepository(*db, clock).add(learner));
    PlanOptions options;
    options.sections = { PlanSection::Helpers };
    const auto document = require(PlanDocuments(*db, clock).personalPlan(id, options, 1));
    const QString text = traject::test::pdfText(require(document.toPdf()).bytes).simplified();
    CAPTURE(text);
    CHECK(text.contains(QStringLiteral("Wie helpt mij? Er zijn nog geen helpers genoteerd.")));
    CHECK_FALSE(text.contains(QStringLiteral("Je SPOC")));
}

TEST_CASE("the attendance sheet and the intake summary tell how to reach the SPOC",
          "[documents][helpers]")
{
    const Placed amina;
    const QString line = QStringLiteral("SPOC: Sofie Peeters (Trajectwerk Gent), telefoon 0470 11 "
                                        "22 33, e-mail sofie.peeters@trajectwerk.be");
    const auto sheet = require(
        PlanDocuments(*amina.db, amina.clock, amina.spoc).attendanceSheet(amina.placementId, 1));
    const QString sheetText = traject::test::pdfText(require(sheet.toPdf()).bytes).simplified();
    CAPTURE(sheetText);
    CHECK(sheetText.contains(line));

    IntakeRepository intakes(*amina.db, amina.clock);
    const Intake intake = require(intakes.start(amina.learnerId, fixedToday()));
    const auto summary = require(IntakeSummary(*amina.db, amina.clock, amina.spoc).pdf(intake.id));
    QString summaryText = traject::test::pdfText(summary.bytes).simplified();
    CAPTURE(summaryText);
    // The status stands in the column beside the SPOC, and pdftotext reads across both.
    summaryText.remove(QStringLiteral("Status: nog niet afgerond "));
    CHECK(summaryText.contains(line));
    CHECK(summaryText.contains(QStringLiteral("De SPOC, Sofie Peeters")));
}

} // namespace TRAJECT_UNITY_ID
