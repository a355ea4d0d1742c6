// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

namespace traject::crypto {

/// The cost of turning a passphrase or recovery key into a key (Argon2id): time and memory that
/// every guess of an attacker costs too.
struct KdfCost
{
    unsigned long long operations = 0;
    std::size_t memoryBytes = 0;

    /// For the SPOC's passphrase: about 0.5–1 s on a 2-core laptop (see the README).
    static KdfCost passphrase();
    /// For the recovery key: 160 random bits need no slow derivation; a light one keeps the code
    /// path the same.
    static KdfCost recoveryKey();
    /// The least libsodium allows: for tests that unlock many times and measure nothing.
    static KdfCost minimal();
};

/// The key slots of one encrypted database, as LUKS keeps them: the database is encrypted with a
/// random data key, and each slot holds that key wrapped (XChaCha20-Poly1305) with a key derived
/// (Argon2id) from the passphrase or from the recovery key. Changing the passphrase rewraps one
/// slot; the data is never re-encrypted. Kept as a small JSON file beside the database
/// (pathFor()), and beside every backup; it holds nothing personal.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    enum class Slot
    {
        Passphrase,
        RecoveryKey
    };

    /// "<database>.keys".
    static QString pathFor(const QString &databasePath);

    /// New slots for a new data key: one for the passphrase and one for the recovery key.
    static KeyFile create(const Secret &dataKey, const QString &passphrase,
                          const QString &recoveryKey,
                          KdfCost passphraseCost = KdfCost::passphrase(),
                          KdfCost recoveryCost = KdfCost::recoveryKey());

    static Result<KeyFile> read(const QString &path);
    static Result<KeyFile> parse(const QByteArray &json);
    QByteArray toJson() const;
    /// Writes the whole file or nothing, readable by its owner only.
    Status write(const QString &path) const;

    /// The data key, or an error that says the passphrase (or recovery key) is wrong.
    Result<Secret> unlock(const QString &passphrase) const;
    Result<Secret> unlockWithRecoveryKey(const QString &recoveryKey) const;

    /// Rewraps one slot for the new secret (the data key must be the one this file wraps).
    void setPassphrase(const Secret &dataKey, const QString &passphrase,
                       KdfCost cost = KdfCost::passphrase());
    void setRecoveryKey(const Secret &dataKey, const QString &recoveryKey,
                        KdfCost cost = KdfCost::recoveryKey());

    bool has(Slot slot) const;
    /// The detail of the error of unlock() when the passphrase or recovery key is wrong.
    static QString wrongSecretDetail();
    /// The cipher scheme of the database ("sqlcipher4").
    QString cipher() const { return m_cipher; }
    /// Random, made with the data key: the same for every copy of this database's slots.
    QByteArray keyId() const { return m_keyId; }

private:
    struct Wrapped
    {
        Slot slot = Slot::Passphrase;
        unsigned long long operations = 0;
        std::size_t memoryBytes = 0;
        QByteArray salt;
        QByteArray nonce;
        QByteArray ciphertext;
    };

    void wrap(const Secret &dataKey, Slot slot, const Secret &secret, KdfCost cost);
    Result<Secret> unwrap(Slot slot, const Secret &secret) const;
    QByteArray associatedData(Slot slot) const;

    QString m_cipher;
    QByteArray m_keyId;
    QList<Wrapped> m_slots;
};

/// A new recovery key: 160 random bits as 32 letters and digits in 8 groups of 4
/// ("7KQ2-M9XD-…"), in an alphabet without look-alikes (no I, L, O or U).
QString newRecoveryKey();
/// A recovery key as typed (any case, spaces or dashes, O for 0, I or L for 1) in its canonical
/// form; nothing when it cannot be one (wrong length or a sign outside the alphabet).
std::optional<QString> canonicalRecoveryKey(const QString &typed);

} // namespace traject::crypto
