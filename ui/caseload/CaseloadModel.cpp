// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseload/CaseloadModel.h"

#include "storage/LearnerRepository.h"

namespace traject {

CaseloadModel::CaseloadModel(Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{ }

Status CaseloadModel::reload()
{
    auto learners = LearnerRepository(m_database, m_clock).all();
    if (!learners)
        return learners.error();
    beginResetModel();
    m_learners = std::move(learners).value();
    endResetModel();
    return {};
}

const Learner *CaseloadModel::learnerAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_learners.size())
        ? &m_learners[static_cast<size_t>(row)]
        : nullptr;
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_learners.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    const Learner *learner = index.isValid() ? learnerAt(index.row()) : nullptr;
    if (!learner)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(index.column())) {
        case Name:
            return learner->lastName + QStringLiteral(", ") + learner->firstName;
        case Phase:
            return label(learner->phase);
        case DaysInPhase:
            return learner->phaseSince.isValid()
                ? QVariant(learner->phaseSince.daysTo(m_clock.today()))
                : QVariant();
        case Municipality:
            return learner->municipality;
        case Phone:
            return learner->phone;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == DaysInPhase) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return learner->id;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Phase:
        return tr("Phase");
    case DaysInPhase:
        return tr("Days in phase");
    case Municipality:
        return tr("Municipality");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
