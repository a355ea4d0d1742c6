// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace traject {

class Clock;
class Database;

/// What an erasure removed: the number of rows per table (only tables that lost rows).
struct ErasureSummary
{
    qint64 learnerId = 0;
    QList<QPair<QString, int>> removed; // table, rows, in schema order

    int total() const;
    /// "learner 1, barrier 3, ..." : counts only, for the audit log and the command line.
    QString detail() const;
};

/// The right to erasure ("Definitief verwijderen"): everything about one learner, for good.
class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)

public:
    /// Deletes the learner and, through the foreign keys, every row about them, with
    /// secure_delete on; writes an audit entry (without the name); then moves the write-ahead log
    /// into the file, empties it and compacts the file (VACUUM), so that the learner's text
    /// cannot be read back from the database file or its log. Must not be called inside a
    /// transaction. An unknown learner is an error and changes nothing.
    static Result<ErasureSummary> eraseLearner(Database &database, const Clock &clock,
                                               qint64 learnerId);

    /// The folder where the automatic backups of the database at databasePath are kept:
    /// "<folder of the database>/backups".
    static QString backupFolderOf(const QString &databasePath);

    /// The backups (*.sqlite in backupFolder, opened read-only) that still hold this learner:
    /// a learner row with that id and that first and last name. Newest name last.
    static QStringList backupsContaining(const QString &backupFolder, qint64 learnerId,
                                         const QString &firstName, const QString &lastName);
};

/// Moves the write-ahead log into the database file and empties it, rebuilds the file without
/// free pages (VACUUM) and empties the log again, so that deleted or overwritten text cannot be
/// read back from the file or its log. Must not be called inside a transaction.
Status compactDatabase(Database &database);

/// Row counts of every table of the schema (the audit log and SQLite's own tables left out),
/// in schema order. Used to report what an erasure removed.
Result<QList<QPair<QString, qint64>>> tableRowCounts(const Database &database);

} // namespace traject
