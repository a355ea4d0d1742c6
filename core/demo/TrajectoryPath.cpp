// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrajectoryPath.h"

#include "domain/Enrolment.h"

#include <algorithm>

namespace traject::demo {

QDate TrajectoryPath::dateOf(Phase phase) const
{
    for (const auto &step : steps) {
        if (step.phase == phase)
            return step.date;
    }
    return {};
}

TrajectoryChooser::TrajectoryChooser(QDate today, QRandomGenerator &random)
    : m_today(today)
    , m_random(random)
{
    // The entry moments: the first Monday of February and of September.
    for (int year = m_today.year() - 4; year <= m_today.year(); ++year) {
        for (const int month : { 2, 9 }) {
            QDate day(year, month, 1);
            while (day.dayOfWeek() != Qt::Monday)
                day = day.addDays(1);
            m_entries.append(day);
        }
    }
}

Phase TrajectoryChooser::chooseTarget()
{
    // Most learners of a running caseload are in training or after it.
    static const std::pair<Phase, int> weights[] = {
        { Phase::Referral, 3 },    { Phase::InfoSession, 3 },   { Phase::Intake, 5 },
        { Phase::Orientation, 4 }, { Phase::PreTrajectory, 4 }, { Phase::Training, 43 },
        { Phase::Aftercare, 16 },  { Phase::Outflow, 14 },      { Phase::Paused, 4 },
        { Phase::Stopped, 4 },
    };
    int roll = below(100);
    for (const auto &[phase, weight] : weights) {
        if (roll < weight)
            return phase;
        roll -= weight;
    }
    return Phase::Training;
}

bool TrajectoryChooser::chooseTraining(TrajectoryPath &path)
{
    const EnrolmentVariant variant = chance(65) ? EnrolmentVariant::Months12
        : chance(85)                            ? EnrolmentVariant::Months18
                                                : EnrolmentVariant::Months15;
    QList<QDate> fitting;
    for (const QDate &entry : m_entries) {
        const QDate end = Enrolment::suggestedEnd(entry, variant);
        const qint64 age = entry.daysTo(m_today);
        bool fits = false;
        switch (path.target) {
        case Phase::Training:
            fits = age >= 21 && end >= m_today;
            break;
        case Phase::Paused:
        case Phase::Stopped:
            fits = age >= 70 && end >= m_today.addDays(-30);
            break;
        case Phase::Aftercare:
            fits = end < m_today && end.addDays(1).addMonths(6) > m_today;
            break;
        case Phase::Outflow:
            fits = end.addDays(1).addMonths(6) <= m_today && age < 3 * 365;
            break;
        default:
            break;
        }
        if (fits)
            fitting.append(entry);
    }
    if (fitting.isEmpty())
        return false;
    path.trainingStart = fitting.at(below(static_cast<int>(fitting.size())));
    path.variant = variant;
    path.trainingEnd = Enrolment::suggestedEnd(path.trainingStart, variant);
    return true;
}

TrajectoryPath TrajectoryChooser::next()
{
    TrajectoryPath path;
    path.target = chooseTarget();
    const bool viaTraining = path.target == Phase::Training || path.target == Phase::Aftercare
        || path.target == Phase::Outflow || path.target == Phase::Paused
        || (path.target == Phase::Stopped && chance(50));
    if (viaTraining && chooseTraining(path)) {
        const QDate s = path.trainingStart;
        const int jitter = below(20);
        path.steps = { { Phase::Referral, s.addDays(-130 - jitter) },
                       { Phase::InfoSession, s.addDays(-112 - jitter / 2) },
                       { Phase::Intake, s.addDays(-98) },
                       { Phase::Orientation, s.addDays(-70 + below(10)) } };
        if (chance(30))
            path.steps.append({ Phase::PreTrajectory, s.addDays(-45) });
        path.steps.append({ Phase::Training, s });
        if (path.target == Phase::Aftercare || path.target == Phase::Outflow) {
            path.steps.append({ Phase::Aftercare, path.trainingEnd.addDays(1) });
            if (path.target == Phase::Outflow)
                path.steps.append({ Phase::Outflow, path.trainingEnd.addDays(1).addMonths(6) });
        } else if (path.target == Phase::Paused || path.target == Phase::Stopped) {
            const qint64 room
                = std::max<qint64>(1, s.addDays(40).daysTo(std::min(m_today, path.trainingEnd)));
            path.stoppedOn = s.addDays(40 + below(static_cast<int>(room)));
            path.steps.append({ path.target, path.stoppedOn });
        }
        return path;
    }
    if (viaTraining)
        path.target = Phase::Intake;
    QList<Phase> order { Phase::Referral, Phase::InfoSession, Phase::Intake };
    if (path.target == Phase::Orientation)
        order.append(Phase::Orientation);
    else if (path.target == Phase::PreTrajectory || path.target == Phase::Stopped)
        order.append(path.target);
    const int needed = path.target == Phase::Referral ? 1
        : path.target == Phase::InfoSession           ? 2
        : path.target == Phase::Intake                ? 3
                                                      : 4;
    QDate date = m_today.addDays(-14 * needed - below(60));
    for (int i = 0; i < needed; ++i) {
        path.steps.append({ order.at(i), date });
        date = date.addDays(10 + below(5)); // the last step stays before today
    }
    return path;
}

} // namespace traject::demo
