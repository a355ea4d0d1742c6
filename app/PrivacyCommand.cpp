// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyCommand.h"

#include "documents/LearnerExport.h"
#include "privacy/Erasure.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommand)
};

int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

namespace PrivacyCommand {

int exportLearner(qint64 learnerId, const QString &outDir, traject::Database &database,
                  const traject::Clock &clock)
{
    using namespace traject;
    if (outDir.isEmpty())
        return failed(Messages::tr("Say with --out in which folder the export goes."));
    auto files = LearnerExport(database, clock).write(learnerId, outDir);
    if (!files)
        return failed(files.error().message);
    std::printf("%s\n",
                qPrintable(Messages::tr("The data of learner %1 were written to %2 and %3.")
                               .arg(learnerId)
                               .arg(QDir::toNativeSeparators(files->json),
                                    QDir::toNativeSeparators(files->pdf))));
    return 0;
}

int eraseLearner(qint64 learnerId, traject::Database &database, const traject::Clock &clock)
{
    using namespace traject;
    auto exists = LearnerRepository(database, clock).exists(learnerId);
    if (!exists)
        return failed(exists.error().message);
    if (!*exists)
        return failed(Erasure::tr("There is no learner with number %1.").arg(learnerId));

    auto summary = Erasure::eraseLearner(database, clock, learnerId);
    if (!summary)
        return failed(summary.error().message);
    std::printf(
        "%s\n",
        qPrintable(Messages::tr("Learner %1 was erased for good. Rows removed:").arg(learnerId)));
    for (const auto &[table, rows] : std::as_const(summary->removed))
        std::printf("  %s (%s): %d\n", qPrintable(LearnerExport::tableTitle(table)),
                    qPrintable(table), rows);

    // Erased for good: also from every backup the program knows of.
    const auto fromBackups = Erasure::eraseFromBackups(
        database, clock, learnerId, Erasure::backupsHolding(database.path(), learnerId));
    for (const auto &backup : fromBackups.erased)
        std::printf("%s\n",
                    qPrintable(Messages::tr("Also erased from the backup %1.")
                                   .arg(QDir::toNativeSeparators(backup))));
    for (const auto &problem : fromBackups.problems)
        std::fprintf(stderr, "%s\n", qPrintable(problem));
    return fromBackups.problems.isEmpty() ? 0 : 1;
}

} // namespace PrivacyCommand
