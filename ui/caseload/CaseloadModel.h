// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "storage/CaseloadQuery.h"

#include <QAbstractTableModel>

#include <array>
#include <vector>

namespace traject {

class Database;

/// The caseload: one row per learner, read with one CaseloadQuery. Texts are made when asked
/// for (so they follow the current language); what filtering and sorting need per keystroke is
/// computed once per reload: a folded search key per row and the rank of each row per column.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Phase,
        DaysInPhase,
        NextStep,
        OpenBarriers,
        Progress,
        Municipality,
        Phone,
        Email,
        ColumnCount
    };

    enum Roles
    {
        IdRole = Qt::UserRole, // the learner id, in every column
        SortRole, // numbers as numbers, dates as dates
        SearchKeyRole, // the folded text searched by the filter
        PhaseRole, // the phase code
        OwnOpenActionRole, // bool: an open action of the SPOC or of the SPOC and learner together
    };

    CaseloadModel(Database &database, const Clock &clock, QObject *parent = nullptr);

    /// Reads the caseload again from the database.
    Status reload();
    /// Shows these lines (read elsewhere, e.g. on another thread), as reload() does.
    Status setEntries(Result<std::vector<CaseloadEntry>> entries);
    /// Reads one learner's line again: updates, adds or removes that row.
    Status reloadLearner(qint64 learnerId);

    const CaseloadEntry *entryAt(int row) const;
    /// The row of a learner, or -1.
    int rowOf(qint64 learnerId) const;

    // For CaseloadFilterModel: cheap per-row access without QVariant.
    const QString &searchKey(int row) const { return m_rows[static_cast<size_t>(row)].key; }
    const QString &emailKey(int row) const { return m_rows[static_cast<size_t>(row)].email; }
    const QString &phoneDigits(int row) const { return m_rows[static_cast<size_t>(row)].digits; }
    /// The position of the row when sorted ascending on the column (ties broken by name).
    int rank(int column, int row) const;

    /// Lower case, accents removed (NFD without combining marks): "Zoë" → "zoe".
    static QString fold(QStringView text);
    /// Only the digits: "0470 12 34 56" → "0470123456".
    static QString digitsOf(QStringView text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CaseloadEntry entry;
        QString key; // folded: "first last\nmunicipality\ne-mail before the @"
        QString email; // folded e-mail address
        QString digits; // digits of the phone number
        QString nameKey; // folded "last first", for sorting
        QString municipality; // folded, for sorting
    };

    static Row makeRow(CaseloadEntry entry);
    QString displayText(const Row &row, int column) const;
    QString toolTip(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    void invalidateRanks();
    /// Sorts the rows on one column (ties by name) and records each row's position.
    void rebuildRank(int column) const;

    Database &m_database;
    const Clock &m_clock;
    std::vector<Row> m_rows;
    mutable std::array<std::vector<int>, ColumnCount> m_ranks;
    mutable std::array<bool, ColumnCount> m_rankValid {};
};

} // namespace traject
