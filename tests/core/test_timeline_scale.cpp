// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "timeline/DateScale.h"
#include "timeline/RowLayout.h"

namespace TRAJECT_UNITY_ID {

using namespace traject::timeline;

TEST_CASE("a date scale puts each day at its x, at every zoom", "[timeline][scale]")
{
    // origin, zoom, day, expected x
    const auto [origin, zoom, day, expected] = GENERATE(table<QDate, Zoom, QDate, double>({
        { QDate(2025, 1, 1), Zoom::Week, QDate(2025, 1, 1), 0 },
        { QDate(2025, 1, 1), Zoom::Week, QDate(2025, 1, 8), 7 * 120 },
        { QDate(2025, 1, 1), Zoom::Month, QDate(2025, 2, 1), 31 * 30 },
        { QDate(2025, 1, 1), Zoom::Month, QDate(2024, 12, 31), -30 },
        // Month and year boundaries
        { QDate(2024, 12, 15), Zoom::Semester, QDate(2025, 1, 1), 17 * 5 },
        { QDate(2025, 1, 1), Zoom::Year, QDate(2026, 1, 1), 365 * 2.5 },
        // Leap years: 2024 has 366 days, 29 February exists
        { QDate(2024, 1, 1), Zoom::Year, QDate(2025, 1, 1), 366 * 2.5 },
        { QDate(2024, 2, 28), Zoom::Month, QDate(2024, 3, 1), 2 * 30 },
        { QDate(2023, 2, 28), Zoom::Month, QDate(2023, 3, 1), 1 * 30 },
        { QDate(2024, 1, 1), Zoom::Semester, QDate(2024, 7, 1), 182 * 5 },
    }));
    CAPTURE(origin, day, int(zoom));
    const DateScale scale(origin, zoom);
    CHECK(scale.x(day) == Approx(expected));
    CHECK(scale.xAfter(day) == Approx(expected + DateScale::dayWidth(zoom)));
    // Back again: the left edge, the middle and the last pixel of the day all map to the day.
    CHECK(scale.dateAt(scale.x(day)) == day);
    CHECK(scale.dateAt(scale.x(day) + scale.dayWidth() / 2) == day);
    CHECK(scale.dateAt(scale.xAfter(day) - 0.01) == day);
    CHECK(scale.dateAt(scale.xAfter(day)) == day.addDays(1));
}

TEST_CASE("zooming in and out stops at a week and at a year", "[timeline][scale]")
{
    CHECK(zoomedIn(Zoom::Year) == Zoom::Semester);
    CHECK(zoomedIn(Zoom::Month) == Zoom::Week);
    CHECK(zoomedIn(Zoom::Week) == Zoom::Week);
    CHECK(zoomedOut(Zoom::Week) == Zoom::Month);
    CHECK(zoomedOut(Zoom::Year) == Zoom::Year);
    for (Zoom zoom : { Zoom::Week, Zoom::Month, Zoom::Semester })
        CHECK(DateScale::dayWidth(zoomedOut(zoom)) < DateScale::dayWidth(zoom));
}

TEST_CASE("the header divides a range into months and days, or years and quarters",
          "[timeline][scale]")
{
    const QLocale dutch(QLocale::Dutch, QLocale::Belgium);

    SECTION("month zoom: months on top, one cell per day below, weekends marked")
    {
        const DateScale scale(QDate(2024, 2, 1), Zoom::Month);
        const auto major = scale.majorCells(QDate(2024, 2, 20), QDate(2024, 3, 5), dutch);
        REQUIRE(major.size() == 2);
        CHECK(major[0].label == QStringLiteral("februari 2024"));
        CHECK(major[0].start == QDate(2024, 2, 1));
        CHECK(major[0].end == QDate(2024, 2, 29)); // a leap year
        CHECK(major[0].width == Approx(29 * 30));
        CHECK(major[1].x == Approx(29 * 30));
        CHECK(major[1].label == QStringLiteral("maart 2024"));

        const auto minor = scale.minorCells(QDate(2024, 2, 23), QDate(2024, 2, 26), dutch);
        REQUIRE(minor.size() == 4);
        CHECK(minor[0].label == QStringLiteral("23"));
        CHECK_FALSE(minor[0].weekend); // Friday
        CHECK(minor[1].weekend);
        CHECK(minor[2].weekend);
        CHECK_FALSE(minor[3].weekend);
    }

    SECTION("week zoom: each day with its weekday")
    {
        const DateScale scale(QDate(2025, 3, 10), Zoom::Week);
        const auto minor = scale.minorCells(QDate(2025, 3, 10), QDate(2025, 3, 10), dutch);
        REQUIRE(minor.size() == 1);
        CHECK(minor[0].label == QStringLiteral("ma 10"));
        CHECK(minor[0].width == Approx(120));
    }

    SECTION("semester zoom: years on top and months below, across a year boundary")
    {
        const DateScale scale(QDate(2024, 11, 1), Zoom::Semester);
        const auto major = scale.majorCells(QDate(2024, 11, 15), QDate(2025, 2, 1), dutch);
        REQUIRE(major.size() == 2);
        CHECK(major[0].label == QStringLiteral("2024"));
        CHECK(major[1].label == QStringLiteral("2025"));
        CHECK(major[1].x == Approx(61 * 5));
        const auto minor = scale.minorCells(QDate(2024, 11, 15), QDate(2025, 2, 1), dutch);
        REQUIRE(minor.size() == 4);
        CHECK(minor[2].label == QStringLiteral("jan."));
        CHECK(minor[2].start == QDate(2025, 1, 1));
        CHECK(minor[2].end == QDate(2025, 1, 31));
    }

    SECTION("year zoom: quarters")
    {
        const DateScale scale(QDate(2024, 1, 1), Zoom::Year);
        const auto minor = scale.minorCells(QDate(2024, 5, 1), QDate(2024, 12, 31), dutch);
        REQUIRE(minor.size() == 3);
        CHECK(minor[0].start == QDate(2024, 4, 1));
        CHECK(minor[0].end == QDate(2024, 6, 30));
        CHECK(minor[0].x == Approx(91 * 2.5)); // Jan 31 + Feb 29 + Mar 31
        CHECK(minor[2].end == QDate(2024, 12, 31));
    }

    SECTION("an empty or reversed range has no cells")
    {
        const DateScale scale(QDate(2024, 1, 1), Zoom::Month);
        CHECK(scale.majorCells(QDate(2024, 3, 1), QDate(2024, 2, 1), dutch).isEmpty());
        CHECK(scale.minorCells(QDate(), QDate(2024, 2, 1), dutch).isEmpty());
    }
}

TEST_CASE("a row layout stacks rows as high as their slots need", "[timeline][layout]")
{
    const QList<Row> rows { { QStringLiteral("a"), 0, 1 },
                            { QStringLiteral("b"), 0, 3 },
                            { QStringLiteral("c"), 0, 0 } };
    const RowLayout layout(rows, { 20, 5, 0 });
    REQUIRE(layout.rowCount() == 3);
    CHECK(layout.top(0) == 0);
    CHECK(layout.height(0) == 30);
    CHECK(layout.top(1) == 30);
    CHECK(layout.height(1) == 70);
    CHECK(layout.height(2) == 30); // at least one slot
    CHECK(layout.totalHeight() == 130);
    CHECK(layout.slotTop(1, 2) == 30 + 5 + 40);

    // y → row, row boundaries included at the top
    const auto [y, row] = GENERATE(table<double, int>(
        { { -1, -1 }, { 0, 0 }, { 29.9, 0 }, { 30, 1 }, { 99.9, 1 }, { 100, 2 }, { 130, -1 } }));
    CAPTURE(y);
    CHECK(layout.rowAt(y) == row);
    CHECK(layout.slotAt(1, 30 + 5 + 45) == 2);
    CHECK(layout.slotAt(1, 31) == 0); // in the padding: the nearest slot
    CHECK(layout.slotAt(0, 50) == -1);
}

} // namespace TRAJECT_UNITY_ID
