// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Organisation.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace traject {

/// The address book's list: every organisation by name, and last a "No organisation" row for
/// the contact persons who belong to none.
class OrganisationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        BelongsTo,
        Municipality,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole, // the organisation's id; 0 for the "No organisation" row
        SearchRole, // names of the organisation and its persons, for search as you type
    };

    explicit OrganisationModel(QObject *parent = nullptr);

    void setContents(std::vector<Organisation> organisations,
                     const std::vector<ContactPerson> &persons);
    const std::vector<Organisation> &organisations() const { return m_organisations; }
    /// The organisation with this id, or nullptr.
    const Organisation *find(qint64 id) const;
    /// The row of the organisation (0: the "No organisation" row), or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant organisationData(const Organisation &organisation, int column, int role) const;
    QVariant noOrganisationData(int column, int role) const;

    std::vector<Organisation> m_organisations;
    QHash<qint64, QString> m_personNames; // organisation id (0: none) → names, one per line
    int m_personsWithout = 0;
};

} // namespace traject
