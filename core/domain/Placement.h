// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace traject {

/// The days of the week a placement runs on (Qt's numbering: Monday = 1 … Sunday = 7).
class WeekPattern
{
public:
    WeekPattern() = default;
    WeekPattern(std::initializer_list<int> days);
    static WeekPattern fromMask(int mask)
    {
        WeekPattern p;
        p.m_mask = mask & 0x7f;
        return p;
    }

    int mask() const { return m_mask; }
    bool contains(int dayOfWeek) const;
    void set(int dayOfWeek, bool on);
    bool isEmpty() const { return m_mask == 0; }
    int count() const;
    bool operator==(const WeekPattern &) const = default;

private:
    int m_mask = 0;
};

/// A period of work-place learning, internship or orientation at a site.
struct Placement
{
    Q_DECLARE_TR_FUNCTIONS(Placement)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    std::optional<qint64> enrolmentId;
    PlacementKind kind = PlacementKind::WorkplaceLearning;
    std::optional<qint64> siteId;
    std::optional<qint64> mentorId;
    std::optional<qint64> supervisorId; // stagebegeleider of the school
    QDate start;
    QDate end;
    WeekPattern pattern;
    double hoursPerDay = 7.6;
    int targetDays = 45;
    double targetHours = 0;
    QString notes;

    bool contains(QDate day) const { return day >= start && day <= end; }
    Problems validate() const;
    bool operator==(const Placement &) const = default;
};

struct PlacementDay
{
    Q_DECLARE_TR_FUNCTIONS(PlacementDay)

public:
    qint64 id = 0;
    qint64 placementId = 0;
    QDate date;
    double plannedHours = 0;
    std::optional<double> workedHours;
    PlacementDayStatus status = PlacementDayStatus::Planned;
    QString note;

    Problems validate() const;
    bool operator==(const PlacementDay &) const = default;
};

} // namespace traject
