// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"
#include "planning/Progress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace traject {

/// The learner's placements: kind, site, mentor, supervisor, period, weekdays and progress.
class PlacementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Site,
        Mentor,
        Supervisor,
        Period,
        Weekdays,
        HoursPerDay,
        Progress,
        ColumnCount
    };

    struct Row
    {
        Placement placement;
        PlacementTotals totals;
        bool targetAtRisk = false; // the target can no longer be reached
        QStringList openBlockers; // the open barriers that block it (not ready to start)
    };

    explicit PlacementModel(QObject *parent = nullptr);

    /// Shows these placements; names of sites and persons come from the lookups.
    void setRows(std::vector<Row> rows, QHash<qint64, QString> organisations,
                 QHash<qint64, QString> persons);
    const Placement &placement(int row) const;
    /// The row of a placement, or -1.
    int rowOf(qint64 placementId) const;
    QString siteName(const Placement &placement) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString name(const QHash<qint64, QString> &names, std::optional<qint64> id) const;

    std::vector<Row> m_rows;
    QHash<qint64, QString> m_organisations;
    QHash<qint64, QString> m_persons;
};

} // namespace traject
