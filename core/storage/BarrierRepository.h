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

    /// Validates and stores a new barrier; sets its id.
    Result<qint64> addBarrier(Barrier &barrier);
    /// Stores a changed barrier; the learner does not change.
    Status updateBarrier(const Barrier &barrier);
    /// Removes the barrier and its actions.
    Status removeBarrier(qint64 id);
    Result<Barrier> barrier(qint64 id) const;
    /// The learner's barriers by category, then by the date they were noticed.
    Result<std::vector<Barrier>> barriersFor(qint64 learnerId) const;

    /// Validates and stores a new action (on a barrier of the same learner, or on its own); sets
    /// its id.
    Result<qint64> addAction(Action &action);
    /// Stores a changed action; the learner does not change.
    Status updateAction(const Action &action);
    Status removeAction(qint64 id);
    Result<Action> action(qint64 id) const;
    /// The learner's actions by due date (those without one last).
    Result<std::vector<Action>> actionsFor(qint64 learnerId) const;
    /// The actions on one barrier by due date (those without one last).
    Result<std::vector<Action>> actionsForBarrier(qint64 barrierId) const;

private:
    /// Checks that the action's barrier, if any, belongs to the learner.
    Status checkBarrier(const Action &action, qint64 learnerId) const;
};

} // namespace traject
