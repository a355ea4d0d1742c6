// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowLayout.h"

#include <algorithm>

namespace traject::timeline {

RowLayout::RowLayout(const QList<Row> &rows, Metrics metrics)
    : m_metrics(metrics)
{
    m_tops.reserve(rows.size() + 1);
    m_slots.reserve(rows.size());
    double y = 0;
    for (const Row &row : rows) {
        m_tops.append(y);
        const int slots = std::max(1, row.slots);
        m_slots.append(slots);
        y += std::max(metrics.minRowHeight, slots * metrics.slotHeight + 2 * metrics.padding);
    }
    m_tops.append(y);
}

double RowLayout::slotTop(int row, int slot) const
{
    return top(row) + m_metrics.padding + slot * m_metrics.slotHeight;
}

int RowLayout::rowAt(double y) const
{
    if (m_tops.size() < 2 || y < m_tops.first() || y >= m_tops.last())
        return -1;
    const auto after = std::upper_bound(m_tops.cbegin(), m_tops.cend(), y);
    return int(after - m_tops.cbegin()) - 1;
}

int RowLayout::slotAt(int row, double y) const
{
    if (row < 0 || row >= rowCount() || y < top(row) || y >= top(row + 1))
        return -1;
    const int slot = int((y - top(row) - m_metrics.padding) / m_metrics.slotHeight);
    return std::clamp(slot, 0, m_slots.at(row) - 1);
}

} // namespace traject::timeline
