// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace traject {

class Database;

/// Everything a delete takes away: the row, every row that goes with it through ON DELETE
/// CASCADE, and every link that ON DELETE SET NULL clears. Restoring puts it all back with the
/// same ids, so that a delete (or an insert) can be undone exactly. Works for any table of the
/// schema by reading its foreign keys.
class DeletionSnapshot
{
public:
    /// Captures what deleting row `id` of `table` would remove or unlink.
    static Result<DeletionSnapshot> capture(const Database &database, const QString &table,
                                            qint64 id);

    /// Deletes the row (and so, through the schema, what goes with it).
    static Status remove(Database &database, const QString &table, qint64 id);

    /// Puts every captured row and link back, in one transaction.
    Status restore(Database &database) const;

    int rowCount() const;

private:
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    struct Link
    {
        QString table;
        qint64 rowId = 0;
        QString column;
        QVariant value;
    };

    Status collect(const Database &database, const QString &table, const QString &column,
                   const QList<qint64> &keys);

    QList<Rows> m_rows;
    QList<Link> m_links;
    QSet<QString> m_seen; // "table:rowid"
};

} // namespace traject
