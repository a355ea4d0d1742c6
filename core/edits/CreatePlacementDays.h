// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"
#include "edits/Edit.h"
#include "storage/Removal.h"

#include <QCoreApplication>
#include <QList>

namespace traject {

class Clock;
class Database;

/// Adds several days to a placement at once: revert removes exactly these days, apply again puts
/// them back with the same ids (so that later steps that changed them still apply).
class CreatePlacementDays : public Edit
{
    Q_DECLARE_TR_FUNCTIONS(CreatePlacementDays)

public:
    CreatePlacementDays(Database &database, const Clock &clock, qint64 learnerId,
                        qint64 placementId, QList<PlacementDay> days);

    QString text() const override;
    qint64 learnerId() const override { return m_learnerId; }
    Aspects aspects() const override { return Aspect::Placements; }
    Status apply() override;
    Status revert() override;

private:
    Database &m_database;
    const Clock &m_clock;
    qint64 m_learnerId;
    qint64 m_placementId;
    QList<PlacementDay> m_days;
    Removal m_removed; // the days as revert() took them away
};

} // namespace traject
