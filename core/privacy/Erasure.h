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
    QList<QPair<QString, int>> removed; // table, rows, the learner first, then in schema order

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
    /// secure_delete on; writes an audit entry (without the name) and the erasure into the
    /// register beside the database (ErasureRegister), so that a restore cannot bring the learner
    /// back; then moves the write-ahead log
    /// into the file, empties it and compacts the file (VACUUM), so that the learner's text
    /// cannot be read back from the database file or its log. Must not be called inside a
    /// transaction. An unknown learner is an error and changes nothing.
    static Result<ErasureSummary> eraseLearner(Database &database, const Clock &clock,
                                               qint64 learnerId);

    /// The folder where the automatic backups of the database at databasePath are kept:
    /// "<folder of the database>/backups".
    static QString backupFolderOf(const QString &databasePath);

    /// Every copy of the database the program knows of that still holds this learner, found by
    /// id (never given twice), not by name, which may have changed since: the backups folder
    /// (automatic backups, safety copies, the copies made before a conversion), copies made
    /// before a conversion by earlier versions beside the database, and the copies written to a
    /// chosen file (Backups::knownCopies). Each is opened read-only.
    static QStringList backupsHolding(const QString &databasePath, qint64 learnerId);

    /// Erases the learner from one backup (their rows, with secure_delete, then VACUUM, then an
    /// integrity check). The backup keeps its name and date. A backup that does not hold the
    /// learner is left as it is.
    static Status eraseFromBackup(const QString &backupPath, qint64 learnerId);

    /// What erasing a learner from backups did.
    struct FromBackups
    {
        QStringList erased;
        QStringList problems; // one message per backup that could not be changed
    };

    /// Erases the learner from each of these backups (eraseFromBackup) and writes one audit
    /// entry in the database about it: how many backups, never their names.
    static FromBackups eraseFromBackups(Database &database, const Clock &clock, qint64 learnerId,
                                        const QStringList &backups);
};

/// Row counts of every table of the schema (the audit log and SQLite's own tables left out),
/// the learner first, then in schema order. Used to report what an erasure removed.
Result<QList<QPair<QString, qint64>>> tableRowCounts(const Database &database);

} // namespace traject
