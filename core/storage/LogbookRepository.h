// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ContactMoment.h"
#include "storage/Repository.h"

#include <optional>
#include <vector>

namespace traject {

/// The logbook: a learner's contact moments, planned and done.
class LogbookRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(LogbookRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new contact moment; sets its id.
    Result<qint64> add(ContactMoment &moment);
    /// Adds several moments in one transaction, all or none; sets their ids.
    Status addAll(std::vector<ContactMoment> &moments);
    /// Removes several moments in one transaction, all or none.
    Status removeAll(const std::vector<qint64> &ids, Removal *removed = nullptr);
    /// Stores a changed contact moment; the learner does not change.
    Status update(const ContactMoment &moment);
    Status remove(qint64 id, Removal *removed = nullptr);
    Result<ContactMoment> get(qint64 id) const;
    /// The learner's logbook, the most recent first.
    Result<std::vector<ContactMoment>> forLearner(qint64 learnerId) const;
    /// The first planned contact on or after the given day, if any.
    Result<std::optional<ContactMoment>> nextPlanned(qint64 learnerId, QDate from) const;
};

} // namespace traject
