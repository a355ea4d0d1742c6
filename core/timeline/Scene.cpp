// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scene.h"

#include "domain/Enums.h"

#include <algorithm>
#include <cmath>

namespace traject::timeline {

namespace {

Tone phaseTone(Phase phase)
{
    switch (phase) {
    case Phase::Referral:
    case Phase::InfoSession:
    case Phase::Intake:
        return Tone::PhaseEarly;
    case Phase::Orientation:
    case Phase::PreTrajectory:
        return Tone::PhasePrepare;
    case Phase::Training:
        return Tone::PhaseTraining;
    case Phase::Aftercare:
        return Tone::PhaseAftercare;
    case Phase::Outflow:
        return Tone::PhaseOutflow;
    case Phase::Paused:
        return Tone::PhasePaused;
    case Phase::Stopped:
        return Tone::PhaseStopped;
    }
    return Tone::PhaseEarly;
}

Tone moduleTone(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::Planned:
        return Tone::Planned;
    case ModuleStatus::InProgress:
        return Tone::Active;
    case ModuleStatus::Passed:
        return Tone::Done;
    case ModuleStatus::Failed:
        return Tone::Danger;
    case ModuleStatus::Exempted:
        return Tone::Muted;
    case ModuleStatus::Retake:
        return Tone::Warning;
    }
    return Tone::Planned;
}

Tone dayTone(PlacementDayStatus status)
{
    switch (status) {
    case PlacementDayStatus::Planned:
        return Tone::Planned;
    case PlacementDayStatus::Worked:
        return Tone::Done;
    case PlacementDayStatus::AbsentExcused:
        return Tone::Warning;
    case PlacementDayStatus::AbsentUnexcused:
        return Tone::Danger;
    case PlacementDayStatus::Cancelled:
        return Tone::Muted;
    }
    return Tone::Planned;
}

Tone barrierTone(BarrierStatus status)
{
    switch (status) {
    case BarrierStatus::Open:
        return Tone::Danger;
    case BarrierStatus::InProgress:
        return Tone::Warning;
    case BarrierStatus::Solved:
        return Tone::Done;
    case BarrierStatus::Lasting:
        return Tone::Muted;
    }
    return Tone::Danger;
}

int drawOrder(Shape::Type type)
{
    return int(type);
}

} // namespace

Tone toneOf(const Item &item)
{
    switch (item.kind) {
    case ItemKind::Phase:
        return phaseTone(Phase(item.status));
    case ItemKind::Module:
        return moduleTone(ModuleStatus(item.status));
    case ItemKind::Placement:
        return Tone::Period;
    case ItemKind::PlacementDay:
        return dayTone(PlacementDayStatus(item.status));
    case ItemKind::Barrier:
        return barrierTone(BarrierStatus(item.status));
    case ItemKind::Action:
        return item.overdue ? Tone::Danger : item.status ? Tone::Done : Tone::Planned;
    case ItemKind::Aftercare:
        return Tone::Aftercare;
    }
    return Tone::Planned;
}

Scene::Scene(const Timeline *timeline, DateScale scale, RowLayout layout)
    : m_timeline(timeline)
    , m_scale(scale)
    , m_layout(std::move(layout))
{
    const auto rows = size_t(std::max(0, m_layout.rowCount()));
    m_byRow.resize(rows);
    m_longest.assign(rows, 0);
    for (int i = 0; i < int(timeline->items.size()); ++i) {
        const Item &item = timeline->items[size_t(i)];
        if (item.row < 0 || size_t(item.row) >= rows)
            continue;
        m_byRow[size_t(item.row)].push_back(i);
        m_longest[size_t(item.row)]
            = std::max(m_longest[size_t(item.row)], item.start.daysTo(item.end));
    }
    for (auto &indexes : m_byRow) {
        std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) {
            return timeline->items[size_t(a)].start < timeline->items[size_t(b)].start;
        });
    }
}

QRectF Scene::bounds() const
{
    if (!m_timeline || !m_timeline->from.isValid())
        return {};
    const double left = m_scale.x(m_timeline->from);
    return { left, 0, m_scale.xAfter(m_timeline->to) - left, m_layout.totalHeight() };
}

QRectF Scene::itemRect(int index) const
{
    const Item &item = m_timeline->items.at(size_t(index));
    const double top = m_layout.slotTop(item.row, item.slot);
    const double height = m_layout.slotHeight();
    switch (item.kind) {
    case ItemKind::Action: {
        const double size = height * 0.8;
        const double centre = m_scale.x(item.start) + m_scale.dayWidth() / 2;
        return { centre - size / 2, top + (height - size) / 2, size, size };
    }
    case ItemKind::PlacementDay: {
        // A gap between days once there is room for one.
        const double gap = m_scale.dayWidth() >= 6 ? 1 : 0;
        const double width = std::max(1.5, m_scale.dayWidth() - 2 * gap);
        return { m_scale.x(item.start) + gap, top + 1, width, height - 2 };
    }
    default: {
        const double left = m_scale.x(item.start);
        return { left, top + 1, std::max(2.0, m_scale.xAfter(item.end) - left), height - 2 };
    }
    }
}

Shape Scene::shapeOf(int index) const
{
    const Item &item = m_timeline->items.at(size_t(index));
    Shape shape;
    shape.rect = itemRect(index);
    shape.tone = toneOf(item);
    shape.item = index;
    shape.hatched = item.isBlocked();
    switch (item.kind) {
    case ItemKind::PlacementDay:
        shape.type = Shape::Type::Day;
        break;
    case ItemKind::Action:
        shape.type = Shape::Type::Marker;
        break;
    default:
        shape.type = Shape::Type::Bar;
        shape.text = item.isBlocked()
            ? item.label + QStringLiteral(" — ") + item.blockedBy.join(QStringLiteral("; "))
            : item.label;
        break;
    }
    return shape;
}

template<typename Visit> void Scene::forItemsIn(int row, QDate from, QDate to, Visit visit) const
{
    const auto &indexes = m_byRow[size_t(row)];
    const QDate earliestStart = from.addDays(-m_longest[size_t(row)]);
    auto it = std::lower_bound(indexes.begin(), indexes.end(), earliestStart, [&](int i, QDate d) {
        return m_timeline->items[size_t(i)].start < d;
    });
    for (; it != indexes.end(); ++it) {
        const Item &item = m_timeline->items[size_t(*it)];
        if (item.start > to)
            break;
        if (item.end >= from)
            visit(*it);
    }
}

QList<Shape> Scene::shapes(const QRectF &viewport) const
{
    QList<Shape> result;
    if (!m_timeline || m_layout.rowCount() == 0)
        return result;
    // A marker reaches a little beyond its day; look half a slot further on either side.
    const double margin = m_layout.slotHeight();
    const QDate from = m_scale.dateAt(viewport.left() - margin);
    const QDate to = m_scale.dateAt(viewport.right() + margin);

    for (const Shade &shade : m_timeline->shades) {
        if (shade.end < from || shade.start > to)
            continue;
        const double left = m_scale.x(shade.start);
        result.append(
            { Shape::Type::Shade,
              QRectF(left, viewport.top(), m_scale.xAfter(shade.end) - left, viewport.height()),
              shade.kind == Shade::Kind::Holiday ? Tone::Holiday : Tone::Closure, shade.name, false,
              -1 });
    }

    // The rows the viewport reaches (none when it lies above or below every row).
    const int first = viewport.top() < 0 ? 0 : m_layout.rowAt(viewport.top());
    int last = m_layout.rowAt(viewport.bottom());
    if (last < 0)
        last = viewport.bottom() >= m_layout.totalHeight() ? m_layout.rowCount() - 1 : -1;
    if (first < 0 || viewport.bottom() < 0)
        last = -1;
    const qsizetype itemsStart = result.size();
    for (int row = std::max(0, first); row <= last; ++row)
        forItemsIn(row, from, to, [&](int index) { result.append(shapeOf(index)); });
    std::stable_sort(result.begin() + itemsStart, result.end(), [](const Shape &a, const Shape &b) {
        return drawOrder(a.type) < drawOrder(b.type);
    });

    for (const DateLine &line : m_timeline->lines) {
        if (line.date < from || line.date > to)
            continue;
        const double x = m_scale.x(line.date) + m_scale.dayWidth() / 2;
        result.append({ Shape::Type::Line, QRectF(x, viewport.top(), 0, viewport.height()),
                        line.kind == DateLine::Kind::Today ? Tone::Today : Tone::Limit, line.label,
                        false, -1 });
    }
    return result;
}

int Scene::itemAt(QPointF point) const
{
    if (!m_timeline)
        return -1;
    const int row = m_layout.rowAt(point.y());
    if (row < 0)
        return -1;
    const QDate day = m_scale.dateAt(point.x());
    int found = -1;
    int foundOrder = -1;
    // Markers reach beyond their day: look at the neighbouring days too.
    const auto reach = qint64(std::ceil(m_layout.slotHeight() / m_scale.dayWidth()));
    forItemsIn(row, day.addDays(-reach), day.addDays(reach), [&](int index) {
        const Shape shape = shapeOf(index);
        if (shape.rect.contains(point) && drawOrder(shape.type) >= foundOrder) {
            found = index;
            foundOrder = drawOrder(shape.type);
        }
    });
    return found;
}

int Scene::nearestInRow(int row, QDate date) const
{
    if (!m_timeline || row < 0 || size_t(row) >= m_byRow.size())
        return -1;
    int best = -1;
    qint64 bestDistance = 0;
    for (const int index : m_byRow[size_t(row)]) {
        const Item &item = m_timeline->items[size_t(index)];
        const qint64 distance = date < item.start ? date.daysTo(item.start)
            : date > item.end                     ? item.end.daysTo(date)
                                                  : 0;
        if (best < 0 || distance < bestDistance) {
            best = index;
            bestDistance = distance;
        }
    }
    return best;
}

int Scene::neighbour(int index, Step step) const
{
    if (!m_timeline || index < 0 || size_t(index) >= m_timeline->items.size())
        return -1;
    const Item &from = m_timeline->items[size_t(index)];
    if (step == Step::Left || step == Step::Right) {
        const auto &row = m_byRow[size_t(from.row)];
        const auto at = std::find(row.begin(), row.end(), index);
        if (step == Step::Left)
            return at == row.begin() ? -1 : *(at - 1);
        return at + 1 >= row.end() ? -1 : *(at + 1);
    }
    const int direction = step == Step::Up ? -1 : 1;
    for (int row = from.row + direction; row >= 0 && row < int(m_byRow.size()); row += direction) {
        if (const int found = nearestInRow(row, from.start); found >= 0)
            return found;
    }
    return -1;
}

} // namespace traject::timeline
