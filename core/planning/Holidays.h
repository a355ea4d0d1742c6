// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace traject {

/// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm); invalid before 1583.
QDate easterSunday(int year);

/// A legal public holiday.
struct Holiday
{
    Q_DECLARE_TR_FUNCTIONS(Holiday)

public:
    QDate date;
    QString name; // translated, e.g. "Easter Monday"

    bool operator==(const Holiday &) const = default;
};

/// The ten legal Belgian public holidays of a year, sorted by date (empty before 1583).
QList<Holiday> belgianPublicHolidays(int year);

/// A period in which a childcare site (or every site) is closed, e.g. a summer closure.
struct ClosurePeriod
{
    Q_DECLARE_TR_FUNCTIONS(ClosurePeriod)

public:
    qint64 id = 0;
    QString name;
    QDate start;
    QDate end;
    std::optional<qint64> siteId; // nullopt: applies to every site

    /// True when the day lies within start..end (both included).
    bool contains(QDate day) const;
    /// True when the closure applies to a placement at this site (nullopt: no site known).
    bool appliesTo(std::optional<qint64> site) const;
    Problems validate() const;
    bool operator==(const ClosurePeriod &) const = default;
};

/// Why a day is not a working day for a placement.
struct SkipReason
{
    Q_DECLARE_TR_FUNCTIONS(SkipReason)

public:
    enum class Kind
    {
        Weekend,
        PublicHoliday,
        Closure,
        NotInPattern,
        AlreadyBooked
    };

    Kind kind = Kind::Weekend;
    QString name; // the holiday or closure name, if any

    /// A readable, translated phrase, e.g. "Easter Monday (public holiday)".
    QString text() const;
    bool operator==(const SkipReason &) const = default;
};

/// Working days of childcare sites: no weekends, no Belgian public holidays, no closures.
/// Holidays are cached per year, so one calendar must not be shared between threads.
class WorkCalendar
{
public:
    WorkCalendar() = default;
    explicit WorkCalendar(QList<ClosurePeriod> closures);

    /// Why the day is not a working day at the site, or nullopt when it is one.
    /// Without a site only closures for every site apply.
    std::optional<SkipReason> whyNotWorking(QDate day, std::optional<qint64> siteId) const;

    /// The public holiday on this day, if any.
    std::optional<Holiday> holidayOn(QDate day) const;

    const QList<ClosurePeriod> &closures() const { return m_closures; }

private:
    const QList<Holiday> &holidaysOf(int year) const;

    QList<ClosurePeriod> m_closures;
    mutable QHash<int, QList<Holiday>> m_holidays;
};

} // namespace traject
