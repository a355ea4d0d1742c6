// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

namespace traject {

/// An item view that tells a screen reader its current item has the focus only when the view
/// has it. Qt 6.4's table, list and tree views send that focus event for every new current item,
/// focused or not: a table that follows the caseload list made Orca read one of its cells while
/// the SPOC walked the list. Without the focus, the view does what QAbstractItemView does (which
/// sends nothing) and repaints, as the tree's whole-row focus frame may have moved. The current
/// item still reports the focused state to a screen reader that asks (Qt's accessible cells do
/// that), but no event says so.
template<class View> class FocusedItemView : public View
{
public:
    using View::View;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        if (this->hasFocus()) {
            View::currentChanged(current, previous);
            return;
        }
        this->QAbstractItemView::currentChanged(current, previous);
        this->viewport()->update();
    }
};

using TableView = FocusedItemView<QTableView>;
using TableWidget = FocusedItemView<QTableWidget>;
using ListWidget = FocusedItemView<QListWidget>;
using TreeWidget = FocusedItemView<QTreeWidget>;

} // namespace traject
