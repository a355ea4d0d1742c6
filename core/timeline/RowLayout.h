// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Timeline.h"

#include <QList>

namespace traject::timeline {

/// Places the rows of a timeline from top to bottom: each row is as high as its slots need, with
/// a little space above and below. Maps rows and slots to y and y back to a row.
class RowLayout
{
public:
    struct Metrics
    {
        double slotHeight = 18;
        double padding = 4; // above and below the slots of a row
        double minRowHeight = 0;
    };

    RowLayout() = default;
    RowLayout(const QList<Row> &rows, Metrics metrics);

    int rowCount() const { return int(m_tops.size()) - 1; }
    double top(int row) const { return m_tops.at(row); }
    double height(int row) const { return m_tops.at(row + 1) - m_tops.at(row); }
    double totalHeight() const { return m_tops.isEmpty() ? 0 : m_tops.last(); }
    /// The top of a slot within a row.
    double slotTop(int row, int slot) const;
    double slotHeight() const { return m_metrics.slotHeight; }
    /// The row at y, or -1 above the first and below the last row.
    int rowAt(double y) const;
    /// The slot of the row at y (clamped to the row's slots), or -1 outside the row.
    int slotAt(int row, double y) const;

private:
    Metrics m_metrics;
    QList<double> m_tops; // row i spans [m_tops[i], m_tops[i + 1])
    QList<int> m_slots;
};

} // namespace traject::timeline
