// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enrolment.h"
#include "domain/Enums.h"
#include "domain/Programme.h"

#include <vector>

namespace traject {

/// How many semesters a variant of the training plans: 12 months two, 15 or 18 months (and a
/// delayed route) three. Exams come once a semester, so 15 months take a third semester too.
int plannedSemesters(EnrolmentVariant variant);

/// A first module plan for an enrolment: each module once, all planned.
///
/// A programme places its modules in their typical semesters (0, "any", counts as the first).
/// When the variant has more semesters than that plan (a 15- or 18-month route for a one-year
/// programme), the plan is stretched over them, so that every semester is lighter:
/// - the class modules, in the programme's order (typical semester, then position), each go to
///   the semester in which their share of the teaching periods begins (by count when the
///   programme gives no teaching periods);
/// - a placement module in the programme's last semester goes to the last one; another keeps its
///   semester.
std::vector<ModulePlan> proposedModulePlan(const Programme &programme, EnrolmentVariant variant);

} // namespace traject
