// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/OrganisationModel.h"

#include <QFont>

namespace traject {

OrganisationModel::OrganisationModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OrganisationModel::setContents(std::vector<Organisation> organisations,
                                    const std::vector<ContactPerson> &persons)
{
    beginResetModel();
    m_organisations = std::move(organisations);
    m_personNames.clear();
    m_personsWithout = 0;
    for (const auto &person : persons) {
        const qint64 key = person.organisationId.value_or(0);
        QString &names = m_personNames[key];
        if (!names.isEmpty())
            names += QLatin1Char('\n');
        names += person.name;
        if (key == 0)
            ++m_personsWithout;
    }
    endResetModel();
}

const Organisation *OrganisationModel::find(qint64 id) const
{
    for (const auto &organisation : m_organisations) {
        if (organisation.id == id)
            return &organisation;
    }
    return nullptr;
}

int OrganisationModel::rowOf(qint64 id) const
{
    if (id == 0)
        return static_cast<int>(m_organisations.size());
    for (std::size_t row = 0; row < m_organisations.size(); ++row) {
        if (m_organisations[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int OrganisationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_organisations.size()) + 1;
}

int OrganisationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !hasIndex(index.row(), index.column()))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (row == m_organisations.size())
        return noOrganisationData(index.column(), role);
    return organisationData(m_organisations[row], index.column(), role);
}

QVariant OrganisationModel::organisationData(const Organisation &organisation, int column,
                                             int role) const
{
    switch (role) {
    case IdRole:
        return organisation.id;
    case SearchRole:
        return organisation.name + QLatin1Char('\n') + m_personNames.value(organisation.id);
    case Qt::ToolTipRole:
        if (column == Kind && organisation.kind == OrganisationKind::ChildcareSite)
            return tr("%1, %2").arg(label(organisation.kind), label(organisation.siteType));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(column)) {
    case Name:
        return organisation.name;
    case Kind:
        // A site says which kind of care it offers: that is what a SPOC looks for.
        if (organisation.kind == OrganisationKind::ChildcareSite
            && organisation.siteType != SiteType::None)
            return label(organisation.siteType);
        return label(organisation.kind);
    case BelongsTo:
        if (organisation.parentId) {
            if (const Organisation *parent = find(*organisation.parentId))
                return parent->name;
        }
        return {};
    case Municipality:
        return organisation.municipality;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrganisationModel::noOrganisationData(int column, int role) const
{
    switch (role) {
    case IdRole:
        return qint64(0);
    case SearchRole:
        return tr("No organisation") + QLatin1Char('\n') + m_personNames.value(0);
    case Qt::FontRole:
        if (column == Name) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
        if (column == Name)
            return tr("No organisation");
        if (column == Kind)
            return tr("%n person(s)", nullptr, m_personsWithout);
        return {};
    default:
        return {};
    }
}

QVariant OrganisationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case BelongsTo:
        return tr("Belongs to");
    case Municipality:
        return tr("Municipality");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
