// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineAccessible.h"

#include "TimelineCanvas.h"

#include <QPointer>

namespace traject {

namespace {

/// One item of the timeline, by its place in the canvas's list of items, for as long as the
/// canvas shows the same timeline.
class TimelineItemAccessible : public QAccessibleInterface
{
public:
    TimelineItemAccessible(TimelineCanvas *canvas, int index, int generation)
        : m_canvas(canvas)
        , m_index(index)
        , m_generation(generation)
    { }

    bool isValid() const override
    {
        return m_canvas && m_canvas->timelineGeneration() == m_generation
            && m_index < int(m_canvas->timeline().items.size());
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_canvas ? m_canvas->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_canvas);
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_canvas->spokenItem(m_index);
        return {};
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect onScreen = m_canvas->itemRectOnScreen(m_index);
        return QRect(m_canvas->viewport()->mapToGlobal(onScreen.topLeft()), onScreen.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.focusable = true;
        state.selectable = true;
        if (!isValid())
            return state;
        const bool current = m_canvas->currentItem() == m_index;
        state.selected = current;
        state.focused = current && m_canvas->hasFocus();
        state.offscreen
            = !m_canvas->viewport()->rect().intersects(m_canvas->itemRectOnScreen(m_index));
        return state;
    }

private:
    QPointer<TimelineCanvas> m_canvas;
    int m_index = 0;
    int m_generation = 0;
};

QAccessibleInterface *timelineFactory(const QString &key, QObject *object)
{
    Q_UNUSED(key)
    if (auto *canvas = qobject_cast<TimelineCanvas *>(object))
        return new TimelineAccessible(canvas);
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::List)
{ }

TimelineAccessible::~TimelineAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

TimelineCanvas *TimelineAccessible::canvas() const
{
    return static_cast<TimelineCanvas *>(widget());
}

void TimelineAccessible::forgetOldItems() const
{
    if (m_generation == canvas()->timelineGeneration())
        return;
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
    m_items.clear();
    m_generation = canvas()->timelineGeneration();
}

int TimelineAccessible::childCount() const
{
    return int(canvas()->timeline().items.size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    forgetOldItems();
    if (const auto known = m_items.constFind(index); known != m_items.cend())
        return QAccessible::accessibleInterface(*known);
    auto *item = new TimelineItemAccessible(canvas(), index, m_generation);
    m_items.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    forgetOldItems();
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key();
    return -1;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    const int current = canvas()->currentItem();
    return current >= 0 && canvas()->hasFocus() ? child(current) : nullptr;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const int index = canvas()->itemAt(canvas()->viewport()->mapFromGlobal(QPoint(x, y)));
    return index >= 0 ? child(index) : nullptr;
}

void installTimelineAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace traject
