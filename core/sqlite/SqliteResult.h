// SPDX-License-Identifier: GPL-3.0-or-later
// One statement of our driver (not a public header): prepare, bind, step, values, record.
#pragma once

#include "SqliteDriver.h"

#include <QMetaType>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVarLengthArray>
#include <QVariant>

#include <optional>

#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace traject::sqlite {

/// One statement: prepared once, executed again with new values, read forward only.
class Result : public QSqlResult
{
public:
    explicit Result(const Driver *driver);
    ~Result() override;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    /// The connection closes: the statement goes with it.
    void detachFromDriver();

    QVariant handle() const override { return QVariant::fromValue(m_statement); }

protected:
    bool reset(const QString &query) override { return prepare(query) && exec(); }

    bool prepare(const QString &query) override;

    bool exec() override;

    bool fetch(int index) override;

    bool fetchFirst() override;

    bool fetchLast() override { return false; } // forward only
    bool fetchPrevious() override { return false; } // forward only

    bool fetchNext() override;

    QVariant data(int column) override;

    bool isNull(int column) override;

    int size() override { return -1; }

    int numRowsAffected() override;

    QVariant lastInsertId() const override;

    QSqlRecord record() const override;

    void detachFromResultSet() override;

private:
    void finalize();

    void failStep(sqlite3 *db, int code);

    /// Binds the values: in order when there is one per parameter, else by name (a name used
    /// twice in the statement is one parameter of SQLite but two places for Qt).
    bool bindAll(sqlite3 *db);

    int bindOne(int index, const QVariant &value);

    QSqlRecord makeRecord() const;

    const Driver *m_driver;
    sqlite3_stmt *m_statement = nullptr;
    QVariantList m_bound;
    QVarLengthArray<int, 16> m_firstRowTypes;
    mutable std::optional<QSqlRecord> m_record;
    bool m_pendingRow = false;
    bool m_finished = false;
};

} // namespace traject::sqlite
