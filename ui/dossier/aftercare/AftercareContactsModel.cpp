// SPDX-License-Identifier: GPL-3.0-or-later
#include "AftercareContactsModel.h"

#include "widgets/DateField.h"
#include "widgets/Tones.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace traject {

AftercareContactsModel::AftercareContactsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AftercareContactsModel::setContacts(const std::vector<ContactMoment> &moments, QDate today)
{
    beginResetModel();
    m_today = today;
    m_contacts.clear();
    std::copy_if(moments.begin(), moments.end(), std::back_inserter(m_contacts),
                 [](const ContactMoment &moment) { return moment.aftercare; });
    std::stable_sort(m_contacts.begin(), m_contacts.end(),
                     [](const ContactMoment &a, const ContactMoment &b) {
                         return a.date != b.date ? a.date < b.date : a.id < b.id;
                     });
    endResetModel();
}

int AftercareContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int AftercareContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AftercareContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactMoment &moment = m_contacts[static_cast<size_t>(index.row())];
    const bool overdue = moment.status == ContactStatus::Planned && moment.date < m_today;
    if (role == Qt::ForegroundRole && overdue)
        return QBrush(alertColour());
    if (role == Qt::ToolTipRole && overdue)
        return tr("Planned, but the date has passed.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return shownDate(moment.date);
    case Kind:
        return label(moment.kind);
    case Status:
        return label(moment.status);
    case Note:
        return moment.notes.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant AftercareContactsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace traject
