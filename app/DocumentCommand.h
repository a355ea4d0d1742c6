// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

namespace traject {
class Clock;
class Database;
} // namespace traject

/// Writes the document the command line asks for (a personal plan or an attendance sheet, kept
/// as a version; or the summary of an intake) to its PDF file; prints what it did. Returns the
/// exit code: 0, or 2 with a message on stderr.
int writeDocument(const CommandLineOptions &options, traject::Database &database,
                  const traject::Clock &clock);

/// Loads the intake template of the command line's JSON file into the database; prints what it
/// did. Returns the exit code: 0, or 2 with the reason on stderr (the database unchanged).
int loadIntakeTemplate(const CommandLineOptions &options, traject::Database &database,
                       const traject::Clock &clock);
