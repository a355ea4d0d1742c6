// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseLock.h"

#include "Platform.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

namespace traject {

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

DatabaseLock::DatabaseLock(std::unique_ptr<QLockFile> lock)
    : m_lock(std::move(lock))
{ }

DatabaseLock::~DatabaseLock() = default;

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString &databasePath)
{
    auto lock = std::make_unique<QLockFile>(lockPath(databasePath));
    // Held for the whole session: never stale by age, only when its process is gone.
    lock->setStaleLockTime(0);
    // It names the process and the machine only, but like the database it is the owner's from
    // the moment it exists (QLockFile takes no permissions, so the mask gives them).
    const bool locked = [&lock] {
        const platform::OwnerOnlyCreation ownerOnly;
        return lock->tryLock(200);
    }();
    if (locked) {
        return std::unique_ptr<DatabaseLock>(new DatabaseLock(std::move(lock)));
    }

    const QString file = QDir::toNativeSeparators(databasePath);
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        return Error { tr("The database %1 is already open in Trajectplanner (process %2 on %3). "
                          "Close that window first: two programs writing the same file could "
                          "undo each other's work.")
                           .arg(file)
                           .arg(pid)
                           .arg(host),
                       {} };
    }
    return Error { tr("The lock file beside the database %1 cannot be made. Check that its folder "
                      "can be written to.")
                       .arg(file),
                   QDir::toNativeSeparators(lockPath(databasePath)) };
}

} // namespace traject
