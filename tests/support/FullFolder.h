// SPDX-License-Identifier: GPL-3.0-or-later
// A folder whose disk can be made (nearly) full, in one of two ways: SQLite's files limited by
// the FullDisk VFS (runs everywhere, without root), or a real tiny tmpfs filled up with a file of
// its own (needs root to mount; CI runs as root). Tests of a full disk run with both.
#pragma once

#include "FullDisk.h"
#include "TinyFilesystem.h"

#include <QDir>
#include <QFile>
#include <QStorageInfo>

#include <optional>
#include <string>

namespace traject::test {

class FullFolder
{
public:
    enum Kind
    {
        Injected, // the FullDisk VFS: only SQLite's files are limited
        Tmpfs, // a real file system of `size`
    };

    FullFolder(Kind kind, const QString &folder, const QString &size)
        : m_path(folder)
    {
        if (kind == Tmpfs) {
            m_tiny.emplace(folder, size);
        } else if (QDir().mkpath(folder)) {
            m_limited.emplace(folder);
        }
    }

    /// False when the folder cannot be had here (a tmpfs without root); skipReason() says why.
    bool ready() const { return m_tiny ? m_tiny->mounted() : m_limited.has_value(); }
    std::string skipReason() const
    {
        return m_tiny ? m_tiny->skipReason() : std::string("cannot make the folder");
    }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }

    /// Leaves about `bytes` of room on the disk.
    void leaveRoom(qint64 bytes)
    {
        if (m_limited) {
            m_limited->setRoom(bytes);
            return;
        }
        if (QStorageInfo(m_path).bytesAvailable() <= bytes)
            return;
        QFile file(filePath(QStringLiteral("filler")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        const QByteArray block(4096, 'f');
        while (QStorageInfo(m_path).bytesAvailable() > bytes && file.write(block) == block.size()
               && file.flush()) { }
    }

    /// Room again.
    void freeRoom()
    {
        if (m_limited)
            m_limited->setRoom(FullDisk::unlimited);
        else
            QFile::remove(filePath(QStringLiteral("filler")));
    }

    /// Unmounts the tmpfs (a test that must look at the folder after the file system is gone).
    void unmount()
    {
        if (m_tiny)
            m_tiny->unmount();
    }

private:
    QString m_path;
    std::optional<TinyFilesystem> m_tiny;
    std::optional<FullDisk> m_limited;
};

} // namespace traject::test
