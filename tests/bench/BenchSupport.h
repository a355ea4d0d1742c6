// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: timing, the printed table, and a generated caseload database.
#pragma once

#include "Clock.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCoreApplication;

namespace traject::bench {

struct Stats
{
    double median = 0;
    double worst = 0;
    int runs = 0;
};

Stats summarise(std::vector<double> samples);

/// Times work once per run; `prepare` runs untimed before each run. The times are also added to
/// `keep` when given (to pool several measures into one line).
Stats measure(int runs, const std::function<void()> &work,
              const std::function<void()> &prepare = {}, std::vector<double> *keep = nullptr);

/// One line of the table: an operation, its times, and the plain SQLite floor if there is one.
struct Line
{
    QString operation;
    Stats time;
    std::optional<Stats> floor;
    QString target;
};

/// Prints the table; with --tsv instead one line per operation for scripts/bench:
/// operation, median ms, worst ms, runs, floor ms (empty without one), target ms (empty without
/// one), separated by tabs.
void print(const std::vector<Line> &lines);

/// True when --tsv was given (or TRAJECT_BENCH_TSV=1 is in the environment): the benchmark prints
/// machine-readable lines.
bool tsvOutput();

/// Runs a statement and reads every value of every row, as a view of the data would.
int readAll(const Database &db, const QString &statement, const sql::Binds &binds);

qint64 scalar(const Database &db, const char *statement);

/// The options every benchmark takes: --learners N, --runs N, --db FILE, --fresh, --tsv,
/// --generate-only.
struct Options
{
    int learners = 0;
    int runs = 0;
    QString path;
    bool fresh = false;
    bool tsv = false;
    bool generateOnly = false; // --generate-only: openCaseload() stops the program once it is made
    /// --encrypted: the same caseload, encrypted (SQLCipher v4): an encrypted copy of the plain
    /// database beside it ("…-encrypted.sqlite"), made once, unlocked with benchPassphrase().
    bool encrypted = false;
    QString plainPath; // the plain caseload the encrypted copy is made of
};

/// The passphrase of the benchmarks' encrypted copies. Their passphrase slot has the least
/// Argon2id cost, so that a run times the encrypted database and not the key derivation, which
/// bench_startup times on its own (with the program's real cost).
QString benchPassphrase();

/// Unlocks an encrypted benchmark database (nothing for a plain one); false with a message.
bool unlockIfEncrypted(const QString &path);

Options parseOptions(const QCoreApplication &app, const QString &description, int learners,
                     int runs);

/// A fixed day, so that a cached database stays valid and figures are comparable.
inline QDate benchToday()
{
    return QDate(2025, 3, 14);
}

/// Opens the database of the options, generating the caseload when it is not there yet (without
/// --db it is kept in the temporary folder and reused next time); prints what it holds. Null
/// (with a message on stderr) when that fails.
std::unique_ptr<Database> openCaseload(const Options &options, const Clock &clock);

} // namespace traject::bench
