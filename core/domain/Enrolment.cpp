// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enrolment.h"

#include <set>
#include <tuple>

namespace traject {

QDate Enrolment::suggestedEnd(QDate start, EnrolmentVariant variant)
{
    if (!start.isValid())
        return {};
    switch (variant) {
    case EnrolmentVariant::Months12:
        return start.addMonths(12).addDays(-1);
    case EnrolmentVariant::Months15:
        return start.addMonths(15).addDays(-1);
    case EnrolmentVariant::Months18:
    case EnrolmentVariant::Delayed:
        return start.addMonths(18).addDays(-1);
    }
    return {};
}

Problems Enrolment::validate() const
{
    Problems problems;
    if (programmeId <= 0)
        problems.append({ QStringLiteral("programmeId"), tr("Choose the programme.") });
    if (!start.isValid())
        problems.append({ QStringLiteral("start"), tr("Fill in the start date of the training.") });
    if (!plannedEnd.isValid())
        problems.append(
            { QStringLiteral("plannedEnd"), tr("Fill in the planned end of the training.") });
    else if (start.isValid() && plannedEnd <= start)
        problems.append(
            { QStringLiteral("plannedEnd"), tr("The planned end lies before the start.") });

    std::set<std::pair<qint64, int>> seen;
    for (const auto &plan : modulePlans) {
        if (plan.semester < 1 || plan.semester > 6) {
            problems.append(
                { QStringLiteral("modulePlans"), tr("A module is planned in semester 1 to 6.") });
            break;
        }
        if (!seen.insert({ plan.moduleId, plan.semester }).second) {
            problems.append({ QStringLiteral("modulePlans"),
                              tr("A module is planned twice in the same semester.") });
            break;
        }
        if (plan.status == ModuleStatus::Retake && plan.retakeReason.trimmed().isEmpty()) {
            problems.append({ QStringLiteral("modulePlans"),
                              tr("Give the reason for the retake of a module.") });
            break;
        }
    }
    return problems;
}

} // namespace traject
