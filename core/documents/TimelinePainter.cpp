// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelinePainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace traject::timeline {

namespace {

struct ToneColours
{
    QRgb fill;
    QRgb stroke;
};

// Indexed by Tone. Phases and periods are soft bands; statuses are clear, colour-blind safe hues
// (blue, green, amber, red, grey) that still read on a grey-scale print.
constexpr std::array<ToneColours, 19> colours { {
    { 0xd9e2ec, 0x9fb3c8 }, // PhaseEarly
    { 0xcce7f5, 0x7fb8d8 }, // PhasePrepare
    { 0xcdebd4, 0x7cbf8e }, // PhaseTraining
    { 0xe4dcf3, 0xa794cf }, // PhaseAftercare
    { 0xe1efd9, 0x98c285 }, // PhaseOutflow
    { 0xf5ebcc, 0xd6bd6b }, // PhasePaused
    { 0xe3e3e3, 0xa9a9a9 }, // PhaseStopped
    { 0xe6ebf1, 0xb4c0cf }, // Period
    { 0x8fb4e8, 0x3f74c0 }, // Planned
    { 0x5d93db, 0x2a5ea8 }, // Active
    { 0x6cc08b, 0x2f8a52 }, // Done
    { 0xf2c46b, 0xc28a16 }, // Warning
    { 0xef8a84, 0xc0392b }, // Danger
    { 0xd0d0d0, 0x9a9a9a }, // Muted
    { 0xd3c6ee, 0x8a72c4 }, // Aftercare
    { 0xfbe1e1, 0xf0b4b4 }, // Holiday
    { 0xeeeeee, 0xcfcfcf }, // Closure
    { 0xc0392b, 0xc0392b }, // Today
    { 0x6a3d9a, 0x6a3d9a }, // Limit
} };

} // namespace

QColor TonePalette::fill(Tone tone) const
{
    return QColor::fromRgb(colours.at(size_t(tone)).fill);
}

QColor TonePalette::stroke(Tone tone) const
{
    return QColor::fromRgb(colours.at(size_t(tone)).stroke);
}

std::pair<double, double> labelRoom(double left, double right,
                                    QList<std::pair<double, double>> obstacles, double textWidth,
                                    double minWidth)
{
    std::sort(obstacles.begin(), obstacles.end());
    std::pair<double, double> widest { left, left };
    double from = left;
    const auto consider = [&](double to) {
        to = std::min(to, right);
        if (to - from > widest.second - widest.first)
            widest = { from, to };
        return to - from >= textWidth;
    };
    for (const auto &[obstacleLeft, obstacleRight] : obstacles) {
        if (obstacleRight <= from || obstacleLeft >= right)
            continue;
        if (obstacleLeft > from && consider(obstacleLeft))
            return { from, std::min(obstacleLeft, right) };
        from = std::max(from, obstacleRight);
    }
    if (from < right && consider(right))
        return { from, right };
    if (widest.second - widest.first < minWidth)
        return { left, left };
    return widest;
}

TimelinePainter::TimelinePainter(const Scene &scene, QLocale locale, TonePalette palette)
    : m_scene(scene)
    , m_locale(std::move(locale))
    , m_palette(std::move(palette))
{ }

void TimelinePainter::paintBody(QPainter &painter, const QRectF &viewport) const
{
    if (m_scene.isEmpty())
        return;
    const DateScale &scale = m_scene.scale();
    const RowLayout &layout = m_scene.layout();
    painter.save();
    painter.setClipRect(viewport, Qt::IntersectClip);

    // Alternate rows, weekends (when days can be seen) and month lines give the eye a hold.
    const int first = std::max(0, layout.rowAt(std::max(0.0, viewport.top())));
    for (int row = first; row < layout.rowCount() && layout.top(row) < viewport.bottom(); ++row) {
        if (row % 2)
            painter.fillRect(
                QRectF(viewport.left(), layout.top(row), viewport.width(), layout.height(row)),
                m_palette.alternateRow);
    }
    const QDate from = scale.dateAt(viewport.left());
    const QDate to = scale.dateAt(viewport.right());
    if (scale.zoom() == Zoom::Week || scale.zoom() == Zoom::Month) {
        for (const HeaderCell &cell : scale.minorCells(from, to, m_locale)) {
            if (cell.weekend)
                painter.fillRect(QRectF(cell.x, viewport.top(), cell.width, viewport.height()),
                                 m_palette.weekend);
        }
    }
    painter.setPen(QPen(m_palette.grid, 0));
    for (const HeaderCell &cell : scale.majorCells(from, to, m_locale))
        painter.drawLine(QPointF(cell.x, viewport.top()), QPointF(cell.x, viewport.bottom()));
    for (int row = first; row < layout.rowCount() && layout.top(row) < viewport.bottom(); ++row)
        painter.drawLine(QPointF(viewport.left(), layout.top(row + 1)),
                         QPointF(viewport.right(), layout.top(row + 1)));

    const QList<Shape> shapes = m_scene.shapes(viewport);
    for (const Shape &shape : shapes)
        paintShape(painter, shape, viewport, shapes);
    // The names of blocking barriers stay readable over the hatching.
    for (const Shape &shape : shapes) {
        if (shape.hatched)
            paintBarText(painter, shape, viewport, shapes, true);
    }
    painter.restore();
}

void TimelinePainter::paintShape(QPainter &painter, const Shape &shape, const QRectF &viewport,
                                 const QList<Shape> &shapes) const
{
    const QColor fill = m_palette.fill(shape.tone);
    const QColor stroke = m_palette.stroke(shape.tone);
    switch (shape.type) {
    case Shape::Type::Shade:
        painter.fillRect(shape.rect, fill);
        break;
    case Shape::Type::Day:
        painter.fillRect(shape.rect, stroke);
        break;
    case Shape::Type::Bar:
        painter.setPen(QPen(stroke, 0));
        painter.setBrush(fill);
        painter.drawRect(shape.rect);
        if (shape.hatched)
            paintHatching(painter, shape.rect);
        else
            paintBarText(painter, shape, viewport, shapes, false);
        break;
    case Shape::Type::Marker: {
        const QRectF r = shape.rect;
        const QPointF points[] = { { r.center().x(), r.top() },
                                   { r.right(), r.center().y() },
                                   { r.center().x(), r.bottom() },
                                   { r.left(), r.center().y() } };
        painter.setPen(QPen(stroke, 0));
        painter.setBrush(fill);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.drawPolygon(points, 4);
        painter.setRenderHint(QPainter::Antialiasing, false);
        break;
    }
    case Shape::Type::Line: {
        QPen pen(stroke, 2);
        if (shape.tone == Tone::Limit)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(shape.rect.topLeft(), shape.rect.bottomLeft());
        // Its name at the top, on a plate so it stays readable over the rows.
        const QFontMetricsF metrics(painter.font(), painter.device());
        const QRectF label(shape.rect.left() + 3, viewport.top() + 2,
                           metrics.horizontalAdvance(shape.text) + 6, metrics.height());
        painter.fillRect(label, QColor(255, 255, 255, 220));
        painter.setPen(stroke);
        painter.drawText(label, Qt::AlignCenter, shape.text);
        break;
    }
    }
}

void TimelinePainter::paintHatching(QPainter &painter, const QRectF &rect) const
{
    // Drawn lines rather than a pattern brush, so the hatching keeps its size on a printer.
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(m_palette.stroke(Tone::Danger), 1.2));
    const double step = 7;
    for (double x = rect.left() - rect.height(); x < rect.right(); x += step)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

void TimelinePainter::paintBarText(QPainter &painter, const Shape &shape, const QRectF &viewport,
                                   const QList<Shape> &shapes, bool onPlate) const
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double start = std::max(shape.rect.left(), viewport.left()) + 4;
    // A plate may reach beyond a short or thin bar; plain text stays inside its bar.
    const double end = onPlate
        ? std::max(shape.rect.right(), start + metrics.averageCharWidth() * 30)
        : shape.rect.right() - 4;
    if (shape.text.isEmpty() || (!onPlate && shape.rect.height() < metrics.height() * 0.8))
        return;
    // The markers on the bar's row, and the days unless the text is on a plate, which covers
    // them: the label goes beside them rather than under them ("V◆oortraject").
    QList<std::pair<double, double>> obstacles;
    for (const Shape &other : shapes) {
        const bool obstacle
            = other.type == Shape::Type::Marker || (!onPlate && other.type == Shape::Type::Day);
        if (obstacle && other.rect.top() < shape.rect.bottom()
            && other.rect.bottom() > shape.rect.top())
            obstacles.append({ other.rect.left() - 2, other.rect.right() + 2 });
    }
    const auto [left, right]
        = labelRoom(start, end, obstacles, metrics.horizontalAdvance(shape.text),
                    metrics.averageCharWidth() * 4);
    if (right <= left)
        return;
    const QString text = metrics.elidedText(shape.text, Qt::ElideRight, right - left);
    QRectF box(left, shape.rect.center().y() - metrics.height() / 2,
               metrics.horizontalAdvance(text), metrics.height());
    if (onPlate) {
        painter.setPen(QPen(m_palette.stroke(Tone::Danger), 0));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRect(box.adjusted(-3, 0, 3, 0));
    }
    painter.setPen(m_palette.text);
    painter.drawText(box, Qt::AlignVCenter | Qt::AlignLeft, text);
}

void TimelinePainter::paintHeader(QPainter &painter, const QRectF &viewport, double height) const
{
    const DateScale &scale = m_scene.scale();
    const QDate from = scale.dateAt(viewport.left());
    const QDate to = scale.dateAt(viewport.right());
    const double half = height / 2;
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.save();
    painter.setClipRect(QRectF(viewport.left(), 0, viewport.width(), height), Qt::IntersectClip);
    painter.fillRect(QRectF(viewport.left(), 0, viewport.width(), height),
                     m_palette.headerBackground);

    painter.setPen(m_palette.text);
    for (const HeaderCell &cell : scale.majorCells(from, to, m_locale)) {
        // Keep the label of a cell that starts off-screen in view.
        const double left = std::max(cell.x, viewport.left()) + 4;
        const double right = cell.x + cell.width - 4;
        if (right - left > metrics.averageCharWidth() * 3) {
            const QString text = metrics.elidedText(cell.label, Qt::ElideRight, right - left);
            painter.drawText(QRectF(left, 0, right - left, half), Qt::AlignVCenter | Qt::AlignLeft,
                             text);
        }
        painter.setPen(QPen(m_palette.grid, 0));
        painter.drawLine(QPointF(cell.x, 0), QPointF(cell.x, height));
        painter.setPen(m_palette.text);
    }
    for (const HeaderCell &cell : scale.minorCells(from, to, m_locale)) {
        const QRectF rect(cell.x, half, cell.width, half);
        if (cell.weekend)
            painter.fillRect(rect, m_palette.weekend);
        if (metrics.horizontalAdvance(cell.label) + 2 <= cell.width)
            painter.drawText(rect, Qt::AlignCenter, cell.label);
        painter.setPen(QPen(m_palette.grid, 0));
        painter.drawLine(QPointF(cell.x, half), QPointF(cell.x, height));
        painter.setPen(m_palette.text);
    }
    painter.setPen(QPen(m_palette.grid, 0));
    painter.drawLine(QPointF(viewport.left(), half), QPointF(viewport.right(), half));
    painter.drawLine(QPointF(viewport.left(), height - 0.5),
                     QPointF(viewport.right(), height - 0.5));
    painter.restore();
}

void TimelinePainter::paintTitles(QPainter &painter, const QRectF &viewport, double width) const
{
    if (m_scene.isEmpty())
        return;
    const RowLayout &layout = m_scene.layout();
    const auto &rows = m_scene.timeline().rows;
    const QFontMetricsF metrics(painter.font(), painter.device());
    painter.save();
    painter.setClipRect(QRectF(0, viewport.top(), width, viewport.height()), Qt::IntersectClip);
    painter.fillRect(QRectF(0, viewport.top(), width, viewport.height()),
                     m_palette.headerBackground);
    const int first = std::max(0, layout.rowAt(std::max(0.0, viewport.top())));
    for (int row = first; row < layout.rowCount() && layout.top(row) < viewport.bottom(); ++row) {
        const QRectF rect(6, layout.top(row), width - 10, std::min(layout.height(row), 28.0));
        painter.setPen(m_palette.text);
        painter.drawText(rect, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(rows.at(row).title, Qt::ElideRight, rect.width()));
        painter.setPen(QPen(m_palette.grid, 0));
        painter.drawLine(QPointF(0, layout.top(row + 1)), QPointF(width, layout.top(row + 1)));
    }
    painter.drawLine(QPointF(width - 0.5, viewport.top()), QPointF(width - 0.5, viewport.bottom()));
    painter.restore();
}

} // namespace traject::timeline
