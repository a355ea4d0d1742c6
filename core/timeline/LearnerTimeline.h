// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Timeline.h"

#include <QCoreApplication>

namespace traject {
class Clock;
class Database;
} // namespace traject

namespace traject::timeline {

/// The lanes of one learner's timeline, top to bottom.
enum class Lane
{
    Phases,
    Training,
    Placements,
    Barriers,
    Actions,
    Aftercare,
    Count
};

/// One learner's whole trajectory as a timeline: phases, modules per semester, placements with
/// their days, barriers (open ones run to today), actions at their due date, the aftercare
/// window, the 2-year limit and today, with public holidays and closures shaded. Placements and
/// modules that an open barrier blocks carry that barrier's description.
class LearnerTimelineBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LearnerTimelineBuilder)

public:
    LearnerTimelineBuilder(Database &database, const Clock &clock);

    Result<Timeline> build(qint64 learnerId) const;

private:
    Status addPhases(Timeline &timeline, qint64 learnerId) const;
    Status addTraining(Timeline &timeline, qint64 learnerId) const;
    Status addPlacements(Timeline &timeline, qint64 learnerId, QList<qint64> &sites) const;
    Status addBarriers(Timeline &timeline, qint64 learnerId) const;
    Status addAftercare(Timeline &timeline, qint64 learnerId) const;
    Status markBlocked(Timeline &timeline, qint64 learnerId) const;

    Database &m_database;
    const Clock &m_clock;
    QDate m_today;
};

/// Shades the public holidays of from..to and the closures that apply to every site or to one of
/// these sites.
Status addCalendarShades(Database &database, const Clock &clock, Timeline &timeline,
                         const QList<qint64> &sites = {}, bool allSites = false);

} // namespace traject::timeline
