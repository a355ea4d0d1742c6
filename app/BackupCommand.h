// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// `--backup FILE`: writes a checked copy of the database to FILE (0600) and prints where and
/// how many learners it holds. Returns the exit code: 0, or 2 with the reason on stderr and
/// nothing written. The database is read through a read-only connection and never changed.
int backupTo(const QString &databasePath, const QString &target);
