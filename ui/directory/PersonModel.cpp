// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/PersonModel.h"

namespace traject {

PersonModel::PersonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PersonModel::setPersons(std::vector<ContactPerson> persons)
{
    beginResetModel();
    m_persons = std::move(persons);
    endResetModel();
}

const ContactPerson *PersonModel::personAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_persons.size())
        ? &m_persons[static_cast<std::size_t>(row)]
        : nullptr;
}

int PersonModel::rowOf(qint64 id) const
{
    for (std::size_t row = 0; row < m_persons.size(); ++row) {
        if (m_persons[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int PersonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_persons.size());
}

int PersonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !hasIndex(index.row(), index.column()))
        return {};
    const ContactPerson &person = m_persons[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return person.id;
    if (role == Qt::ToolTipRole && !person.notes.isEmpty())
        return person.notes;
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name:
        return person.name;
    case Function:
        return person.function;
    case Phone:
        return person.phone;
    case Email:
        return person.email;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Function:
        return tr("Function");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
