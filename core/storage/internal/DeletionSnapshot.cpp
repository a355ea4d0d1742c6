// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/internal/DeletionSnapshot.h"

#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QSet>
#include <QSqlRecord>

namespace traject {

namespace {

struct ForeignKey
{
    QString table; // the referencing table
    QString column;
    QString parentColumn;
    QString onDelete;
};

/// Every foreign key of the schema that points at `parent`.
Result<QList<ForeignKey>> keysPointingAt(const Database &db, const QString &parent)
{
    auto tables = sql::exec(db,
                            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    QList<ForeignKey> keys;
    for (const auto &name : std::as_const(names)) {
        auto list = sql::exec(
            db, QStringLiteral("SELECT * FROM pragma_foreign_key_list('%1')").arg(name));
        if (!list)
            return list.error();
        while (list->next()) {
            if (sql::text(*list, "table") != parent)
                continue;
            keys.append({ name, sql::text(*list, "from"), sql::text(*list, "to"),
                          sql::text(*list, "on_delete").toUpper() });
        }
    }
    return keys;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

Result<DeletionSnapshot> DeletionSnapshot::capture(const Database &database, const QString &table,
                                                   qint64 id)
{
    DeletionSnapshot snapshot;
    // The primary key of our tables is "id", except the one-per-learner tables keyed by learner_id.
    auto pk = sql::exec(
        database,
        QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk = 1").arg(table));
    if (!pk)
        return pk.error();
    if (!pk->next())
        return Error { QStringLiteral("no primary key"), table };
    if (auto status = snapshot.collect(database, table, pk->value(0).toString(), { id }); !status)
        return status.error();
    return snapshot;
}

Status DeletionSnapshot::collect(const Database &database, const QString &table,
                                 const QString &column, const QList<qint64> &keys)
{
    if (keys.isEmpty())
        return {};
    auto query
        = sql::exec(database,
                    QStringLiteral("SELECT rowid AS snapshot_rowid, * FROM %1 WHERE %2 IN (%3)")
                        .arg(table, column, idList(keys)));
    if (!query)
        return query.error();
    Rows rows;
    rows.table = table;
    QList<qint64> rowIds;
    bool first = true;
    while (query->next()) {
        const QSqlRecord record = query->record();
        if (first) {
            for (int i = 1; i < record.count(); ++i)
                rows.columns.append(record.fieldName(i));
            first = false;
        }
        const qint64 rowId = record.value(0).toLongLong();
        if (m_seen.contains(table + QLatin1Char(':') + QString::number(rowId)))
            continue;
        m_seen.insert(table + QLatin1Char(':') + QString::number(rowId));
        QVariantList values;
        for (int i = 1; i < record.count(); ++i)
            values.append(record.value(i));
        rows.values.append(values);
        rowIds.append(rowId);
    }
    if (rows.values.isEmpty())
        return {};
    m_rows.append(rows);

    auto keysIn = keysPointingAt(database, table);
    if (!keysIn)
        return keysIn.error();
    for (const auto &key : *keysIn) {
        // The referenced values of the captured rows (usually their id, which is their rowid).
        const int parentIndex = static_cast<int>(rows.columns.indexOf(key.parentColumn));
        QList<qint64> referenced;
        for (const auto &values : std::as_const(rows.values))
            referenced.append(parentIndex >= 0 ? values.at(parentIndex).toLongLong() : 0);
        if (key.onDelete == QLatin1String("CASCADE")) {
            if (auto status = collect(database, key.table, key.column, referenced); !status)
                return status;
        } else if (key.onDelete == QLatin1String("SET NULL")) {
            auto links = sql::exec(database,
                                   QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 IN (%3)")
                                       .arg(key.column, key.table, idList(referenced)));
            if (!links)
                return links.error();
            while (links->next())
                m_links.append(
                    { key.table, links->value(0).toLongLong(), key.column, links->value(1) });
        }
    }
    return {};
}

Status DeletionSnapshot::remove(Database &database, const QString &table, qint64 id)
{
    auto pk = sql::exec(
        database,
        QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk = 1").arg(table));
    if (!pk)
        return pk.error();
    if (!pk->next())
        return Error { QStringLiteral("no primary key"), table };
    return sql::inTransaction(
        database, [&] { return sql::remove(database, table, id, pk->value(0).toString()); });
}

Status DeletionSnapshot::restore(Database &database) const
{
    return sql::inTransaction(database, [&]() -> Status {
        // The rows come back in any order; the foreign keys are checked at the commit.
        if (auto status = sql::exec(database, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            !status)
            return status.error();
        for (const auto &rows : m_rows) {
            for (const auto &values : rows.values) {
                sql::Columns columns;
                for (int i = 0; i < rows.columns.size(); ++i)
                    columns.append({ rows.columns.at(i), values.at(i) });
                if (auto id = sql::insert(database, rows.table, columns); !id)
                    return id.error();
            }
        }
        for (const auto &link : m_links) {
            auto updated = sql::exec(
                database,
                QStringLiteral("UPDATE %1 SET %2 = :value WHERE rowid = :row")
                    .arg(link.table, link.column),
                { { QStringLiteral("value"), link.value }, { QStringLiteral("row"), link.rowId } });
            if (!updated)
                return updated.error();
        }
        return {};
    });
}

int DeletionSnapshot::rowCount() const
{
    int count = 0;
    for (const auto &rows : m_rows)
        count += static_cast<int>(rows.values.size());
    return count;
}

} // namespace traject
