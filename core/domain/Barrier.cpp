// SPDX-License-Identifier: GPL-3.0-or-later
#include "Barrier.h"

#include <algorithm>

namespace traject {

bool Barrier::blocksItem(const BlockedItem &item) const
{
    return std::find(blocks.begin(), blocks.end(), item) != blocks.end();
}

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
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        if (!it->isValid()) {
            problems.append(
                { QStringLiteral("blocks"),
                  tr("A blocked item is either a placement or a module of the plan.") });
            break;
        }
        if (std::find(blocks.begin(), it, *it) != it) {
            problems.append(
                { QStringLiteral("blocks"), tr("The same item is listed twice as blocked.") });
            break;
        }
    }
    return problems;
}

std::vector<Barrier> openBlockers(const std::vector<Barrier> &barriers, const BlockedItem &item)
{
    std::vector<Barrier> open;
    for (const auto &barrier : barriers) {
        if (barrier.isOpen() && barrier.blocksItem(item))
            open.push_back(barrier);
    }
    return open;
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
