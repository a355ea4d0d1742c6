// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/internal/Transaction.h"

#include "storage/Database.h"
#include "storage/internal/QueryError.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace traject {

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_level(database.m_transactionDepth)
{
    if (auto checked = database.waitForPageCheck(); !checked) {
        m_beginError = checked.error();
        return;
    }
    QSqlQuery query(m_database.connection());
    const QString statement = m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                           : QStringLiteral("SAVEPOINT level%1").arg(m_level);
    if (query.exec(statement)) {
        m_open = true;
        ++m_database.m_transactionDepth;
    } else {
        m_beginError = queryError(query, Database::tr("The change could not be started."));
    }
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::status() const
{
    if (m_beginError)
        return *m_beginError;
    return {};
}

Status Transaction::commit()
{
    if (m_beginError)
        return *m_beginError;
    if (!m_open)
        return Error { Database::tr("The change was already finished."), {} };
    QSqlQuery query(m_database.connection());
    const QString statement
        = m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE level%1").arg(m_level);
    if (!query.exec(statement)) {
        const auto error = queryError(query, Database::tr("The change could not be saved."));
        rollback();
        return error;
    }
    m_open = false;
    --m_database.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery query(m_database.connection());
    if (m_level == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO level%1").arg(m_level));
        query.exec(QStringLiteral("RELEASE level%1").arg(m_level));
    }
    m_open = false;
    --m_database.m_transactionDepth;
}

} // namespace traject
