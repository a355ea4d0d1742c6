// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/// The POSIX terminal, for the few things the command line asks of the person typing.
namespace Terminal {

/// Whether standard input is a terminal (someone typing), not a pipe, a file or nothing.
bool isInteractive();

/// Shows the prompt on standard error and reads one line from standard input without echoing
/// what is typed (the terminal is set back afterwards, also on Ctrl+C). Nothing when the input
/// ends (Ctrl+D) or cannot be read.
std::optional<QString> readHiddenLine(const QString &prompt);

} // namespace Terminal
