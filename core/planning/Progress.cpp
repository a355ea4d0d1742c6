// SPDX-License-Identifier: GPL-3.0-or-later
#include "Progress.h"

#include <QHash>

#include <algorithm>

namespace traject {

namespace {

QString formatDate(QDate day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

/// The enrolment that started last (the current one), if any.
const Enrolment *latestEnrolment(const QList<Enrolment> &enrolments)
{
    const Enrolment *latest = nullptr;
    for (const Enrolment &enrolment : enrolments) {
        if (!latest
            || std::pair(enrolment.start, enrolment.plannedEnd)
                > std::pair(latest->start, latest->plannedEnd))
            latest = &enrolment;
    }
    return latest;
}

PlanningWarning warning(PlanningWarning::Kind kind, QDate date, qint64 itemId, QString message)
{
    PlanningWarning result;
    result.kind = kind;
    result.date = date;
    result.itemId = itemId;
    result.message = std::move(message);
    return result;
}

void checkDaysOutsidePlacements(const LearnerPlan &plan, QList<PlanningWarning> &warnings)
{
    for (const auto &[placement, days] : plan.placements) {
        if (!placement.start.isValid() || !placement.end.isValid())
            continue;
        for (const PlacementDay &day : days) {
            if (day.status == PlacementDayStatus::Cancelled || !day.date.isValid()
                || placement.contains(day.date))
                continue;
            warnings.append(
                warning(PlanningWarning::Kind::DayOutsidePlacement, day.date, day.id,
                        PlanningWarning::tr(
                            "The placement day of %1 lies outside the placement (%2 to %3).")
                            .arg(formatDate(day.date), formatDate(placement.start),
                                 formatDate(placement.end))));
        }
    }
}

void checkDoubleBookings(const LearnerPlan &plan, QList<PlanningWarning> &warnings)
{
    QHash<QDate, int> daysOn;
    for (const auto &[placement, days] : plan.placements) {
        for (const PlacementDay &day : days) {
            if (day.status == PlacementDayStatus::Cancelled || !day.date.isValid())
                continue;
            // One warning per date, on the second day found.
            if (++daysOn[day.date] == 2)
                warnings.append(
                    warning(PlanningWarning::Kind::DoubleBooking, day.date, day.id,
                            PlanningWarning::tr("More than one placement day is planned on %1.")
                                .arg(formatDate(day.date))));
        }
    }
}

void checkTwoYearLimit(const LearnerPlan &plan, QList<PlanningWarning> &warnings)
{
    for (const Enrolment &enrolment : plan.enrolments) {
        if (!enrolment.passesLimit())
            continue;
        warnings.append(
            warning(PlanningWarning::Kind::BeyondTwoYearLimit, enrolment.plannedEnd, enrolment.id,
                    PlanningWarning::tr("The planned end of the training (%1) lies beyond the "
                                        "two-year limit (%2).")
                        .arg(formatDate(enrolment.plannedEnd), formatDate(enrolment.limitDate()))));
    }
}

void checkAftercare(const LearnerPlan &plan, QDate today, QList<PlanningWarning> &warnings)
{
    const Enrolment *latest = latestEnrolment(plan.enrolments);

    if (plan.phase == Phase::Training) {
        if (latest && latest->plannedEnd.isValid() && latest->plannedEnd < today
            && !plan.aftercare) {
            warnings.append(warning(
                PlanningWarning::Kind::TrainingEndedNoAftercare, latest->plannedEnd, latest->id,
                PlanningWarning::tr("The training ended on %1, but no aftercare has been "
                                    "recorded.")
                    .arg(formatDate(latest->plannedEnd))));
        }
        return;
    }

    if (plan.phase != Phase::Aftercare)
        return;
    QDate trainingEnd;
    if (plan.aftercare && plan.aftercare->trainingEnd.isValid())
        trainingEnd = plan.aftercare->trainingEnd;
    else if (plan.aftercare && plan.aftercare->start.isValid())
        trainingEnd = plan.aftercare->start.addDays(-1);
    else if (latest)
        trainingEnd = latest->plannedEnd;
    const AftercareWindow window = aftercareWindow(trainingEnd);
    if (!window.start.isValid())
        return;
    if (today > window.latestEnd) {
        warnings.append(
            warning(PlanningWarning::Kind::AftercareOverdue, window.latestEnd, 0,
                    PlanningWarning::tr("The aftercare should have ended by %1, six months after "
                                        "the training.")
                        .arg(formatDate(window.latestEnd))));
    } else if (today > window.earliestEnd) {
        warnings.append(warning(
            PlanningWarning::Kind::AftercareMinimumReached, window.earliestEnd, 0,
            PlanningWarning::tr("The minimum of three months of aftercare was reached on %1.")
                .arg(formatDate(window.earliestEnd))));
    }
}

void checkTargets(const LearnerPlan &plan, QDate today, QList<PlanningWarning> &warnings)
{
    const WorkplaceProgress progress = workplaceProgress(plan.placements, today);
    if (!progress.targetAtRisk())
        return;
    QDate end;
    for (const auto &[placement, days] : plan.placements) {
        if (placement.id == progress.targetPlacementId)
            end = placement.end;
    }
    warnings.append(warning(
        PlanningWarning::Kind::TargetNotReachable, end, progress.targetPlacementId,
        PlanningWarning::tr("The work-place learning can reach at most %1 of its %2 days: %3 "
                            "worked, %4 still to record, %5 still planned.")
            .arg(QString::number(progress.reachableDays()), QString::number(progress.targetDays),
                 QString::number(progress.workedDays), QString::number(progress.toRecordDays),
                 QString::number(progress.plannedDays))));
}

} // namespace

int PlacementTotals::remainingDays() const
{
    return std::max(0, targetDays - workedDays);
}

bool PlacementTotals::targetReached() const
{
    if (targetDays <= 0 && targetHours <= 0)
        return false;
    return workedDays >= targetDays && workedHours >= targetHours;
}

PlacementTotals &PlacementTotals::operator+=(const PlacementTotals &other)
{
    plannedDays += other.plannedDays;
    workedDays += other.workedDays;
    excusedDays += other.excusedDays;
    unexcusedDays += other.unexcusedDays;
    cancelledDays += other.cancelledDays;
    plannedHours += other.plannedHours;
    workedHours += other.workedHours;
    absentHours += other.absentHours;
    targetDays += other.targetDays;
    targetHours += other.targetHours;
    return *this;
}

PlacementTotals totalsFor(const Placement &placement, const QList<PlacementDay> &days)
{
    PlacementTotals totals;
    totals.targetDays = placement.targetDays;
    totals.targetHours = placement.targetHours;
    for (const PlacementDay &day : days) {
        switch (day.status) {
        case PlacementDayStatus::Planned:
            ++totals.plannedDays;
            break;
        case PlacementDayStatus::Worked:
            ++totals.workedDays;
            totals.workedHours += day.workedHours.value_or(day.plannedHours);
            break;
        case PlacementDayStatus::AbsentExcused:
            ++totals.excusedDays;
            totals.absentHours += day.plannedHours;
            break;
        case PlacementDayStatus::AbsentUnexcused:
            ++totals.unexcusedDays;
            totals.absentHours += day.plannedHours;
            break;
        case PlacementDayStatus::Cancelled:
            ++totals.cancelledDays;
            break;
        }
        if (day.status != PlacementDayStatus::Cancelled)
            totals.plannedHours += day.plannedHours;
    }
    return totals;
}

PlacementTotals totalsForLearner(const QList<QPair<Placement, QList<PlacementDay>>> &placements)
{
    PlacementTotals totals;
    for (const auto &[placement, days] : placements)
        totals += totalsFor(placement, days);
    return totals;
}

WorkplaceProgress workplaceProgress(const QList<QPair<Placement, QList<PlacementDay>>> &placements,
                                    QDate today)
{
    WorkplaceProgress progress;
    const Placement *target = nullptr;
    for (const auto &[placement, days] : placements) {
        if (placement.kind != PlacementKind::WorkplaceLearning)
            continue;
        ++progress.placementCount;
        if (!target
            || std::pair(placement.start, placement.id) > std::pair(target->start, target->id))
            target = &placement;
        for (const PlacementDay &day : days) {
            switch (day.status) {
            case PlacementDayStatus::Planned:
                if (day.date.isValid() && day.date < today)
                    ++progress.toRecordDays;
                else
                    ++progress.plannedDays;
                break;
            case PlacementDayStatus::Worked:
                ++progress.workedDays;
                break;
            case PlacementDayStatus::AbsentExcused:
            case PlacementDayStatus::AbsentUnexcused:
                ++progress.absentDays;
                break;
            case PlacementDayStatus::Cancelled:
                ++progress.cancelledDays;
                break;
            }
        }
    }
    if (target) {
        progress.targetPlacementId = target->id;
        progress.targetDays = target->targetDays;
    }
    return progress;
}

AftercareWindow aftercareWindow(QDate trainingEnd)
{
    if (!trainingEnd.isValid())
        return {};
    AftercareWindow window;
    window.start = trainingEnd.addDays(1);
    window.earliestEnd = window.start.addMonths(3).addDays(-1);
    window.latestEnd = window.start.addMonths(6).addDays(-1);
    return window;
}

QList<PlanningWarning> checkPlan(const LearnerPlan &plan, const Clock &clock)
{
    const QDate today = clock.today();
    QList<PlanningWarning> warnings;
    checkDaysOutsidePlacements(plan, warnings);
    checkDoubleBookings(plan, warnings);
    checkTwoYearLimit(plan, warnings);
    checkAftercare(plan, today, warnings);
    checkTargets(plan, today, warnings);
    std::stable_sort(
        warnings.begin(), warnings.end(),
        [](const PlanningWarning &a, const PlanningWarning &b) { return a.date < b.date; });
    return warnings;
}

} // namespace traject
