// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits/FinishIntake.h"

#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"

namespace traject {

FinishIntake::FinishIntake(Database &database, const Clock &clock, qint64 intakeId,
                           qint64 learnerId)
    : m_database(database)
    , m_clock(clock)
    , m_intakeId(intakeId)
    , m_learnerId(learnerId)
{ }

QString FinishIntake::text() const
{
    return tr("Finish intake");
}

Status FinishIntake::apply()
{
    if (!m_before) {
        auto before = LearnerRepository(m_database, m_clock).get(m_learnerId);
        if (!before)
            return before.error();
        auto effects = IntakeRepository(m_database, m_clock).effectsOfFinishing(m_intakeId);
        if (!effects)
            return effects.error();
        m_before = std::move(before).value();
        m_phaseChanges = effects->phaseChange.has_value();
    }
    auto contact = IntakeRepository(m_database, m_clock).finish(m_intakeId);
    if (!contact)
        return contact.error();
    m_contactId = *contact;
    return {};
}

Status FinishIntake::revert()
{
    return IntakeRepository(m_database, m_clock)
        .unfinish(m_intakeId, m_contactId, *m_before, m_phaseChanges);
}

} // namespace traject
