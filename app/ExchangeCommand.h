// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace traject {
class Clock;
class Database;
} // namespace traject

/// Exchange with other tools from the command line: learners from a spreadsheet, a learner's
/// agenda as an .ics file.
namespace ExchangeCommand {

/// --import-learners FILE.csv [--dry-run] [--on-error skip|stop]: imports the learners of the CSV
/// file (all valid rows in one go, or nothing) and prints the validation report, one line per
/// problem ("rij N, kolom X: …"), and a summary. onError is "skip" (the default: import the valid
/// rows) or "stop" (import nothing when a row is invalid). Returns the exit code: 0 when valid
/// learners were imported (or, in a dry run, would be); 1 when the file was read but nothing valid
/// was imported; 2 when the file cannot be read or used (the reason on stderr, nothing changed).
int importLearners(const QString &file, bool dryRun, const QString &onError,
                   traject::Database &database, const traject::Clock &clock);

/// --export-ics LEARNER_ID --out FILE.ics: writes the learner's placement days and appointments as
/// an iCalendar file (0600, at once or not at all) and prints how many events it holds. Returns
/// 0, or 2 with the reason on stderr (an unknown learner, a folder that cannot be written: nothing
/// written, the database unchanged).
int exportIcs(qint64 learnerId, const QString &out, traject::Database &database,
              const traject::Clock &clock, const QString &language = QStringLiteral("nl"));

/// --export-list caseload --out FILE.csv: writes the caseload list as the window shows it without
/// a filter (sorted by name), through the window's writer, and logs the export. Returns 0, or 2
/// with the reason on stderr (nothing written).
int exportList(const QString &list, const QString &out, traject::Database &database,
               const traject::Clock &clock);

} // namespace ExchangeCommand
