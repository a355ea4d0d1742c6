// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

#include "sqlite/Versions.h"

#include <cstddef>

struct sqlite3;

namespace traject::sqlite {

/// The name under which our driver is registered with Qt Sql (QSqlDatabase::addDatabase).
QString driverName();

/// Registers the driver under driverName(); safe to call again and from any thread.
void registerDriver();

/// QSqlDatabase::addDatabase with our driver (registered first): every connection of the
/// program, its tests and benchmarks is made through it, never through Qt's QSQLITE.
QSqlDatabase addDatabase(const QString &connectionName);

/// What a Keyer did with a connection.
enum class KeyOutcome
{
    Plain, ///< the file is not encrypted (or is new and stays plain): nothing done
    Keyed, ///< keyed with useRawKey(); open() checks the key by reading the schema once
    Refused ///< the file needs a key that is not at hand: open() fails with the Keyer's message
};

/// Decides, for each connection, whether its file is encrypted and with which key: called by
/// open() right after the file is opened and before anything is read from it.
using Keyer = KeyOutcome (*)(sqlite3 *connection, const QString &path, QString *error);
/// One keyer for the whole program (crypto::KeyRing installs it); nullptr: every file is plain.
void setKeyer(Keyer keyer);

/// Keys a connection with a raw 32-byte key in the SQLCipher v4 scheme (AES-256-CBC with
/// HMAC-SHA512 per page; no key derivation on open, as the key is random already). It reads
/// nothing: open() then reads the schema once, which fails when the key is not the file's.
bool useRawKey(sqlite3 *connection, const unsigned char *key, std::size_t size);

/// The sqlite3 handle of an open connection made by our driver; nullptr for any other.
sqlite3 *handleOf(const QSqlDatabase &database);

/// Encrypts the plain database of this connection in place with a raw 32-byte key, in the
/// scheme of useRawKey(). The connection must not be in WAL mode (PRAGMA journal_mode = DELETE
/// first). On failure the file is as it was, and *error says why.
bool encryptWithRawKey(sqlite3 *connection, const unsigned char *key, std::size_t size,
                       QString *error);

/// How many statements the program has run through the driver since it started, on any
/// connection: what the tests and benchmarks count to see how much a step reads.
quint64 statementsRun();

class Result;

/// A Qt SQL driver over the SQLite (with SQLite3 Multiple Ciphers) compiled into the program,
/// behaving as Qt's QSQLITE does for what our code uses: prepared statements with named and
/// positional binds, null/integer/double/text/blob values, dates and date-times written as
/// Qt's driver writes them, lastInsertId, numRowsAffected, transactions, forward-only results,
/// a busy timeout, error texts with SQLite's code and message. handle() is the sqlite3*.
/// Connection options (as QSQLITE's): QSQLITE_BUSY_TIMEOUT=ms (5000 by default) and
/// QSQLITE_OPEN_READONLY; any other option makes open() fail.
/// Deleted text does not linger in the write-ahead log: after a commit that deleted a learner or
/// many rows, the log is checkpointed and emptied (see watchDeletes).
class Driver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit Driver(QObject *parent = nullptr);
    ~Driver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &database, const QString &user, const QString &password,
              const QString &host, int port, const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }

private:
    friend class Result;
    bool runTransactionStatement(const char *statement, const char *failure);
    void watchDeletes();

    sqlite3 *m_db = nullptr;
    // Rows deleted by the transaction under way (see watchDeletes).
    int m_deletedRows = 0;
    bool m_learnerDeleted = false;
    mutable QList<Result *> m_results;
};

} // namespace traject::sqlite
