// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"
#include "domain/Learner.h"
#include "intake/Intake.h"
#include "intake/IntakeTemplate.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// Intake templates, intakes and their answers. Every answer is stored on its own, at once.
class IntakeRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(IntakeRepository)

public:
    using Repository::Repository;

    /// Stores a template version; the same version with the same definition again is its id.
    /// A version that exists with other questions is refused (give it a higher number).
    Result<qint64> storeTemplate(const IntakeTemplate &form);
    /// Stores the template shipped with the program when no version as high is stored yet, unless
    /// a partnership's own template (another name) was loaded last. Returns the current one.
    Result<qint64> ensureBuiltInTemplate();
    /// The template new intakes use: the one loaded last.
    Result<IntakeTemplate> currentTemplate() const;
    Result<IntakeTemplate> templateById(qint64 id) const;

    /// Starts an intake on that day with the current template (the built-in one when none is). A
    /// learner who has not reached the intake yet (referral, info session) moves to the intake
    /// phase on that day. The questions that feed a field the dossier already knows start with
    /// that answer (see answersFromDossier()).
    Result<Intake> start(qint64 learnerId, QDate date);
    Result<Intake> get(qint64 id) const;
    /// The learner's intakes, the newest first.
    Result<std::vector<Intake>> forLearner(qint64 learnerId) const;
    /// Every unfinished intake of every learner, the most recent first.
    Result<std::vector<Intake>> unfinished() const;
    /// Removes an intake (its answers with it; its barriers and actions stay in the dossier).
    Status remove(qint64 id, Removal *removed = nullptr);

    /// Stores one answer (an empty one removes it); checked against the intake's template.
    Status setAnswer(qint64 intakeId, const QString &question, const QString &value);
    Result<IntakeAnswers> answers(qint64 intakeId) const;
    /// Changes the day of the interview. An interview typed up afterwards moves the start of the
    /// intake phase back to that day, when the phase began with this intake.
    Status setDate(qint64 intakeId, QDate date);
    Status setDecision(qint64 intakeId, std::optional<IntakeDecision> decision,
                       const QString &reasonCode, const QString &reasonText);

    /// Adds a barrier or action to the learner's dossier and links it to this intake, in one
    /// transaction; returns its id.
    Result<qint64> addBarrier(qint64 intakeId, Barrier &barrier);
    Result<qint64> addAction(qint64 intakeId, Action &action);
    /// Remembers that a barrier or action of the dossier came from this intake.
    Status linkBarrier(qint64 intakeId, qint64 barrierId);
    Status linkAction(qint64 intakeId, qint64 actionId);
    /// The ids of the barriers and actions made in this intake, in the order they were made.
    Result<std::vector<qint64>> barrierIds(qint64 intakeId) const;
    Result<std::vector<qint64>> actionIds(qint64 intakeId) const;

    /// What finishing would change (see intakeEffects()).
    Result<IntakeEffects> effectsOfFinishing(qint64 intakeId) const;
    /// Finishes the intake in one transaction: the answers that feed the dossier are written to
    /// the learner, the phase changes after the decision, the interview goes into the logbook as
    /// a contact moment, and the intake becomes read-only. Returns the contact moment's id.
    Result<qint64> finish(qint64 intakeId);
    /// Makes a finished intake unfinished again and takes its contact moment (the id finish()
    /// returned; 0: none) out of the logbook. Only to undo finishing; the caller restores the
    /// learner and the phase.
    Status reopen(qint64 intakeId, qint64 contactId);
    /// Takes finishing an intake back, in one transaction: the phase change it made (when
    /// `phaseChanged`) and the learner's data as they were `before`, then reopen().
    Status unfinish(qint64 intakeId, qint64 contactId, const Learner &before, bool phaseChanged);

    /// The support network of a learner (steunfiguren), in the order they were added.
    Result<qint64> addSupportPerson(SupportPerson &person);
    Status updateSupportPerson(const SupportPerson &person);
    Status removeSupportPerson(qint64 id, Removal *removed = nullptr);
    Result<std::vector<SupportPerson>> supportNetwork(qint64 learnerId) const;

private:
    Result<Intake> openIntake(qint64 id) const;
    Status link(const QString &table, qint64 intakeId, qint64 rowId);
};

} // namespace traject
