// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace traject {

class Database;

/// One learner erased for good: the id and when, nothing else.
struct ErasureRecord
{
    qint64 learnerId = 0;
    QDateTime erasedAt;
};

/// The erasures of one database, kept outside it in "<database>.erasures" beside it (JSON, its
/// owner's only, written whole or not at all): only ids and dates, nothing that names anyone.
/// A backup made before an erasure still holds the learner; restoring it would bring them back
/// and drop the erasure from the audit log. The register is applied again after every restore
/// (Backups::restore), so an erased learner stays erased. Ids are never given twice
/// (AUTOINCREMENT), so a registered id never comes to mean another person.
class ErasureRegister
{
    Q_DECLARE_TR_FUNCTIONS(ErasureRegister)

public:
    /// "<database>.erasures"; empty for a database in memory, which has none.
    static QString pathFor(const QString &databasePath);

    /// Every registered erasure, oldest first; none when there is no register yet. A register
    /// that cannot be read is an error, never taken for an empty one.
    static Result<QList<ErasureRecord>> read(const QString &databasePath);

    /// Adds one erasure (a learner registered before keeps the first date).
    static Status add(const QString &databasePath, const ErasureRecord &record);

    /// What applying the register changed.
    struct Applied
    {
        QList<qint64> erasedAgain; // learners the database held, erased again
        QList<qint64> loggedAgain; // erasures whose audit entry was missing, written again
    };

    /// Applies the register to the database (after a restore): every registered learner it
    /// holds is erased again, with an audit entry; an erasure missing from its audit log is
    /// written to it again; the id counter is brought past every registered id; the file is
    /// compacted when anything was erased. Not inside a transaction.
    static Result<Applied> apply(Database &database, const QDateTime &now);
};

} // namespace traject
