// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "planning/Holidays.h"

namespace TRAJECT_UNITY_ID {

using namespace traject;

namespace {

std::optional<Holiday> findHoliday(const QList<Holiday> &holidays, const QString &name)
{
    for (const Holiday &holiday : holidays) {
        if (holiday.name == name)
            return holiday;
    }
    return std::nullopt;
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

} // namespace

TEST_CASE("Easter Sunday follows the Gregorian calendar")
{
    const auto [year, month, day] = GENERATE(table<int, int, int>({
        { 1583, 4, 10 },
        { 1818, 3, 22 }, // earliest possible date
        { 1943, 4, 25 }, // latest possible date
        { 2000, 4, 23 },
        { 2008, 3, 23 },
        { 2019, 4, 21 },
        { 2024, 3, 31 },
        { 2025, 4, 20 },
        { 2026, 4, 5 },
        { 2027, 3, 28 },
        { 2028, 4, 16 },
        { 2038, 4, 25 },
        { 2285, 3, 22 },
    }));
    CAPTURE(year);
    CHECK(easterSunday(year) == QDate(year, month, day));
    CHECK(easterSunday(year).dayOfWeek() == Qt::Sunday);
}

TEST_CASE("Easter Sunday is undefined before the Gregorian calendar")
{
    CHECK_FALSE(easterSunday(1582).isValid());
    CHECK(belgianPublicHolidays(1500).isEmpty());
}

TEST_CASE("Belgian public holidays 2024 to 2027 match the official dates")
{
    const auto [year, name, month, day] = GENERATE(table<int, const char *, int, int>({
        { 2024, "New Year's Day", 1, 1 },  { 2024, "Easter Monday", 4, 1 },
        { 2024, "Labour Day", 5, 1 },      { 2024, "Ascension Day", 5, 9 },
        { 2024, "Whit Monday", 5, 20 },    { 2024, "National Day", 7, 21 },
        { 2024, "Assumption Day", 8, 15 }, { 2024, "All Saints' Day", 11, 1 },
        { 2024, "Armistice Day", 11, 11 }, { 2024, "Christmas Day", 12, 25 },

        { 2025, "New Year's Day", 1, 1 },  { 2025, "Easter Monday", 4, 21 },
        { 2025, "Labour Day", 5, 1 },      { 2025, "Ascension Day", 5, 29 },
        { 2025, "Whit Monday", 6, 9 },     { 2025, "National Day", 7, 21 },
        { 2025, "Assumption Day", 8, 15 }, { 2025, "All Saints' Day", 11, 1 },
        { 2025, "Armistice Day", 11, 11 }, { 2025, "Christmas Day", 12, 25 },

        { 2026, "New Year's Day", 1, 1 },  { 2026, "Easter Monday", 4, 6 },
        { 2026, "Labour Day", 5, 1 },      { 2026, "Ascension Day", 5, 14 },
        { 2026, "Whit Monday", 5, 25 },    { 2026, "National Day", 7, 21 },
        { 2026, "Assumption Day", 8, 15 }, { 2026, "All Saints' Day", 11, 1 },
        { 2026, "Armistice Day", 11, 11 }, { 2026, "Christmas Day", 12, 25 },

        { 2027, "New Year's Day", 1, 1 },  { 2027, "Easter Monday", 3, 29 },
        { 2027, "Labour Day", 5, 1 },      { 2027, "Ascension Day", 5, 6 },
        { 2027, "Whit Monday", 5, 17 },    { 2027, "National Day", 7, 21 },
        { 2027, "Assumption Day", 8, 15 }, { 2027, "All Saints' Day", 11, 1 },
        { 2027, "Armistice Day", 11, 11 }, { 2027, "Christmas Day", 12, 25 },
    }));
    CAPTURE(year, name);
    const auto holiday = findHoliday(belgianPublicHolidays(year), QString::fromUtf8(name));
    REQUIRE(holiday.has_value());
    CHECK(holiday->date == QDate(year, month, day));
}

TEST_CASE("Belgium has ten public holidays a year, sorted by date")
{
    const int year = GENERATE(2024, 2025, 2026, 2027, 2008);
    CAPTURE(year);
    const QList<Holiday> holidays = belgianPublicHolidays(year);
    REQUIRE(holidays.size() == 10);
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        CAPTURE(i);
        CHECK(holidays[i].date.year() == year);
        CHECK_FALSE(holidays[i].name.isEmpty());
        if (i > 0)
            CHECK(holidays[i - 1].date <= holidays[i].date);
    }
    CHECK(holidays.first().name == QStringLiteral("New Year's Day"));
    CHECK(holidays.last().name == QStringLiteral("Christmas Day"));
}

TEST_CASE("the movable holidays hang off Easter")
{
    const int year = GENERATE(2024, 2025, 2026, 2027, 2030);
    CAPTURE(year);
    const QDate easter = easterSunday(year);
    const QList<Holiday> holidays = belgianPublicHolidays(year);
    CHECK(findHoliday(holidays, QStringLiteral("Easter Monday"))->date == easter.addDays(1));
    CHECK(findHoliday(holidays, QStringLiteral("Ascension Day"))->date == easter.addDays(39));
    CHECK(findHoliday(holidays, QStringLiteral("Whit Monday"))->date == easter.addDays(50));
    CHECK(findHoliday(holidays, QStringLiteral("Easter Monday"))->date.dayOfWeek() == Qt::Monday);
    CHECK(findHoliday(holidays, QStringLiteral("Ascension Day"))->date.dayOfWeek() == Qt::Thursday);
    CHECK(findHoliday(holidays, QStringLiteral("Whit Monday"))->date.dayOfWeek() == Qt::Monday);
}

TEST_CASE("Ascension Day on Labour Day (2008) keeps both holidays")
{
    const QList<Holiday> holidays = belgianPublicHolidays(2008);
    CHECK(findHoliday(holidays, QStringLiteral("Labour Day"))->date == QDate(2008, 5, 1));
    CHECK(findHoliday(holidays, QStringLiteral("Ascension Day"))->date == QDate(2008, 5, 1));
    const WorkCalendar calendar;
    REQUIRE(calendar.holidayOn(QDate(2008, 5, 1)).has_value());
    CHECK(calendar.whyNotWorking(QDate(2008, 5, 1), std::nullopt)->kind
          == SkipReason::Kind::PublicHoliday);
}

TEST_CASE("a closure period contains its first and last day")
{
    const ClosurePeriod summer = closure("Summer closure", QDate(2025, 7, 14), QDate(2025, 8, 1));
    CHECK_FALSE(summer.contains(QDate(2025, 7, 13)));
    CHECK(summer.contains(QDate(2025, 7, 14)));
    CHECK(summer.contains(QDate(2025, 7, 25)));
    CHECK(summer.contains(QDate(2025, 8, 1)));
    CHECK_FALSE(summer.contains(QDate(2025, 8, 2)));
    CHECK_FALSE(summer.contains(QDate()));

    const ClosurePeriod oneDay = closure("Staff training", QDate(2025, 6, 6), QDate(2025, 6, 6));
    CHECK(oneDay.contains(QDate(2025, 6, 6)));
    CHECK_FALSE(oneDay.contains(QDate(2025, 6, 5)));
}

TEST_CASE("a closure period needs a name and a valid range")
{
    CHECK(closure("Summer closure", QDate(2025, 7, 14), QDate(2025, 8, 1)).validate().isEmpty());
    CHECK(closure("One day", QDate(2025, 6, 6), QDate(2025, 6, 6)).validate().isEmpty());

    const auto [name, start, end, field]
        = GENERATE(table<const char *, QDate, QDate, const char *>({
            { "", QDate(2025, 7, 14), QDate(2025, 8, 1), "name" },
            { "   ", QDate(2025, 7, 14), QDate(2025, 8, 1), "name" },
            { "Summer", QDate(), QDate(2025, 8, 1), "start" },
            { "Summer", QDate(2025, 7, 14), QDate(), "end" },
            { "Summer", QDate(2025, 8, 1), QDate(2025, 7, 14), "end" },
        }));
    CAPTURE(name, start, end);
    const Problems problems = closure(name, start, end).validate();
    CHECK(problems.size() == 1);
    CHECK(hasProblem(problems, QString::fromUtf8(field)));
    CHECK_FALSE(describe(problems).isEmpty());
}

TEST_CASE("weekends are not working days")
{
    const WorkCalendar calendar;
    const auto saturday = calendar.whyNotWorking(QDate(2025, 3, 15), std::nullopt);
    const auto sunday = calendar.whyNotWorking(QDate(2025, 3, 16), std::nullopt);
    REQUIRE(saturday.has_value());
    REQUIRE(sunday.has_value());
    CHECK(saturday->kind == SkipReason::Kind::Weekend);
    CHECK(sunday->kind == SkipReason::Kind::Weekend);
    CHECK(saturday->text() == QStringLiteral("Weekend"));
    for (int day = 10; day <= 14; ++day)
        CHECK_FALSE(calendar.whyNotWorking(QDate(2025, 3, day), std::nullopt).has_value());
}

TEST_CASE("public holidays are not working days, with their name")
{
    const WorkCalendar calendar;
    const auto easterMonday = calendar.whyNotWorking(QDate(2026, 4, 6), 3);
    REQUIRE(easterMonday.has_value());
    CHECK(easterMonday->kind == SkipReason::Kind::PublicHoliday);
    CHECK(easterMonday->name == QStringLiteral("Easter Monday"));
    CHECK(easterMonday->text() == QStringLiteral("Easter Monday (public holiday)"));

    CHECK(calendar.holidayOn(QDate(2026, 7, 21))->name == QStringLiteral("National Day"));
    CHECK_FALSE(calendar.holidayOn(QDate(2026, 7, 22)).has_value());
    CHECK_FALSE(calendar.holidayOn(QDate()).has_value());
}

TEST_CASE("a holiday in the weekend counts as weekend")
{
    const WorkCalendar calendar;
    // Christmas 2027 is a Saturday.
    CHECK(calendar.whyNotWorking(QDate(2027, 12, 25), std::nullopt)->kind
          == SkipReason::Kind::Weekend);
    CHECK(calendar.holidayOn(QDate(2027, 12, 25))->name == QStringLiteral("Christmas Day"));
}

TEST_CASE("a site closure applies only to its site, a general closure to every site")
{
    const WorkCalendar calendar({
        closure("Summer closure", QDate(2025, 7, 14), QDate(2025, 8, 1), 7),
        closure("Staff training day", QDate(2025, 6, 6), QDate(2025, 6, 6)),
    });

    const QDate summerDay(2025, 7, 16);
    const auto atSite7 = calendar.whyNotWorking(summerDay, 7);
    REQUIRE(atSite7.has_value());
    CHECK(atSite7->kind == SkipReason::Kind::Closure);
    CHECK(atSite7->name == QStringLiteral("Summer closure"));
    CHECK(atSite7->text() == QStringLiteral("Summer closure (closure)"));
    CHECK_FALSE(calendar.whyNotWorking(summerDay, 8).has_value());
    CHECK_FALSE(calendar.whyNotWorking(summerDay, std::nullopt).has_value());

    const QDate trainingDay(2025, 6, 6);
    const auto siteId
        = GENERATE(std::optional<qint64>(7), std::optional<qint64>(8), std::optional<qint64>());
    const auto reason = calendar.whyNotWorking(trainingDay, siteId);
    REQUIRE(reason.has_value());
    CHECK(reason->kind == SkipReason::Kind::Closure);
    CHECK(reason->name == QStringLiteral("Staff training day"));
}

TEST_CASE("a public holiday inside a closure is reported as the holiday")
{
    const WorkCalendar calendar(
        { closure("Summer closure", QDate(2025, 7, 14), QDate(2025, 8, 1)) });
    const auto nationalDay = calendar.whyNotWorking(QDate(2025, 7, 21), std::nullopt);
    REQUIRE(nationalDay.has_value());
    CHECK(nationalDay->kind == SkipReason::Kind::PublicHoliday);
    CHECK(nationalDay->name == QStringLiteral("National Day"));
}

TEST_CASE("every skip reason reads as a sentence")
{
    const auto [kind, name, text] = GENERATE(table<SkipReason::Kind, const char *, const char *>({
        { SkipReason::Kind::Weekend, "", "Weekend" },
        { SkipReason::Kind::PublicHoliday, "Whit Monday", "Whit Monday (public holiday)" },
        { SkipReason::Kind::Closure, "Christmas closure", "Christmas closure (closure)" },
        { SkipReason::Kind::NotInPattern, "", "Not one of the chosen weekdays" },
        { SkipReason::Kind::AlreadyBooked, "", "Already a placement day" },
    }));
    CHECK(SkipReason { kind, QString::fromUtf8(name) }.text() == QString::fromUtf8(text));
}

} // namespace TRAJECT_UNITY_ID
