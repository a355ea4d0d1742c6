// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "demo/DemoBlocks.h"
#include "demo/DemoGenerator.h"
#include "storage/internal/Transaction.h"

#include <algorithm>

namespace traject::demo {

namespace detail {

Status Generator::run()
{
    if (auto status = m_programmes.installTemplatesIfMissing(); !status)
        return status;
    auto programmes = m_programmes.all();
    if (!programmes)
        return programmes.error();
    for (const auto &programme : *programmes) {
        if (programme.templateKey == QLatin1String("cvo-kinderbegeleider"))
            m_cvoProgramme = programme.id;
        else if (programme.templateKey == QLatin1String("syntra-kinderbegeleider"))
            m_syntraProgramme = programme.id;
    }
    if (auto status = addPartners(); !status)
        return status;
    if (auto status = addClosures(); !status)
        return status;
    const auto people = demoPeople();
    for (size_t i = 0; i < people.size(); ++i) {
        if (auto status
            = addLearner(static_cast<int>(i), people[i], targetPhases[i % std::size(targetPhases)]);
            !status)
            return status;
    }
    return {};
}

Status Generator::organisation(const char *name, OrganisationKind kind, SiteType site,
                               const char *town, qint64 *id)
{
    Organisation o;
    o.name = QString::fromUtf8(name);
    o.kind = kind;
    o.siteType = site;
    o.municipality = QString::fromUtf8(town);
    o.phone = QStringLiteral("050 %1 %2 %3")
                  .arg(30 + summary.organisations)
                  .arg(10 + summary.organisations * 3)
                  .arg(44);
    ++summary.organisations;
    return keep(m_organisations.addOrganisation(o), id);
}

Status Generator::person(const char *name, const char *function, qint64 organisation, qint64 *id)
{
    ContactPerson p;
    p.name = QString::fromUtf8(name);
    p.function = QString::fromUtf8(function);
    p.organisationId = organisation ? std::optional<qint64>(organisation) : std::nullopt;
    p.phone = QStringLiteral("0470 %1 %2 %3")
                  .arg(10 + summary.persons)
                  .arg(20 + summary.persons * 2)
                  .arg(55);
    p.email = asciiLower(p.name.section(QLatin1Char(' '), 0, 0))
        + QStringLiteral("@partner.example.be");
    ++summary.persons;
    return keep(m_organisations.addPerson(p), id);
}

Status Generator::addPartners()
{
    using K = OrganisationKind;
    qint64 organiser = 0, syntra = 0;
    const struct
    {
        const char *name;
        const char *town;
        SiteType type;
        const char *mentor;
    } sites[] = {
        { "Kinderdagverblijf De Poppenkast", "Brugge", SiteType::GroupCare, "Griet Vanneste" },
        { "Kinderdagverblijf Zonnekind", "Kortrijk", SiteType::GroupCare, "Sofie Lambrecht" },
        { "Onthaalouder 't Kribbeke", "Ieper", SiteType::FamilyCare, "Annick Desmet" },
        { "Kinderopvang De Speelvogel", "Roeselare", SiteType::GroupCare, "Nathalie Maes" },
    };
    Status status;
    if (!(status
          = organisation("CVO Leerpunt West", K::Cvo, SiteType::None, "Brugge", &m_partners.cvo)))
        return status;
    if (!(status = organisation("Syntra West", K::Syntra, SiteType::None, "Roeselare", &syntra)))
        return status;
    if (!(status = organisation("Kinderopvang Regio West vzw", K::ChildcareOrganiser,
                                SiteType::None, "Brugge", &organiser)))
        return status;
    for (const auto &site : sites) {
        qint64 id = 0, mentor = 0;
        if (!(status = organisation(site.name, K::ChildcareSite, site.type, site.town, &id)))
            return status;
        if (!(status = person(site.mentor, "Mentor op de werkplek", id, &mentor)))
            return status;
        m_partners.sites.append(id);
        m_partners.mentors.append(mentor);
    }
    if (!(status = organisation("VDAB Brugge", K::Vdab, SiteType::None, "Brugge", &m_partners.vdab))
        || !(status
             = organisation("OCMW Brugge", K::Ocmw, SiteType::None, "Brugge", &m_partners.ocmw))
        || !(status = organisation("CAW Noord-West-Vlaanderen", K::Caw, SiteType::None, "Brugge",
                                   &m_partners.caw))
        || !(status = organisation("Huis van het Kind Kortrijk", K::Other, SiteType::None,
                                   "Kortrijk", &m_partners.huisVanHetKind)))
        return status;
    if (!(status = person("Els Declercq", "SPOC", 0, &m_partners.spoc))
        || !(status = person("Kristof Desmet", "VDAB-consulent", m_partners.vdab,
                             &m_partners.vdabConsultant))
        || !(status = person("Mieke Van Damme", "Maatschappelijk werker", m_partners.ocmw,
                             &m_partners.ocmwWorker))
        || !(status
             = person("Bart Goethals", "Hulpverlener", m_partners.caw, &m_partners.cawWorker))
        || !(status
             = person("Lotte Vandenberghe", "Taalcoach", m_partners.cvo, &m_partners.languageCoach))
        || !(status
             = person("Ann Deprez", "Leerbegeleider", m_partners.cvo, &m_partners.learningCoach))
        || !(status = person("Pieter Vercruysse", "Stagebegeleider", m_partners.cvo,
                             &m_partners.supervisor))
        || !(status = person("Hilde Coussens", "Leerkracht", m_partners.cvo, &m_partners.teacher))
        || !(status = person("Jan Dewulf", "Arbeidsmarktcoach", m_partners.vdab,
                             &m_partners.labourMarketCoach)))
        return status;
    return {};
}

Status Generator::addClosures()
{
    for (int year = m_today.year() - 2; year <= m_today.year() + 1; ++year) {
        ClosurePeriod christmas;
        christmas.name = QStringLiteral("Kerstsluiting");
        christmas.start = QDate(year, 12, 24);
        christmas.end = QDate(year + 1, 1, 1);
        if (auto status = keep(m_calendar.add(christmas)); !status)
            return status;
        ClosurePeriod summer;
        summer.name = QStringLiteral("Jaarlijkse sluiting");
        summer.start = QDate(year, 7, 21);
        summer.end = QDate(year, 8, 4);
        summer.siteId = m_partners.sites.value(0);
        if (auto status = keep(m_calendar.add(summer)); !status)
            return status;
        m_closures.append(christmas);
        m_closures.append(summer);
    }
    return {};
}

QList<Generator::Step> Generator::pathTo(int index, Phase target, QDate trainingStart) const
{
    const bool reachesTraining = target == Phase::Training || target == Phase::Aftercare
        || target == Phase::Outflow || target == Phase::Paused;
    QList<Step> steps;
    if (reachesTraining) {
        const QDate s = trainingStart;
        steps = { { Phase::Referral, s.addDays(-130) },
                  { Phase::InfoSession, s.addDays(-112) },
                  { Phase::Intake, s.addDays(-98) },
                  { Phase::Orientation, s.addDays(-70) } };
        if (index % 3 == 0)
            steps.append({ Phase::PreTrajectory, s.addDays(-45) });
        steps.append({ Phase::Training, s });
        if (target == Phase::Aftercare || target == Phase::Outflow) {
            const QDate end = Enrolment::suggestedEnd(s, EnrolmentVariant::Months12);
            steps.append({ Phase::Aftercare, end.addDays(1) });
            if (target == Phase::Outflow)
                steps.append({ Phase::Outflow, end.addDays(1).addMonths(6) });
        }
        if (target == Phase::Paused)
            steps.append({ Phase::Paused, m_today.addDays(-30) });
        return steps;
    }
    const QList<Phase> order = target == Phase::Stopped
        ? QList<Phase> { Phase::Referral, Phase::InfoSession, Phase::Intake, Phase::Stopped }
        : target == Phase::PreTrajectory
        ? QList<Phase> { Phase::Referral, Phase::InfoSession, Phase::Intake, Phase::PreTrajectory }
        : QList<Phase> { Phase::Referral, Phase::InfoSession, Phase::Intake, Phase::Orientation };
    const int stepsNeeded = target == Phase::Stopped || target == Phase::PreTrajectory
        ? 4
        : static_cast<int>(order.indexOf(target)) + 1;
    QDate date = m_today.addDays(-14 * stepsNeeded - index % 9);
    for (int i = 0; i < stepsNeeded; ++i) {
        steps.append({ order.at(i), date });
        date = date.addDays(14);
    }
    return steps;
}

Status Generator::addLearner(int index, const DemoPerson &who, Phase target)
{
    const auto towns = demoTowns();
    const DemoTown &town = towns[static_cast<size_t>(index) % towns.size()];
    const bool reachesTraining = target == Phase::Training || target == Phase::Aftercare
        || target == Phase::Outflow || target == Phase::Paused;
    QDate trainingStart;
    if (target == Phase::Training)
        trainingStart = entryBefore(m_today, index % 3 == 0 ? 200 : 21);
    else if (target == Phase::Paused)
        trainingStart = entryBefore(m_today, 90);
    else if (target == Phase::Aftercare)
        trainingStart = entryBefore(m_today, 380 + 30 * (index % 3));
    else if (target == Phase::Outflow)
        trainingStart = entryBefore(m_today, 570);
    const auto steps = pathTo(index, target, trainingStart);

    Learner l;
    l.firstName = QString::fromUtf8(who.firstName);
    l.lastName = QString::fromUtf8(who.lastName);
    l.gender = who.gender;
    l.birthDate = m_today.addYears(-(21 + m_random.bounded(28))).addDays(-m_random.bounded(365));
    l.phone = QStringLiteral("04%1 %2 %3 %4")
                  .arg(70 + index % 30)
                  .arg(10 + m_random.bounded(89))
                  .arg(10 + m_random.bounded(89))
                  .arg(10 + m_random.bounded(89));
    l.email = asciiLower(l.firstName) + QLatin1Char('.') + asciiLower(l.lastName)
        + QStringLiteral("@example.be");
    l.street = QStringLiteral("%1 %2").arg(QString::fromUtf8(town.street)).arg(3 + index * 7 % 180);
    l.postalCode = QString::fromLatin1(town.postalCode);
    l.municipality = QString::fromUtf8(town.name);
    if (index % 3 == 0)
        l.nationalNumber = nationalNumberFor(
            l.birthDate, 100 + index * 2 + (who.gender == Gender::Male ? 1 : 0));
    l.homeLanguage = QString::fromUtf8(who.homeLanguage);
    l.nt2Level = who.nt2;
    l.educationLevel = who.education;
    l.migrationBackground = who.migration;
    if (who.education == EducationLevel::High && who.migration == MigrationBackground::Yes) {
        l.foreignDiploma = QStringLiteral("Diploma leraar lager onderwijs");
        l.diplomaRecognition = DiplomaRecognition::Requested;
    }
    if (index % 3 != 2) {
        const int count = 1 + index % 3;
        for (int c = 0; c < count; ++c) {
            const auto arrangement = static_cast<ChildcareArrangement>((index + c) % 6);
            l.children.push_back({ 0, m_today.year() - 1 - (c * 3 + index % 5), arrangement, {} });
        }
    }
    l.transport = static_cast<Transport>(1 + index % 5);
    l.drivingLicence = index % 3 == 0;
    l.hasLaptop = index % 4 != 0;
    l.hasInternet = index % 5 != 0;
    l.statusBeforeStart
        = index % 6 == 5 ? StatusBeforeStart::Inactive : StatusBeforeStart::JobSeeker;
    l.monthsUnemployed = 3 + m_random.bounded(45);
    const qint64 referrers[]
        = { m_partners.vdab, m_partners.ocmw, m_partners.caw, m_partners.huisVanHetKind };
    l.referrerId = referrers[index % 4];
    l.employmentService = index % 6 == 5 ? EmploymentService::None : EmploymentService::Vdab;
    // VDAB's client number, known for most of its clients (not yet for one in four).
    if (l.employmentService == EmploymentService::Vdab && index % 4 != 3)
        l.vdabClientNumber = QString::number(31'000'000 + index * 7'919);
    l.statute = QString::fromUtf8(index % 4 == 1       ? "Leefloon"
                                      : index % 6 == 5 ? "Geen uitkering"
                                                       : "Werkloosheidsuitkering");
    const QDate intakeDate = steps.size() > 2 ? steps.at(2).date : QDate();
    l.phase = Phase::Referral;
    l.phaseSince = steps.first().date;
    qint64 id = 0;
    if (auto status = keep(m_learners.add(l), &id); !status)
        return status;
    ++summary.learners;

    l.id = id;
    if (intakeDate.isValid()) {
        if (auto status = addDemoConsents(id, intakeDate, index); !status)
            return status;
    }
    PhaseChange stop;
    for (int i = 1; i < steps.size(); ++i) {
        PhaseChange change;
        change.date = steps.at(i).date;
        change.to = steps.at(i).phase;
        if (change.to == Phase::Paused) {
            change.reasonCode = toCode(StopReason::Pregnancy);
            change.reasonText = QStringLiteral("Zwanger; wil in februari opnieuw instappen.");
        } else if (change.to == Phase::Stopped && l.nt2Level < Nt2Level::L2_4) {
            change.reasonCode = toCode(NonEntryReason::LanguageTooLow);
            change.reasonText = QStringLiteral("Eerst NT2 richtgraad 2 afwerken bij het CVO.");
        } else if (change.to == Phase::Stopped) {
            change.reasonCode = toCode(NonEntryReason::FinancialOrFamilyBarriers);
            change.reasonText = QStringLiteral("De opvang van de kinderen is niet rond en de "
                                               "partner werkt in ploegen; bekijkt het opnieuw "
                                               "voor februari.");
        }
        if (change.to == Phase::Stopped)
            stop = change;
        if (auto status = m_learners.changePhase(id, change); !status)
            return status;
    }

    if (auto status = addDemoEsf(index, l, steps); !status)
        return status;

    if (auto status = addRole(id, Role::Spoc, m_partners.spoc, steps.first().date); !status)
        return status;
    if (l.employmentService == EmploymentService::Vdab) {
        if (auto status
            = addRole(id, Role::VdabConsultant, m_partners.vdabConsultant, steps.first().date);
            !status)
            return status;
    }
    if (reachesTraining && l.nt2Level < Nt2Level::L2_4 && l.nt2Level != Nt2Level::Unknown) {
        if (auto status = addRole(id, Role::LanguageCoach, m_partners.languageCoach, trainingStart);
            !status)
            return status;
    }
    if (reachesTraining) {
        if (auto status = addTraining(index, id, target, trainingStart); !status)
            return status;
    }
    if (target == Phase::Orientation) {
        if (auto status = addOrientation(index, id, steps.last().date); !status)
            return status;
    }
    if (auto status
        = addBarriers(index, id, target, intakeDate.isValid() ? intakeDate : steps.first().date);
        !status)
        return status;
    auto links = linkDemoBlocks(m_db, m_clock, id);
    if (!links)
        return links.error();
    summary.blocks += *links;
    if (auto status = addContacts(index, id, target, steps); !status)
        return status;
    const bool reachedIntake = std::any_of(
        steps.begin(), steps.end(), [](const Step &step) { return step.phase == Phase::Intake; });
    if (auto status = addSupportNetwork(index, l, reachedIntake); !status)
        return status;
    return reachedIntake ? addIntake(index, l, steps, stop) : Status {};
}

Status Generator::addRole(qint64 learner, Role role, qint64 person, QDate from)
{
    RoleAssignment assignment;
    assignment.learnerId = learner;
    assignment.role = role;
    assignment.personId = person;
    assignment.from = from;
    return keep(m_roles.add(assignment));
}

} // namespace detail

Result<DemoSummary> fillDemoCaseload(Database &database, const Clock &clock, quint32 seed)
{
    auto count = LearnerRepository(database, clock).count();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error { detail::Tr::tr(
                           "Demo data is only added to an empty database; this one already "
                           "holds %n learner(s).",
                           nullptr, *count),
                       {} };
    Transaction transaction(database);
    if (auto started = transaction.status(); !started)
        return started.error();
    detail::Generator generator(database, clock, seed);
    if (auto status = generator.run(); !status)
        return Error { detail::Tr::tr("The demo data could not be made; nothing was added."),
                       status.error().toString() };
    if (auto status = transaction.commit(); !status)
        return status.error();
    return generator.summary;
}

} // namespace traject::demo
