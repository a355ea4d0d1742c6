// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/MeetingModel.h"

namespace traject {

namespace {

int newsCount(const CaseMeeting::Item &item)
{
    return int(item.newBarriers.size() + item.solvedBarriers.size() + item.phaseChanges.size()
               + item.missedDays.size())
        + item.newContacts;
}

} // namespace

void MeetingModel::setMeeting(const CaseMeeting &meeting)
{
    beginResetModel();
    m_meeting = meeting;
    const QList<qint64> suggested = meeting.suggestedIds();
    m_ticked = QSet<qint64>(suggested.begin(), suggested.end());
    endResetModel();
    Q_EMIT tickedChanged();
}

QList<qint64> MeetingModel::ticked() const
{
    QList<qint64> ids;
    for (const auto &item : m_meeting.items) {
        if (m_ticked.contains(item.learnerId))
            ids.append(item.learnerId);
    }
    return ids;
}

int MeetingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meeting.items.size());
}

int MeetingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const CaseMeeting::Item &item = m_meeting.items.at(std::size_t(index.row()));
    if (role == Qt::CheckStateRole && index.column() == Name)
        return m_ticked.contains(item.learnerId) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != CurrentPhase)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return item.name;
    case CurrentPhase:
        return label(item.phase);
    case News:
        return newsCount(item);
    case OpenActions:
        return int(item.openActions.size());
    case Overdue:
        return item.overdueActions(m_meeting.today);
    default:
        return {};
    }
}

bool MeetingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Name || role != Qt::CheckStateRole
        || index.row() >= rowCount())
        return false;
    const qint64 id = m_meeting.items.at(std::size_t(index.row())).learnerId;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_ticked.insert(id);
    else
        m_ticked.remove(id);
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole });
    Q_EMIT tickedChanged();
    return true;
}

Qt::ItemFlags MeetingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant MeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Learner");
    case CurrentPhase:
        return tr("Phase");
    case News:
        return tr("New");
    case OpenActions:
        return tr("Open actions");
    case Overdue:
        return tr("Overdue");
    default:
        return {};
    }
}

} // namespace traject
