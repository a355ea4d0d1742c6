// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentCommand.h"

#include "Files.h"
#include "Settings.h"
#include "documents/IntakeSummary.h"
#include "documents/PlanDocument.h"
#include "storage/IntakeRepository.h"
#include "storage/PlanVersionRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommand)
};

/// An intake template is a few dozen kilobytes; anything this large is another file.
constexpr qint64 maxTemplateSize = 4 * 1024 * 1024;

int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

int writeIntakeSummary(const CommandLineOptions &options, traject::Database &database,
                       const traject::Clock &clock)
{
    const auto pages = traject::IntakeSummary(
                           database, clock, traject::SpocContact::fromSettings(traject::Settings()))
                           .write(*options.printIntake, options.out, options.planLanguage);
    if (!pages)
        return failed(pages.error().message);
    std::printf(
        "%s\n",
        qPrintable(Messages::tr("Intake summary (%n page(s)) written to %1.", nullptr, *pages)
                       .arg(QDir::toNativeSeparators(options.out))));
    return 0;
}

} // namespace

int writeDocument(const CommandLineOptions &options, traject::Database &database,
                  const traject::Clock &clock)
{
    using namespace traject;
    if (options.printIntake)
        return writeIntakeSummary(options, database, clock);
    // Refuse an unwritable file before anything is made or kept.
    if (auto writable = checkWritable(options.out); !writable)
        return failed(writable.error().message);

    PlanDocuments documents(database, clock, SpocContact::fromSettings(Settings()));
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
        if (!options.appendix.isEmpty())
            plan.appendix = options.appendix == QLatin1String("yes");
        if (*audience == Audience::Partner) {
            // The parts the most recent consent for a partner covers; without one, making the
            // plan says why (an unknown learner, or no consent).
            PlanOptions probe = plan;
            probe.sections = { PlanSection::Signatures };
            probe.includeSensitive = false;
            if (auto consent
                = PersonalPlanCollector(database, clock).partnerConsent(*options.printPlan, probe))
                plan.limitTo(*consent);
        }
        version = documents.storePersonalPlan(*options.printPlan, plan);
    } else {
        if (options.planLanguage != QLatin1String("nl")
            && options.planLanguage != QLatin1String("en"))
            return failed(PlanOptions::tr("A plan can be printed in Dutch (nl) or English (en)."));
        version = documents.storeAttendanceSheet(*options.attendanceSheet, options.planLanguage);
    }
    if (!version)
        return failed(version.error().message);

    if (auto written = writeVersionPdf(database, clock, *version, options.out); !written) {
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

int loadIntakeTemplate(const CommandLineOptions &options, traject::Database &database,
                       const traject::Clock &clock)
{
    using namespace traject;
    const QString shown = QDir::toNativeSeparators(options.intakeTemplate);
    const QFileInfo info(options.intakeTemplate);
    if (!info.exists())
        return failed(Messages::tr("The file %1 does not exist.").arg(shown));
    if (info.size() > maxTemplateSize)
        return failed(
            Messages::tr("The file %1 is too large to be an intake template.").arg(shown));
    QFile file(options.intakeTemplate);
    if (info.isDir() || !file.open(QIODevice::ReadOnly))
        return failed(Messages::tr("The file %1 cannot be read.").arg(shown));
    const auto form = IntakeTemplate::parse(file.readAll());
    if (!form)
        return failed(form.error().message);
    if (auto stored = IntakeRepository(database, clock).storeTemplate(*form); !stored)
        return failed(stored.error().message);
    std::printf("%s\n",
                qPrintable(Messages::tr("Intake template %1 version %2 loaded.")
                               .arg(form->name, QString::number(form->version))));
    return 0;
}
