// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"
#include "domain/ContactMoment.h"
#include "domain/Enums.h"
#include "domain/Learner.h"
#include "domain/Validation.h"
#include "esf/EsfAnswer.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace traject {

/// One intake interview of a learner. Its answers live apart (question key → text), its barriers
/// and next-step actions are rows of the dossier that remember the intake.
struct Intake
{
    Q_DECLARE_TR_FUNCTIONS(Intake)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    qint64 templateId = 0;
    int templateVersion = 0; // read along, for lists
    QDate date;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while unfinished
    std::optional<IntakeDecision> decision;
    QString reasonCode; // a NonEntryReason code
    QString reasonText;

    bool isFinished() const { return finishedAt.isValid(); }
    bool operator==(const Intake &) const = default;
};

using IntakeAnswers = QHash<QString, QString>;

/// The phase a decision leads to.
Phase phaseAfter(IntakeDecision decision);
/// Whether a decision needs a coded reason (the candidate does not enter), and which one to
/// propose.
bool needsReason(IntakeDecision decision);
std::optional<NonEntryReason> proposedReason(IntakeDecision decision);

/// What finishing an intake changes in the dossier, and what stands in its way.
struct IntakeEffects
{
    Q_DECLARE_TR_FUNCTIONS(IntakeEffects)

public:
    Problems problems; // empty: it can be finished
    Learner learner; // the learner with the answers that feed the dossier filled in
    std::optional<PhaseChange> phaseChange; // none when the phase stays
    /// The interview as a contact moment of the logbook: done on the day it was held, with who
    /// took part (the questions that feed "contact.withWhom") and the decision.
    ContactMoment contact;
    /// The answers to the ESF+ questions, asked on the day of the interview.
    std::vector<esf::EsfAnswer> esfAnswers;
    QStringList changes; // one line per change, for the SPOC to confirm
};

/// Works out what finishing the intake would do to the learner (pure: nothing is stored).
IntakeEffects intakeEffects(const Intake &intake, const IntakeAnswers &answers,
                            const class IntakeTemplate &form, const Learner &learner, QDate today);

/// The answers a new intake starts with: what the learner's dossier already knows, for every
/// question that feeds that field (an unknown or empty field gives no answer).
IntakeAnswers answersFromDossier(const class IntakeTemplate &form, const Learner &learner);

/// A barrier found in the interview: of this category, with this description, noticed on the day
/// of the interview in the intake phase. A category can hold several barriers of one intake.
Barrier intakeBarrier(const Intake &intake, BarrierCategory category, const QString &description);

/// The barrier a written answer becomes (a note of a question that can become a barrier): the
/// note as its description, in `category` or else the category the template gives the question.
/// None when the question cannot become a barrier or the note is empty.
std::optional<Barrier> barrierFromNote(const Intake &intake,
                                       const struct TemplateQuestion &question, const QString &note,
                                       std::optional<BarrierCategory> category = std::nullopt);

/// The support network: one person a learner can fall back on (steunfiguur).
struct SupportPerson
{
    Q_DECLARE_TR_FUNCTIONS(SupportPerson)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    QString name;
    QString relation;
    SupportKind kind = SupportKind::Informal;
    QString phone;
    QString note;

    Problems validate() const;
    bool operator==(const SupportPerson &) const = default;
};

} // namespace traject
