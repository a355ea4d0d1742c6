// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"
#include "storage/Repository.h"

#include <QList>
#include <QPair>
#include <QSet>

#include <vector>

namespace traject {

/// Placements (work-place learning, internship, orientation) and their days.
class PlacementRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new placement; sets its id.
    Result<qint64> add(Placement &placement);
    /// Stores a changed placement (the learner does not change); refused when some of its days
    /// would fall outside the new period.
    Status update(const Placement &placement);
    /// Stores several changed placements, each as update() does: all of them or, on any problem,
    /// none (e.g. a target shared by the placements of a trajectory).
    Status updateAll(const QList<Placement> &placements);
    /// Removes the placement and its days.
    Status remove(qint64 id, Removal *removed = nullptr);
    Result<Placement> get(qint64 id) const;
    /// The learner's placements by start date.
    Result<std::vector<Placement>> forLearner(qint64 learnerId) const;

    /// Validates and stores a new day (within the placement's period); sets its id.
    Result<qint64> addDay(PlacementDay &day);
    /// Stores a changed day; it stays with its placement.
    Status updateDay(const PlacementDay &day);
    Status removeDay(qint64 id, Removal *removed = nullptr);
    Result<PlacementDay> day(qint64 id) const;
    /// The placement's days by date.
    Result<std::vector<PlacementDay>> days(qint64 placementId) const;
    /// Adds several days to one placement: all of them or, on any problem, none.
    Status addDays(qint64 placementId, const QList<PlacementDay> &days);
    /// Stores several changed days (each stays with its placement): all of them or, on any
    /// problem, none.
    Status updateDays(const QList<PlacementDay> &days);
    /// Removes the placement's days on these dates: all of them or, when one of the dates has no
    /// day of this placement, none (e.g. to take back addDays()).
    Status removeDays(qint64 placementId, const QList<QDate> &dates, Removal *removed = nullptr);

    /// The dates on which the learner has a placement day that is not cancelled.
    Result<QSet<QDate>> bookedDates(qint64 learnerId) const;
    /// The learner's placements by start date, each with its days by date.
    Result<QList<QPair<Placement, QList<PlacementDay>>>> withDaysForLearner(qint64 learnerId) const;

private:
    /// Validates a day, including its date against the placement's period.
    Status checkDay(const PlacementDay &day, const Placement &placement) const;
    /// Inserts a validated day, explaining a second day on the same date.
    Result<qint64> insertDay(const PlacementDay &day);
};

} // namespace traject
