// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "planning/PlacementPlanner.h"

#include <limits>

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

GenerationRequest request(QDate from, QDate to, WeekPattern pattern, double hoursPerDay = 7.6)
{
    GenerationRequest r;
    r.from = from;
    r.to = to;
    r.pattern = pattern;
    r.hoursPerDay = hoursPerDay;
    return r;
}

QList<QDate> datesOf(const Generation &generation)
{
    QList<QDate> dates;
    for (const PlannedDate &day : generation.days)
        dates.append(day.date);
    return dates;
}

QList<QDate> skippedDatesOf(const Generation &generation)
{
    QList<QDate> dates;
    for (const SkippedDate &day : generation.skipped)
        dates.append(day.date);
    return dates;
}

ClosurePeriod closure(const char *name, QDate start, QDate end,
                      std::optional<qint64> siteId = std::nullopt)
{
    ClosurePeriod period;
    period.name = QString::fromUtf8(name);
    period.start = start;
    period.end = end;
    period.siteId = siteId;
    return period;
}

Error generationError(const GenerationRequest &r)
{
    const Result<Generation> result = generatePlacementDays(r, WorkCalendar());
    REQUIRE_FALSE(result.ok());
    return result.error();
}

} // namespace

TEST_CASE("placement days skip Easter Monday")
{
    const Generation generation = test::require(generatePlacementDays(
        request(QDate(2025, 4, 14), QDate(2025, 4, 25), { Qt::Monday, Qt::Tuesday }),
        WorkCalendar()));

    CHECK(datesOf(generation)
          == QList<QDate> { QDate(2025, 4, 14), QDate(2025, 4, 15), QDate(2025, 4, 22) });
    REQUIRE(generation.skipped.size() == 1);
    CHECK(generation.skipped[0].date == QDate(2025, 4, 21));
    CHECK(generation.skipped[0].reason.kind == SkipReason::Kind::PublicHoliday);
    CHECK(generation.skipped[0].reason.name == QStringLiteral("Easter Monday"));
    CHECK(generation.skipped[0].reason.text() == QStringLiteral("Easter Monday (public holiday)"));
}

TEST_CASE("planned days get the requested hours")
{
    const double hours = GENERATE(0.5, 3.8, 7.6, 12.0);
    const Generation generation = test::require(
        generatePlacementDays(request(QDate(2025, 3, 10), QDate(2025, 3, 14),
                                      { Qt::Monday, Qt::Wednesday, Qt::Friday }, hours),
                              WorkCalendar()));
    REQUIRE(generation.days.size() == 3);
    for (const PlannedDate &day : generation.days)
        CHECK(day.hours == hours);
    CHECK(generation.skipped.isEmpty());
}

TEST_CASE("placement days fall on the weekdays of the pattern only")
{
    // From Tuesday 4 to Monday 31 March 2025: four full weeks without a public holiday.
    const auto [mask, expected] = GENERATE(table<int, int>({
        { 0b0000001, 4 }, // Mondays
        { 0b0000011, 8 }, // Mondays and Tuesdays
        { 0b0011111, 20 }, // Monday to Friday
        { 0b0010000, 4 }, // Fridays
    }));
    const Generation generation = test::require(generatePlacementDays(
        request(QDate(2025, 3, 4), QDate(2025, 3, 31), WeekPattern::fromMask(mask)),
        WorkCalendar()));
    CAPTURE(mask);
    CHECK(generation.days.size() == expected);
    for (const PlannedDate &day : generation.days)
        CHECK(WeekPattern::fromMask(mask).contains(day.date.dayOfWeek()));
    // Weekdays outside the pattern are not considered, so nothing is reported as skipped.
    CHECK(generation.skipped.isEmpty());
}

TEST_CASE("a range that starts on a public holiday skips its first day")
{
    // 1 May 2025 (Labour Day) and 29 May 2025 (Ascension Day) are Thursdays.
    const Generation generation = test::require(generatePlacementDays(
        request(QDate(2025, 5, 1), QDate(2025, 5, 31), { Qt::Thursday }), WorkCalendar()));
    CHECK(datesOf(generation)
          == QList<QDate> { QDate(2025, 5, 8), QDate(2025, 5, 15), QDate(2025, 5, 22) });
    REQUIRE(generation.skipped.size() == 2);
    CHECK(generation.skipped[0].date == QDate(2025, 5, 1));
    CHECK(generation.skipped[0].reason.name == QStringLiteral("Labour Day"));
    CHECK(generation.skipped[1].date == QDate(2025, 5, 29));
    CHECK(generation.skipped[1].reason.name == QStringLiteral("Ascension Day"));
}

TEST_CASE("a range of a single day")
{
    const auto [day, planned] = GENERATE(table<QDate, bool>({
        { QDate(2025, 3, 14), true }, // a Friday
        { QDate(2025, 11, 11), false }, // Armistice Day, a Tuesday
    }));
    const Generation generation = test::require(
        generatePlacementDays(request(day, day, { day.dayOfWeek() }), WorkCalendar()));
    CHECK(generation.days.size() == (planned ? 1 : 0));
    CHECK(generation.skipped.size() == (planned ? 0 : 1));
}

TEST_CASE("the leap day is planned in a leap year")
{
    const Generation leap = test::require(generatePlacementDays(
        request(QDate(2028, 2, 27), QDate(2028, 3, 4), { Qt::Tuesday }), WorkCalendar()));
    CHECK(datesOf(leap) == QList<QDate> { QDate(2028, 2, 29) });

    const Generation common = test::require(generatePlacementDays(
        request(QDate(2027, 2, 27), QDate(2027, 3, 4), { Qt::Monday, Qt::Tuesday }),
        WorkCalendar()));
    CHECK(datesOf(common) == QList<QDate> { QDate(2027, 3, 1), QDate(2027, 3, 2) });
    CHECK(common.skipped.isEmpty());
}

TEST_CASE("placement days across the year end skip Christmas and New Year")
{
    // Christmas 2025 and New Year 2026 are Thursdays.
    const Generation generation = test::require(generatePlacementDays(
        request(QDate(2025, 12, 22), QDate(2026, 1, 9), { Qt::Thursday, Qt::Friday }),
        WorkCalendar()));
    CHECK(datesOf(generation)
          == QList<QDate> { QDate(2025, 12, 26), QDate(2026, 1, 2), QDate(2026, 1, 8),
                            QDate(2026, 1, 9) });
    REQUIRE(generation.skipped.size() == 2);
    CHECK(generation.skipped[0].date == QDate(2025, 12, 25));
    CHECK(generation.skipped[0].reason.text() == QStringLiteral("Christmas Day (public holiday)"));
    CHECK(generation.skipped[1].date == QDate(2026, 1, 1));
    CHECK(generation.skipped[1].reason.text() == QStringLiteral("New Year's Day (public holiday)"));
}

TEST_CASE("a site's closure skips days only at that site")
{
    const WorkCalendar calendar({
        closure("Summer closure", QDate(2025, 7, 14), QDate(2025, 7, 25), 7),
        closure("Staff training day", QDate(2025, 7, 7), QDate(2025, 7, 7)),
    });
    GenerationRequest r = request(QDate(2025, 7, 1), QDate(2025, 7, 31), { Qt::Monday });
    // Mondays in July 2025: 7, 14, 21 (National Day), 28.

    SECTION("at the closed site")
    {
        r.siteId = 7;
        const Generation generation = test::require(generatePlacementDays(r, calendar));
        CHECK(datesOf(generation) == QList<QDate> { QDate(2025, 7, 28) });
        REQUIRE(generation.skipped.size() == 3);
        CHECK(generation.skipped[0].reason
              == SkipReason { SkipReason::Kind::Closure, QStringLiteral("Staff training day") });
        CHECK(generation.skipped[1].reason
              == SkipReason { SkipReason::Kind::Closure, QStringLiteral("Summer closure") });
        CHECK(generation.skipped[2].reason.kind == SkipReason::Kind::PublicHoliday);
        CHECK(generation.skipped[2].reason.name == QStringLiteral("National Day"));
    }
    SECTION("at another site")
    {
        r.siteId = 8;
        const Generation generation = test::require(generatePlacementDays(r, calendar));
        CHECK(datesOf(generation) == QList<QDate> { QDate(2025, 7, 14), QDate(2025, 7, 28) });
        CHECK(skippedDatesOf(generation) == QList<QDate> { QDate(2025, 7, 7), QDate(2025, 7, 21) });
    }
    SECTION("without a site")
    {
        const Generation generation = test::require(generatePlacementDays(r, calendar));
        CHECK(datesOf(generation) == QList<QDate> { QDate(2025, 7, 14), QDate(2025, 7, 28) });
        CHECK(generation.skipped[0].reason.name == QStringLiteral("Staff training day"));
    }
}

TEST_CASE("dates the learner already has a placement day on are skipped")
{
    GenerationRequest r
        = request(QDate(2025, 3, 3), QDate(2025, 3, 14), { Qt::Monday, Qt::Thursday });
    r.alreadyBooked = { QDate(2025, 3, 6), QDate(2025, 3, 11) /* a Tuesday: not in the pattern */ };
    const Generation generation = test::require(generatePlacementDays(r, WorkCalendar()));
    CHECK(datesOf(generation)
          == QList<QDate> { QDate(2025, 3, 3), QDate(2025, 3, 10), QDate(2025, 3, 13) });
    REQUIRE(generation.skipped.size() == 1);
    CHECK(generation.skipped[0].date == QDate(2025, 3, 6));
    CHECK(generation.skipped[0].reason.kind == SkipReason::Kind::AlreadyBooked);
    CHECK(generation.skipped[0].reason.text() == QStringLiteral("Already a placement day"));
}

TEST_CASE("generation stops once the maximum number of days is planned")
{
    GenerationRequest r
        = request(QDate(2025, 4, 14), QDate(2025, 6, 30), { Qt::Monday, Qt::Tuesday });
    r.maxDays = 3;
    const Generation generation = test::require(generatePlacementDays(r, WorkCalendar()));
    CHECK(datesOf(generation)
          == QList<QDate> { QDate(2025, 4, 14), QDate(2025, 4, 15), QDate(2025, 4, 22) });
    // Easter Monday lies before the last planned day; Whit Monday (9 June) lies after it.
    CHECK(skippedDatesOf(generation) == QList<QDate> { QDate(2025, 4, 21) });
}

TEST_CASE("forty-five placement days at two days a week from September")
{
    GenerationRequest r
        = request(QDate(2025, 9, 1), QDate(2026, 6, 30), { Qt::Monday, Qt::Tuesday });
    r.maxDays = 45;
    const Generation generation = test::require(generatePlacementDays(r, WorkCalendar()));
    REQUIRE(generation.days.size() == 45);
    CHECK(generation.days.first().date == QDate(2025, 9, 1));
    CHECK(generation.days.last().date == QDate(2026, 2, 3));
    CHECK(skippedDatesOf(generation) == QList<QDate> { QDate(2025, 11, 11) });

    r.maxDays = 0; // no limit: the whole range
    const Generation all = test::require(generatePlacementDays(r, WorkCalendar()));
    CHECK(all.days.size() > 45);
    CHECK(all.days.last().date == QDate(2026, 6, 30));
}

TEST_CASE("a pattern with Saturday reports the weekend days as skipped")
{
    const Generation generation = test::require(generatePlacementDays(
        request(QDate(2025, 3, 10), QDate(2025, 3, 23), { Qt::Monday, Qt::Saturday, Qt::Sunday }),
        WorkCalendar()));
    CHECK(datesOf(generation) == QList<QDate> { QDate(2025, 3, 10), QDate(2025, 3, 17) });
    CHECK(skippedDatesOf(generation)
          == QList<QDate> { QDate(2025, 3, 15), QDate(2025, 3, 16), QDate(2025, 3, 22),
                            QDate(2025, 3, 23) });
    for (const SkippedDate &skipped : generation.skipped)
        CHECK(skipped.reason.kind == SkipReason::Kind::Weekend);
}

TEST_CASE("a pattern without weekdays is refused")
{
    const Error error
        = generationError(request(QDate(2025, 3, 10), QDate(2025, 3, 31), WeekPattern()));
    CHECK(error.message == QStringLiteral("Choose at least one weekday."));
}

TEST_CASE("a pattern with only weekend days is refused")
{
    const Error error = generationError(
        request(QDate(2025, 3, 10), QDate(2025, 3, 31), { Qt::Saturday, Qt::Sunday }));
    CHECK(error.message.contains(QStringLiteral("Monday to Friday")));
}

TEST_CASE("a range that ends before it starts is refused")
{
    const Error error
        = generationError(request(QDate(2025, 3, 31), QDate(2025, 3, 10), { Qt::Monday }));
    CHECK(error.message == QStringLiteral("The last day to plan lies before the first day."));
}

TEST_CASE("a range without dates is refused")
{
    const auto [from, to] = GENERATE(table<QDate, QDate>({
        { QDate(), QDate(2025, 3, 31) },
        { QDate(2025, 3, 10), QDate() },
        { QDate(), QDate() },
        { QDate(2025, 2, 30), QDate(2025, 3, 31) },
    }));
    CAPTURE(from, to);
    const Error error = generationError(request(from, to, { Qt::Monday }));
    CHECK(error.message.startsWith(QStringLiteral("Fill in the")));
}

TEST_CASE("hours per day must lie between 0 and 12")
{
    const auto [hours, accepted] = GENERATE(table<double, bool>({
        { -1.0, false },
        { 0.0, false },
        { 0.25, true },
        { 12.0, true },
        { 12.5, false },
        { std::numeric_limits<double>::quiet_NaN(), false },
    }));
    CAPTURE(hours);
    const auto result = generatePlacementDays(
        request(QDate(2025, 3, 10), QDate(2025, 3, 14), { Qt::Monday }, hours), WorkCalendar());
    CHECK(result.ok() == accepted);
    if (!result.ok())
        CHECK(result.error().message == QStringLiteral("Hours per day must lie between 0 and 12."));
}

TEST_CASE("at most three years are generated at once")
{
    const QDate from(2025, 9, 1);
    CHECK(generatePlacementDays(request(from, QDate(2028, 8, 31), { Qt::Monday }), WorkCalendar())
              .ok());
    const Error error = generationError(request(from, QDate(2028, 9, 1), { Qt::Monday }));
    CHECK(error.message == QStringLiteral("Plan at most three years at once."));
}

TEST_CASE("a negative maximum number of days is refused")
{
    GenerationRequest r = request(QDate(2025, 3, 10), QDate(2025, 3, 14), { Qt::Monday });
    r.maxDays = -1;
    CHECK(hasProblem(r.validate(), QStringLiteral("maxDays")));
    CHECK_FALSE(generatePlacementDays(r, WorkCalendar()).ok());
}

TEST_CASE("every problem of a request is reported at once")
{
    const GenerationRequest r = request(QDate(2025, 3, 31), QDate(2025, 3, 10), WeekPattern(), 0);
    const Problems problems = r.validate();
    CHECK(problems.size() == 3);
    CHECK(hasProblem(problems, QStringLiteral("to")));
    CHECK(hasProblem(problems, QStringLiteral("pattern")));
    CHECK(hasProblem(problems, QStringLiteral("hoursPerDay")));

    const Error error = generationError(r);
    CHECK(error.message.count(QLatin1Char('\n')) == 2);
    CHECK(error.message.contains(QStringLiteral("Choose at least one weekday.")));
}

} // namespace TRAJECT_UNITY_ID
