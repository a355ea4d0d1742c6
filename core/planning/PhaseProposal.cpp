// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseProposal.h"

#include <QCoreApplication>

#include <algorithm>

namespace traject {

namespace {

QString day(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

/// Not before the current phase began: the phase history stays in order.
QDate notBefore(QDate date, const Learner &learner)
{
    return learner.phaseSince.isValid() ? std::max(date, learner.phaseSince) : date;
}

} // namespace

QDate trainingEnd(const std::vector<Enrolment> &enrolments, const std::optional<Aftercare> &agreed)
{
    if (agreed && agreed->trainingEnd.isValid())
        return agreed->trainingEnd;
    QDate end;
    for (const auto &enrolment : enrolments) {
        if (enrolment.plannedEnd.isValid() && (!end.isValid() || enrolment.plannedEnd > end))
            end = enrolment.plannedEnd;
    }
    return end;
}

QDate aftercareStart(const std::vector<Enrolment> &enrolments,
                     const std::optional<Aftercare> &agreed)
{
    if (agreed && agreed->start.isValid())
        return agreed->start;
    const QDate end = trainingEnd(enrolments, agreed);
    return end.isValid() ? end.addDays(1) : QDate();
}

std::optional<PhaseProposal> proposePhase(const Learner &learner,
                                          const std::vector<Enrolment> &enrolments,
                                          const std::optional<Aftercare> &agreed, QDate today)
{
    const auto order = phaseOrder(learner.phase);
    const auto training = phaseOrder(Phase::Training);
    if (!order || !training)
        return std::nullopt; // paused or stopped: the SPOC decides when it goes on

    if (*order < *training) {
        // The enrolment that started last, on or before today.
        QDate started;
        for (const auto &enrolment : enrolments) {
            if (enrolment.start.isValid() && enrolment.start <= today
                && (!started.isValid() || enrolment.start > started))
                started = enrolment.start;
        }
        if (!started.isValid())
            return std::nullopt;
        return PhaseProposal { Phase::Training, notBefore(started, learner),
                               QCoreApplication::translate("PhaseProposal",
                                                           "The training started on %1.")
                                   .arg(day(started)) };
    }

    if (learner.phase == Phase::Training) {
        const QDate end = trainingEnd(enrolments, agreed);
        const QDate start = aftercareStart(enrolments, agreed);
        if (!end.isValid() || !start.isValid() || start > today || end >= today)
            return std::nullopt;
        return PhaseProposal {
            Phase::Aftercare, notBefore(start, learner),
            QCoreApplication::translate("PhaseProposal", "The training ended on %1.").arg(day(end))
        };
    }
    return std::nullopt;
}

QStringList outcomeDoubts(const Outcome &outcome, Phase phase, QDate trainingEnd, QDate today)
{
    QStringList doubts;
    if (!outcome.date.isValid())
        return doubts;
    if (outcome.date > today)
        doubts.append(
            QCoreApplication::translate("PhaseProposal", "The outcome date %1 lies after today.")
                .arg(day(outcome.date)));
    if (trainingEnd.isValid() && outcome.date <= trainingEnd)
        doubts.append(QCoreApplication::translate(
                          "PhaseProposal", "On %1 the learner is still in training: it ends on %2.")
                          .arg(day(outcome.date), day(trainingEnd)));
    else if (phase == Phase::Training)
        doubts.append(QCoreApplication::translate(
            "PhaseProposal", "The learner is still in the phase \"Training\"."));
    return doubts;
}

} // namespace traject
