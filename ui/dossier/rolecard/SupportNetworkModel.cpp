// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/rolecard/SupportNetworkModel.h"

namespace traject {

SupportNetworkModel::SupportNetworkModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SupportNetworkModel::setPersons(std::vector<SupportPerson> persons)
{
    beginResetModel();
    m_persons = std::move(persons);
    endResetModel();
}

const SupportPerson *SupportNetworkModel::personAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_persons.size())
        ? &m_persons[static_cast<size_t>(row)]
        : nullptr;
}

int SupportNetworkModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_persons.size(); ++row) {
        if (m_persons[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int SupportNetworkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_persons.size());
}

int SupportNetworkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportNetworkModel::data(const QModelIndex &index, int role) const
{
    const SupportPerson *person = index.isValid() ? personAt(index.row()) : nullptr;
    if (!person)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Name:
            return person->name;
        case Relation:
            return person->relation;
        case Kind:
            return label(person->kind);
        case Phone:
            return person->phone;
        case Note:
            // One line in the table; the whole note is in the tooltip.
            return person->note.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Note && !person->note.isEmpty())
            return person->note;
        break;
    case IdRole:
        return person->id;
    default:
        break;
    }
    return {};
}

QVariant SupportNetworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Relation:
        return tr("Relation");
    case Kind:
        return tr("Kind");
    case Phone:
        return tr("Phone");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
