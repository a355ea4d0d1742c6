// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Validation.h"
#include "storage/Database.h"

namespace traject {

class Removal;

/// What every repository shares: the database, the clock, and turning problems into an Error.
class Repository
{
public:
    Repository(Database &database, const Clock &clock)
        : m_db(database)
        , m_clock(clock)
    { }

protected:
    /// An Error listing the problems, or nothing when there are none.
    static std::optional<Error> rejected(const Problems &problems);

    /// Deletes row `key` = `id` of `table` (and, through the schema, what goes with it) in one
    /// transaction. When `removed` is given, what the delete takes away is added to it first, so
    /// that the caller can put it back.
    Status removeRow(const QString &table, qint64 id, Removal *removed,
                     const QString &key = QStringLiteral("id"));
    /// Adds to `removed` what deleting row `id` of `table` would take away, for a repository
    /// whose own statements delete it next (in the same transaction).
    Status capture(const QString &table, qint64 id, Removal &removed) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace traject
