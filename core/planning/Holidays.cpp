// SPDX-License-Identifier: GPL-3.0-or-later
#include "Holidays.h"

#include <algorithm>

namespace traject {

QDate easterSunday(int year)
{
    if (year < 1583)
        return {};
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> belgianPublicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return {};
    QList<Holiday> holidays = {
        { QDate(year, 1, 1), Holiday::tr("New Year's Day") },
        { easter.addDays(1), Holiday::tr("Easter Monday") },
        { QDate(year, 5, 1), Holiday::tr("Labour Day") },
        { easter.addDays(39), Holiday::tr("Ascension Day") },
        { easter.addDays(50), Holiday::tr("Whit Monday") },
        { QDate(year, 7, 21), Holiday::tr("National Day") },
        { QDate(year, 8, 15), Holiday::tr("Assumption Day") },
        { QDate(year, 11, 1), Holiday::tr("All Saints' Day") },
        { QDate(year, 11, 11), Holiday::tr("Armistice Day") },
        { QDate(year, 12, 25), Holiday::tr("Christmas Day") },
    };
    // Ascension can fall on 1 May (e.g. 2008); keep the order by date.
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return holidays;
}

bool ClosurePeriod::contains(QDate day) const
{
    return day.isValid() && start.isValid() && end.isValid() && day >= start && day <= end;
}

bool ClosurePeriod::appliesTo(std::optional<qint64> site) const
{
    return !siteId.has_value() || siteId == site;
}

Problems ClosurePeriod::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems.append({ QStringLiteral("name"), tr("Give the closure period a name.") });
    if (!start.isValid())
        problems.append({ QStringLiteral("start"), tr("Fill in the first day of the closure.") });
    if (!end.isValid())
        problems.append({ QStringLiteral("end"), tr("Fill in the last day of the closure.") });
    else if (start.isValid() && end < start)
        problems.append({ QStringLiteral("end"),
                          tr("The last day of the closure lies before the first day.") });
    return problems;
}

QString SkipReason::text() const
{
    switch (kind) {
    case Kind::Weekend:
        return tr("Weekend");
    case Kind::PublicHoliday:
        return tr("%1 (public holiday)").arg(name);
    case Kind::Closure:
        return tr("%1 (closure)").arg(name);
    case Kind::NotInPattern:
        return tr("Not one of the chosen weekdays");
    case Kind::AlreadyBooked:
        return tr("Already a placement day");
    }
    return {};
}

WorkCalendar::WorkCalendar(QList<ClosurePeriod> closures)
    : m_closures(std::move(closures))
{ }

const QList<Holiday> &WorkCalendar::holidaysOf(int year) const
{
    auto it = m_holidays.find(year);
    if (it == m_holidays.end())
        it = m_holidays.insert(year, belgianPublicHolidays(year));
    return it.value();
}

std::optional<Holiday> WorkCalendar::holidayOn(QDate day) const
{
    if (!day.isValid())
        return std::nullopt;
    for (const Holiday &holiday : holidaysOf(day.year())) {
        if (holiday.date == day)
            return holiday;
    }
    return std::nullopt;
}

std::optional<SkipReason> WorkCalendar::whyNotWorking(QDate day, std::optional<qint64> siteId) const
{
    if (!day.isValid())
        return std::nullopt;
    if (day.dayOfWeek() >= Qt::Saturday)
        return SkipReason { SkipReason::Kind::Weekend, {} };
    if (const auto holiday = holidayOn(day))
        return SkipReason { SkipReason::Kind::PublicHoliday, holiday->name };
    for (const ClosurePeriod &closure : m_closures) {
        if (closure.appliesTo(siteId) && closure.contains(day))
            return SkipReason { SkipReason::Kind::Closure, closure.name };
    }
    return std::nullopt;
}

} // namespace traject
