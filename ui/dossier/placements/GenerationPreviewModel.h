// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/PlacementPlanner.h"

#include <QAbstractTableModel>

namespace traject {

/// The preview of a generation: the days that will be created and, between them, the days of
/// the pattern that are skipped, with the reason (weekend, holiday, closure, already booked).
class GenerationPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Hours,
        Remark,
        ColumnCount
    };

    explicit GenerationPreviewModel(QObject *parent = nullptr);

    void setGeneration(const Generation &generation);
    void clear();
    /// True when the row is a skipped day.
    bool isSkipped(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDate date;
        double hours = 0;
        std::optional<SkipReason> skipped;
    };
    QList<Row> m_rows;
};

} // namespace traject
