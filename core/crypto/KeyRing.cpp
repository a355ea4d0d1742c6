// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyRing.h"

#include "sqlite/SqliteDriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>

#include <sodium.h>

#include <memory>
#include <mutex>

namespace traject::crypto {

namespace {

struct Ring
{
    std::mutex mutex;
    QHash<QByteArray, std::shared_ptr<const Secret>> keys;
};

Ring &ring()
{
    static Ring instance;
    return instance;
}

/// Whether a file starts as every plain SQLite database does.
bool hasPlainHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

bool isDiskFile(const QString &path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:")
        && !path.startsWith(QLatin1String("file:"));
}

std::shared_ptr<const Secret> findKey(const QByteArray &keyId)
{
    Ring &r = ring();
    const std::lock_guard lock(r.mutex);
    return r.keys.value(keyId);
}

void keep(const QByteArray &keyId, Secret dataKey)
{
    Ring &r = ring();
    const std::lock_guard lock(r.mutex);
    r.keys.insert(keyId, std::make_shared<const Secret>(std::move(dataKey)));
}

sqlite::KeyOutcome keyConnection(sqlite3 *connection, const QString &path, QString *error)
{
    if (!isDiskFile(path) || !QFileInfo::exists(KeyFile::pathFor(path)) || hasPlainHeader(path))
        return sqlite::KeyOutcome::Plain;
    const Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(path));
    if (!keys) {
        *error = keys.error().message;
        return sqlite::KeyOutcome::Refused;
    }
    const std::shared_ptr<const Secret> key = findKey(keys->keyId());
    if (!key) {
        *error = KeyRing::tr("The database %1 is encrypted and not unlocked.")
                     .arg(QDir::toNativeSeparators(path));
        return sqlite::KeyOutcome::Refused;
    }
    if (!sqlite::useRawKey(connection, key->data(), key->size())) {
        *error = KeyRing::tr("The database %1 could not be keyed.")
                     .arg(QDir::toNativeSeparators(path));
        return sqlite::KeyOutcome::Refused;
    }
    return sqlite::KeyOutcome::Keyed;
}

/// Writes the slots beside the database and over every key file of the same data key among its
/// copies: the backups in the folder "backups" beside it, and the copies made before a
/// conversion (in the backups folder; earlier versions put them beside it as
/// "<database>.before-v…"). A changed passphrase or a new recovery key then opens (and an old one
/// stops opening) every copy the program knows of; copies elsewhere keep theirs.
Status writeEverywhere(const KeyFile &keys, const QString &databasePath)
{
    if (Status written = keys.write(KeyFile::pathFor(databasePath)); !written)
        return written;
    const QFileInfo database(databasePath);
    QStringList copies;
    const QDir backups(database.absolutePath() + QStringLiteral("/backups"));
    for (const QString &name : backups.entryList({ QStringLiteral("*.keys") }, QDir::Files))
        copies.append(backups.filePath(name));
    const QDir folder = database.absoluteDir();
    for (const QString &name :
         folder.entryList({ database.fileName() + QStringLiteral(".before-v*.keys") }, QDir::Files))
        copies.append(folder.filePath(name));
    for (const QString &copy : std::as_const(copies)) {
        const Result<KeyFile> theirs = KeyFile::read(copy);
        if (!theirs || theirs->keyId() != keys.keyId())
            continue;
        if (Status written = keys.write(copy); !written)
            return written;
    }
    return {};
}

} // namespace

void KeyRing::install()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite::setKeyer(&keyConnection); });
}

bool KeyRing::isEncrypted(const QString &databasePath)
{
    return isDiskFile(databasePath) && QFileInfo::exists(KeyFile::pathFor(databasePath))
        && !hasPlainHeader(databasePath);
}

bool KeyRing::isUnlocked(const QString &databasePath)
{
    const Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(databasePath));
    return keys && findKey(keys->keyId()) != nullptr;
}

namespace {

/// Reads the file's slots, unwraps its data key with `secret` in the slot it names and keeps it.
Status unlockSlot(const QString &databasePath, const QString &secret, KeyFile::Slot slot)
{
    KeyRing::install();
    const Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(databasePath));
    if (!keys)
        return keys.error();
    Result<Secret> dataKey = slot == KeyFile::Slot::Passphrase
        ? keys->unlock(secret)
        : keys->unlockWithRecoveryKey(secret);
    if (!dataKey)
        return dataKey.error();
    keep(keys->keyId(), std::move(dataKey).value());
    return {};
}

} // namespace

Status KeyRing::unlock(const QString &databasePath, const QString &passphrase)
{
    return unlockSlot(databasePath, passphrase, KeyFile::Slot::Passphrase);
}

Status KeyRing::unlockWithRecoveryKey(const QString &databasePath, const QString &recoveryKey)
{
    return unlockSlot(databasePath, recoveryKey, KeyFile::Slot::RecoveryKey);
}

Result<QString> KeyRing::createKeys(const QString &databasePath, const QString &passphrase,
                                    KdfCost passphraseCost, KdfCost recoveryCost)
{
    install();
    const QFileInfo info(databasePath);
    if (info.exists() && info.size() > 0)
        return Error { tr("The database %1 exists already; it can be encrypted, not made anew.")
                           .arg(QDir::toNativeSeparators(databasePath)),
                       QStringLiteral("exists") };
    Secret dataKey = Secret::random(32);
    const QString recoveryKey = newRecoveryKey();
    const KeyFile keys
        = KeyFile::create(dataKey, passphrase, recoveryKey, passphraseCost, recoveryCost);
    if (Status written = keys.write(KeyFile::pathFor(databasePath)); !written)
        return written.error();
    keep(keys.keyId(), std::move(dataKey));
    return recoveryKey;
}

Result<Secret> KeyRing::dataKeyFor(const QString &databasePath)
{
    Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(databasePath));
    if (!keys)
        return keys.error();
    const std::shared_ptr<const Secret> key = findKey(keys->keyId());
    if (!key)
        return Error { tr("The database %1 is encrypted and not unlocked.")
                           .arg(QDir::toNativeSeparators(databasePath)),
                       QStringLiteral("locked") };
    return Secret::copyOf(key->data(), key->size());
}

Result<std::optional<Secret>> KeyRing::auditKeyFor(const QString &databasePath)
{
    if (!isEncrypted(databasePath))
        return std::optional<Secret>();
    Result<Secret> dataKey = dataKeyFor(databasePath);
    if (!dataKey)
        return dataKey.error();
    static_assert(crypto_auth_hmacsha256_KEYBYTES == 32);
    if (dataKey->size() != crypto_auth_hmacsha256_KEYBYTES)
        return Error {
            tr("The key of %1 has an unexpected size.").arg(QDir::toNativeSeparators(databasePath)),
            {}
        };
    static const QByteArray label("Trajectplanner audit log v1");
    Secret key = Secret::copyOf(dataKey->data(), dataKey->size());
    crypto_auth_hmacsha256(key.data(), reinterpret_cast<const unsigned char *>(label.constData()),
                           static_cast<unsigned long long>(label.size()), dataKey->data());
    return std::optional<Secret>(std::move(key));
}

QString KeyRing::authenticate(const Secret &key, const QByteArray &message)
{
    unsigned char code[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(code, reinterpret_cast<const unsigned char *>(message.constData()),
                           static_cast<unsigned long long>(message.size()), key.data());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(code), sizeof code).toHex());
}

Status KeyRing::changePassphrase(const QString &databasePath, const QString &newPassphrase,
                                 KdfCost cost)
{
    Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(databasePath));
    if (!keys)
        return keys.error();
    const Result<Secret> dataKey = dataKeyFor(databasePath);
    if (!dataKey)
        return dataKey.error();
    keys->setPassphrase(*dataKey, newPassphrase, cost);
    return writeEverywhere(*keys, databasePath);
}

Result<QString> KeyRing::renewRecoveryKey(const QString &databasePath, KdfCost cost)
{
    Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(databasePath));
    if (!keys)
        return keys.error();
    const Result<Secret> dataKey = dataKeyFor(databasePath);
    if (!dataKey)
        return dataKey.error();
    const QString recoveryKey = newRecoveryKey();
    keys->setRecoveryKey(*dataKey, recoveryKey, cost);
    if (Status written = writeEverywhere(*keys, databasePath); !written)
        return written.error();
    return recoveryKey;
}

Status KeyRing::copyKeys(const QString &databasePath, const QString &copyPath)
{
    if (!isEncrypted(databasePath))
        return {};
    Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(databasePath));
    if (!keys)
        return keys.error();
    return keys->write(KeyFile::pathFor(copyPath));
}

void KeyRing::remember(const KeyFile &keys, const Secret &dataKey)
{
    install();
    keep(keys.keyId(), Secret::copyOf(dataKey.data(), dataKey.size()));
}

void KeyRing::forgetAll()
{
    Ring &r = ring();
    const std::lock_guard lock(r.mutex);
    r.keys.clear();
}

} // namespace traject::crypto
