// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/internal/Sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QStringList>

namespace traject::sql {

namespace {
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Error failure(const QSqlQuery &query, const QString &what)
{
    const QString driverText = query.lastError().text();
    QString message = what;
    if (driverText.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive))
        message = Messages::tr(
            "This item is still in use elsewhere, so it cannot be removed or changed this way.");
    else if (driverText.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
        message = Messages::tr("This item already exists.");
    else if (driverText.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
             || driverText.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        message = Messages::tr("The database file is read-only: nothing could be saved.");
    else if (driverText.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
             || driverText.contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive))
        message = Messages::tr(
            "The disk is full: nothing could be saved. Free some space and try again.");
    return Error { message, query.lastQuery() + QLatin1String(" → ") + driverText };
}

QVariant date(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> toOptionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant optionalNumber(std::optional<double> number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<double>());
}

QVariant optionalInt(std::optional<int> number)
{
    return number ? QVariant(*number) : QVariant(QMetaType::fromType<int>());
}

Result<QSqlQuery> exec(const Database &db, const QString &statement, const Binds &binds)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return failure(query, Messages::tr("The data could not be read."));
    for (const auto &[name, value] : binds) {
        // A null QString inside a non-null variant is an empty text, not SQL NULL.
        const bool emptyText
            = value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
        query.bindValue(QLatin1Char(':') + name, emptyText ? QVariant(QLatin1String("")) : value);
    }
    if (!query.exec())
        return failure(query, Messages::tr("The data could not be read or saved."));
    return query;
}

namespace {
/// "<verb> INTO table (a, b) VALUES (:a, :b)", run with the columns bound by name.
Result<QSqlQuery> insertRow(const Database &db, const char *verb, const QString &table,
                            const Columns &columns)
{
    QStringList names;
    QStringList placeholders;
    for (const auto &column : columns) {
        names.append(column.first);
        placeholders.append(QLatin1Char(':') + column.first);
    }
    return exec(db,
                QStringLiteral("%1 INTO %2 (%3) VALUES (%4)")
                    .arg(QLatin1String(verb), table, names.join(QLatin1String(", ")),
                         placeholders.join(QLatin1String(", "))),
                columns);
}
} // namespace

Result<qint64> insert(const Database &db, const QString &table, const Columns &columns)
{
    auto query = insertRow(db, "INSERT", table, columns);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Status update(const Database &db, const QString &table, qint64 id, const Columns &columns,
              const QString &idColumn)
{
    QStringList assignments;
    for (const auto &column : columns)
        assignments.append(column.first + QLatin1String(" = :") + column.first);
    Binds binds = columns;
    binds.append({ QStringLiteral("row_key"), id });
    auto query = exec(db,
                      QStringLiteral("UPDATE %1 SET %2 WHERE %3 = :row_key")
                          .arg(table, assignments.join(QLatin1String(", ")), idColumn),
                      binds);
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error { Messages::tr("The item no longer exists; it may have been removed."),
                       table };
    return {};
}

Status upsert(const Database &db, const QString &table, const Columns &columns)
{
    auto query = insertRow(db, "INSERT OR REPLACE", table, columns);
    if (!query)
        return query.error();
    return {};
}

Status remove(const Database &db, const QString &table, qint64 id, const QString &idColumn)
{
    auto query = exec(db, QStringLiteral("DELETE FROM %1 WHERE %2 = :row_key").arg(table, idColumn),
                      { { QStringLiteral("row_key"), id } });
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return Error { Messages::tr("The item no longer exists; it may have been removed."),
                       table };
    return {};
}

Result<qint64> scalar(const Database &db, const QString &statement, const Binds &binds)
{
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<std::vector<qint64>> syncChildren(const Database &db, const QString &table,
                                         const QString &parentColumn, qint64 parentId,
                                         const QList<ChildRow> &rows)
{
    auto existing
        = exec(db, QStringLiteral("SELECT id FROM %1 WHERE %2 = :parent").arg(table, parentColumn),
               { { QStringLiteral("parent"), parentId } });
    if (!existing)
        return existing.error();
    QSet<qint64> stored;
    while (existing->next())
        stored.insert(existing->value(0).toLongLong());

    QSet<qint64> kept;
    for (const auto &row : rows) {
        if (row.id == 0)
            continue;
        if (!stored.contains(row.id))
            return Error { Messages::tr("The item no longer exists; it may have been removed."),
                           QStringLiteral("%1 %2").arg(table).arg(row.id) };
        kept.insert(row.id);
    }
    // Deletions first, so that a removed row cannot collide with a new one on a UNIQUE key.
    for (const qint64 id : std::as_const(stored)) {
        if (!kept.contains(id)) {
            if (auto status = remove(db, table, id); !status)
                return status.error();
        }
    }

    std::vector<qint64> ids;
    ids.reserve(rows.size());
    for (const auto &row : rows) {
        Columns columns = row.columns;
        columns.prepend({ parentColumn, parentId });
        if (row.id != 0) {
            if (auto status = update(db, table, row.id, columns); !status)
                return status.error();
            ids.push_back(row.id);
        } else {
            auto id = insert(db, table, columns);
            if (!id)
                return id.error();
            ids.push_back(*id);
        }
    }
    return ids;
}

bool violates(const Error &error, Constraint constraint)
{
    const QLatin1String text = constraint == Constraint::ForeignKey
        ? QLatin1String("FOREIGN KEY constraint failed")
        : QLatin1String("UNIQUE constraint failed");
    return error.detail.contains(text, Qt::CaseInsensitive);
}

} // namespace traject::sql
