// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateScale.h"

#include <cmath>

namespace traject::timeline {

Zoom zoomedIn(Zoom zoom)
{
    return zoom == Zoom::Week ? Zoom::Week : Zoom(int(zoom) - 1);
}

Zoom zoomedOut(Zoom zoom)
{
    return zoom == Zoom::Year ? Zoom::Year : Zoom(int(zoom) + 1);
}

QString zoomLabel(Zoom zoom)
{
    switch (zoom) {
    case Zoom::Week:
        return DateScale::tr("Week");
    case Zoom::Month:
        return DateScale::tr("Month");
    case Zoom::Semester:
        return DateScale::tr("Semester");
    case Zoom::Year:
        return DateScale::tr("Year");
    }
    return {};
}

DateScale::DateScale(QDate origin, Zoom zoom)
    : m_origin(origin)
    , m_zoom(zoom)
    , m_dayWidth(dayWidth(zoom))
{ }

DateScale::DateScale(QDate origin, Zoom zoom, double dayWidth)
    : m_origin(origin)
    , m_zoom(zoom)
    , m_dayWidth(dayWidth > 0 ? dayWidth : DateScale::dayWidth(zoom))
{ }

double DateScale::dayWidth(Zoom zoom)
{
    // About a week, a month, half a year or a year across a laptop screen's timeline.
    switch (zoom) {
    case Zoom::Week:
        return 120;
    case Zoom::Month:
        return 30;
    case Zoom::Semester:
        return 5;
    case Zoom::Year:
        return 2.5;
    }
    return 30;
}

QDate DateScale::dateAt(double x) const
{
    return m_origin.addDays(qint64(std::floor(x / m_dayWidth)));
}

HeaderCell DateScale::cell(QDate start, QDate end, QString label) const
{
    HeaderCell c;
    c.start = start;
    c.end = end;
    c.x = x(start);
    c.width = xAfter(end) - c.x;
    c.label = std::move(label);
    return c;
}

namespace {

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate firstOfQuarter(QDate day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

QList<HeaderCell> DateScale::majorCells(QDate from, QDate to, const QLocale &locale) const
{
    QList<HeaderCell> cells;
    if (!from.isValid() || !to.isValid() || to < from)
        return cells;
    const bool months = m_zoom == Zoom::Week || m_zoom == Zoom::Month;
    QDate start = months ? firstOfMonth(from) : QDate(from.year(), 1, 1);
    while (start <= to) {
        const QDate next = months ? start.addMonths(1) : start.addYears(1);
        const QString label = months ? locale.toString(start, QStringLiteral("MMMM yyyy"))
                                     : QString::number(start.year());
        cells.append(cell(start, next.addDays(-1), label));
        start = next;
    }
    return cells;
}

QList<HeaderCell> DateScale::minorCells(QDate from, QDate to, const QLocale &locale) const
{
    QList<HeaderCell> cells;
    if (!from.isValid() || !to.isValid() || to < from)
        return cells;
    switch (m_zoom) {
    case Zoom::Week:
    case Zoom::Month:
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const QString label = m_zoom == Zoom::Week
                ? locale.toString(day, QStringLiteral("ddd d"))
                : QString::number(day.day());
            HeaderCell c = cell(day, day, label);
            c.weekend = day.dayOfWeek() >= 6;
            cells.append(c);
        }
        break;
    case Zoom::Semester:
        for (QDate start = firstOfMonth(from); start <= to; start = start.addMonths(1))
            cells.append(cell(start, start.addMonths(1).addDays(-1),
                              locale.toString(start, QStringLiteral("MMM"))));
        break;
    case Zoom::Year:
        for (QDate start = firstOfQuarter(from); start <= to; start = start.addMonths(3))
            cells.append(cell(start, start.addMonths(3).addDays(-1),
                              tr("Q%1").arg((start.month() - 1) / 3 + 1)));
        break;
    }
    return cells;
}

} // namespace traject::timeline
