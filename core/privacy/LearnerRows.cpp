// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerRows.h"

#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QSet>
#include <QSqlRecord>

#include <algorithm>

namespace traject {

namespace {

/// A foreign key: table.column references parent.parentColumn.
struct Reference
{
    QString table;
    QString column;
    QString parent;
    QString parentColumn;
};

/// Walks from the learner row down every foreign key that points at a row already found.
class Walker
{
public:
    explicit Walker(const Database &database)
        : m_database(database)
    { }

    Status loadReferences()
    {
        auto tables
            = sql::exec(m_database,
                        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                       "'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
        if (!tables)
            return tables.error();
        QStringList names;
        while (tables->next())
            names.append(tables->value(0).toString());
        for (const auto &name : std::as_const(names)) {
            auto list = sql::exec(
                m_database,
                QStringLiteral("SELECT * FROM pragma_foreign_key_list('%1')").arg(name));
            if (!list)
                return list.error();
            while (list->next()) {
                QString parentColumn = sql::text(*list, "to");
                if (parentColumn.isEmpty())
                    parentColumn = QStringLiteral("rowid");
                m_references.append(
                    { name, sql::text(*list, "from"), sql::text(*list, "table"), parentColumn });
            }
        }
        return {};
    }

    Status collect(const QString &table, const QString &column, const QVariantList &keys)
    {
        if (keys.isEmpty())
            return {};
        QStringList placeholders;
        sql::Binds binds;
        for (int i = 0; i < keys.size(); ++i) {
            placeholders.append(QStringLiteral(":k%1").arg(i));
            binds.append({ QStringLiteral("k%1").arg(i), keys.at(i) });
        }
        auto query = sql::exec(m_database,
                               QStringLiteral("SELECT rowid AS walker_rowid, * FROM \"%1\" WHERE "
                                              "\"%2\" IN (%3) ORDER BY rowid")
                                   .arg(table, column, placeholders.join(QLatin1Char(','))),
                               binds);
        if (!query)
            return query.error();
        TableRows found;
        found.table = table;
        QVariantList rowIds;
        while (query->next()) {
            const QSqlRecord record = query->record();
            if (found.columns.isEmpty()) {
                for (int i = 1; i < record.count(); ++i)
                    found.columns.append(record.fieldName(i));
            }
            const QString seen = table + QLatin1Char(':') + record.value(0).toString();
            if (m_seen.contains(seen))
                continue;
            m_seen.insert(seen);
            rowIds.append(record.value(0));
            QVariantList values;
            for (int i = 1; i < record.count(); ++i)
                values.append(record.value(i));
            found.rows.append(values);
        }
        if (found.rows.isEmpty())
            return {};
        auto existing = std::find_if(m_result.begin(), m_result.end(),
                                     [&](const TableRows &rows) { return rows.table == table; });
        if (existing == m_result.end())
            m_result.append(found);
        else
            existing->rows.append(found.rows);

        for (const auto &reference : std::as_const(m_references)) {
            if (reference.parent != table)
                continue;
            QVariantList referenced;
            if (reference.parentColumn == QLatin1String("rowid")) {
                referenced = rowIds;
            } else {
                const auto index = found.columns.indexOf(reference.parentColumn);
                if (index < 0)
                    continue;
                for (const auto &values : std::as_const(found.rows))
                    referenced.append(values.at(index));
            }
            if (auto status = collect(reference.table, reference.column, referenced); !status)
                return status;
        }
        return {};
    }

    QList<TableRows> result() const { return m_result; }

private:
    const Database &m_database;
    QList<Reference> m_references;
    QSet<QString> m_seen; // "table:rowid"
    QList<TableRows> m_result;
};

} // namespace

Result<QList<TableRows>> learnerRows(const Database &database, qint64 learnerId)
{
    Walker walker(database);
    if (auto loaded = walker.loadReferences(); !loaded)
        return loaded.error();
    if (auto status
        = walker.collect(QStringLiteral("learner"), QStringLiteral("id"), { QVariant(learnerId) });
        !status)
        return status.error();
    return walker.result();
}

} // namespace traject
