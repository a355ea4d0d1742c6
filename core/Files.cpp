// SPDX-License-Identifier: GPL-3.0-or-later
#include "Files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (auto writable = checkWritable(path); !writable)
        return writable;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Texts::tr("%1 cannot be written.").arg(shown(path)), file.errorString() };
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error { Texts::tr("%1 could not be written completely; the disk may be full. "
                                 "Nothing was changed.")
                           .arg(shown(path)),
                       reason };
    }
    if (!file.commit())
        return Error { Texts::tr(
                           "%1 could not be saved; the disk may be full. Nothing was changed.")
                           .arg(shown(path)),
                       file.errorString() };
    return {};
}

} // namespace traject
