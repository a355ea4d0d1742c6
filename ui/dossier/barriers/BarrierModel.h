// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"

#include <QAbstractTableModel>

#include <vector>

namespace traject {

/// A learner's barriers (drempels), one per row.
class BarrierModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Category,
        Description,
        Severity,
        DetectedOn,
        Status,
        ResolvedOn,
        ColumnCount
    };
    /// Qt::UserRole gives the barrier's id.
    static constexpr int IdRole = Qt::UserRole;

    explicit BarrierModel(QObject *parent = nullptr);

    void setBarriers(std::vector<Barrier> barriers);
    const Barrier *barrierAt(int row) const;
    /// The row of the barrier with this id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Barrier> m_barriers;
};

} // namespace traject
