// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace traject {

/// A table model over a vector of plain rows that carry an `id`: the row bookkeeping the small
/// dossier tables share. A subclass names its columns and says what a cell shows.
template<typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    static constexpr int IdRole = Qt::UserRole;

    explicit RowTableModel(int columns, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    { }

    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    const Row *rowAt(int row) const
    {
        return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(row)]
                                                                 : nullptr;
    }

    int rowOf(qint64 id) const
    {
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].id == id)
                return static_cast<int>(row);
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
        if (!row)
            return {};
        if (role == IdRole)
            return row->id;
        return cell(*row, index.column(), role);
    }

protected:
    /// What a cell of this row shows in this role (the id role is answered already).
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

private:
    std::vector<Row> m_rows;
    int m_columns = 0;
};

} // namespace traject
