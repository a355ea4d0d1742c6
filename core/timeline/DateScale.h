// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace traject::timeline {

/// How much time a timeline shows at once: from a week (the days readable) to a year.
enum class Zoom
{
    Week,
    Month,
    Semester,
    Year
};

/// The zoom one step closer (a shorter period) or further away; the same at either end.
Zoom zoomedIn(Zoom zoom);
Zoom zoomedOut(Zoom zoom);
QString zoomLabel(Zoom zoom); // translated, e.g. "Month"

/// One labelled cell of the date header, e.g. the month "March 2025" or the day "Mo 3".
struct HeaderCell
{
    QDate start;
    QDate end; // last day, included
    double x = 0;
    double width = 0;
    QString label;
    bool weekend = false;

    bool operator==(const HeaderCell &) const = default;
};

/// Maps dates to x and back for one zoom level: day d covers [x(d), x(d) + dayWidth()). The origin
/// date is at x = 0. Also divides a date range into the cells of the two header bands.
class DateScale
{
    Q_DECLARE_TR_FUNCTIONS(DateScale)

public:
    DateScale() = default;
    DateScale(QDate origin, Zoom zoom);
    /// Any width of a day (e.g. to fit a page), with the header cells of the zoom.
    DateScale(QDate origin, Zoom zoom, double dayWidth);

    QDate origin() const { return m_origin; }
    Zoom zoom() const { return m_zoom; }
    double dayWidth() const { return m_dayWidth; }
    static double dayWidth(Zoom zoom);

    /// The left edge of the day.
    double x(QDate day) const { return double(m_origin.daysTo(day)) * m_dayWidth; }
    /// The right edge of the day (the left edge of the next one).
    double xAfter(QDate day) const { return x(day) + m_dayWidth; }
    /// The day that covers x.
    QDate dateAt(double x) const;

    /// The top band: months at week and month zoom, years further out.
    QList<HeaderCell> majorCells(QDate from, QDate to, const QLocale &locale) const;
    /// The bottom band: days (week, month), months (semester) or quarters (year).
    QList<HeaderCell> minorCells(QDate from, QDate to, const QLocale &locale) const;

private:
    HeaderCell cell(QDate start, QDate end, QString label) const;

    QDate m_origin;
    Zoom m_zoom = Zoom::Month;
    double m_dayWidth = dayWidth(Zoom::Month);
};

} // namespace traject::timeline
