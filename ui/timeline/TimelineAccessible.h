// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace traject {

class TimelineCanvas;

/// What a screen reader gets of a timeline: the canvas is a list, and each item on it (a phase,
/// a module, a placement and its days, a barrier, an action, aftercare) is an item of that list,
/// named with its row (the learner), its kind, its dates and, in words, whether it is overdue or
/// blocked. The item the arrow keys are on is the focused one (TimelineCanvas sends the focus
/// event as it moves).
///
/// Installed once for every TimelineCanvas by installTimelineAccessibility().
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineCanvas *canvas);
    ~TimelineAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    TimelineCanvas *canvas() const;

private:
    /// Forgets the items of an earlier timeline (their interfaces say they are no longer valid).
    void forgetOldItems() const;

    mutable QHash<int, QAccessible::Id> m_items;
    mutable int m_generation = -1;
};

/// Makes every TimelineCanvas answer with a TimelineAccessible (QAccessible::installFactory);
/// called by the canvas, once is enough.
void installTimelineAccessibility();

} // namespace traject
