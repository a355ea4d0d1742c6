// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace traject {
class Clock;
class Database;
} // namespace traject

/// `--generate N`: a made-up caseload of N learners for trying the program and measuring it at
/// scale.
namespace GenerateCommand {

/// The most learners one run generates (100,000 learners make a file of about 1.3 GB).
constexpr int maximumLearners = 100000;

/// The N of `--generate N`: a whole number from 1 to maximumLearners; nothing otherwise.
std::optional<int> parseCount(const QString &text);

/// Why the N of `--generate N` was refused, for the command line's error.
QString countProblem();

/// Fills the database with `learners` generated learners and their proportional data (placement
/// days, barriers, actions, contact moments...) and prints how many rows of each and how long it
/// took. Refuses a database that already holds learners: generated data never mixes with a real
/// caseload (use --db with a new file). Returns 0, or 2 with the reason on stderr and nothing
/// added.
int run(int learners, traject::Database &database, const traject::Clock &clock);

} // namespace GenerateCommand
