// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupListModel.h"

#include "widgets/DateField.h"

#include <QLocale>

namespace traject {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BackupListModel::setBackups(QList<BackupInfo> backups)
{
    beginResetModel();
    m_backups = std::move(backups);
    endResetModel();
}

int BackupListModel::append(const BackupInfo &backup)
{
    const int row = static_cast<int>(m_backups.size());
    beginInsertRows({}, row, row);
    m_backups.append(backup);
    endInsertRows();
    return row;
}

int BackupListModel::rowOf(const QString &path) const
{
    for (int row = 0; row < m_backups.size(); ++row) {
        if (m_backups.at(row).path == path)
            return row;
    }
    return -1;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_backups.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupListModel::dateText(const QDateTime &made)
{
    return made.toString(dateFormat + QStringLiteral(" HH:mm"));
}

QString BackupListModel::stateText(const BackupInfo &backup)
{
    if (!backup.usable)
        return tr("Cannot be used: %1").arg(backup.problem);
    switch (backup.kind) {
    case BackupInfo::Kind::Automatic:
        return tr("Automatic backup");
    case BackupInfo::Kind::SafetyCopy:
        return tr("Kept before a restore");
    case BackupInfo::Kind::BeforeConversion:
        return tr("Kept before a conversion");
    case BackupInfo::Kind::Other:
        break;
    }
    return tr("Other file");
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupInfo &backup = m_backups.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date:
            return dateText(backup.made);
        case Learners:
            return backup.usable ? QString::number(backup.learners) : QStringLiteral("–");
        case Size:
            return QLocale().formattedDataSize(backup.size, 1, QLocale::DataSizeTraditionalFormat);
        case State:
            return stateText(backup);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Learners || index.column() == Size))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return backup.path;
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Made on");
    case Learners:
        return tr("Learners");
    case Size:
        return tr("Size");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace traject
