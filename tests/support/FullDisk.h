// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk for the tests, without root and without a tiny file system: a SQLite VFS that
// passes everything to SQLite's own, except that files under one folder may grow only by so many
// bytes more, after which a write fails with SQLITE_FULL as on a disk with no room left.
#pragma once

#include <QString>

namespace traject::test {

/// While it lives, the database files (and their journals, logs and copies made by SQLite, such
/// as VACUUM INTO) under `folder` may grow by `room` bytes in all; a write beyond that fails as
/// on a full disk. Overwriting what is there costs no room. Only SQLite's files are limited:
/// files written with QFile are not.
///
/// The VFS is made SQLite's default the first time this is used and stays so for the rest of
/// the process (connections keep the VFS they were opened with); it passes everything on as long
/// as no FullDisk lives. One at a time.
class FullDisk
{
public:
    explicit FullDisk(const QString &folder, qint64 room = unlimited);
    ~FullDisk();
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    static constexpr qint64 unlimited = -1;

    /// From now on, the files may grow by this many bytes more (unlimited: room again).
    void setRoom(qint64 room);
    qint64 room() const;
    /// How many writes were refused so far.
    int refusedWrites() const;
};

} // namespace traject::test
