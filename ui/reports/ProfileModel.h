// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/CaseloadProfile.h"

#include <QAbstractTableModel>

namespace traject {

/// The caseload profile as a list: the total, then every category of every dimension.
class ProfileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Dimension,
        Category,
        Count,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProfile(const CaseloadProfile &profile);
    const CaseloadProfile &profile() const { return m_profile; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CaseloadProfile m_profile;
    QList<QStringList> m_rows; // as in the CSV file
};

} // namespace traject
