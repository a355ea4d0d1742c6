// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Barrier.h"
#include "widgets/ItemViews.h"

#include <QTreeWidget>

#include <vector>

namespace traject {

class Session;

/// What a barrier blocks, ticked in a list of the learner's placements (kind, site, period) and
/// of the modules of the plan still to do (module, semester), under a heading each. The arrow
/// keys move between the lines, Space ticks the current one.
class BlocksList : public TreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        What,
        When,
        ColumnCount
    };

    explicit BlocksList(QWidget *parent = nullptr);

    /// Lists the learner's placements and modules still to do, and ticks `ticked` (those are
    /// listed whatever their state).
    Status load(const Session &session, qint64 learnerId, const std::vector<BlockedItem> &ticked);

    /// The ticked items: those of `before` that are still ticked, in their order, then the newly
    /// ticked ones in the order of the list.
    std::vector<BlockedItem> blocks(const std::vector<BlockedItem> &before = {}) const;

    /// The line of an item, or nullptr when it is not listed.
    QTreeWidgetItem *lineOf(const BlockedItem &item) const;
    /// The item of a line (invalid for a heading).
    static BlockedItem itemOf(const QTreeWidgetItem *line);

private:
    QTreeWidgetItem *addHeading(const QString &text);
    void addLine(QTreeWidgetItem *heading, const QStringList &texts, const BlockedItem &item,
                 bool ticked);
    QList<QTreeWidgetItem *> lines() const;
};

} // namespace traject
