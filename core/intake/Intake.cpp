// SPDX-License-Identifier: GPL-3.0-or-later
#include "Intake.h"

#include "IntakeTemplate.h"
#include "esf/EsfProposal.h"

namespace traject {

namespace {

QString shown(const QString &value)
{
    return value.isEmpty() ? Intake::tr("(empty)") : value;
}

/// Fills in one field of the learner from an answer and notes the change.
template<typename E>
void feedEnum(E &field, const QString &answer, const QString &what, QStringList &changes)
{
    const auto value = fromCode<E>(answer);
    if (!value || *value == field)
        return;
    changes.append(IntakeEffects::tr("%1: %2 → %3").arg(what, label(field), label(*value)));
    field = *value;
}

void feedText(QString &field, const QString &answer, const QString &what, QStringList &changes)
{
    const QString value = answer.trimmed();
    if (value.isEmpty() || value == field)
        return;
    changes.append(IntakeEffects::tr("%1: %2 → %3").arg(what, shown(field), value));
    field = value;
}

/// The answer of a question that feeds the logbook's "with whom": the labels of the options
/// ticked, or the text typed.
QString withWhomPart(const TemplateQuestion &question, const QString &answer)
{
    if (question.type != AnswerType::Checks)
        return answer.simplified();
    QStringList labels;
    for (const auto &code : answer.split(QLatin1Char(','), Qt::SkipEmptyParts))
        labels.append(question.optionLabel(code));
    return labels.join(QStringLiteral(", "));
}

/// What the logbook says about the interview: the decision, its reason and its explanation.
QString decisionNote(const Intake &intake)
{
    if (!intake.decision)
        return {};
    QString decision = label(*intake.decision);
    if (const auto reason = fromCode<NonEntryReason>(intake.reasonCode))
        decision = IntakeEffects::tr("%1 (%2)").arg(decision, label(*reason));
    QString note = IntakeEffects::tr("Decision: %1.").arg(decision);
    if (const QString text = intake.reasonText.trimmed(); !text.isEmpty())
        note += QLatin1Char('\n') + text;
    return note;
}

} // namespace

Phase phaseAfter(IntakeDecision decision)
{
    switch (decision) {
    case IntakeDecision::Admitted:
        return Phase::Orientation;
    case IntakeDecision::PreTrajectory:
        return Phase::PreTrajectory;
    case IntakeDecision::RegularCourse:
    case IntakeDecision::Referred:
    case IntakeDecision::NotEntering:
        return Phase::Stopped;
    }
    return Phase::Intake;
}

bool needsReason(IntakeDecision decision)
{
    return phaseAfter(decision) == Phase::Stopped;
}

std::optional<NonEntryReason> proposedReason(IntakeDecision decision)
{
    if (decision == IntakeDecision::RegularCourse)
        return NonEntryReason::StrongEnoughForRegular;
    return std::nullopt;
}

IntakeEffects intakeEffects(const Intake &intake, const IntakeAnswers &answers,
                            const IntakeTemplate &form, const Learner &learner, QDate today)
{
    IntakeEffects effects;
    effects.learner = learner;
    if (intake.isFinished()) {
        effects.problems.append(
            { QStringLiteral("intake"), IntakeEffects::tr("This intake is already finished.") });
        return effects;
    }

    Learner &fed = effects.learner;
    QStringList withWhom;
    for (const auto &section : form.sections) {
        for (const auto &question : section.questions) {
            const QString answer = answers.value(question.key);
            switch (question.feed) {
            case Feed::None:
                break;
            case Feed::EmploymentService:
                feedEnum(fed.employmentService, answer, IntakeEffects::tr("Employment service"),
                         effects.changes);
                break;
            case Feed::Nt2Level:
                feedEnum(fed.nt2Level, answer, IntakeEffects::tr("Level of Dutch (NT2)"),
                         effects.changes);
                break;
            case Feed::Statute:
                feedText(fed.statute, answer, IntakeEffects::tr("Status or benefit"),
                         effects.changes);
                break;
            case Feed::HomeLanguage:
                feedText(fed.homeLanguage, answer, IntakeEffects::tr("Home language"),
                         effects.changes);
                break;
            case Feed::ContactWithWhom:
                if (const QString part = withWhomPart(question, answer); !part.isEmpty())
                    withWhom.append(part);
                break;
            case Feed::Esf:
                if (!answer.isEmpty()) {
                    esf::EsfAnswer given;
                    given.learnerId = learner.id;
                    given.indicator = question.esfIndicator;
                    given.codes = QStringList(answer);
                    given.askedOn = intake.date;
                    const auto *indicator
                        = esf::EsfCatalogue::builtIn().indicator(question.esfIndicator);
                    effects.changes.append(
                        IntakeEffects::tr("ESF+ %1: %2")
                            .arg(indicator ? indicator->label.text() : question.esfIndicator,
                                 question.optionLabel(answer)));
                    effects.esfAnswers.push_back(std::move(given));
                }
                break;
            }
        }
    }

    ContactMoment &contact = effects.contact;
    contact.learnerId = learner.id;
    contact.date = intake.date;
    contact.kind = ContactKind::Intake;
    contact.status = ContactStatus::Done;
    contact.withWhom = withWhom.join(QStringLiteral("; "));
    contact.notes = decisionNote(intake);

    if (!intake.decision) {
        effects.problems.append({ QStringLiteral("decision"),
                                  IntakeEffects::tr("Choose the decision of the interview.") });
        return effects;
    }
    const QString day = intake.date.toString(QStringLiteral("dd/MM/yyyy"));
    effects.changes.append(
        contact.withWhom.isEmpty()
            ? IntakeEffects::tr("Logbook: \"%1\" on %2").arg(label(contact.kind), day)
            : IntakeEffects::tr("Logbook: \"%1\" on %2 with %3")
                  .arg(label(contact.kind), day, contact.withWhom));
    const Phase target = phaseAfter(*intake.decision);
    const auto currentOrder = phaseOrder(learner.phase);
    const bool beforeDecision = currentOrder && *currentOrder <= *phaseOrder(Phase::Orientation);
    if (learner.phase == target || !beforeDecision
        || (target != Phase::Stopped && *currentOrder >= *phaseOrder(target))) {
        effects.changes.append(
            IntakeEffects::tr("The phase stays \"%1\".").arg(label(learner.phase)));
        return effects;
    }

    PhaseChange change;
    change.learnerId = learner.id;
    change.date = intake.date;
    change.from = learner.phase;
    change.to = target;
    if (needsReason(*intake.decision))
        change.reasonCode = intake.reasonCode;
    change.reasonText = intake.reasonText.trimmed();
    for (auto problem : validatePhaseChange(learner.phase, learner.phaseSince, change, today)) {
        if (problem.field == QLatin1String("to"))
            problem.field = QStringLiteral("decision");
        effects.problems.append(problem);
    }
    effects.changes.append(
        IntakeEffects::tr("Phase: %1 → %2 on %3").arg(label(learner.phase), label(target), day));
    effects.phaseChange = change;
    return effects;
}

IntakeAnswers answersFromDossier(const IntakeTemplate &form, const Learner &learner)
{
    IntakeAnswers answers;
    for (const auto &section : form.sections) {
        for (const auto &question : section.questions) {
            QString known;
            switch (question.feed) {
            case Feed::None:
            case Feed::ContactWithWhom:
                break;
            case Feed::Esf:
                // What the dossier already implies, for the SPOC to confirm in the interview.
                known = esf::proposedAnswer(learner, question.esfIndicator);
                break;
            case Feed::EmploymentService:
                if (learner.employmentService != EmploymentService::None)
                    known = toCode(learner.employmentService);
                break;
            case Feed::Nt2Level:
                if (learner.nt2Level != Nt2Level::Unknown)
                    known = toCode(learner.nt2Level);
                break;
            case Feed::Statute:
                known = learner.statute.trimmed();
                break;
            case Feed::HomeLanguage:
                known = learner.homeLanguage.trimmed();
                break;
            }
            if (!known.isEmpty())
                answers.insert(question.key, known);
        }
    }
    return answers;
}

Barrier intakeBarrier(const Intake &intake, BarrierCategory category, const QString &description)
{
    Barrier barrier;
    barrier.learnerId = intake.learnerId;
    barrier.category = category;
    barrier.description = description.simplified();
    if (barrier.description.isEmpty())
        barrier.description = label(category);
    barrier.detectedOn = intake.date;
    barrier.detectedInPhase = Phase::Intake;
    return barrier;
}

std::optional<Barrier> barrierFromNote(const Intake &intake, const TemplateQuestion &question,
                                       const QString &note, std::optional<BarrierCategory> category)
{
    if (!question.barrier || note.simplified().isEmpty())
        return std::nullopt;
    return intakeBarrier(intake, category.value_or(*question.barrier), note);
}

Problems SupportPerson::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems.append({ QStringLiteral("name"), tr("Fill in the name of the support person.") });
    return problems;
}

} // namespace traject
