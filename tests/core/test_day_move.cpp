// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "planning/PlacementPlanner.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;

TEST_CASE("a planned placement day moves only to a free working day of its placement",
          "[planning][move]")
{
    Placement placement;
    placement.id = 1;
    placement.siteId = 7;
    placement.start = QDate(2025, 4, 1);
    placement.end = QDate(2025, 6, 30);
    PlacementDay day;
    day.id = 5;
    day.placementId = 1;
    day.date = QDate(2025, 4, 15); // a Tuesday
    const QSet<QDate> booked { QDate(2025, 4, 15), QDate(2025, 4, 16) };
    ClosurePeriod closure;
    closure.name = QStringLiteral("Spring cleaning");
    closure.start = QDate(2025, 5, 5);
    closure.end = QDate(2025, 5, 9);
    closure.siteId = 7;
    const WorkCalendar calendar({ closure });

    // to, allowed, a word of the message
    const auto [to, allowed, expected] = GENERATE(table<QDate, bool, const char *>({
        { QDate(2025, 4, 17), true, "" }, // a free Thursday
        { QDate(2025, 4, 15), true, "" }, // its own date
        { QDate(2025, 4, 16), false, "already" }, // the learner's next day
        { QDate(2025, 4, 19), false, "working day" }, // Saturday
        { QDate(2025, 4, 21), false, "working day" }, // Easter Monday
        { QDate(2025, 5, 1), false, "working day" }, // Labour Day
        { QDate(2025, 5, 6), false, "Spring cleaning" }, // the site's closure
        { QDate(2025, 3, 31), false, "outside" },
        { QDate(2025, 7, 1), false, "outside" },
        { QDate(), false, "Choose" },
    }));
    CAPTURE(to);
    const Status status = checkDayMove(day, placement, to, calendar, booked);
    CHECK(status.ok() == allowed);
    if (!allowed)
        CHECK(status.error().message.contains(QString::fromUtf8(expected)));
}

TEST_CASE("a day that was worked or missed stays where it happened", "[planning][move]")
{
    Placement placement;
    placement.start = QDate(2025, 4, 1);
    placement.end = QDate(2025, 6, 30);
    PlacementDay day;
    day.date = QDate(2025, 4, 15);
    day.status = GENERATE(PlacementDayStatus::Worked, PlacementDayStatus::AbsentExcused,
                          PlacementDayStatus::AbsentUnexcused, PlacementDayStatus::Cancelled);
    const Status status = checkDayMove(day, placement, QDate(2025, 4, 17), WorkCalendar(), {});
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(label(day.status)));
}

} // namespace TRAJECT_UNITY_ID
