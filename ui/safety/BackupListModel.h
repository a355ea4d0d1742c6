// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Backups.h"

#include <QAbstractTableModel>
#include <QList>

namespace traject {

/// The backups of a database, one per row, newest first (Backups::list()).
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Learners,
        Size,
        State,
        ColumnCount
    };

    explicit BackupListModel(QObject *parent = nullptr);

    void setBackups(QList<BackupInfo> backups);
    /// Adds one file (a backup from elsewhere) at the end; returns its row.
    int append(const BackupInfo &backup);
    const BackupInfo &backup(int row) const { return m_backups.at(row); }
    /// The row of a file, or -1.
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// the day as everywhere in the program (dateFormat) and the time, HH:mm.
    static QString dateText(const QDateTime &made);
    /// "Automatic backup", "Safety copy before a restore", … or why it cannot be used.
    static QString stateText(const BackupInfo &backup);

private:
    QList<BackupInfo> m_backups;
};

} // namespace traject
