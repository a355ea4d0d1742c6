// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ContactMoment.h"
#include "edits/Edit.h"
#include "planning/AftercareProposal.h"
#include "storage/Removal.h"

#include <QCoreApplication>

#include <vector>

namespace traject {

class Clock;
class Database;

/// Stores proposed contacts as planned aftercare moments of the learner, all in one transaction:
/// revert removes them all, apply again brings them back with the same ids.
class PlanAftercareContacts : public Edit
{
    Q_DECLARE_TR_FUNCTIONS(PlanAftercareContacts)

public:
    PlanAftercareContacts(Database &database, const Clock &clock, qint64 learnerId,
                          const std::vector<ProposedContact> &contacts);

    QString text() const override;
    qint64 learnerId() const override { return m_learnerId; }
    Aspects aspects() const override { return Aspect::Logbook | Aspect::Aftercare; }
    Status apply() override;
    Status revert() override;

    /// The ids of the moments, once applied.
    std::vector<qint64> ids() const;

private:
    Database &m_database;
    const Clock &m_clock;
    qint64 m_learnerId;
    std::vector<ContactMoment> m_moments;
    Removal m_removed; // what revert() took away
};

} // namespace traject
