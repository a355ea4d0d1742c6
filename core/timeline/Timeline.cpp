// SPDX-License-Identifier: GPL-3.0-or-later
#include "Timeline.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace traject::timeline {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)
};

QString statusText(const Item &item)
{
    switch (item.kind) {
    case ItemKind::Phase:
        return label(Phase(item.status));
    case ItemKind::Module:
        return label(ModuleStatus(item.status));
    case ItemKind::PlacementDay:
        return label(PlacementDayStatus(item.status));
    case ItemKind::Barrier:
        return label(BarrierStatus(item.status));
    case ItemKind::Action:
        return item.overdue ? Texts::tr("overdue") : QString();
    case ItemKind::Placement:
    case ItemKind::Aftercare:
        break;
    }
    return {};
}

QString period(const Item &item)
{
    const QString format = QStringLiteral("dd/MM/yyyy");
    if (item.start == item.end)
        return item.start.toString(format);
    if (item.open)
        return Texts::tr("since %1").arg(item.start.toString(format));
    return Texts::tr("%1 to %2").arg(item.start.toString(format), item.end.toString(format));
}

} // namespace

void packSlots(Timeline &timeline, const QList<int> &flat)
{
    std::vector<int> order(timeline.items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const Item &x = timeline.items[a];
        const Item &y = timeline.items[b];
        return std::tie(x.row, x.start) < std::tie(y.row, y.start);
    });

    QHash<qint64, int> placementSlot;
    QList<QDate> slotEnds; // per slot of the current row: the last day taken
    int currentRow = -1;
    for (const int index : order) {
        Item &item = timeline.items[index];
        if (item.row != currentRow) {
            currentRow = item.row;
            slotEnds.clear();
        }
        if (item.kind == ItemKind::PlacementDay || flat.contains(item.row)) {
            item.slot = 0;
            continue;
        }
        // A placement takes two slots: its bar, and its days beneath.
        const int needed = item.kind == ItemKind::Placement ? 2 : 1;
        const auto isFree
            = [&](int slot) { return slot >= slotEnds.size() || slotEnds.at(slot) < item.start; };
        int slot = 0;
        while (!isFree(slot) || (needed == 2 && !isFree(slot + 1)))
            ++slot;
        for (int taken = slot; taken < slot + needed; ++taken) {
            if (taken >= slotEnds.size())
                slotEnds.resize(taken + 1);
            slotEnds[taken] = item.end;
        }
        item.slot = slot;
        if (item.kind == ItemKind::Placement)
            placementSlot.insert(item.id, slot + 1);
    }

    for (Row &row : timeline.rows)
        row.slots = 1;
    for (Item &item : timeline.items) {
        if (item.kind == ItemKind::PlacementDay)
            item.slot = placementSlot.value(item.parentId, 0);
        if (item.row >= 0 && item.row < timeline.rows.size())
            timeline.rows[item.row].slots = std::max(timeline.rows[item.row].slots, item.slot + 1);
    }
}

QString toolTip(const Item &item)
{
    QStringList lines { item.label, period(item) };
    if (const QString status = statusText(item); !status.isEmpty())
        lines.last() += QStringLiteral(" · ") + status;
    if (!item.detail.isEmpty())
        lines.append(item.detail);
    if (item.isBlocked())
        lines.append(Texts::tr("Blocked by: %1").arg(item.blockedBy.join(QStringLiteral("; "))));
    return lines.join(QLatin1Char('\n'));
}

} // namespace traject::timeline
