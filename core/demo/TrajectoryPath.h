// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace traject::demo {

/// A learner's trajectory up to today: the dated phases and, when reached, the training.
struct TrajectoryPath
{
    struct Step
    {
        Phase phase;
        QDate date;
    };

    Phase target = Phase::Referral;
    QList<Step> steps; // from the referral to the phase reached today
    QDate trainingStart; // an entry moment (September or February); invalid when not reached
    EnrolmentVariant variant = EnrolmentVariant::Months12;
    QDate trainingEnd; // planned end of the training
    QDate stoppedOn; // paused or stopped during the training

    bool reachesTraining() const { return trainingStart.isValid(); }
    QDate dateOf(Phase phase) const;
};

/// Makes up plausible trajectories for a generated caseload: most learners in training or
/// after it, the others spread over the earlier phases, pause and stop; every date lies on or
/// before today.
class TrajectoryChooser
{
public:
    TrajectoryChooser(QDate today, QRandomGenerator &random);

    TrajectoryPath next();

private:
    int below(int n) { return static_cast<int>(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    Phase chooseTarget();
    /// Picks an entry moment and variant that put the learner in the target phase today.
    bool chooseTraining(TrajectoryPath &path);

    QDate m_today;
    QRandomGenerator &m_random;
    QList<QDate> m_entries;
};

} // namespace traject::demo
