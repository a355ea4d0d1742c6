// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Result.h"
#include "domain/Validation.h"
#include "storage/Database.h"

namespace traject {

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

    Database &m_db;
    const Clock &m_clock;
};

} // namespace traject
