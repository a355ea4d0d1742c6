// SPDX-License-Identifier: GPL-3.0-or-later
#include "Placement.h"

#include <bit>

namespace traject {

WeekPattern::WeekPattern(std::initializer_list<int> days)
{
    for (const int day : days)
        set(day, true);
}

bool WeekPattern::contains(int dayOfWeek) const
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 && (m_mask & (1 << (dayOfWeek - 1))) != 0;
}

void WeekPattern::set(int dayOfWeek, bool on)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return;
    const int bit = 1 << (dayOfWeek - 1);
    m_mask = on ? (m_mask | bit) : (m_mask & ~bit);
}

int WeekPattern::count() const
{
    return std::popcount(static_cast<unsigned>(m_mask));
}

Problems Placement::validate() const
{
    Problems problems;
    if (!start.isValid())
        problems.append({ QStringLiteral("start"), tr("Fill in the first day of the placement.") });
    if (!end.isValid())
        problems.append({ QStringLiteral("end"), tr("Fill in the last day of the placement.") });
    else if (start.isValid() && end < start)
        problems.append({ QStringLiteral("end"), tr("The last day lies before the first day.") });
    if (hoursPerDay <= 0 || hoursPerDay > 12)
        problems.append(
            { QStringLiteral("hoursPerDay"), tr("Hours per day must lie between 0 and 12.") });
    if (targetDays < 0 || targetDays > 400)
        problems.append({ QStringLiteral("targetDays"),
                          tr("The target number of days must lie between 0 and 400.") });
    if (targetHours < 0)
        problems.append({ QStringLiteral("targetHours"),
                          tr("The target number of hours cannot be negative.") });
    return problems;
}

Problems PlacementDay::validate() const
{
    Problems problems;
    if (!date.isValid())
        problems.append({ QStringLiteral("date"), tr("Fill in the date of the placement day.") });
    if (plannedHours < 0 || plannedHours > 12)
        problems.append(
            { QStringLiteral("plannedHours"), tr("Planned hours must lie between 0 and 12.") });
    if (workedHours && (*workedHours < 0 || *workedHours > 14))
        problems.append(
            { QStringLiteral("workedHours"), tr("Worked hours must lie between 0 and 14.") });
    if (workedHours && *workedHours > 0 && status != PlacementDayStatus::Worked)
        problems.append({ QStringLiteral("workedHours"),
                          tr("Only a day with status \"worked\" has worked hours.") });
    return problems;
}

} // namespace traject
