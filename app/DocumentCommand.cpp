// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentCommand.h"

#include "Files.h"
#include "documents/PlanDocument.h"
#include "storage/PlanVersionRepository.h"

#include <QDir>

#include <cstdio>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommand)
};

int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

int writeDocument(const CommandLineOptions &options, traject::Database &database,
                  const traject::Clock &clock)
{
    using namespace traject;
    // Refuse an unwritable file before anything is made or kept.
    if (auto writable = checkWritable(options.out); !writable)
        return failed(writable.error().message);

    PlanDocuments documents(database, clock);
    Result<PlanVersion> version = Error {};
    if (options.printPlan) {
        const auto audience = audienceFromCode(options.audience);
        if (!audience)
            return failed(Messages::tr("Unknown audience \"%1\": use learner, workplace or "
                                       "partner.")
                              .arg(options.audience));
        PlanOptions plan = PlanOptions::forAudience(*audience);
        plan.language = options.planLanguage;
        plan.includeSensitive = options.sensitive;
        version = documents.storePersonalPlan(*options.printPlan, plan);
    } else {
        if (options.planLanguage != QLatin1String("nl")
            && options.planLanguage != QLatin1String("en"))
            return failed(PlanOptions::tr("A plan can be printed in Dutch (nl) or English (en)."));
        version = documents.storeAttendanceSheet(*options.attendanceSheet, options.planLanguage);
    }
    if (!version)
        return failed(version.error().message);

    if (auto written = writeFileAtomically(options.out, version->pdf); !written) {
        // No paper without its stored version, and no stored version without its paper.
        (void)PlanVersionRepository(database, clock).remove(version->id);
        return failed(written.error().message);
    }
    std::printf("%s\n",
                qPrintable(Messages::tr("%1 version %2 (%n page(s)) written to %3.", nullptr,
                                        version->pages)
                               .arg(label(version->kind))
                               .arg(version->number)
                               .arg(QDir::toNativeSeparators(options.out))));
    return 0;
}
