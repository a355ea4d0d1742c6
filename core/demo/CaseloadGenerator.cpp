// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadGenerator.h"

#include "demo/BulkInsert.h"
#include "demo/DemoCatalogue.h"
#include "demo/TrajectoryPath.h"
#include "domain/Programme.h"
#include "planning/Holidays.h"
#include "storage/Database.h"
#include "storage/ProgrammeRepository.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace traject::demo {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadGenerator)
};

QString asciiLower(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetter() && c.unicode() < 128)
            result.append(c.toLower());
    }
    return result;
}

class Generator
{
    using Insert = BulkInsert;
    static QVariant iso(QDate day) { return BulkInsert::date(day); }
    static QString blank() { return BulkInsert::blank(); }
    static QVariant nullText() { return BulkInsert::nullText(); }
    static QVariant nullId() { return BulkInsert::nullId(); }
    static QVariant nullNumber() { return BulkInsert::nullNumber(); }

public:
    Generator(Database &db, const Clock &clock, quint32 seed)
        : m_db(db)
        , m_clock(clock)
        , m_today(clock.today())
        , m_random(seed)
        , m_paths(m_today, m_random)
        , m_organisation(db, m_error, "organisation",
                         { "name", "kind", "site_type", "municipality", "phone", "email" })
        , m_person(db, m_error, "contact_person",
                   { "organisation_id", "name", "function", "phone", "email" })
        , m_closure(db, m_error, "closure_period", { "name", "start_date", "end_date", "site_id" })
        , m_learner(db, m_error, "learner",
                    { "first_name",
                      "last_name",
                      "birth_date",
                      "gender",
                      "phone",
                      "email",
                      "street",
                      "postal_code",
                      "municipality",
                      "home_language",
                      "nt2_level",
                      "education_level",
                      "migration_background",
                      "transport",
                      "driving_licence",
                      "has_laptop",
                      "has_internet",
                      "status_before_start",
                      "months_unemployed",
                      "referrer_id",
                      "employment_service",
                      "statute",
                      "consent_date",
                      "consent_scope",
                      "phase",
                      "phase_since" })
        , m_child(db, m_error, "learner_child", { "learner_id", "birth_year", "arrangement" })
        , m_phaseChange(
              db, m_error, "phase_change",
              { "learner_id", "date", "from_phase", "to_phase", "reason_code", "reason_text" })
        , m_role(db, m_error, "role_assignment", { "learner_id", "role", "person_id", "from_date" })
        , m_enrolment(db, m_error, "enrolment",
                      { "learner_id", "programme_id", "start_date", "planned_end", "variant" })
        , m_modulePlan(db, m_error, "module_plan",
                       { "enrolment_id", "module_id", "semester", "status", "retake_reason" })
        , m_placement(db, m_error, "placement",
                      { "learner_id", "enrolment_id", "kind", "site_id", "mentor_id",
                        "supervisor_id", "start_date", "end_date", "weekdays", "hours_per_day",
                        "target_days", "target_hours", "notes" })
        , m_day(db, m_error, "placement_day",
                { "placement_id", "date", "planned_hours", "worked_hours", "status", "note" })
        , m_barrier(db, m_error, "barrier",
                    { "learner_id", "category", "description", "severity", "detected_on",
                      "detected_in_phase", "status", "resolved_on" })
        , m_action(db, m_error, "action",
                   { "learner_id", "barrier_id", "description", "owner", "partner_person_id",
                     "domain", "due_date", "done_date", "outcome" })
        , m_contact(db, m_error, "contact_moment",
                    { "learner_id", "date", "kind", "status", "with_whom", "notes", "aftercare" })
        , m_aftercare(db, m_error, "aftercare",
                      { "learner_id", "training_end", "start_date", "months", "notes" })
        , m_outcome(db, m_error, "outcome",
                    { "learner_id", "date", "kind", "employer", "contract_type", "regime",
                      "hours_per_week" })
    { }

    Status run(int learners)
    {
        if (m_error)
            return *m_error;
        if (auto status = loadProgrammes(); !status)
            return status;
        addPartners();
        addClosures();
        for (int i = 0; i < learners && !m_error; ++i)
            addLearner(i);
        if (m_error)
            return *m_error;
        return {};
    }

    GeneratedSummary summary() const
    {
        GeneratedSummary s;
        s.learners = m_learner.count();
        s.organisations = m_organisation.count();
        s.persons = m_person.count();
        s.children = m_child.count();
        s.phaseChanges = m_phaseChange.count();
        s.roleAssignments = m_role.count();
        s.enrolments = m_enrolment.count();
        s.modulePlans = m_modulePlan.count();
        s.placements = m_placement.count();
        s.placementDays = m_day.count();
        s.barriers = m_barrier.count();
        s.actions = m_action.count();
        s.contacts = m_contact.count();
        return s;
    }

private:
    int below(int n) { return static_cast<int>(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(std::span<const T> items)
    {
        return items[static_cast<size_t>(below(static_cast<int>(items.size())))];
    }
    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(below(items.size()));
    }

    Status loadProgrammes()
    {
        ProgrammeRepository programmes(m_db, m_clock);
        if (auto status = programmes.installTemplatesIfMissing(); !status)
            return status;
        auto all = programmes.all();
        if (!all)
            return all.error();
        for (const auto &programme : *all) {
            if (programme.templateKey == QLatin1String("cvo-kinderbegeleider"))
                m_cvo = programme;
            else if (programme.templateKey == QLatin1String("syntra-kinderbegeleider"))
                m_syntra = programme;
        }
        if (m_cvo.id == 0 || m_syntra.id == 0)
            return Error { Tr::tr("The programme templates are missing."), {} };
        return {};
    }

    qint64 organisation(const QString &name, OrganisationKind kind, SiteType site,
                        const QString &town)
    {
        const int n = m_organisation.count();
        return m_organisation(
            { name, toCode(kind), toCode(site), town,
              QStringLiteral("050 %1 %2 44").arg(30 + n).arg(10 + n * 3),
              asciiLower(name.left(12)) + QStringLiteral("@partner.example.be") });
    }

    qint64 person(qint64 organisationId, const char *name, const char *function)
    {
        const int n = m_person.count();
        const QString text = QString::fromUtf8(name);
        return m_person({ organisationId ? QVariant(organisationId) : nullId(), text,
                          QString::fromUtf8(function),
                          QStringLiteral("0470 %1 %2 55").arg(10 + n % 89).arg(20 + n % 79),
                          asciiLower(text.section(QLatin1Char(' '), 0, 0))
                              + QStringLiteral("@partner.example.be") });
    }

    void addPartners()
    {
        using K = OrganisationKind;
        const qint64 cvo = organisation(QStringLiteral("CVO Leerpunt West"), K::Cvo, SiteType::None,
                                        QStringLiteral("Brugge"));
        organisation(QStringLiteral("Syntra West"), K::Syntra, SiteType::None,
                     QStringLiteral("Roeselare"));
        m_vdab = organisation(QStringLiteral("VDAB West-Vlaanderen"), K::Vdab, SiteType::None,
                              QStringLiteral("Brugge"));
        m_ocmw = organisation(QStringLiteral("OCMW Brugge"), K::Ocmw, SiteType::None,
                              QStringLiteral("Brugge"));
        m_caw = organisation(QStringLiteral("CAW Noord-West-Vlaanderen"), K::Caw, SiteType::None,
                             QStringLiteral("Brugge"));
        const char *const siteNames[]
            = { "Kinderdagverblijf De Poppenkast", "Kinderopvang Zonnekind",
                "Onthaalouder 't Kribbeke", "Kinderopvang De Speelvogel" };
        const char *const mentors[]
            = { "Griet Vanneste", "Sofie Lambrecht", "Annick Desmet",  "Nathalie Maes",
                "Evelien Claeys", "Karen Dewitte",   "Ines Verhaeghe", "Lien Vermeersch",
                "Joke Devos",     "Tine Roelens",    "Eva Bossuyt",    "Sarah Pattyn" };
        const auto towns = demoTowns();
        for (int i = 0; i < 12; ++i) {
            const QString town
                = QString::fromUtf8(towns[static_cast<size_t>(i) % towns.size()].name);
            const SiteType type = i % 4 == 2 ? SiteType::FamilyCare : SiteType::GroupCare;
            const qint64 site
                = organisation(QString::fromUtf8(siteNames[i % 4]) + QLatin1Char(' ') + town,
                               K::ChildcareSite, type, town);
            m_sites.append(site);
            m_mentors.append(person(site, mentors[i], "Mentor op de werkplek"));
        }
        m_spoc = person(0, "Els Declercq", "SPOC");
        m_vdabConsultants = { person(m_vdab, "Kristof Desmet", "VDAB-consulent"),
                              person(m_vdab, "Hanne Wyffels", "VDAB-consulent") };
        m_ocmwWorker = person(m_ocmw, "Mieke Van Damme", "Maatschappelijk werker");
        m_cawWorker = person(m_caw, "Bart Goethals", "Hulpverlener");
        m_languageCoach = person(cvo, "Lotte Vandenberghe", "Taalcoach");
        m_learningCoach = person(cvo, "Ann Deprez", "Leerbegeleider");
        m_supervisors = { person(cvo, "Pieter Vercruysse", "Stagebegeleider"),
                          person(cvo, "Hilde Coussens", "Stagebegeleider") };
        m_labourMarketCoach = person(m_vdab, "Jan Dewulf", "Arbeidsmarktcoach");
    }

    void addClosures()
    {
        QList<ClosurePeriod> closures;
        for (int year = m_today.year() - 5; year <= m_today.year() + 2; ++year) {
            ClosurePeriod christmas;
            christmas.name = QStringLiteral("Kerstsluiting");
            christmas.start = QDate(year, 12, 24);
            christmas.end = QDate(year + 1, 1, 1);
            christmas.id
                = m_closure({ christmas.name, iso(christmas.start), iso(christmas.end), nullId() });
            closures.append(christmas);
            ClosurePeriod summer;
            summer.name = QStringLiteral("Jaarlijkse sluiting");
            summer.start = QDate(year, 7, 21);
            summer.end = QDate(year, 8, 4);
            summer.siteId = m_sites.value(0);
            summer.id
                = m_closure({ summer.name, iso(summer.start), iso(summer.end), m_sites.value(0) });
            closures.append(summer);
        }
        m_calendar = WorkCalendar(closures);
    }

    void addLearner(int index)
    {
        const TrajectoryPath path = m_paths.next();
        const auto people = demoPeople();
        const DemoPerson &first = pick(people);
        const DemoPerson &family = chance(70) ? first : pick(people);
        const DemoTown &town = pick(demoTowns());
        const QString firstName = QString::fromUtf8(first.firstName);
        const QString lastName = QString::fromUtf8(family.lastName);
        const QDate birth = m_today.addYears(-(19 + below(36))).addDays(-below(365));
        const QDate intake = path.dateOf(Phase::Intake);
        const QDate referral = path.steps.first().date;
        const TrajectoryPath::Step &last = path.steps.last();
        const bool vdab = !chance(15);
        const qint64 referrers[] = { m_vdab, m_ocmw, m_caw };

        const qint64 learner = m_learner(
            { firstName,
              lastName,
              iso(birth),
              toCode(first.gender),
              QStringLiteral("04%1 %2 %3 %4")
                  .arg(70 + below(30))
                  .arg(10 + below(89))
                  .arg(10 + below(89))
                  .arg(10 + below(89)),
              asciiLower(firstName) + QLatin1Char('.') + asciiLower(lastName)
                  + QString::number(index) + QStringLiteral("@example.be"),
              QStringLiteral("%1 %2").arg(QString::fromUtf8(town.street)).arg(1 + below(180)),
              QString::fromLatin1(town.postalCode),
              QString::fromUtf8(town.name),
              QString::fromUtf8(first.homeLanguage),
              toCode(first.nt2),
              toCode(first.education),
              toCode(first.migration),
              toCode(static_cast<Transport>(1 + below(6))),
              chance(35) ? 1 : 0,
              chance(70) ? 1 : 0,
              chance(80) ? 1 : 0,
              toCode(vdab ? StatusBeforeStart::JobSeeker : StatusBeforeStart::Inactive),
              3 + below(45),
              referrers[below(3)],
              toCode(vdab ? EmploymentService::Vdab : EmploymentService::None),
              QString::fromUtf8(vdab ? "Werkloosheidsuitkering" : "Leefloon"),
              intake.isValid() ? iso(intake) : nullText(),
              intake.isValid()
                  ? QStringLiteral("Gegevens delen met VDAB, het CVO en de stageplaats")
                  : blank(),
              toCode(last.phase),
              iso(last.date) });
        if (!learner)
            return;

        const int children = below(4);
        for (int c = 0; c < children; ++c)
            m_child({ learner, m_today.year() - 1 - below(15),
                      toCode(static_cast<ChildcareArrangement>(below(6))) });

        addPhaseHistory(learner, path);
        m_role({ learner, toCode(Role::Spoc), m_spoc, iso(referral) });
        if (vdab)
            m_role(
                { learner, toCode(Role::VdabConsultant), pick(m_vdabConsultants), iso(referral) });
        if (path.reachesTraining() && first.nt2 < Nt2Level::L2_4)
            m_role(
                { learner, toCode(Role::LanguageCoach), m_languageCoach, iso(path.trainingStart) });
        const QDate orientation = path.dateOf(Phase::Orientation);
        if (orientation.isValid() && orientation.addDays(7) <= m_today)
            addOrientation(learner, orientation.addDays(7));
        if (path.reachesTraining())
            addTraining(learner, path);
        addBarriers(learner, path, intake.isValid() ? intake : referral);
        addContacts(learner, path);
    }

    void addPhaseHistory(qint64 learner, const TrajectoryPath &path)
    {
        std::optional<Phase> from;
        for (const auto &step : path.steps) {
            QString code = blank(), reason = blank();
            if (step.phase == Phase::Paused) {
                code = toCode(StopReason::Pregnancy);
                reason = QStringLiteral("Zwanger; wil later opnieuw instappen.");
            } else if (step.phase == Phase::Stopped && path.reachesTraining()) {
                code = toCode(StopReason::FinancesOrJob);
                reason = QStringLiteral("Vond werk buiten de kinderopvang.");
            } else if (step.phase == Phase::Stopped) {
                code = toCode(NonEntryReason::LanguageTooLow);
                reason = QStringLiteral("Eerst NT2 richtgraad 2 afwerken.");
            }
            m_phaseChange({ learner, iso(step.date), from ? QVariant(toCode(*from)) : nullText(),
                            toCode(step.phase), code, reason });
            from = step.phase;
        }
    }

    /// Plans days on the pattern's weekdays from start until `wanted` days are planned or the
    /// end is reached; days before today are worked (a few absent), later ones planned.
    void addDays(qint64 placement, QDate start, QDate end, int pattern, double hours, int wanted,
                 std::optional<qint64> site, QDate cancelFrom)
    {
        int planned = 0;
        for (QDate day = start; day <= end && planned < wanted; day = day.addDays(1)) {
            if (!(pattern & (1 << (day.dayOfWeek() - 1))) || m_calendar.whyNotWorking(day, site))
                continue;
            ++planned;
            if (cancelFrom.isValid() && day >= cancelFrom) {
                m_day({ placement, iso(day), hours, nullNumber(),
                        toCode(PlacementDayStatus::Cancelled),
                        QStringLiteral("Traject onderbroken") });
                continue;
            }
            if (day >= m_today) {
                m_day({ placement, iso(day), hours, nullNumber(),
                        toCode(PlacementDayStatus::Planned), blank() });
                continue;
            }
            const int roll = below(100);
            if (roll < 6) {
                m_day({ placement, iso(day), hours, nullNumber(),
                        toCode(PlacementDayStatus::AbsentExcused),
                        QStringLiteral("Ziek kind, verwittigd") });
                ++wanted; // an absent day is made up later
            } else if (roll < 8) {
                m_day({ placement, iso(day), hours, nullNumber(),
                        toCode(PlacementDayStatus::AbsentUnexcused), blank() });
                ++wanted;
            } else {
                m_day({ placement, iso(day), hours, roll < 15 ? hours - 1.5 : hours,
                        toCode(PlacementDayStatus::Worked), blank() });
            }
        }
    }

    void addOrientation(qint64 learner, QDate start)
    {
        const int site = below(m_sites.size());
        const int wednesday = 1 << (Qt::Wednesday - 1);
        const qint64 placement = m_placement(
            { learner, nullId(), toCode(PlacementKind::Orientation), m_sites.at(site),
              m_mentors.at(site), nullId(), iso(start), iso(start.addDays(13)), wednesday, 4.0, 2,
              8.0, QStringLiteral("Inleefstage: twee halve dagen meedraaien in de leefgroep.") });
        addDays(placement, start, start.addDays(13), wednesday, 4.0, 2, m_sites.at(site), {});
    }

    void addTraining(qint64 learner, const TrajectoryPath &path)
    {
        const bool syntra = chance(15);
        const Programme &programme = syntra ? m_syntra : m_cvo;
        const qint64 enrolment = m_enrolment({ learner, programme.id, iso(path.trainingStart),
                                               iso(path.trainingEnd), toCode(path.variant) });
        const int semesters = path.variant == EnrolmentVariant::Months12 ? 2 : 3;
        for (const auto &module : programme.modules) {
            int semester = std::clamp(module.typicalSemester, 1, 2);
            if (semesters == 3 && semester == 2 && module.position % 2 == 0)
                semester = 3;
            const QDate from = path.trainingStart.addMonths(6 * (semester - 1));
            const QDate to = path.trainingStart.addMonths(6 * semester).addDays(-1);
            ModuleStatus status = ModuleStatus::Planned;
            if (to < m_today)
                status = ModuleStatus::Passed;
            else if (from <= m_today)
                status = ModuleStatus::InProgress;
            if (path.stoppedOn.isValid() && from > path.stoppedOn)
                status = ModuleStatus::Planned;
            m_modulePlan({ enrolment, module.id, semester, toCode(status), blank() });
        }

        const int site = below(m_sites.size());
        const qint64 supervisor = pick(m_supervisors);
        const int pattern = chance(30)
            ? 1 << (Qt::Friday - 1)
            : (chance(50) ? (1 << (Qt::Monday - 1)) | (1 << (Qt::Wednesday - 1))
                          : (1 << (Qt::Tuesday - 1)) | (1 << (Qt::Thursday - 1)));
        const int target = syntra ? 20 : 45;
        const QDate start = path.trainingStart.addDays(28);
        const qint64 placement
            = m_placement({ learner, enrolment, toCode(PlacementKind::WorkplaceLearning),
                            m_sites.at(site), m_mentors.at(site), supervisor, iso(start),
                            iso(path.trainingEnd), pattern, 7.6, target, target * 7.6, blank() });
        m_role({ learner, toCode(Role::WorkplaceMentor), m_mentors.at(site), iso(start) });
        m_role({ learner, toCode(Role::PlacementSupervisor), supervisor, iso(start) });
        addDays(placement, start, path.trainingEnd, pattern, 7.6, target + 1, m_sites.at(site),
                path.stoppedOn);

        // The placement module (stage) in the last months, at another site and on other days.
        if (!syntra) {
            const QDate stageStart = path.trainingEnd.addMonths(-4);
            const int other = (site + 1 + below(m_sites.size() - 1)) % m_sites.size();
            int stagePattern = 1 << (Qt::Tuesday - 1);
            for (int day = Qt::Monday; day <= Qt::Friday && (stagePattern & pattern); ++day)
                stagePattern = 1 << (day - 1);
            const qint64 stage = m_placement(
                { learner, enrolment, toCode(PlacementKind::Internship), m_sites.at(other),
                  m_mentors.at(other), supervisor, iso(stageStart), iso(path.trainingEnd),
                  stagePattern, 7.6, 20, 20 * 7.6, QStringLiteral("Stagemodule") });
            addDays(stage, stageStart, path.trainingEnd, stagePattern, 7.6, 20, m_sites.at(other),
                    path.stoppedOn);
        }

        if (path.target == Phase::Aftercare || path.target == Phase::Outflow) {
            const QDate aftercareStart = path.trainingEnd.addDays(1);
            m_aftercare({ learner, iso(path.trainingEnd), iso(aftercareStart), 6,
                          QStringLiteral("Sollicitatiecoaching en opvolging bij de werkgever.") });
            m_role({ learner, toCode(Role::LabourMarketCoach), m_labourMarketCoach,
                     iso(aftercareStart) });
            if (path.target == Phase::Outflow)
                m_outcome(
                    { learner, iso(aftercareStart.addMonths(6)),
                      toCode(chance(70) ? OutcomeKind::JobChildcare : OutcomeKind::FurtherStudy),
                      QStringLiteral("Kinderopvang Zonnekind"), toCode(ContractType::FixedTerm),
                      toCode(WorkRegime::PartTime), 30.0 });
        }
    }

    qint64 partnerFor(BarrierCategory category) const
    {
        switch (category) {
        case BarrierCategory::FinancialMaterial:
            return m_ocmwWorker;
        case BarrierCategory::FamilySocial:
        case BarrierCategory::Psychological:
            return m_cawWorker;
        case BarrierCategory::Language:
            return m_languageCoach;
        default:
            return m_learningCoach;
        }
    }

    void addBarriers(qint64 learner, const TrajectoryPath &path, QDate from)
    {
        static const char *const followUps[]
            = { "Opvolgen bij het volgende gesprek", "Nabellen of het geregeld is",
                "Samen de volgende stap plannen" };
        const bool finished = path.target == Phase::Aftercare || path.target == Phase::Outflow
            || path.target == Phase::Stopped;
        const int count = 2 + below(7);
        const qint64 span = std::max<qint64>(1, from.daysTo(m_today));
        for (int k = 0; k < count; ++k) {
            const DemoBarrier &item = pick(demoBarriers());
            const QDate detected
                = from.addDays(below(static_cast<int>(std::min<qint64>(span, 400))));
            const Phase detectedIn = path.trainingStart.isValid() && detected >= path.trainingStart
                ? Phase::Training
                : Phase::Intake;
            BarrierStatus status;
            if (finished)
                status = chance(80) ? BarrierStatus::Solved : BarrierStatus::Lasting;
            else if (detected.daysTo(m_today) > 90 && chance(60))
                status = BarrierStatus::Solved;
            else
                status = chance(50) ? BarrierStatus::Open : BarrierStatus::InProgress;
            const QDate resolved = status == BarrierStatus::Solved
                ? std::min(detected.addDays(20 + below(100)), m_today)
                : QDate();
            const qint64 barrier = m_barrier(
                { learner, static_cast<int>(item.category), QString::fromUtf8(item.description),
                  toCode(static_cast<Severity>(below(3))), iso(detected), toCode(detectedIn),
                  toCode(status), iso(resolved) });
            const int actions = 1 + below(3);
            for (int a = 0; a < actions; ++a) {
                const ActionOwner owner = a == 0 ? item.owner : static_cast<ActionOwner>(below(4));
                const QDate due = detected.addDays(7 + 14 * a + below(21));
                QDate done;
                if (status == BarrierStatus::Solved)
                    done = std::min(due, resolved);
                else if (status == BarrierStatus::Lasting || (due < m_today && chance(70)))
                    done = std::min(due, m_today);
                const QString text = a == 0 ? QString::fromUtf8(item.action)
                                            : QString::fromUtf8(followUps[below(3)]);
                m_action({ learner, barrier, text, toCode(owner),
                           owner == ActionOwner::Partner ? QVariant(partnerFor(item.category))
                                                         : nullId(),
                           toCode(item.domain), iso(due), iso(done),
                           done.isValid() ? QStringLiteral("Gedaan; besproken met de cursist.")
                                          : blank() });
            }
        }
    }

    void addContacts(qint64 learner, const TrajectoryPath &path)
    {
        const QDate first = path.steps.first().date;
        const QDate aftercareFrom
            = path.trainingEnd.isValid() ? path.trainingEnd.addDays(1) : QDate();
        const QDate end = path.target == Phase::Outflow ? path.dateOf(Phase::Outflow) : m_today;
        const qint64 span = std::max<qint64>(1, first.daysTo(end));
        const int count = static_cast<int>(std::clamp<qint64>(span / 21, 4, 32));
        for (int k = 0; k < count; ++k) {
            const DemoContact &item = pick(demoContacts());
            const QDate date = first.addDays(span * k / count);
            m_contact({ learner, iso(date), toCode(item.kind),
                        toCode(chance(5) ? ContactStatus::Cancelled : ContactStatus::Done),
                        QString::fromUtf8(item.withWhom), QString::fromUtf8(item.notes),
                        aftercareFrom.isValid() && date >= aftercareFrom ? 1 : 0 });
        }
        if (path.target == Phase::Outflow || path.target == Phase::Stopped)
            return;
        const bool aftercare = path.target == Phase::Aftercare;
        const int planned = aftercare ? 3 : 1 + below(2);
        for (int k = 0; k < planned; ++k) {
            m_contact({ learner, iso(m_today.addDays(1 + below(20) + 14 * k)),
                        toCode(aftercare ? ContactKind::Phone : ContactKind::Conversation),
                        toCode(ContactStatus::Planned), QStringLiteral("cursist"),
                        aftercare ? QStringLiteral("Nazorg: hoe loopt het zoeken naar werk?")
                                  : QStringLiteral("Opvolggesprek"),
                        aftercare ? 1 : 0 });
        }
    }

    Database &m_db;
    const Clock &m_clock;
    QDate m_today;
    QRandomGenerator m_random;
    TrajectoryChooser m_paths;
    std::optional<Error> m_error;
    BulkInsert m_organisation, m_person, m_closure, m_learner, m_child, m_phaseChange, m_role,
        m_enrolment, m_modulePlan, m_placement, m_day, m_barrier, m_action, m_contact, m_aftercare,
        m_outcome;

    Programme m_cvo, m_syntra;
    WorkCalendar m_calendar;
    QList<qint64> m_sites, m_mentors, m_vdabConsultants, m_supervisors;
    qint64 m_vdab = 0, m_ocmw = 0, m_caw = 0, m_spoc = 0, m_ocmwWorker = 0, m_cawWorker = 0,
           m_languageCoach = 0, m_learningCoach = 0, m_labourMarketCoach = 0;
};

} // namespace

Result<GeneratedSummary> generateCaseload(Database &database, const Clock &clock, int learners,
                                          quint32 seed)
{
    auto count = sql::scalar(database, QStringLiteral("SELECT count(*) FROM learner"));
    if (!count)
        return count.error();
    if (*count > 0)
        return Error { Tr::tr("A caseload is only generated into an empty database; this one "
                              "already holds %n learner(s).",
                              nullptr, static_cast<int>(*count)),
                       {} };
    Transaction transaction(database);
    if (auto started = transaction.status(); !started)
        return started.error();
    GeneratedSummary summary;
    {
        // The prepared statements must be finished before the transaction commits.
        Generator generator(database, clock, seed);
        if (auto status = generator.run(learners); !status)
            return Error { Tr::tr("The caseload could not be generated; nothing was added."),
                           status.error().toString() };
        summary = generator.summary();
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return summary;
}

} // namespace traject::demo
