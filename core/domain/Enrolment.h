// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace traject {

/// The plan for one module of an enrolment in one semester.
struct ModulePlan
{
    qint64 id = 0;
    qint64 moduleId = 0;
    int semester = 1;
    ModuleStatus status = ModuleStatus::Planned;
    QString retakeReason;

    bool operator==(const ModulePlan &) const = default;
};

/// A learner enrolled in a programme.
struct Enrolment
{
    Q_DECLARE_TR_FUNCTIONS(Enrolment)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    qint64 programmeId = 0;
    QDate start;
    QDate plannedEnd;
    EnrolmentVariant variant = EnrolmentVariant::Months12;
    QString notes;
    std::vector<ModulePlan> modulePlans;

    /// The qualification must be reached within two years of the start.
    QDate limitDate() const { return start.isValid() ? start.addYears(2).addDays(-1) : QDate(); }
    bool passesLimit() const { return plannedEnd.isValid() && plannedEnd > limitDate(); }
    /// The planned end a variant suggests for a start date (12, 15 or 18 months).
    static QDate suggestedEnd(QDate start, EnrolmentVariant variant);

    Problems validate() const;
    bool operator==(const Enrolment &) const = default;
};

} // namespace traject
