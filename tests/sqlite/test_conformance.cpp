// SPDX-License-Identifier: GPL-3.0-or-later
// The conformance suite of our SQL driver: every test runs against Qt's QSQLITE and
// against ours (TRAJECT_SQLITE), each on its own plain file, and checks the same answers, worked
// out by hand: types, nulls, blobs, dates, errors, transactions, lastInsertId.
#include "sqlite/SqliteDriver.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>

#include <atomic>
#include <memory>

#include <sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace TRAJECT_UNITY_ID {

using traject::sqlite::driverName;

namespace {

std::atomic<int> counter { 0 };

/// One connection of one driver to a file of its own in a fresh folder.
class Connection
{
public:
    explicit Connection(const QString &driver, const QString &options = {},
                        const QString &file = {})
        : m_name(QStringLiteral("conformance-%1").arg(counter.fetch_add(1)))
    {
        traject::sqlite::registerDriver();
        m_path = file.isEmpty() ? m_dir.filePath(QStringLiteral("test.sqlite")) : file;
        auto db = QSqlDatabase::addDatabase(driver, m_name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(options);
        REQUIRE(db.open());
    }
    ~Connection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString path() const { return m_path; }

    /// Runs statements that must succeed.
    void run(std::initializer_list<const char *> statements) const
    {
        QSqlQuery query(db());
        for (const char *statement : statements) {
            INFO(statement);
            REQUIRE(query.exec(QString::fromUtf8(statement)));
        }
    }
    /// The first column of the first row of a statement that must succeed.
    QVariant scalar(const char *statement) const
    {
        QSqlQuery query(db());
        INFO(statement);
        REQUIRE(query.exec(QString::fromUtf8(statement)));
        REQUIRE(query.next());
        return query.value(0);
    }

private:
    QTemporaryDir m_dir;
    QString m_name;
    QString m_path;
};

QString bothDrivers()
{
    return GENERATE(QStringLiteral("QSQLITE"), driverName());
}

} // namespace

TEST_CASE("conformance: our driver carries the pinned SQLite and SQLite3 Multiple Ciphers, next "
          "to Debian's under QSQLITE",
          "[sqlite]")
{
    CHECK(traject::sqlite::sqliteVersion() == QLatin1String("3.53.4"));
    CHECK(traject::sqlite::ciphersVersion() == QLatin1String("SQLite3 Multiple Ciphers 2.4.0"));
    const Connection ours(driverName());
    CHECK(ours.scalar("SELECT sqlite_version()").toString() == QLatin1String("3.53.4"));
    // Both libraries live in one process, each with its own symbols.
    const Connection qts(QStringLiteral("QSQLITE"));
    CHECK(qts.scalar("SELECT sqlite_version()").toString() == QLatin1String("3.40.1"));
}

TEST_CASE("conformance: values keep their type: 64-bit integer, double, text, blob, null",
          "[sqlite]")
{
    const Connection c(bothDrivers());
    INFO(c.db().driverName().toStdString());
    c.run({ "CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, x)" });
    QSqlQuery insert(c.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t VALUES (:i, :r, :s, :b, :x)")));
    const QByteArray bytes("a\0b\xff", 4);
    insert.bindValue(QStringLiteral(":i"), qint64(9007199254740993LL)); // 2^53 + 1
    insert.bindValue(QStringLiteral(":r"), 0.1);
    insert.bindValue(QStringLiteral(":s"), QStringLiteral("Zoë ✓ 日本"));
    insert.bindValue(QStringLiteral(":b"), bytes);
    insert.bindValue(QStringLiteral(":x"), QVariant());
    REQUIRE(insert.exec());

    QSqlQuery select(c.db());
    REQUIRE(select.exec(QStringLiteral("SELECT i, r, s, b, x, typeof(i), typeof(r), typeof(s), "
                                       "typeof(b), typeof(x) FROM t")));
    REQUIRE(select.next());
    CHECK(select.value(0).typeId() == QMetaType::LongLong);
    CHECK(select.value(0).toLongLong() == 9007199254740993LL);
    CHECK(select.value(1).typeId() == QMetaType::Double);
    CHECK(select.value(1).toDouble() == 0.1);
    CHECK(select.value(2).typeId() == QMetaType::QString);
    CHECK(select.value(2).toString() == QStringLiteral("Zoë ✓ 日本"));
    CHECK(select.value(3).typeId() == QMetaType::QByteArray);
    CHECK(select.value(3).toByteArray() == bytes);
    CHECK(select.isNull(4));
    CHECK(select.value(4).isNull());
    CHECK(select.value(4).typeId() == QMetaType::QString);
    CHECK(select.value(5).toString() == QLatin1String("integer"));
    CHECK(select.value(6).toString() == QLatin1String("real"));
    CHECK(select.value(7).toString() == QLatin1String("text"));
    CHECK(select.value(8).toString() == QLatin1String("blob"));
    CHECK(select.value(9).toString() == QLatin1String("null"));
    CHECK_FALSE(select.next());
}

TEST_CASE("conformance: null in any shape is SQL NULL, an empty text is not", "[sqlite]")
{
    const Connection c(bothDrivers());
    INFO(c.db().driverName().toStdString());
    c.run({ "CREATE TABLE t (n INTEGER PRIMARY KEY, v)" });
    const QList<QVariant> values = { QVariant(),
                                     QVariant(QMetaType::fromType<qint64>()),
                                     QVariant(QString()),
                                     QVariant(QByteArray()),
                                     QVariant(QDate()),
                                     QVariant(QDateTime()),
                                     QVariant(QLatin1String("")),
                                     QVariant(QByteArray("")),
                                     QVariant(true),
                                     QVariant(0) };
    QSqlQuery insert(c.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)")));
    for (const auto &value : values) {
        insert.addBindValue(value);
        REQUIRE(insert.exec());
    }
    QSqlQuery select(c.db());
    select.setForwardOnly(true);
    REQUIRE(select.exec(QStringLiteral("SELECT typeof(v), quote(v) FROM t ORDER BY n")));
    QStringList stored;
    while (select.next())
        stored << select.value(0).toString() + QLatin1Char(' ') + select.value(1).toString();
    CHECK(stored
          == QStringList { QStringLiteral("null NULL"), QStringLiteral("null NULL"),
                           QStringLiteral("null NULL"), QStringLiteral("null NULL"),
                           QStringLiteral("null NULL"), QStringLiteral("null NULL"),
                           QStringLiteral("text ''"), QStringLiteral("blob X''"),
                           QStringLiteral("integer 1"), QStringLiteral("integer 0") });
}

TEST_CASE("conformance: dates, times and date-times are written as Qt's driver writes them and "
          "read back",
          "[sqlite]")
{
    const Connection c(bothDrivers());
    INFO(c.db().driverName().toStdString());
    c.run({ "CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT)" });
    const QDate day(2025, 3, 14);
    const QDateTime local(day, QTime(9, 5, 7, 123));
    const QDateTime utc(day, QTime(23, 59, 58), Qt::UTC);
    // A zone (even UTC's) is written as its offset; Qt::UTC as "Z".
    const QDateTime zone(day, QTime(23, 59, 58), QTimeZone::utc());
    const QDateTime offset(day, QTime(8, 0), Qt::OffsetFromUTC, 3600);
    QSqlQuery insert(c.db());
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t (v) VALUES (:v)")));
    for (const QVariant &value : { QVariant(day), QVariant(local), QVariant(utc), QVariant(zone),
                                   QVariant(offset), QVariant(QTime(9, 5, 7)) }) {
        insert.bindValue(QStringLiteral(":v"), value);
        REQUIRE(insert.exec());
    }
    QSqlQuery select(c.db());
    REQUIRE(select.exec(QStringLiteral("SELECT v FROM t ORDER BY n")));
    QStringList stored;
    while (select.next())
        stored << select.value(0).toString();
    CHECK(stored
          == QStringList { QStringLiteral("2025-03-14"), QStringLiteral("2025-03-14T09:05:07.123"),
                           QStringLiteral("2025-03-14T23:59:58.000Z"),
                           QStringLiteral("2025-03-14T23:59:58.000+00:00"),
                           QStringLiteral("2025-03-14T08:00:00.000+01:00"),
                           QStringLiteral("09:05:07.000") });
    REQUIRE(select.exec(QStringLiteral("SELECT v FROM t ORDER BY n")));
    REQUIRE(select.next());
    CHECK(select.value(0).toDate() == day);
    REQUIRE(select.next());
    CHECK(select.value(0).toDateTime() == local);
    REQUIRE(select.next());
    CHECK(select.value(0).toDateTime() == utc);
}

TEST_CASE("conformance: a prepared statement runs again with new values, named and positional",
          "[sqlite]")
{
    const Connection c(bothDrivers());
    INFO(c.db().driverName().toStdString());
    c.run({ "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE, hours INTEGER)" });
    QSqlQuery positional(c.db());
    REQUIRE(positional.prepare(QStringLiteral("INSERT INTO t (name, hours) VALUES (?, ?)")));
    for (const auto &[name, hours] : { std::pair { "Amina", 38 }, std::pair { "Bram", 19 } }) {
        positional.addBindValue(QString::fromUtf8(name));
        positional.addBindValue(hours);
        REQUIRE(positional.exec());
    }
    positional.bindValue(0, QStringLiteral("Chloë"));
    positional.bindValue(1, 32);
    REQUIRE(positional.exec());
    CHECK(positional.lastInsertId() == QVariant(qint64(3)));

    // A name used twice is one parameter for SQLite.
    QSqlQuery named(c.db());
    named.setForwardOnly(true);
    REQUIRE(named.prepare(QStringLiteral(
        "SELECT name FROM t WHERE hours >= :least AND :least > 0 AND name <> :skip ORDER BY id")));
    const auto names = [&](int least, const QString &skip) {
        named.bindValue(QStringLiteral(":least"), least);
        named.bindValue(QStringLiteral(":skip"), skip);
        REQUIRE(named.exec());
        QStringList found;
        while (named.next())
            found << named.value(0).toString();
        return found;
    };
    CHECK(names(20, QStringLiteral("none"))
          == QStringList { QStringLiteral("Amina"), QStringLiteral("Chloë") });
    CHECK(names(1, QStringLiteral("Amina"))
          == QStringList { QStringLiteral("Bram"), QStringLiteral("Chloë") });
    CHECK(names(0, QStringLiteral("none")).isEmpty());
}

TEST_CASE("conformance: lastInsertId and numRowsAffected", "[sqlite]")
{
    const Connection c(bothDrivers());
    INFO(c.db().driverName().toStdString());
    QSqlQuery query(c.db());
    REQUIRE(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)")));
    CHECK_FALSE(query.lastInsertId().isValid());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t (id, v) VALUES (41, 1)")));
    CHECK(query.lastInsertId() == QVariant(qint64(41)));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t (v) VALUES (1)")));
    CHECK(query.lastInsertId() == QVariant(qint64(42)));
    CHECK(query.numRowsAffected() == 1);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t (v) VALUES (2), (3), (4)")));
    CHECK(query.numRowsAffected() == 3);
    CHECK(query.lastInsertId() == QVariant(qint64(45)));
    REQUIRE(query.exec(QStringLiteral("UPDATE t SET v = v + 10 WHERE v < 3")));
    CHECK(query.numRowsAffected() == 3);
    REQUIRE(query.exec(QStringLiteral("DELETE FROM t WHERE v > 100")));
    CHECK(query.numRowsAffected() == 0);
    CHECK(query.size() == -1);
}

TEST_CASE("conformance: errors carry SQLite's code and message", "[sqlite]")
{
    const Connection c(bothDrivers());
    INFO(c.db().driverName().toStdString());
    c.run({ "PRAGMA foreign_keys = ON", "CREATE TABLE p (id INTEGER PRIMARY KEY)",
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
            "p INTEGER REFERENCES p(id))",
            "INSERT INTO t (name) VALUES ('Amina')" });
    QSqlQuery query(c.db());

    SECTION("a failed constraint, then the same statement with new values")
    {
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO t (name) VALUES (:name)")));
        query.bindValue(QStringLiteral(":name"), QStringLiteral("Amina"));
        CHECK_FALSE(query.exec());
        CHECK(query.lastError().type() == QSqlError::ConnectionError);
        CHECK(query.lastError().nativeErrorCode() == QLatin1String("2067"));
        CHECK(query.lastError().databaseText()
              == QLatin1String("UNIQUE constraint failed: t.name"));
        CHECK(query.lastError().driverText() == QLatin1String("Unable to fetch row"));
        CHECK(query.lastError().text()
              == QLatin1String("UNIQUE constraint failed: t.name Unable to fetch row"));
        CHECK_FALSE(query.isActive());
        query.bindValue(QStringLiteral(":name"), QStringLiteral("Bram"));
        CHECK(query.exec());
        CHECK_FALSE(query.lastError().isValid());
        CHECK(query.lastInsertId() == QVariant(qint64(2)));
    }
    SECTION("a foreign key and a NOT NULL")
    {
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t (name, p) VALUES ('Bram', 7)")));
        CHECK(query.lastError().nativeErrorCode() == QLatin1String("787"));
        CHECK(query.lastError().databaseText() == QLatin1String("FOREIGN KEY constraint failed"));
        CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO t (name) VALUES (NULL)")));
        CHECK(query.lastError().nativeErrorCode() == QLatin1String("1299"));
        CHECK(query.lastError().databaseText()
              == QLatin1String("NOT NULL constraint failed: t.name"));
    }
    SECTION("a statement that cannot be prepared")
    {
        CHECK_FALSE(query.prepare(QStringLiteral("SELECT name FROM nowhere")));
        CHECK(query.lastError().type() == QSqlError::StatementError);
        CHECK(query.lastError().nativeErrorCode() == QLatin1String("1"));
        CHECK(query.lastError().text()
              == QLatin1String("no such table: nowhere Unable to execute statement"));
        CHECK_FALSE(query.exec(QStringLiteral("SELECT 1; SELECT 2")));
        CHECK(query.lastError().nativeErrorCode() == QLatin1String("21"));
        CHECK(query.lastError().driverText()
              == QLatin1String("Unable to execute multiple statements at a time"));
    }
    SECTION("too few values for the placeholders")
    {
        REQUIRE(query.prepare(QStringLiteral("INSERT INTO t (name, p) VALUES (?, ?)")));
        query.addBindValue(QStringLiteral("Bram"));
        CHECK_FALSE(query.exec());
        CHECK(query.lastError().type() == QSqlError::StatementError);
        CHECK(query.lastError().text() == QLatin1String("Parameter count mismatch"));
    }
    CHECK(c.scalar("SELECT count(*) FROM t WHERE name = 'Amina'").toInt() == 1);
}

TEST_CASE("conformance: transactions commit and roll back, through Qt and through SQL", "[sqlite]")
{
    const Connection c(bothDrivers());
    INFO(c.db().driverName().toStdString());
    auto db = c.db();
    CHECK(db.driver()->hasFeature(QSqlDriver::Transactions));
    c.run({ "CREATE TABLE t (v INTEGER)" });
    QSqlQuery query(db);

    REQUIRE(db.transaction());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    REQUIRE(db.rollback());
    CHECK(c.scalar("SELECT count(*) FROM t").toInt() == 0);

    REQUIRE(db.transaction());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    REQUIRE(db.commit());
    CHECK(c.scalar("SELECT group_concat(v) FROM t").toString() == QLatin1String("2"));

    CHECK_FALSE(db.commit());
    CHECK(db.lastError().type() == QSqlError::TransactionError);
    CHECK(
        db.lastError().text()
        == QLatin1String("cannot commit - no transaction is active Unable to commit transaction"));

    // As Database and Transaction do it: BEGIN IMMEDIATE with savepoints inside.
    c.run({ "BEGIN IMMEDIATE", "INSERT INTO t VALUES (3)", "SAVEPOINT level1",
            "INSERT INTO t VALUES (4)", "ROLLBACK TO level1", "RELEASE level1", "COMMIT" });
    CHECK(c.scalar("SELECT group_concat(v) FROM t").toString() == QLatin1String("2,3"));
}

TEST_CASE("conformance: results are read forward, with their record", "[sqlite]")
{
    const Connection c(bothDrivers());
    INFO(c.db().driverName().toStdString());
    c.run(
        { "CREATE TABLE learner (id INTEGER PRIMARY KEY, name TEXT, born DATE, hours REAL, "
          "photo BLOB, active BOOLEAN)",
          "INSERT INTO learner (name, hours) VALUES ('Amina', 38.5), ('Bram', 19), ('Chloë', 0)" });
    for (const bool forwardOnly : { true, false }) {
        QSqlQuery query(c.db());
        query.setForwardOnly(forwardOnly);
        REQUIRE(query.exec(
            QStringLiteral("SELECT id, name AS \"who\", born, hours, photo, active, 1 + 1, "
                           "'x', NULL FROM learner ORDER BY id")));
        CHECK(query.isSelect());
        CHECK(query.at() == QSql::BeforeFirstRow);
        const QSqlRecord record = query.record();
        REQUIRE(record.count() == 9);
        CHECK(record.fieldName(0) == QLatin1String("id"));
        CHECK(record.fieldName(1) == QLatin1String("who"));
        CHECK(record.field(0).tableName() == QLatin1String("learner"));
        CHECK(record.field(0).metaType().id() == QMetaType::Int);
        CHECK(record.field(1).metaType().id() == QMetaType::QString);
        CHECK(record.field(2).metaType().id() == QMetaType::QString);
        CHECK(record.field(3).metaType().id() == QMetaType::Double);
        CHECK(record.field(4).metaType().id() == QMetaType::QByteArray);
        CHECK(record.field(5).metaType().id() == QMetaType::Bool);
        CHECK(record.field(6).metaType().id() == QMetaType::Int);
        CHECK(record.field(7).metaType().id() == QMetaType::QString);
        CHECK(record.field(8).metaType().id() == QMetaType::UnknownType);
        QStringList rows;
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(query.at())
                        .arg(query.value(QStringLiteral("who")).toString())
                        .arg(query.value(3).toString(), query.value(6).toString());
        CHECK(rows
              == QStringList { QStringLiteral("0 Amina 38.5 2"), QStringLiteral("1 Bram 19 2"),
                               QStringLiteral("2 Chloë 0 2") });
        CHECK(query.at() == QSql::AfterLastRow);
        CHECK_FALSE(query.next());
    }
    // An empty result is still a select, with its columns.
    QSqlQuery empty(c.db());
    REQUIRE(empty.exec(QStringLiteral("SELECT id, name FROM learner WHERE id > 99")));
    CHECK(empty.isSelect());
    CHECK(empty.record().count() == 2);
    CHECK_FALSE(empty.next());
    QSqlQuery change(c.db());
    REQUIRE(change.exec(QStringLiteral("UPDATE learner SET hours = 1 WHERE id = 2")));
    CHECK_FALSE(change.isSelect());
    CHECK(change.record().isEmpty());
}

TEST_CASE("conformance: a busy timeout, a read-only connection", "[sqlite]")
{
    const QString driver = bothDrivers();
    INFO(driver.toStdString());
    const Connection writer(driver);
    writer.run({ "PRAGMA journal_mode = WAL", "CREATE TABLE t (v INTEGER)", "BEGIN IMMEDIATE",
                 "INSERT INTO t VALUES (1)" });

    const Connection waiting(driver, QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"), writer.path());
    QSqlQuery query(waiting.db());
    CHECK_FALSE(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    CHECK(query.lastError().nativeErrorCode() == QLatin1String("5"));
    CHECK(query.lastError().databaseText() == QLatin1String("database is locked"));
    writer.run({ "COMMIT" });
    CHECK(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    CHECK(query.exec(QStringLiteral("ROLLBACK")));

    const Connection reader(driver, QStringLiteral("QSQLITE_OPEN_READONLY"), writer.path());
    QSqlQuery write(reader.db());
    CHECK_FALSE(write.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    CHECK(write.lastError().nativeErrorCode() == QLatin1String("8"));
    CHECK(write.lastError().databaseText()
          == QLatin1String("attempt to write a readonly database"));
    CHECK(reader.scalar("SELECT count(*) FROM t").toInt() == 1);
}

TEST_CASE("conformance: handle() is the sqlite3 connection", "[sqlite]")
{
    const Connection c(driverName());
    const QVariant handle = c.db().driver()->handle();
    CHECK(QByteArray(handle.typeName()) == QByteArray("sqlite3*"));
    auto *db = handle.value<sqlite3 *>();
    REQUIRE(db != nullptr);
    CHECK(QString::fromUtf8(sqlite3_db_filename(db, "main")) == c.path());
    CHECK(QString::fromUtf8(sqlite3_libversion()) == QLatin1String("3.53.4"));
}

TEST_CASE("conformance: a file written through QSQLITE reads back identically through ours",
          "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const char *const read = "SELECT * FROM t ORDER BY id";
    QList<QList<QVariant>> before;
    {
        const Connection qts(QStringLiteral("QSQLITE"), {}, path);
        qts.run({ "PRAGMA journal_mode = WAL",
                  "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, born TEXT, at TEXT, "
                  "hours REAL, photo BLOB, note)" });
        QSqlQuery insert(qts.db());
        REQUIRE(insert.prepare(QStringLiteral("INSERT INTO t (name, born, at, hours, photo, note) "
                                              "VALUES (?, ?, ?, ?, ?, ?)")));
        for (int i = 0; i < 20; ++i) {
            insert.addBindValue(i % 5 == 0 ? QVariant(QString())
                                           : QVariant(QStringLiteral("Zoë %1").arg(i)));
            insert.addBindValue(QDate(1990 + i, 1 + i % 12, 1 + i));
            insert.addBindValue(QDateTime(QDate(2025, 1, 1 + i), QTime(i, i, i, i)));
            insert.addBindValue(i / 3.0);
            insert.addBindValue(i % 4 == 0 ? QVariant(QByteArray())
                                           : QVariant(QByteArray(i, char(i))));
            insert.addBindValue(i % 2 ? QVariant(qint64(i) << 40) : QVariant(QStringLiteral("n")));
            REQUIRE(insert.exec());
        }
        QSqlQuery select(qts.db());
        REQUIRE(select.exec(QString::fromUtf8(read)));
        while (select.next()) {
            QList<QVariant> row;
            for (int i = 0; i < select.record().count(); ++i)
                row << select.value(i);
            before << row;
        }
    }
    REQUIRE(before.size() == 20);
    const Connection ours(driverName(), {}, path);
    QSqlQuery select(ours.db());
    REQUIRE(select.exec(QString::fromUtf8(read)));
    int row = 0;
    while (select.next()) {
        REQUIRE(row < before.size());
        REQUIRE(select.record().count() == before.at(row).size());
        for (int i = 0; i < before.at(row).size(); ++i) {
            INFO("row " << row << " column " << i);
            CHECK(select.value(i).typeId() == before.at(row).at(i).typeId());
            CHECK(select.value(i).isNull() == before.at(row).at(i).isNull());
            CHECK(select.value(i) == before.at(row).at(i));
        }
        ++row;
    }
    CHECK(row == 20);
}

TEST_CASE("conformance: a database written by release 0.1.0 through QSQLITE reads back "
          "identically through ours, every row of every table",
          "[sqlite]")
{
    // tests/data/sqlite/release-0.1.0-demo.sqlite: `trajectplanner --demo --no-window` of commit
    // 8919224, the last release before our driver, on Qt's QSQLITE (Debian's SQLite 3.40.1).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("release.sqlite"));
    REQUIRE(
        QFile::copy(QStringLiteral(TRAJECT_TEST_DATA "/sqlite/release-0.1.0-demo.sqlite"), path));
    const auto readAll = [&](const QString &driver) {
        const Connection c(driver, QStringLiteral("QSQLITE_OPEN_READONLY"), path);
        QStringList lines;
        QSqlQuery tables(c.db());
        tables.setForwardOnly(true);
        REQUIRE(tables.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
        QStringList names;
        while (tables.next()) {
            names << tables.value(0).toString();
            lines << tables.value(1).toString();
        }
        for (const char *pragma : { "PRAGMA application_id", "PRAGMA user_version" })
            lines << c.scalar(pragma).toString();
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(c.db());
            rows.setForwardOnly(true);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)));
            while (rows.next()) {
                QString line = table;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant value = rows.value(i);
                    line += QStringLiteral(" | %1:%2:%3")
                                .arg(QString::fromLatin1(value.typeName()))
                                .arg(value.isNull() ? QStringLiteral("NULL") : QString())
                                .arg(value.typeId() == QMetaType::QByteArray
                                         ? QString::fromLatin1(value.toByteArray().toHex())
                                         : value.toString());
                }
                lines << line;
            }
        }
        return lines;
    };
    const QStringList qts = readAll(QStringLiteral("QSQLITE"));
    const QStringList ours = readAll(driverName());
    // 25 learners and 602 placement days among 1,757 rows in 27 tables (counted with Python's
    // sqlite3 module).
    CHECK(qts.filter(QRegularExpression(QStringLiteral("^learner \\|"))).size() == 25);
    CHECK(qts.filter(QRegularExpression(QStringLiteral("^placement_day \\|"))).size() == 602);
    CHECK(qts.size() == 27 + 2 + 1757);
    REQUIRE(ours.size() == qts.size());
    for (qsizetype i = 0; i < qts.size(); ++i) {
        INFO("line " << i);
        CHECK(ours.at(i) == qts.at(i));
    }
}

} // namespace TRAJECT_UNITY_ID
