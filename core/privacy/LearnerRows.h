// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace traject {

class Database;

/// The rows of one table that are about a learner, with their column names.
struct TableRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

/// Every row about one learner: the learner row and every row that references it, directly or
/// through other rows (found by reading the foreign keys of the schema, so new tables are included
/// without code). Tables in the order they are reached; a row appears once. Rows the learner only
/// points at (organisations, contact persons, programmes) are not included.
Result<QList<TableRows>> learnerRows(const Database &database, qint64 learnerId);

} // namespace traject
