// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// A learner's role card (rollenkaart): who takes up which role, and when.
class RoleCardRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(RoleCardRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new line of the role card; sets its id.
    Result<qint64> add(RoleAssignment &assignment);
    /// Stores a changed line; the learner it belongs to does not change.
    Status update(const RoleAssignment &assignment);
    Status remove(qint64 id, Removal *removed = nullptr);
    Result<RoleAssignment> get(qint64 id) const;
    /// The learner's role card, by role (in the order of the Role enumeration), then by start.
    Result<std::vector<RoleAssignment>> forLearner(qint64 learnerId) const;
};

} // namespace traject
