// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"
#include "edits/Edit.h"
#include "esf/EsfAnswer.h"

#include <QCoreApplication>

#include <optional>

namespace traject {

class Clock;
class Database;

/// Finishes an intake: its answers go into the dossier (the ESF+ questions into the learner's ESF+
/// answers), the phase changes after the decision, the interview goes into the logbook, and the
/// intake becomes read-only. Revert takes all of that
/// back and makes the intake unfinished again; the logbook's moment gets a new id at every apply.
class FinishIntake : public Edit
{
    Q_DECLARE_TR_FUNCTIONS(FinishIntake)

public:
    FinishIntake(Database &database, const Clock &clock, qint64 intakeId, qint64 learnerId);

    QString text() const override;
    qint64 learnerId() const override { return m_learnerId; }
    Aspects aspects() const override
    {
        return Aspect::Intake | Aspect::Profile | Aspect::Phase | Aspect::Logbook;
    }
    Status apply() override;
    Status revert() override;

private:
    Database &m_database;
    const Clock &m_clock;
    qint64 m_intakeId;
    qint64 m_learnerId;
    std::optional<Learner> m_before; // the learner as they were before the first apply()
    bool m_phaseChanges = false;
    qint64 m_contactId = 0;
    /// The ESF+ answers the interview gives, and what each indicator held before.
    std::vector<esf::EsfAnswer> m_esfAfter;
    std::vector<std::optional<esf::EsfAnswer>> m_esfBefore;
};

} // namespace traject
