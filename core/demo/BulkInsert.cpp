// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkInsert.h"

#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QCoreApplication>
#include <QStringList>

namespace traject::demo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadGenerator)
};
} // namespace

BulkInsert::BulkInsert(const Database &db, std::optional<Error> &error, const char *table,
                       std::initializer_list<const char *> columns)
    : m_query(db.connection())
    , m_error(error)
{
    QStringList names;
    QStringList marks;
    for (const char *column : columns) {
        names.append(QString::fromLatin1(column));
        marks.append(QStringLiteral("?"));
    }
    const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(QString::fromLatin1(table), names.join(QLatin1Char(',')),
                                       marks.join(QLatin1Char(',')));
    if (!m_query.prepare(statement) && !m_error)
        m_error = sql::failure(m_query, Tr::tr("The generated caseload could not be stored."));
}

qint64 BulkInsert::operator()(std::initializer_list<QVariant> values)
{
    if (m_error)
        return 0;
    int position = 0;
    for (const QVariant &value : values)
        m_query.bindValue(position++, value);
    if (!m_query.exec()) {
        m_error = sql::failure(m_query, Tr::tr("The generated caseload could not be stored."));
        return 0;
    }
    ++m_count;
    return m_query.lastInsertId().toLongLong();
}

QVariant BulkInsert::date(QDate day)
{
    return sql::date(day);
}

} // namespace traject::demo
