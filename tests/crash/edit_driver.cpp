// SPDX-License-Identifier: GPL-3.0-or-later
// Makes a stream of edits through the core repositories until it is killed: a new learner, a
// barrier and a contact moment, and a change of the learner's notes, each in its own transaction.
// After each edit is committed it prints "saved<TAB>kind<TAB>id<TAB>text". Used by
// tests/cli/test_crash_edits.cpp. Argument: the database path.
#include "Clock.h"
#include "storage/BarrierRepository.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstdio>

using namespace traject;

namespace {

void report(const char *kind, qint64 id, const QString &text)
{
    std::printf("saved\t%s\t%lld\t%s\n", kind, static_cast<long long>(id), qPrintable(text));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto database = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database)
        return 3;
    Database &db = **database;
    SystemClock clock;
    LearnerRepository learners(db, clock);
    BarrierRepository barriers(db, clock);
    LogbookRepository logbook(db, clock);

    // Never outlive a test that died.
    QDeadlineTimer lifetime(120000);
    const qint64 seed = QCoreApplication::applicationPid();
    for (int step = 0; !lifetime.hasExpired(); ++step) {
        const QString mark = QStringLiteral("p%1-s%2").arg(seed).arg(step);
        Learner learner;
        learner.firstName = QStringLiteral("Crash");
        learner.lastName = mark;
        auto learnerId = learners.add(learner);
        if (!learnerId)
            return 4;
        report("learner", *learnerId, mark);

        Barrier barrier;
        barrier.learnerId = *learnerId;
        barrier.category = BarrierCategory::Language;
        barrier.description = QStringLiteral("drempel ") + mark;
        barrier.detectedOn = clock.today();
        auto barrierId = barriers.addBarrier(barrier);
        if (!barrierId)
            return 5;
        report("barrier", *barrierId, barrier.description);

        ContactMoment moment;
        moment.learnerId = *learnerId;
        moment.date = clock.today();
        moment.notes = QStringLiteral("gesprek ") + mark;
        auto momentId = logbook.add(moment);
        if (!momentId)
            return 6;
        report("contact", *momentId, moment.notes);

        auto stored = learners.get(*learnerId);
        if (!stored)
            return 7;
        stored->notes = QStringLiteral("notitie ") + mark;
        if (!learners.update(*stored))
            return 8;
        report("notes", *learnerId, stored->notes);
    }
    return 0;
}
