// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/Anonymisation.h"

#include <QAbstractTableModel>

#include <vector>

namespace traject {

/// One learner up for the retention review, as shown.
struct RetentionRow
{
    RetentionCandidate candidate;
    /// Why the trajectory stopped (a stop reason's label), empty when not known or not stopped.
    QString reason;
};

/// The learners whose trajectory ended long ago (Anonymisation::retentionCandidates), longest
/// ago first: name, phase (with the reason it stopped), ended on, full years since.
class RetentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phase,
        EndedOn,
        YearsSince,
        ColumnCount
    };

    explicit RetentionModel(QObject *parent = nullptr);

    void setRows(std::vector<RetentionRow> rows, QDate today);
    qint64 learnerId(int row) const;
    /// Full years from `from` to `to`.
    static int fullYears(QDate from, QDate to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RetentionRow> m_rows;
    QDate m_today;
};

} // namespace traject
