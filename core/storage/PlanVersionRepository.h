// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlanVersion.h"
#include "storage/Repository.h"

#include <QCoreApplication>

#include <vector>

namespace traject {

/// The stored versions of a learner's documents (personal plans and attendance sheets), each
/// with the bytes of its PDF.
class PlanVersionRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PlanVersionRepository)

public:
    using Repository::Repository;

    /// Stores a new version in one transaction: its number is one more than the highest of that
    /// learner and kind, its creation time the clock's now (to the second) when createdAt is not
    /// valid. Sets id, number and createdAt on the argument. Refuses an empty PDF or an unknown
    /// learner.
    Result<qint64> add(PlanVersion &version);
    /// The learner's versions of that kind, the newest first, WITHOUT the PDF bytes (pdf stays
    /// empty, so that the list stays cheap); get() one to print it again.
    Result<std::vector<PlanVersion>> forLearner(qint64 learnerId, DocumentKind kind) const;
    /// One version with its PDF bytes.
    Result<PlanVersion> get(qint64 id) const;
    Status remove(qint64 id);
};

} // namespace traject
