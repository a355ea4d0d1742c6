// SPDX-License-Identifier: GPL-3.0-or-later
#include "edits/PlanRetake.h"

#include "storage/EnrolmentRepository.h"
#include "storage/internal/Sql.h"

#include <algorithm>

namespace traject {

PlanRetake::PlanRetake(Database &database, const Clock &clock, const Enrolment &enrolment,
                       ModulePlan plan, const QString &moduleName,
                       std::optional<Extension> extension)
    : m_database(database)
    , m_clock(clock)
    , m_enrolmentId(enrolment.id)
    , m_learnerId(enrolment.learnerId)
    , m_plan(std::move(plan))
    , m_moduleName(moduleName)
    , m_extension(extension)
{ }

QString PlanRetake::text() const
{
    return tr("Plan a retake of %1").arg(m_moduleName);
}

Status PlanRetake::addLine()
{
    EnrolmentRepository enrolments(m_database, m_clock);
    auto current = enrolments.get(m_enrolmentId);
    if (!current)
        return current.error();
    m_before = *current;
    ModulePlan line = m_plan;
    line.id = 0;
    current->modulePlans.push_back(line);
    if (auto status = enrolments.update(*current); !status)
        return status;
    auto stored = enrolments.get(m_enrolmentId);
    if (!stored)
        return stored.error();
    for (const auto &plan : stored->modulePlans) {
        const bool isNew
            = std::none_of(m_before->modulePlans.begin(), m_before->modulePlans.end(),
                           [&plan](const ModulePlan &old) { return old.id == plan.id; });
        if (isNew) {
            m_planId = plan.id;
            return {};
        }
    }
    return Error { tr("The retake was not stored."), {} };
}

Status PlanRetake::extend()
{
    EnrolmentRepository enrolments(m_database, m_clock);
    auto current = enrolments.get(m_enrolmentId);
    if (!current)
        return current.error();
    current->variant = m_extension->variant;
    current->plannedEnd = m_extension->plannedEnd;
    return enrolments.update(*current);
}

Status PlanRetake::apply()
{
    auto status = sql::inTransaction(m_database, [&]() -> Status {
        if (m_removed.isEmpty()) {
            if (auto added = addLine(); !added)
                return added;
        } else if (auto restored = m_removed.restore(m_database); !restored) {
            return restored;
        }
        if (m_extension) {
            if (auto extended = extend(); !extended)
                return extended;
        }
        return {};
    });
    if (status)
        m_removed = Removal();
    return status;
}

Status PlanRetake::revert()
{
    Removal removed;
    auto status = sql::inTransaction(m_database, [&]() -> Status {
        EnrolmentRepository enrolments(m_database, m_clock);
        if (auto status = enrolments.removePlan(m_planId, &removed); !status)
            return status;
        if (m_extension) {
            // The plan as it was: its other lines are unchanged, the new one is gone.
            if (auto status = enrolments.update(*m_before); !status)
                return status;
        }
        return {};
    });
    if (status)
        m_removed = removed;
    return status;
}

} // namespace traject
