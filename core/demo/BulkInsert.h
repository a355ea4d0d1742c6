// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace traject {
class Database;
}

namespace traject::demo {

/// One prepared INSERT, bound by position and executed once per row: for writing many
/// generated rows fast. The first failure is kept in an error slot shared by the statements
/// of one run; every later row is then skipped.
class BulkInsert
{
public:
    BulkInsert(const Database &db, std::optional<Error> &error, const char *table,
               std::initializer_list<const char *> columns);

    /// Inserts one row; returns its id (0 after a failure).
    qint64 operator()(std::initializer_list<QVariant> values);

    /// The rows inserted so far.
    int count() const { return m_count; }

    /// A date as stored (ISO text), NULL when invalid.
    static QVariant date(QDate day);
    /// An empty text, bound as '' and not as NULL.
    static QString blank() { return QStringLiteral(""); }
    static QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
    static QVariant nullId() { return QVariant(QMetaType::fromType<qint64>()); }
    static QVariant nullNumber() { return QVariant(QMetaType::fromType<double>()); }

private:
    QSqlQuery m_query;
    std::optional<Error> &m_error;
    int m_count = 0;
};

} // namespace traject::demo
