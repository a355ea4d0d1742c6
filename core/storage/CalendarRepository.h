// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/Holidays.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// The calendar's closure periods: days on which a childcare site (or every site) is closed.
class CalendarRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new closure period; sets its id.
    Result<qint64> add(ClosurePeriod &closure);
    Status update(const ClosurePeriod &closure);
    Status remove(qint64 id, Removal *removed = nullptr);
    Result<ClosurePeriod> get(qint64 id) const;
    /// All closure periods by their first day.
    Result<std::vector<ClosurePeriod>> all() const;
};

} // namespace traject
