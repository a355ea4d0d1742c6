// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace traject {

/// Rights of every file the program writes: its owner reads and writes, nobody else anything.
inline constexpr QFileDevice::Permissions ownerOnlyFile
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
/// Rights of every folder the program makes.
inline constexpr QFileDevice::Permissions ownerOnlyFolder
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/// Creates the file new (it must not exist yet) and opens it for writing, with its owner's rights
/// only from the moment it exists: never readable by others, not even for a moment (a reader
/// who opened it in that moment would keep reading what is written later).
bool createForOwner(QFile &file);

/// Makes the folder and every missing folder above it, each for its owner only from the moment
/// it exists. True when the folder exists afterwards.
bool makeFolderForOwner(const QString &path);

/// Writes a whole file or nothing (a temporary file, created for its owner only, put on the disk
/// and renamed over the target once everything is written), readable only by its owner. The error
/// says what went wrong in words a SPOC can read (missing folder, no permission, disk full).
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Whether a file can be written at path, checked before doing expensive work for it.
Status checkWritable(const QString &path);

} // namespace traject
