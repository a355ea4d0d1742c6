// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Placement.h"
#include "planning/Progress.h"

#include <QCoreApplication>
#include <QString>

namespace traject {

class Session;

/// How the workplace-learning views word their numbers and dates.
class PlacementText
{
    Q_DECLARE_TR_FUNCTIONS(PlacementText)

public:
    /// Hours with at most one decimal, in the user's locale: "7.6", "342".
    static QString hours(double hours);
    /// The weekdays of a pattern, short: "Tue, Thu".
    static QString pattern(const WeekPattern &pattern);
    /// A date with its weekday: "Tue 04/03/2025".
    static QString day(QDate day);
    /// "23 / 45 days worked, 2 absent (1 excused), 20 planned, 174.8 / 342 hours".
    static QString totals(const PlacementTotals &totals);
    /// The work-place learning of the whole trajectory, all its placements together: "Work-place
    /// learning: 3 / 45 days worked, 2 still to record, 11 still planned, 16 within reach".
    static QString progress(const WorkplaceProgress &progress);
};

/// Everything the planning checks need about one learner, read from the repositories.
Result<LearnerPlan> loadLearnerPlan(const Session &session, qint64 learnerId);

} // namespace traject
