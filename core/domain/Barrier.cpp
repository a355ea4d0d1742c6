// SPDX-License-Identifier: GPL-3.0-or-later
#include "Barrier.h"

namespace traject {

Problems Barrier::validate(QDate today) const
{
    Problems problems;
    if (description.trimmed().isEmpty())
        problems.append(
            { QStringLiteral("description"), tr("Describe the barrier in a few words.") });
    if (!detectedOn.isValid())
        problems.append(
            { QStringLiteral("detectedOn"), tr("Fill in when the barrier was noticed.") });
    else if (detectedOn > today)
        problems.append(
            { QStringLiteral("detectedOn"), tr("The barrier cannot be noticed in the future.") });
    if (status == BarrierStatus::Solved && !resolvedOn.isValid())
        problems.append(
            { QStringLiteral("resolvedOn"), tr("Fill in when the barrier was solved.") });
    if (status != BarrierStatus::Solved && resolvedOn.isValid())
        problems.append(
            { QStringLiteral("resolvedOn"), tr("Only a solved barrier has a date of solution.") });
    if (resolvedOn.isValid() && detectedOn.isValid() && resolvedOn < detectedOn)
        problems.append({ QStringLiteral("resolvedOn"),
                          tr("The barrier cannot be solved before it was noticed.") });
    if (resolvedOn.isValid() && resolvedOn > today)
        problems.append(
            { QStringLiteral("resolvedOn"), tr("The date of solution lies in the future.") });
    return problems;
}

Problems Action::validate() const
{
    Problems problems;
    if (description.trimmed().isEmpty())
        problems.append({ QStringLiteral("description"), tr("Describe what will be done.") });
    if (owner == ActionOwner::Partner && !partnerPersonId)
        problems.append({ QStringLiteral("partnerPersonId"),
                          tr("Choose the partner's person who does this.") });
    if (owner != ActionOwner::Partner && partnerPersonId)
        problems.append({ QStringLiteral("partnerPersonId"),
                          tr("Only an action for a partner names a partner's person.") });
    return problems;
}

} // namespace traject
