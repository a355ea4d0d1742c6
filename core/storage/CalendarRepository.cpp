// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarRepository.h"

#include "storage/internal/Sql.h"

namespace traject {

namespace {

const QString Table = QStringLiteral("closure_period");

sql::Columns closureColumns(const ClosurePeriod &c)
{
    return {
        { QStringLiteral("name"), c.name.trimmed() },
        { QStringLiteral("start_date"), sql::date(c.start) },
        { QStringLiteral("end_date"), sql::date(c.end) },
        { QStringLiteral("site_id"), sql::optionalId(c.siteId) },
    };
}

ClosurePeriod readClosure(const QSqlQuery &q)
{
    using namespace sql;
    ClosurePeriod c;
    c.id = value(q, "id").toLongLong();
    c.name = text(q, "name");
    c.start = toDate(value(q, "start_date"));
    c.end = toDate(value(q, "end_date"));
    c.siteId = toOptionalId(value(q, "site_id"));
    return c;
}

} // namespace

Result<qint64> CalendarRepository::add(ClosurePeriod &closure)
{
    if (auto error = rejected(closure.validate()))
        return *error;
    auto id = sql::inTransaction(m_db,
                                 [&] { return sql::insert(m_db, Table, closureColumns(closure)); });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey, tr("The site no longer exists."));
    if (id)
        closure.id = *id;
    return id;
}

Status CalendarRepository::update(const ClosurePeriod &closure)
{
    if (auto error = rejected(closure.validate()))
        return *error;
    auto status = sql::inTransaction(
        m_db, [&] { return sql::update(m_db, Table, closure.id, closureColumns(closure)); });
    return sql::explain(std::move(status), sql::Constraint::ForeignKey,
                        tr("The site no longer exists."));
}

Status CalendarRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(Table, id, removed);
}

Result<ClosurePeriod> CalendarRepository::get(qint64 id) const
{
    return sql::selectOne<ClosurePeriod>(
        m_db, QStringLiteral("SELECT * FROM closure_period WHERE id = :id"),
        { { QStringLiteral("id"), id } }, readClosure,
        tr("This closure period does not exist (number %1).").arg(id));
}

Result<std::vector<ClosurePeriod>> CalendarRepository::all() const
{
    return sql::select<ClosurePeriod>(
        m_db, QStringLiteral("SELECT * FROM closure_period ORDER BY start_date, end_date, id"), {},
        readClosure);
}

} // namespace traject
