// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>

#include <vector>

namespace traject {

/// The entries of the audit log, newest first: when, what, which learner (a number), details
/// (counts only; never content). Read-only.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        What,
        Subject, // "Learner 12" (a number, never a name) or e.g. the backup's file name
        Details,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    /// The entries as AuditLog::entries() gives them (oldest first); shown newest first.
    void setEntries(std::vector<AuditEntry> entries);
    const AuditEntry &entry(int row) const { return m_entries.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditEntry> m_entries; // newest first
};

} // namespace traject
