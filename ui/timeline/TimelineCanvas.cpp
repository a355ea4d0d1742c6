// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineCanvas.h"

#include "TimelineAccessible.h"
#include "documents/TimelinePainter.h"
#include "domain/Enums.h"
#include "widgets/DateField.h"

#include <QAccessible>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace traject {

using namespace timeline;

TimelineCanvas::TimelineCanvas(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    installTimelineAccessibility();
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    // The timeline is drawn in colours of its own (TonePalette), on white as on paper: a dark or
    // high-contrast desktop's background would leave dark text on black between the light rows.
    QPalette paper = viewport()->palette();
    paper.setColor(QPalette::Base, Qt::white);
    viewport()->setPalette(paper);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
}

void TimelineCanvas::setTimeline(Timeline timeline, bool keepPosition)
{
    m_positioned = m_positioned && keepPosition;
    const QDate left = m_positioned ? firstVisibleDate() : QDate();
    const int top = verticalScrollBar()->value();
    m_drag = {};
    const std::optional<Item> current
        = m_current >= 0 ? std::optional(m_timeline.items.at(size_t(m_current))) : std::nullopt;
    m_timeline = std::move(timeline);
    ++m_generation;
    m_current = -1;
    if (current && keepPosition) {
        const auto same
            = std::find_if(m_timeline.items.begin(), m_timeline.items.end(), [&](const Item &item) {
                  return item.kind == current->kind && item.id == current->id;
              });
        if (same != m_timeline.items.end())
            m_current = int(same - m_timeline.items.begin());
    }
    rebuildScene();
    if (left.isValid()) {
        horizontalScrollBar()->setValue(int(std::lround(m_scene.scale().x(left))));
        verticalScrollBar()->setValue(top);
    } else if (m_timeline.today().isValid()) {
        verticalScrollBar()->setValue(0);
        scrollToDate(m_timeline.today());
        m_positioned = true;
    }
    viewport()->update();
}

void TimelineCanvas::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        rebuildScene();
}

void TimelineCanvas::setRowMetrics(RowLayout::Metrics metrics)
{
    m_metrics = metrics;
    rebuildScene();
}

void TimelineCanvas::rebuildScene()
{
    // A slot is at least as high as a line of the font, so that a bar keeps its label with the
    // desktop's large font.
    RowLayout::Metrics metrics = m_metrics;
    metrics.slotHeight = std::max(metrics.slotHeight, std::ceil(fontMetrics().height() * 0.9));
    m_scene = Scene(&m_timeline, DateScale(m_timeline.from, m_zoom),
                    RowLayout(m_timeline.rows, metrics));
    updateScrollBars();
}

void TimelineCanvas::updateScrollBars()
{
    const QRectF bounds = m_scene.bounds();
    const int width = std::max(0, viewport()->width() - titleWidth);
    const int height = std::max(0, viewport()->height() - headerHeight);
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(bounds.width())) - width));
    horizontalScrollBar()->setPageStep(width);
    horizontalScrollBar()->setSingleStep(std::max(8, int(m_scene.scale().dayWidth())));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(bounds.height())) - height));
    verticalScrollBar()->setPageStep(height);
    verticalScrollBar()->setSingleStep(int(m_metrics.slotHeight));
}

QRectF TimelineCanvas::sceneViewport() const
{
    return { double(horizontalScrollBar()->value()), double(verticalScrollBar()->value()),
             double(std::max(0, viewport()->width() - titleWidth)),
             double(std::max(0, viewport()->height() - headerHeight)) };
}

QPointF TimelineCanvas::toScene(QPoint position) const
{
    return { double(position.x() - titleWidth + horizontalScrollBar()->value()),
             double(position.y() - headerHeight + verticalScrollBar()->value()) };
}

QDate TimelineCanvas::firstVisibleDate() const
{
    return m_scene.isEmpty() ? QDate() : m_scene.scale().dateAt(horizontalScrollBar()->value());
}

void TimelineCanvas::setZoom(Zoom zoom, std::optional<int> anchorX)
{
    if (zoom == m_zoom)
        return;
    const int x = std::clamp(anchorX.value_or(titleWidth + sceneViewport().width() / 2), titleWidth,
                             std::max(titleWidth, viewport()->width()));
    const QPointF anchor = toScene(QPoint(x, headerHeight));
    // The anchor keeps its place within its day, so that zooming in and out again returns.
    const QDate day = m_scene.scale().dateAt(anchor.x());
    const double within = (anchor.x() - m_scene.scale().x(day)) / m_scene.scale().dayWidth();
    m_zoom = zoom;
    rebuildScene();
    const double newX = m_scene.scale().x(day) + within * m_scene.scale().dayWidth();
    horizontalScrollBar()->setValue(int(std::lround(newX - (x - titleWidth))));
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

void TimelineCanvas::scrollToDate(QDate date)
{
    if (m_scene.isEmpty() || !date.isValid())
        return;
    const double x = m_scene.scale().x(date) - sceneViewport().width() / 3;
    horizontalScrollBar()->setValue(int(std::lround(x)));
    viewport()->update();
}

int TimelineCanvas::itemAt(QPoint position) const
{
    if (position.x() < titleWidth || position.y() < headerHeight)
        return -1;
    return m_scene.itemAt(toScene(position));
}

int TimelineCanvas::rowAt(QPoint position) const
{
    if (position.y() < headerHeight)
        return -1;
    return m_scene.layout().rowAt(toScene(position).y());
}

QRect TimelineCanvas::itemRectOnScreen(int index) const
{
    const QRectF rect = m_scene.itemRect(index);
    return rect
        .translated(titleWidth - horizontalScrollBar()->value(),
                    headerHeight - verticalScrollBar()->value())
        .toAlignedRect();
}

bool TimelineCanvas::isMovable(int index) const
{
    if (!m_movingAllowed || index < 0)
        return false;
    const Item &item = m_timeline.items.at(size_t(index));
    return item.kind == ItemKind::PlacementDay
        && PlacementDayStatus(item.status) == PlacementDayStatus::Planned;
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRectF view = sceneViewport();
    const TimelinePainter timelinePainter(m_scene, locale());
    const int width = viewport()->width();
    const int height = viewport()->height();

    painter.save();
    painter.setClipRect(QRect(titleWidth, headerHeight, width - titleWidth, height - headerHeight));
    painter.translate(titleWidth - view.left(), headerHeight - view.top());
    timelinePainter.paintBody(painter, view);
    if (m_drag.moving && m_drag.to.isValid()) {
        // Where the day would go: an outline on the target date.
        const QDate from = m_timeline.items.at(size_t(m_drag.item)).start;
        const QRectF target
            = m_scene.itemRect(m_drag.item)
                  .translated(m_scene.scale().x(m_drag.to) - m_scene.scale().x(from), 0);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target.adjusted(-1, -1, 1, 1));
    }
    if (m_current >= 0 && hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_scene.itemRect(m_current).adjusted(-2, -2, 2, 2));
    }
    painter.restore();

    painter.save();
    painter.setClipRect(QRect(titleWidth, 0, width - titleWidth, headerHeight));
    painter.translate(titleWidth - view.left(), 0);
    timelinePainter.paintHeader(painter, view, headerHeight);
    painter.restore();

    painter.save();
    painter.setClipRect(QRect(0, headerHeight, titleWidth, height - headerHeight));
    painter.translate(0, headerHeight - view.top());
    timelinePainter.paintTitles(painter, view, titleWidth);
    painter.restore();

    painter.fillRect(QRect(0, 0, titleWidth, headerHeight), palette().color(QPalette::Window));
    if (m_timeline.rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(titleWidth, headerHeight, 0, 0),
                         Qt::AlignCenter, tr("Nothing to show."));
    }
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineCanvas::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        if (const int index = itemAt(help->pos()); index >= 0) {
            text = timeline::toolTip(m_timeline.items.at(size_t(index)));
            if (isMovable(index))
                text += QLatin1Char('\n') + tr("Drag to move this day to another date.");
        } else if (help->pos().x() >= titleWidth && help->pos().y() >= headerHeight) {
            // A date line (today, the 2-year limit), a holiday or a closure under the pointer.
            const double x = toScene(help->pos()).x();
            const QDate day = m_scene.scale().dateAt(x);
            for (const Shade &shade : m_timeline.shades) {
                if (day >= shade.start && day <= shade.end)
                    text = shade.name;
            }
            for (const DateLine &line : m_timeline.lines) {
                const double lineX = m_scene.scale().x(line.date) + m_scene.scale().dayWidth() / 2;
                if (std::abs(lineX - x) <= 4)
                    text = line.label + QStringLiteral(": ")
                        + locale().toString(line.date, dateFormat);
            }
        } else if (const int row = rowAt(help->pos()); row >= 0 && help->pos().x() < titleWidth) {
            text = m_timeline.rows.at(row).title;
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // A notch of a wheel is 120; touchpads send many small steps that add up to one.
        m_wheelZoom += event->angleDelta().y();
        if (std::abs(m_wheelZoom) >= 120) {
            const int x = int(event->position().x());
            setZoom(m_wheelZoom > 0 ? zoomedIn(m_zoom) : zoomedOut(m_zoom), x);
            m_wheelZoom = 0;
        }
        event->accept();
        return;
    }
    // With nothing to scroll up or down, the wheel scrolls through time.
    if (verticalScrollBar()->maximum() == 0 && event->angleDelta().x() == 0) {
        QCoreApplication::sendEvent(horizontalScrollBar(), event);
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineCanvas::setCurrentItem(int index, bool reveal)
{
    if (index < 0 || size_t(index) >= m_timeline.items.size())
        return;
    m_current = index;
    if (reveal)
        ensureVisible(index);
    viewport()->update();
    announceCurrent();
    Q_EMIT currentChanged(m_timeline.items.at(size_t(index)));
}

void TimelineCanvas::announceCurrent()
{
    // Without a screen reader Qt drops the event anyway; not making it spares the interfaces
    // it would create on every arrow key.
    if (m_current < 0 || !hasFocus() || !QAccessible::isActive())
        return;
    QAccessibleEvent event(this, QAccessible::Focus);
    event.setChild(m_current);
    QAccessible::updateAccessibility(&event);
}

void TimelineCanvas::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    announceCurrent();
}

QString TimelineCanvas::spokenItem(int index) const
{
    if (index < 0 || size_t(index) >= m_timeline.items.size())
        return {};
    const Item &item = m_timeline.items.at(size_t(index));
    const QString row = item.row >= 0 && item.row < m_timeline.rows.size()
        ? m_timeline.rows.at(item.row).title
        : QString();
    QString kind;
    switch (item.kind) {
    case ItemKind::Phase:
        kind = tr("phase");
        break;
    case ItemKind::Module:
        kind = tr("module");
        break;
    case ItemKind::Placement:
        kind = tr("placement");
        break;
    case ItemKind::PlacementDay:
        kind = tr("placement day");
        break;
    case ItemKind::Barrier:
        kind = tr("barrier");
        break;
    case ItemKind::Action:
        kind = tr("action");
        break;
    case ItemKind::Aftercare:
        kind = tr("aftercare");
        break;
    }
    return tr("%1, %2: %3")
        .arg(row, kind, timeline::toolTip(item).replace(QLatin1Char('\n'), QStringLiteral(", ")));
}

void TimelineCanvas::ensureVisible(int index)
{
    const QRectF rect = m_scene.itemRect(index);
    const QRectF view = sceneViewport();
    if (rect.left() < view.left() || rect.left() > view.right() - 20)
        horizontalScrollBar()->setValue(int(rect.left() - view.width() / 3));
    if (rect.top() < view.top())
        verticalScrollBar()->setValue(int(rect.top() - m_metrics.padding));
    else if (rect.bottom() > view.bottom())
        verticalScrollBar()->setValue(int(rect.bottom() - view.height() + m_metrics.padding));
}

bool TimelineCanvas::navigate(QKeyEvent *event)
{
    const int key = event->key();
    if (key != Qt::Key_Left && key != Qt::Key_Right && key != Qt::Key_Up && key != Qt::Key_Down)
        return false;
    if (event->modifiers() & Qt::AltModifier) {
        // Move the current planned day to the previous or next working day.
        if (!isMovable(m_current) || (key != Qt::Key_Left && key != Qt::Key_Right))
            return true;
        const int step = key == Qt::Key_Left ? -1 : 1;
        QDate to = m_timeline.items.at(size_t(m_current)).start.addDays(step);
        while (to.dayOfWeek() > 5)
            to = to.addDays(step);
        Q_EMIT dayMoveRequested(m_timeline.items.at(size_t(m_current)).id, to);
        return true;
    }
    if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
        return false;
    if (m_current < 0) {
        // Start at the item nearest to the middle of the view, in the first row that has one.
        const QRectF view = sceneViewport();
        const QDate middle = m_scene.scale().dateAt(view.center().x());
        for (int row = std::max(0, m_scene.layout().rowAt(view.top()));
             row < m_scene.layout().rowCount(); ++row) {
            if (const int found = m_scene.nearestInRow(row, middle); found >= 0) {
                setCurrentItem(found);
                break;
            }
        }
        return true;
    }
    const Scene::Step step = key == Qt::Key_Left ? Scene::Step::Left
        : key == Qt::Key_Right                   ? Scene::Step::Right
        : key == Qt::Key_Up                      ? Scene::Step::Up
                                                 : Scene::Step::Down;
    setCurrentItem(m_scene.neighbour(m_current, step));
    return true;
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    if (navigate(event))
        return;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(zoomedIn(m_zoom));
        return;
    case Qt::Key_Minus:
        setZoom(zoomedOut(m_zoom));
        return;
    case Qt::Key_Home:
        scrollToDate(m_timeline.today());
        return;
    case Qt::Key_Escape:
        if (m_drag.moving) {
            m_drag = {};
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0) {
            Q_EMIT itemActivated(m_timeline.items.at(size_t(m_current)));
            return;
        }
        if (const int index = itemAt(viewport()->mapFromGlobal(QCursor::pos())); index >= 0) {
            Q_EMIT itemActivated(m_timeline.items.at(size_t(index)));
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    const int index = itemAt(event->position().toPoint());
    if (index >= 0 && event->button() == Qt::LeftButton)
        setCurrentItem(index, false);
    if (event->button() == Qt::LeftButton && isMovable(index)) {
        m_drag = { index, event->position().toPoint(), {}, false };
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_drag.item >= 0 && (event->buttons() & Qt::LeftButton)) {
        if (!m_drag.moving
            && (position - m_drag.pressedAt).manhattanLength() >= QApplication::startDragDistance())
            m_drag.moving = true;
        if (m_drag.moving) {
            const QDate from = m_timeline.items[size_t(m_drag.item)].start;
            const qint64 shift = m_scene.scale().dateAt(toScene(position).x()).toJulianDay()
                - m_scene.scale().dateAt(toScene(m_drag.pressedAt).x()).toJulianDay();
            m_drag.to = from.addDays(shift);
            QToolTip::showText(
                event->globalPosition().toPoint(),
                tr("Move to %1")
                    .arg(locale().toString(m_drag.to, QStringLiteral("ddd ") + dateFormat)),
                viewport());
            viewport()->update();
        }
        return;
    }
    viewport()->setCursor(isMovable(itemAt(position)) ? Qt::OpenHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag.item >= 0 && event->button() == Qt::LeftButton) {
        const Drag drag = m_drag;
        m_drag = {};
        viewport()->update();
        QToolTip::hideText();
        const Item &item = m_timeline.items.at(size_t(drag.item));
        if (drag.moving && drag.to.isValid() && drag.to != item.start)
            Q_EMIT dayMoveRequested(item.id, drag.to);
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (const int index = itemAt(position); index >= 0)
        Q_EMIT itemActivated(m_timeline.items.at(size_t(index)));
    else if (const int row = rowAt(position); row >= 0)
        Q_EMIT rowActivated(row);
}

} // namespace traject
