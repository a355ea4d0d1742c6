// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits/CreatePlacementDays.h"

#include "storage/PlacementRepository.h"

namespace traject {

CreatePlacementDays::CreatePlacementDays(Database &database, const Clock &clock, qint64 learnerId,
                                         qint64 placementId, QList<PlacementDay> days)
    : m_database(database)
    , m_clock(clock)
    , m_learnerId(learnerId)
    , m_placementId(placementId)
    , m_days(std::move(days))
{ }

QString CreatePlacementDays::text() const
{
    return tr("Generate %n placement day(s)", nullptr, static_cast<int>(m_days.size()));
}

Status CreatePlacementDays::apply()
{
    auto status = m_removed.isEmpty()
        ? PlacementRepository(m_database, m_clock).addDays(m_placementId, m_days)
        : m_removed.restore(m_database);
    if (status)
        m_removed = Removal();
    return status;
}

Status CreatePlacementDays::revert()
{
    QList<QDate> dates;
    for (const auto &day : std::as_const(m_days))
        dates.append(day.date);
    Removal removed;
    auto status
        = PlacementRepository(m_database, m_clock).removeDays(m_placementId, dates, &removed);
    if (status)
        m_removed = removed;
    return status;
}

} // namespace traject
