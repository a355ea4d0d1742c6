// SPDX-License-Identifier: GPL-3.0-or-later
#include "Platform.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace traject::platform {

void restrictNewFilesToOwner()
{
    ::umask(S_IRWXG | S_IRWXO);
}

OwnerOnlyCreation::OwnerOnlyCreation()
    : m_previous(::umask(S_IRWXG | S_IRWXO))
{ }

OwnerOnlyCreation::~OwnerOnlyCreation()
{
    ::umask(static_cast<mode_t>(m_previous));
}

bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool replaceFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(),
                            QFile::encodeName(to).toStdString(), error);
    if (error)
        return false;
    syncToDisk(QFileInfo(to).absolutePath());
    return true;
}

} // namespace traject::platform
