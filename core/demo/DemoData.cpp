// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "demo/DemoBlocks.h"
#include "demo/DemoCatalogue.h"
#include "planning/Holidays.h"
#include "planning/PlacementPlanner.h"
#include "storage/BarrierRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RoleCardRepository.h"

#include <QRandomGenerator>

#include <algorithm>

namespace traject::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

// The phase each of the 25 demo learners has reached today.
constexpr Phase targetPhases[] = {
    Phase::Training,    Phase::Training,      Phase::Intake,      Phase::Aftercare,
    Phase::Referral,    Phase::Training,      Phase::Orientation, Phase::InfoSession,
    Phase::Training,    Phase::PreTrajectory, Phase::Aftercare,   Phase::Training,
    Phase::Intake,      Phase::Stopped,       Phase::Training,    Phase::Outflow,
    Phase::Referral,    Phase::Orientation,   Phase::Training,    Phase::Paused,
    Phase::InfoSession, Phase::Intake,        Phase::Aftercare,   Phase::PreTrajectory,
    Phase::Training,
};

/// The first Monday on or after the first day of a month: the entry moments are in
/// September and February.
QDate entryMoment(int year, int month)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}

/// The most recent entry moment at least minAgeDays before today.
QDate entryBefore(QDate today, int minAgeDays)
{
    QDate best;
    for (int year = today.year() - 4; year <= today.year(); ++year) {
        for (const int month : { 2, 9 }) {
            const QDate entry = entryMoment(year, month);
            if (entry.daysTo(today) >= minAgeDays && (!best.isValid() || entry > best))
                best = entry;
        }
    }
    return best;
}

QString asciiLower(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            result.append(c.toLower());
    }
    return result;
}

/// A valid Belgian national register number for a birth date and sequence number.
QString nationalNumberFor(QDate birth, int sequence)
{
    const QString base = birth.toString(QStringLiteral("yyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    qint64 value = base.toLongLong();
    if (birth.year() >= 2000)
        value += 2000000000LL;
    return base + QStringLiteral("%1").arg(97 - value % 97, 2, 10, QLatin1Char('0'));
}

struct Partners
{
    qint64 vdab = 0, ocmw = 0, caw = 0, huisVanHetKind = 0, cvo = 0;
    QList<qint64> sites;
    QList<qint64> mentors; // one per site
    qint64 spoc = 0, vdabConsultant = 0, ocmwWorker = 0, cawWorker = 0, languageCoach = 0,
           learningCoach = 0, supervisor = 0, labourMarketCoach = 0, teacher = 0;
};

class Generator
{
public:
    Generator(Database &db, const Clock &clock, quint32 seed)
        : m_db(db)
        , m_clock(clock)
        , m_today(clock.today())
        , m_random(seed)
        , m_learners(db, clock)
        , m_organisations(db, clock)
        , m_roles(db, clock)
        , m_programmes(db, clock)
        , m_enrolments(db, clock)
        , m_placements(db, clock)
        , m_barriers(db, clock)
        , m_logbook(db, clock)
        , m_calendar(db, clock)
    { }

    Status run()
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
            if (auto status = addLearner(static_cast<int>(i), people[i],
                                         targetPhases[i % std::size(targetPhases)]);
                !status)
                return status;
        }
        return {};
    }

    DemoSummary summary;

private:
    template<typename T> static Status keep(Result<T> result, qint64 *id = nullptr)
    {
        if (!result)
            return result.error();
        if constexpr (std::is_same_v<T, qint64>) {
            if (id)
                *id = *result;
        }
        return {};
    }

    Status organisation(const char *name, OrganisationKind kind, SiteType site, const char *town,
                        qint64 *id)
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

    Status person(const char *name, const char *function, qint64 organisation, qint64 *id)
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

    Status addPartners()
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
        if (!(status = organisation("CVO Leerpunt West", K::Cvo, SiteType::None, "Brugge",
                                    &m_partners.cvo)))
            return status;
        if (!(status
              = organisation("Syntra West", K::Syntra, SiteType::None, "Roeselare", &syntra)))
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
        if (!(status
              = organisation("VDAB Brugge", K::Vdab, SiteType::None, "Brugge", &m_partners.vdab))
            || !(status
                 = organisation("OCMW Brugge", K::Ocmw, SiteType::None, "Brugge", &m_partners.ocmw))
            || !(status = organisation("CAW Noord-West-Vlaanderen", K::Caw, SiteType::None,
                                       "Brugge", &m_partners.caw))
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
            || !(status = person("Lotte Vandenberghe", "Taalcoach", m_partners.cvo,
                                 &m_partners.languageCoach))
            || !(status = person("Ann Deprez", "Leerbegeleider", m_partners.cvo,
                                 &m_partners.learningCoach))
            || !(status = person("Pieter Vercruysse", "Stagebegeleider", m_partners.cvo,
                                 &m_partners.supervisor))
            || !(status
                 = person("Hilde Coussens", "Leerkracht", m_partners.cvo, &m_partners.teacher))
            || !(status = person("Jan Dewulf", "Arbeidsmarktcoach", m_partners.vdab,
                                 &m_partners.labourMarketCoach)))
            return status;
        return {};
    }

    Status addClosures()
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

    struct Step
    {
        Phase phase;
        QDate date;
    };

    /// The dated steps from referral to the phase reached today.
    QList<Step> pathTo(int index, Phase target, QDate trainingStart) const
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
            : target == Phase::PreTrajectory ? QList<Phase> { Phase::Referral, Phase::InfoSession,
                                                              Phase::Intake, Phase::PreTrajectory }
                                             : QList<Phase> { Phase::Referral, Phase::InfoSession,
                                                              Phase::Intake, Phase::Orientation };
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

    Status addLearner(int index, const DemoPerson &who, Phase target)
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
        l.birthDate
            = m_today.addYears(-(21 + m_random.bounded(28))).addDays(-m_random.bounded(365));
        l.phone = QStringLiteral("04%1 %2 %3 %4")
                      .arg(70 + index % 30)
                      .arg(10 + m_random.bounded(89))
                      .arg(10 + m_random.bounded(89))
                      .arg(10 + m_random.bounded(89));
        l.email = asciiLower(l.firstName) + QLatin1Char('.') + asciiLower(l.lastName)
            + QStringLiteral("@example.be");
        l.street
            = QStringLiteral("%1 %2").arg(QString::fromUtf8(town.street)).arg(3 + index * 7 % 180);
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
                l.children.push_back(
                    { 0, m_today.year() - 1 - (c * 3 + index % 5), arrangement, {} });
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
        l.statute = QString::fromUtf8(index % 4 == 1       ? "Leefloon"
                                          : index % 6 == 5 ? "Geen uitkering"
                                                           : "Werkloosheidsuitkering");
        const QDate intakeDate = steps.size() > 2 ? steps.at(2).date : QDate();
        if (intakeDate.isValid()) {
            l.consentDate = intakeDate;
            l.consentScope = QStringLiteral("Gegevens delen met VDAB, het CVO en de stageplaats");
        }
        l.phase = Phase::Referral;
        l.phaseSince = steps.first().date;
        qint64 id = 0;
        if (auto status = keep(m_learners.add(l), &id); !status)
            return status;
        ++summary.learners;

        for (int i = 1; i < steps.size(); ++i) {
            PhaseChange change;
            change.date = steps.at(i).date;
            change.to = steps.at(i).phase;
            if (change.to == Phase::Paused) {
                change.reasonCode = toCode(StopReason::Pregnancy);
                change.reasonText = QStringLiteral("Zwanger; wil in februari opnieuw instappen.");
            } else if (change.to == Phase::Stopped) {
                change.reasonCode = toCode(NonEntryReason::LanguageTooLow);
                change.reasonText = QStringLiteral("Eerst NT2 richtgraad 2 afwerken bij het CVO.");
            }
            if (auto status = m_learners.changePhase(id, change); !status)
                return status;
        }

        if (auto status = addRole(id, Role::Spoc, m_partners.spoc, steps.first().date); !status)
            return status;
        if (l.employmentService == EmploymentService::Vdab) {
            if (auto status
                = addRole(id, Role::VdabConsultant, m_partners.vdabConsultant, steps.first().date);
                !status)
                return status;
        }
        if (reachesTraining && l.nt2Level < Nt2Level::L2_4 && l.nt2Level != Nt2Level::Unknown) {
            if (auto status
                = addRole(id, Role::LanguageCoach, m_partners.languageCoach, trainingStart);
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
        if (auto status = addBarriers(index, id, target,
                                      intakeDate.isValid() ? intakeDate : steps.first().date);
            !status)
            return status;
        auto links = linkDemoBlocks(m_db, m_clock, id);
        if (!links)
            return links.error();
        summary.blocks += *links;
        return addContacts(index, id, target, steps);
    }

    Status addRole(qint64 learner, Role role, qint64 person, QDate from)
    {
        RoleAssignment assignment;
        assignment.learnerId = learner;
        assignment.role = role;
        assignment.personId = person;
        assignment.from = from;
        return keep(m_roles.add(assignment));
    }

    Status addTraining(int index, qint64 learner, Phase target, QDate start)
    {
        Enrolment enrolment;
        enrolment.learnerId = learner;
        enrolment.programmeId = index % 7 == 3 ? m_syntraProgramme : m_cvoProgramme;
        enrolment.start = start;
        enrolment.variant
            = index % 4 == 1 ? EnrolmentVariant::Months18 : EnrolmentVariant::Months12;
        enrolment.plannedEnd = Enrolment::suggestedEnd(start, enrolment.variant);
        auto plans = m_enrolments.defaultPlan(enrolment.programmeId);
        if (!plans)
            return plans.error();
        bool retakeAdded = false;
        for (auto plan : *plans) {
            if (enrolment.variant == EnrolmentVariant::Months18 && plan.semester == 2
                && plan.moduleId % 2 == 0)
                plan.semester = 3;
            const QDate semesterStart = start.addMonths(6 * (plan.semester - 1));
            const QDate semesterEnd = start.addMonths(6 * plan.semester).addDays(-1);
            if (semesterEnd < m_today)
                plan.status = ModuleStatus::Passed;
            else if (semesterStart <= m_today)
                plan.status = ModuleStatus::InProgress;
            if (target == Phase::Paused && plan.status == ModuleStatus::InProgress)
                plan.status = ModuleStatus::Planned;
            if (!retakeAdded && index % 5 == 1 && plan.semester == 1
                && plan.status == ModuleStatus::Passed) {
                plan.status = ModuleStatus::Failed;
                enrolment.modulePlans.push_back(plan);
                plan.semester = 3;
                plan.status = semesterStart.addMonths(12) <= m_today ? ModuleStatus::InProgress
                                                                     : ModuleStatus::Retake;
                plan.retakeReason = QStringLiteral("Examen in het eerste semester niet geslaagd");
                if (plan.status == ModuleStatus::InProgress)
                    plan.status = ModuleStatus::Retake;
                retakeAdded = true;
            }
            enrolment.modulePlans.push_back(plan);
        }
        if (retakeAdded && enrolment.variant == EnrolmentVariant::Months12) {
            enrolment.variant = EnrolmentVariant::Months18;
            enrolment.plannedEnd = Enrolment::suggestedEnd(start, enrolment.variant);
        }
        qint64 enrolmentId = 0;
        if (auto status = keep(m_enrolments.add(enrolment), &enrolmentId); !status)
            return status;
        ++summary.enrolments;

        const int site = index % static_cast<int>(m_partners.sites.size());
        Placement placement;
        placement.learnerId = learner;
        placement.enrolmentId = enrolmentId;
        placement.kind = PlacementKind::WorkplaceLearning;
        placement.siteId = m_partners.sites.at(site);
        placement.mentorId = m_partners.mentors.at(site);
        placement.supervisorId = m_partners.supervisor;
        placement.start = start.addDays(28);
        placement.end = enrolment.plannedEnd;
        // Most learners work two days a week; some build up with one day a week.
        placement.pattern = index % 3 == 1 ? WeekPattern { Qt::Friday }
            : index % 2                    ? WeekPattern { Qt::Tuesday, Qt::Thursday }
                                           : WeekPattern { Qt::Monday, Qt::Wednesday };
        placement.hoursPerDay = 7.6;
        placement.targetDays = 45;
        placement.targetHours = 45 * 7.6;
        qint64 placementId = 0;
        if (auto status = keep(m_placements.add(placement), &placementId); !status)
            return status;
        ++summary.placements;
        if (auto status
            = addRole(learner, Role::WorkplaceMentor, *placement.mentorId, placement.start);
            !status)
            return status;
        if (auto status
            = addRole(learner, Role::PlacementSupervisor, m_partners.supervisor, placement.start);
            !status)
            return status;

        const QDate pausedFrom = target == Phase::Paused ? m_today.addDays(-30) : QDate();
        if (auto status = planDays(placementId, placement, 46, index, pausedFrom); !status)
            return status;

        if (target == Phase::Aftercare || target == Phase::Outflow) {
            Aftercare aftercare;
            aftercare.learnerId = learner;
            aftercare.trainingEnd = enrolment.plannedEnd;
            aftercare.start = enrolment.plannedEnd.addDays(1);
            aftercare.months = 6;
            aftercare.notes
                = QStringLiteral("Sollicitatiecoaching en opvolging bij de eerste werkgever.");
            if (auto status = m_learners.setAftercare(aftercare); !status)
                return status;
            if (auto status = addRole(learner, Role::LabourMarketCoach,
                                      m_partners.labourMarketCoach, aftercare.start);
                !status)
                return status;
            if (target == Phase::Outflow) {
                Outcome outcome;
                outcome.learnerId = learner;
                outcome.date = aftercare.end();
                outcome.kind = OutcomeKind::JobChildcare;
                outcome.employer = QStringLiteral("Kinderdagverblijf Zonnekind");
                outcome.contractType = ContractType::FixedTerm;
                outcome.regime = WorkRegime::PartTime;
                outcome.hoursPerWeek = 30;
                if (auto status = m_learners.setOutcome(outcome); !status)
                    return status;
            }
        }
        return {};
    }

    Status addOrientation(int index, qint64 learner, QDate since)
    {
        const int site = (index + 1) % static_cast<int>(m_partners.sites.size());
        Placement placement;
        placement.learnerId = learner;
        placement.kind = PlacementKind::Orientation;
        placement.siteId = m_partners.sites.at(site);
        placement.mentorId = m_partners.mentors.at(site);
        placement.start = since.addDays(7);
        placement.end = placement.start.addDays(13);
        placement.pattern = WeekPattern { Qt::Wednesday };
        placement.hoursPerDay = 4;
        placement.targetDays = 2;
        placement.targetHours = 8;
        placement.notes
            = QStringLiteral("Inleefstage: twee halve dagen meedraaien in de leefgroep.");
        qint64 id = 0;
        if (auto status = keep(m_placements.add(placement), &id); !status)
            return status;
        ++summary.placements;
        return planDays(id, placement, 2, index, {});
    }

    Status planDays(qint64 placementId, const Placement &placement, int maxDays, int index,
                    QDate cancelledFrom)
    {
        GenerationRequest request;
        request.from = placement.start;
        request.to = placement.end;
        request.pattern = placement.pattern;
        request.hoursPerDay = placement.hoursPerDay;
        request.siteId = placement.siteId;
        request.maxDays = maxDays;
        auto generation = generatePlacementDays(request, WorkCalendar(m_closures));
        if (!generation)
            return generation.error();
        QList<PlacementDay> days;
        int n = 0;
        for (const auto &planned : generation->days) {
            PlacementDay day;
            day.placementId = placementId;
            day.date = planned.date;
            day.plannedHours = planned.hours;
            ++n;
            if (cancelledFrom.isValid() && day.date >= cancelledFrom) {
                day.status = PlacementDayStatus::Cancelled;
                day.note = QStringLiteral("Traject gepauzeerd");
            } else if (day.date < m_today) {
                if ((n + index) % 11 == 0) {
                    day.status = PlacementDayStatus::AbsentExcused;
                    day.note = QStringLiteral("Ziek kind, verwittigd");
                } else if ((n + index) % 29 == 0) {
                    day.status = PlacementDayStatus::AbsentUnexcused;
                } else {
                    day.status = PlacementDayStatus::Worked;
                    day.workedHours = (n % 9 == 0) ? planned.hours - 1.5 : planned.hours;
                }
            }
            days.append(day);
        }
        summary.placementDays += static_cast<int>(days.size());
        return m_placements.addDays(placementId, days);
    }

    qint64 partnerFor(BarrierCategory category) const
    {
        switch (category) {
        case BarrierCategory::FinancialMaterial:
            return m_partners.ocmwWorker;
        case BarrierCategory::FamilySocial:
        case BarrierCategory::Psychological:
            return m_partners.cawWorker;
        case BarrierCategory::Language:
            return m_partners.languageCoach;
        default:
            return m_partners.learningCoach;
        }
    }

    Status addBarriers(int index, qint64 learner, Phase target, QDate from)
    {
        const auto catalogue = demoBarriers();
        const int count = 1 + index % 4;
        const bool finished = target == Phase::Aftercare || target == Phase::Outflow;
        for (int k = 0; k < count; ++k) {
            const DemoBarrier &item
                = catalogue[static_cast<size_t>(index * 3 + k * 5) % catalogue.size()];
            Barrier barrier;
            barrier.learnerId = learner;
            barrier.category = item.category;
            barrier.description = QString::fromUtf8(item.description);
            barrier.severity = static_cast<Severity>((index + k) % 3);
            barrier.detectedOn = std::min(from.addDays(7 * k), m_today);
            barrier.detectedInPhase = from < m_today ? Phase::Intake : Phase::Referral;
            if (finished && k == count - 1 && count > 1) {
                barrier.status = BarrierStatus::Lasting;
            } else if (finished || (target == Phase::Training && k == 0)) {
                barrier.status = BarrierStatus::Solved;
                barrier.resolvedOn = std::min(barrier.detectedOn.addDays(45 + 10 * k), m_today);
            } else {
                barrier.status = k % 2 ? BarrierStatus::Open : BarrierStatus::InProgress;
            }
            qint64 barrierId = 0;
            if (auto status = keep(m_barriers.addBarrier(barrier), &barrierId); !status)
                return status;
            ++summary.barriers;

            Action action;
            action.learnerId = learner;
            action.barrierId = barrierId;
            action.description = QString::fromUtf8(item.action);
            action.owner = item.owner;
            if (item.owner == ActionOwner::Partner)
                action.partnerPersonId = partnerFor(item.category);
            action.domain = item.domain;
            action.due = barrier.detectedOn.addDays(14 + 7 * ((index + k) % 4));
            if (barrier.status == BarrierStatus::Solved)
                action.done = std::min(action.due, barrier.resolvedOn);
            else if (barrier.status == BarrierStatus::Lasting)
                action.done = std::min(action.due, m_today);
            if (action.done.isValid())
                action.outcome = QStringLiteral("Gedaan; besproken met de cursist.");
            if (auto status = keep(m_barriers.addAction(action)); !status)
                return status;
            ++summary.actions;
        }
        return {};
    }

    Status addContacts(int index, qint64 learner, Phase target, const QList<Step> &steps)
    {
        const auto catalogue = demoContacts();
        const QDate first = steps.first().date;
        const int span = std::max<qint64>(1, first.daysTo(m_today));
        const int count = 3 + index % 5;
        for (int k = 0; k < count; ++k) {
            const DemoContact &item = catalogue[static_cast<size_t>(index + k) % catalogue.size()];
            ContactMoment moment;
            moment.learnerId = learner;
            moment.date = first.addDays(span * k / count);
            moment.kind = item.kind;
            moment.status = ContactStatus::Done;
            moment.withWhom = QString::fromUtf8(item.withWhom);
            moment.notes = QString::fromUtf8(item.notes);
            moment.aftercare = target == Phase::Aftercare && k == count - 1;
            if (auto status = keep(m_logbook.add(moment)); !status)
                return status;
            ++summary.contacts;
        }
        if (target == Phase::Outflow || target == Phase::Stopped)
            return {};
        const int planned = target == Phase::Aftercare ? 3 : 1;
        for (int k = 0; k < planned; ++k) {
            ContactMoment moment;
            moment.learnerId = learner;
            moment.date = m_today.addDays(2 + index % 12 + 14 * k);
            moment.kind
                = target == Phase::Aftercare ? ContactKind::Phone : ContactKind::Conversation;
            moment.status = ContactStatus::Planned;
            moment.withWhom = QStringLiteral("cursist");
            moment.notes = target == Phase::Aftercare
                ? QStringLiteral("Nazorg: hoe loopt het zoeken naar werk?")
                : QStringLiteral("Opvolggesprek");
            moment.aftercare = target == Phase::Aftercare;
            if (auto status = keep(m_logbook.add(moment)); !status)
                return status;
            ++summary.contacts;
        }
        return {};
    }

    Database &m_db;
    const Clock &m_clock;
    QDate m_today;
    QRandomGenerator m_random;
    LearnerRepository m_learners;
    OrganisationRepository m_organisations;
    RoleCardRepository m_roles;
    ProgrammeRepository m_programmes;
    EnrolmentRepository m_enrolments;
    PlacementRepository m_placements;
    BarrierRepository m_barriers;
    LogbookRepository m_logbook;
    CalendarRepository m_calendar;
    Partners m_partners;
    QList<ClosurePeriod> m_closures;
    qint64 m_cvoProgramme = 0;
    qint64 m_syntraProgramme = 0;
};

} // namespace

Result<DemoSummary> fillDemoCaseload(Database &database, const Clock &clock, quint32 seed)
{
    auto count = LearnerRepository(database, clock).count();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error { Tr::tr("Demo data is only added to an empty database; this one already "
                              "holds %n learner(s).",
                              nullptr, *count),
                       {} };
    Transaction transaction(database);
    if (auto started = transaction.status(); !started)
        return started.error();
    Generator generator(database, clock, seed);
    if (auto status = generator.run(); !status)
        return Error { Tr::tr("The demo data could not be made; nothing was added."),
                       status.error().toString() };
    if (auto status = transaction.commit(); !status)
        return status.error();
    return generator.summary;
}

} // namespace traject::demo
