// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enrolment.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// An enrolment in a programme and its module plan, stored and read as one aggregate.
class EnrolmentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new enrolment with its module plan; sets the ids of both.
    Result<qint64> add(Enrolment &enrolment);
    /// Stores the enrolment and brings its module plan in line: plans with an id are updated, those
    /// without one are added, the others removed. The learner does not change.
    /// Read the enrolment again for the ids of added plans.
    Status update(const Enrolment &enrolment);
    /// Removes the enrolment and its module plan; placements lose the link to it.
    Status remove(qint64 id, Removal *removed = nullptr);
    /// Removes one module of an enrolment's plan.
    Status removePlan(qint64 planId, Removal *removed = nullptr);
    /// The enrolment with its plans by semester, then by the module's position.
    Result<Enrolment> get(qint64 id) const;
    /// The learner's enrolments by start date, each with its plans.
    Result<std::vector<Enrolment>> forLearner(qint64 learnerId) const;

    /// A first module plan for an enrolment in the programme with that variant: each module once,
    /// in its typical semester, stretched over the variant's semesters (proposedModulePlan()).
    Result<std::vector<ModulePlan>> defaultPlan(qint64 programmeId, EnrolmentVariant variant) const;

private:
    Status checkModules(const Enrolment &enrolment) const;
};

} // namespace traject
