// SPDX-License-Identifier: GPL-3.0-or-later
#include "Encryption.h"

#include "crypto/KeyRing.h"
#include "storage/BackupCopy.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace traject {

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
