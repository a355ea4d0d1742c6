// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleCardRepository.h"

#include "storage/internal/Sql.h"

#include <algorithm>

namespace traject {

namespace {

const QString Table = QStringLiteral("role_assignment");

sql::Columns assignmentColumns(const RoleAssignment &a)
{
    return {
        { QStringLiteral("role"), toCode(a.role) },
        { QStringLiteral("person_id"), a.personId },
        { QStringLiteral("from_date"), sql::date(a.from) },
        { QStringLiteral("to_date"), sql::date(a.to) },
        { QStringLiteral("note"), a.note },
    };
}

RoleAssignment readAssignment(const QSqlQuery &q)
{
    using namespace sql;
    RoleAssignment a;
    a.id = value(q, "id").toLongLong();
    a.learnerId = value(q, "learner_id").toLongLong();
    a.role = enumValue(q, "role", Role::Other);
    a.personId = value(q, "person_id").toLongLong();
    a.from = toDate(value(q, "from_date"));
    a.to = toDate(value(q, "to_date"));
    a.note = text(q, "note");
    return a;
}

} // namespace

Result<qint64> RoleCardRepository::add(RoleAssignment &assignment)
{
    if (auto error = rejected(assignment.validate()))
        return *error;
    auto columns = assignmentColumns(assignment);
    columns.prepend({ QStringLiteral("learner_id"), assignment.learnerId });
    auto id = sql::inTransaction(m_db, [&] { return sql::insert(m_db, Table, columns); });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey,
                      tr("The learner or the chosen person no longer exists."));
    if (id)
        assignment.id = *id;
    return id;
}

Status RoleCardRepository::update(const RoleAssignment &assignment)
{
    if (auto error = rejected(assignment.validate()))
        return *error;
    auto status = sql::inTransaction(m_db, [&] {
        return sql::update(m_db, Table, assignment.id, assignmentColumns(assignment));
    });
    return sql::explain(std::move(status), sql::Constraint::ForeignKey,
                        tr("The chosen person no longer exists."));
}

Status RoleCardRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(Table, id, removed);
}

Result<RoleAssignment> RoleCardRepository::get(qint64 id) const
{
    return sql::selectOne<RoleAssignment>(
        m_db, QStringLiteral("SELECT * FROM role_assignment WHERE id = :id"),
        { { QStringLiteral("id"), id } }, readAssignment,
        tr("This line of the role card does not exist (number %1).").arg(id));
}

Result<std::vector<RoleAssignment>> RoleCardRepository::forLearner(qint64 learnerId) const
{
    // Roles are stored as text codes; their order is the enumeration's, so sort on it here.
    auto card = sql::select<RoleAssignment>(
        m_db,
        QStringLiteral(
            "SELECT * FROM role_assignment WHERE learner_id = :learner ORDER BY from_date, id"),
        { { QStringLiteral("learner"), learnerId } }, readAssignment);
    if (card)
        std::stable_sort(card->begin(), card->end(),
                         [](const RoleAssignment &a, const RoleAssignment &b) {
                             return static_cast<int>(a.role) < static_cast<int>(b.role);
                         });
    return card;
}

} // namespace traject
