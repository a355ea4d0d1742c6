// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/Intake.h"

#include <QAbstractTableModel>

#include <vector>

namespace traject {

/// The support network of one learner (steunfiguren), in the order they were added.
class SupportNetworkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Relation,
        Kind,
        Phone,
        Note,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit SupportNetworkModel(QObject *parent = nullptr);

    void setPersons(std::vector<SupportPerson> persons);
    const SupportPerson *personAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<SupportPerson> m_persons;
};

} // namespace traject
