// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/Scene.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QRectF>

#include <utility>

class QPainter;

namespace traject::timeline {

/// The colours of a timeline: a calm fill and a firmer outline per tone.
struct TonePalette
{
    QColor fill(Tone tone) const;
    QColor stroke(Tone tone) const;
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor grid = QColor(0xdd, 0xdd, 0xdd);
    QColor weekend = QColor(0xf4, 0xf4, 0xf4);
    QColor headerBackground = QColor(0xf7, 0xf7, 0xf7);
    QColor alternateRow = QColor(0xfa, 0xfa, 0xfa);
};

/// Where a bar's label goes, between `left` and `right`, so that no obstacle (the markers and
/// days drawn on the bar, as x ranges) covers it: the first free stretch where the whole label
/// fits (`textWidth`), else the widest free stretch. Empty (left == right) when no stretch is at
/// least `minWidth` wide.
std::pair<double, double> labelRoom(double left, double right,
                                    QList<std::pair<double, double>> obstacles, double textWidth,
                                    double minWidth);

/// Paints a timeline scene with a QPainter on any device: a widget, an image, a printer or a PDF.
/// Works in scene coordinates: the caller sets up the painter so that the viewport (a rectangle
/// in scene coordinates) lands where it should.
class TimelinePainter
{
public:
    explicit TimelinePainter(const Scene &scene, QLocale locale = QLocale(),
                             TonePalette palette = {});

    /// The rows' background, the grid, and every shape that touches the viewport.
    void paintBody(QPainter &painter, const QRectF &viewport) const;
    /// The two header bands for the x range of the viewport, `height` high, starting at y = 0.
    void paintHeader(QPainter &painter, const QRectF &viewport, double height) const;
    /// The row titles for the y range of the viewport, `width` wide, starting at x = 0.
    void paintTitles(QPainter &painter, const QRectF &viewport, double width) const;

private:
    void paintShape(QPainter &painter, const Shape &shape, const QRectF &viewport,
                    const QList<Shape> &shapes) const;
    void paintHatching(QPainter &painter, const QRectF &rect) const;
    /// The label of a bar, from where the bar comes into view and beside the markers on it (and
    /// the days, unless on a plate); on a plate when it must stay readable over hatching and days.
    void paintBarText(QPainter &painter, const Shape &shape, const QRectF &viewport,
                      const QList<Shape> &shapes, bool onPlate) const;

    const Scene &m_scene;
    QLocale m_locale;
    TonePalette m_palette;
};

} // namespace traject::timeline
