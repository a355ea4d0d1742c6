// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionModel.h"

#include "domain/Enums.h"
#include "widgets/DateField.h"

namespace traject {

RetentionModel::RetentionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RetentionModel::setRows(std::vector<RetentionRow> rows, QDate today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

qint64 RetentionModel::learnerId(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_rows.at(static_cast<size_t>(row)).candidate.learnerId;
}

int RetentionModel::fullYears(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int years = to.year() - from.year();
    if (from.addYears(years) > to)
        --years;
    return years;
}

int RetentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RetentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RetentionRow &row = m_rows.at(static_cast<size_t>(index.row()));
    const RetentionCandidate &candidate = row.candidate;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return candidate.name;
        case Phase: {
            const auto phase = fromCode<traject::Phase>(candidate.phase);
            const QString text = phase ? label(*phase) : candidate.phase;
            return row.reason.isEmpty() ? text : tr("%1: %2").arg(text, row.reason);
        }
        case EndedOn:
            return shownDate(candidate.endedOn);
        case YearsSince:
            return fullYears(candidate.endedOn, m_today);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == YearsSince)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return candidate.learnerId;
    return {};
}

QVariant RetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Phase:
        return tr("Phase");
    case EndedOn:
        return tr("Ended on");
    case YearsSince:
        return tr("Years since");
    default:
        return {};
    }
}

} // namespace traject
