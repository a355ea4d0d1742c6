// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>

namespace traject {
class Database;
}

namespace traject::demo {

struct DemoSummary
{
    int learners = 0;
    int organisations = 0;
    int persons = 0;
    int enrolments = 0;
    int placements = 0;
    int placementDays = 0;
    int barriers = 0;
    int blocks = 0; // links from a barrier to a placement or module plan it blocks
    int actions = 0;
    int contacts = 0;
    int intakes = 0; // finished and unfinished
    int answers = 0;
    int supportPersons = 0;
};

/// Fills an empty database with a realistic demo caseload of 25 made-up learners spread over
/// every phase, dated around the clock's today. All or nothing: on failure nothing is written.
/// Refuses a database that already holds learners.
Result<DemoSummary> fillDemoCaseload(Database &database, const Clock &clock, quint32 seed = 502);

} // namespace traject::demo
