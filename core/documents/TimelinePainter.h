// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/Scene.h"

#include <QColor>
#include <QLocale>
#include <QRectF>

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
    void paintShape(QPainter &painter, const Shape &shape, const QRectF &viewport) const;
    void paintHatching(QPainter &painter, const QRectF &rect) const;
    /// The label of a bar, from where the bar comes into view; on a plate when it must stay
    /// readable over hatching and days.
    void paintBarText(QPainter &painter, const Shape &shape, const QRectF &viewport,
                      bool onPlate) const;

    const Scene &m_scene;
    QLocale m_locale;
    TonePalette m_palette;
};

} // namespace traject::timeline
