// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits/FinishIntake.h"

#include "storage/EsfRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/internal/Sql.h"

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
        m_esfAfter = effects->esfAnswers;
        EsfRepository answers(m_database, m_clock);
        m_esfBefore.clear();
        for (const esf::EsfAnswer &answer : m_esfAfter) {
            auto held = answers.answer(m_learnerId, answer.indicator);
            if (!held)
                return held.error();
            m_esfBefore.push_back(*held);
        }
    }
    return sql::inTransaction(m_database, [this]() -> Status {
        auto contact = IntakeRepository(m_database, m_clock).finish(m_intakeId);
        if (!contact)
            return contact.error();
        m_contactId = *contact;
        EsfRepository answers(m_database, m_clock);
        for (esf::EsfAnswer answer : m_esfAfter) {
            if (auto recorded = answers.record(answer); !recorded)
                return recorded.error();
        }
        return {};
    });
}

Status FinishIntake::revert()
{
    return sql::inTransaction(m_database, [this]() -> Status {
        if (auto status = IntakeRepository(m_database, m_clock)
                              .unfinish(m_intakeId, m_contactId, *m_before, m_phaseChanges);
            !status)
            return status;
        EsfRepository answers(m_database, m_clock);
        for (std::size_t i = 0; i < m_esfAfter.size(); ++i) {
            if (m_esfBefore[i]) {
                esf::EsfAnswer earlier = *m_esfBefore[i];
                if (auto recorded = answers.record(earlier); !recorded)
                    return recorded.error();
            } else if (auto given = answers.answer(m_learnerId, m_esfAfter[i].indicator); !given) {
                return given.error();
            } else if (*given) {
                if (auto removed = answers.remove((*given)->id); !removed)
                    return removed;
            }
        }
        return {};
    });
}

} // namespace traject
