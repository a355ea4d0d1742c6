// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekListModel.h"

#include <QFont>

namespace traject {

WeekListModel::WeekListModel(QStringList titles, QObject *parent)
    : QAbstractTableModel(parent)
    , m_titles(std::move(titles))
{ }

void WeekListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 WeekListModel::learnerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).learnerId : 0;
}

int WeekListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WeekListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WeekListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (static_cast<Column>(index.column())) {
        case Learner:
            return row.learner;
        case When:
            return row.when;
        case What:
            return row.what;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::FontRole:
        if ((row.urgent && index.column() == When) || index.column() == Learner) {
            QFont font;
            font.setBold(row.urgent && index.column() == When);
            font.setUnderline(index.column() == Learner);
            return font;
        }
        return {};
    case LearnerIdRole:
        return row.learnerId;
    default:
        return {};
    }
}

QVariant WeekListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_titles.size())
        return m_titles.at(section);
    return {};
}

} // namespace traject
