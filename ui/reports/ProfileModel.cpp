// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ProfileModel.h"

#include <QFont>

namespace traject {

void ProfileModel::setProfile(const CaseloadProfile &profile)
{
    beginResetModel();
    m_profile = profile;
    m_rows = profile.from.isValid() ? profile.csvRows() : QList<QStringList>();
    endResetModel();
}

int ProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const QStringList &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The dimension only on its first line, as in the printed tables.
        if (index.column() == Dimension && index.row() > 0
            && m_rows.at(index.row() - 1).at(Dimension) == row.at(Dimension))
            return QString();
        return row.value(index.column());
    case Qt::ToolTipRole:
        if (index.column() == Count && row.value(Count) == QLatin1String("<5"))
            return tr("1 to 4 people: not shown, so that nobody can be recognised.");
        if (index.column() == Count && row.value(Count) == QLatin1String("x"))
            return tr("Hidden, so that the \"<5\" of this characteristic cannot be computed "
                      "from the total.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Count)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.row() == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Dimension:
        return tr("Characteristic");
    case Category:
        return tr("Category");
    case Count:
        return tr("Number");
    default:
        return {};
    }
}

} // namespace traject
