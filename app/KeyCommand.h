// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

struct CommandLineOptions;

/// The keys of an encrypted database from the command line: unlocking with
/// --passphrase-file or --recovery-key-file (or the passphrase typed on a terminal), a new
/// database encrypted with --passphrase-file, --encrypt, --change-passphrase and
/// --recovery-sheet.
namespace KeyCommand {

/// Does what the options ask of the keys before the database is opened, so that every other
/// option then works on an encrypted file as on a plain one. Prints what it did, or why not.
/// Returns the exit code to stop with (2: the database cannot be unlocked or changed), or
/// nothing to go on. With a window and no key option, leaves the passphrase to the window.
std::optional<int> prepare(const CommandLineOptions &options, const QString &databasePath,
                           bool headless);

} // namespace KeyCommand
