// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// `--backup FILE`: writes a checked copy of the database to FILE (0600) and prints where and
/// how many learners it holds. Returns the exit code: 0, or 2 with the reason on stderr and
/// nothing written. The database is read through a read-only connection and never changed.
int backupTo(const QString &databasePath, const QString &target);

/// `--restore BACKUP`: puts the backup in the database's place as the window's Restore backup
/// does (Backups::restore: checked first, a safety copy of the current file, the register of
/// erased learners applied). Returns 0; 1 when the backup was restored but something after it
/// failed (said on stderr); 2 with the reason on stderr when it was refused (nothing changed).
int restoreFrom(const QString &databasePath, const QString &backup);
