// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Programme.h"
#include "storage/Repository.h"

#include <vector>

namespace traject {

/// A programme and its modules, stored and read as one aggregate.
class ProgrammeRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRepository)

public:
    using Repository::Repository;

    /// Validates and stores a new programme with its modules; sets the ids of both.
    Result<qint64> add(Programme &programme);
    /// Stores the programme and brings its modules in line: modules with an id are updated, those
    /// without one are added, the others removed (refused while a learner's module plan uses them).
    /// Read the programme again for the ids of added modules.
    Status update(const Programme &programme);
    /// Removes the programme and its modules; refused while an enrolment uses it.
    Status remove(qint64 id, Removal *removed = nullptr);
    /// Removes one module of a programme; refused while a learner's module plan uses it.
    Status removeModule(qint64 moduleId, Removal *removed = nullptr);
    /// Removes one module by storing the programme without it (`after`, the others renumbered),
    /// in one transaction; *removed gets the module to put back.
    Status removeModule(const Programme &after, qint64 moduleId, Removal &removed);
    /// The programme with its modules by position.
    Result<Programme> get(qint64 id) const;
    /// All programmes by name, each with its modules by position.
    Result<std::vector<Programme>> all() const;

    /// Adds a copy of a shipped template (see ProgrammeTemplates); returns the new id.
    Result<qint64> installTemplate(const QString &key);
    /// Installs each shipped template of which no programme came yet.
    Status installTemplatesIfMissing();
};

} // namespace traject
