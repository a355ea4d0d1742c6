// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentRepository.h"

#include "planning/ModulePlanner.h"
#include "storage/ProgrammeRepository.h"
#include "storage/internal/Sql.h"

#include <QSet>

namespace traject {

namespace {

const QString EnrolmentTable = QStringLiteral("enrolment");
const QString PlanTable = QStringLiteral("module_plan");

// Plans in the order a SPOC reads them: by semester, then as the modules are listed.
const QString PlansSelect
    = QStringLiteral("SELECT mp.* FROM module_plan mp JOIN module m ON m.id = mp.module_id ");
const QString PlansOrder = QStringLiteral(" ORDER BY mp.semester, m.position, mp.id");

sql::Columns enrolmentColumns(const Enrolment &e)
{
    return {
        { QStringLiteral("programme_id"), e.programmeId },
        { QStringLiteral("start_date"), sql::date(e.start) },
        { QStringLiteral("planned_end"), sql::date(e.plannedEnd) },
        { QStringLiteral("variant"), toCode(e.variant) },
        { QStringLiteral("notes"), e.notes },
    };
}

QList<sql::ChildRow> planRows(const Enrolment &e)
{
    QList<sql::ChildRow> rows;
    for (const auto &plan : e.modulePlans)
        rows.append({ plan.id,
                      {
                          { QStringLiteral("module_id"), plan.moduleId },
                          { QStringLiteral("semester"), plan.semester },
                          { QStringLiteral("status"), toCode(plan.status) },
                          { QStringLiteral("retake_reason"), plan.retakeReason },
                      } });
    return rows;
}

Enrolment readEnrolment(const QSqlQuery &q)
{
    using namespace sql;
    Enrolment e;
    e.id = value(q, "id").toLongLong();
    e.learnerId = value(q, "learner_id").toLongLong();
    e.programmeId = value(q, "programme_id").toLongLong();
    e.start = toDate(value(q, "start_date"));
    e.plannedEnd = toDate(value(q, "planned_end"));
    e.variant = enumValue(q, "variant", EnrolmentVariant::Months12);
    e.notes = text(q, "notes");
    return e;
}

ModulePlan readPlan(const QSqlQuery &q)
{
    using namespace sql;
    ModulePlan p;
    p.id = value(q, "id").toLongLong();
    p.moduleId = value(q, "module_id").toLongLong();
    p.semester = value(q, "semester").toInt();
    p.status = enumValue(q, "status", ModuleStatus::Planned);
    p.retakeReason = text(q, "retake_reason");
    return p;
}

} // namespace

Status EnrolmentRepository::checkModules(const Enrolment &enrolment) const
{
    if (enrolment.modulePlans.empty())
        return {};
    auto query
        = sql::exec(m_db, QStringLiteral("SELECT id FROM module WHERE programme_id = :programme"),
                    { { QStringLiteral("programme"), enrolment.programmeId } });
    if (!query)
        return query.error();
    QSet<qint64> modules;
    while (query->next())
        modules.insert(query->value(0).toLongLong());
    for (const auto &plan : enrolment.modulePlans) {
        if (!modules.contains(plan.moduleId))
            return Error {
                tr("The module plan names a module that is not part of the chosen programme."), {}
            };
    }
    return {};
}

Result<qint64> EnrolmentRepository::add(Enrolment &enrolment)
{
    if (auto error = rejected(enrolment.validate()))
        return *error;
    std::vector<qint64> planIds;
    auto id = sql::inTransaction(m_db, [&]() -> Result<qint64> {
        if (auto status = checkModules(enrolment); !status)
            return status.error();
        auto columns = enrolmentColumns(enrolment);
        columns.prepend({ QStringLiteral("learner_id"), enrolment.learnerId });
        auto id = sql::insert(m_db, EnrolmentTable, columns);
        if (!id)
            return id;
        auto ids = sql::syncChildren(m_db, PlanTable, QStringLiteral("enrolment_id"), *id,
                                     planRows(enrolment));
        if (!ids)
            return ids.error();
        planIds = std::move(ids).value();
        return id;
    });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey,
                      tr("The learner or the programme no longer exists."));
    if (!id)
        return id;
    enrolment.id = *id;
    for (std::size_t i = 0; i < planIds.size(); ++i)
        enrolment.modulePlans[i].id = planIds[i];
    return id;
}

Status EnrolmentRepository::update(const Enrolment &enrolment)
{
    if (auto error = rejected(enrolment.validate()))
        return *error;
    auto status = sql::inTransaction(m_db, [&]() -> Status {
        if (auto status = checkModules(enrolment); !status)
            return status;
        if (auto status
            = sql::update(m_db, EnrolmentTable, enrolment.id, enrolmentColumns(enrolment));
            !status)
            return status;
        auto ids = sql::syncChildren(m_db, PlanTable, QStringLiteral("enrolment_id"), enrolment.id,
                                     planRows(enrolment));
        if (!ids)
            return ids.error();
        return {};
    });
    return sql::explain(std::move(status), sql::Constraint::ForeignKey,
                        tr("The programme no longer exists."));
}

Status EnrolmentRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(EnrolmentTable, id, removed);
}

Status EnrolmentRepository::removePlan(qint64 planId, Removal *removed)
{
    return removeRow(PlanTable, planId, removed);
}

Result<Enrolment> EnrolmentRepository::get(qint64 id) const
{
    auto enrolment
        = sql::selectOne<Enrolment>(m_db, QStringLiteral("SELECT * FROM enrolment WHERE id = :id"),
                                    { { QStringLiteral("id"), id } }, readEnrolment,
                                    tr("This enrolment does not exist (number %1).").arg(id));
    if (!enrolment)
        return enrolment;
    auto plans = sql::select<ModulePlan>(
        m_db, PlansSelect + QStringLiteral("WHERE mp.enrolment_id = :id") + PlansOrder,
        { { QStringLiteral("id"), id } }, readPlan);
    if (!plans)
        return plans.error();
    enrolment->modulePlans = std::move(plans).value();
    return enrolment;
}

Result<std::vector<Enrolment>> EnrolmentRepository::forLearner(qint64 learnerId) const
{
    const sql::Binds learner = { { QStringLiteral("learner"), learnerId } };
    auto enrolments = sql::select<Enrolment>(
        m_db,
        QStringLiteral(
            "SELECT * FROM enrolment WHERE learner_id = :learner ORDER BY start_date, id"),
        learner, readEnrolment);
    if (!enrolments)
        return enrolments;
    auto plans = sql::selectGrouped<ModulePlan>(
        m_db,
        PlansSelect
            + QStringLiteral(
                "JOIN enrolment e ON e.id = mp.enrolment_id WHERE e.learner_id = :learner")
            + PlansOrder,
        learner, "enrolment_id", readPlan);
    if (!plans)
        return plans.error();
    for (auto &enrolment : *enrolments)
        enrolment.modulePlans = plans->value(enrolment.id);
    return enrolments;
}

Result<std::vector<ModulePlan>> EnrolmentRepository::defaultPlan(qint64 programmeId,
                                                                 EnrolmentVariant variant) const
{
    auto programme = ProgrammeRepository(m_db, m_clock).get(programmeId);
    if (!programme)
        return programme.error();
    return proposedModulePlan(*programme, variant);
}

} // namespace traject
