// SPDX-License-Identifier: GPL-3.0-or-later
// The demo learners' trajectories: training, orientation, placement days, barriers and contacts.
#include "demo/DemoGenerator.h"

#include <algorithm>

namespace traject::demo::detail {

Status Generator::addTraining(int index, qint64 learner, Phase target, QDate start)
{
    Enrolment enrolment;
    enrolment.learnerId = learner;
    enrolment.programmeId = index % 7 == 3 ? m_syntraProgramme : m_cvoProgramme;
    enrolment.start = start;
    enrolment.variant = index % 4 == 1 ? EnrolmentVariant::Months18 : EnrolmentVariant::Months12;
    enrolment.plannedEnd = Enrolment::suggestedEnd(start, enrolment.variant);
    // The demo spreads an 18-month route in its own way (below), so its data stay as they were.
    auto plans = m_enrolments.defaultPlan(enrolment.programmeId, EnrolmentVariant::Months12);
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
    if (auto status = addRole(learner, Role::WorkplaceMentor, *placement.mentorId, placement.start);
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
        if (auto status = addRole(learner, Role::LabourMarketCoach, m_partners.labourMarketCoach,
                                  aftercare.start);
            !status)
            return status;
        if (target == Phase::Outflow) {
            Outcome outcome;
            outcome.learnerId = learner;
            outcome.date = aftercare.end();
            outcome.kind = OutcomeKind::JobChildcare;
            outcome.employer = QStringLiteral("Kinderdagverblijf Zonnekind");
            outcome.contractType = ContractType::FixedTerm;
            outcome.regime = WorkRegime::FourFifths;
            outcome.hoursPerWeek = 30;
            if (auto status = m_learners.setOutcome(outcome); !status)
                return status;
        }
    }
    return {};
}

Status Generator::addOrientation(int index, qint64 learner, QDate since)
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
    placement.notes = QStringLiteral("Inleefstage: twee halve dagen meedraaien in de leefgroep.");
    qint64 id = 0;
    if (auto status = keep(m_placements.add(placement), &id); !status)
        return status;
    ++summary.placements;
    return planDays(id, placement, 2, index, {});
}

Status Generator::planDays(qint64 placementId, const Placement &placement, int maxDays, int index,
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

qint64 Generator::partnerFor(BarrierCategory category) const
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

Status Generator::addBarriers(int index, qint64 learner, Phase target, QDate from)
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

Status Generator::addContacts(int index, qint64 learner, Phase target, const QList<Step> &steps)
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
        moment.kind = target == Phase::Aftercare ? ContactKind::Phone : ContactKind::Conversation;
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

} // namespace traject::demo::detail
