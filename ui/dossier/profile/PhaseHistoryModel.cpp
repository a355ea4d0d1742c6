// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseHistoryModel.h"

#include "widgets/DateField.h"

namespace traject {

PhaseHistoryModel::PhaseHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PhaseHistoryModel::setHistory(std::vector<PhaseChange> history)
{
    beginResetModel();
    m_history = std::move(history);
    endResetModel();
}

QString PhaseHistoryModel::describeChange(const PhaseChange &change)
{
    if (!change.from)
        return label(change.to);
    return tr("%1 → %2").arg(label(*change.from), label(change.to));
}

QString PhaseHistoryModel::describeReason(const PhaseChange &change)
{
    QString reason;
    if (!change.reasonCode.isEmpty()) {
        const auto list = change.from ? reasonListFor(*change.from, change.to) : ReasonList::None;
        if (list == ReasonList::NonEntry) {
            if (const auto code = fromCode<NonEntryReason>(change.reasonCode))
                reason = label(*code);
        } else if (const auto code = fromCode<StopReason>(change.reasonCode)) {
            reason = label(*code);
        } else if (const auto other = fromCode<NonEntryReason>(change.reasonCode)) {
            reason = label(*other);
        }
    }
    const QString text = change.reasonText.trimmed();
    if (reason.isEmpty())
        return text;
    if (text.isEmpty())
        return reason;
    return tr("%1: %2").arg(reason, text);
}

int PhaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.size());
}

int PhaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhaseChange &change = m_history[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return shownDate(change.date);
        case Change:
            return describeChange(change);
        case Reason:
            return describeReason(change);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return describeReason(change);
    return {};
}

QVariant PhaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Change:
        return tr("Phase");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace traject
