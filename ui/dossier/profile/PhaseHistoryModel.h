// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"

#include <QAbstractTableModel>

#include <vector>

namespace traject {

/// The learner's phase history, oldest first: date, from → to, reason. Read-only.
class PhaseHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Change,
        Reason,
        ColumnCount
    };

    explicit PhaseHistoryModel(QObject *parent = nullptr);

    void setHistory(std::vector<PhaseChange> history);
    const std::vector<PhaseChange> &history() const { return m_history; }

    /// "Intake → Orientation", or just the phase for the first line.
    static QString describeChange(const PhaseChange &change);
    /// The label of the reason code, with the explanation after it.
    static QString describeReason(const PhaseChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PhaseChange> m_history;
};

} // namespace traject
