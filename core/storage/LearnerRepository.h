// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// The learner aggregate: personal data, children, phase history, aftercare and outcome.
class LearnerRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(LearnerRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new learner (and the first line of the phase history).
    Result<qint64> add(Learner &learner);
    /// Validates and stores several new learners as add() does, all of them or, on any problem,
    /// none, in one transaction with statements prepared once (for an import). Sets their ids.
    /// On failure, failedIndex (when given) says which learner it was.
    Status addAll(std::vector<Learner> &learners, std::size_t *failedIndex = nullptr);
    /// Stores changed personal data. The phase only changes through changePhase().
    Status update(const Learner &learner);
    /// Removes the learner and everything that belongs to them.
    Status remove(qint64 id, Removal *removed = nullptr);

    Result<Learner> get(qint64 id) const;
    Result<std::vector<Learner>> all() const;
    Result<int> count() const;
    /// Whether there is a learner with this number.
    Result<bool> exists(qint64 id) const;

    /// Moves the learner to another phase: validated, dated, with a reason where required.
    Status changePhase(qint64 learnerId, PhaseChange change);
    Result<std::vector<PhaseChange>> phaseHistory(qint64 learnerId) const;
    /// Takes back the latest phase change: removes that line of the history and puts the learner
    /// back in the phase it came from, since the date of the line before. The first line stays.
    Status undoLastPhaseChange(qint64 learnerId);

    Status setAftercare(const Aftercare &aftercare);
    /// Removes the learner's aftercare agreement.
    Status removeAftercare(qint64 learnerId, Removal *removed = nullptr);
    Result<std::optional<Aftercare>> aftercare(qint64 learnerId) const;
    Status setOutcome(const Outcome &outcome);
    /// Removes the recorded outcome of the learner's trajectory.
    Status removeOutcome(qint64 learnerId, Removal *removed = nullptr);
    Result<std::optional<Outcome>> outcome(qint64 learnerId) const;

private:
    Status writeChildren(const Learner &learner);
};

} // namespace traject
