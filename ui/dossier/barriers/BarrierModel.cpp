// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/barriers/BarrierModel.h"

#include "widgets/EditorSupport.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace traject {

BarrierModel::BarrierModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BarrierModel::setBarriers(std::vector<Barrier> barriers)
{
    beginResetModel();
    m_barriers = std::move(barriers);
    endResetModel();
}

const Barrier *BarrierModel::barrierAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_barriers.size())
        ? &m_barriers[static_cast<size_t>(row)]
        : nullptr;
}

int BarrierModel::rowOf(qint64 id) const
{
    for (size_t row = 0; row < m_barriers.size(); ++row) {
        if (m_barriers[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int BarrierModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_barriers.size());
}

int BarrierModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BarrierModel::data(const QModelIndex &index, int role) const
{
    const Barrier *barrier = index.isValid() ? barrierAt(index.row()) : nullptr;
    if (!barrier)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Category:
            return label(barrier->category);
        case Description:
            return barrier->description.section(QLatin1Char('\n'), 0, 0);
        case Severity:
            return label(barrier->severity);
        case DetectedOn:
            return editor::formatDate(barrier->detectedOn);
        case Status:
            return label(barrier->status);
        case ResolvedOn:
            return editor::formatDate(barrier->resolvedOn);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Category)
            return barrierCategoryExamples(barrier->category);
        if (index.column() == Description)
            return barrier->notes.isEmpty()
                ? barrier->description
                : barrier->description + QStringLiteral("\n\n") + barrier->notes;
        break;
    case Qt::ForegroundRole:
        if (!barrier->isOpen())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (index.column() == Severity && barrier->severity == traject::Severity::High
            && barrier->isOpen()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole:
        return barrier->id;
    default:
        break;
    }
    return {};
}

QVariant BarrierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Category:
        return tr("Category");
    case Description:
        return tr("Description");
    case Severity:
        return tr("Severity");
    case DetectedOn:
        return tr("Noticed on");
    case Status:
        return tr("Status");
    case ResolvedOn:
        return tr("Solved on");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
