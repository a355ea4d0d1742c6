// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <memory>

namespace traject {

class Database;
class DeletionSnapshot;

/// What one or more removals through a repository took away: the rows, every row that went with
/// them through the schema, and the links that were cleared. restore() puts it all back with the
/// same ids, so that a removal can be undone exactly. A repository fills it when its remove is
/// given one; the caller never sees a table. Copies share what they hold.
class Removal
{
public:
    Removal();
    ~Removal();
    Removal(const Removal &);
    Removal &operator=(const Removal &);

    bool isEmpty() const;
    /// How many rows were taken away (links not counted).
    int rowCount() const;
    /// Puts every row and link back, in one transaction, in the reverse order of the removals.
    Status restore(Database &database) const;

private:
    friend class Repository;
    /// Captures what deleting row `id` of `table` takes away; add() it once the delete succeeded.
    static Result<DeletionSnapshot> capture(const Database &database, const QString &table,
                                            qint64 id);
    void add(DeletionSnapshot snapshot);

    struct Taken;
    std::shared_ptr<Taken> m_taken;
};

} // namespace traject
