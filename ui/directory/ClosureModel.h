// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/Holidays.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace traject {

/// The closure periods by their first day, with the site they apply to.
class ClosureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        FirstDay,
        LastDay,
        Days,
        Site,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole
    };

    explicit ClosureModel(QObject *parent = nullptr);

    /// siteNames: id → name of the sites a closure can apply to.
    void setClosures(std::vector<ClosurePeriod> closures, QHash<qint64, QString> siteNames);
    const ClosurePeriod *find(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ClosurePeriod> m_closures;
    QHash<qint64, QString> m_siteNames;
};

} // namespace traject
