// SPDX-License-Identifier: GPL-3.0-or-later
// The file work under Backups: checked copies through SQLite and synced byte copies.
#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace traject::crypto {
class KeyFile;
class Secret;
} // namespace traject::crypto

namespace traject::backup {

/// Copies the database at `source` to `target` with `VACUUM INTO` from a read-only connection,
/// by way of a temporary file beside the target that must pass `PRAGMA integrity_check`, is made
/// 0600 and synced before it gets the target's name. On failure nothing is left behind.
Status writeCheckedCopy(const QString &source, const QString &target);

/// Replaces the database file by a checked copy of `backup` (temporary file in the same folder,
/// synced, renamed over it); stale -wal/-shm/-journal files of the database are removed first.
Status replaceWithCheckedCopy(const QString &backup, const QString &database);

/// Encrypts a plain database file that nobody has open: a checked plain copy (VACUUM INTO) into
/// a temporary file beside it, encrypted there with the data key (SQLCipher v4), its key slots
/// `keys` written beside it, checked through the key (integrity, and every table holds as many
/// rows as in the original), synced, and then the slots and the copy renamed over the original.
/// Stale -wal/-shm/-journal files of the original are removed first. The data key must be in
/// the key ring (crypto::KeyRing). On failure the original is unchanged and nothing is left.
Status replaceWithEncryptedCopy(const QString &path, const crypto::KeyFile &keys,
                                const crypto::Secret &dataKey);

/// Copies a file byte for byte to `target` (0600), synced, by way of a temporary name.
Status copyFileSynced(const QString &source, const QString &target);

/// Moves everything of the WAL into the database file (for a file nobody has open).
void checkpoint(const QString &path);

/// `PRAGMA integrity_check` through a read-only connection.
Status checkIntegrity(const QString &path);

/// What a quick look through a read-only connection finds (no integrity check).
struct Peek
{
    int applicationId = 0;
    int schemaVersion = 0;
    /// Empty when the file has no learner table that can be read.
    std::optional<int> learners;
};

/// A quick look inside a SQLite file; nothing when it cannot be read at all.
std::optional<Peek> peek(const QString &path);

} // namespace traject::backup
