// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/KeyFile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace traject::crypto {

/// The data keys that this program has unlocked, each under the key id of its key file. Every
/// SQLite connection to a file with a key file beside it is keyed with the data key that the key
/// file names (sqlite::setKeyer), so that the database, its reading threads, its checks and its
/// backups all open alike; a file without a key file stays plain. The keys live in locked
/// memory and are forgotten by forgetAll() and at exit. Safe from any thread.
class KeyRing
{
    Q_DECLARE_TR_FUNCTIONS(KeyRing)

public:
    /// Makes every connection consult the ring from now on (Database calls it before opening).
    static void install();

    /// Whether the file is an encrypted database: a key file beside it, and no plain SQLite
    /// header in it. A key file beside a plain database (a conversion cut short) does not count.
    static bool isEncrypted(const QString &databasePath);
    /// Whether connections to this encrypted file can be keyed now.
    static bool isUnlocked(const QString &databasePath);

    /// Unwraps the data key of the file's key file and keeps it. A wrong passphrase changes
    /// nothing, on disk or here.
    static Status unlock(const QString &databasePath, const QString &passphrase);
    static Status unlockWithRecoveryKey(const QString &databasePath, const QString &recoveryKey);

    /// For a database that does not exist yet: a new random data key, its key file beside the
    /// path (passphrase and recovery key slots), and the key kept, so that opening the path
    /// creates it encrypted. Returns the recovery key, to be printed at once.
    static Result<QString> createKeys(const QString &databasePath, const QString &passphrase,
                                      KdfCost passphraseCost = KdfCost::passphrase(),
                                      KdfCost recoveryCost = KdfCost::recoveryKey());

    /// Rewraps the passphrase slot of an unlocked file; the data stays as it is. The key files of
    /// its copies in the backups folder beside it (and of the copies before a conversion) get
    /// the same slots, so that the old passphrase opens none of them any more.
    static Status changePassphrase(const QString &databasePath, const QString &newPassphrase,
                                   KdfCost cost = KdfCost::passphrase());
    /// A new recovery key for an unlocked file: the old one stops opening it, and its copies in
    /// the backups folder (as changePassphrase()).
    static Result<QString> renewRecoveryKey(const QString &databasePath,
                                            KdfCost cost = KdfCost::recoveryKey());

    /// Puts a copy of the database's key file beside a copy of the database (a backup made from
    /// a keyed connection is encrypted with the same data key). Nothing for a plain database.
    static Status copyKeys(const QString &databasePath, const QString &copyPath);

    /// Keeps a data key under the key id of its slots (for a database being encrypted).
    static void remember(const KeyFile &keys, const Secret &dataKey);

    /// Forgets every key (wiped); open connections stay keyed until they close.
    static void forgetAll();

    /// The key that authenticates the audit log of an encrypted database: HMAC-SHA-256 of a
    /// fixed label under its data key, so only who can unlock the database can make or check an
    /// entry's code. Nothing for a plain database; an error when it is encrypted and locked.
    static Result<std::optional<Secret>> auditKeyFor(const QString &databasePath);
    /// HMAC-SHA-256 of `message` under `key` (32 bytes), in hex.
    static QString authenticate(const Secret &key, const QByteArray &message);

private:
    static Result<Secret> dataKeyFor(const QString &databasePath);
};

} // namespace traject::crypto
