// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace traject {

/// One file in the backups folder, as found without changing it.
struct BackupInfo
{
    enum class Kind
    {
        Automatic, // "<base>-yyyyMMdd-HHmmss.sqlite": made by the program, pruned to the newest N
        SafetyCopy, // "<base>-voor-terugzetten-…": the file as it was before a restore; never
                    // pruned
        BeforeConversion, // "<base>-voor-omzetting-vN-…": the file as it was before it was
                          // converted to data version N; pruned with the automatic backups
        Other, // any other .sqlite file in the folder (put there by hand)
    };
    QString path;
    Kind kind = Kind::Other;
    /// When it was made: from its name, else the file's modification time.
    QDateTime made;
    qint64 size = 0;
    /// Whether it opens as one of our databases that this version can read.
    bool usable = false;
    int learners = 0;
    int schemaVersion = 0;
    /// Why it is not usable (empty when it is).
    QString problem;
    /// What went wrong beside a copy that was written all the same (copyTo), to be shown.
    QString notice;
};

/// The backups of one database file, in the folder "backups" beside it (0700), each a complete
/// checked copy "<base>-yyyyMMdd-HHmmss.sqlite" (0600). Copies are made with SQLite's
/// `VACUUM INTO` through a separate read-only connection, so they can be made while the program
/// has the database open and before any migration, and each copy passes `PRAGMA integrity_check`
/// before it gets its final name: a backup that exists is whole.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    explicit Backups(QString databasePath);

    QString databasePath() const { return m_databasePath; }
    /// "<database folder>/backups".
    QString folder() const;

    /// Makes a backup named after `now`, then keeps only the newest `keep` automatic backups
    /// and copies made before a conversion. With `expireAfterYears` (the retention setting),
    /// every backup of ours older than that goes too, safety copies included: a backup must not
    /// keep what the retention period says is to be gone.
    Result<BackupInfo> make(int keep, const QDateTime &now, int expireAfterYears = 0) const;

    /// The checked copy of the database as it is, made before it is converted to data version
    /// `version`: "<base>-voor-omzetting-v<version>-<now>.sqlite" in the backups folder, made and
    /// checked as every backup is (and encrypted as the database is). Its path.
    Result<QString> makeBeforeConversion(int version, const QDateTime &now) const;

    /// Every .sqlite file of the folder, newest first, with a quick look inside (number of
    /// learners, schema version). A file that does not open or is not ours is listed as unusable.
    QList<BackupInfo> list() const;

    /// When the newest automatic backup was made, if there is one.
    std::optional<QDateTime> newestAutomatic() const;

    /// The newest backup that is usable and passes a full integrity check.
    std::optional<BackupInfo> latestGood() const;

    /// Writes a checked copy of the database to a file the SPOC chooses (0600). Refuses the
    /// database itself; on failure (missing folder, no permission, disk full) nothing is left.
    /// The copy leaves the program's folder, so it is written in the database's audit log
    /// (AuditAction::Backup at `now`), both or neither. A file this version does not write as it
    /// is (an older one, which opening would convert, or a newer one) is copied without an entry.
    Result<BackupInfo> copyTo(const QString &target, const QDateTime &now) const;

    /// The copies written with copyTo that still exist, newest last: they are listed in
    /// "<database>.copies" beside the database (paths only), so that erasing a learner can find
    /// them too.
    QStringList knownCopies() const;

    /// Replaces the database by a backup. Only while the program does not have it open. The
    /// backup must be whole, ours and not newer; the current file is first kept as a safety copy
    /// "<base>-voor-terugzetten-yyyyMMdd-HHmmss.sqlite" in the backups folder (its path is
    /// returned; empty when there was no current file). On failure the database is unchanged.
    /// Once the backup is in place, the restore is written in the audit log of the restored file
    /// (which backup, made when, at `now`; an older backup is first brought to the latest
    /// version). When that entry cannot be written the restore still stands, and the reason is
    /// put in `auditProblem` (when given). Then the register of erased learners is applied to
    /// the restored file (ErasureRegister::apply): an erased learner stays erased. When that
    /// fails the restore still stands and the reason goes into `auditProblem` too; the register
    /// is applied again at the next restore.
    static Result<QString> restore(const QString &backupPath, const QString &databasePath,
                                   const QDateTime &now, QString *auditProblem = nullptr);

    /// When a backup was made: from its name ("…-yyyyMMdd-HHmmss….sqlite"), else the file's
    /// modification time.
    static QDateTime madeAt(const QString &path);

    /// A quick look at one file (see list()).
    static BackupInfo peek(const QString &path);

    /// Runs `PRAGMA integrity_check` on a file through a read-only connection.
    static Status checkIntegrity(const QString &path);

private:
    Status prune(int keep, const QDateTime &now, int expireAfterYears) const;

    QString m_databasePath;
};

/// The backup made on every open, before Database::open (and so before any migration): only for
/// an existing file that inspects as ours. Returns the backup's path, or nothing when no backup
/// was due (a new, foreign, damaged or newer file).
Result<std::optional<QString>> backupOnOpen(const QString &databasePath, const Clock &clock,
                                            int keep, int expireAfterYears = 0);

} // namespace traject
