// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadTimeline.h"

#include "Clock.h"
#include "LearnerTimeline.h"
#include "storage/internal/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace traject::timeline {

namespace {

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<CaseloadTimeline> CaseloadTimeline::load(Database &database, const Clock &clock)
{
    CaseloadTimeline caseload;
    caseload.m_today = clock.today();
    for (auto step : { &CaseloadTimeline::loadLearners, &CaseloadTimeline::loadPhases,
                       &CaseloadTimeline::loadDays, &CaseloadTimeline::loadActions,
                       &CaseloadTimeline::loadBlockedPlacements }) {
        if (auto status = (caseload.*step)(database); !status)
            return status.error();
    }

    // Show what there is, but no further than three years back and two years ahead.
    QDate from = caseload.m_today.addMonths(-1);
    QDate to = caseload.m_today.addMonths(3);
    for (const Item &item : caseload.m_items) {
        from = std::min(from, item.start);
        to = std::max(to, item.end);
    }
    caseload.m_from = std::max(from, caseload.m_today.addYears(-3)).addDays(-7);
    caseload.m_to = std::min(to, caseload.m_today.addYears(2)).addDays(7);

    Timeline shades;
    shades.from = caseload.m_from;
    shades.to = caseload.m_to;
    if (auto status = addCalendarShades(database, clock, shades, {}, false); !status)
        return status.error();
    caseload.m_shades = shades.shades;
    return caseload;
}

Status CaseloadTimeline::loadLearners(const Database &database)
{
    auto query = sql::exec(
        database,
        QStringLiteral("SELECT l.id, l.first_name, l.last_name, l.phase, "
                       "(SELECT min(a.due_date) FROM action a WHERE a.learner_id = l.id "
                       "AND a.done_date IS NULL AND a.due_date IS NOT NULL), l.phase_since "
                       "FROM learner l ORDER BY l.id"));
    if (!query)
        return query.error();
    while (query->next()) {
        CaseloadLearner learner;
        learner.id = query->value(0).toLongLong();
        // As the caseload list shows and sorts them: by family name.
        learner.name
            = QStringLiteral("%1, %2").arg(query->value(2).toString(), query->value(1).toString());
        learner.phaseSince = isoDate(query->value(5));
        learner.phase = fromCode<Phase>(query->value(3).toString()).value_or(Phase::Referral);
        learner.nextDeadline = isoDate(query->value(4));
        m_learners.append(learner);
    }
    return {};
}

Status CaseloadTimeline::loadPhases(const Database &database)
{
    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_learners.size(); ++row)
        rowOf.insert(m_learners.at(row).id, row);

    auto query = sql::exec(database,
                           QStringLiteral("SELECT id, learner_id, date, to_phase FROM phase_change "
                                          "ORDER BY learner_id, date, id"));
    if (!query)
        return query.error();
    QList<bool> hasHistory(m_learners.size(), false);
    size_t previous = 0; // the index of the learner's previous phase + 1; 0: none
    while (query->next()) {
        const qint64 learnerId = query->value(1).toLongLong();
        const int row = rowOf.value(learnerId, -1);
        if (row < 0)
            continue;
        Item item;
        item.kind = ItemKind::Phase;
        item.id = query->value(0).toLongLong();
        item.learnerId = learnerId;
        item.row = row;
        item.start = isoDate(query->value(2));
        item.end = std::max(item.start, m_today);
        const Phase phase = fromCode<Phase>(query->value(3).toString()).value_or(Phase::Referral);
        item.status = int(phase);
        item.label = label(phase);
        item.open = true;
        if (previous > 0 && m_items[previous - 1].learnerId == learnerId) {
            Item &before = m_items[previous - 1];
            before.end = std::max(before.start, item.start.addDays(-1));
            before.open = false;
        }
        m_items.push_back(item);
        previous = m_items.size();
        hasHistory[row] = true;
    }
    // A learner entered without a recorded change: the current phase since when it is known.
    for (int row = 0; row < m_learners.size(); ++row) {
        if (hasHistory.at(row))
            continue;
        Item item;
        item.kind = ItemKind::Phase;
        item.learnerId = m_learners.at(row).id;
        item.row = row;
        const QDate since = m_learners.at(row).phaseSince;
        item.start = since.isValid() && since <= m_today ? since : m_today;
        item.end = m_today;
        item.status = int(m_learners.at(row).phase);
        item.label = label(m_learners.at(row).phase);
        item.open = true;
        m_items.push_back(item);
    }
    return {};
}

Status CaseloadTimeline::loadDays(const Database &database)
{
    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_learners.size(); ++row)
        rowOf.insert(m_learners.at(row).id, row);

    auto query = sql::exec(
        database,
        QStringLiteral(
            "SELECT d.id, d.placement_id, p.learner_id, d.date, d.status, "
            "d.planned_hours, coalesce(o.name, '') "
            "FROM placement_day d JOIN placement p ON p.id = d.placement_id "
            "LEFT JOIN organisation o ON o.id = p.site_id ORDER BY p.learner_id, d.date"));
    if (!query)
        return query.error();
    while (query->next()) {
        const int row = rowOf.value(query->value(2).toLongLong(), -1);
        if (row < 0)
            continue;
        Item item;
        item.kind = ItemKind::PlacementDay;
        item.id = query->value(0).toLongLong();
        item.parentId = query->value(1).toLongLong();
        item.learnerId = query->value(2).toLongLong();
        item.row = row;
        item.start = item.end = isoDate(query->value(3));
        item.status = int(fromCode<PlacementDayStatus>(query->value(4).toString())
                              .value_or(PlacementDayStatus::Planned));
        item.label = m_learners.at(row).name;
        const QString site = query->value(6).toString();
        item.detail = site.isEmpty()
            ? tr("%1 hours planned").arg(QLocale().toString(query->value(5).toDouble()))
            : tr("%1, %2 hours planned").arg(site, QLocale().toString(query->value(5).toDouble()));
        m_items.push_back(item);
    }
    return {};
}

Status CaseloadTimeline::loadActions(const Database &database)
{
    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_learners.size(); ++row)
        rowOf.insert(m_learners.at(row).id, row);

    auto query
        = sql::exec(database,
                    QStringLiteral("SELECT id, learner_id, due_date, description, owner "
                                   "FROM action WHERE done_date IS NULL "
                                   "AND due_date IS NOT NULL ORDER BY learner_id, due_date"));
    if (!query)
        return query.error();
    while (query->next()) {
        const int row = rowOf.value(query->value(1).toLongLong(), -1);
        if (row < 0)
            continue;
        Item item;
        item.kind = ItemKind::Action;
        item.id = query->value(0).toLongLong();
        item.learnerId = query->value(1).toLongLong();
        item.row = row;
        item.start = item.end = isoDate(query->value(2));
        item.overdue = item.start < m_today;
        item.label = query->value(3).toString();
        if (const auto owner = fromCode<ActionOwner>(query->value(4).toString()))
            item.detail = label(*owner);
        m_items.push_back(item);
    }
    return {};
}

Status CaseloadTimeline::loadBlockedPlacements(const Database &database)
{
    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_learners.size(); ++row)
        rowOf.insert(m_learners.at(row).id, row);

    auto query = sql::exec(
        database,
        QStringLiteral("SELECT p.id, p.learner_id, p.start_date, p.end_date, p.kind, b.description "
                       "FROM barrier_block bb JOIN barrier b ON b.id = bb.barrier_id "
                       "JOIN placement p ON p.id = bb.placement_id "
                       "WHERE b.status IN (:open, :progress) ORDER BY p.id, b.detected_on, b.id"),
        { { QStringLiteral("open"), toCode(BarrierStatus::Open) },
          { QStringLiteral("progress"), toCode(BarrierStatus::InProgress) } });
    if (!query)
        return query.error();
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (!m_items.empty() && m_items.back().kind == ItemKind::Placement
            && m_items.back().id == id) {
            m_items.back().blockedBy.append(query->value(5).toString());
            continue;
        }
        const int row = rowOf.value(query->value(1).toLongLong(), -1);
        if (row < 0)
            continue;
        // Only a blocked placement gets a bar here: drawn hatched over the phase, under its days.
        Item item;
        item.kind = ItemKind::Placement;
        item.id = id;
        item.learnerId = query->value(1).toLongLong();
        item.row = row;
        item.start = isoDate(query->value(2));
        item.end = isoDate(query->value(3));
        if (const auto kind = fromCode<PlacementKind>(query->value(4).toString()))
            item.label = label(*kind);
        item.blockedBy.append(query->value(5).toString());
        m_items.push_back(item);
    }
    return {};
}

QList<Phase> CaseloadTimeline::ongoingPhases()
{
    QList<Phase> phases = allValues<Phase>();
    phases.removeAll(Phase::Stopped);
    phases.removeAll(Phase::Outflow);
    return phases;
}

Timeline CaseloadTimeline::arranged(std::optional<Phase> phase, CaseloadSort sort) const
{
    return arranged(phase ? QList<Phase> { *phase } : QList<Phase>(), sort);
}

Timeline CaseloadTimeline::arranged(const QList<Phase> &phases, CaseloadSort sort) const
{
    std::vector<int> order;
    for (int i = 0; i < m_learners.size(); ++i) {
        if (phases.isEmpty() || phases.contains(m_learners.at(i).phase))
            order.push_back(i);
    }
    const auto byName = [&](int a, int b) {
        return QString::localeAwareCompare(m_learners.at(a).name, m_learners.at(b).name) < 0;
    };
    std::stable_sort(order.begin(), order.end(), byName);
    if (sort == CaseloadSort::Phase) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return int(m_learners.at(a).phase) < int(m_learners.at(b).phase);
        });
    } else if (sort == CaseloadSort::NextDeadline) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const QDate x = m_learners.at(a).nextDeadline;
            const QDate y = m_learners.at(b).nextDeadline;
            return x.isValid() && (!y.isValid() || x < y);
        });
    }

    Timeline timeline;
    timeline.from = m_from;
    timeline.to = m_to;
    timeline.shades = m_shades;
    timeline.lines.append({ DateLine::Kind::Today, m_today, tr("Today") });
    QList<int> rowOf(m_learners.size(), -1);
    for (const int index : order) {
        rowOf[index] = int(timeline.rows.size());
        timeline.rows.append({ m_learners.at(index).name, m_learners.at(index).id, 1 });
    }
    timeline.items.reserve(m_items.size());
    for (const Item &item : m_items) {
        if (const int row = rowOf.at(item.row); row >= 0) {
            timeline.items.push_back(item);
            timeline.items.back().row = row;
        }
    }
    return timeline;
}

} // namespace traject::timeline
