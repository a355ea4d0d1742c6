// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeRepository.h"

#include "storage/BarrierRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "storage/internal/Sql.h"

namespace traject {

namespace {

const QString IntakeColumns
    = QStringLiteral("intake.*, intake_template.version AS template_version FROM intake "
                     "JOIN intake_template ON intake_template.id = intake.template_id");

Intake readIntake(const QSqlQuery &q)
{
    using namespace sql;
    Intake intake;
    intake.id = value(q, "id").toLongLong();
    intake.learnerId = value(q, "learner_id").toLongLong();
    intake.templateId = value(q, "template_id").toLongLong();
    intake.templateVersion = value(q, "template_version").toInt();
    intake.date = toDate(value(q, "date"));
    intake.startedAt = QDateTime::fromString(text(q, "started_at"), Qt::ISODate);
    intake.finishedAt = QDateTime::fromString(text(q, "finished_at"), Qt::ISODate);
    intake.decision = fromCode<IntakeDecision>(text(q, "decision"));
    intake.reasonCode = text(q, "reason_code");
    intake.reasonText = text(q, "reason_text");
    return intake;
}

SupportPerson readSupportPerson(const QSqlQuery &q)
{
    using namespace sql;
    SupportPerson person;
    person.id = value(q, "id").toLongLong();
    person.learnerId = value(q, "learner_id").toLongLong();
    person.name = text(q, "name");
    person.relation = text(q, "relation");
    person.kind = enumValue(q, "kind", SupportKind::Informal);
    person.phone = text(q, "phone");
    person.note = text(q, "note");
    return person;
}

sql::Columns supportColumns(const SupportPerson &person)
{
    return {
        { QStringLiteral("name"), person.name.trimmed() },
        { QStringLiteral("relation"), person.relation.trimmed() },
        { QStringLiteral("kind"), toCode(person.kind) },
        { QStringLiteral("phone"), person.phone.trimmed() },
        { QStringLiteral("note"), person.note },
    };
}

QString nowText(const Clock &clock)
{
    const QDateTime now = clock.now();
    return now.addMSecs(-now.time().msec()).toString(Qt::ISODate);
}

/// Why an answer does not fit its question; empty when it does.
QString answerProblem(const TemplateQuestion &question, const QString &value)
{
    auto knows = [&question](const QString &code) {
        return std::any_of(question.options.begin(), question.options.end(),
                           [&code](const TemplateOption &option) { return option.code == code; });
    };
    switch (question.type) {
    case AnswerType::Line:
    case AnswerType::Text:
        return {};
    case AnswerType::YesNo:
        if (value == QLatin1String("yes") || value == QLatin1String("no"))
            return {};
        return IntakeRepository::tr("Answer yes or no.");
    case AnswerType::Date:
        if (QDate::fromString(value, Qt::ISODate).isValid())
            return {};
        return IntakeRepository::tr("This is not a valid date.");
    case AnswerType::Choice:
        if (knows(value))
            return {};
        return IntakeRepository::tr("Choose one of the options.");
    case AnswerType::Checks:
        for (const auto &code : value.split(QLatin1Char(','))) {
            if (!knows(code))
                return IntakeRepository::tr("Choose among the options.");
        }
        return {};
    }
    return {};
}

} // namespace

Result<qint64> IntakeRepository::storeTemplate(const IntakeTemplate &form)
{
    auto existing = sql::selectOptional<QPair<qint64, QByteArray>>(
        m_db,
        QStringLiteral("SELECT id, definition FROM intake_template WHERE name = :name AND "
                       "version = :version"),
        { { QStringLiteral("name"), form.name }, { QStringLiteral("version"), form.version } },
        [](const QSqlQuery &q) {
            return qMakePair(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
        });
    if (!existing)
        return existing.error();
    if (*existing) {
        if ((*existing)->second == form.definition)
            return (*existing)->first;
        return Error { tr("Version %1 of the intake template \"%2\" already exists with other "
                          "questions. Give the new template a higher version number.")
                           .arg(form.version)
                           .arg(form.name),
                       {} };
    }
    return sql::insert(m_db, QStringLiteral("intake_template"),
                       { { QStringLiteral("name"), form.name },
                         { QStringLiteral("version"), form.version },
                         { QStringLiteral("definition"), QString::fromUtf8(form.definition) },
                         { QStringLiteral("loaded_at"), nowText(m_clock) } });
}

Result<qint64> IntakeRepository::ensureBuiltInTemplate()
{
    auto form = IntakeTemplate::parse(IntakeTemplate::builtIn());
    if (!form)
        return form.error();
    auto newer = sql::scalar(
        m_db,
        QStringLiteral("SELECT id FROM intake_template WHERE name = :name "
                       "AND version >= :version ORDER BY version DESC"),
        { { QStringLiteral("name"), form->name }, { QStringLiteral("version"), form->version } });
    if (!newer)
        return newer.error();
    if (*newer != 0)
        return *newer;
    // A partnership's own template, loaded last, stays the one new intakes use.
    auto current = currentTemplate();
    if (current && current->name != form->name)
        return current->id;
    return storeTemplate(*form);
}

Result<IntakeTemplate> IntakeRepository::currentTemplate() const
{
    auto id = sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM intake_template"));
    if (!id)
        return id.error();
    if (*id == 0)
        return Error { tr("No intake template has been loaded."), {} };
    return templateById(*id);
}

Result<IntakeTemplate> IntakeRepository::templateById(qint64 id) const
{
    auto definition = sql::selectOne<QByteArray>(
        m_db, QStringLiteral("SELECT definition FROM intake_template WHERE id = :id"),
        { { QStringLiteral("id"), id } },
        [](const QSqlQuery &q) { return q.value(0).toString().toUtf8(); },
        tr("This intake template does not exist (number %1).").arg(id));
    if (!definition)
        return definition.error();
    auto form = IntakeTemplate::parse(*definition);
    if (form)
        form->id = id;
    return form;
}

Result<Intake> IntakeRepository::start(qint64 learnerId, QDate date)
{
    if (!date.isValid())
        return Error { tr("Fill in the date of the intake."), {} };
    if (date > m_clock.today())
        return Error { tr("An intake cannot be dated in the future."), {} };
    auto id = sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto builtIn = ensureBuiltInTemplate(); !builtIn)
            return builtIn.error();
        auto form = currentTemplate();
        if (!form)
            return form.error();
        LearnerRepository learners(m_db, m_clock);
        auto learner = learners.get(learnerId);
        if (!learner)
            return learner.error();
        const auto order = phaseOrder(learner->phase);
        if (order && *order < *phaseOrder(Phase::Intake)) {
            PhaseChange change;
            change.date = std::max(date, learner->phaseSince);
            change.to = Phase::Intake;
            if (auto changed = learners.changePhase(learnerId, change); !changed)
                return changed.error();
        }
        auto id = sql::insert(m_db, QStringLiteral("intake"),
                              { { QStringLiteral("learner_id"), learnerId },
                                { QStringLiteral("template_id"), form->id },
                                { QStringLiteral("date"), sql::date(date) },
                                { QStringLiteral("started_at"), nowText(m_clock) } });
        if (!id)
            return id;
        // What the dossier already knows is not asked again from scratch.
        const IntakeAnswers known = answersFromDossier(*form, *learner);
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (auto stored = setAnswer(*id, it.key(), it.value()); !stored)
                return stored.error();
        }
        return id;
    });
    if (!id)
        return id.error();
    return get(*id);
}

Result<Intake> IntakeRepository::get(qint64 id) const
{
    return sql::selectOne<Intake>(
        m_db, QStringLiteral("SELECT %1 WHERE intake.id = :id").arg(IntakeColumns),
        { { QStringLiteral("id"), id } }, readIntake,
        tr("This intake does not exist (number %1).").arg(id));
}

Result<std::vector<Intake>> IntakeRepository::forLearner(qint64 learnerId) const
{
    return sql::select<Intake>(
        m_db,
        QStringLiteral("SELECT %1 WHERE intake.learner_id = :learner ORDER BY intake.date DESC, "
                       "intake.id DESC")
            .arg(IntakeColumns),
        { { QStringLiteral("learner"), learnerId } }, readIntake);
}

Result<std::vector<Intake>> IntakeRepository::unfinished() const
{
    return sql::select<Intake>(
        m_db,
        QStringLiteral("SELECT %1 WHERE intake.finished_at IS NULL ORDER BY intake.started_at "
                       "DESC, intake.id DESC")
            .arg(IntakeColumns),
        {}, readIntake);
}

Status IntakeRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(QStringLiteral("intake"), id, removed);
}

Result<Intake> IntakeRepository::openIntake(qint64 id) const
{
    auto intake = get(id);
    if (intake && intake->isFinished())
        return Error { tr("This intake is finished; its answers can no longer change."), {} };
    return intake;
}

Status IntakeRepository::setAnswer(qint64 intakeId, const QString &question, const QString &value)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto intake = openIntake(intakeId);
        if (!intake)
            return intake.error();
        auto form = templateById(intake->templateId);
        if (!form)
            return form.error();
        const TemplateQuestion *asked = form->question(question);
        if (!asked)
            return Error { tr("The intake template has no question \"%1\".").arg(question), {} };
        const sql::Binds key { { QStringLiteral("intake"), intakeId },
                               { QStringLiteral("question"), question } };
        if (value.isEmpty()) {
            auto removed = sql::exec(m_db,
                                     QStringLiteral("DELETE FROM intake_answer WHERE intake_id = "
                                                    ":intake AND question = :question"),
                                     key);
            return removed ? Status() : Status(removed.error());
        }
        if (const QString problem = answerProblem(*asked, value); !problem.isEmpty())
            return Error { problem, question };
        sql::Binds binds = key;
        binds.append({ QStringLiteral("value"), value });
        binds.append({ QStringLiteral("saved"), nowText(m_clock) });
        auto stored = sql::exec(m_db,
                                QStringLiteral("INSERT INTO intake_answer (intake_id, question, "
                                               "value, saved_at) VALUES (:intake, :question, "
                                               ":value, :saved) ON CONFLICT (intake_id, question) "
                                               "DO UPDATE SET value = excluded.value, saved_at = "
                                               "excluded.saved_at"),
                                binds);
        return stored ? Status() : Status(stored.error());
    });
}

Result<IntakeAnswers> IntakeRepository::answers(qint64 intakeId) const
{
    auto query = sql::exec(
        m_db, QStringLiteral("SELECT question, value FROM intake_answer WHERE intake_id = :intake"),
        { { QStringLiteral("intake"), intakeId } });
    if (!query)
        return query.error();
    IntakeAnswers answers;
    while (query->next())
        answers.insert(query->value(0).toString(), query->value(1).toString());
    return answers;
}

Status IntakeRepository::setDate(qint64 intakeId, QDate date)
{
    if (!date.isValid())
        return Error { tr("Fill in the date of the intake."), {} };
    if (date > m_clock.today())
        return Error { tr("An intake cannot be dated in the future."), {} };
    return sql::inTransaction(m_db, [&]() -> Status {
        auto intake = openIntake(intakeId);
        if (!intake)
            return intake.error();
        LearnerRepository learners(m_db, m_clock);
        auto learner = learners.get(intake->learnerId);
        if (!learner)
            return learner.error();
        if (learner->phase == Phase::Intake && learner->phaseSince > date) {
            // An interview typed up afterwards: the intake phase started on the day it was held,
            // when that does not go before the phase before it.
            auto history = learners.phaseHistory(intake->learnerId);
            if (!history)
                return history.error();
            const auto &steps = *history;
            const bool movable = !steps.empty() && steps.back().to == Phase::Intake
                && (steps.size() < 2 || steps.at(steps.size() - 2).date <= date);
            if (!movable)
                return Error { tr("The interview cannot lie before the start of the intake "
                                  "phase (%1).")
                                   .arg(learner->phaseSince.toString(QStringLiteral("dd/MM/yyyy"))),
                               {} };
            if (auto moved = sql::update(m_db, QStringLiteral("phase_change"), steps.back().id,
                                         { { QStringLiteral("date"), sql::date(date) } });
                !moved)
                return moved;
            if (auto moved = sql::update(m_db, QStringLiteral("learner"), intake->learnerId,
                                         { { QStringLiteral("phase_since"), sql::date(date) } });
                !moved)
                return moved;
        }
        return sql::update(m_db, QStringLiteral("intake"), intakeId,
                           { { QStringLiteral("date"), sql::date(date) } });
    });
}

Status IntakeRepository::setDecision(qint64 intakeId, std::optional<IntakeDecision> decision,
                                     const QString &reasonCode, const QString &reasonText)
{
    if (!reasonCode.isEmpty() && !fromCode<NonEntryReason>(reasonCode))
        return Error { tr("Choose one of the listed reasons."), reasonCode };
    return sql::inTransaction(m_db, [&]() -> Status {
        if (auto intake = openIntake(intakeId); !intake)
            return intake.error();
        return sql::update(
            m_db, QStringLiteral("intake"), intakeId,
            { { QStringLiteral("decision"), decision ? toCode(*decision) : QString() },
              { QStringLiteral("reason_code"), reasonCode },
              { QStringLiteral("reason_text"), reasonText } });
    });
}

Status IntakeRepository::link(const QString &table, qint64 intakeId, qint64 rowId)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        auto intake = get(intakeId);
        if (!intake)
            return intake.error();
        auto learner = sql::scalar(
            m_db, QStringLiteral("SELECT learner_id FROM %1 WHERE id = :id").arg(table),
            { { QStringLiteral("id"), rowId } });
        if (!learner)
            return learner.error();
        if (*learner != intake->learnerId)
            return Error { tr("This belongs to another learner than the intake."), table };
        return sql::update(m_db, table, rowId, { { QStringLiteral("intake_id"), intakeId } });
    });
}

Status IntakeRepository::linkBarrier(qint64 intakeId, qint64 barrierId)
{
    return link(QStringLiteral("barrier"), intakeId, barrierId);
}

Status IntakeRepository::linkAction(qint64 intakeId, qint64 actionId)
{
    return link(QStringLiteral("action"), intakeId, actionId);
}

Result<qint64> IntakeRepository::addBarrier(qint64 intakeId, Barrier &barrier)
{
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        auto id = BarrierRepository(m_db, m_clock).addBarrier(barrier);
        if (!id)
            return id;
        if (auto linked = linkBarrier(intakeId, *id); !linked)
            return linked.error();
        return id;
    });
}

Result<qint64> IntakeRepository::addAction(qint64 intakeId, Action &action)
{
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        auto id = BarrierRepository(m_db, m_clock).addAction(action);
        if (!id)
            return id;
        if (auto linked = linkAction(intakeId, *id); !linked)
            return linked.error();
        return id;
    });
}

Result<std::vector<qint64>> IntakeRepository::barrierIds(qint64 intakeId) const
{
    return sql::select<qint64>(
        m_db, QStringLiteral("SELECT id FROM barrier WHERE intake_id = :intake ORDER BY id"),
        { { QStringLiteral("intake"), intakeId } },
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<std::vector<qint64>> IntakeRepository::actionIds(qint64 intakeId) const
{
    return sql::select<qint64>(
        m_db, QStringLiteral("SELECT id FROM action WHERE intake_id = :intake ORDER BY id"),
        { { QStringLiteral("intake"), intakeId } },
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<IntakeEffects> IntakeRepository::effectsOfFinishing(qint64 intakeId) const
{
    auto intake = get(intakeId);
    if (!intake)
        return intake.error();
    auto form = templateById(intake->templateId);
    if (!form)
        return form.error();
    auto given = answers(intakeId);
    if (!given)
        return given.error();
    auto learner = LearnerRepository(m_db, m_clock).get(intake->learnerId);
    if (!learner)
        return learner.error();
    return intakeEffects(*intake, *given, *form, *learner, m_clock.today());
}

Result<qint64> IntakeRepository::finish(qint64 intakeId)
{
    return sql::inTransaction(m_db, [&]() -> Result<qint64> {
        auto effects = effectsOfFinishing(intakeId);
        if (!effects)
            return effects.error();
        if (auto error = rejected(effects->problems))
            return *error;
        LearnerRepository learners(m_db, m_clock);
        if (auto updated = learners.update(effects->learner); !updated)
            return updated.error();
        if (effects->phaseChange) {
            if (auto changed = learners.changePhase(effects->learner.id, *effects->phaseChange);
                !changed)
                return changed.error();
        }
        ContactMoment contact = effects->contact;
        auto contactId = LogbookRepository(m_db, m_clock).add(contact);
        if (!contactId)
            return contactId;
        if (auto finished = sql::update(m_db, QStringLiteral("intake"), intakeId,
                                        { { QStringLiteral("finished_at"), nowText(m_clock) } });
            !finished)
            return finished.error();
        return contactId;
    });
}

Status IntakeRepository::unfinish(qint64 intakeId, qint64 contactId, const Learner &before,
                                  bool phaseChanged)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        LearnerRepository learners(m_db, m_clock);
        if (phaseChanged) {
            if (auto undone = learners.undoLastPhaseChange(before.id); !undone)
                return undone;
        }
        if (auto restored = learners.update(before); !restored)
            return restored;
        return reopen(intakeId, contactId);
    });
}

Status IntakeRepository::reopen(qint64 intakeId, qint64 contactId)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        if (contactId != 0) {
            if (auto removed = LogbookRepository(m_db, m_clock).remove(contactId); !removed)
                return removed;
        }
        return sql::update(m_db, QStringLiteral("intake"), intakeId,
                           { { QStringLiteral("finished_at"), QVariant() } });
    });
}

Result<qint64> IntakeRepository::addSupportPerson(SupportPerson &person)
{
    if (auto error = rejected(person.validate()))
        return *error;
    auto columns = supportColumns(person);
    columns.prepend({ QStringLiteral("learner_id"), person.learnerId });
    auto id = sql::explain(sql::insert(m_db, QStringLiteral("support_person"), columns),
                           sql::Constraint::ForeignKey,
                           tr("This learner does not exist (number %1).").arg(person.learnerId));
    if (id)
        person.id = *id;
    return id;
}

Status IntakeRepository::updateSupportPerson(const SupportPerson &person)
{
    if (auto error = rejected(person.validate()))
        return *error;
    return sql::update(m_db, QStringLiteral("support_person"), person.id, supportColumns(person));
}

Status IntakeRepository::removeSupportPerson(qint64 id, Removal *removed)
{
    return removeRow(QStringLiteral("support_person"), id, removed);
}

Result<std::vector<SupportPerson>> IntakeRepository::supportNetwork(qint64 learnerId) const
{
    return sql::select<SupportPerson>(
        m_db,
        QStringLiteral("SELECT * FROM support_person WHERE learner_id = :learner ORDER BY id"),
        { { QStringLiteral("learner"), learnerId } }, readSupportPerson);
}

} // namespace traject
