// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QStringList>
#include <QTime>
#include <QUuid>
#include <QVarLengthArray>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <functional>
#include <mutex>
#include <optional>

#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace traject::sqlite {

namespace {

// The texts of Qt's own driver, looked up in Qt's translations (qtbase_*.qm) under its contexts,
// so that a message reads the same whichever driver made it. Passed through variables: they are
// Qt's strings, not ours, and must stay out of our .ts files.
const char *const resultContext = "QSQLiteResult";
const char *const driverContext = "QSQLiteDriver";

QString qtText(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

/// An error as Qt's driver makes it: our description, SQLite's message, SQLite's (extended) code.
QSqlError sqliteError(sqlite3 *db, const QString &description, QSqlError::ErrorType type, int code)
{
    return QSqlError(description, QString(reinterpret_cast<const QChar *>(sqlite3_errmsg16(db))),
                     type, QString::number(code));
}

/// The Qt type of a column declared with this type, as Qt's driver maps it.
QMetaType::Type declaredType(const QString &declared)
{
    const QString type = declared.toLower();
    if (type == QLatin1String("integer") || type == QLatin1String("int"))
        return QMetaType::Int;
    if (type == QLatin1String("double") || type == QLatin1String("float")
        || type == QLatin1String("real") || type.startsWith(QLatin1String("numeric")))
        return QMetaType::Double;
    if (type == QLatin1String("blob"))
        return QMetaType::QByteArray;
    if (type == QLatin1String("boolean") || type == QLatin1String("bool"))
        return QMetaType::Bool;
    return QMetaType::QString;
}

/// Whether a bound value means SQL NULL: an empty variant, or a null string, byte array, date,
/// time, date-time or uuid inside one (Qt 6's QVariant::isNull() no longer says so).
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(value.constData())->isNull();
    default:
        return false;
    }
}

std::atomic<Keyer> keyerInUse { nullptr };

Keyer currentKeyer()
{
    return keyerInUse.load();
}

QString text16(const void *data, int bytes)
{
    return QString(static_cast<const QChar *>(data), bytes / int(sizeof(QChar)));
}

} // namespace

/// One statement: prepared once, executed again with new values, read forward only.
class Result : public QSqlResult
{
public:
    explicit Result(const Driver *driver)
        : QSqlResult(driver)
        , m_driver(driver)
    {
        m_driver->m_results.append(this);
    }
    ~Result() override
    {
        if (m_driver)
            m_driver->m_results.removeOne(this);
        finalize();
    }
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    /// The connection closes: the statement goes with it.
    void detachFromDriver()
    {
        finalize();
        m_driver = nullptr;
    }

    QVariant handle() const override { return QVariant::fromValue(m_statement); }

protected:
    bool reset(const QString &query) override { return prepare(query) && exec(); }

    bool prepare(const QString &query) override
    {
        finalize();
        m_record.reset();
        setSelect(false);
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        if (!m_driver || !m_driver->isOpen() || m_driver->isOpenError())
            return false;
        sqlite3 *db = m_driver->connection();
        const void *tail = nullptr;
        const int code = sqlite3_prepare16_v2(
            db, query.constData(), int((query.size() + 1) * sizeof(QChar)), &m_statement, &tail);
        if (code != SQLITE_OK) {
            setLastError(sqliteError(db, qtText(resultContext, "Unable to execute statement"),
                                     QSqlError::StatementError, code));
            finalize();
            return false;
        }
        if (tail && !QString(static_cast<const QChar *>(tail)).trimmed().isEmpty()) {
            setLastError(sqliteError(
                db, qtText(resultContext, "Unable to execute multiple statements at a time"),
                QSqlError::StatementError, SQLITE_MISUSE));
            finalize();
            return false;
        }
        return true;
    }

    bool exec() override
    {
        m_pendingRow = false;
        m_finished = false;
        m_record.reset();
        m_firstRowTypes.clear();
        setLastError(QSqlError());
        setSelect(false);
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        if (!m_driver || !m_statement) {
            setLastError(QSqlError(qtText(resultContext, "Unable to fetch row"),
                                   qtText(resultContext, "No query"), QSqlError::ConnectionError));
            return false;
        }
        sqlite3 *db = m_driver->connection();
        if (const int code = sqlite3_reset(m_statement); code != SQLITE_OK) {
            setLastError(sqliteError(db, qtText(resultContext, "Unable to reset statement"),
                                     QSqlError::StatementError, code));
            finalize();
            return false;
        }
        if (!bindAll(db))
            return false;

        // The first step runs now, as in Qt's driver: a statement that changes data is done when
        // exec() returns, and its failure is exec()'s.
        const int code = sqlite3_step(m_statement);
        const bool select = sqlite3_column_count(m_statement) > 0;
        if (code == SQLITE_ROW) {
            m_pendingRow = true;
            const int columns = sqlite3_column_count(m_statement);
            for (int i = 0; i < columns; ++i)
                m_firstRowTypes.append(sqlite3_column_type(m_statement, i));
        } else if (code == SQLITE_DONE) {
            m_finished = true;
            sqlite3_reset(m_statement);
        } else {
            failStep(db, code);
            return false; // neither a select nor active
        }
        setSelect(select);
        setActive(true);
        return true;
    }

    bool fetch(int index) override
    {
        if (index == at())
            return index >= 0;
        if (index == at() + 1 || (at() == QSql::BeforeFirstRow && index == 0))
            return fetchNext();
        return false; // forward only
    }

    bool fetchFirst() override
    {
        if (at() == QSql::BeforeFirstRow)
            return fetchNext();
        return at() == 0;
    }

    bool fetchLast() override { return false; } // forward only
    bool fetchPrevious() override { return false; } // forward only

    bool fetchNext() override
    {
        if (!m_statement || !isActive())
            return false;
        if (m_pendingRow) {
            m_pendingRow = false;
            setAt(at() == QSql::BeforeFirstRow ? 0 : at() + 1);
            return true;
        }
        if (m_finished)
            return false;
        const int code = sqlite3_step(m_statement);
        if (code == SQLITE_ROW) {
            setAt(at() == QSql::BeforeFirstRow ? 0 : at() + 1);
            return true;
        }
        if (code == SQLITE_DONE) {
            m_finished = true;
            sqlite3_reset(m_statement);
        } else {
            failStep(m_driver->connection(), code); // the query stays active, as in Qt's
        }
        setAt(QSql::AfterLastRow);
        return false;
    }

    QVariant data(int column) override
    {
        if (!m_statement || column < 0 || column >= sqlite3_data_count(m_statement))
            return QVariant();
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            switch (numericalPrecisionPolicy()) {
            case QSql::LowPrecisionInt32:
                return QVariant(sqlite3_column_int(m_statement, column));
            case QSql::LowPrecisionInt64:
                return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
            default:
                return QVariant(sqlite3_column_double(m_statement, column));
            }
        case SQLITE_BLOB:
            return QVariant(
                QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                           sqlite3_column_bytes(m_statement, column)));
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default: {
            const void *text = sqlite3_column_text16(m_statement, column);
            return QVariant(text16(text, sqlite3_column_bytes16(m_statement, column)));
        }
        }
    }

    bool isNull(int column) override
    {
        return !m_statement || column < 0 || column >= sqlite3_data_count(m_statement)
            || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

    int size() override { return -1; }

    int numRowsAffected() override
    {
        return m_driver ? sqlite3_changes(m_driver->connection()) : -1;
    }

    QVariant lastInsertId() const override
    {
        if (!isActive() || !m_driver)
            return QVariant();
        const qint64 id = sqlite3_last_insert_rowid(m_driver->connection());
        return id ? QVariant(id) : QVariant();
    }

    QSqlRecord record() const override
    {
        if (!isActive() || !isSelect() || !m_statement)
            return QSqlRecord();
        if (!m_record)
            m_record = makeRecord();
        return *m_record;
    }

    void detachFromResultSet() override
    {
        if (m_statement)
            sqlite3_reset(m_statement);
        m_pendingRow = false;
        m_finished = true;
    }

private:
    void finalize()
    {
        if (m_statement) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        m_bound.clear();
        m_pendingRow = false;
        m_finished = false;
    }

    void failStep(sqlite3 *db, int code)
    {
        // The message belongs to the step; reset (which returns the same code) frees the locks.
        const QSqlError error = sqliteError(db, qtText(resultContext, "Unable to fetch row"),
                                            QSqlError::ConnectionError, code);
        sqlite3_reset(m_statement);
        setLastError(error);
        setAt(QSql::AfterLastRow);
        m_finished = true;
    }

    /// Binds the values: in order when there is one per parameter, else by name (a name used
    /// twice in the statement is one parameter of SQLite but two places for Qt).
    bool bindAll(sqlite3 *db)
    {
        m_bound = boundValues(); // kept alive: texts and blobs are bound without a copy
        const int parameters = sqlite3_bind_parameter_count(m_statement);
        QVarLengthArray<int, 16> source(parameters);
        if (parameters == m_bound.size()) {
            for (int i = 0; i < parameters; ++i)
                source[i] = i;
        } else if (parameters >= 1 && parameters < m_bound.size()) {
            for (int i = 0; i < parameters; ++i) {
                const char *name = sqlite3_bind_parameter_name(m_statement, i + 1);
                source[i] = -1;
                if (!name)
                    continue;
                const QString placeholder = QString::fromUtf8(name);
                for (int j = 0; j < m_bound.size() && source[i] < 0; ++j) {
                    if (boundValueName(j) == placeholder)
                        source[i] = j;
                }
            }
        }
        const bool complete = (parameters == m_bound.size() || parameters < m_bound.size())
            && std::all_of(source.cbegin(), source.cend(), [](int s) { return s >= 0; });
        if (!complete || (parameters == 0 && !m_bound.isEmpty())) {
            setLastError(QSqlError(qtText(resultContext, "Parameter count mismatch"), QString(),
                                   QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < parameters; ++i) {
            if (const int code = bindOne(i + 1, m_bound.at(source[i])); code != SQLITE_OK) {
                setLastError(sqliteError(db, qtText(resultContext, "Unable to bind parameters"),
                                         QSqlError::StatementError, code));
                finalize();
                return false;
            }
        }
        return true;
    }

    int bindOne(int index, const QVariant &value)
    {
        if (isNullValue(value))
            return sqlite3_bind_null(m_statement, index);
        const auto bindText = [&](const QString &text, void (*lifetime)(void *)) {
            return sqlite3_bind_text16(m_statement, index, text.constData(),
                                       int(text.size() * sizeof(QChar)), lifetime);
        };
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const auto *bytes = static_cast<const QByteArray *>(value.constData());
            return sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()),
                                     SQLITE_STATIC);
        }
        case QMetaType::Int:
        case QMetaType::Bool:
            return sqlite3_bind_int(m_statement, index, value.toInt());
        case QMetaType::Double:
            return sqlite3_bind_double(m_statement, index, value.toDouble());
        case QMetaType::UInt:
        case QMetaType::LongLong:
            return sqlite3_bind_int64(m_statement, index, value.toLongLong());
        case QMetaType::QDateTime:
            return bindText(value.toDateTime().toString(Qt::ISODateWithMs), SQLITE_TRANSIENT);
        case QMetaType::QTime:
            return bindText(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")),
                            SQLITE_TRANSIENT);
        case QMetaType::QString:
            return bindText(*static_cast<const QString *>(value.constData()), SQLITE_STATIC);
        default:
            // Everything else (a QDate among them: "yyyy-MM-dd") as Qt converts it to text.
            return bindText(value.toString(), SQLITE_TRANSIENT);
        }
    }

    QSqlRecord makeRecord() const
    {
        QSqlRecord record;
        const int columns = sqlite3_column_count(m_statement);
        for (int i = 0; i < columns; ++i) {
            const auto name16 = [&](const void *text) {
                return text ? QString(static_cast<const QChar *>(text)) : QString();
            };
            const QString name
                = name16(sqlite3_column_name16(m_statement, i)).remove(QLatin1Char('"'));
            const QString table
                = name16(sqlite3_column_table_name16(m_statement, i)).remove(QLatin1Char('"'));
            const QString declared = name16(sqlite3_column_decltype16(m_statement, i));
            // The storage class of the first row (none when there was no row), as Qt's driver.
            const int firstType = i < m_firstRowTypes.size() ? m_firstRowTypes.at(i) : -1;
            QMetaType::Type type = QMetaType::UnknownType;
            if (!declared.isEmpty()) {
                type = declaredType(declared);
            } else {
                switch (firstType) {
                case SQLITE_INTEGER:
                    type = QMetaType::Int;
                    break;
                case SQLITE_FLOAT:
                    type = QMetaType::Double;
                    break;
                case SQLITE_BLOB:
                    type = QMetaType::QByteArray;
                    break;
                case SQLITE_TEXT:
                    type = QMetaType::QString;
                    break;
                default:
                    break;
                }
            }
            QSqlField field(name, QMetaType(type), table);
            field.setSqlType(firstType);
            record.append(field);
        }
        return record;
    }

    const Driver *m_driver;
    sqlite3_stmt *m_statement = nullptr;
    QVariantList m_bound;
    QVarLengthArray<int, 16> m_firstRowTypes;
    mutable std::optional<QSqlRecord> m_record;
    bool m_pendingRow = false;
    bool m_finished = false;
};

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
