// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/CsvReader.h"
#include "exchange/LearnerImport.h"

#include <QAbstractTableModel>

namespace traject {

/// The first rows of a CSV file as read, one column per column of the file. The header shows the
/// column's name and the field it is read into; columns that are not imported are greyed.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// How many rows of the file the preview shows at most.
    static constexpr int MaxRows = 50;

    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setTable(const CsvTable &table, const ColumnMapping &mapping);
    void setMapping(const ColumnMapping &mapping);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool imported(int column) const;

    QStringList m_header;
    std::vector<CsvRow> m_rows;
    ColumnMapping m_mapping;
};

/// The validation report: one line per problem (row of the spreadsheet, column, what is wrong).
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        FileColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit ImportProblemModel(QObject *parent = nullptr);

    void setProblems(const QList<ImportProblem> &problems);
    const ImportProblem *problemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace traject
