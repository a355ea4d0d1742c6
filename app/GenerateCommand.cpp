// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateCommand.h"

#include "demo/CaseloadGenerator.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

namespace GenerateCommand {

std::optional<int> parseCount(const QString &text)
{
    bool ok = false;
    const int count = text.trimmed().toInt(&ok);
    if (!ok || count < 1 || count > maximumLearners)
        return std::nullopt;
    return count;
}

QString countProblem()
{
    return Messages::tr("--generate needs the number of learners to make, from 1 to %1, e.g. "
                        "--generate 10000.")
        .arg(number(maximumLearners));
}

int run(int learners, traject::Database &database, const traject::Clock &clock)
{
    using namespace traject;
    auto existing = LearnerRepository(database, clock).count();
    if (!existing) {
        std::fprintf(stderr, "%s\n", qPrintable(existing.error().message));
        return 2;
    }
    if (*existing > 0) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(Messages::tr("The database %1 already holds %n learner(s); a made-up "
                                    "caseload is only generated into a new database. Choose a "
                                    "new file with --db.",
                                    nullptr, static_cast<int>(*existing))
                           .arg(QDir::toNativeSeparators(database.path()))));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const auto generated = demo::generateCaseload(database, clock, learners);
    if (!generated) {
        std::fprintf(stderr, "%s\n", qPrintable(generated.error().toString()));
        return 2;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::printf("%s\n",
                qPrintable(Messages::tr("Generated %n learner(s) in %1 s into %2:", nullptr,
                                        generated->learners)
                               .arg(QLocale().toString(seconds, 'f', 1),
                                    QDir::toNativeSeparators(database.path()))));
    const std::pair<QString, int> counts[] = {
        { Messages::tr("placement days"), generated->placementDays },
        { Messages::tr("barriers"), generated->barriers },
        { Messages::tr("actions"), generated->actions },
        { Messages::tr("contact moments"), generated->contacts },
        { Messages::tr("placements"), generated->placements },
        { Messages::tr("phase changes"), generated->phaseChanges },
        { Messages::tr("enrolments"), generated->enrolments },
        { Messages::tr("module plans"), generated->modulePlans },
        { Messages::tr("role assignments"), generated->roleAssignments },
        { Messages::tr("children"), generated->children },
        { Messages::tr("organisations"), generated->organisations },
        { Messages::tr("contact persons"), generated->persons },
    };
    for (const auto &[label, count] : counts)
        std::printf("  %-20s %10s\n", qPrintable(label), qPrintable(number(count)));
    return 0;
}

} // namespace GenerateCommand
