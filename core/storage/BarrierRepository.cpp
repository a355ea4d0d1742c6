// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarrierRepository.h"

#include "storage/Sql.h"

namespace traject {

namespace {

const QString BarrierTable = QStringLiteral("barrier");
const QString ActionTable = QStringLiteral("action");
const QString ActionOrder = QStringLiteral(" ORDER BY due_date IS NULL, due_date, id");

sql::Columns barrierColumns(const Barrier &b)
{
    return {
        { QStringLiteral("category"), static_cast<int>(b.category) },
        { QStringLiteral("description"), b.description.trimmed() },
        { QStringLiteral("severity"), toCode(b.severity) },
        { QStringLiteral("detected_on"), sql::date(b.detectedOn) },
        { QStringLiteral("detected_in_phase"), toCode(b.detectedInPhase) },
        { QStringLiteral("status"), toCode(b.status) },
        { QStringLiteral("resolved_on"), sql::date(b.resolvedOn) },
        { QStringLiteral("notes"), b.notes },
    };
}

Barrier readBarrier(const QSqlQuery &q)
{
    using namespace sql;
    Barrier b;
    b.id = value(q, "id").toLongLong();
    b.learnerId = value(q, "learner_id").toLongLong();
    b.category = enumValue(q, "category", BarrierCategory::Preconditions);
    b.description = text(q, "description");
    b.severity = enumValue(q, "severity", Severity::Medium);
    b.detectedOn = toDate(value(q, "detected_on"));
    b.detectedInPhase = enumValue(q, "detected_in_phase", Phase::Intake);
    b.status = enumValue(q, "status", BarrierStatus::Open);
    b.resolvedOn = toDate(value(q, "resolved_on"));
    b.notes = text(q, "notes");
    return b;
}

sql::Columns actionColumns(const Action &a)
{
    return {
        { QStringLiteral("barrier_id"), sql::optionalId(a.barrierId) },
        { QStringLiteral("description"), a.description.trimmed() },
        { QStringLiteral("owner"), toCode(a.owner) },
        { QStringLiteral("partner_person_id"), sql::optionalId(a.partnerPersonId) },
        { QStringLiteral("domain"), toCode(a.domain) },
        { QStringLiteral("due_date"), sql::date(a.due) },
        { QStringLiteral("done_date"), sql::date(a.done) },
        { QStringLiteral("outcome"), a.outcome },
    };
}

Action readAction(const QSqlQuery &q)
{
    using namespace sql;
    Action a;
    a.id = value(q, "id").toLongLong();
    a.learnerId = value(q, "learner_id").toLongLong();
    a.barrierId = toOptionalId(value(q, "barrier_id"));
    a.description = text(q, "description");
    a.owner = enumValue(q, "owner", ActionOwner::Spoc);
    a.partnerPersonId = toOptionalId(value(q, "partner_person_id"));
    a.domain = enumValue(q, "domain", SupportDomain::Preconditions);
    a.due = toDate(value(q, "due_date"));
    a.done = toDate(value(q, "done_date"));
    a.outcome = text(q, "outcome");
    return a;
}

} // namespace

Result<qint64> BarrierRepository::addBarrier(Barrier &barrier)
{
    if (auto error = rejected(barrier.validate(m_clock.today())))
        return *error;
    auto columns = barrierColumns(barrier);
    columns.prepend({ QStringLiteral("learner_id"), barrier.learnerId });
    auto id = sql::inTransaction(m_db, [&] { return sql::insert(m_db, BarrierTable, columns); });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey,
                      tr("The learner no longer exists."));
    if (id)
        barrier.id = *id;
    return id;
}

Status BarrierRepository::updateBarrier(const Barrier &barrier)
{
    if (auto error = rejected(barrier.validate(m_clock.today())))
        return *error;
    return sql::inTransaction(
        m_db, [&] { return sql::update(m_db, BarrierTable, barrier.id, barrierColumns(barrier)); });
}

Status BarrierRepository::removeBarrier(qint64 id)
{
    return sql::inTransaction(m_db, [&] { return sql::remove(m_db, BarrierTable, id); });
}

Result<Barrier> BarrierRepository::barrier(qint64 id) const
{
    return sql::selectOne<Barrier>(m_db, QStringLiteral("SELECT * FROM barrier WHERE id = :id"),
                                   { { QStringLiteral("id"), id } }, readBarrier,
                                   tr("This barrier does not exist (number %1).").arg(id));
}

Result<std::vector<Barrier>> BarrierRepository::barriersFor(qint64 learnerId) const
{
    return sql::select<Barrier>(
        m_db,
        QStringLiteral(
            "SELECT * FROM barrier WHERE learner_id = :learner ORDER BY category, detected_on, id"),
        { { QStringLiteral("learner"), learnerId } }, readBarrier);
}

Status BarrierRepository::checkBarrier(const Action &action, qint64 learnerId) const
{
    if (!action.barrierId)
        return {};
    auto owner = sql::selectOptional<qint64>(
        m_db, QStringLiteral("SELECT learner_id FROM barrier WHERE id = :id"),
        { { QStringLiteral("id"), *action.barrierId } },
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return Error { tr("The barrier of this action no longer exists."), {} };
    if (**owner != learnerId)
        return Error {
            tr("The barrier of this action belongs to another learner; choose one of this "
               "learner's barriers."),
            {}
        };
    return {};
}

Result<qint64> BarrierRepository::addAction(Action &action)
{
    if (auto error = rejected(action.validate()))
        return *error;
    auto columns = actionColumns(action);
    columns.prepend({ QStringLiteral("learner_id"), action.learnerId });
    auto id = sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto status = checkBarrier(action, action.learnerId); !status)
            return status.error();
        return sql::insert(m_db, ActionTable, columns);
    });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey,
                      tr("The learner or the partner's person no longer exists."));
    if (id)
        action.id = *id;
    return id;
}

Status BarrierRepository::updateAction(const Action &action)
{
    if (auto error = rejected(action.validate()))
        return *error;
    auto status = sql::inTransaction(m_db, [&]() -> Status {
        auto stored = this->action(action.id);
        if (!stored)
            return stored.error();
        if (auto status = checkBarrier(action, stored->learnerId); !status)
            return status;
        return sql::update(m_db, ActionTable, action.id, actionColumns(action));
    });
    return sql::explain(std::move(status), sql::Constraint::ForeignKey,
                        tr("The partner's person no longer exists."));
}

Status BarrierRepository::removeAction(qint64 id)
{
    return sql::inTransaction(m_db, [&] { return sql::remove(m_db, ActionTable, id); });
}

Result<Action> BarrierRepository::action(qint64 id) const
{
    return sql::selectOne<Action>(m_db, QStringLiteral("SELECT * FROM action WHERE id = :id"),
                                  { { QStringLiteral("id"), id } }, readAction,
                                  tr("This action does not exist (number %1).").arg(id));
}

Result<std::vector<Action>> BarrierRepository::actionsFor(qint64 learnerId) const
{
    return sql::select<Action>(
        m_db, QStringLiteral("SELECT * FROM action WHERE learner_id = :learner") + ActionOrder,
        { { QStringLiteral("learner"), learnerId } }, readAction);
}

Result<std::vector<Action>> BarrierRepository::actionsForBarrier(qint64 barrierId) const
{
    return sql::select<Action>(
        m_db, QStringLiteral("SELECT * FROM action WHERE barrier_id = :barrier") + ActionOrder,
        { { QStringLiteral("barrier"), barrierId } }, readAction);
}

} // namespace traject
