// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerationPreviewModel.h"

#include "dossier/placements/PlacementText.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace traject {

GenerationPreviewModel::GenerationPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void GenerationPreviewModel::setGeneration(const Generation &generation)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &day : generation.days)
        m_rows.append({ day.date, day.hours, std::nullopt });
    for (const auto &day : generation.skipped)
        m_rows.append({ day.date, 0, day.reason });
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.date < b.date; });
    endResetModel();
}

void GenerationPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

bool GenerationPreviewModel::isSkipped(int row) const
{
    return m_rows.at(row).skipped.has_value();
}

int GenerationPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GenerationPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GenerationPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return PlacementText::day(row.date);
        case Hours:
            return row.skipped ? QVariant() : QVariant(PlacementText::hours(row.hours));
        case Remark:
            return row.skipped ? tr("Skipped: %1").arg(row.skipped->text()) : tr("New day");
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == Date)
            return row.date;
        if (index.column() == Hours)
            return row.skipped ? QVariant() : QVariant(row.hours);
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        return row.skipped ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case Qt::FontRole:
        if (row.skipped) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Hours)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant GenerationPreviewModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Hours:
        return tr("Hours");
    case Remark:
        return tr("Remark");
    default:
        return {};
    }
}

} // namespace traject
