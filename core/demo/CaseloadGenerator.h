// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>

namespace traject {
class Database;
}

namespace traject::demo {

/// How many rows generateCaseload() wrote.
struct GeneratedSummary
{
    int learners = 0;
    int organisations = 0;
    int persons = 0;
    int children = 0;
    int phaseChanges = 0;
    int roleAssignments = 0;
    int enrolments = 0;
    int modulePlans = 0;
    int placements = 0;
    int placementDays = 0;
    int barriers = 0;
    int actions = 0;
    int contacts = 0;
};

/// Fills an empty database quickly with `learners` made-up learners over every phase and
/// proportional data (per learner on average about 50 placement days, 5 barriers, 10 actions,
/// 20 contact moments, and an enrolment with its module plan for those who reached the
/// training), dated around the clock's today. Meant for benchmarks and trying the program
/// with a large caseload: rows are written with reused prepared statements in one
/// transaction, not through the validating repositories, yet every learner validates.
/// All or nothing; refuses a database that already holds learners.
Result<GeneratedSummary> generateCaseload(Database &database, const Clock &clock, int learners,
                                          quint32 seed = 502);

} // namespace traject::demo
