// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "domain/Enrolment.h"
#include "domain/Enums.h"
#include "domain/Learner.h"
#include "domain/Placement.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace traject {

/// Counts and hours of the placement days of one placement (or, summed, of a learner).
struct PlacementTotals
{
    int plannedDays = 0; // days still with status Planned
    int workedDays = 0;
    int excusedDays = 0;
    int unexcusedDays = 0;
    int cancelledDays = 0;
    double plannedHours = 0; // planned hours of every day that is not cancelled
    double workedHours = 0; // worked hours of worked days (planned hours when not filled in)
    double absentHours = 0; // planned hours of the days the learner was absent (excused or not)
    int targetDays = 0;
    double targetHours = 0;

    /// Days still to work to reach the target; never below 0.
    int remainingDays() const;
    /// True when there is a target (days or hours) and every target is reached.
    bool targetReached() const;
    PlacementTotals &operator+=(const PlacementTotals &other);
    bool operator==(const PlacementTotals &) const = default;
};

PlacementTotals totalsFor(const Placement &placement, const QList<PlacementDay> &days);
PlacementTotals totalsForLearner(const QList<QPair<Placement, QList<PlacementDay>>> &placements);

/// The work-place learning of a whole trajectory, judged on one day. The target (about 44–47
/// days) belongs to the trajectory and is shared by its work-place learning placements: the days
/// of all of them count against it. Other kinds of placement (orientation, internship) do not.
struct WorkplaceProgress
{
    /// The placement whose target is the trajectory's: the work-place learning placement that
    /// starts last (on the same day, the one added last); 0 when there is none.
    qint64 targetPlacementId = 0;
    int targetDays = 0; // 0: no target
    int placementCount = 0; // work-place learning placements
    int workedDays = 0; // over all of them
    int toRecordDays = 0; // past days still without a status (planned, before the day judged on)
    int plannedDays = 0; // days planned from the day judged on
    int absentDays = 0; // absent, excused or not
    int cancelledDays = 0;

    /// Days that can still count: worked, still to record and still planned.
    int reachableDays() const { return workedDays + toRecordDays + plannedDays; }
    /// True when there is a target and the days that can still count fall short of it.
    bool targetAtRisk() const { return targetDays > 0 && reachableDays() < targetDays; }
    bool operator==(const WorkplaceProgress &) const = default;
};

/// The progress of the work-place learning of a learner with these placements, on `today`.
WorkplaceProgress workplaceProgress(const QList<QPair<Placement, QList<PlacementDay>>> &placements,
                                    QDate today);

/// Something in a learner's plan the SPOC should look at.
struct PlanningWarning
{
    Q_DECLARE_TR_FUNCTIONS(PlanningWarning)

public:
    enum class Kind
    {
        DayOutsidePlacement, // itemId: the placement day
        DoubleBooking, // itemId: the second day on that date
        BeyondTwoYearLimit, // itemId: the enrolment
        TrainingEndedNoAftercare, // itemId: the enrolment
        AftercareOverdue, // itemId: 0
        AftercareMinimumReached, // itemId: 0; informative
        TargetNotReachable, // itemId: the placement that holds the trajectory's target
    };

    Kind kind = Kind::DayOutsidePlacement;
    QDate date;
    qint64 itemId = 0;
    QString message; // translated

    /// True for a warning that only informs (nothing is wrong).
    bool isInformative() const { return kind == Kind::AftercareMinimumReached; }
};

/// The aftercare period after a training: at least 3 and at most 6 months.
struct AftercareWindow
{
    QDate start; // the day after the training end
    QDate earliestEnd; // start + 3 months - 1 day
    QDate latestEnd; // start + 6 months - 1 day

    bool operator==(const AftercareWindow &) const = default;
};

/// The aftercare window after a training that ended on this day (invalid dates when it is invalid).
AftercareWindow aftercareWindow(QDate trainingEnd);

/// Everything about one learner the planning checks look at.
struct LearnerPlan
{
    Phase phase = Phase::Referral;
    QList<Enrolment> enrolments;
    QList<QPair<Placement, QList<PlacementDay>>> placements;
    std::optional<Aftercare> aftercare;
};

/// The warnings for a learner's plan, judged on the clock's today, sorted by date.
QList<PlanningWarning> checkPlan(const LearnerPlan &plan, const Clock &clock);

} // namespace traject
