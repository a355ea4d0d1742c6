// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Removal.h"

#include "storage/internal/DeletionSnapshot.h"
#include "storage/internal/Sql.h"

#include <ranges>
#include <vector>

namespace traject {

struct Removal::Taken
{
    std::vector<DeletionSnapshot> snapshots;
};

Removal::Removal()
    : m_taken(std::make_shared<Taken>())
{ }

Removal::~Removal() = default;
Removal::Removal(const Removal &) = default;
Removal &Removal::operator=(const Removal &) = default;

bool Removal::isEmpty() const
{
    return m_taken->snapshots.empty();
}

int Removal::rowCount() const
{
    int rows = 0;
    for (const DeletionSnapshot &snapshot : m_taken->snapshots)
        rows += snapshot.rowCount();
    return rows;
}

Status Removal::restore(Database &database) const
{
    return sql::inTransaction(database, [&]() -> Status {
        for (const DeletionSnapshot &snapshot : std::views::reverse(m_taken->snapshots)) {
            if (auto status = snapshot.restore(database); !status)
                return status;
        }
        return {};
    });
}

Result<DeletionSnapshot> Removal::capture(const Database &database, const QString &table, qint64 id)
{
    return DeletionSnapshot::capture(database, table, id);
}

void Removal::add(DeletionSnapshot snapshot)
{
    m_taken->snapshots.push_back(std::move(snapshot));
}

} // namespace traject
