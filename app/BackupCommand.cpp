// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "storage/Backups.h"

#include <QCoreApplication>
#include <QDateTime>
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
    const auto copied = traject::Backups(databasePath).copyTo(target, traject::systemClock().now());
    if (!copied) {
        std::fprintf(stderr, "%s\n", qPrintable(copied.error().message));
        return 2;
    }
    std::printf(
        "%s\n",
        qPrintable(Messages::tr("Backup of %n learner(s) written to %1.", nullptr, copied->learners)
                       .arg(QDir::toNativeSeparators(copied->path))));
    if (!copied->notice.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(copied->notice));
    return 0;
}

int restoreFrom(const QString &databasePath, const QString &backup)
{
    QString problem;
    const auto safety
        = traject::Backups::restore(backup, databasePath, traject::systemClock().now(), &problem);
    if (!safety) {
        std::fprintf(stderr, "%s\n", qPrintable(safety.error().message));
        return 2;
    }
    std::printf("%s\n",
                qPrintable(Messages::tr("The backup %1 was restored into %2.")
                               .arg(QDir::toNativeSeparators(backup),
                                    QDir::toNativeSeparators(databasePath))));
    if (!safety->isEmpty())
        std::printf("%s\n",
                    qPrintable(Messages::tr("The file as it was is kept as %1.")
                                   .arg(QDir::toNativeSeparators(*safety))));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }
    return 0;
}
