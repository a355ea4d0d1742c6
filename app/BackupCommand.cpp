// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "storage/Backups.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
};

} // namespace

int backupTo(const QString &databasePath, const QString &target)
{
    const auto copied = traject::Backups(databasePath).copyTo(target);
    if (!copied) {
        std::fprintf(stderr, "%s\n", qPrintable(copied.error().message));
        return 2;
    }
    std::printf(
        "%s\n",
        qPrintable(Messages::tr("Backup of %n learner(s) written to %1.", nullptr, copied->learners)
                       .arg(QDir::toNativeSeparators(copied->path))));
    return 0;
}
