// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"

#include <QAbstractTableModel>

#include <vector>

namespace traject {

/// The contact persons of one organisation (or of none), by name.
class PersonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Function,
        Phone,
        Email,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole
    };

    explicit PersonModel(QObject *parent = nullptr);

    void setPersons(std::vector<ContactPerson> persons);
    const ContactPerson *personAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ContactPerson> m_persons;
};

} // namespace traject
