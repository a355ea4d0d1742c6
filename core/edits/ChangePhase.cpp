// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits/ChangePhase.h"

#include "storage/LearnerRepository.h"

namespace traject {

ChangePhase::ChangePhase(Database &database, const Clock &clock, const Learner &learner,
                         PhaseChange change)
    : m_database(database)
    , m_clock(clock)
    , m_learner(learner)
    , m_change(std::move(change))
{ }

QString ChangePhase::text() const
{
    return tr("Change the phase of %1 to \"%2\"").arg(m_learner.fullName(), label(m_change.to));
}

Status ChangePhase::apply()
{
    return LearnerRepository(m_database, m_clock).changePhase(m_learner.id, m_change);
}

Status ChangePhase::revert()
{
    return LearnerRepository(m_database, m_clock).undoLastPhaseChange(m_learner.id);
}

} // namespace traject
