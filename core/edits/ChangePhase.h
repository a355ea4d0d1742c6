// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"
#include "edits/Edit.h"

#include <QCoreApplication>

namespace traject {

class Clock;
class Database;

/// Moves a learner to another phase (validated, dated, with its reason); revert takes that line
/// of the phase history back and puts the learner in the phase they came from.
class ChangePhase : public Edit
{
    Q_DECLARE_TR_FUNCTIONS(ChangePhase)

public:
    ChangePhase(Database &database, const Clock &clock, const Learner &learner, PhaseChange change);

    QString text() const override;
    qint64 learnerId() const override { return m_learner.id; }
    Aspects aspects() const override { return Aspect::Phase; }
    Status apply() override;
    Status revert() override;

private:
    Database &m_database;
    const Clock &m_clock;
    Learner m_learner;
    PhaseChange m_change;
};

} // namespace traject
