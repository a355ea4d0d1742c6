// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDriver.h"

#include "SqliteCommon.h"
#include "SqliteResult.h"

#include <QMetaType>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <mutex>

#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace traject::sqlite {

using detail::driverContext;
using detail::qtText;
using detail::sqliteError;

namespace {

std::atomic<Keyer> keyerInUse { nullptr };

Keyer currentKeyer()
{
    return keyerInUse.load();
}

} // namespace

Driver::Driver(QObject *parent)
    : QSqlDriver(parent)
{ }

Driver::~Driver()
{
    close();
}

bool Driver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case BLOB:
    case Transactions:
    case Unicode:
    case LastInsertId:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool Driver::open(const QString &database, const QString &, const QString &, const QString &, int,
                  const QString &options)
{
    if (isOpen())
        close();
    int busyTimeout = 5000;
    bool readOnly = false;
    const auto parts = QStringView(options).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (auto part : parts) {
        const QStringView option = part.trimmed();
        if (option.isEmpty())
            continue;
        bool understood = false;
        if (option == QLatin1String("QSQLITE_OPEN_READONLY")) {
            readOnly = true;
            understood = true;
        } else if (option.startsWith(QLatin1String("QSQLITE_BUSY_TIMEOUT"))) {
            const QStringView rest = option.mid(20).trimmed();
            if (rest.startsWith(QLatin1Char('='))) {
                const int milliseconds = rest.mid(1).trimmed().toInt(&understood);
                if (understood)
                    busyTimeout = milliseconds;
            }
        }
        if (!understood) {
            setLastError(
                QSqlError(qtText(driverContext, "Error opening database"),
                          QStringLiteral("unsupported connection option %1").arg(option.toString()),
                          QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
    }

    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    const int code = sqlite3_open_v2(database.toUtf8().constData(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        setLastError(sqliteError(m_db, qtText(driverContext, "Error opening database"),
                                 QSqlError::ConnectionError, code));
        setOpenError(true);
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, busyTimeout);
    sqlite3_extended_result_codes(m_db, 1);
    if (!readOnly)
        watchDeletes();
    if (const Keyer keyer = currentKeyer()) {
        QString problem;
        const KeyOutcome outcome = keyer(m_db, database, &problem);
        // A wrong key is not found by keying, only by the first read: read the schema now, so
        // that a keyed connection that opens is one that can read its file.
        if (outcome == KeyOutcome::Keyed
            && sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr)
                != SQLITE_OK)
            problem = QString::fromUtf8(sqlite3_errmsg(m_db));
        else if (outcome != KeyOutcome::Refused)
            problem.clear();
        // Every page read from an encrypted file is checked and decrypted again, also when the
        // system has it in memory: a page cache of 32 MiB (SQLite's default is 2 MiB) keeps the
        // pages of a whole check or backup decrypted once. Measured on the 10,000-learner file:
        // its integrity check went from 3.6-5.1 s to 1.7-2.5 s (plain: 1.7-2.4 s).
        if (outcome == KeyOutcome::Keyed && problem.isEmpty())
            sqlite3_exec(m_db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
        if (outcome == KeyOutcome::Refused || !problem.isEmpty()) {
            setLastError(QSqlError(qtText(driverContext, "Error opening database"), problem,
                                   QSqlError::ConnectionError));
            setOpenError(true);
            sqlite3_close(m_db);
            m_db = nullptr;
            return false;
        }
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

namespace {

/// Rows deleted in one transaction from which on it counts as a large delete.
constexpr int largeDelete = 20;
/// SQLite's own automatic checkpoint: when the log holds this many pages after a commit.
constexpr int autoCheckpointPages = 1000;

} // namespace

void Driver::watchDeletes()
{
    // SQLite keeps the page images a transaction replaced in the write-ahead log until a
    // checkpoint copies them and a later writer reuses the log: a deleted learner's text could be
    // read from the -wal file long after secure_delete cleared it from the database. So the
    // deletes of each transaction are counted, and after a commit that deleted a learner or many
    // rows the log is checkpointed and truncated to nothing. Otherwise the log is checkpointed as
    // SQLite does by itself (a commit hook replaces SQLite's automatic checkpoint).
    sqlite3_update_hook(
        m_db,
        [](void *self, int operation, const char *, const char *table, sqlite3_int64) {
            auto *driver = static_cast<Driver *>(self);
            if (operation != SQLITE_DELETE)
                return;
            ++driver->m_deletedRows;
            if (std::strcmp(table, "learner") == 0)
                driver->m_learnerDeleted = true;
        },
        this);
    sqlite3_rollback_hook(
        m_db,
        [](void *self) {
            auto *driver = static_cast<Driver *>(self);
            driver->m_deletedRows = 0;
            driver->m_learnerDeleted = false;
        },
        this);
    sqlite3_wal_hook(
        m_db,
        [](void *self, sqlite3 *db, const char *schema, int pages) {
            auto *driver = static_cast<Driver *>(self);
            const bool large = driver->m_learnerDeleted || driver->m_deletedRows >= largeDelete;
            driver->m_deletedRows = 0;
            driver->m_learnerDeleted = false;
            // A checkpoint that cannot finish now (another connection is reading) is not an
            // error of the commit: the next one, or closing, finishes it.
            if (large)
                sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
            else if (pages >= autoCheckpointPages)
                sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            return SQLITE_OK;
        },
        this);
}

void Driver::close()
{
    if (!isOpen())
        return;
    for (Result *result : std::as_const(m_results))
        result->detachFromDriver();
    m_results.clear();
    if (const int code = sqlite3_close(m_db); code != SQLITE_OK)
        setLastError(sqliteError(m_db, qtText(driverContext, "Error closing database"),
                                 QSqlError::ConnectionError, code));
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *Driver::createResult() const
{
    return new Result(this);
}

bool Driver::runTransactionStatement(const char *statement, const char *failure)
{
    if (!isOpen() || isOpenError())
        return false;
    QSqlQuery query(createResult());
    if (!query.exec(QLatin1String(statement))) {
        setLastError(QSqlError(qtText(driverContext, failure), query.lastError().databaseText(),
                               QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool Driver::beginTransaction()
{
    return runTransactionStatement("BEGIN", "Unable to begin transaction");
}

bool Driver::commitTransaction()
{
    return runTransactionStatement("COMMIT", "Unable to commit transaction");
}

bool Driver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", "Unable to rollback transaction");
}

QString Driver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.size() > 2 && identifier.startsWith(QLatin1Char('"'))
        && identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant Driver::handle() const
{
    return QVariant::fromValue(m_db);
}

void setKeyer(Keyer keyer)
{
    keyerInUse.store(keyer);
}

namespace {

/// Chooses the scheme for a connection: it stays the connection's default, for what it
/// attaches and writes (VACUUM INTO) too. legacy=4 is SQLCipher 4's own format, which
/// SQLCipher's tools read.
bool chooseScheme(sqlite3 *connection)
{
    return sqlite3mc_config(connection, "default:cipher", sqlite3mc_cipher_index("sqlcipher")) >= 0
        && sqlite3mc_config_cipher(connection, "sqlcipher", "default:legacy", 4) >= 0;
}

/// Calls `use` with "raw:" and the 32 bytes (used as the key itself, without a key derivation),
/// then wipes them.
int withRawKey(const unsigned char *key, const std::function<int(const void *, int)> &use)
{
    unsigned char buffer[4 + 32];
    std::memcpy(buffer, "raw:", 4);
    std::memcpy(buffer + 4, key, 32);
    const int code = use(buffer, int(sizeof buffer));
    explicit_bzero(buffer, sizeof buffer);
    return code;
}

} // namespace

sqlite3 *handleOf(const QSqlDatabase &database)
{
    const auto *driver = qobject_cast<const Driver *>(database.driver());
    return driver ? driver->connection() : nullptr;
}

bool useRawKey(sqlite3 *connection, const unsigned char *key, std::size_t size)
{
    if (!connection || size != 32 || !chooseScheme(connection))
        return false;
    return withRawKey(key,
                      [connection](const void *bytes, int length) {
                          return sqlite3_key_v2(connection, "main", bytes, length);
                      })
        == SQLITE_OK;
}

bool encryptWithRawKey(sqlite3 *connection, const unsigned char *key, std::size_t size,
                       QString *error)
{
    if (!connection || size != 32 || !chooseScheme(connection)) {
        *error = QStringLiteral("no connection, a key of %1 bytes, or no cipher").arg(size);
        return false;
    }
    const int code = withRawKey(key, [connection](const void *bytes, int length) {
        return sqlite3_rekey_v2(connection, "main", bytes, length);
    });
    if (code != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
    return code == SQLITE_OK;
}

QString driverName()
{
    return QStringLiteral("TRAJECT_SQLITE");
}

void registerDriver()
{
    static std::once_flag once;
    std::call_once(
        once, [] { QSqlDatabase::registerSqlDriver(driverName(), new QSqlDriverCreator<Driver>); });
}

QSqlDatabase addDatabase(const QString &connectionName)
{
    registerDriver();
    return QSqlDatabase::addDatabase(driverName(), connectionName);
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString ciphersVersion()
{
    return QString::fromLatin1(sqlite3mc_version());
}

} // namespace traject::sqlite
