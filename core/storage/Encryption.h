// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/KeyFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace traject {

/// What encrypting a plain database did, and what it could not reach.
struct EncryptionReport
{
    /// To print at once on the recovery sheet.
    QString recoveryKey;
    /// The backups in the backups folder that are encrypted now (their plain versions are gone).
    QStringList encryptedBackups;
    /// Files of the backups folder left as they were, each with the reason.
    QStringList notEncrypted;
};

/// Encrypts an existing plain database in place, for Bestand > Versleutelen… and --encrypt: a
/// new data key with its slots (the passphrase and a new recovery key), the database through a
/// checked encrypted copy renamed over it, then every plain backup of its backups folder the
/// same way. Nobody may have the file open. On failure the database is as it was.
class Encryption
{
    Q_DECLARE_TR_FUNCTIONS(Encryption)

public:
    /// The key files in the backups folder beside a database (each beside its backup).
    static QStringList keyFilesOfBackups(const QString &databasePath);

    /// Whether the file looks like an encrypted database whose key file is lost: no key file
    /// beside it, no SQLite header, whole pages, and key files in its backups folder to try.
    static bool keysMissing(const QString &databasePath);

    /// When the key file beside an encrypted database is lost: tries the key files of its backups
    /// (each holds the slots of the data key it was made with) with the passphrase, or with the
    /// recovery key when `isRecoveryKey`; the first that opens the database is put back beside it
    /// and its key kept in the ring. Returns the key file used. Nothing changes when none opens it.
    static Result<QString> restoreKeyFile(const QString &databasePath, const QString &secret,
                                          bool isRecoveryKey);

    static Result<EncryptionReport>
    encrypt(const QString &databasePath, const QString &passphrase,
            crypto::KdfCost passphraseCost = crypto::KdfCost::passphrase(),
            crypto::KdfCost recoveryCost = crypto::KdfCost::recoveryKey());
};

} // namespace traject
