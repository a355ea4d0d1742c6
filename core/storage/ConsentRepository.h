// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Consent.h"
#include "storage/Repository.h"

#include <optional>
#include <vector>

namespace traject {

/// The consents of the learners (table `consent`).
class ConsentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    using Repository::Repository;

    Result<qint64> add(Consent &consent);
    Status update(const Consent &consent);
    Status remove(qint64 id, Removal *removed = nullptr);
    Result<Consent> get(qint64 id) const;
    /// The learner's consents, the most recently given first.
    Result<std::vector<Consent>> forLearner(qint64 learnerId) const;
    /// The consents that hold on that day for someone other than the workplace, most recent first:
    /// the ones a plan for a partner can be made under.
    Result<std::vector<Consent>> partnerConsents(qint64 learnerId, QDate day) const;
};

} // namespace traject
