// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/ImportModels.h"
#include "widgets/Tones.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace traject {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CsvPreviewModel::setTable(const CsvTable &table, const ColumnMapping &mapping)
{
    beginResetModel();
    m_header = table.header;
    m_rows.assign(table.rows.begin(),
                  table.rows.begin() + std::min<std::ptrdiff_t>(MaxRows, table.rows.size()));
    m_mapping = mapping;
    endResetModel();
}

void CsvPreviewModel::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    if (!m_header.isEmpty()) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               { Qt::ForegroundRole });
    }
}

bool CsvPreviewModel::imported(int column) const
{
    return column < m_mapping.size() && m_mapping.at(column) != LearnerField::Ignore;
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CsvRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::ForegroundRole:
        if (!imported(index.column()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return m_rows[std::size_t(section)].row; // the row number Excel shows
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        const LearnerField field
            = section < m_mapping.size() ? m_mapping.at(section) : LearnerField::Ignore;
        return m_header.at(section) + QLatin1Char('\n')
            + (field == LearnerField::Ignore
                   ? tr("not imported")
                   : QStringLiteral("→ ") + LearnerImport::fieldLabel(field));
    }
    if (role == Qt::FontRole && !imported(section)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

ImportProblemModel::ImportProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportProblemModel::setProblems(const QList<ImportProblem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

const ImportProblem *ImportProblemModel::problemAt(int row) const
{
    return row >= 0 && row < m_problems.size() ? &m_problems.at(row) : nullptr;
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem &problem = m_problems.at(index.row());
    const bool duplicate = problem.kind == ImportProblem::Kind::Duplicate;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RowColumn:
            return problem.row;
        case FileColumn:
            return problem.column.isEmpty() ? tr("(whole row)") : problem.column;
        case ProblemColumn:
            return problem.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ProblemColumn ? problem.message : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                           : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ProblemColumn && !duplicate)
            return QBrush(alertColour());
        return {};
    default:
        return {};
    }
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RowColumn:
        return tr("Row");
    case FileColumn:
        return tr("Column");
    case ProblemColumn:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
