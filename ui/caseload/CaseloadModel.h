// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Learner.h"

#include <QAbstractTableModel>

#include <vector>

namespace traject {

class Database;

/// The caseload: one row per learner.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phase,
        DaysInPhase,
        Municipality,
        Phone,
        ColumnCount
    };

    CaseloadModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// Reads the caseload again from the database.
    Status reload();
    const Learner *learnerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_database;
    const Clock &m_clock;
    std::vector<Learner> m_learners;
};

} // namespace traject
