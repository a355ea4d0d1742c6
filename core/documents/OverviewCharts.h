// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/Overview.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace traject::charts {

// Charts that paint into a given rectangle on any QPainter: a widget on screen and a PDF page
// alike. They read in black and white: grey levels with patterns, a legend, and the value written
// on every bar; colour carries no meaning.

struct Bar
{
    QString label;
    int value = 0;
};

/// Horizontal bars, one per row: label at the left, the bar, its value at its end.
void paintBarChart(QPainter &painter, const QRectF &rect, const QList<Bar> &bars);
/// The height paintBarChart() needs for this many bars.
double barChartHeight(int bars);

struct StackedBar
{
    QString label;
    QList<int> values; // one per part, in the order of the legend
};

/// Horizontal bars made of parts (e.g. open / solved / lasting), each part with its own grey and
/// pattern and its number written in it (or beside the bar when it is too narrow); a legend on top.
void paintStackedBars(QPainter &painter, const QRectF &rect, const QList<StackedBar> &bars,
                      const QStringList &legend);
double stackedBarsHeight(int bars);

/// The funnel: one centred bar per stage, its width in proportion to its number, the label and
/// the number written beside it.
void paintFunnel(QPainter &painter, const QRectF &rect, const QList<Bar> &stages);
double funnelHeight(int stages);

/// The overview's charts from its data.
QList<Bar> funnelBars(const Overview::Funnel &funnel);
QList<StackedBar> barrierBars(const std::vector<Overview::BarrierCounts> &barriers);
QStringList barrierLegend();
QList<Bar> progressBars(const Overview &overview);

} // namespace traject::charts
