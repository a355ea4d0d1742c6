// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Clock.h"
#include "Files.h"
#include "Platform.h"
#include "crypto/KeyRing.h"
#include "sqlite/SqliteDriver.h"
#include "storage/AuditLog.h"
#include "storage/Backups.h"
#include "storage/Encryption.h"
#include "storage/ProgrammeRepository.h"
#include "storage/internal/QueryError.h"
#include "storage/internal/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>

namespace traject {

namespace {

std::atomic<int> connectionCounter { 0 };

QString nextConnectionName()
{
    // Every connection of ours to an encrypted file is keyed from the key ring.
    crypto::KeyRing::install();
    return QStringLiteral("traject-%1").arg(connectionCounter.fetch_add(1));
}

/// A short-lived read-only look at a file through SQLite; never writes to the main file.
class ReadOnlyProbe
{
public:
    explicit ReadOnlyProbe(const QString &path)
        : m_name(nextConnectionName())
    {
        // SQLite makes the -wal and -shm of a file in WAL mode also for a reader, with the file's
        // own rights: those of a file that others could read are its owner's only all the same
        // (Database::open closes the file itself to others once it is known to be ours).
        auto db = sqlite::addDatabase(m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_opened = db.open();
    }
    ~ReadOnlyProbe()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool opened() const { return m_opened; }
    std::optional<QVariant> scalar(const QString &statement, QString *error) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        return query.value(0);
    }

private:
    platform::OwnerOnlyCreation m_ownerOnly; // first: it outlives the connection
    QString m_name;
    bool m_opened = false;
};

} // namespace

/// The message for a failure the SPOC can do something about (a full disk, a read-only file),
/// else `message`.
Error queryError(const QSqlQuery &query, const QString &message)
{
    const QString driverText = query.lastError().text();
    QString shown = message;
    if (driverText.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        shown = Database::tr(
            "The disk is full: nothing could be saved. Free some space and try again.");
    else if (driverText.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
             || driverText.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        shown = Database::tr("The database file is read-only: nothing could be saved.");
    return Error { shown, query.lastQuery() + QLatin1String(": ") + driverText };
}

std::optional<int> Database::schemaVersionOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return std::nullopt;
    ReadOnlyProbe probe(path);
    if (!probe.opened())
        return std::nullopt;
    QString error;
    const auto applicationId = probe.scalar(QStringLiteral("PRAGMA application_id"), &error);
    const auto version = probe.scalar(QStringLiteral("PRAGMA user_version"), &error);
    if (!applicationId || !version || applicationId->toInt() != ApplicationId)
        return std::nullopt;
    return version->toInt();
}

namespace {

FileInspection inspectPlainOrKeyed(const QString &path, bool checkPages);

/// Database::inspect, optionally without reading every page (PRAGMA quick_check).
FileInspection inspectFile(const QString &path, bool checkPages)
{
    using Kind = FileInspection::Kind;
    const QFileInfo info(path);
    if (!info.exists())
        return { Kind::Missing, 0, {} };
    if (info.size() == 0)
        return { Kind::Empty, 0, {} };

    const bool encrypted = crypto::KeyRing::isEncrypted(path);
    if (encrypted) {
        if (!crypto::KeyRing::isUnlocked(path))
            return { Kind::Locked, 0, QStringLiteral("encrypted"), true };
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return { Kind::NotSqlite, 0, file.errorString() };
        const QByteArray header = file.read(16);
        if (header != QByteArray("SQLite format 3\0", 16)) {
            if (Encryption::keysMissing(path))
                return { Kind::KeysMissing, 0, crypto::KeyFile::pathFor(path), true };
            return { Kind::NotSqlite, 0, QStringLiteral("no SQLite header") };
        }
    }
    FileInspection found = inspectPlainOrKeyed(path, checkPages);
    found.encrypted = encrypted;
    return found;
}

/// inspectFile for a file whose connections can read it (plain, or keyed from the key ring).
FileInspection inspectPlainOrKeyed(const QString &path, bool checkPages)
{
    using Kind = FileInspection::Kind;
    const QFileInfo info(path);

    ReadOnlyProbe probe(path);
    QString error = QStringLiteral("cannot open");
    std::optional<QVariant> applicationId, version, tables;
    if (probe.opened()) {
        applicationId = probe.scalar(QStringLiteral("PRAGMA application_id"), &error);
        version = probe.scalar(QStringLiteral("PRAGMA user_version"), &error);
        tables = probe.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &error);
    }
    if (!applicationId || !version || !tables) {
        // A WAL file cannot even be read where its -shm companion cannot be made.
        if (!QFileInfo(info.absolutePath()).isWritable())
            return { Kind::ReadOnlyLocation, 0, error };
        return { Kind::Corrupt, 0, error };
    }

    const int id = applicationId->toInt();
    const int schemaVersion = version->toInt();
    if (id == 0 && schemaVersion == 0 && tables->toInt() == 0)
        return { Kind::Empty, 0, {} };
    if (id != Database::ApplicationId)
        return { Kind::Foreign, schemaVersion, QStringLiteral("application_id %1").arg(id) };
    if (schemaVersion > Database::latestVersion())
        return { Kind::Newer, schemaVersion, {} };
    if (!checkPages)
        return { Kind::Ours, schemaVersion, {} };

    const auto check = probe.scalar(QStringLiteral("PRAGMA quick_check"), &error);
    if (!check)
        return { Kind::Corrupt, schemaVersion, error };
    if (check->toString() != QLatin1String("ok"))
        return { Kind::Corrupt, schemaVersion, check->toString() };
    return { Kind::Ours, schemaVersion, {} };
}

} // namespace

FileInspection Database::inspect(const QString &path)
{
    return inspectFile(path, true);
}

struct Database::BackgroundCheck
{
    std::shared_future<Status> outcome;
};

Result<std::unique_ptr<Database>> Database::open(const QString &path, PageCheck check,
                                                 const Clock &clock)
{
    using Kind = FileInspection::Kind;
    // A file that needs a conversion is always checked first: the conversion writes.
    const bool inBackground
        = check == PageCheck::InBackground && schemaVersionOf(path) == latestVersion();
    const auto inspection = inspectFile(path, !inBackground);
    switch (inspection.kind) {
    case Kind::Locked:
        return Error { tr("The database %1 is encrypted. Unlock it with its passphrase or its "
                          "recovery key first.")
                           .arg(QDir::toNativeSeparators(path)),
                       inspection.detail };
    case Kind::KeysMissing:
        return Error { tr("The database %1 is encrypted, but its key file %2 is missing. Each "
                          "backup in %3 has a copy of it: unlock with the passphrase or the "
                          "recovery key, and the program puts the key file back.")
                           .arg(QDir::toNativeSeparators(path),
                                QDir::toNativeSeparators(crypto::KeyFile::pathFor(path)),
                                QDir::toNativeSeparators(Backups(path).folder())),
                       inspection.detail };
    case Kind::NotSqlite:
    case Kind::Foreign:
        return Error { tr("The file %1 is not a Trajectplanner database. It was left unchanged.")
                           .arg(QDir::toNativeSeparators(path)),
                       inspection.detail };
    case Kind::Corrupt:
        return Error { tr("The file %1 is damaged and cannot be opened. It was left unchanged; "
                          "open a backup instead.")
                           .arg(QDir::toNativeSeparators(path)),
                       inspection.detail };
    case Kind::ReadOnlyLocation:
        return Error {
            tr("The file %1 lies in a folder that cannot be written to. Copy it to a folder of "
               "your own and open the copy; the file was left unchanged.")
                .arg(QDir::toNativeSeparators(path)),
            inspection.detail
        };
    case Kind::Newer:
        return Error {
            tr("The file %1 was written by a newer version of Trajectplanner (data version %2; "
               "this version knows up to %3). Install the newer version; the file was left "
               "unchanged.")
                .arg(QDir::toNativeSeparators(path))
                .arg(inspection.version)
                .arg(latestVersion()),
            {}
        };
    case Kind::Missing: {
        const QFileInfo info(path);
        if (!info.absoluteDir().exists()) {
            // A folder made for the database is for its owner only.
            if (!makeFolderForOwner(info.absolutePath()))
                return Error { tr("The folder %1 does not exist and cannot be created.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())),
                               {} };
        }
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error { tr("The database %1 cannot be created: the folder %2 cannot be "
                              "written to.")
                               .arg(QDir::toNativeSeparators(path),
                                    QDir::toNativeSeparators(info.absolutePath())),
                           {} };
        // Made empty first, for its owner only: SQLite gives its -wal and -shm the same rights.
        QFile file(path);
        if (!createForOwner(file))
            return Error {
                tr("The database %1 cannot be created.").arg(QDir::toNativeSeparators(path)),
                file.errorString()
            };
        file.close();
        break;
    }
    case Kind::Empty:
    case Kind::Ours: {
        // Every change is written at once: a file or folder that cannot be written to is refused
        // now, not at the first change.
        const QFileInfo info(path);
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Error {
                tr("The file %1 lies in a folder that cannot be written to. Copy it to a folder of "
                   "your own and open the copy; the file was left unchanged.")
                    .arg(QDir::toNativeSeparators(path)),
                info.absolutePath()
            };
        if (!info.isWritable())
            return Error { tr("The file %1 is read-only, so no change could be saved in it. Make "
                              "it writable (or open a copy of it); the file was left unchanged.")
                               .arg(QDir::toNativeSeparators(path)),
                           {} };
        // Whatever rights the file had, from now on it and its companions are its owner's only.
        for (const QString &suffix :
             { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            if (QFile::exists(path + suffix))
                QFile::setPermissions(path + suffix, ownerOnlyFile);
        }
        break;
    }
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    database->m_created = inspection.kind == Kind::Missing || inspection.kind == Kind::Empty;
    database->m_encrypted = crypto::KeyRing::isEncrypted(path);
    auto db = sqlite::addDatabase(database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error { tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                       db.lastError().text() };
    if (inBackground && inspection.kind == Kind::Ours) {
        database->m_pageCheck = std::make_shared<BackgroundCheck>();
        database->m_pageCheck->outcome
            = std::async(std::launch::async, [path] { return checkPages(path); }).share();
    }
    if (auto status = database->configure(false); !status)
        return status.error();
    if (database->m_created) {
        // A new database is made whole or not at all: the schema and the shipped programmes, so
        // that an enrolment can be typed at once. Only now: a programme the SPOC removes later
        // does not come back on the next start, and an older file gets none added.
        Transaction creation(*database);
        if (auto started = creation.status(); !started)
            return started.error();
        if (auto status = database->migrate(0); !status)
            return status.error();
        const SystemClock unused; // installing programmes reads no date
        if (auto status = ProgrammeRepository(*database, unused).installTemplatesIfMissing();
            !status)
            return status.error();
        if (auto status = creation.commit(); !status)
            return status.error();
        return database;
    }
    if (auto status = database->migrate(inspection.version, latestVersion(), clock); !status)
        return status.error();
    // An encrypted file's audit log is coded under its key (AuditLog): one that still has the
    // plain hashes of before the encryption takes the key now.
    if (database->m_encrypted) {
        const SystemClock clock;
        if (auto adopted = AuditLog(*database, clock).adoptKey(); !adopted)
            return adopted.error();
    }
    return database;
}

Status Database::checkPages(const QString &path)
{
    const QString problem
        = tr("The file %1 is damaged: a check of all its data found an error. Nothing more is "
             "written into it; restore a backup.")
              .arg(QDir::toNativeSeparators(path));
    const ReadOnlyProbe probe(path);
    if (!probe.opened())
        return Error { problem, QStringLiteral("cannot open") };
    QString error;
    const auto check = probe.scalar(QStringLiteral("PRAGMA quick_check"), &error);
    if (!check)
        return Error { problem, error };
    if (check->toString() != QLatin1String("ok"))
        return Error { problem, check->toString() };
    return {};
}

Result<std::unique_ptr<Database>> Database::openForReading(const QString &path)
{
    if (!schemaVersionOf(path))
        return Error { tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                       QStringLiteral("not a Trajectplanner database") };
    std::unique_ptr<Database> database(new Database(nextConnectionName(), path));
    auto db = sqlite::addDatabase(database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error { tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                       db.lastError().text() };
    return database;
}

std::optional<Status> Database::pageCheck() const
{
    if (!m_pageCheck)
        return Status {};
    if (m_pageCheck->outcome.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return std::nullopt;
    return m_pageCheck->outcome.get();
}

Status Database::waitForPageCheck() const
{
    if (!m_pageCheck)
        return {};
    return m_pageCheck->outcome.get();
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return openInMemoryAtVersion(latestVersion());
}

Result<std::unique_ptr<Database>> Database::openInMemoryAtVersion(int version)
{
    std::unique_ptr<Database> database(
        new Database(nextConnectionName(), QStringLiteral(":memory:")));
    database->m_created = true;
    auto db = sqlite::addDatabase(database->m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        return Error { tr("The database cannot be opened."), db.lastError().text() };
    if (auto status = database->configure(true); !status)
        return status.error();
    if (auto status = database->migrate(0, version); !status)
        return status.error();
    return database;
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{ }

Database::~Database()
{
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<QString> Database::identity() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT id FROM database_identity")) || !query.next())
        return queryError(query, tr("The database's id cannot be read."));
    return query.value(0).toString();
}

Status Database::configure(bool inMemory)
{
    // secure_delete: removed learners are overwritten, not left readable in free pages.
    QStringList pragmas = { QStringLiteral("PRAGMA foreign_keys = ON"),
                            QStringLiteral("PRAGMA secure_delete = ON") };
    if (!inMemory) {
        // journal_size_limit: whenever a checkpoint has copied the whole log into the file and a
        // new transaction starts the log over, the log file is cut to nothing, so that the
        // replaced pages (text that was changed or deleted) are not kept in it.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA journal_size_limit = 0");
    }
    QSqlQuery query(connection());
    for (const auto &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            return queryError(query, tr("The database cannot be prepared for use."));
    }
    return {};
}

Status compactDatabase(Database &database)
{
    const QString failed = Database::tr("The database file could not be compacted.");
    const bool inMemory = database.path() == QLatin1String(":memory:");
    QSqlQuery query(database.connection());
    const auto checkpoint = [&]() -> Status {
        if (inMemory)
            return {};
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
            return queryError(query, failed);
        if (query.value(0).toInt() != 0)
            return Error { failed, QStringLiteral("wal_checkpoint: busy") };
        query.finish();
        return {};
    };
    if (auto status = checkpoint(); !status)
        return status;
    if (!query.exec(QStringLiteral("VACUUM")))
        return queryError(query, failed);
    return checkpoint();
}

} // namespace traject
