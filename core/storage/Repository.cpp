// SPDX-License-Identifier: GPL-3.0-or-later
#include "Repository.h"

#include "storage/Removal.h"
#include "storage/internal/DeletionSnapshot.h"
#include "storage/internal/Sql.h"

namespace traject {

std::optional<Error> Repository::rejected(const Problems &problems)
{
    if (problems.isEmpty())
        return std::nullopt;
    return Error { describe(problems), {} };
}

Status Repository::capture(const QString &table, qint64 id, Removal &removed) const
{
    auto captured = Removal::capture(m_db, table, id);
    if (!captured)
        return captured.error();
    removed.add(std::move(captured).value());
    return {};
}

Status Repository::removeRow(const QString &table, qint64 id, Removal *removed, const QString &key)
{
    return sql::inTransaction(m_db, [&]() -> Status {
        std::optional<DeletionSnapshot> snapshot;
        if (removed) {
            auto captured = Removal::capture(m_db, table, id);
            if (!captured)
                return captured.error();
            snapshot = std::move(captured).value();
        }
        if (auto status = sql::remove(m_db, table, id, key); !status)
            return status;
        if (snapshot)
            removed->add(std::move(*snapshot));
        return {};
    });
}

} // namespace traject
