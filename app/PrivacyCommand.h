// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace traject {
class Clock;
class Database;
} // namespace traject

/// The learner's rights from the command line, so that they can be scripted and tested.
namespace PrivacyCommand {

/// --export-learner ID --out DIR: writes cursist-ID.json and cursist-ID.pdf into DIR and prints
/// where. Returns the exit code: 0, or 2 with the reason on stderr (nothing written).
int exportLearner(qint64 learnerId, const QString &outDir, traject::Database &database,
                  const traject::Clock &clock);

/// --erase-learner ID: erases the learner for good without asking, prints the rows removed per
/// table and the backups that still hold the learner. Returns 0, or 2 with the reason on stderr
/// (an unknown learner: nothing changed).
int eraseLearner(qint64 learnerId, traject::Database &database, const traject::Clock &clock);

} // namespace PrivacyCommand
