// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DateScale.h"
#include "RowLayout.h"
#include "Timeline.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace traject::timeline {

/// The role of a shape's colour; a painter turns it into a colour of its palette.
enum class Tone
{
    PhaseEarly, // referral, info session, intake
    PhasePrepare, // orientation, pre-trajectory
    PhaseTraining,
    PhaseAftercare,
    PhaseOutflow,
    PhasePaused,
    PhaseStopped,
    Period, // a placement period
    Planned,
    Active,
    Done,
    Warning,
    Danger,
    Muted,
    Aftercare,
    Holiday,
    Closure,
    Today,
    Limit,
};

/// Something to draw, in the order drawn: shades first, then bars, days, markers and lines.
struct Shape
{
    enum class Type
    {
        Shade, // a holiday or closure, across the whole height
        Bar, // a period with a label
        Day, // a placement day
        Marker, // an action at its due date
        Line, // today, the 2-year limit
    };

    Type type = Type::Bar;
    QRectF rect;
    Tone tone = Tone::Planned;
    QString text;
    bool hatched = false; // blocked by an open barrier
    int item = -1; // the timeline item it draws, -1 for shades and lines

    bool operator==(const Shape &) const = default;
};

/// The tone an item is drawn in, by its kind and status.
Tone toneOf(const Item &item);

/// Puts a timeline, a date scale and a row layout together: the rectangle of every item, the
/// shapes to draw in a viewport (only what can be seen), and the item under a point. Holds no
/// widget and no painter, so the screen, the printer and the tests share it.
class Scene
{
public:
    Scene() = default;
    Scene(const Timeline *timeline, DateScale scale, RowLayout layout);

    const Timeline &timeline() const { return *m_timeline; }
    const DateScale &scale() const { return m_scale; }
    const RowLayout &layout() const { return m_layout; }
    bool isEmpty() const { return !m_timeline; }

    /// The whole drawing: from the timeline's first to its last day, over every row.
    QRectF bounds() const;
    /// Where the item is drawn.
    QRectF itemRect(int index) const;
    /// The shapes that touch the viewport, in drawing order.
    QList<Shape> shapes(const QRectF &viewport) const;
    /// The item drawn on top at the point, or -1.
    int itemAt(QPointF point) const;

    /// Where the keyboard goes from an item: the item before or after it in its row, or the
    /// nearest in time in the row above or below (skipping empty rows); -1 when there is none.
    enum class Step
    {
        Left,
        Right,
        Up,
        Down
    };
    int neighbour(int index, Step step) const;
    /// The item of the row nearest in time to the date (0 days when the date lies within it), or
    /// -1 for a row without items.
    int nearestInRow(int row, QDate date) const;

private:
    Shape shapeOf(int index) const;
    /// Calls visit(index) for each item of the row that overlaps from..to.
    template<typename Visit> void forItemsIn(int row, QDate from, QDate to, Visit visit) const;

    const Timeline *m_timeline = nullptr;
    DateScale m_scale;
    RowLayout m_layout;
    std::vector<std::vector<int>> m_byRow; // item indexes per row, by start
    std::vector<qint64> m_longest; // per row: the longest item, in days
};

} // namespace traject::timeline
