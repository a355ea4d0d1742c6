// SPDX-License-Identifier: GPL-3.0-or-later
// The few calls that differ per operating system, in one place (a Windows or macOS build
// replaces this file's implementation, see the README).
#pragma once

#include <QString>

namespace traject::platform {

/// From now on every file and folder this process creates is its owner's only, from the moment
/// it exists (umask 077 on POSIX systems), also those that Qt, SQLite or a PDF writer create
/// and that nothing restricts afterwards. Called first in main().
void restrictNewFilesToOwner();

/// For the lifetime of this object, files and folders created by code that takes no
/// permissions (QLockFile) are their owner's only. In the program the mask is already that
/// strict; this guards library use (tests, tools) too. Not for use across threads that create
/// files at the same moment: the mask belongs to the whole process.
class OwnerOnlyCreation
{
public:
    OwnerOnlyCreation();
    ~OwnerOnlyCreation();
    OwnerOnlyCreation(const OwnerOnlyCreation &) = delete;
    OwnerOnlyCreation &operator=(const OwnerOnlyCreation &) = delete;

private:
    unsigned m_previous = 0;
};

/// Asks the operating system to put what was written to path (a file or a folder) on the disk.
bool syncToDisk(const QString &path);

/// Renames from over to in one step (replacing to if it exists), then makes the rename itself
/// last by syncing the folder.
bool replaceFile(const QString &from, const QString &to);

} // namespace traject::platform
