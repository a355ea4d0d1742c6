// SPDX-License-Identifier: GPL-3.0-or-later
#include "Erasure.h"

#include "Clock.h"
#include "sqlite/SqliteDriver.h"
#include "storage/AuditLog.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/ErasureRegister.h"
#include "storage/internal/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
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
                                           "AND name NOT LIKE 'sqlite_%' AND name NOT IN "
                                           "('audit_entry', 'database_identity') "
                                           "ORDER BY name <> 'learner', rowid"));
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

    // The register must take the erasure: a damaged one is said before anything is erased.
    if (auto registered = ErasureRegister::read(database.path()); !registered)
        return registered.error();

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
    if (auto registered
        = ErasureRegister::add(database.path(), ErasureRecord { learnerId, clock.now() });
        !registered)
        return Error { tr("The learner was erased, but not written in the register of erased "
                          "learners: restoring an older backup would bring them back. %1")
                           .arg(registered.error().message),
                       registered.error().detail };

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

Erasure::FromBackups Erasure::eraseFromBackups(Database &database, const Clock &clock,
                                               qint64 learnerId, const QStringList &backups)
{
    FromBackups outcome;
    for (const QString &backup : backups) {
        if (Status erased = eraseFromBackup(backup, learnerId); erased)
            outcome.erased.append(backup);
        else
            outcome.problems.append(erased.error().toString());
    }
    if (!outcome.erased.isEmpty() || !outcome.problems.isEmpty()) {
        QString detail = QStringLiteral("from %1 backups").arg(outcome.erased.size());
        if (!outcome.problems.isEmpty())
            detail += QStringLiteral(", %1 could not be changed").arg(outcome.problems.size());
        if (auto logged = AuditLog(database, clock)
                              .append(AuditAction::Erase, learnerSubject(learnerId), detail);
            !logged)
            outcome.problems.append(logged.error().toString());
    }
    return outcome;
}

QStringList Erasure::backupsHolding(const QString &databasePath, qint64 learnerId)
{
    QStringList candidates;
    const QDir backups(backupFolderOf(databasePath));
    for (const QString &file :
         backups.entryList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name))
        candidates.append(backups.filePath(file));
    const QFileInfo database(databasePath);
    for (const QString &file : database.absoluteDir().entryList(
             { database.fileName() + QStringLiteral(".before-v*.sqlite") }, QDir::Files,
             QDir::Name))
        candidates.append(database.absoluteDir().filePath(file));
    candidates.append(Backups(databasePath).knownCopies());

    QStringList found;
    for (const QString &path : std::as_const(candidates)) {
        const QString name = QStringLiteral("traject-backup-probe-%1").arg(probeCounter++);
        bool holds = false;
        {
            QSqlDatabase probe = sqlite::addDatabase(name);
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (probe.open()) {
                QSqlQuery query(probe);
                query.prepare(QStringLiteral("SELECT count(*) FROM learner WHERE id = :id"));
                query.bindValue(QStringLiteral(":id"), learnerId);
                holds = query.exec() && query.next() && query.value(0).toLongLong() > 0;
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (holds && !found.contains(path))
            found.append(path);
    }
    return found;
}

Status Erasure::eraseFromBackup(const QString &backupPath, qint64 learnerId)
{
    const QString name = QStringLiteral("traject-backup-erase-%1").arg(probeCounter++);
    const QString failed = tr("The learner could not be erased from the backup %1.")
                               .arg(QDir::toNativeSeparators(backupPath));
    QString problem;
    {
        QSqlDatabase backup = sqlite::addDatabase(name);
        backup.setDatabaseName(backupPath);
        if (!backup.open()) {
            problem = backup.lastError().text();
        } else {
            QSqlQuery query(backup);
            // Foreign keys are on in every connection of ours: the rows about the learner go too.
            const bool done = query.exec(QStringLiteral("PRAGMA secure_delete = ON"))
                && query.prepare(QStringLiteral("DELETE FROM learner WHERE id = :id"))
                && (query.bindValue(QStringLiteral(":id"), learnerId), query.exec())
                && query.exec(QStringLiteral("VACUUM"))
                && query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
                && query.value(0).toString() == QLatin1String("ok");
            if (!done)
                problem = query.lastError().text().isEmpty() ? query.value(0).toString()
                                                             : query.lastError().text();
            query.finish();
        }
        backup.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        return Error { failed, problem };
    return {};
}

} // namespace traject
