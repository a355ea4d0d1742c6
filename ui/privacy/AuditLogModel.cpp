// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogModel.h"

#include "privacy/AuditSummary.h"
#include "widgets/DateField.h"

#include <algorithm>

namespace traject {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditLogModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(static_cast<size_t>(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return entry.at.toString(dateFormat + QStringLiteral(" HH:mm:ss"));
        case What:
            return AuditSummary::actionText(entry.action);
        case Subject:
            return AuditSummary::subjectText(entry);
        case Details:
            return AuditSummary::detailText(entry.detail);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return index.column() == Details && !entry.detail.isEmpty()
            ? AuditSummary::detailText(entry.detail)
            : tr("Entry %1").arg(entry.id);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case Subject:
        return tr("About");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace traject
