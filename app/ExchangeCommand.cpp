// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeCommand.h"

#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "exchange/CsvReader.h"
#include "exchange/ExchangeActions.h"
#include "exchange/IcsExport.h"
#include "exchange/LearnerImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommand)
};

int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
}

} // namespace

namespace ExchangeCommand {

int importLearners(const QString &file, bool dryRun, const QString &onError,
                   traject::Database &database, const traject::Clock &clock)
{
    using namespace traject;
    ImportOptions options;
    options.dryRun = dryRun;
    const QString policy = onError.trimmed().toLower();
    if (policy == QLatin1String("stop"))
        options.onInvalid = InvalidRows::Stop;
    else if (!policy.isEmpty() && policy != QLatin1String("skip"))
        return failed(Messages::tr("--on-error takes skip (import the valid rows) or stop (import "
                                   "nothing when a row is invalid), not \"%1\".")
                          .arg(onError));
    if (!QFileInfo(file).isFile())
        return failed(
            Messages::tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(file)));

    auto summary = LearnerImport(database, clock).importFile(file, options);
    if (!summary)
        return failed(summary.error().message);

    const ImportCheck &check = summary->check;
    for (const ImportProblem &problem : check.problems()) {
        if (problem.column.isEmpty())
            say(Messages::tr("row %1: %2").arg(problem.row).arg(problem.message));
        else
            say(Messages::tr("row %1, column %2: %3")
                    .arg(problem.row)
                    .arg(problem.column, problem.message));
    }
    if (!check.emptyRows.isEmpty())
        say(Messages::tr("Empty rows skipped: %1.").arg(CsvReader::rowRanges(check.emptyRows)));
    if (!check.ignoredColumns.isEmpty())
        say(Messages::tr("Columns not imported: %1.")
                .arg(check.ignoredColumns.join(QLatin1String(", "))));

    const int rows = int(check.rows.size());
    say(Messages::tr("%n row(s) read", nullptr, rows) + QLatin1String(": ")
        + Messages::tr("%n valid", nullptr, check.validCount()) + QLatin1String(", ")
        + Messages::tr("%n invalid", nullptr, check.invalidCount()) + QLatin1String(", ")
        + Messages::tr("%n possible duplicate(s) left out", nullptr, check.duplicateCount())
        + QLatin1Char('.'));

    if (summary->stopped) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Messages::tr("Nothing was imported: %n row(s) are invalid and "
                                             "--on-error is stop. Correct the file and try again.",
                                             nullptr, check.invalidCount())));
        return 1;
    }
    if (summary->imported == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Messages::tr("Nothing was imported: the file has no valid new "
                                             "learner.")));
        return 1;
    }
    if (summary->dryRun)
        say(Messages::tr("Dry run: %n learner(s) would be imported. Nothing was saved.", nullptr,
                         summary->imported));
    else
        say(Messages::tr("%n learner(s) imported, in the phase referral.", nullptr,
                         summary->imported));
    return 0;
}

int exportIcs(qint64 learnerId, const QString &out, traject::Database &database,
              const traject::Clock &clock, const QString &language)
{
    using namespace traject;
    if (out.trimmed().isEmpty())
        return failed(Messages::tr("Give the .ics file to write with --out, e.g. --out "
                                   "agenda.ics."));
    auto written = IcsExport(database, clock).write(learnerId, out, language);
    if (!written)
        return failed(written.error().message);
    say(Messages::tr("The agenda of learner %1 was written to %2: %n event(s).", nullptr, *written)
            .arg(learnerId)
            .arg(QDir::toNativeSeparators(out)));
    return 0;
}

int exportList(const QString &list, const QString &out, traject::Database &database,
               const traject::Clock &clock)
{
    using namespace traject;
    Q_ASSERT(list == QLatin1String("caseload")); // CommandLine refuses any other
    CaseloadModel model(database, clock);
    if (auto loaded = model.reload(); !loaded)
        return failed(loaded.error().message);
    // As the window's list: the same proxy, sorted by name, no filter.
    CaseloadFilterModel shown;
    shown.setSourceModel(&model);
    shown.sort(CaseloadModel::Name, Qt::AscendingOrder);
    if (auto written = ExchangeActions::writeAuditedCsv(database, clock, shown, out); !written)
        return failed(written.error().message);
    say(Messages::tr("The caseload list (%1 learners) was written to %2.")
            .arg(shown.rowCount())
            .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
    return 0;
}

} // namespace ExchangeCommand
