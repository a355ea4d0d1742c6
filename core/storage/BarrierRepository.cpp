// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarrierRepository.h"

#include "storage/internal/Sql.h"

namespace traject {

namespace {

const QString BarrierTable = QStringLiteral("barrier");
const QString ActionTable = QStringLiteral("action");
const QString BlockTable = QStringLiteral("barrier_block");
const QString BarrierOrder = QStringLiteral(" ORDER BY b.category, b.detected_on, b.id");
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

BlockedItem readBlock(const QSqlQuery &q)
{
    using namespace sql;
    return { toOptionalId(value(q, "placement_id")), toOptionalId(value(q, "module_plan_id")) };
}

QList<sql::ChildRow> blockRows(const Barrier &b)
{
    // Rows have no identity of their own: they are written again in the given order.
    QList<sql::ChildRow> rows;
    for (const auto &item : b.blocks)
        rows.append({ 0,
                      {
                          { QStringLiteral("placement_id"), sql::optionalId(item.placementId) },
                          { QStringLiteral("module_plan_id"), sql::optionalId(item.modulePlanId) },
                      } });
    return rows;
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
    auto id = sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto status = checkBlocks(barrier, barrier.learnerId); !status)
            return status.error();
        auto id = sql::insert(m_db, BarrierTable, columns);
        if (!id)
            return id;
        Barrier stored = barrier;
        stored.id = *id;
        if (auto status = storeBlocks(stored); !status)
            return status.error();
        return id;
    });
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
    return sql::inTransaction(m_db, [&]() -> Status {
        auto owner = sql::selectOne<qint64>(
            m_db, QStringLiteral("SELECT learner_id FROM barrier WHERE id = :id"),
            { { QStringLiteral("id"), barrier.id } },
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
            tr("This barrier does not exist (number %1).").arg(barrier.id));
        if (!owner)
            return owner.error();
        if (auto status = checkBlocks(barrier, *owner); !status)
            return status;
        if (auto status = sql::update(m_db, BarrierTable, barrier.id, barrierColumns(barrier));
            !status)
            return status;
        return storeBlocks(barrier);
    });
}

Status BarrierRepository::removeBarrier(qint64 id, Removal *removed)
{
    return removeRow(BarrierTable, id, removed);
}

Result<Barrier> BarrierRepository::barrier(qint64 id) const
{
    auto barrier
        = sql::selectOne<Barrier>(m_db, QStringLiteral("SELECT * FROM barrier WHERE id = :id"),
                                  { { QStringLiteral("id"), id } }, readBarrier,
                                  tr("This barrier does not exist (number %1).").arg(id));
    if (!barrier)
        return barrier;
    auto blocks = blocksOf(id);
    if (!blocks)
        return blocks.error();
    barrier->blocks = std::move(blocks).value();
    return barrier;
}

Result<std::vector<Barrier>> BarrierRepository::barriersFor(qint64 learnerId) const
{
    const sql::Binds binds { { QStringLiteral("learner"), learnerId } };
    auto barriers = sql::select<Barrier>(
        m_db, QStringLiteral("SELECT * FROM barrier b WHERE learner_id = :learner") + BarrierOrder,
        binds, readBarrier);
    if (!barriers)
        return barriers;
    auto blocks = sql::selectGrouped<BlockedItem>(
        m_db,
        QStringLiteral("SELECT bb.* FROM barrier_block bb JOIN barrier b ON b.id = bb.barrier_id "
                       "WHERE b.learner_id = :learner ORDER BY bb.id"),
        binds, "barrier_id", readBlock);
    if (!blocks)
        return blocks.error();
    for (auto &barrier : *barriers)
        barrier.blocks = blocks->value(barrier.id);
    return barriers;
}

Result<std::vector<BlockedItem>> BarrierRepository::blocksOf(qint64 barrierId) const
{
    return sql::select<BlockedItem>(
        m_db, QStringLiteral("SELECT * FROM barrier_block WHERE barrier_id = :barrier ORDER BY id"),
        { { QStringLiteral("barrier"), barrierId } }, readBlock);
}

Result<std::vector<Barrier>> BarrierRepository::barriersBlocking(const BlockedItem &item) const
{
    if (!item.isValid())
        return std::vector<Barrier>();
    const bool placement = item.placementId.has_value();
    auto barriers = sql::select<Barrier>(
        m_db,
        QStringLiteral("SELECT DISTINCT b.* FROM barrier b JOIN barrier_block bb "
                       "ON bb.barrier_id = b.id WHERE bb.%1 = :item")
                .arg(placement ? QLatin1String("placement_id") : QLatin1String("module_plan_id"))
            + BarrierOrder,
        { { QStringLiteral("item"), placement ? *item.placementId : *item.modulePlanId } },
        readBarrier);
    if (!barriers)
        return barriers;
    for (auto &barrier : *barriers) {
        auto blocks = blocksOf(barrier.id);
        if (!blocks)
            return blocks.error();
        barrier.blocks = std::move(blocks).value();
    }
    return barriers;
}

Result<std::vector<Barrier>> BarrierRepository::openBlockersOfPlacement(qint64 placementId) const
{
    const auto item = BlockedItem::placement(placementId);
    auto barriers = barriersBlocking(item);
    if (!barriers)
        return barriers;
    return openBlockers(*barriers, item);
}

Result<std::vector<Barrier>> BarrierRepository::openBlockersOfModulePlan(qint64 modulePlanId) const
{
    const auto item = BlockedItem::modulePlan(modulePlanId);
    auto barriers = barriersBlocking(item);
    if (!barriers)
        return barriers;
    return openBlockers(*barriers, item);
}

Status BarrierRepository::checkBlocks(const Barrier &barrier, qint64 learnerId) const
{
    const auto ownerOf = [](const QSqlQuery &q) { return q.value(0).toLongLong(); };
    for (const auto &item : barrier.blocks) {
        const bool placement = item.placementId.has_value();
        auto owner = placement
            ? sql::selectOptional<qint64>(
                m_db, QStringLiteral("SELECT learner_id FROM placement WHERE id = :id"),
                { { QStringLiteral("id"), *item.placementId } }, ownerOf)
            : sql::selectOptional<qint64>(
                m_db,
                QStringLiteral("SELECT e.learner_id FROM module_plan mp JOIN enrolment e "
                               "ON e.id = mp.enrolment_id WHERE mp.id = :id"),
                { { QStringLiteral("id"), item.modulePlanId.value_or(0) } }, ownerOf);
        if (!owner)
            return owner.error();
        if (!owner->has_value())
            return Error { placement ? tr("A placement this barrier blocks no longer exists.")
                                     : tr("A module this barrier blocks is no longer in the "
                                          "plan."),
                           {} };
        if (**owner != learnerId)
            return Error { placement ? tr("A placement this barrier blocks belongs to another "
                                          "learner; choose one of this learner's placements.")
                                     : tr("A module this barrier blocks is in another learner's "
                                          "plan; choose one of this learner's modules."),
                           {} };
    }
    return {};
}

Status BarrierRepository::storeBlocks(const Barrier &barrier)
{
    auto ids = sql::syncChildren(m_db, BlockTable, QStringLiteral("barrier_id"), barrier.id,
                                 blockRows(barrier));
    if (!ids)
        return ids.error();
    return {};
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

Status BarrierRepository::removeAction(qint64 id, Removal *removed)
{
    return removeRow(ActionTable, id, removed);
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
