// SPDX-License-Identifier: GPL-3.0-or-later
// The demo caseload's generator, shared by DemoData.cpp (partners, learners, roles),
// DemoTrajectory.cpp (training, placements, barriers, contacts) and DemoIntake.cpp (intakes and
// support networks). Not for use elsewhere.
#pragma once

#include "DemoData.h"
#include "demo/DemoCatalogue.h"
#include "planning/Holidays.h"
#include "planning/PlacementPlanner.h"
#include "storage/BarrierRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RoleCardRepository.h"

#include <QRandomGenerator>

#include <algorithm>

namespace traject::demo::detail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
};

// The phase each of the 25 demo learners has reached today.
inline constexpr Phase targetPhases[] = {
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
inline QDate entryMoment(int year, int month)
{
    QDate day(year, month, 1);
    while (day.dayOfWeek() != Qt::Monday)
        day = day.addDays(1);
    return day;
}

/// The most recent entry moment at least minAgeDays before today.
inline QDate entryBefore(QDate today, int minAgeDays)
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

/// A valid Belgian national register number for a birth date and sequence number.
inline QString nationalNumberFor(QDate birth, int sequence)
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

/// Writes the demo caseload through the repositories (so every row validates).
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
        , m_intakes(db, clock)
    { }

    Status run();

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
                        qint64 *id);

    Status person(const char *name, const char *function, qint64 organisation, qint64 *id);

    Status addPartners();

    Status addClosures();

    struct Step
    {
        Phase phase;
        QDate date;
    };

    /// The dated steps from referral to the phase reached today.
    QList<Step> pathTo(int index, Phase target, QDate trainingStart) const;

    Status addLearner(int index, const DemoPerson &who, Phase target);

    Status addRole(qint64 learner, Role role, qint64 person, QDate from);

    Status addTraining(int index, qint64 learner, Phase target, QDate start);

    Status addOrientation(int index, qint64 learner, QDate since);

    Status planDays(qint64 placementId, const Placement &placement, int maxDays, int index,
                    QDate cancelledFrom);

    qint64 partnerFor(BarrierCategory category) const;

    Status addBarriers(int index, qint64 learner, Phase target, QDate from);

    Status addContacts(int index, qint64 learner, Phase target, const QList<Step> &steps);

    /// The intake interview of a learner who reached the intake: finished with its decision when
    /// the learner went on, half filled in (to resume) when the learner is in the intake today.
    Status addIntake(int index, const Learner &learner, const QList<Step> &steps,
                     const PhaseChange &stop);

    /// The consents given at the intake: the training centre always, the employment service for
    /// most, a welfare partner (with the sensitive barriers) for some; one in seven withdrawn.
    Status addDemoConsents(qint64 learner, QDate intakeDate, int index);

    /// The answers to the ESF+ indicators, asked at the intake (with a few refusals and unknowns,
    /// and a question or two not asked yet), and the results of those who left.
    Status addDemoEsf(int index, const Learner &learner, const QList<Step> &steps);

    /// One to three people the learner can fall back on, for about two in three learners.
    Status addSupportNetwork(int index, const Learner &learner, bool reachedIntake);

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
    IntakeRepository m_intakes;
    Partners m_partners;
    QList<ClosurePeriod> m_closures;
    qint64 m_cvoProgramme = 0;
    qint64 m_syntraProgramme = 0;
    qint64 m_intakeTemplate = 0;
};

} // namespace traject::demo::detail
