// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the personal plan: one plan PDF for a learner with a full year of
// placement days (about 200). Not a pass/fail test: it prints its figures.
//
//   bench_plan [--learners 200] [--runs 15] [--db file.sqlite] [--fresh]

#include "BenchSupport.h"
#include "documents/PlanDocument.h"
#include "planning/PlacementPlanner.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"

#include <QGuiApplication>

#include <cstdio>

using namespace traject;
using namespace traject::bench;

namespace {

/// A learner of the caseload with a placement of a whole year, four days a week.
qint64 learnerWithAYearOfDays(Database &db, const Clock &clock)
{
    const auto learners = LearnerRepository(db, clock).all();
    if (!learners || learners->empty())
        return 0;
    const qint64 learner = learners->front().id;
    Placement placement;
    placement.learnerId = learner;
    placement.start = QDate(2024, 9, 2);
    placement.end = QDate(2025, 8, 29);
    placement.pattern = { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday };
    placement.targetDays = 180;
    PlacementRepository placements(db, clock);
    if (!placements.add(placement))
        return 0;
    GenerationRequest request;
    request.from = placement.start;
    request.to = placement.end;
    request.pattern = placement.pattern;
    if (auto booked = placements.bookedDates(learner))
        request.alreadyBooked = *booked;
    const auto generated = generatePlacementDays(request, WorkCalendar());
    if (!generated)
        return 0;
    QList<PlacementDay> days;
    for (const PlannedDate &planned : generated->days) {
        PlacementDay day;
        day.placementId = placement.id;
        day.date = planned.date;
        day.plannedHours = planned.hours;
        day.status = planned.date < clock.today() ? PlacementDayStatus::Worked
                                                  : PlacementDayStatus::Planned;
        days.append(day);
    }
    return placements.addDays(placement.id, days) ? learner : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Options options = parseOptions(app, QStringLiteral("Personal plan benchmark"), 200, 15);
    options.fresh = true; // a year of days is added to the caseload each run
    FixedClock clock(benchToday());
    const std::unique_ptr<Database> db = openCaseload(options, clock);
    if (!db)
        return 1;
    const qint64 learner = learnerWithAYearOfDays(*db, clock);
    if (learner == 0) {
        std::fprintf(stderr, "could not add a year of placement days\n");
        return 1;
    }
    qsizetype days = 0;
    if (auto placements = PlacementRepository(*db, clock).withDaysForLearner(learner)) {
        for (const auto &entry : *placements)
            days += entry.second.size();
    }
    std::printf("learner %lld: %lld placement days\n", learner, qint64(days));

    const int runs = options.runs;
    const PlanOptions plan;
    PlanDocuments documents(*db, clock);
    std::vector<Line> lines;
    int pages = 0;
    lines.push_back(
        { QStringLiteral("gather the plan's content"),
          measure(runs, [&] { (void)PersonalPlanCollector(*db, clock).collect(learner, plan); }),
          std::nullopt,
          {} });
    lines.push_back({ QStringLiteral("plan PDF in memory (gather, lay out, draw)"),
                      measure(runs,
                              [&] {
                                  auto document = documents.personalPlan(learner, plan, 1);
                                  if (document) {
                                      if (auto pdf = document->toPdf())
                                          pages = pdf->pages;
                                  }
                              }),
                      std::nullopt, QStringLiteral("< 300 ms") });
    lines.push_back({ QStringLiteral("plan PDF stored as a version"),
                      measure(runs, [&] { (void)documents.storePersonalPlan(learner, plan); }),
                      std::nullopt, QStringLiteral("< 300 ms") });
    lines.push_back({ QStringLiteral("attendance sheet PDF (a year of days)"),
                      measure(runs,
                              [&] {
                                  if (auto sheet = documents.attendanceSheet(
                                          scalar(*db, "SELECT max(id) FROM placement"), 1))
                                      (void)sheet->toPdf();
                              }),
                      std::nullopt,
                      {} });
    std::printf("the plan has %d pages\n\n", pages);
    print(lines);
    return 0;
}
