// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"

#include <QAbstractTableModel>
#include <QDate>

#include <functional>
#include <vector>

namespace traject {

/// The days of one placement by date. Status, worked hours and note are edited in place; each
/// change goes to `commit`.
class PlacementDayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        PlannedHours,
        WorkedHours,
        Status,
        Note,
        ColumnCount
    };

    /// Stores a changed day; returns false (and shows why) when it was refused.
    using Commit = std::function<bool(const PlacementDay &changed)>;

    explicit PlacementDayModel(QObject *parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    /// Shows these days; keeps the views' selection when the same days only changed values.
    void setDays(std::vector<PlacementDay> days, QDate today);
    const PlacementDay &day(int row) const { return m_days.at(static_cast<std::size_t>(row)); }
    int rowOf(qint64 dayId) const;

    /// The day with a new status; worked hours follow (planned hours when worked, none otherwise).
    static PlacementDay withStatus(PlacementDay day, PlacementDayStatus status);
    static QColor statusColour(PlacementDayStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    std::vector<PlacementDay> m_days;
    QDate m_today;
    Commit m_commit;
};

} // namespace traject
