// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace traject {
class Clock;
class Database;
} // namespace traject

/// Reports from the command line: the caseload profile and the ESF+ report of a period, the
/// case-meeting sheet, and a learner's MLP summary.
namespace ReportCommand {

/// A date as typed: dd/mm/yyyy (also d/m/yyyy) or yyyy-mm-dd; nothing when it is neither.
std::optional<QDate> parseDate(const QString &text);

/// --report profile|esf|meeting --from DATE [--to DATE] --out FILE.pdf|.csv
/// profile: the caseload profile of the period [from, to] (both required); esf: the ESF+ report
/// of that period.
/// meeting: the case-meeting sheet of the learners suggested for discussion, with --from the day
/// of the last meeting and --to today (the default; another day acts as "today").
/// The format follows the extension of --out. Prints what was written. Returns 0 when the file
/// was written; 1 for wrong input (unknown report, a missing or wrong date, a period that ends
/// before it starts, an extension other than .pdf or .csv), with the reason on stderr; 2 when the
/// database cannot be read or the file cannot be written.
int run(const QString &kind, const QString &from, const QString &to, const QString &out,
        traject::Database &database, const traject::Clock &clock);

/// --mlp-summary ID --out FILE.pdf: the learner's MLP summary. Returns 0 when written; 1 for an
/// unknown learner or a file name that is not a PDF; 2 when the file cannot be written.
int mlpSummary(qint64 learnerId, const QString &out, traject::Database &database,
               const traject::Clock &clock);

} // namespace ReportCommand
