// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace traject {

/// What a typed date is for: it decides how a two-digit year is read.
enum class DateKind
{
    /// A day that may lie ahead (a planned day, a start, a due date): 26 is 2026.
    Any,
    /// A day that lies in the past, such as a birth date: a two-digit year is the latest year
    /// with those digits that is not after this year (86 is 1986, 05 is 2005). A field that
    /// allows no day after today says so when one is typed.
    Past,
};

/// Dates as people type them, read the same way in every field of the program. Nothing is
/// guessed behind the typist's back: a date that does not exist is refused with the reason,
/// never moved to a day that does.
class TypedDate
{
    Q_DECLARE_TR_FUNCTIONS(TypedDate)

public:
    /// Reads a typed date. Day, month and year in that order, separated by "/", "-", "." or
    /// spaces (14/03/1986, 14-3-1986, 14.03.1986, 14 3 1986), or run together (14031986,
    /// 140386); a year of two digits (14/03/86, read as `kind` says); day and month alone
    /// (14/3, 1403) are in today's year. The ISO form 1986-03-14 is read too.
    static Result<QDate> parse(const QString &text, QDate today, DateKind kind = DateKind::Any);

    /// The date as fields show it: 14/03/1986.
    static QString format(QDate date);

    /// The date in words, to show what was understood: "vrijdag 14 maart 1986" in Dutch.
    static QString inWords(QDate date);

    /// The widest range a date field takes when it is given no other: 01/01/1900 to 31/12/2099,
    /// so that a slip of the year (3026, 0086) is refused.
    static QDate earliest() { return { 1900, 1, 1 }; }
    static QDate latest() { return { 2099, 12, 31 }; }

    /// Empty when `date` lies between `first` and `last` (both included; an invalid bound is no
    /// bound), else the reason in words. The reason names the bounds that mean something: not
    /// earliest() or latest() (a birth date after today hears "not after today (14/03/2025)",
    /// not "between 01/01/1900 and 14/03/2025"); a last day that is `today` is called today.
    static QString rangeProblem(QDate date, QDate first, QDate last, QDate today = {});
};

} // namespace traject
