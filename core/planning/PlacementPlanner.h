// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Holidays.h"
#include "Result.h"
#include "domain/Placement.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace traject {

/// What to generate placement days for.
struct GenerationRequest
{
    Q_DECLARE_TR_FUNCTIONS(GenerationRequest)

public:
    QDate from;
    QDate to;
    WeekPattern pattern;
    double hoursPerDay = 7.6;
    std::optional<qint64> siteId;
    int maxDays = 0; // 0: no limit; otherwise stop once this many days are planned
    QSet<QDate> alreadyBooked; // dates the learner already has a placement day on

    /// The longest range that can be generated in one go, in years.
    static constexpr int maxYears = 3;

    /// Everything wrong with the request, in words a SPOC can read.
    Problems validate() const;
};

struct PlannedDate
{
    QDate date;
    double hours = 0;

    bool operator==(const PlannedDate &) const = default;
};

struct SkippedDate
{
    QDate date;
    SkipReason reason;

    bool operator==(const SkippedDate &) const = default;
};

struct Generation
{
    QList<PlannedDate> days;
    QList<SkippedDate> skipped; // pattern days that could not be planned, with the reason
};

/// Plans a day on every working day from..to whose weekday is in the pattern. Weekends,
/// public holidays, closures and already booked dates are skipped and reported; weekdays
/// outside the pattern are not considered. Fails when the request does not validate.
Result<Generation> generatePlacementDays(const GenerationRequest &request,
                                         const WorkCalendar &calendar);

/// Whether a placement day may move to another date: only a day that is still planned, within
/// its placement's period, on a working day of its site, and not on a date the learner already
/// has a placement day. The error says why not, in words a SPOC can read.
Status checkDayMove(const PlacementDay &day, const Placement &placement, QDate to,
                    const WorkCalendar &calendar, const QSet<QDate> &booked);

} // namespace traject
