// SPDX-License-Identifier: GPL-3.0-or-later
#include "Erasure.h"

#include "Clock.h"
#include "sqlite/SqliteDriver.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>

namespace traject {

namespace {

std::atomic<int> probeCounter { 0 };

/// Runs a PRAGMA (or VACUUM) outside any transaction; returns the first row's first value.
Result<QVariant> run(const Database &database, const QString &statement, const QString &what)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement))
        return sql::failure(query, what);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

Status compactDatabase(Database &database)
{
    const QString failed = Erasure::tr("The database file could not be compacted.");
    const bool inMemory = database.path() == QLatin1String(":memory:");
    const auto checkpoint = [&]() -> Status {
        if (inMemory)
            return {};
        auto busy = run(database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), failed);
        if (!busy)
            return busy.error();
        if (busy->toInt() != 0)
            return Error { failed, QStringLiteral("wal_checkpoint: busy") };
        return {};
    };
    if (auto status = checkpoint(); !status)
        return status;
    if (auto vacuum = run(database, QStringLiteral("VACUUM"), failed); !vacuum)
        return vacuum.error();
    return checkpoint();
}

int ErasureSummary::total() const
{
    int sum = 0;
    for (const auto &entry : removed)
        sum += entry.second;
    return sum;
}

QString ErasureSummary::detail() const
{
    QStringList parts;
    for (const auto &entry : removed)
        parts.append(QStringLiteral("%1 %2").arg(entry.first).arg(entry.second));
    return parts.join(QLatin1String(", "));
}

Result<QList<QPair<QString, qint64>>> tableRowCounts(const Database &database)
{
    auto tables = sql::exec(database,
                            QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' "
                                           "AND name <> 'audit_entry' ORDER BY rowid"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    QList<QPair<QString, qint64>> counts;
    for (const auto &name : std::as_const(names)) {
        auto count = sql::scalar(database, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        if (!count)
            return count.error();
        counts.append({ name, *count });
    }
    return counts;
}

Result<ErasureSummary> Erasure::eraseLearner(Database &database, const Clock &clock,
                                             qint64 learnerId)
{
    // Erasing relies on secure_delete: the deleted rows are overwritten with zeros.
    auto secure = run(database, QStringLiteral("PRAGMA secure_delete"),
                      tr("The database cannot be checked."));
    if (!secure)
        return secure.error();
    if (secure->toInt() != 1) {
        if (auto on = run(database, QStringLiteral("PRAGMA secure_delete = ON"),
                          tr("Deleted data cannot be overwritten in this database."));
            !on)
            return on.error();
    }

    ErasureSummary summary;
    summary.learnerId = learnerId;
    auto erased = sql::inTransaction(database, [&]() -> Status {
        auto exists
            = sql::scalar(database, QStringLiteral("SELECT count(*) FROM learner WHERE id = :id"),
                          { { QStringLiteral("id"), learnerId } });
        if (!exists)
            return exists.error();
        if (*exists == 0)
            return Error { tr("There is no learner with number %1.").arg(learnerId), {} };
        auto before = tableRowCounts(database);
        if (!before)
            return before.error();
        auto removed = sql::exec(database, QStringLiteral("DELETE FROM learner WHERE id = :id"),
                                 { { QStringLiteral("id"), learnerId } });
        if (!removed)
            return removed.error();
        auto after = tableRowCounts(database);
        if (!after)
            return after.error();
        for (qsizetype i = 0; i < before->size() && i < after->size(); ++i) {
            const qint64 gone = before->at(i).second - after->at(i).second;
            if (gone > 0)
                summary.removed.append({ before->at(i).first, static_cast<int>(gone) });
        }
        auto logged = AuditLog(database, clock)
                          .append(AuditAction::Erase, learnerSubject(learnerId), summary.detail());
        if (!logged)
            return logged.error();
        return {};
    });
    if (!erased)
        return erased.error();

    // The deleted pages may still sit in the write-ahead log and in free pages.
    if (auto compacted = compactDatabase(database); !compacted)
        return Error { tr("The learner was removed, but the database file could not be "
                          "compacted; old text may still be readable in it until it is."),
                       compacted.error().toString() };
    return summary;
}

QString Erasure::backupFolderOf(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList Erasure::backupsContaining(const QString &backupFolder, qint64 learnerId,
                                       const QString &firstName, const QString &lastName)
{
    QStringList found;
    const QDir folder(backupFolder);
    const QStringList files
        = folder.entryList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name);
    for (const auto &file : files) {
        const QString path = folder.filePath(file);
        const QString name = QStringLiteral("traject-backup-probe-%1").arg(probeCounter++);
        bool contains = false;
        {
            QSqlDatabase probe = sqlite::addDatabase(name);
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (probe.open()) {
                QSqlQuery query(probe);
                query.prepare(QStringLiteral("SELECT count(*) FROM learner WHERE id = :id AND "
                                             "first_name = :first AND last_name = :last"));
                query.bindValue(QStringLiteral(":id"), learnerId);
                query.bindValue(QStringLiteral(":first"), firstName);
                query.bindValue(QStringLiteral(":last"), lastName);
                contains = query.exec() && query.next() && query.value(0).toLongLong() > 0;
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (contains)
            found.append(path);
    }
    return found;
}

} // namespace traject
