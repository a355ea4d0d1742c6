// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFile.h"

#include "Files.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <new>
#include <optional>

namespace traject::crypto {

namespace {

const QLatin1String formatName("trajectplanner-keys");
constexpr int formatVersion = 1;
const QLatin1String kdfName("argon2id13");
constexpr std::size_t dataKeyBytes = 32;
constexpr std::size_t keyIdBytes = 16;

// Crockford's base 32: digits and letters without I, L, O and U.
const char recoveryAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int recoveryBytes = 20; // 160 bits = 32 signs of 5 bits
constexpr int recoverySigns = 32;

QString slotName(KeyFile::Slot slot)
{
    return slot == KeyFile::Slot::Passphrase ? QStringLiteral("passphrase")
                                             : QStringLiteral("recovery-key");
}

std::optional<KeyFile::Slot> slotFromName(const QString &name)
{
    if (name == QLatin1String("passphrase"))
        return KeyFile::Slot::Passphrase;
    if (name == QLatin1String("recovery-key"))
        return KeyFile::Slot::RecoveryKey;
    return std::nullopt;
}

QByteArray randomBytes(std::size_t size)
{
    initialiseSodium();
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

/// Argon2id of the secret: the key that wraps the data key in one slot.
Secret deriveKey(const Secret &secret, const QByteArray &salt, unsigned long long operations,
                 std::size_t memoryBytes)
{
    Secret key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(secret.data()),
                      secret.size(), reinterpret_cast<const unsigned char *>(salt.constData()),
                      operations, memoryBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {}; // out of memory
    return key;
}

} // namespace

KdfCost KdfCost::passphrase()
{
    initialiseSodium();
    // 3 passes over 192 MiB: 0.6 s on the 2-core reference machine (libsodium's "moderate",
    // 3 passes over 256 MiB, took 1.0 s there, before the database is even opened). The cost is
    // stored in each slot, so a slot keeps the cost it was made with.
    constexpr unsigned long long passes = 3;
    constexpr size_t memory = size_t(192) << 20;
    static_assert(passes >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
    static_assert(memory >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
    return { passes, memory };
}

KdfCost KdfCost::recoveryKey()
{
    initialiseSodium();
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

KdfCost KdfCost::minimal()
{
    initialiseSodium();
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

QString KeyFile::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".keys");
}

KeyFile KeyFile::create(const Secret &dataKey, const QString &passphrase,
                        const QString &recoveryKey, KdfCost passphraseCost, KdfCost recoveryCost)
{
    KeyFile file;
    file.m_cipher = QStringLiteral("sqlcipher4");
    file.m_keyId = randomBytes(keyIdBytes);
    file.setPassphrase(dataKey, passphrase, passphraseCost);
    file.setRecoveryKey(dataKey, recoveryKey, recoveryCost);
    return file;
}

void KeyFile::setPassphrase(const Secret &dataKey, const QString &passphrase, KdfCost cost)
{
    wrap(dataKey, Slot::Passphrase, Secret::fromText(passphrase), cost);
}

void KeyFile::setRecoveryKey(const Secret &dataKey, const QString &recoveryKey, KdfCost cost)
{
    wrap(dataKey, Slot::RecoveryKey,
         Secret::fromText(canonicalRecoveryKey(recoveryKey).value_or(recoveryKey)), cost);
}

QByteArray KeyFile::associatedData(Slot slot) const
{
    // Binds each wrapped key to this file's key id and to its slot: a slot copied from another
    // file, or moved to the other place, does not open.
    return QByteArray(formatName.data(), formatName.size()) + '/'
        + QByteArray::number(formatVersion) + '/' + m_keyId.toHex() + '/'
        + slotName(slot).toLatin1();
}

void KeyFile::wrap(const Secret &dataKey, Slot slot, const Secret &secret, KdfCost cost)
{
    Wrapped wrapped;
    wrapped.slot = slot;
    wrapped.operations = cost.operations;
    wrapped.memoryBytes = cost.memoryBytes;
    wrapped.salt = randomBytes(crypto_pwhash_SALTBYTES);
    wrapped.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const Secret key = deriveKey(secret, wrapped.salt, cost.operations, cost.memoryBytes);
    if (key.isEmpty())
        throw std::bad_alloc();
    const QByteArray ad = associatedData(slot);
    wrapped.ciphertext.resize(
        qsizetype(dataKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(wrapped.ciphertext.data()), &length, dataKey.data(),
        dataKey.size(), reinterpret_cast<const unsigned char *>(ad.constData()),
        std::size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(wrapped.nonce.constData()), key.data());
    wrapped.ciphertext.resize(qsizetype(length));
    m_slots.removeIf([slot](const Wrapped &w) { return w.slot == slot; });
    m_slots.append(wrapped);
}

Result<Secret> KeyFile::unwrap(Slot slot, const Secret &secret) const
{
    const auto found = std::find_if(m_slots.cbegin(), m_slots.cend(),
                                    [slot](const Wrapped &w) { return w.slot == slot; });
    if (found == m_slots.cend())
        return Error { slot == Slot::Passphrase ? tr("This database has no passphrase slot.")
                                                : tr("This database has no recovery key."),
                       QStringLiteral("no slot") };
    const Secret key = deriveKey(secret, found->salt, found->operations, found->memoryBytes);
    if (key.isEmpty())
        return Error { tr("There is not enough memory to check the passphrase."),
                       QStringLiteral("Argon2id needs %1 MiB").arg(found->memoryBytes >> 20) };
    const QByteArray ad = associatedData(slot);
    if (found->ciphertext.size()
        != qsizetype(dataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return Error { tr("The key file is damaged."), QStringLiteral("wrapped key size") };
    Secret dataKey(dataKeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), &length, nullptr,
            reinterpret_cast<const unsigned char *>(found->ciphertext.constData()),
            std::size_t(found->ciphertext.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()),
            reinterpret_cast<const unsigned char *>(found->nonce.constData()), key.data())
        != 0)
        return Error { slot == Slot::Passphrase ? tr("The passphrase is not right.")
                                                : tr("The recovery key is not right."),
                       wrongSecretDetail() };
    return dataKey;
}

Result<Secret> KeyFile::unlock(const QString &passphrase) const
{
    return unwrap(Slot::Passphrase, Secret::fromText(passphrase));
}

Result<Secret> KeyFile::unlockWithRecoveryKey(const QString &recoveryKey) const
{
    const std::optional<QString> canonical = canonicalRecoveryKey(recoveryKey);
    if (!canonical)
        return Error { tr("A recovery key has 32 letters and digits, in 8 groups of 4."),
                       wrongSecretDetail() };
    return unwrap(Slot::RecoveryKey, Secret::fromText(*canonical));
}

bool KeyFile::has(Slot slot) const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(),
                       [slot](const Wrapped &w) { return w.slot == slot; });
}

QString KeyFile::wrongSecretDetail()
{
    return QStringLiteral("wrong secret");
}

QByteArray KeyFile::toJson() const
{
    QJsonArray slots;
    for (const Wrapped &w : m_slots) {
        slots.append(QJsonObject {
            { QStringLiteral("slot"), slotName(w.slot) },
            { QStringLiteral("kdf"), kdfName },
            { QStringLiteral("operations"), qint64(w.operations) },
            { QStringLiteral("memory"), qint64(w.memoryBytes) },
            { QStringLiteral("salt"), QString::fromLatin1(w.salt.toBase64()) },
            { QStringLiteral("nonce"), QString::fromLatin1(w.nonce.toBase64()) },
            { QStringLiteral("wrapped"), QString::fromLatin1(w.ciphertext.toBase64()) },
        });
    }
    const QJsonObject root {
        { QStringLiteral("format"), formatName },
        { QStringLiteral("version"), formatVersion },
        { QStringLiteral("cipher"), m_cipher },
        { QStringLiteral("keyId"), QString::fromLatin1(m_keyId.toBase64()) },
        { QStringLiteral("slots"), slots },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::parse(const QByteArray &json)
{
    const Error damaged { tr("The key file is damaged or is not a key file of Trajectplanner."),
                          QString() };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error { damaged.message, parseError.errorString() };
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName)
        return Error { damaged.message, QStringLiteral("format") };
    if (root.value(QStringLiteral("version")).toInt() != formatVersion)
        return Error {
            tr("The key file was made by a newer Trajectplanner."),
            QStringLiteral("version %1").arg(root.value(QStringLiteral("version")).toInt())
        };
    KeyFile file;
    file.m_cipher = root.value(QStringLiteral("cipher")).toString();
    file.m_keyId
        = QByteArray::fromBase64(root.value(QStringLiteral("keyId")).toString().toLatin1());
    if (file.m_cipher != QLatin1String("sqlcipher4")
        || file.m_keyId.size() != qsizetype(keyIdBytes))
        return Error { damaged.message, QStringLiteral("cipher or key id") };
    const auto base64 = [](const QJsonObject &o, const char *name) {
        return QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1());
    };
    for (const QJsonValue &value : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto slot = slotFromName(o.value(QStringLiteral("slot")).toString());
        Wrapped w;
        w.operations = quint64(o.value(QStringLiteral("operations")).toInteger());
        w.memoryBytes = std::size_t(o.value(QStringLiteral("memory")).toInteger());
        w.salt = base64(o, "salt");
        w.nonce = base64(o, "nonce");
        w.ciphertext = base64(o, "wrapped");
        if (!slot || o.value(QStringLiteral("kdf")).toString() != kdfName
            || w.salt.size() != qsizetype(crypto_pwhash_SALTBYTES)
            || w.nonce.size() != qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
            || w.operations < crypto_pwhash_OPSLIMIT_MIN
            || w.operations > crypto_pwhash_OPSLIMIT_MAX
            || w.memoryBytes < crypto_pwhash_MEMLIMIT_MIN
            || w.memoryBytes > (std::size_t(4) << 30) // a file that asks for more is not ours
            || file.has(*slot))
            return Error { damaged.message, QStringLiteral("slot") };
        w.slot = *slot;
        file.m_slots.append(w);
    }
    if (!file.has(Slot::Passphrase) && !file.has(Slot::RecoveryKey))
        return Error { damaged.message, QStringLiteral("no slots") };
    return file;
}

Result<KeyFile> KeyFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error { tr("The key file %1 is missing.").arg(QDir::toNativeSeparators(path)),
                       QStringLiteral("missing") };
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The key file %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                       file.errorString() };
    // A key file is a few hundred bytes: anything large is not one.
    const QByteArray bytes = file.read(64 * 1024);
    Result<KeyFile> parsed = parse(bytes);
    if (!parsed)
        return Error { parsed.error().message + QLatin1Char(' ') + QDir::toNativeSeparators(path),
                       parsed.error().detail };
    return parsed;
}

Status KeyFile::write(const QString &path) const
{
    return writeFileAtomically(path, toJson());
}

QString newRecoveryKey()
{
    const QByteArray bytes = randomBytes(recoveryBytes);
    QString signs;
    int bits = 0;
    unsigned buffer = 0;
    for (const char byte : bytes) {
        buffer = ((buffer << 8) | quint8(byte)) & 0xFFFFu;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            signs += QLatin1Char(recoveryAlphabet[(buffer >> bits) & 31]);
        }
    }
    return *canonicalRecoveryKey(signs);
}

std::optional<QString> canonicalRecoveryKey(const QString &typed)
{
    QString signs;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() == 0 || c.unicode() > 127
            || !std::strchr(recoveryAlphabet, char(c.unicode())))
            return std::nullopt;
        signs += c;
    }
    if (signs.size() != recoverySigns)
        return std::nullopt;
    QString canonical;
    for (int i = 0; i < recoverySigns; ++i) {
        if (i && i % 4 == 0)
            canonical += QLatin1Char('-');
        canonical += signs.at(i);
    }
    return canonical;
}

} // namespace traject::crypto
