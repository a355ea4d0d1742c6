// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCopy.h"

#include "Files.h"
#include "Platform.h"
#include "crypto/KeyRing.h"
#include "sqlite/SqliteDriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <functional>

namespace traject::backup {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

std::atomic<int> connectionCounter { 0 };

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// A short-lived connection of its own to one file; never the default connection.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("traject-backup-%1").arg(connectionCounter.fetch_add(1)))
    {
        auto db = sqlite::addDatabase(m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly
                                 ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_opened = db.open();
        if (!m_opened)
            m_error = db.lastError();
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

    bool opened() const { return m_opened; }
    QSqlError openError() const { return m_error; }
    QString name() const { return m_name; }

    /// Runs a statement (with one optional :target bind); its first value, or the error.
    std::optional<QVariant> run(const QString &statement, QSqlError *error,
                                const QString &target = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(statement);
        if (!target.isNull())
            query.bindValue(QStringLiteral(":target"), target);
        if (!query.exec()) {
            *error = query.lastError();
            return std::nullopt;
        }
        return query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
    bool m_opened = false;
    QSqlError m_error;
};

bool diskFull(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("13")
        || error.databaseText().contains(QLatin1String("disk is full"), Qt::CaseInsensitive);
}

/// Gives `from` the name `to`, replacing a file of that name in one step.
QString temporaryName(const QString &target, const QString &what)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".%1-%2.tmp").arg(what).arg(QCoreApplication::applicationPid());
}

void removeTemporary(const QString &temporary)
{
    for (const QString &suffix : { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                   QStringLiteral("-shm"), QStringLiteral(".keys") })
        QFile::remove(temporary + suffix);
}

/// A copy of an encrypted database is encrypted with the same data key (VACUUM INTO from a
/// keyed connection, or the file's bytes): its key slots go beside it, so that it opens alike.
Status carryKeys(const QString &source, const QString &copy, const QString &target)
{
    if (Status copied = crypto::KeyRing::copyKeys(source, copy); !copied)
        return Error { Texts::tr("%1 cannot be written.").arg(shown(target)),
                       copied.error().toString() };
    return {};
}

/// Puts the key slots of a finished copy in place before the copy itself: a crash in between
/// leaves the old file beside slots of the same data key.
bool renameKeysOver(const QString &from, const QString &to)
{
    const QString keys = crypto::KeyFile::pathFor(from);
    return !QFileInfo::exists(keys) || platform::replaceFile(keys, crypto::KeyFile::pathFor(to));
}

/// Makes the temporary file empty and 0600 before SQLite fills it, so that it is never readable
/// by others, not even for a moment.
Status createEmpty(const QString &temporary, const QString &target)
{
    removeTemporary(temporary);
    QFile file(temporary);
    if (!createForOwner(file))
        return Error { Texts::tr("%1 cannot be written.").arg(shown(target)), file.errorString() };
    return {};
}

/// VACUUM INTO the (empty) temporary file, then checks the copy and makes it a single file.
Status fillChecked(const QString &source, const QString &temporary, const QString &target)
{
    QSqlError error;
    {
        Connection from(source, true);
        if (!from.opened())
            return Error { Texts::tr("The database %1 cannot be read.").arg(shown(source)),
                           from.openError().text() };
        if (!from.run(QStringLiteral("VACUUM INTO :target"), &error, temporary)) {
            if (diskFull(error))
                return Error { Texts::tr("There is not enough room on the disk for %1; nothing "
                                         "was written.")
                                   .arg(shown(target)),
                               error.text() };
            return Error {
                Texts::tr("%1 could not be written; nothing was left behind.").arg(shown(target)),
                error.text()
            };
        }
    }
    Connection copy(temporary, false);
    const auto mode = copy.opened()
        ? copy.run(QStringLiteral("PRAGMA journal_mode = DELETE"), &error)
        : std::nullopt;
    const auto check
        = mode ? copy.run(QStringLiteral("PRAGMA integrity_check"), &error) : std::nullopt;
    if (!check || check->toString() != QLatin1String("ok")) {
        const QString detail = check ? check->toString() : error.text();
        if (diskFull(error))
            return Error { Texts::tr("There is not enough room on the disk for %1; nothing was "
                                     "written.")
                               .arg(shown(target)),
                           detail };
        return Error { Texts::tr("The copy %1 did not pass the integrity check; it was removed.")
                           .arg(shown(target)),
                       detail };
    }
    return {};
}

/// The common path of a checked copy into `temporary`, then renamed to `target`.
Status checkedCopy(const QString &source, const QString &target, const QString &temporary,
                   const std::function<Status()> &beforeRename)
{
    if (auto created = createEmpty(temporary, target); !created)
        return created;
    Status status = carryKeys(source, temporary, target);
    if (status)
        status = fillChecked(source, temporary, target);
    if (status && !platform::syncToDisk(temporary))
        status
            = Error { Texts::tr("%1 could not be saved; the disk may be full. Nothing was written.")
                          .arg(shown(target)),
                      {} };
    if (status && beforeRename)
        status = beforeRename();
    if (status && (!renameKeysOver(temporary, target) || !platform::replaceFile(temporary, target)))
        status = Error { Texts::tr("%1 cannot be replaced.").arg(shown(target)), {} };
    if (!status)
        removeTemporary(temporary);
    return status;
}

} // namespace

Status writeCheckedCopy(const QString &source, const QString &target)
{
    return checkedCopy(source, target, temporaryName(target, QStringLiteral("backup")), {});
}

Status replaceWithCheckedCopy(const QString &backup, const QString &database)
{
    // The WAL and shared memory of the old file must not be applied to the new one.
    const auto removeCompanions = [&database]() -> Status {
        for (const QString &suffix :
             { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
            const QString companion = database + suffix;
            if (QFileInfo::exists(companion) && !QFile::remove(companion))
                return Error { Texts::tr("%1 cannot be removed; the database was not changed.")
                                   .arg(shown(companion)),
                               {} };
        }
        return {};
    };
    return checkedCopy(backup, database, temporaryName(database, QStringLiteral("restore")),
                       removeCompanions);
}

namespace {

/// The number of rows of every table of a database (through one read-only connection).
std::optional<QMap<QString, qint64>> tableRows(const QString &path)
{
    Connection connection(path, true);
    if (!connection.opened())
        return std::nullopt;
    QSqlQuery tables(QSqlDatabase::database(connection.name(), false));
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return std::nullopt;
    QMap<QString, qint64> rows;
    QSqlError error;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const auto count = connection.run(
            QStringLiteral("SELECT count(*) FROM \"%1\"")
                .arg(QString(table).replace(QLatin1Char('"'), QLatin1String("\"\""))),
            &error);
        if (!count)
            return std::nullopt;
        rows.insert(table, count->toLongLong());
    }
    return rows;
}

} // namespace

Status replaceWithEncryptedCopy(const QString &path, const crypto::KeyFile &keys,
                                const crypto::Secret &dataKey)
{
    const QString temporary = temporaryName(path, QStringLiteral("encrypt"));
    const auto failed = [&](const QString &message, const QString &detail) -> Status {
        removeTemporary(temporary);
        return Error { message, detail };
    };
    const QString notEncrypted
        = Texts::tr("%1 could not be encrypted; it was left as it was.").arg(shown(path));
    const std::optional<QMap<QString, qint64>> before = tableRows(path);
    if (!before)
        return Error { notEncrypted, QStringLiteral("cannot read the original") };
    if (auto created = createEmpty(temporary, path); !created)
        return created;
    if (Status plainCopy = fillChecked(path, temporary, path); !plainCopy)
        return failed(plainCopy.error().message, plainCopy.error().detail);
    {
        // The copy is plain and has no slots beside it yet: this connection is not keyed.
        Connection copy(temporary, false);
        QSqlError error;
        if (!copy.opened() || !copy.run(QStringLiteral("PRAGMA journal_mode = DELETE"), &error))
            return failed(notEncrypted, copy.openError().text() + error.text());
        QString problem;
        sqlite3 *handle = sqlite::handleOf(QSqlDatabase::database(copy.name(), false));
        if (!sqlite::encryptWithRawKey(handle, dataKey.data(), dataKey.size(), &problem))
            return failed(notEncrypted, problem);
    }
    if (Status written = keys.write(crypto::KeyFile::pathFor(temporary)); !written)
        return failed(notEncrypted, written.error().toString());
    if (Status checked = checkIntegrity(temporary); !checked)
        return failed(notEncrypted, checked.error().toString());
    if (tableRows(temporary) != before)
        return failed(notEncrypted, QStringLiteral("the encrypted copy holds other rows"));
    QFile header(temporary);
    if (!header.open(QIODevice::ReadOnly) || header.read(16) == QByteArray("SQLite format 3\0", 16))
        return failed(notEncrypted, QStringLiteral("the copy is not encrypted"));
    header.close();
    if (!platform::syncToDisk(temporary))
        return failed(notEncrypted, QStringLiteral("sync"));
    for (const QString &suffix :
         { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
            return failed(notEncrypted,
                          shown(path + suffix) + QStringLiteral(" cannot be removed"));
    }
    if (!renameKeysOver(temporary, path) || !platform::replaceFile(temporary, path))
        return failed(notEncrypted, QStringLiteral("rename"));
    return {};
}

Status copyFileSynced(const QString &source, const QString &target)
{
    const QString temporary = temporaryName(target, QStringLiteral("copy"));
    const auto failed = [&](const QString &reason) -> Status {
        QFile::remove(temporary);
        return Error { Texts::tr("The safety copy %1 could not be written; the database was not "
                                 "changed.")
                           .arg(shown(target)),
                       reason };
    };
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return failed(in.errorString());
    QFile::remove(temporary);
    QFile out(temporary);
    if (!createForOwner(out))
        return failed(out.errorString());
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return failed(in.errorString());
        if (out.write(chunk) != chunk.size())
            return failed(out.errorString());
    }
    if (!out.flush())
        return failed(out.errorString());
    out.close();
    if (Status keys = carryKeys(source, temporary, target); !keys)
        return failed(keys.error().detail);
    if (!platform::syncToDisk(temporary) || !renameKeysOver(temporary, target)
        || !platform::replaceFile(temporary, target)) {
        QFile::remove(crypto::KeyFile::pathFor(temporary));
        return failed(QStringLiteral("sync/rename"));
    }
    return {};
}

void checkpoint(const QString &path)
{
    Connection connection(path, false);
    QSqlError error;
    if (connection.opened())
        connection.run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error);
}

Status checkIntegrity(const QString &path)
{
    Connection connection(path, true);
    if (!connection.opened())
        return Error { Texts::tr("%1 cannot be opened.").arg(shown(path)),
                       connection.openError().text() };
    QSqlError error;
    const auto check = connection.run(QStringLiteral("PRAGMA integrity_check"), &error);
    if (!check)
        return Error { Texts::tr("%1 cannot be checked.").arg(shown(path)), error.text() };
    if (check->toString() != QLatin1String("ok"))
        return Error { Texts::tr("%1 is damaged.").arg(shown(path)), check->toString() };
    return {};
}

std::optional<Peek> peek(const QString &path)
{
    Connection connection(path, true);
    if (!connection.opened())
        return std::nullopt;
    QSqlError error;
    const auto applicationId = connection.run(QStringLiteral("PRAGMA application_id"), &error);
    const auto version = connection.run(QStringLiteral("PRAGMA user_version"), &error);
    if (!applicationId || !version)
        return std::nullopt;
    Peek found { applicationId->toInt(), version->toInt(), std::nullopt };
    if (const auto count = connection.run(QStringLiteral("SELECT count(*) FROM learner"), &error))
        found.learners = count->toInt();
    return found;
}

} // namespace traject::backup
