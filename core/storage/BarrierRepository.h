// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// A learner's barriers (drempels) and the actions that tackle them or stand on their own.
class BarrierRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(BarrierRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new barrier with what it blocks; sets its id. Refused when a
    /// blocked placement or module plan is not the learner's.
    Result<qint64> addBarrier(Barrier &barrier);
    /// Stores a changed barrier and what it blocks (in the given order); the learner does not
    /// change. Refused when a blocked placement or module plan is not the learner's.
    Status updateBarrier(const Barrier &barrier);
    /// Removes the barrier, its actions and its links to what it blocks.
    Status removeBarrier(qint64 id, Removal *removed = nullptr);
    /// The barrier with what it blocks.
    Result<Barrier> barrier(qint64 id) const;
    /// The learner's barriers by category, then by the date they were noticed, each with what it
    /// blocks.
    Result<std::vector<Barrier>> barriersFor(qint64 learnerId) const;

    /// The barriers linked to this placement or module plan (in the order of barriersFor()).
    Result<std::vector<Barrier>> barriersBlocking(const BlockedItem &item) const;
    /// "Klaar om te starten?": the linked barriers that are still open (none: ready to start).
    Result<std::vector<Barrier>> openBlockersOfPlacement(qint64 placementId) const;
    Result<std::vector<Barrier>> openBlockersOfModulePlan(qint64 modulePlanId) const;

    /// Validates and stores a new action (on a barrier of the same learner, or on its own); sets
    /// its id.
    Result<qint64> addAction(Action &action);
    /// Stores a changed action; the learner does not change.
    Status updateAction(const Action &action);
    Status removeAction(qint64 id, Removal *removed = nullptr);
    Result<Action> action(qint64 id) const;
    /// The learner's actions by due date (those without one last).
    Result<std::vector<Action>> actionsFor(qint64 learnerId) const;
    /// The actions on one barrier by due date (those without one last).
    Result<std::vector<Action>> actionsForBarrier(qint64 barrierId) const;

private:
    /// Checks that every blocked item exists and belongs to the learner.
    Status checkBlocks(const Barrier &barrier, qint64 learnerId) const;
    /// Makes the stored links of the barrier equal to its blocks.
    Status storeBlocks(const Barrier &barrier);
    Result<std::vector<BlockedItem>> blocksOf(qint64 barrierId) const;

    /// Checks that the action's barrier, if any, belongs to the learner.
    Status checkBarrier(const Action &action, qint64 learnerId) const;
};

} // namespace traject
