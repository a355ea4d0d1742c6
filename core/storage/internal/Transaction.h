// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <optional>

namespace traject {

class Database;

/// RAII write transaction: rolls back unless commit() succeeded. Nests through savepoints.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether the transaction could begin; nothing may be written when it could not.
    Status status() const;
    Status commit();

private:
    void rollback();
    Database &m_database;
    int m_level = 0;
    bool m_open = false;
    std::optional<Error> m_beginError;
};

} // namespace traject
