// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementDayMove.h"

#include "Session.h"
#include "TimelineToolbar.h"
#include "planning/PlacementPlanner.h"
#include "storage/CalendarRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/DateField.h"

#include <QCoreApplication>

namespace traject {

Status movePlacementDay(Session &session, qint64 dayId, QDate to)
{
    Database &database = session.database();
    const Clock &clock = session.clock();
    PlacementRepository placements(database, clock);
    auto day = placements.day(dayId);
    if (!day)
        return day.error();
    auto placement = placements.get(day->placementId);
    if (!placement)
        return placement.error();
    auto booked = placements.bookedDates(placement->learnerId);
    if (!booked)
        return booked.error();
    auto closures = CalendarRepository(database, clock).all();
    if (!closures)
        return closures.error();
    const WorkCalendar calendar(QList<ClosurePeriod>(closures->begin(), closures->end()));
    if (auto allowed = checkDayMove(*day, *placement, to, calendar, *booked); !allowed)
        return allowed;
    if (to == day->date)
        return {};

    const PlacementDay before = *day;
    PlacementDay after = before;
    after.date = to;
    return session.edit(
        QCoreApplication::translate("PlacementDayMove", "Move placement day to %1")
            .arg(shownDate(to)),
        placement->learnerId, Aspect::Placements,
        [&session, after] {
            return PlacementRepository(session.database(), session.clock()).updateDay(after);
        },
        [&session, before] {
            return PlacementRepository(session.database(), session.clock()).updateDay(before);
        });
}

void movePlacementDay(Session &session, qint64 dayId, QDate to, TimelineToolbar &toolbar)
{
    if (auto status = movePlacementDay(session, dayId, to); !status)
        toolbar.showMessage(status.error().message, true);
    else
        toolbar.showMessage(QCoreApplication::translate("PlacementDayMove",
                                                        "Placement day moved to %1. Undo with "
                                                        "Ctrl+Z.")
                                .arg(shownDate(to)),
                            false);
}

} // namespace traject
