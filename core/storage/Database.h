// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace traject {

/// What a file on disk is, found out without changing it.
struct FileInspection
{
    enum class Kind
    {
        Missing,
        Empty,
        NotSqlite,
        Corrupt,
        ReadOnlyLocation,
        Foreign,
        Newer,
        Ours,
        /// Encrypted, and its key is not unlocked (crypto::KeyRing): nothing more can be known.
        Locked,
        /// Looks encrypted (no SQLite header, whole pages), but has no key file beside it, while
        /// the backups folder beside it holds key files (Encryption::restoreKeyFile).
        KeysMissing
    };
    Kind kind = Kind::Missing;
    int version = 0;
    QString detail;
    /// Encrypted at rest (a key file beside it, no plain SQLite header).
    bool encrypted = false;
};

/// One SQLite connection of our own (never the default connection), with the schema
/// migrated to the latest version. Not copyable; close by destroying it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int ApplicationId = 0x54524A50; // "TRJP"

    /// The schema version this build writes (the number of migration steps).
    static int latestVersion();

    /// Looks at a file without modifying it.
    static FileInspection inspect(const QString &path);
    /// The schema version of an existing database of ours, read without checking the file (so
    /// quickly); nothing when it is missing, empty, not SQLite or not ours.
    static std::optional<int> schemaVersionOf(const QString &path);

    /// When open() reads every page of the file to find damage (PRAGMA quick_check, about a
    /// third of a second for 10,000 learners).
    enum class PageCheck
    {
        BeforeOpening,
        /// On a worker thread while the program goes on, for a file that needs no conversion
        /// (otherwise before opening). Until the check has passed, every change waits for it;
        /// after it failed, every change is refused, so nothing is written into a damaged file.
        InBackground
    };

    /// Opens (and creates or migrates) the file. A foreign, corrupt or newer file is refused
    /// with a message a SPOC can read and is left untouched. A new file gets the shipped
    /// programmes (ProgrammeTemplates) with its schema, in one transaction; an existing one never.
    /// The copy kept before a conversion is named after `clock`'s time.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  PageCheck check = PageCheck::BeforeOpening,
                                                  const Clock &clock = systemClock());
    /// A read-only connection to an existing file of ours, to read on another thread: make it,
    /// use it and destroy it on that thread. It never converts or checks the file.
    static Result<std::unique_ptr<Database>> openForReading(const QString &path);
    /// A private in-memory database, for tests and previews.
    static Result<std::unique_ptr<Database>> openInMemory();
    /// An in-memory database with only the first `version` steps of the schema: for the tests of
    /// a conversion step, which fill it as an older program would and then upgrade() it.
    static Result<std::unique_ptr<Database>> openInMemoryAtVersion(int version);
    /// Converts the schema to the latest version, as opening a file does.
    Status upgrade();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isNew() const { return m_created; }
    /// Whether the file is encrypted at rest (SQLCipher v4 scheme, key slots beside it).
    bool isEncrypted() const { return m_encrypted; }
    /// The copy made before a migration, if one was needed.
    QString preMigrationBackup() const { return m_backupPath; }
    int schemaVersion() const;
    /// The database's own random id (32 hex digits, made once when it got schema step 9), which
    /// makes the ids it gives out unique beyond it, as in calendar UIDs.
    Result<QString> identity() const;

    /// The outcome of the page check made in the background (PageCheck::InBackground): nothing
    /// while it runs; ok when it passed or none was made in the background.
    std::optional<Status> pageCheck() const;
    /// Waits for the page check made in the background, if any, and returns its outcome. Every
    /// change (Transaction) calls it first.
    Status waitForPageCheck() const;

private:
    friend class Transaction;
    Database(QString connectionName, QString path);
    Status configure(bool inMemory);
    Status migrate(int from, int to = latestVersion(), const Clock &clock = systemClock());
    /// PRAGMA quick_check on a connection of its own: on any thread.
    static Status checkPages(const QString &path);

    struct BackgroundCheck;

    std::shared_ptr<BackgroundCheck> m_pageCheck;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    bool m_created = false;
    bool m_encrypted = false;
    int m_transactionDepth = 0;
};

/// Moves the write-ahead log into the database file and empties it, rebuilds the file without
/// free pages (VACUUM) and empties the log again, so that deleted or overwritten text cannot be
/// read back from the file or its log. Must not be called inside a transaction.
Status compactDatabase(Database &database);

} // namespace traject
