// SPDX-License-Identifier: GPL-3.0-or-later
// The large caseload's generator, shared by CaseloadGenerator.cpp (partners, learners, phases)
// and CaseloadTrajectory.cpp (training, placement days, barriers, contacts). Not for use elsewhere.
#pragma once

#include "CaseloadGenerator.h"
#include "demo/BulkInsert.h"
#include "demo/DemoCatalogue.h"
#include "demo/TrajectoryPath.h"
#include "domain/Programme.h"
#include "planning/Holidays.h"
#include "storage/Database.h"
#include "storage/ProgrammeRepository.h"
#include "storage/internal/Sql.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace traject::demo::bulk {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadGenerator)
};

/// Writes a large caseload with reused prepared statements (see generateCaseload()).
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
                      "phase",
                      "phase_since" })
        , m_child(db, m_error, "learner_child", { "learner_id", "birth_year", "arrangement" })
        , m_consent(db, m_error, "consent",
                    { "learner_id", "recipient", "recipient_name", "given_on", "shares" })
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

    Status run(int learners);

    GeneratedSummary summary() const;

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

    Status loadProgrammes();

    qint64 organisation(const QString &name, OrganisationKind kind, SiteType site,
                        const QString &town);

    qint64 person(qint64 organisationId, const char *name, const char *function);

    void addPartners();

    void addClosures();

    void addLearner(int index);

    void addPhaseHistory(qint64 learner, const TrajectoryPath &path);

    /// Plans days on the pattern's weekdays from start until `wanted` days are planned or the
    /// end is reached; days before today are worked (a few absent), later ones planned.
    void addDays(qint64 placement, QDate start, QDate end, int pattern, double hours, int wanted,
                 std::optional<qint64> site, QDate cancelFrom);

    void addOrientation(qint64 learner, QDate start);

    void addTraining(qint64 learner, const TrajectoryPath &path);

    qint64 partnerFor(BarrierCategory category) const;

    void addBarriers(qint64 learner, const TrajectoryPath &path, QDate from);

    void addContacts(qint64 learner, const TrajectoryPath &path);

    Database &m_db;
    const Clock &m_clock;
    QDate m_today;
    QRandomGenerator m_random;
    TrajectoryChooser m_paths;
    std::optional<Error> m_error;
    BulkInsert m_organisation, m_person, m_closure, m_learner, m_child, m_consent, m_phaseChange,
        m_role, m_enrolment, m_modulePlan, m_placement, m_day, m_barrier, m_action, m_contact,
        m_aftercare, m_outcome;

    Programme m_cvo, m_syntra;
    WorkCalendar m_calendar;
    QList<qint64> m_sites, m_mentors, m_vdabConsultants, m_supervisors;
    qint64 m_vdab = 0, m_ocmw = 0, m_caw = 0, m_spoc = 0, m_ocmwWorker = 0, m_cawWorker = 0,
           m_languageCoach = 0, m_learningCoach = 0, m_labourMarketCoach = 0;
};

} // namespace traject::demo::bulk
