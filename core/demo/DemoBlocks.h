// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"

namespace traject {
class Database;
}

namespace traject::demo {

/// Links the demo learner's barriers to what they stand in the way of, as a SPOC would: a
/// practical barrier (childcare, transport, the timetable, the team) blocks the placements still
/// to come, a barrier of language, skills, stress or paperwork blocks the next module of the
/// plan. Returns the number of links made.
Result<int> linkDemoBlocks(Database &database, const Clock &clock, qint64 learnerId);

} // namespace traject::demo
