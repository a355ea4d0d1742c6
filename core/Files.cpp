// SPDX-License-Identifier: GPL-3.0-or-later
#include "Files.h"

#include "Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace traject {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Files)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status checkWritable(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error { Texts::tr("Give the name of the file to write."), QString() };
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return Error { Texts::tr("The folder %1 does not exist.").arg(shown(folder.filePath())),
                       QString() };
    if (file.isDir())
        return Error { Texts::tr("%1 is a folder, not a file.").arg(shown(path)), QString() };
    if (!folder.isWritable() || (file.exists() && !file.isWritable()))
        return Error { Texts::tr("You may not write %1.").arg(shown(path)), QString() };
    return {};
}

bool createForOwner(QFile &file)
{
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnlyFile);
}

bool makeFolderForOwner(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    if (info.exists())
        return false;
    const QString parent = info.absolutePath();
    if (parent == info.absoluteFilePath() || !makeFolderForOwner(parent))
        return false;
    return QDir().mkdir(info.absoluteFilePath(), ownerOnlyFolder) || QFileInfo(path).isDir();
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (auto writable = checkWritable(path); !writable)
        return writable;
    const QFileInfo target(path);
    QFile file(target.absolutePath() + QStringLiteral("/.") + target.fileName()
               + QStringLiteral(".%1.tmp").arg(QCoreApplication::applicationPid()));
    // Left behind by a process that stopped halfway: ours, never the SPOC's file.
    QFile::remove(file.fileName());
    const auto failed = [&file](const QString &message) -> Status {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return Error { message, reason };
    };
    if (!createForOwner(file))
        return Error { Texts::tr("%1 cannot be written.").arg(shown(path)), file.errorString() };
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failed(Texts::tr("%1 could not be written completely; the disk may be full. "
                                "Nothing was changed.")
                          .arg(shown(path)));
    file.close();
    if (!platform::syncToDisk(file.fileName()) || !platform::replaceFile(file.fileName(), path))
        return failed(Texts::tr("%1 could not be saved; the disk may be full. Nothing was changed.")
                          .arg(shown(path)));
    return {};
}

} // namespace traject
