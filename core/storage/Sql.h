// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Enums.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace traject::sql {

/// Column name → value, in order; bound by name (":column").
using Columns = QList<QPair<QString, QVariant>>;
using Binds = QList<QPair<QString, QVariant>>;

/// The one place that turns an SQL failure into an Error (what, query, driver text).
Error failure(const QSqlQuery &query, const QString &what);

QVariant date(QDate day);
QDate toDate(const QVariant &value);
QVariant optionalId(std::optional<qint64> id);
std::optional<qint64> toOptionalId(const QVariant &value);
QVariant optionalNumber(std::optional<double> number);
QVariant optionalInt(std::optional<int> number);

/// Prepares and runs a statement with named binds.
Result<QSqlQuery> exec(const Database &db, const QString &statement, const Binds &binds = {});

Result<qint64> insert(const Database &db, const QString &table, const Columns &columns);
/// Updates one row; an unknown id is an error.
Status update(const Database &db, const QString &table, qint64 id, const Columns &columns,
              const QString &idColumn = QStringLiteral("id"));
/// Inserts or replaces the row keyed by idColumn.
Status upsert(const Database &db, const QString &table, const Columns &columns);
/// Deletes one row; an unknown id is an error.
Status remove(const Database &db, const QString &table, qint64 id,
              const QString &idColumn = QStringLiteral("id"));

template<typename T>
Result<std::vector<T>> select(const Database &db, const QString &statement, const Binds &binds,
                              const std::function<T(const QSqlQuery &)> &read)
{
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    std::vector<T> rows;
    while (query->next())
        rows.push_back(read(*query));
    return rows;
}

template<typename T>
Result<T> selectOne(const Database &db, const QString &statement, const Binds &binds,
                    const std::function<T(const QSqlQuery &)> &read, const QString &notFound)
{
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    if (!query->next())
        return Error { notFound, {} };
    return read(*query);
}

/// A column's value by name from the current row.
inline QVariant value(const QSqlQuery &query, const char *column)
{
    return query.value(QLatin1String(column));
}
inline QString text(const QSqlQuery &query, const char *column)
{
    return query.value(QLatin1String(column)).toString();
}

template<typename E>
E enumValue(const QSqlQuery &query, const char *column, E fallback)
{
    return fromCode<E>(text(query, column)).value_or(fallback);
}

} // namespace traject::sql
