// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

struct sqlite3;

namespace traject::sqlite {

/// The name under which our driver is registered with Qt Sql (QSqlDatabase::addDatabase).
QString driverName();

/// Registers the driver under driverName(); safe to call again and from any thread.
void registerDriver();

/// QSqlDatabase::addDatabase with our driver (registered first): every connection of the
/// program, its tests and benchmarks is made through it, never through Qt's QSQLITE.
QSqlDatabase addDatabase(const QString &connectionName);

/// "3.53.4": the SQLite compiled into the program.
QString sqliteVersion();
/// "SQLite3 Multiple Ciphers 2.4.0".
QString ciphersVersion();

class Result;

/// A Qt SQL driver over the SQLite (with SQLite3 Multiple Ciphers) compiled into the program,
/// behaving as Qt's QSQLITE does for what our code uses: prepared statements with named and
/// positional binds, null/integer/double/text/blob values, dates and date-times written as
/// Qt's driver writes them, lastInsertId, numRowsAffected, transactions, forward-only results,
/// a busy timeout, error texts with SQLite's code and message. handle() is the sqlite3*.
/// Connection options (as QSQLITE's): QSQLITE_BUSY_TIMEOUT=ms (5000 by default) and
/// QSQLITE_OPEN_READONLY; any other option makes open() fail.
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

    sqlite3 *m_db = nullptr;
    mutable QList<Result *> m_results;
};

} // namespace traject::sqlite
