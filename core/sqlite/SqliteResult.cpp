// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteResult.h"

#include "SqliteCommon.h"

#include <QDateTime>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <atomic>
#include <cstring>

namespace traject::sqlite {

using detail::qtText;
using detail::resultContext;
using detail::sqliteError;

namespace {

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

QString text16(const void *data, int bytes)
{
    return QString(static_cast<const QChar *>(data), bytes / int(sizeof(QChar)));
}

} // namespace

Result::Result(const Driver *driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    m_driver->m_results.append(this);
}

Result::~Result()
{
    if (m_driver)
        m_driver->m_results.removeOne(this);
    finalize();
}

void Result::detachFromDriver()
{
    finalize();
    m_driver = nullptr;
}

bool Result::prepare(const QString &query)
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

namespace {

std::atomic<quint64> statements { 0 };

} // namespace

quint64 statementsRun()
{
    return statements.load(std::memory_order_relaxed);
}

bool Result::exec()
{
    statements.fetch_add(1, std::memory_order_relaxed);
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

bool Result::fetch(int index)
{
    if (index == at())
        return index >= 0;
    if (index == at() + 1 || (at() == QSql::BeforeFirstRow && index == 0))
        return fetchNext();
    return false; // forward only
}

bool Result::fetchFirst()
{
    if (at() == QSql::BeforeFirstRow)
        return fetchNext();
    return at() == 0;
}

bool Result::fetchNext()
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

QVariant Result::data(int column)
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

bool Result::isNull(int column)
{
    return !m_statement || column < 0 || column >= sqlite3_data_count(m_statement)
        || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Result::numRowsAffected()
{
    return m_driver ? sqlite3_changes(m_driver->connection()) : -1;
}

QVariant Result::lastInsertId() const
{
    if (!isActive() || !m_driver)
        return QVariant();
    const qint64 id = sqlite3_last_insert_rowid(m_driver->connection());
    return id ? QVariant(id) : QVariant();
}

QSqlRecord Result::record() const
{
    if (!isActive() || !isSelect() || !m_statement)
        return QSqlRecord();
    if (!m_record)
        m_record = makeRecord();
    return *m_record;
}

void Result::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_pendingRow = false;
    m_finished = true;
}

void Result::finalize()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_bound.clear();
    m_pendingRow = false;
    m_finished = false;
}

void Result::failStep(sqlite3 *db, int code)
{
    // The message belongs to the step; reset (which returns the same code) frees the locks.
    const QSqlError error = sqliteError(db, qtText(resultContext, "Unable to fetch row"),
                                        QSqlError::ConnectionError, code);
    sqlite3_reset(m_statement);
    setLastError(error);
    setAt(QSql::AfterLastRow);
    m_finished = true;
}

bool Result::bindAll(sqlite3 *db)
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

int Result::bindOne(int index, const QVariant &value)
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
        return bindText(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")), SQLITE_TRANSIENT);
    case QMetaType::QString:
        return bindText(*static_cast<const QString *>(value.constData()), SQLITE_STATIC);
    default:
        // Everything else (a QDate among them: "yyyy-MM-dd") as Qt converts it to text.
        return bindText(value.toString(), SQLITE_TRANSIENT);
    }
}

QSqlRecord Result::makeRecord() const
{
    QSqlRecord record;
    const int columns = sqlite3_column_count(m_statement);
    for (int i = 0; i < columns; ++i) {
        const auto name16 = [&](const void *text) {
            return text ? QString(static_cast<const QChar *>(text)) : QString();
        };
        const QString name = name16(sqlite3_column_name16(m_statement, i)).remove(QLatin1Char('"'));
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

} // namespace traject::sqlite
