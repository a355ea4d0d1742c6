// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Timeline.h"
#include "domain/Enums.h"

#include <QCoreApplication>

#include <optional>

namespace traject {
class Clock;
class Database;
} // namespace traject

namespace traject::timeline {

/// How the rows of the caseload timeline are ordered.
enum class CaseloadSort
{
    Name,
    Phase, // in the order of the trajectory, then by name
    NextDeadline, // the earliest open action first; learners without one last
};

/// One learner of the caseload timeline.
struct CaseloadLearner
{
    qint64 id = 0;
    QString name; // "Family name, first name"
    Phase phase = Phase::Referral;
    QDate nextDeadline; // the due date of the earliest open action
    QDate phaseSince;
};

/// The whole caseload in time: every learner's phases, placement days, open actions (at their
/// due date, overdue ones marked) and the placements an open barrier blocks (hatched), read in a
/// handful of queries, from which filtered and sorted timelines are arranged without going back to
/// the database.
class CaseloadTimeline
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadTimeline)

public:
    static Result<CaseloadTimeline> load(Database &database, const Clock &clock);

    const QList<CaseloadLearner> &learners() const { return m_learners; }
    /// A timeline with one row per learner of the phase (all without one), in this order.
    Timeline arranged(std::optional<Phase> phase, CaseloadSort sort) const;
    /// The same for the learners in any of these phases (all when the list is empty).
    Timeline arranged(const QList<Phase> &phases, CaseloadSort sort) const;
    /// The phases of learners whose trajectory still runs (not stopped, not gone out).
    static QList<Phase> ongoingPhases();

private:
    Status loadLearners(const Database &database);
    Status loadPhases(const Database &database);
    Status loadDays(const Database &database);
    Status loadActions(const Database &database);
    Status loadBlockedPlacements(const Database &database);

    QDate m_today;
    QList<CaseloadLearner> m_learners;
    std::vector<Item> m_items; // row: the index of the learner in m_learners
    QList<Shade> m_shades;
    QDate m_from;
    QDate m_to;
};

} // namespace traject::timeline
