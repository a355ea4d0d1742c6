// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "esf/EsfAnswer.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// The learners' answers to the ESF+ indicators (table `esf_answer`), one per indicator.
class EsfRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(EsfRepository)

public:
    EsfRepository(Database &database, const Clock &clock,
                  const esf::EsfCatalogue &catalogue = esf::EsfCatalogue::builtIn())
        : Repository(database, clock)
        , m_catalogue(catalogue)
    { }

    /// The learner's answers, in the catalogue's order of indicators.
    Result<std::vector<esf::EsfAnswer>> forLearner(qint64 learnerId) const;
    /// The answer to one indicator, if it was asked.
    Result<std::optional<esf::EsfAnswer>> answer(qint64 learnerId, const QString &indicator) const;
    /// Records the answer, in place of an earlier answer to the same indicator; sets its id.
    Result<qint64> record(esf::EsfAnswer &answer);
    /// Takes an answer back: the indicator is not asked again.
    Status remove(qint64 id, Removal *removed = nullptr);

private:
    const esf::EsfCatalogue &m_catalogue;
};

} // namespace traject
