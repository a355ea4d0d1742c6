// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enrolment.h"
#include "domain/Enums.h"
#include "domain/Learner.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace traject {

/// The end of the training: the one agreed for the aftercare when it is recorded, else the latest
/// planned end of the learner's enrolments (invalid when neither is known).
QDate trainingEnd(const std::vector<Enrolment> &enrolments, const std::optional<Aftercare> &agreed);

/// The day the aftercare starts: the agreed start when recorded, else the day after the training
/// end (invalid when that is not known). Moving the training end moves it along.
QDate aftercareStart(const std::vector<Enrolment> &enrolments,
                     const std::optional<Aftercare> &agreed);

/// A phase change the facts of the dossier suggest. It is only offered: the SPOC confirms it,
/// changes it or lets it be.
struct PhaseProposal
{
    Phase to = Phase::Training;
    QDate date;
    QString because; // the fact, in words a SPOC reads

    bool operator==(const PhaseProposal &) const = default;
};

/// What the facts propose today, if anything:
/// - a learner before the training (referral up to the pre-trajectory) whose enrolment has
///   started goes to "Training" on its start date;
/// - a learner in training whose training has ended goes to "Aftercare" on the aftercare start
///   (see aftercareStart()).
/// Never a date in the future, nor one before the current phase began (then that day).
std::optional<PhaseProposal> proposePhase(const Learner &learner,
                                          const std::vector<Enrolment> &enrolments,
                                          const std::optional<Aftercare> &agreed, QDate today);

/// Why an outcome deserves a second look before it is stored (empty when it does not): it is
/// dated after today, or the learner is still in training on that day (or still in the phase
/// "Training"). The SPOC may store it all the same.
QStringList outcomeDoubts(const Outcome &outcome, Phase phase, QDate trainingEnd, QDate today);

} // namespace traject
