// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullDisk.h"

#include <QDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace traject::test {

namespace {

/// What the VFS limits: one folder (with a trailing '/'), and the room left there.
struct Limit
{
    std::mutex mutex;
    QByteArray folder; // empty: nothing is limited
    qint64 room = FullDisk::unlimited;
    int refused = 0;
};

Limit &limit()
{
    static Limit instance;
    return instance;
}

sqlite3_vfs *realVfs = nullptr;

/// Our file: a flag and, right after it, the real VFS's file.
struct File
{
    sqlite3_file base;
    bool limited;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(File));
}

int fileClose(sqlite3_file *file)
{
    return real(file)->pMethods->xClose(real(file));
}

int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (reinterpret_cast<File *>(file)->limited) {
        sqlite3_int64 size = 0;
        if (const int rc = real(file)->pMethods->xFileSize(real(file), &size); rc != SQLITE_OK)
            return rc;
        const qint64 growth = std::max<qint64>(0, offset + amount - size);
        Limit &l = limit();
        const std::lock_guard lock(l.mutex);
        if (l.room != FullDisk::unlimited) {
            if (growth > l.room) {
                ++l.refused;
                return SQLITE_FULL;
            }
            l.room -= growth;
        }
    }
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return real(file)->pMethods->xTruncate(real(file), size);
}

int fileSync(sqlite3_file *file, int flags)
{
    return real(file)->pMethods->xSync(real(file), flags);
}

int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int fileLock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xLock(real(file), level);
}

int fileUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int fileCheckReservedLock(sqlite3_file *file, int *result)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), result);
}

int fileControl(sqlite3_file *file, int op, void *argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}

int fileSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int fileDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int fileShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **mapped)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, mapped);
}

int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void fileShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, pointer);
}

int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
}

const sqlite3_io_methods fileMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<File *>(file);
    ours->base.pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, real(file), flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    // Only version 3 of the methods is passed on: SQLite's unix VFS has it.
    if (real(file)->pMethods->iVersion < 3) {
        real(file)->pMethods->xClose(real(file));
        return SQLITE_CANTOPEN;
    }
    Limit &l = limit();
    const std::lock_guard lock(l.mutex);
    ours->limited = name && !l.folder.isEmpty()
        && std::strncmp(name, l.folder.constData(), size_t(l.folder.size())) == 0;
    ours->base.pMethods = &fileMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDirectory)
{
    return realVfs->xDelete(realVfs, name, syncDirectory);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return realVfs->xAccess(realVfs, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}

/// Installs the VFS, once, under SQLite3 Multiple Ciphers' own (the default VFS, which
/// encrypts): it wraps the operating system's VFS, so it counts the bytes that reach the disk.
/// (Wrapping the default VFS itself would hand SQLite3 Multiple Ciphers' methods a VFS that is
/// not theirs.)
void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        realVfs = sqlite3_vfs_find("unix");
        static sqlite3_vfs vfs = *realVfs;
        vfs.zName = "traject-full-disk";
        vfs.szOsFile = int(sizeof(File)) + realVfs->szOsFile;
        vfs.pNext = nullptr;
        vfs.xOpen = vfsOpen;
        vfs.xDelete = vfsDelete;
        vfs.xAccess = vfsAccess;
        vfs.xFullPathname = vfsFullPathname;
        sqlite3_vfs_register(&vfs, 0);
        sqlite3mc_vfs_create(vfs.zName, 1);
    });
}

} // namespace

FullDisk::FullDisk(const QString &folder, qint64 room)
{
    install();
    Limit &l = limit();
    const std::lock_guard lock(l.mutex);
    l.folder = QDir::cleanPath(QDir(folder).absolutePath()).toUtf8() + '/';
    l.room = room;
    l.refused = 0;
}

FullDisk::~FullDisk()
{
    Limit &l = limit();
    const std::lock_guard lock(l.mutex);
    l.folder.clear();
    l.room = unlimited;
}

void FullDisk::setRoom(qint64 room)
{
    Limit &l = limit();
    const std::lock_guard lock(l.mutex);
    l.room = room;
}

qint64 FullDisk::room() const
{
    Limit &l = limit();
    const std::lock_guard lock(l.mutex);
    return l.room;
}

int FullDisk::refusedWrites() const
{
    Limit &l = limit();
    const std::lock_guard lock(l.mutex);
    return l.refused;
}

} // namespace traject::test
