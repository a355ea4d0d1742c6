// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits/PlanAftercareContacts.h"

#include "storage/LogbookRepository.h"

namespace traject {

PlanAftercareContacts::PlanAftercareContacts(Database &database, const Clock &clock,
                                             qint64 learnerId,
                                             const std::vector<ProposedContact> &contacts)
    : m_database(database)
    , m_clock(clock)
    , m_learnerId(learnerId)
{
    for (const auto &contact : contacts)
        m_moments.push_back(plannedAftercareContact(learnerId, contact));
}

QString PlanAftercareContacts::text() const
{
    return tr("Plan %n aftercare contact(s)", nullptr, static_cast<int>(m_moments.size()));
}

Status PlanAftercareContacts::apply()
{
    auto status = m_removed.isEmpty() ? LogbookRepository(m_database, m_clock).addAll(m_moments)
                                      : m_removed.restore(m_database);
    if (status)
        m_removed = Removal();
    return status;
}

Status PlanAftercareContacts::revert()
{
    Removal removed;
    auto status = LogbookRepository(m_database, m_clock).removeAll(ids(), &removed);
    if (status)
        m_removed = removed;
    return status;
}

std::vector<qint64> PlanAftercareContacts::ids() const
{
    std::vector<qint64> ids;
    for (const auto &moment : m_moments)
        ids.push_back(moment.id);
    return ids;
}

} // namespace traject
