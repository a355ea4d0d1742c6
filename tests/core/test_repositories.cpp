// SPDX-License-Identifier: GPL-3.0-or-later
// Organisations and persons, role cards, programmes and enrolments.
#include "RepositoryFixtures.h"

#include "storage/EnrolmentRepository.h"
#include "storage/RoleCardRepository.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

Organisation sampleSite()
{
    Organisation site;
    site.name = QStringLiteral("Kinderdagverblijf De Vlinder");
    site.kind = OrganisationKind::ChildcareSite;
    site.siteType = SiteType::GroupCare;
    site.address = QStringLiteral("Kerkstraat 1");
    site.municipality = QStringLiteral("Brugge");
    site.phone = QStringLiteral("050 12 34 56");
    site.email = QStringLiteral("info@devlinder.be");
    site.notes = QStringLiteral("Parking achteraan");
    return site;
}

} // namespace

TEST_CASE("an organisation makes a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);

    Organisation organiser;
    organiser.name = QStringLiteral("Stad Brugge");
    organiser.kind = OrganisationKind::ChildcareOrganiser;
    require(repo.addOrganisation(organiser));

    Organisation site = sampleSite();
    site.parentId = organiser.id;
    const qint64 id = require(repo.addOrganisation(site));
    CHECK(id == site.id);
    CHECK(id > 0);
    CHECK(require(repo.organisation(id)) == site);

    site.name = QStringLiteral("De Vlinder");
    site.siteType = SiteType::FamilyCare;
    site.parentId.reset();
    require(repo.updateOrganisation(site));
    CHECK(require(repo.organisation(id)) == site);

    require(repo.removeOrganisation(id));
    const auto gone = repo.organisation(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
    CHECK_FALSE(repo.removeOrganisation(id).ok());
}

TEST_CASE("organisations are listed by name, whatever the case")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);
    for (const char *name : { "vdab Brugge", "CVO Brugge", "Agentschap", "ocmw Brugge" }) {
        Organisation organisation;
        organisation.name = QString::fromLatin1(name);
        require(repo.addOrganisation(organisation));
    }
    const auto all = require(repo.organisations());
    REQUIRE(all.size() == 4);
    CHECK(all[0].name == QStringLiteral("Agentschap"));
    CHECK(all[1].name == QStringLiteral("CVO Brugge"));
    CHECK(all[2].name == QStringLiteral("ocmw Brugge"));
    CHECK(all[3].name == QStringLiteral("vdab Brugge"));
}

TEST_CASE("an invalid organisation is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);
    Organisation site = sampleSite();
    site.siteType = SiteType::None; // a childcare site needs a type of care
    const auto id = repo.addOrganisation(site);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QLatin1String("group care or family care")));
    CHECK(site.id == 0);
    CHECK(require(repo.organisations()).empty());
}

TEST_CASE("an organisation cannot belong to one of its own sites")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);
    Organisation organiser;
    organiser.name = QStringLiteral("Organisator");
    require(repo.addOrganisation(organiser));
    Organisation site = sampleSite();
    site.parentId = organiser.id;
    require(repo.addOrganisation(site));

    organiser.parentId = site.id;
    const auto status = repo.updateOrganisation(organiser);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QLatin1String("its own sites")));
    CHECK_FALSE(require(repo.organisation(organiser.id)).parentId.has_value());
}

TEST_CASE("removing an organisation keeps its persons, without the link")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);
    Organisation organisation = sampleSite();
    require(repo.addOrganisation(organisation));
    ContactPerson person;
    person.name = QStringLiteral("Mentor");
    person.organisationId = organisation.id;
    require(repo.addPerson(person));

    require(repo.removeOrganisation(organisation.id));
    CHECK_FALSE(require(repo.person(person.id)).organisationId.has_value());
}

TEST_CASE("a contact person makes a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);
    Organisation organisation = sampleSite();
    require(repo.addOrganisation(organisation));

    ContactPerson person;
    person.organisationId = organisation.id;
    person.name = QStringLiteral("Sofie Maes");
    person.function = QStringLiteral("Mentor");
    person.phone = QStringLiteral("0470 12 34 56");
    person.email = QStringLiteral("sofie@devlinder.be");
    person.notes = QStringLiteral("Werkt op dinsdag niet");
    const qint64 id = require(repo.addPerson(person));
    CHECK(person.id == id);
    CHECK(require(repo.person(id)) == person);

    person.function = QStringLiteral("Verantwoordelijke");
    person.organisationId.reset();
    require(repo.updatePerson(person));
    CHECK(require(repo.person(id)) == person);

    require(repo.removePerson(id));
    const auto gone = repo.person(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
}

TEST_CASE("persons are listed by name, all of them or of one organisation")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);
    Organisation a = sampleSite();
    Organisation b = sampleSite();
    b.name = QStringLiteral("Andere opvang");
    require(repo.addOrganisation(a));
    require(repo.addOrganisation(b));
    const QList<QPair<QString, qint64>> people = { { QStringLiteral("Wim"), a.id },
                                                   { QStringLiteral("an"), a.id },
                                                   { QStringLiteral("Bert"), b.id } };
    for (const auto &[name, organisation] : people) {
        ContactPerson person;
        person.name = name;
        person.organisationId = organisation;
        require(repo.addPerson(person));
    }
    const auto all = require(repo.persons());
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == QStringLiteral("an"));
    CHECK(all[1].name == QStringLiteral("Bert"));
    CHECK(all[2].name == QStringLiteral("Wim"));
    const auto ofA = require(repo.personsOf(a.id));
    REQUIRE(ofA.size() == 2);
    CHECK(ofA[0].name == QStringLiteral("an"));
    CHECK(ofA[1].name == QStringLiteral("Wim"));
}

TEST_CASE("an invalid contact person is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);
    ContactPerson person;
    person.name = QStringLiteral("Jan");
    person.email = QStringLiteral("geen adres");
    const auto id = repo.addPerson(person);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.contains(QLatin1String("e-mail")));
    CHECK(require(repo.persons()).empty());
}

TEST_CASE("a person on a role card cannot be removed")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    OrganisationRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    const qint64 person = addPerson(*db, clock);
    RoleAssignment assignment;
    assignment.learnerId = learner;
    assignment.role = Role::Buddy;
    assignment.personId = person;
    require(RoleCardRepository(*db, clock).add(assignment));

    const auto status = repo.removePerson(person);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message
          == QStringLiteral(
              "This person is still on the role card of a learner; remove them there first."));
    CHECK(require(repo.person(person)).id == person);

    require(RoleCardRepository(*db, clock).remove(assignment.id));
    require(repo.removePerson(person));
}

TEST_CASE("a role assignment makes a full round trip")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    RoleCardRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    const qint64 coach = addPerson(*db, clock, QStringLiteral("Coach"));
    const qint64 other = addPerson(*db, clock, QStringLiteral("Andere coach"));

    RoleAssignment assignment;
    assignment.learnerId = learner;
    assignment.role = Role::JobCoach;
    assignment.personId = coach;
    assignment.from = QDate(2025, 1, 6);
    assignment.note = QStringLiteral("Via VDAB");
    const qint64 id = require(repo.add(assignment));
    CHECK(assignment.id == id);
    CHECK(require(repo.get(id)) == assignment);

    assignment.personId = other;
    assignment.to = QDate(2025, 6, 30);
    require(repo.update(assignment));
    CHECK(require(repo.get(id)) == assignment);

    require(repo.remove(id));
    const auto gone = repo.get(id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().message.contains(QLatin1String("does not exist")));
    CHECK(require(repo.forLearner(learner)).empty());
}

TEST_CASE("a role card is ordered by role, then by start")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    RoleCardRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);
    const qint64 other = addLearner(*db, clock, QStringLiteral("Anders"));
    const qint64 person = addPerson(*db, clock);
    struct Line
    {
        qint64 learner;
        Role role;
        QDate from;
    };
    const Line lines[] = { { learner, Role::Teacher, QDate(2025, 2, 1) },
                           { learner, Role::Spoc, QDate(2025, 1, 1) },
                           { learner, Role::Teacher, QDate(2024, 9, 1) },
                           { other, Role::Spoc, QDate(2024, 1, 1) },
                           { learner, Role::Buddy, QDate() } };
    for (const auto &line : lines) {
        RoleAssignment a;
        a.learnerId = line.learner;
        a.role = line.role;
        a.personId = person;
        a.from = line.from;
        require(repo.add(a));
    }
    const auto card = require(repo.forLearner(learner));
    REQUIRE(card.size() == 4);
    CHECK(card[0].role == Role::Spoc);
    CHECK(card[1].role == Role::Buddy);
    CHECK(card[2].role == Role::Teacher);
    CHECK(card[2].from == QDate(2024, 9, 1));
    CHECK(card[3].from == QDate(2025, 2, 1));
}

TEST_CASE("an invalid role assignment is refused and nothing is written")
{
    auto db = memoryDatabase();
    FixedClock clock(fixedToday());
    RoleCardRepository repo(*db, clock);
    const qint64 learner = addLearner(*db, clock);

    RoleAssignment noPerson;
    noPerson.learnerId = learner;
    const auto refused = repo.add(noPerson);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("Choose the person")));

    RoleAssignment backwards;
    backwards.learnerId = learner;
    backwards.personId = addPerson(*db, clock);
    backwards.from = QDate(2025, 3, 1);
    backwards.to = QDate(2025, 2, 1);
    CHECK_FALSE(repo.add(backwards).ok());

    RoleAssignment unknownPerson;
    unknownPerson.learnerId = learner;
    unknownPerson.personId = 999;
    const auto unknown = repo.add(unknownPerson);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QLatin1String("no longer exists")));
    CHECK(require(repo.forLearner(learner)).empty());
}

} // namespace TRAJECT_UNITY_ID
