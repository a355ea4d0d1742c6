// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace traject {
class Clock;
class Database;
} // namespace traject

/// Writes the document the command line asks for (a personal plan or an attendance sheet) to its
/// PDF file and keeps it as a version; prints what it did. Returns the exit code: 0, or 2 with a
/// message on stderr.
int writeDocument(const CommandLineOptions &options, traject::Database &database,
                  const traject::Clock &clock);
