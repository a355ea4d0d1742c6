// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace traject {
class Clock;
class Database;
} // namespace traject

/// Reports from the command line: the caseload profile of a period and the case-meeting sheet.
namespace ReportCommand {

/// A date as typed: dd/mm/yyyy (also d/m/yyyy) or yyyy-mm-dd; nothing when it is neither.
std::optional<QDate> parseDate(const QString &text);

/// --report profile|meeting --from DATE [--to DATE] --out FILE.pdf|.csv
/// profile: the caseload profile of the period [from, to] (both required).
/// meeting: the case-meeting sheet of the learners suggested for discussion, with --from the day
/// of the last meeting and --to today (the default; another day acts as "today").
/// The format follows the extension of --out. Prints what was written. Returns 0 when the file
/// was written; 1 for wrong input (unknown report, a missing or wrong date, a period that ends
/// before it starts, an extension other than .pdf or .csv), with the reason on stderr; 2 when the
/// database cannot be read or the file cannot be written.
int run(const QString &kind, const QString &from, const QString &to, const QString &out,
        traject::Database &database, const traject::Clock &clock);

} // namespace ReportCommand
