// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "Clock.h"
#include "Files.h"
#include "crypto/KeyRing.h"
#include "storage/AuditLog.h"
#include "storage/BackupCopy.h"
#include "storage/Database.h"
#include "storage/ErasureRegister.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace traject {

namespace {

const QString dateFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString safetyInfix = QStringLiteral("-voor-terugzetten-");
const QString conversionInfix = QStringLiteral("-voor-omzetting-v");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct Entry
{
    QString path;
    BackupInfo::Kind kind = BackupInfo::Kind::Other;
    QDateTime made;
};

/// The .sqlite files of the folder, classified by their names (nothing is opened).
QList<Entry> entries(const QString &folder, const QString &base)
{
    const QString stamp = QStringLiteral("(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$");
    const QRegularExpression automatic(QLatin1Char('^') + QRegularExpression::escape(base)
                                       + QLatin1Char('-') + stamp);
    const QRegularExpression safety(QLatin1Char('^') + QRegularExpression::escape(base)
                                    + QRegularExpression::escape(safetyInfix) + stamp);
    const QRegularExpression conversion(QLatin1Char('^') + QRegularExpression::escape(base)
                                        + QRegularExpression::escape(conversionInfix)
                                        + QStringLiteral("\\d+-") + stamp);
    QList<Entry> found;
    const QFileInfoList files
        = QDir(folder).entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        Entry entry { file.absoluteFilePath(), BackupInfo::Kind::Other, file.lastModified() };
        QRegularExpressionMatch match = safety.match(file.fileName());
        if (match.hasMatch()) {
            entry.kind = BackupInfo::Kind::SafetyCopy;
        } else if (match = conversion.match(file.fileName()); match.hasMatch()) {
            entry.kind = BackupInfo::Kind::BeforeConversion;
        } else {
            match = automatic.match(file.fileName());
            if (match.hasMatch())
                entry.kind = BackupInfo::Kind::Automatic;
        }
        if (match.hasMatch()) {
            const QDateTime named = QDateTime::fromString(match.captured(1), dateFormat);
            if (named.isValid())
                entry.made = named;
        }
        found.append(entry);
    }
    std::sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return found;
}

QString problemText(FileInspection::Kind kind)
{
    using Kind = FileInspection::Kind;
    switch (kind) {
    case Kind::Missing:
        return Backups::tr("The file is gone.");
    case Kind::Empty:
    case Kind::NotSqlite:
        return Backups::tr("Not a database.");
    case Kind::Foreign:
        return Backups::tr("Not a Trajectplanner database.");
    case Kind::Corrupt:
        return Backups::tr("Damaged.");
    case Kind::ReadOnlyLocation:
        return Backups::tr("Cannot be read.");
    case Kind::Newer:
        return Backups::tr("Made by a newer version of Trajectplanner.");
    case Kind::Locked:
        return Backups::tr("Encrypted with a key that is not unlocked now.");
    case Kind::KeysMissing:
        return Backups::tr("Not a database, or encrypted without its key file beside it.");
    case Kind::Ours:
        break;
    }
    return {};
}

/// A quick look only (no integrity check), so that a list of many large backups is quick. Fills
/// in what it finds and says what kind of file it is.
FileInspection::Kind look(const QString &path, BackupInfo &info)
{
    using Kind = FileInspection::Kind;
    const QFileInfo file(path);
    info.path = file.absoluteFilePath();
    info.size = file.size();
    info.made = file.lastModified();
    const Kind kind = [&] {
        if (!file.exists())
            return Kind::Missing;
        if (file.size() == 0)
            return Kind::Empty;
        if (crypto::KeyRing::isEncrypted(path)) {
            if (!crypto::KeyRing::isUnlocked(path))
                return Kind::Locked;
        } else {
            QFile header(path);
            if (!header.open(QIODevice::ReadOnly))
                return Kind::NotSqlite;
            if (header.read(16) != QByteArray("SQLite format 3\0", 16))
                return file.size() % 4096 == 0 ? Kind::KeysMissing : Kind::NotSqlite;
        }
        const auto found = backup::peek(path);
        if (!found)
            return Kind::Corrupt;
        info.schemaVersion = found->schemaVersion;
        if (found->applicationId != Database::ApplicationId)
            return Kind::Foreign;
        if (found->schemaVersion > Database::latestVersion())
            return Kind::Newer;
        if (!found->learners)
            return Kind::Corrupt;
        info.learners = *found->learners;
        return Kind::Ours;
    }();
    info.usable = kind == Kind::Ours;
    info.problem = problemText(kind);
    return kind;
}

/// The first free name "<base>-voor-terugzetten-<stamp>[-N].sqlite" in the folder.
QString safetyCopyPath(const QString &folder, const QString &base, const QDateTime &now)
{
    const QString stem = folder + QLatin1Char('/') + base + safetyInfix + now.toString(dateFormat);
    QString path = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = stem + QStringLiteral("-%1.sqlite").arg(n);
    return path;
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a), second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

Status ensureFolder(const QString &folder)
{
    if (!makeFolderForOwner(folder))
        return Error { Backups::tr("The backup folder %1 cannot be made.").arg(shown(folder)), {} };
    return {};
}

/// Writes the restore of `backupPath` into the audit log of the restored database (opened, and
/// so brought to the latest version, for the moment it takes).
Status logRestore(const QString &backupPath, const QString &databasePath, const QString &safetyCopy,
                  const QDateTime &now)
{
    const FixedClock clock(now);
    auto database = Database::open(databasePath, Database::PageCheck::BeforeOpening, clock);
    if (!database)
        return database.error();
    QString detail = QStringLiteral("made %1").arg(
        Backups::madeAt(backupPath).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!safetyCopy.isEmpty())
        detail += QStringLiteral("; safety copy %1").arg(QFileInfo(safetyCopy).fileName());
    auto logged
        = AuditLog(**database, clock)
              .append(AuditAction::Restore,
                      QStringLiteral("backup %1").arg(QFileInfo(backupPath).fileName()), detail);
    if (!logged)
        return logged.error();
    return {};
}

/// Applies the register of erased learners to the restored database.
Status applyErasures(const QString &databasePath, const QDateTime &now)
{
    auto database
        = Database::open(databasePath, Database::PageCheck::BeforeOpening, FixedClock(now));
    if (!database)
        return database.error();
    if (auto applied = ErasureRegister::apply(**database, now); !applied)
        return Error { Backups::tr("The restored database may hold learners who were erased "
                                   "before: %1")
                           .arg(applied.error().message),
                       applied.error().detail };
    return {};
}

QString copiesListPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".copies");
}

/// Adds a copy written with copyTo to the list beside the database. A list that cannot be
/// written loses only the help it gives when erasing; the copy itself stands, and the returned
/// notice says what is lost.
QString rememberCopy(const QString &databasePath, const QString &copy)
{
    QStringList copies = Backups(databasePath).knownCopies();
    copies.removeAll(copy);
    copies.append(copy);
    if (Status written
        = writeFileAtomically(copiesListPath(databasePath),
                              QJsonDocument(QJsonArray::fromStringList(copies)).toJson());
        !written)
        return Backups::tr("The backup was written, but the list of copies beside the database "
                           "could not be updated (%1): when you erase a learner, the program will "
                           "not know that this copy holds them.")
            .arg(written.error().message);
    return {};
}

/// The copy as peek sees it, with the notice of rememberCopy.
BackupInfo withNotice(BackupInfo copy, QString notice)
{
    copy.notice = std::move(notice);
    return copy;
}

} // namespace

QStringList Backups::knownCopies() const
{
    QFile file(copiesListPath(m_databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList copies;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        if (QFileInfo::exists(value.toString()))
            copies.append(value.toString());
    }
    return copies;
}

QDateTime Backups::madeAt(const QString &path)
{
    static const QRegularExpression stamp(QStringLiteral("-(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$"));
    const QRegularExpressionMatch match = stamp.match(QFileInfo(path).fileName());
    if (match.hasMatch()) {
        const QDateTime named = QDateTime::fromString(match.captured(1), dateFormat);
        if (named.isValid())
            return named;
    }
    return QFileInfo(path).lastModified();
}

Backups::Backups(QString databasePath)
    : m_databasePath(std::move(databasePath))
{ }

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absolutePath() + QStringLiteral("/backups");
}

Result<BackupInfo> Backups::make(int keep, const QDateTime &now, int expireAfterYears) const
{
    if (auto made = ensureFolder(folder()); !made)
        return made.error();
    const QString target = folder() + QLatin1Char('/')
        + QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-') + now.toString(dateFormat)
        + QStringLiteral(".sqlite");
    if (auto copied = backup::writeCheckedCopy(m_databasePath, target); !copied)
        return copied.error();
    if (auto pruned = prune(keep, now, expireAfterYears); !pruned)
        return pruned.error();
    return peek(target);
}

Result<QString> Backups::makeBeforeConversion(int version, const QDateTime &now) const
{
    if (auto made = ensureFolder(folder()); !made)
        return made.error();
    const QString target = folder() + QLatin1Char('/')
        + QFileInfo(m_databasePath).completeBaseName() + conversionInfix + QString::number(version)
        + QLatin1Char('-') + now.toString(dateFormat) + QStringLiteral(".sqlite");
    if (auto copied = backup::writeCheckedCopy(m_databasePath, target); !copied)
        return copied.error();
    return target;
}

Status Backups::prune(int keep, const QDateTime &now, int expireAfterYears) const
{
    int kept = 0;
    const auto found = entries(folder(), QFileInfo(m_databasePath).completeBaseName());
    const QDateTime expired = now.addYears(-expireAfterYears);
    for (const Entry &entry : found) {
        if (entry.kind == BackupInfo::Kind::Other)
            continue;
        const bool counted = entry.kind != BackupInfo::Kind::SafetyCopy;
        const bool tooOld = expireAfterYears > 0 && entry.made < expired;
        if (!tooOld && (!counted || ++kept <= std::max(1, keep)))
            continue;
        if (!QFile::remove(entry.path))
            return Error { tr("The old backup %1 cannot be removed.").arg(shown(entry.path)), {} };
        QFile::remove(crypto::KeyFile::pathFor(entry.path));
    }
    return {};
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> backups;
    const auto found = entries(folder(), QFileInfo(m_databasePath).completeBaseName());
    for (const Entry &entry : found) {
        BackupInfo info = peek(entry.path);
        info.kind = entry.kind;
        info.made = entry.made;
        backups.append(info);
    }
    return backups;
}

std::optional<QDateTime> Backups::newestAutomatic() const
{
    const auto found = entries(folder(), QFileInfo(m_databasePath).completeBaseName());
    for (const Entry &entry : found) {
        if (entry.kind == BackupInfo::Kind::Automatic)
            return entry.made;
    }
    return std::nullopt;
}

std::optional<BackupInfo> Backups::latestGood() const
{
    const auto backups = list();
    for (const BackupInfo &backup : backups) {
        if (backup.usable && checkIntegrity(backup.path))
            return backup;
    }
    return std::nullopt;
}

BackupInfo Backups::peek(const QString &path)
{
    BackupInfo info;
    look(path, info);
    return info;
}

Status Backups::checkIntegrity(const QString &path)
{
    return backup::checkIntegrity(path);
}

Result<BackupInfo> Backups::copyTo(const QString &target, const QDateTime &now) const
{
    if (target.trimmed().isEmpty())
        return Error { tr("Give the name of the backup file."), {} };
    const QString absolute = QFileInfo(target).absoluteFilePath();
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                   QStringLiteral("-journal"), QStringLiteral(".lock") }) {
        if (sameFile(absolute, m_databasePath + suffix))
            return Error { tr("A backup cannot be written over the database itself; choose "
                              "another file name."),
                           {} };
    }
    if (auto writable = checkWritable(absolute); !writable)
        return writable.error();
    if (!QFileInfo::exists(m_databasePath))
        return Error { tr("The database %1 does not exist.").arg(shown(m_databasePath)), {} };
    // A quick look: the copy itself gets the full integrity check.
    BackupInfo source;
    const FileInspection::Kind kind = look(m_databasePath, source);
    if (kind != FileInspection::Kind::Ours && kind != FileInspection::Kind::Newer)
        return Error { tr("The database %1 cannot be backed up: %2")
                           .arg(shown(m_databasePath), source.problem),
                       {} };
    const auto copy = [&] { return backup::writeCheckedCopy(m_databasePath, absolute); };
    if (Database::schemaVersionOf(m_databasePath) != Database::latestVersion()) {
        // Opening it to write the entry would convert it (or cannot be done): as it is.
        if (auto copied = copy(); !copied)
            return copied.error();
        return withNotice(peek(absolute), rememberCopy(m_databasePath, absolute));
    }
    const FixedClock clock(now);
    auto database = Database::open(m_databasePath, Database::PageCheck::BeforeOpening, clock);
    if (!database)
        return database.error();
    const QString detail = QStringLiteral("copy to a chosen file, %1 learners, %2")
                               .arg(source.learners)
                               .arg((*database)->isEncrypted() ? QStringLiteral("encrypted")
                                                               : QStringLiteral("not encrypted"));
    bool written = false;
    const auto logged = auditedExport(**database, clock, AuditAction::Backup,
                                      QStringLiteral("database"), detail, [&]() -> Status {
                                          auto copied = copy();
                                          written = bool(copied);
                                          return copied;
                                      });
    if (!logged) {
        // No copy without its entry: one whose entry did not take goes again.
        if (written) {
            QFile::remove(absolute);
            QFile::remove(crypto::KeyFile::pathFor(absolute));
        }
        return logged.error();
    }
    return withNotice(peek(absolute), rememberCopy(m_databasePath, absolute));
}

Result<QString> Backups::restore(const QString &backupPath, const QString &databasePath,
                                 const QDateTime &now, QString *auditProblem)
{
    const FileInspection inspection = Database::inspect(backupPath);
    if (inspection.kind != FileInspection::Kind::Ours)
        return Error { tr("The backup %1 cannot be restored: %2 The database was not changed.")
                           .arg(shown(backupPath), problemText(inspection.kind)),
                       inspection.detail };
    if (auto whole = checkIntegrity(backupPath); !whole)
        return Error { tr("The backup %1 cannot be restored: %2 The database was not changed.")
                           .arg(shown(backupPath), problemText(FileInspection::Kind::Corrupt)),
                       whole.error().detail };
    if (sameFile(backupPath, databasePath))
        return Error { tr("This is the database itself, not a backup of it."), {} };

    const Backups backups(databasePath);
    QString safety;
    if (QFileInfo::exists(databasePath)) {
        if (auto made = ensureFolder(backups.folder()); !made)
            return made.error();
        if (Database::inspect(databasePath).kind == FileInspection::Kind::Ours)
            backup::checkpoint(databasePath); // a failure leaves the WAL, which is copied too
        safety = safetyCopyPath(backups.folder(), QFileInfo(databasePath).completeBaseName(), now);
        if (auto kept = backup::copyFileSynced(databasePath, safety); !kept)
            return kept.error();
        const QString wal = databasePath + QStringLiteral("-wal");
        if (QFileInfo(wal).size() > 0) {
            if (auto kept = backup::copyFileSynced(wal, safety + QStringLiteral("-wal")); !kept)
                return kept.error();
        }
    } else if (auto writable = checkWritable(databasePath); !writable) {
        return writable.error();
    }
    if (auto replaced = backup::replaceWithCheckedCopy(backupPath, databasePath); !replaced)
        return replaced.error();
    // The backup is in place: from here on the restore stands, logged or not.
    QStringList problems;
    if (auto logged = logRestore(backupPath, databasePath, safety, now); !logged)
        problems << logged.error().toString();
    if (auto applied = applyErasures(databasePath, now); !applied)
        problems << applied.error().toString();
    if (auditProblem)
        *auditProblem = problems.join(QLatin1Char('\n'));
    return safety;
}

Result<std::optional<QString>> backupOnOpen(const QString &databasePath, const Clock &clock,
                                            int keep, int expireAfterYears)
{
    if (Database::inspect(databasePath).kind != FileInspection::Kind::Ours)
        return std::optional<QString>();
    auto made = Backups(databasePath).make(keep, clock.now(), expireAfterYears);
    if (!made)
        return made.error();
    return std::optional<QString>(made->path);
}

} // namespace traject
