// SPDX-License-Identifier: GPL-3.0-or-later
#include "Encryption.h"

#include "crypto/KeyRing.h"
#include "storage/BackupCopy.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace traject {

QStringList Encryption::keyFilesOfBackups(const QString &databasePath)
{
    const QDir folder(Backups(databasePath).folder());
    QStringList found;
    for (const QString &name :
         folder.entryList({ QStringLiteral("*.sqlite.keys") }, QDir::Files, QDir::Time))
        found.append(folder.filePath(name));
    return found;
}

bool Encryption::keysMissing(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    if (!info.isFile() || info.size() == 0 || info.size() % 4096 != 0
        || QFileInfo::exists(crypto::KeyFile::pathFor(databasePath)))
        return false;
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) == QByteArray("SQLite format 3\0", 16))
        return false;
    return !keyFilesOfBackups(databasePath).isEmpty();
}

Result<QString> Encryption::restoreKeyFile(const QString &databasePath, const QString &secret,
                                           bool isRecoveryKey)
{
    const QString target = crypto::KeyFile::pathFor(databasePath);
    if (QFileInfo::exists(target))
        return Error {
            tr("The key file %1 is there already.").arg(QDir::toNativeSeparators(target)),
            QStringLiteral("exists")
        };
    QSet<QByteArray> tried;
    bool secretOpenedOne = false;
    for (const QString &candidate : keyFilesOfBackups(databasePath)) {
        const Result<crypto::KeyFile> keys = crypto::KeyFile::read(candidate);
        if (!keys || tried.contains(keys->keyId()))
            continue;
        tried.insert(keys->keyId());
        const Result<crypto::Secret> dataKey
            = isRecoveryKey ? keys->unlockWithRecoveryKey(secret) : keys->unlock(secret);
        if (!dataKey)
            continue;
        secretOpenedOne = true;
        // Beside the database, the slots key its connections: it opens, or they go again.
        if (!keys->write(target))
            return Error {
                tr("The key file %1 cannot be written.").arg(QDir::toNativeSeparators(target)), {}
            };
        crypto::KeyRing::remember(*keys, *dataKey);
        if (Database::inspect(databasePath).kind == FileInspection::Kind::Ours)
            return candidate;
        QFile::remove(target);
    }
    if (tried.isEmpty())
        return Error { tr("There is no key file in %1 to put back.")
                           .arg(QDir::toNativeSeparators(Backups(databasePath).folder())),
                       QStringLiteral("none") };
    return Error { secretOpenedOne
                       ? tr("The key files of the backups do not open %1: it was encrypted with "
                            "another key.")
                             .arg(QDir::toNativeSeparators(databasePath))
                       : (isRecoveryKey ? tr("The recovery key is not right.")
                                        : tr("The passphrase is not right.")),
                   secretOpenedOne ? QStringLiteral("no key file opens it")
                                   : crypto::KeyFile::wrongSecretDetail() };
}

Result<EncryptionReport> Encryption::encrypt(const QString &databasePath, const QString &passphrase,
                                             crypto::KdfCost passphraseCost,
                                             crypto::KdfCost recoveryCost)
{
    const QString shown = QDir::toNativeSeparators(databasePath);
    if (crypto::KeyRing::isEncrypted(databasePath))
        return Error { tr("The database %1 is encrypted already.").arg(shown),
                       QStringLiteral("encrypted") };
    const FileInspection inspection = Database::inspect(databasePath);
    if (inspection.kind != FileInspection::Kind::Ours)
        return Error { tr("The file %1 is not a Trajectplanner database that can be encrypted; "
                          "it was left unchanged.")
                           .arg(shown),
                       inspection.detail };

    const crypto::Secret dataKey = crypto::Secret::random(32);
    EncryptionReport report;
    report.recoveryKey = crypto::newRecoveryKey();
    const crypto::KeyFile keys = crypto::KeyFile::create(dataKey, passphrase, report.recoveryKey,
                                                         passphraseCost, recoveryCost);
    crypto::KeyRing::remember(keys, dataKey);
    if (Status done = backup::replaceWithEncryptedCopy(databasePath, keys, dataKey); !done)
        return done.error();

    // The backups in the folder beside it: the same data key, so that each opens with the same
    // passphrase and recovery key. A backup that is not ours or is damaged is left and listed.
    const Backups backups(databasePath);
    for (const BackupInfo &found : backups.list()) {
        if (crypto::KeyRing::isEncrypted(found.path))
            continue;
        const QString name = QFileInfo(found.path).fileName();
        if (!found.usable) {
            report.notEncrypted.append(tr("%1: %2").arg(name, found.problem));
            continue;
        }
        if (Status done = backup::replaceWithEncryptedCopy(found.path, keys, dataKey); !done) {
            report.notEncrypted.append(tr("%1: %2").arg(name, done.error().message));
            continue;
        }
        report.encryptedBackups.append(found.path);
    }
    return report;
}

} // namespace traject
