// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/Scene.h"

#include <QAbstractScrollArea>

#include <optional>

namespace traject {

/// Shows a timeline: the date header on top, the row titles on the left, the rows scrolling
/// beneath. Ctrl+wheel or +/− zoom around the pointer, Home scrolls to today, a tooltip tells
/// about every item, a double-click activates it, and planned placement days can be dragged to
/// another date when moving is allowed. Without a mouse: the arrow keys walk from item to item
/// (the current one is outlined), Enter activates it, Alt+←/→ moves a planned day by a working
/// day. The view only puts the scale, the layout and the painter of core together.
class TimelineCanvas : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget *parent = nullptr);

    /// Shows a new timeline, keeping the zoom and (unless told otherwise) the date at the left
    /// edge; otherwise today is brought into view.
    void setTimeline(timeline::Timeline timeline, bool keepPosition = true);
    const timeline::Timeline &timeline() const { return m_timeline; }
    const timeline::Scene &scene() const { return m_scene; }

    timeline::Zoom zoom() const { return m_zoom; }
    /// Zooms, keeping the date at x (in viewport pixels; the middle of the rows by default) in
    /// place.
    void setZoom(timeline::Zoom zoom, std::optional<int> anchorX = std::nullopt);
    /// Scrolls so that the date is about a third from the left.
    void scrollToDate(QDate date);
    /// The first date that can be seen.
    QDate firstVisibleDate() const;

    void setMovingDaysAllowed(bool allowed) { m_movingAllowed = allowed; }
    void setRowMetrics(timeline::RowLayout::Metrics metrics);

    /// The item the keyboard is on, or -1.
    int currentItem() const { return m_current; }
    /// Makes the item current, scrolling it into view unless told not to.
    void setCurrentItem(int index, bool reveal = true);

    /// What a screen reader says of an item: its row (the learner, or the lane of a learner's
    /// timeline), its kind, and its tooltip (label, dates, status, blocked or overdue in words).
    QString spokenItem(int index) const;
    /// Counts the timelines shown: the accessible items of an earlier one are no longer valid.
    int timelineGeneration() const { return m_generation; }

    /// The item under a point of the viewport, or -1.
    int itemAt(QPoint position) const;
    /// Where an item is drawn, in viewport pixels.
    QRect itemRectOnScreen(int index) const;
    /// The row under a point of the viewport, or -1.
    int rowAt(QPoint position) const;

    static constexpr int headerHeight = 40;
    static constexpr int titleWidth = 170;

Q_SIGNALS:
    void zoomChanged(timeline::Zoom zoom);
    /// The keyboard moved to this item.
    void currentChanged(timeline::Item item);
    /// An item was double-clicked.
    void itemActivated(timeline::Item item);
    /// An empty place of a row was double-clicked.
    void rowActivated(int row);
    /// A placement day was dropped on another date.
    void dayMoveRequested(qint64 dayId, QDate to);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void rebuildScene();
    void updateScrollBars();
    /// The part of the scene the rows area shows.
    QRectF sceneViewport() const;
    QPointF toScene(QPoint position) const;
    bool isMovable(int index) const;
    /// Handles the keys that walk between items and move a day; false for any other key.
    bool navigate(QKeyEvent *event);
    void ensureVisible(int index);
    /// Tells a screen reader that the focus is on the current item (only when the canvas has the
    /// focus: focus events come from the focused object alone).
    void announceCurrent();

    timeline::Timeline m_timeline;
    timeline::Scene m_scene;
    timeline::Zoom m_zoom = timeline::Zoom::Month;
    timeline::RowLayout::Metrics m_metrics { 18, 4, 0 };
    bool m_movingAllowed = false;
    bool m_positioned = false; // scrolled to today once
    int m_current = -1; // the item the keyboard is on
    int m_generation = 0; // see timelineGeneration()
    int m_wheelZoom = 0; // Ctrl+wheel steps not yet used (touchpads send small ones)

    struct Drag
    {
        int item = -1;
        QPoint pressedAt;
        QDate to;
        bool moving = false;
    };
    Drag m_drag;
};

} // namespace traject
