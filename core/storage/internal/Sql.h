// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Enums.h"
#include "storage/Database.h"
#include "storage/internal/Transaction.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
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

template<typename T>
Result<std::optional<T>> selectOptional(const Database &db, const QString &statement,
                                        const Binds &binds,
                                        const std::function<T(const QSqlQuery &)> &read)
{
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<T>();
    return std::optional<T>(read(*query));
}

/// Rows grouped by the id in groupColumn (e.g. the modules of each programme), in query order.
template<typename T>
Result<QHash<qint64, std::vector<T>>> selectGrouped(const Database &db, const QString &statement,
                                                    const Binds &binds, const char *groupColumn,
                                                    const std::function<T(const QSqlQuery &)> &read)
{
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    QHash<qint64, std::vector<T>> groups;
    while (query->next())
        groups[query->value(QLatin1String(groupColumn)).toLongLong()].push_back(read(*query));
    return groups;
}

/// The first column of the first row (0 when there is no row), e.g. of a count(*).
Result<qint64> scalar(const Database &db, const QString &statement, const Binds &binds = {});

/// One child row of an aggregate: its id (0 when new) and its columns (without the parent column).
struct ChildRow
{
    qint64 id = 0;
    Columns columns;
};

/// Makes the rows of table whose parentColumn is parentId equal to rows: deletes the rows not
/// listed, updates those with an id and inserts those without. Returns the id of each row, in
/// order. Run it inside a Transaction.
Result<std::vector<qint64>> syncChildren(const Database &db, const QString &table,
                                         const QString &parentColumn, qint64 parentId,
                                         const QList<ChildRow> &rows);

/// Runs work (returning a Result or Status) inside a Transaction and commits it when it succeeded;
/// inside an open transaction it is a savepoint.
template<typename Work> auto inTransaction(Database &db, Work &&work) -> decltype(work())
{
    Transaction transaction(db);
    if (auto started = transaction.status(); !started)
        return started.error();
    auto result = work();
    if (!result)
        return result;
    if (auto status = transaction.commit(); !status)
        return status.error();
    return result;
}

/// The SQLite constraints whose failures a repository can explain better than failure() can.
enum class Constraint
{
    ForeignKey,
    Unique
};

/// True when the error comes from a failed constraint of that kind.
bool violates(const Error &error, Constraint constraint);

/// Replaces the message of a failure of the constraint with a specific one (keeping the detail).
template<typename R> R explain(R result, Constraint constraint, const QString &message)
{
    if (!result && violates(result.error(), constraint))
        return Error { message, result.error().detail };
    return result;
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

template<typename E> E enumValue(const QSqlQuery &query, const char *column, E fallback)
{
    return fromCode<E>(text(query, column)).value_or(fallback);
}

} // namespace traject::sql
