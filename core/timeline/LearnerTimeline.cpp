// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerTimeline.h"

#include "Clock.h"
#include "planning/Holidays.h"
#include "planning/Progress.h"
#include "storage/BarrierRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/internal/Sql.h"

#include <QHash>

#include <algorithm>

namespace traject::timeline {

namespace {

Item makeItem(ItemKind kind, qint64 id, qint64 learnerId, Lane lane, QDate start, QDate end)
{
    Item item;
    item.kind = kind;
    item.id = id;
    item.learnerId = learnerId;
    item.row = int(lane);
    item.start = start;
    item.end = end;
    return item;
}

QString laneTitle(Lane lane)
{
    switch (lane) {
    case Lane::Phases:
        return LearnerTimelineBuilder::tr("Phases");
    case Lane::Training:
        return LearnerTimelineBuilder::tr("Training");
    case Lane::Placements:
        return LearnerTimelineBuilder::tr("Workplace learning");
    case Lane::Barriers:
        return LearnerTimelineBuilder::tr("Barriers");
    case Lane::Actions:
        return LearnerTimelineBuilder::tr("Actions");
    case Lane::Aftercare:
        return LearnerTimelineBuilder::tr("Aftercare");
    case Lane::Count:
        break;
    }
    return {};
}

} // namespace

LearnerTimelineBuilder::LearnerTimelineBuilder(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
    , m_today(clock.today())
{ }

Result<Timeline> LearnerTimelineBuilder::build(qint64 learnerId) const
{
    Timeline timeline;
    for (int lane = 0; lane < int(Lane::Count); ++lane)
        timeline.rows.append({ laneTitle(Lane(lane)), learnerId, 1 });

    QList<qint64> sites;
    for (const auto &status :
         { addPhases(timeline, learnerId), addTraining(timeline, learnerId),
           addPlacements(timeline, learnerId, sites), addBarriers(timeline, learnerId),
           addAftercare(timeline, learnerId), markBlocked(timeline, learnerId) }) {
        if (!status)
            return status.error();
    }

    timeline.lines.append({ DateLine::Kind::Today, m_today, tr("Today") });
    QDate from = m_today;
    QDate to = m_today;
    for (const Item &item : timeline.items) {
        from = std::min(from, item.start);
        to = std::max(to, item.end);
    }
    for (const DateLine &line : std::as_const(timeline.lines))
        to = std::max(to, line.date);
    // A little room on either side, and at least a month ahead of today.
    timeline.from = from.addDays(-7);
    timeline.to = std::max(to.addDays(7), m_today.addMonths(1));
    if (auto status = addCalendarShades(m_database, m_clock, timeline, sites); !status)
        return status.error();
    packSlots(timeline, { int(Lane::Phases) });
    return timeline;
}

Status LearnerTimelineBuilder::addPhases(Timeline &timeline, qint64 learnerId) const
{
    LearnerRepository learners(m_database, m_clock);
    auto learner = learners.get(learnerId);
    if (!learner)
        return learner.error();
    auto history = learners.phaseHistory(learnerId);
    if (!history)
        return history.error();
    auto changes = *history;
    std::stable_sort(changes.begin(), changes.end(),
                     [](const PhaseChange &a, const PhaseChange &b) { return a.date < b.date; });
    if (changes.empty()) {
        const QDate since = learner->phaseSince.isValid() ? learner->phaseSince : m_today;
        Item item = makeItem(ItemKind::Phase, 0, learnerId, Lane::Phases, since,
                             std::max(since, m_today));
        item.status = int(learner->phase);
        item.label = label(learner->phase);
        item.open = true;
        timeline.items.push_back(item);
        return {};
    }
    for (size_t i = 0; i < changes.size(); ++i) {
        const PhaseChange &change = changes[i];
        const bool last = i + 1 == changes.size();
        const QDate end = last ? std::max(change.date, m_today)
                               : std::max(change.date, changes[i + 1].date.addDays(-1));
        Item item = makeItem(ItemKind::Phase, change.id, learnerId, Lane::Phases, change.date, end);
        item.status = int(change.to);
        item.label = label(change.to);
        item.detail = change.reasonText;
        item.open = last;
        timeline.items.push_back(item);
    }
    return {};
}

Status LearnerTimelineBuilder::addTraining(Timeline &timeline, qint64 learnerId) const
{
    auto enrolments = EnrolmentRepository(m_database, m_clock).forLearner(learnerId);
    if (!enrolments)
        return enrolments.error();
    ProgrammeRepository programmes(m_database, m_clock);
    QDate limit;
    for (const Enrolment &enrolment : *enrolments) {
        auto programme = programmes.get(enrolment.programmeId);
        if (!programme)
            return programme.error();
        QHash<qint64, QString> names;
        for (const Module &module : programme->modules)
            names.insert(module.id, module.name);
        for (const ModulePlan &plan : enrolment.modulePlans) {
            const QDate start = enrolment.start.addMonths(6 * (plan.semester - 1));
            Item item = makeItem(ItemKind::Module, plan.id, learnerId, Lane::Training, start,
                                 start.addMonths(6).addDays(-1));
            item.status = int(plan.status);
            item.label = names.value(plan.moduleId);
            item.detail = tr("%1, semester %2").arg(programme->name).arg(plan.semester);
            timeline.items.push_back(item);
        }
        if (!limit.isValid() || enrolment.limitDate() < limit)
            limit = enrolment.limitDate();
    }
    if (limit.isValid())
        timeline.lines.append({ DateLine::Kind::Limit, limit, tr("2-year limit") });
    return {};
}

Status LearnerTimelineBuilder::addPlacements(Timeline &timeline, qint64 learnerId,
                                             QList<qint64> &sites) const
{
    auto placements = PlacementRepository(m_database, m_clock).withDaysForLearner(learnerId);
    if (!placements)
        return placements.error();
    OrganisationRepository organisations(m_database, m_clock);
    for (const auto &[placement, days] : *placements) {
        Item period = makeItem(ItemKind::Placement, placement.id, learnerId, Lane::Placements,
                               placement.start, placement.end);
        period.label = label(placement.kind);
        if (placement.siteId) {
            sites.append(*placement.siteId);
            if (auto site = organisations.organisation(*placement.siteId))
                period.label += QStringLiteral(" · ") + site->name;
        }
        int worked = 0;
        for (const PlacementDay &day : days)
            worked += day.status == PlacementDayStatus::Worked ? 1 : 0;
        period.detail = tr("%1 of %2 days worked").arg(worked).arg(placement.targetDays);
        timeline.items.push_back(period);
        for (const PlacementDay &day : days) {
            Item item = makeItem(ItemKind::PlacementDay, day.id, learnerId, Lane::Placements,
                                 day.date, day.date);
            item.parentId = placement.id;
            item.status = int(day.status);
            item.label = period.label;
            item.detail = tr("%1 hours planned").arg(QLocale().toString(day.plannedHours));
            if (day.workedHours)
                item.detail += tr(", %1 worked").arg(QLocale().toString(*day.workedHours));
            timeline.items.push_back(item);
        }
    }
    return {};
}

Status LearnerTimelineBuilder::addBarriers(Timeline &timeline, qint64 learnerId) const
{
    BarrierRepository repository(m_database, m_clock);
    auto barriers = repository.barriersFor(learnerId);
    if (!barriers)
        return barriers.error();
    for (const Barrier &barrier : *barriers) {
        const QDate end
            = barrier.isOpen() || !barrier.resolvedOn.isValid() ? m_today : barrier.resolvedOn;
        Item item = makeItem(ItemKind::Barrier, barrier.id, learnerId, Lane::Barriers,
                             barrier.detectedOn, std::max(barrier.detectedOn, end));
        item.status = int(barrier.status);
        item.label = barrier.description;
        item.detail = label(barrier.category);
        item.open = barrier.isOpen();
        timeline.items.push_back(item);
    }
    auto actions = repository.actionsFor(learnerId);
    if (!actions)
        return actions.error();
    for (const Action &action : *actions) {
        if (!action.due.isValid())
            continue;
        Item item = makeItem(ItemKind::Action, action.id, learnerId, Lane::Actions, action.due,
                             action.due);
        item.status = action.isDone() ? 1 : 0;
        item.overdue = action.isOverdue(m_today);
        item.label = action.description;
        item.detail = label(action.owner);
        timeline.items.push_back(item);
    }
    return {};
}

Status LearnerTimelineBuilder::addAftercare(Timeline &timeline, qint64 learnerId) const
{
    auto aftercare = LearnerRepository(m_database, m_clock).aftercare(learnerId);
    if (!aftercare)
        return aftercare.error();
    if (aftercare->has_value()) {
        const Aftercare &agreed = **aftercare;
        Item item = makeItem(ItemKind::Aftercare, learnerId, learnerId, Lane::Aftercare,
                             agreed.start, agreed.end());
        item.label = tr("Aftercare (%n months)", nullptr, agreed.months);
        timeline.items.push_back(item);
        return {};
    }
    // No aftercare agreed yet: show the window the rules allow after the planned training end.
    QDate trainingEnd;
    for (const Item &item : timeline.items) {
        if (item.kind == ItemKind::Module)
            trainingEnd = std::max(trainingEnd, item.end);
    }
    const AftercareWindow window = aftercareWindow(trainingEnd);
    if (!window.start.isValid())
        return {};
    Item item = makeItem(ItemKind::Aftercare, learnerId, learnerId, Lane::Aftercare, window.start,
                         window.latestEnd);
    item.label = tr("Aftercare window (3 to 6 months)");
    item.detail = tr("At least until %1").arg(window.earliestEnd.toString(u"dd/MM/yyyy"));
    timeline.items.push_back(item);
    return {};
}

Status LearnerTimelineBuilder::markBlocked(Timeline &timeline, qint64 learnerId) const
{
    auto query = sql::exec(
        m_database,
        QStringLiteral("SELECT bb.placement_id, bb.module_plan_id, b.description "
                       "FROM barrier_block bb JOIN barrier b ON b.id = bb.barrier_id "
                       "WHERE b.learner_id = :learner AND b.status IN (:open, :progress) "
                       "ORDER BY b.detected_on, b.id"),
        { { QStringLiteral("learner"), learnerId },
          { QStringLiteral("open"), toCode(BarrierStatus::Open) },
          { QStringLiteral("progress"), toCode(BarrierStatus::InProgress) } });
    if (!query)
        return query.error();
    QHash<qint64, QStringList> placements;
    QHash<qint64, QStringList> modules;
    while (query->next()) {
        const QString description = query->value(2).toString();
        if (!query->value(0).isNull())
            placements[query->value(0).toLongLong()].append(description);
        else
            modules[query->value(1).toLongLong()].append(description);
    }
    for (Item &item : timeline.items) {
        if (item.kind == ItemKind::Placement)
            item.blockedBy = placements.value(item.id);
        else if (item.kind == ItemKind::Module)
            item.blockedBy = modules.value(item.id);
    }
    return {};
}

Status addCalendarShades(Database &database, const Clock &clock, Timeline &timeline,
                         const QList<qint64> &sites, bool allSites)
{
    if (!timeline.from.isValid() || !timeline.to.isValid())
        return {};
    for (int year = timeline.from.year(); year <= timeline.to.year(); ++year) {
        for (const Holiday &holiday : belgianPublicHolidays(year)) {
            if (holiday.date >= timeline.from && holiday.date <= timeline.to)
                timeline.shades.append(
                    { Shade::Kind::Holiday, holiday.date, holiday.date, holiday.name });
        }
    }
    auto closures = CalendarRepository(database, clock).all();
    if (!closures)
        return closures.error();
    for (const ClosurePeriod &closure : *closures) {
        if (closure.end < timeline.from || closure.start > timeline.to)
            continue;
        if (allSites || !closure.siteId || sites.contains(*closure.siteId))
            timeline.shades.append(
                { Shade::Kind::Closure, closure.start, closure.end, closure.name });
    }
    return {};
}

} // namespace traject::timeline
