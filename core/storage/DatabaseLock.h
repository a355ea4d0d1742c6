// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace traject {

/// One writer at a time: a lock file beside the database ("<file>.lock") that the program holds
/// for as long as it has the database open. A lock left behind by a program that crashed is
/// recognised (its process is gone) and taken over.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)

public:
    /// Takes the lock of this database, or says who holds it.
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString &databasePath);
    static QString lockPath(const QString &databasePath);

    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

private:
    explicit DatabaseLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace traject
