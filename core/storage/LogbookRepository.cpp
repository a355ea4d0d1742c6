// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogbookRepository.h"

#include "storage/internal/Sql.h"

namespace traject {

namespace {

const QString Table = QStringLiteral("contact_moment");

sql::Columns momentColumns(const ContactMoment &m)
{
    return {
        { QStringLiteral("date"), sql::date(m.date) },
        { QStringLiteral("kind"), toCode(m.kind) },
        { QStringLiteral("status"), toCode(m.status) },
        { QStringLiteral("with_whom"), m.withWhom.trimmed() },
        { QStringLiteral("notes"), m.notes },
        { QStringLiteral("follow_up"), sql::date(m.followUp) },
        { QStringLiteral("aftercare"), m.aftercare },
    };
}

ContactMoment readMoment(const QSqlQuery &q)
{
    using namespace sql;
    ContactMoment m;
    m.id = value(q, "id").toLongLong();
    m.learnerId = value(q, "learner_id").toLongLong();
    m.date = toDate(value(q, "date"));
    m.kind = enumValue(q, "kind", ContactKind::Conversation);
    m.status = enumValue(q, "status", ContactStatus::Done);
    m.withWhom = text(q, "with_whom");
    m.notes = text(q, "notes");
    m.followUp = toDate(value(q, "follow_up"));
    m.aftercare = value(q, "aftercare").toBool();
    return m;
}

} // namespace

Result<qint64> LogbookRepository::add(ContactMoment &moment)
{
    if (auto error = rejected(moment.validate(m_clock.today())))
        return *error;
    auto columns = momentColumns(moment);
    columns.prepend({ QStringLiteral("learner_id"), moment.learnerId });
    auto id = sql::inTransaction(m_db, [&] { return sql::insert(m_db, Table, columns); });
    id = sql::explain(std::move(id), sql::Constraint::ForeignKey,
                      tr("The learner no longer exists."));
    if (id)
        moment.id = *id;
    return id;
}

Status LogbookRepository::update(const ContactMoment &moment)
{
    if (auto error = rejected(moment.validate(m_clock.today())))
        return *error;
    return sql::inTransaction(
        m_db, [&] { return sql::update(m_db, Table, moment.id, momentColumns(moment)); });
}

Status LogbookRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(Table, id, removed);
}

Status LogbookRepository::addAll(std::vector<ContactMoment> &moments)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        for (ContactMoment &moment : moments) {
            moment.id = 0;
            if (auto id = add(moment); !id)
                return id.error();
        }
        return {};
    });
}

Status LogbookRepository::removeAll(const std::vector<qint64> &ids, Removal *removed)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        for (const qint64 id : ids) {
            if (auto status = remove(id, removed); !status)
                return status;
        }
        return {};
    });
}

Result<ContactMoment> LogbookRepository::get(qint64 id) const
{
    return sql::selectOne<ContactMoment>(
        m_db, QStringLiteral("SELECT * FROM contact_moment WHERE id = :id"),
        { { QStringLiteral("id"), id } }, readMoment,
        tr("This contact moment does not exist (number %1).").arg(id));
}

Result<std::vector<ContactMoment>> LogbookRepository::forLearner(qint64 learnerId) const
{
    return sql::select<ContactMoment>(
        m_db,
        QStringLiteral(
            "SELECT * FROM contact_moment WHERE learner_id = :learner ORDER BY date DESC, id DESC"),
        { { QStringLiteral("learner"), learnerId } }, readMoment);
}

Result<std::optional<ContactMoment>> LogbookRepository::nextPlanned(qint64 learnerId,
                                                                    QDate from) const
{
    return sql::selectOptional<ContactMoment>(
        m_db,
        QStringLiteral(
            "SELECT * FROM contact_moment WHERE learner_id = :learner AND status = :planned "
            "AND date >= :from ORDER BY date, id LIMIT 1"),
        { { QStringLiteral("learner"), learnerId },
          { QStringLiteral("planned"), toCode(ContactStatus::Planned) },
          { QStringLiteral("from"), sql::date(from) } },
        readMoment);
}

} // namespace traject
