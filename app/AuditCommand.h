// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace traject {
class Clock;
class Database;
} // namespace traject

/// The audit log from the command line, so that its chain can be checked by a script.
namespace AuditCommand {

/// --check-audit-log: checks that every entry of the audit log is linked to the one before it
/// and unchanged, and prints the outcome in plain words. Returns the exit code: 0 intact, 1 broken
/// (where, on stdout), 2 when the log cannot be read (the reason on stderr). Changes nothing.
int checkAuditLog(traject::Database &database, const traject::Clock &clock);

} // namespace AuditCommand
