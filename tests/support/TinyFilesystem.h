// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny tmpfs for the tests of a full disk and a read-only file system.
#pragma once

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace traject::test {

/// Mounts a tmpfs of `size` (e.g. "64k", "1m") on `folder` (made when missing) for as long as it
/// lives, and unmounts it again. Mounting needs root: where it is not possible, mounted() is false
/// and skipReason() says why, for TRAJECT_SKIP (TestSupport.h). FullFolder.h offers
/// this and a full disk that needs no root.
class TinyFilesystem
{
public:
    TinyFilesystem(const QString &folder, const QString &size)
        : m_path(folder)
    {
        if (::geteuid() != 0) {
            m_skipReason = QStringLiteral("mounting a tiny tmpfs needs root");
            return;
        }
        if (!QDir().mkpath(folder)
            || QProcess::execute(QStringLiteral("mount"),
                                 { QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                   QStringLiteral("-o"), QStringLiteral("size=") + size,
                                   QStringLiteral("tmpfs"), folder })
                != 0) {
            m_skipReason = QStringLiteral("cannot mount a tiny tmpfs here");
            return;
        }
        m_mounted = true;
    }
    ~TinyFilesystem() { unmount(); }
    TinyFilesystem(const TinyFilesystem &) = delete;
    TinyFilesystem &operator=(const TinyFilesystem &) = delete;

    bool mounted() const { return m_mounted; }
    std::string skipReason() const { return m_skipReason.toStdString(); }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }

    /// Makes it read-only (or writable again): even root cannot write then.
    bool remount(bool readOnly)
    {
        return m_mounted
            && QProcess::execute(
                   QStringLiteral("mount"),
                   { QStringLiteral("-o"),
                     readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"),
                     m_path })
            == 0;
    }

    void unmount()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { m_path });
        m_mounted = false;
    }

private:
    QString m_path;
    QString m_skipReason;
    bool m_mounted = false;
};

} // namespace traject::test
