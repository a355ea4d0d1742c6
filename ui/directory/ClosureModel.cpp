// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ClosureModel.h"

#include "widgets/DateField.h"

namespace traject {

ClosureModel::ClosureModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClosureModel::setClosures(std::vector<ClosurePeriod> closures,
                               QHash<qint64, QString> siteNames)
{
    beginResetModel();
    m_closures = std::move(closures);
    m_siteNames = std::move(siteNames);
    endResetModel();
}

const ClosurePeriod *ClosureModel::find(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_closures[static_cast<std::size_t>(row)] : nullptr;
}

int ClosureModel::rowOf(qint64 id) const
{
    for (std::size_t row = 0; row < m_closures.size(); ++row) {
        if (m_closures[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int ClosureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_closures.size());
}

int ClosureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClosureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !hasIndex(index.row(), index.column()))
        return {};
    const ClosurePeriod &closure = m_closures[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return closure.id;
    if (role == Qt::TextAlignmentRole && index.column() == Days)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name:
        return closure.name;
    case FirstDay:
        return shownDate(closure.start);
    case LastDay:
        return shownDate(closure.end);
    case Days:
        return closure.start.isValid() && closure.end.isValid()
            ? QVariant(closure.start.daysTo(closure.end) + 1)
            : QVariant();
    case Site:
        if (!closure.siteId)
            return tr("All sites");
        return m_siteNames.value(*closure.siteId, tr("(unknown site)"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClosureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case FirstDay:
        return tr("First day");
    case LastDay:
        return tr("Last day");
    case Days:
        return tr("Days");
    case Site:
        return tr("Site");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
