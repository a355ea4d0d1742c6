// SPDX-License-Identifier: GPL-3.0-or-later
// The schema steps of the database (storage/schema/*.sql) and converting a file to the latest.
#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/internal/QueryError.h"
#include "storage/internal/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace traject {

namespace {

QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/schema"))
                            .entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (auto &file : files)
        file.prepend(QStringLiteral(":/schema/"));
    return files;
}

/// Splits a migration script into statements: a statement ends with ';' at the end of a line.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const auto &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

int Database::latestVersion()
{
    return static_cast<int>(migrationFiles().size());
}

Status Database::upgrade()
{
    return migrate(schemaVersion());
}

Status Database::migrate(int from, int to, const Clock &clock)
{
    const QStringList files = migrationFiles();
    to = std::min(to, static_cast<int>(files.size()));
    if (from >= to)
        return {};

    QSqlQuery query(connection());
    if (from > 0 && m_path != QLatin1String(":memory:")) {
        // An existing file: check it and keep a copy of it before any change.
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
            || query.value(0).toString() != QLatin1String("ok"))
            return Error { tr("The database is damaged; it was not converted to the new version."),
                           query.value(0).toString() };
        // Made and checked as every backup is: created empty for its owner only, filled,
        // checked, and listed and pruned with the backups (an encrypted file's copy is encrypted
        // with the same key, its slots beside it).
        auto copy
            = Backups(m_path).makeBeforeConversion(static_cast<int>(files.size()), clock.now());
        if (!copy)
            return Error { tr("No backup could be made before converting the database; "
                              "nothing was changed."),
                           copy.error().toString() };
        m_backupPath = *copy;
    }

    for (int step = from; step < to; ++step) {
        QFile file(files.at(step));
        if (!file.open(QIODevice::ReadOnly))
            return Error { tr("A database conversion step is missing."), files.at(step) };
        const QString script = QString::fromUtf8(file.readAll());
        // A step that makes tables again (the only way to change a column's definition in
        // SQLite) drops the old table: with foreign keys on, that would delete every row that
        // refers to it. Such a step runs with them off (which only works outside a transaction)
        // and checks them all before it commits.
        const bool rebuilds = script.contains(QLatin1String("traject: rebuilds tables"));
        const auto foreignKeys = [&query](bool on) {
            return query.exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(on ? 1 : 0));
        };
        if (rebuilds && !foreignKeys(false))
            return queryError(query,
                              tr("The database could not be converted to the new version; "
                                 "nothing was changed."));
        const auto keysBackOn = qScopeGuard([&] {
            if (rebuilds)
                foreignKeys(true);
        });

        Transaction transaction(*this);
        if (auto started = transaction.status(); !started)
            return started;
        for (const auto &statement : splitStatements(script)) {
            if (!query.exec(statement))
                return queryError(query,
                                  tr("The database could not be converted to the new version; "
                                     "nothing was changed."));
        }
        if (rebuilds && (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()))
            return Error { tr("The database could not be converted to the new version; "
                              "nothing was changed."),
                           QStringLiteral("foreign_key_check: %1").arg(query.value(0).toString()) };
        if (step == 0
            && !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return queryError(query, tr("The database could not be marked as ours."));
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1)))
            return queryError(query, tr("The database version could not be recorded."));
        if (auto status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace traject
